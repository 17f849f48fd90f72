package synth

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"

	"github.com/kayan-nlp/kayan/gazetteer"
)

// Options configure the generators.
type Options struct {
	// N is the number of entries.
	N int
	// Seed selects the sequence; the same seed gives the same entries.
	Seed uint64
	// SharedPrefix makes every name start with the same PrefixTokens tokens.
	SharedPrefix bool
	// PrefixTokens is the length of the shared prefix (default 8).
	PrefixTokens int
}

var (
	// Names are built from a three-letter root poured into a pattern, as
	// Arabic words are (1, 2, 3 stand for the root letters): كاتب، مكتوب،
	// كتيبة; the last patterns, with more long vowels, look like
	// transliterated foreign names (كوتيبو).
	rootLetters = []rune("بتجحخدرزسشصطعغفقكلمنه")
	patterns    = []string{
		"1ا23", "12ي3", "12ا3", "م12و3", "1ا2و3", "م1ا2ي3", "12و3ة", "1ا23ة", "12ا3ي", "12و3ي",
		"ت1ا2ي3", "12ي3ة", "1ا2ي3", "م123", "12ا3ان", "1و2ي3و", "1ي2و3ا", "1ا2و3ي", "1و2ا3ي", "1ي23ون",
	}
	orgHeads  = []string{"حزب", "حركة", "شركة", "منظمة", "وزارة", "مجلس", "اتحاد", "جبهة", "هيئة", "جامعة", "وكالة", "بنك", "مؤسسة"}
	orgKinds  = []string{"party", "armed_group", "company", "intergovernmental", "ministry", "parliament", "union", "armed_group", "agency", "university", "agency", "company", "ngo"}
	locKinds  = []string{"city", "city", "city", "region", "province", "river", "mountain", "island"}
	fillers   = []string{"قال", "في", "من", "إلى", "على", "أن", "الذي", "التي", "وزير", "رئيس", "اليوم", "مع", "بعد", "قبل", "خلال", "الحكومة", "إن", "هذا", "عن", "كان", "الدولة", "العام", "أكد", "أعلن", "الجديد", "المتحدث", "باسم"}
	punctuals = []string{"،", ".", "؛", ":"}
)

// gen holds the generator state.
type gen struct {
	r         *rand.Rand
	prefix    string
	countries []string // ISO codes not yet used by a COUNTRY entry, shuffled
	codes     []string
	roles     []gazetteer.Role
}

func newGen(o Options) *gen {
	g := &gen{
		r:     rand.New(rand.NewPCG(o.Seed, o.Seed^0x9E3779B97F4A7C15)),
		codes: gazetteer.CountryCodes(),
		roles: gazetteer.Roles(),
	}
	g.countries = append([]string(nil), g.codes...)
	g.r.Shuffle(len(g.countries), func(i, j int) { g.countries[i], g.countries[j] = g.countries[j], g.countries[i] })
	if o.SharedPrefix {
		k := o.PrefixTokens
		if k <= 0 {
			k = 8
		}
		toks := make([]string, k)
		for i := range toks {
			toks[i] = g.token()
		}
		g.prefix = strings.Join(toks, " ") + " "
	}
	return g
}

// token returns one Arabic-looking word.
func (g *gen) token() string {
	p := patterns[g.r.IntN(len(patterns))]
	var b strings.Builder
	b.Grow(2 * len(p))
	for _, c := range p {
		if c >= '1' && c <= '3' {
			c = rootLetters[g.r.IntN(len(rootLetters))]
		}
		b.WriteRune(c)
	}
	return b.String()
}

func (g *gen) tokens(n int) []string {
	t := make([]string, n)
	for i := range t {
		t[i] = g.token()
	}
	return t
}

// variant returns another spelling of a name: an alif added after the
// first letter of its last token, as transliterations often do.
func (g *gen) variant(name string) string {
	i := strings.LastIndexByte(name, ' ') + 1
	rs := []rune(name[i:])
	return name[:i] + string(rs[:1]) + "ا" + string(rs[1:])
}

// entry returns the i-th entry.
func (g *gen) entry(i int) gazetteer.Entry {
	var e gazetteer.Entry
	var toks []string
	p := g.r.IntN(100)
	switch {
	case p < 1 && len(g.countries) > 0:
		code := g.countries[len(g.countries)-1]
		g.countries = g.countries[:len(g.countries)-1]
		e = gazetteer.Entry{ID: "country:" + code, Type: gazetteer.Country, Country: code}
		toks = g.tokens(1 + g.r.IntN(2))
		e.Nationality = []string{toks[0] + "ي", toks[0] + "ية"}
	case p < 51:
		e = gazetteer.Entry{ID: fmt.Sprintf("person:syn-%07d", i), Type: gazetteer.Person, Country: g.code()}
		toks = g.tokens(2 + g.r.IntN(2))
		if g.r.IntN(10) < 6 {
			e.ShortAliases = []string{toks[len(toks)-1]}
		}
		if g.r.IntN(5) == 0 {
			from := 1980 + g.r.IntN(45)
			pos := gazetteer.Position{Role: g.roles[g.r.IntN(len(g.roles))], Of: "country:" + g.code(), From: from}
			if g.r.IntN(2) == 0 {
				pos.To = from + g.r.IntN(10)
			}
			e.Positions = []gazetteer.Position{pos}
		}
	case p < 71:
		e = gazetteer.Entry{ID: fmt.Sprintf("loc:syn-%07d", i), Type: gazetteer.Location, Kind: locKinds[g.r.IntN(len(locKinds))], Country: g.code()}
		toks = g.tokens(1 + g.r.IntN(10)/4) // 1 (40%) or 2 (60%)… or 3
		if len(toks) > 2 {
			toks = toks[:2]
		}
	default:
		h := g.r.IntN(len(orgHeads))
		e = gazetteer.Entry{ID: fmt.Sprintf("org:syn-%07d", i), Type: gazetteer.Organization, Kind: orgKinds[h]}
		toks = append([]string{orgHeads[h]}, g.tokens(2+g.r.IntN(5)/3)...) // 3 (60%) or 4 (40%) tokens
	}
	e.Name = g.prefix + strings.Join(toks, " ")
	if g.r.IntN(10) < 3 {
		e.Aliases = []string{g.variant(e.Name)}
	}
	if g.r.IntN(10) < 3 {
		e.Wikidata = fmt.Sprintf("Q%d", 1+g.r.IntN(100_000_000))
	}
	return e
}

func (g *gen) code() string { return g.codes[g.r.IntN(len(g.codes))] }

// Entries returns o.N valid entries with unique ids.
func Entries(o Options) []gazetteer.Entry {
	g := newGen(o)
	out := make([]gazetteer.Entry, o.N)
	for i := range out {
		out[i] = g.entry(i)
	}
	return out
}

// Gazetteer returns a gazetteer of Entries(o).
func Gazetteer(o Options) *gazetteer.Gazetteer {
	g, err := gazetteer.New(Entries(o)...)
	if err != nil {
		panic("synth: generated an invalid entry: " + err.Error())
	}
	return g
}

// AppendJSONL appends Entries(o) to dst in the format of gazetteer.Load,
// without holding the entries in memory.
func AppendJSONL(dst []byte, o Options) []byte {
	buf := bytes.NewBuffer(dst)
	if err := WriteJSONL(buf, o); err != nil {
		panic("synth: " + err.Error()) // a bytes.Buffer does not fail
	}
	return buf.Bytes()
}

// WriteJSONL writes Entries(o) to w in the format of gazetteer.Load.
func WriteJSONL(w io.Writer, o Options) error {
	g := newGen(o)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range o.N {
		e := g.entry(i)
		if err := enc.Encode(&e); err != nil {
			return err
		}
	}
	return nil
}

// Text returns a synthetic Arabic text of about words tokens in which about
// one token in ten belongs to a mention of one of entries (its name, an
// alias, or a short alias, sometimes with the proclitic و or ب), the rest
// being frequent words and punctuation.
func Text(entries []gazetteer.Entry, words int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, seed^0x243F6A8885A308D3))
	var b strings.Builder
	for n := 0; n < words; {
		if n > 0 {
			b.WriteByte(' ')
		}
		if len(entries) > 0 && r.IntN(25) == 0 {
			e := &entries[r.IntN(len(entries))]
			name := e.Name
			switch {
			case len(e.Aliases) > 0 && r.IntN(4) == 0:
				name = e.Aliases[0]
			case len(e.ShortAliases) > 0 && r.IntN(4) == 0:
				name = e.ShortAliases[0]
			}
			switch r.IntN(6) {
			case 0:
				name = "و" + name
			case 1:
				name = "ب" + name
			}
			b.WriteString(name)
			n += strings.Count(name, " ") + 1
			continue
		}
		b.WriteString(fillers[r.IntN(len(fillers))])
		n++
		if r.IntN(12) == 0 {
			b.WriteString(punctuals[r.IntN(len(punctuals))])
		}
	}
	return b.String()
}
