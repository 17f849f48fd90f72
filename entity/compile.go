package entity

import (
	"cmp"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kayan-nlp/kayan/gazetteer"
	"github.com/kayan-nlp/kayan/internal/arabic"
)

// Token flags in the compiled vocabulary.
const (
	flagStop     uint8 = 1 << iota // ends a name read from context
	flagParticle                   // بن، أبو، عبد…
	flagGiven                      // a given name (محمد، جورج)
	flagGivenAmb                   // a given name that is also a common word (أمل)
)

// Match kinds stored at trie terminals, in decreasing priority.
const (
	kindName uint8 = iota
	kindAlias
	kindNationality
	kindShort
)

// payload is one entry reachable at a trie node.
type payload struct {
	entry   uint32
	kind    uint8
	context bool // fires only with document support
	title   bool // the first word is a title or descriptor, left out of the mention (الإمام الحسين، حركة حماس)
	epithet bool // the last word is an epithet, left out of the mention (مكة المكرمة)
}

// strRef is a string stored in the tagger's arena.
type strRef struct{ off, n uint32 }

// rec is a compiled gazetteer entry in 16 bytes: its id, name and English
// name lie one after the other in the arena from off.
type rec struct {
	off      uint32
	nameLen  uint16
	enLen    uint16
	country  [2]byte
	idLen    uint8
	typ      Type
	hasExtra bool // an entry in Tagger.extra
	capital  bool // the capital of a country
	sports   bool // a sports club or team (برشلونة the club, not the city)
	organ    bool // an organ of a state (army, ministry…), which its nationality may follow
}

// recExtra holds the rarely present parts of an entry.
type recExtra struct {
	fem   strRef // COUNTRY: feminine nationality form, with the article
	masc  strRef // COUNTRY: masculine nationality form, with the article
	vocal strRef // vocalized name (diacritics checked against text)
}

// trie is a token trie in flat arrays: node n's children are
// edgeTok/edgeChild[childStart[n]:childStart[n+1]], sorted by token; its
// payloads are terms[termStart[n]:termStart[n+1]]. Node 0 is the root, whose
// children are found directly through rootChild[token].
type trie struct {
	rootChild  []uint32
	childStart []uint32
	edgeTok    []uint32
	edgeChild  []uint32
	termStart  []uint32
	terms      []payload
}

func (t *trie) root(tok uint32) uint32 {
	if int(tok) < len(t.rootChild) {
		return t.rootChild[tok]
	}
	return 0
}

func (t *trie) child(n, tok uint32) uint32 {
	lo, hi := t.childStart[n], t.childStart[n+1]
	for lo < hi {
		m := (lo + hi) / 2
		if t.edgeTok[m] < tok {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < t.childStart[n+1] && t.edgeTok[lo] == tok {
		return t.edgeChild[lo]
	}
	return 0
}

func (t *trie) payloads(n uint32) []payload { return t.terms[t.termStart[n]:t.termStart[n+1]] }

// trieBuilder collects sequences and builds a trie.
type trieBuilder struct {
	root  []uint32 // children of the root by token
	edges map[uint64]uint32
	nodes uint32
	trip  []triple
	terms []nodeTerm
}

type triple struct{ parent, tok, child uint32 }
type nodeTerm struct {
	node uint32
	p    payload
}

func newTrieBuilder(size int) *trieBuilder {
	return &trieBuilder{edges: make(map[uint64]uint32, size), nodes: 1,
		trip: make([]triple, 0, size), terms: make([]nodeTerm, 0, size)}
}

func (b *trieBuilder) add(seq []uint32, p payload) {
	n := uint32(0)
	for i, tok := range seq {
		if i == 0 {
			// the root's children are indexed by token, without the map
			for int(tok) >= len(b.root) {
				b.root = append(b.root, 0)
			}
			if b.root[tok] == 0 {
				b.root[tok] = b.nodes
				b.nodes++
				b.trip = append(b.trip, triple{0, tok, b.root[tok]})
			}
			n = b.root[tok]
			continue
		}
		k := uint64(n)<<32 | uint64(tok)
		c, ok := b.edges[k]
		if !ok {
			c = b.nodes
			b.nodes++
			b.edges[k] = c
			b.trip = append(b.trip, triple{n, tok, c})
		}
		n = c
	}
	b.terms = append(b.terms, nodeTerm{n, p})
}

func (b *trieBuilder) build(vocabSize int) trie {
	var t trie
	t.rootChild = make([]uint32, vocabSize)
	t.childStart = make([]uint32, b.nodes+1)
	for _, tr := range b.trip {
		if tr.parent == 0 {
			t.rootChild[tr.tok] = tr.child
		}
		t.childStart[tr.parent+1]++
	}
	for i := 1; i < len(t.childStart); i++ {
		t.childStart[i] += t.childStart[i-1]
	}
	t.edgeTok = make([]uint32, len(b.trip))
	t.edgeChild = make([]uint32, len(b.trip))
	fill := slices.Clone(t.childStart[:b.nodes])
	for _, tr := range b.trip {
		i := fill[tr.parent]
		fill[tr.parent]++
		t.edgeTok[i], t.edgeChild[i] = tr.tok, tr.child
	}
	for n := uint32(1); n < b.nodes; n++ { // the root is reached through rootChild
		lo, hi := t.childStart[n], t.childStart[n+1]
		if hi-lo > 1 {
			sortEdges(t.edgeTok[lo:hi], t.edgeChild[lo:hi])
		}
	}
	// payloads grouped by node in insertion order (a counting sort)
	t.termStart = make([]uint32, b.nodes+1)
	for _, nt := range b.terms {
		t.termStart[nt.node+1]++
	}
	for i := 1; i < len(t.termStart); i++ {
		t.termStart[i] += t.termStart[i-1]
	}
	t.terms = make([]payload, len(b.terms))
	next := slices.Clone(t.termStart[:b.nodes])
	for _, nt := range b.terms {
		t.terms[next[nt.node]] = nt.p
		next[nt.node]++
	}
	// A short alias (a surname) shared by several entries needs context.
	for n := uint32(0); n < b.nodes; n++ {
		ps := t.terms[t.termStart[n]:t.termStart[n+1]]
		for a := range ps {
			for b := range ps {
				if ps[a].entry != ps[b].entry && ps[a].kind == kindShort {
					ps[a].context = true
				}
			}
		}
	}
	b.edges, b.trip, b.terms, b.root = nil, nil, nil, nil
	return t
}

func sortEdges(tok, child []uint32) {
	if len(tok) > 16 {
		idx := make([]int, len(tok))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(tok[a], tok[b]) })
		t2, c2 := slices.Clone(tok), slices.Clone(child)
		for i, k := range idx {
			tok[i], child[i] = t2[k], c2[k]
		}
		return
	}
	for i := 1; i < len(tok); i++ {
		for j := i; j > 0 && tok[j] < tok[j-1]; j-- {
			tok[j], tok[j-1] = tok[j-1], tok[j]
			child[j], child[j-1] = child[j-1], child[j]
		}
	}
}

// Tagger finds mentions of a gazetteer's entries in text. A Tagger is
// immutable once built and safe for concurrent use by many goroutines.
type Tagger struct {
	arena  string
	recs   []rec
	vocab  vocab   // normalized token → id (ids start at 1)
	flags  []uint8 // per token id
	exact  trie
	loose  trie
	lvocab vocab // loose key → id
	// exactLoose[id] is the loose id of vocabulary word id (0: none)
	exactLoose []uint32
	lex        trie // titles, composite heads, keywords
	lexInfo    []lexEntry
	// composed[head*numCountries+country] → rec index of a composed institution
	opts        Options
	countryRecs []uint32 // rec indexes of countries, in order
	extra       map[uint32]recExtra
	composed    map[uint64]uint32
}

// lexEntry is a lexicon item: what a phrase of the lex trie means.
type lexEntry struct {
	kind uint8 // lexTitle, lexHead, lexConstruct, lexPlace, lexOrg
	role string
	head uint32 // index into heads for lexHead / lexConstruct
	fem  bool
}

const (
	lexTitle uint8 = iota + 1
	lexHead
	lexConstruct
	lexPlace
	lexOrg
	lexPortfolio
)

// head is an institution head: its id slug, English and canonical Arabic
// names, and the gender of the adjective that follows the canonical name.
type head struct {
	slug, en, ar string
	fem          bool
}

// Options configure a Tagger.
type Options struct {
	// NoContext disables names found from context (titles, keywords).
	NoContext bool
	// NoLoose disables matching foreign names through the loose key.
	NoLoose bool
}

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the tagger for the embedded default gazetteer, compiled on
// first use.
func Default() *Tagger {
	defaultOnce.Do(func() {
		defaultTagger, defaultErr = New(gazetteer.Default(), nil)
	})
	if defaultErr != nil {
		panic("entity: the embedded gazetteer does not compile: " + defaultErr.Error())
	}
	return defaultTagger
}

// compiler holds the state of New.
type compiler struct {
	t        *Tagger
	arena    strings.Builder
	exact    *trieBuilder
	loose    *trieBuilder
	lex      *trieBuilder
	seq      []uint32
	lseq     []uint32
	buf      []byte
	lbuf     []byte
	heads    []head
	opts     Options
	ans      []arabic.Analysis
	capitals map[string]bool
	vocab    *vocabBuilder // becomes Tagger.vocab
	lvocab   *vocabBuilder
	stop     map[string]bool
	common   func(string) bool
}

// rec stores an entry's id, name and English name one after the other in
// the arena (ids are cut at 255 bytes and names at 65,535: no real name
// comes near).
func (c *compiler) rec(id, name, en string) rec {
	id, name, en = id[:min(len(id), 255)], name[:min(len(name), 65535)], en[:min(len(en), 65535)]
	r := rec{off: uint32(c.arena.Len()), idLen: uint8(len(id)), nameLen: uint16(len(name)), enLen: uint16(len(en))}
	c.arena.WriteString(id)
	c.arena.WriteString(name)
	c.arena.WriteString(en)
	return r
}

// str stores a string in the arena.
func (c *compiler) str(s string) strRef {
	r := strRef{uint32(c.arena.Len()), uint32(len(s))}
	c.arena.WriteString(s)
	return r
}

func (c *compiler) tokID(key string) uint32 {
	id := c.vocab.id(key)
	for int(id) >= len(c.t.flags) {
		c.t.flags = append(c.t.flags, 0)
	}
	return id
}

func (c *compiler) looseID(key string) uint32 { return c.lvocab.id(key) }

// words normalizes a phrase and returns its token keys.
func (c *compiler) words(phrase string, dst []string) []string {
	c.buf = arabic.AppendNormalized(c.buf[:0], phrase)
	s := string(c.buf)
	for len(s) > 0 {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			dst = append(dst, s[:i])
		}
		s = s[min(i+1, len(s)):]
	}
	return dst
}

// New compiles a tagger from a gazetteer. The gazetteer is not retained: the
// tagger keeps what it needs in flat arrays. opts may be nil.
func New(g *gazetteer.Gazetteer, opts *Options) (*Tagger, error) {
	if g == nil {
		return nil, fmt.Errorf("entity: nil gazetteer")
	}
	c := &compiler{
		t: &Tagger{
			flags: make([]uint8, 1, 1+g.Len()),
			extra: make(map[uint32]recExtra),
		},
		vocab:  newVocabBuilder(),
		lvocab: newVocabBuilder(),
		exact:  newTrieBuilder(3 * g.Len()),
		loose:  newTrieBuilder(g.Len()),
		lex:    newTrieBuilder(0),
		common: isCommon,
	}
	if opts != nil {
		c.opts = *opts
	}
	c.t.opts = c.opts
	c.stop = map[string]bool{}
	for _, ws := range [][]string{stopWords, nameParticles, lines(givenNames), lines(givenNamesAmbiguous)} {
		for _, w := range ws {
			// a one-word name that is a given name or particle (فؤاد، أبي)
			// is no evidence on its own
			c.stop[arabic.NormalizeString(w)] = true
		}
	}
	c.capitals = map[string]bool{}
	size := 0
	for e := range g.All() {
		if e.Capital != "" {
			c.capitals[e.Capital] = true
		}
		size += len(e.ID) + len(e.Name) + len(e.NameEn)
	}
	c.arena.Grow(size + size/8) // names, and the composed institutions
	var keys []string
	for e := range g.All() {
		c.addEntry(e, &keys)
	}
	c.addLexicon()
	c.addComposed()
	t := c.t
	t.arena = c.arena.String()
	t.exact = c.exact.build(len(t.flags))
	t.loose = c.loose.build(c.lvocab.size() + 1)
	t.vocab, t.lvocab = c.vocab.finish(), c.lvocab.finish()
	t.exactLoose = make([]uint32, t.vocab.size()+1)
	if t.lvocab.size() > 0 {
		for id := 1; id <= t.vocab.size(); id++ {
			c.lbuf = arabic.LooseKey(c.lbuf[:0], []byte(t.vocab.word(uint32(id))))
			t.exactLoose[id] = t.lvocab.get(c.lbuf)
		}
	}
	t.lex = c.lex.build(len(t.flags))
	return t, nil
}

func entityType(t gazetteer.Type) Type {
	switch t {
	case gazetteer.Person:
		return Person
	case gazetteer.Country:
		return Country
	case gazetteer.Location:
		return Location
	}
	return Organization
}

func (c *compiler) addEntry(e *gazetteer.Entry, keys *[]string) {
	idx := uint32(len(c.t.recs))
	r := c.rec(e.ID, e.Name, e.NameEn)
	r.typ, r.capital = entityType(e.Type), c.capitals[e.ID]
	r.sports = e.Type == gazetteer.Organization && e.Kind == "sports"
	r.organ = e.Type == gazetteer.Organization && stateOrgans[e.Kind]
	if len(e.Country) == 2 {
		r.country = [2]byte{e.Country[0], e.Country[1]}
	}
	var x recExtra
	if e.Vocalized != "" {
		x.vocal = c.str(e.Vocalized)
	}
	if e.Type == gazetteer.Country {
		for _, f := range e.Nationality {
			if strings.Contains(f, " ") {
				continue
			}
			if x.fem.n == 0 && strings.HasSuffix(f, "ة") {
				x.fem = c.str("ال" + f)
			}
			if x.masc.n == 0 && strings.HasSuffix(f, "ي") {
				x.masc = c.str("ال" + f)
			}
		}
		c.t.countryRecs = append(c.t.countryRecs, idx)
	}
	if x != (recExtra{}) {
		r.hasExtra = true
		c.t.extra[idx] = x
	}
	c.t.recs = append(c.t.recs, r)
	person := e.Type == gazetteer.Person
	add := func(name string, kind uint8) {
		*keys = c.words(name, (*keys)[:0])
		if len(*keys) == 0 {
			return
		}
		p := payload{entry: idx, kind: kind}
		if len(*keys) >= 2 && kind != kindNationality {
			name = strings.TrimSpace(name)
			first, rest, _ := strings.Cut(name, " ")
			lead, last := name, ""
			if k := strings.LastIndexByte(name, ' '); k >= 0 {
				lead, last = name[:k], name[k+1:]
			}
			_, title := titleRoles[first]
			p.title = title || descriptors[first] && c.otherName(e, rest)
			p.epithet = epithets[last] && c.otherName(e, lead)
		}
		// A one-word name that is also an ordinary word needs context, and
		// so do short aliases, except a person's surname that is no
		// ordinary word (بوتين fires alone, شي and عباس need support).
		if len(*keys) == 1 && c.ambiguous((*keys)[0]) || kind == kindShort && !person && c.allCommon(*keys) {
			p.context = true
		}
		c.addSeq(*keys, p, person && !c.opts.NoLoose)
		if person && len(*keys) > 1 && len(*keys) <= 4 {
			// Names split or joined: شي جين بينغ / شي جينبينغ.
			ks := *keys
			for i := 0; i+1 < len(ks); i++ {
				if len(ks[i]) > 6 && len(ks[i+1]) > 6 {
					continue // joins happen around short syllables: جين بينغ، عبد الله
				}
				joined := append(append([]string{}, ks[:i]...), ks[i]+ks[i+1])
				joined = append(joined, ks[i+2:]...)
				c.addSeq(joined, p, !c.opts.NoLoose)
			}
		}
	}
	add(e.Name, kindName)
	for _, a := range e.Aliases {
		add(a, kindAlias)
	}
	for _, a := range e.ShortAliases {
		add(a, kindShort)
	}
	for _, f := range e.Nationality {
		add(f, kindNationality)
		// the article form: الروسي; for two-word forms on every word
		// (كوري جنوبي → الكوري الجنوبي)
		ws := strings.Fields(f)
		for i := range ws {
			ws[i] = "ال" + ws[i]
		}
		add(strings.Join(ws, " "), kindNationality)
	}
}

// otherName reports whether a phrase is the name, an alias or a short alias
// of e (so that دولة قطر، حركة حماس، مكة المكرمة can leave their descriptor or
// epithet outside the mention).
func (c *compiler) otherName(e *gazetteer.Entry, phrase string) bool {
	p := arabic.NormalizeString(phrase)
	if arabic.NormalizeString(e.Name) == p {
		return true
	}
	for _, l := range [][]string{e.Aliases, e.ShortAliases} {
		for _, o := range l {
			if arabic.NormalizeString(o) == p {
				return true
			}
		}
	}
	return false
}

// allCommon reports whether every word of a name is an ordinary word
// (حماة الوطن "protectors of the homeland").
func (c *compiler) allCommon(keys []string) bool {
	for _, k := range keys {
		if !c.ambiguous(k) {
			return false
		}
	}
	return true
}

// ambiguous reports whether a one-word name is also an ordinary word, or an
// ordinary word behind a proclitic (وان "and that" is not Van).
func (c *compiler) ambiguous(key string) bool {
	if utf8.RuneCountInString(key) < 3 || c.stop[key] {
		return true
	}
	if c.common(key) || strings.HasPrefix(key, "ال") && len(key) > 6 && c.common(key[4:]) {
		return true
	}
	c.ans = arabic.Clitics(c.ans[:0], []byte(key))
	for _, a := range c.ans[1:] {
		if stem := string(a.Stem(nil, []byte(key))); c.common(stem) || c.stop[stem] {
			return true
		}
	}
	return false
}

func (c *compiler) addSeq(keys []string, p payload, loose bool) {
	c.seq = c.seq[:0]
	for _, k := range keys {
		c.seq = append(c.seq, c.tokID(k))
	}
	c.exact.add(c.seq, p)
	if !loose {
		return
	}
	// Loose matching only for names of two words or more: one word alone
	// collides with ordinary words (الأمر would be a Swiss president).
	if len(keys) < 2 {
		return
	}
	c.lseq = c.lseq[:0]
	for _, k := range keys {
		c.lbuf = arabic.LooseKey(c.lbuf[:0], []byte(k))
		c.lseq = append(c.lseq, c.looseID(string(c.lbuf)))
	}
	c.loose.add(c.lseq, p)
}

func (c *compiler) addLex(phrase string, e lexEntry) {
	var keys []string
	keys = c.words(phrase, keys)
	c.seq = c.seq[:0]
	for _, k := range keys {
		c.seq = append(c.seq, c.tokID(k))
	}
	idx := uint32(len(c.t.lexInfo))
	c.t.lexInfo = append(c.t.lexInfo, e)
	c.lex.add(c.seq, payload{entry: idx})
}

func (c *compiler) addLexicon() {
	setFlag := func(words []string, f uint8) {
		for _, w := range words {
			if ks := c.words(w, nil); len(ks) == 1 { // عبد الرحمن: the particle rule joins it
				c.t.flags[c.tokID(ks[0])] |= f
			}
		}
	}
	setFlag(stopWords, flagStop)
	setFlag(lines(givenNames), flagGiven)
	setFlag(lines(givenNamesAmbiguous), flagGivenAmb)
	setFlag(nameParticles, flagParticle)
	if c.opts.NoContext {
		return
	}
	for _, phrase := range sortedKeys(titleRoles) {
		role := titleRoles[phrase]
		c.addLex(phrase, lexEntry{kind: lexTitle, role: role})
	}
	for _, p := range sortedKeys(ministerPortfolios) {
		role := ministerPortfolios[p]
		c.addLex(p, lexEntry{kind: lexPortfolio, role: role})
	}
	for _, k := range placeKeywords {
		c.addLex(k, lexEntry{kind: lexPlace})
	}
	for _, k := range orgKeywords {
		c.addLex(k, lexEntry{kind: lexOrg})
	}
}

// addComposed adds the heads that compose institutions and one record per
// (head, country) pair, so that composed mentions need no allocation.
func (c *compiler) addComposed() {
	c.t.composed = make(map[uint64]uint32)
	slugIdx := map[string]uint32{}
	addHead := func(slug, en, ar string, fem bool) uint32 {
		if i, ok := slugIdx[slug]; ok {
			return i
		}
		i := uint32(len(c.heads))
		slugIdx[slug] = i
		c.heads = append(c.heads, head{slug, en, ar, fem})
		return i
	}
	for _, phrase := range sortedKeys(compositeHeads) { // shortest first: it names the head
		h := compositeHeads[phrase]
		ar := phrase
		if !strings.HasPrefix(ar, "وزارة") && strings.Contains(h.slug, "ministry") {
			ar = "وزارة " + ar
		}
		hi := addHead(h.slug, h.en, ar, h.fem)
		c.addLex(phrase, lexEntry{kind: lexHead, head: hi, fem: h.fem})
	}
	for _, phrase := range sortedKeys(constructHeads) {
		slug := constructHeads[phrase]
		hi, ok := slugIdx[slug]
		if !ok {
			continue
		}
		c.addLex(phrase, lexEntry{kind: lexConstruct, head: hi})
	}
	for _, ci := range c.t.countryRecs {
		cr := c.t.recs[ci]
		x := c.t.extra[ci]
		code := string(cr.country[:])
		c.t.arena = c.arena.String() // the names so far; later writes leave them valid
		cname, cen := c.t.recName(&cr), c.t.recNameEn(&cr)
		for hi, h := range c.heads {
			id := "org:" + h.slug + "@" + code
			var ar string
			if x.fem.n > 0 || x.masc.n > 0 {
				adj := x.fem
				if !h.fem && x.masc.n > 0 || adj.n == 0 {
					adj = x.masc
				}
				ar = h.ar + " " + c.t.s(adj)
			} else {
				ar = h.ar + " " + cname
			}
			idx := uint32(len(c.t.recs))
			r := c.rec(id, ar, h.en+" of "+cen)
			r.country, r.typ = cr.country, Organization
			c.t.recs = append(c.t.recs, r)
			c.t.composed[uint64(hi)<<32|uint64(ci)] = idx
		}
	}
}

// recID, recName and recNameEn return a record's strings from the arena.
func (t *Tagger) recID(r *rec) string { return t.arena[r.off : r.off+uint32(r.idLen)] }

func (t *Tagger) recName(r *rec) string {
	o := r.off + uint32(r.idLen)
	return t.arena[o : o+uint32(r.nameLen)]
}

func (t *Tagger) recNameEn(r *rec) string {
	o := r.off + uint32(r.idLen) + uint32(r.nameLen)
	return t.arena[o : o+uint32(r.enLen)]
}

func (t *Tagger) s(r strRef) string { return t.arena[r.off : r.off+r.n] }

//go:embed data/frequent_words.txt
var frequentWords string

// frequent holds the normalized frequent ordinary words of
// data/frequent_words.txt.
var frequent = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lines(frequentWords) {
		m[arabic.NormalizeString(w)] = true
	}
	return m
}()

// isCommon reports whether a normalized word is an ordinary word: in the
// gazetteer's common words or in data/frequent_words.txt.
func isCommon(w string) bool { return gazetteer.IsCommonWord(w) || frequent[w] }

//go:embed data/given_names.txt
var givenNames string

//go:embed data/given_names_ambiguous.txt
var givenNamesAmbiguous string

// lines returns the non-empty, non-comment lines of a word list.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && l[0] != '#' {
			out = append(out, l)
		}
	}
	return out
}

// sortedKeys returns a map's keys, shortest first, then in byte order, so
// that compiling is deterministic.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(a, b)
	})
	return keys
}
