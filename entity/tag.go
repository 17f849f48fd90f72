package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kayan-nlp/kayan/internal/arabic"
)

// cand is one reading of a token: the bare word or a stem after proclitics.
type cand struct {
	id    uint32 // vocabulary id of the stem (0: unknown)
	start int32  // original offset where the reading's span starts
	skip  int32  // normalized bytes of proclitics (0 for the bare word)
	ns    int32  // normalized offset of the stem (restored alef excluded)
	rest  bool   // stem key is "ا" + norm[ns:ne]
}

// scratch is the per-call state of Tag, kept in a Document for reuse.
type scratch struct {
	src      string // the text being tagged
	tok      arabic.Tokenizer
	norm     arabic.Normalizer
	atoks    []arabic.Token
	asents   []arabic.Span
	ns       []int32 // normalized start of token i; ns[n] = end
	ids      []uint32
	cands    []cand
	cstart   []int32 // cands of token i: cands[cstart[i]:cstart[i+1]]
	lids     []int32 // loose id of token i (-1: not computed)
	cover    []int32 // index of the top-level mention covering token i, or -1
	buf      []byte
	lbuf     []byte
	an       []arabic.Analysis
	deferred []deferredMatch
	organs   map[int]bool // top-level mentions that are organs of a state
	alts     []alt
	keys     map[uint64]corefKey
	keySig   [4]uint64 // keySig bits of the coreference keys
	perm     []int32   // sortMentions' scratch
	msort    []Mention
	seen     map[string]bool
}

// alt is a place mention whose words name other places too (صور: Tyre
// or Sur; عمان: Amman or Oman), settled once the sentence is tagged.
type alt struct {
	k int
	m match
}

type deferredMatch struct {
	i, j  int // token range [i, j]
	start int
	p     payload
}

// match is a candidate gazetteer match over tokens [i, j].
type match struct {
	i, j  int
	c     cand
	p     payload
	found bool
}

// Tag tags text and returns a new Document.
func (t *Tagger) Tag(text string) *Document {
	d := &Document{}
	t.TagInto(d, text)
	return d
}

// TagInto tags text into d, reusing d's slices and scratch space: once d has
// seen texts of similar size, TagInto allocates nothing but what the
// mentions' slice may need to grow. Any text is accepted, including invalid
// UTF-8 (invalid bytes are non-letters); every offset points into text.
func (t *Tagger) TagInto(d *Document, text string) {
	if d.scratch == nil {
		d.scratch = &scratch{keys: map[uint64]corefKey{}, seen: map[string]bool{}, organs: map[int]bool{}}
	}
	s := d.scratch
	s.src = text
	d.Text = text
	d.Mentions = d.Mentions[:0]
	d.Tokens = d.Tokens[:0]
	d.Sentences = d.Sentences[:0]
	s.atoks = s.tok.Append(s.atoks[:0], text)
	s.asents = arabic.AppendSentences(s.asents[:0], text, s.atoks)
	for _, sp := range s.asents {
		d.Sentences = append(d.Sentences, Span{sp.Start, sp.End})
	}
	for _, tk := range s.atoks {
		d.Tokens = append(d.Tokens, Token{int(tk.Start), int(tk.End), TokenKind(tk.Kind)})
	}
	t.prepare(s, text)
	t.matchGazetteer(d, s)
	t.settle(d, s)
	t.compose(d, s)
	if !t.opts.NoContext {
		t.contextNames(d, s)
		t.givenNamePersons(d, s)
	}
	t.coreference(d, s)
	d.Mentions = slices.DeleteFunc(d.Mentions, func(m Mention) bool { return m.Type == 0 })
	t.sortMentions(d, s)
}

// sortMentions orders the mentions by start, longer first, the container
// before what is nested in it; it sorts indexes, then moves each mention
// once.
func (t *Tagger) sortMentions(d *Document, s *scratch) {
	ms := d.Mentions
	sorted := true
	for i := 1; i < len(ms) && sorted; i++ {
		sorted = mentionOrder(&ms[i-1], &ms[i]) <= 0
	}
	if sorted {
		return
	}
	s.perm = s.perm[:0]
	for i := range ms {
		s.perm = append(s.perm, int32(i))
	}
	slices.SortFunc(s.perm, func(a, b int32) int { return mentionOrder(&ms[a], &ms[b]) })
	s.msort = s.msort[:0]
	for _, p := range s.perm {
		s.msort = append(s.msort, ms[p])
	}
	copy(ms, s.msort)
}

func mentionOrder(a, b *Mention) int {
	if a.Start != b.Start {
		return a.Start - b.Start
	}
	if a.End != b.End {
		return b.End - a.End
	}
	if a.Nested != b.Nested {
		if a.Nested {
			return 1
		}
		return -1
	}
	return 0
}

// prepare normalizes every token and lists its readings.
func (t *Tagger) prepare(s *scratch, text string) {
	s.norm.Reset()
	s.ns = s.ns[:0]
	s.ids = s.ids[:0]
	s.cands = s.cands[:0]
	s.cstart = s.cstart[:0]
	s.lids = s.lids[:0]
	s.cover = s.cover[:0]
	for _, tk := range s.atoks {
		ns := s.norm.Len()
		s.ns = append(s.ns, int32(ns))
		s.cstart = append(s.cstart, int32(len(s.cands)))
		s.norm.Append(text[tk.Start:tk.End], int(tk.Start))
		w := s.norm.Bytes()[ns:]
		id := t.vocab.get(w)
		s.ids = append(s.ids, id)
		s.lids = append(s.lids, -1)
		s.cover = append(s.cover, -1)
		s.cands = append(s.cands, cand{id: id, start: tk.Start, ns: int32(ns)})
		if tk.Kind != arabic.Word || len(w) < 6 || !procliticStart(w) {
			continue
		}
		s.an = arabic.Clitics(s.an[:0], w)
		for _, a := range s.an[1:] {
			if strings.HasSuffix(a.Prefix, "ك") && !a.Restore && !arabic.HasArticle(w[a.Skip:]) {
				continue // ك is a proclitic of names only before the article (كالصين)
			}
			s.buf = a.Stem(s.buf[:0], w)
			sid := t.vocab.get(s.buf)
			if sid == 0 {
				continue
			}
			s.cands = append(s.cands, cand{
				id: sid, start: int32(s.norm.Start(ns + a.Skip)), skip: int32(a.Skip),
				ns: int32(ns + a.Skip), rest: a.Restore,
			})
		}
	}
	s.ns = append(s.ns, int32(s.norm.Len()))
	s.cstart = append(s.cstart, int32(len(s.cands)))
}

// procliticStart reports whether a normalized word starts with و ف ب ل ك.
func procliticStart(w []byte) bool {
	if len(w) < 2 || w[0] != 0xD9 && w[0] != 0xD8 {
		return false
	}
	switch string(w[:2]) {
	case "و", "ف", "ب", "ل", "ك":
		return true
	}
	return false
}

// text returns a token's text.
func (s *scratch) text(tk arabic.Token) string { return s.src[tk.Start:tk.End] }

func (s *scratch) tokCands(i int) []cand { return s.cands[s.cstart[i]:s.cstart[i+1]] }

// better reports whether match a beats b: longer, then fewer proclitics,
// then by kind (name, alias, nationality, short alias), then by type
// (COUNTRY, LOCATION, ORGANIZATION, PERSON), then by gazetteer order.
func (t *Tagger) better(a, b *match) bool {
	if !b.found {
		return true
	}
	if a.j != b.j {
		return a.j > b.j
	}
	if a.c.skip != b.c.skip {
		return a.c.skip < b.c.skip
	}
	if a.p.kind != b.p.kind {
		return a.p.kind < b.p.kind
	}
	ta, tb := typePriority(t.recs[a.p.entry].typ), typePriority(t.recs[b.p.entry].typ)
	if ta != tb {
		return ta < tb
	}
	return a.p.entry < b.p.entry
}

func typePriority(t Type) int {
	switch t {
	case Country:
		return 0
	case Location:
		return 1
	case Organization:
		return 2
	}
	return 3
}

// longest finds the best match starting at token i and ending before token
// limit, with context-only payloads returned separately.
func (t *Tagger) longest(d *Document, s *scratch, i, limit int) (best, ctx match) {
	for _, c := range s.tokCands(i) {
		node := t.exact.root(c.id)
		for j := i; node != 0; {
			for _, p := range t.exact.payloads(node) {
				m := match{i, j, c, p, true}
				if !t.vocalOK(d.Text, s, &m) {
					continue
				}
				if p.context {
					if t.better(&m, &ctx) {
						ctx = m
					}
				} else if t.better(&m, &best) {
					best = m
				}
			}
			j++
			if j >= limit || s.atoks[j].NewlineBefore {
				break
			}
			node = t.exact.child(node, s.ids[j])
		}
	}
	return best, ctx
}

// looseLongest is longest through the loose key, for foreign names.
func (t *Tagger) looseLongest(s *scratch, i, limit int) (best match) {
	if t.lvocab.size() == 0 || s.atoks[i].Kind != arabic.Word || s.ns[i+1]-s.ns[i] < 6 ||
		i+1 >= limit || s.atoks[i+1].Kind != arabic.Word || s.atoks[i+1].NewlineBefore {
		return // one- or two-letter words are not loose variants, and loose names have two words
	}
	w := s.norm.Bytes()
	for _, c := range s.tokCands(i) {
		if c.skip > 0 && c.id == 0 {
			continue
		}
		var lid uint32
		if c.skip == 0 {
			lid = uint32(t.looseOf(s, i))
		} else {
			s.buf = s.buf[:0]
			if c.rest {
				s.buf = append(s.buf, "ا"...)
			}
			s.buf = append(s.buf, w[c.ns:s.ns[i+1]]...)
			s.lbuf = arabic.LooseKey(s.lbuf[:0], s.buf)
			lid = t.lvocab.get(s.lbuf)
		}
		node := t.loose.root(lid)
		for j := i; node != 0; {
			for _, p := range t.loose.payloads(node) {
				m := match{i, j, c, p, true}
				if !p.context && t.better(&m, &best) {
					best = m
				}
			}
			j++
			if j >= limit || s.atoks[j].NewlineBefore {
				break
			}
			node = t.loose.child(node, uint32(t.looseOf(s, j)))
		}
	}
	return best
}

// looseOf returns the loose vocabulary id of token i's bare word.
func (t *Tagger) looseOf(s *scratch, i int) int32 {
	if s.lids[i] >= 0 {
		return s.lids[i]
	}
	if id := s.ids[i]; id != 0 {
		s.lids[i] = int32(t.exactLoose[id]) // known words: computed when compiled
		return s.lids[i]
	}
	w := s.norm.Bytes()[s.ns[i]:s.ns[i+1]]
	s.lbuf = arabic.LooseKey(s.lbuf[:0], w)
	id := int32(t.lvocab.get(s.lbuf))
	s.lids[i] = id
	return id
}

// vocalOK checks a vocalized entry against diacritics written in the text:
// where both mark a letter, the marks must agree.
func (t *Tagger) vocalOK(text string, s *scratch, m *match) bool {
	r := &t.recs[m.p.entry]
	if !r.hasExtra || m.p.kind != kindName {
		return true
	}
	x := t.extra[m.p.entry]
	if x.vocal.n == 0 {
		return true
	}
	return vocalAgrees(text[m.c.start:s.atoks[m.j].End], t.s(x.vocal))
}

// vocalAgrees compares the diacritics of two spellings letter by letter.
func vocalAgrees(text, vocal string) bool {
	type lm struct {
		marks [3]rune
	}
	marksOf := func(s string) []lm {
		var out []lm
		for _, r := range s {
			switch {
			case arabic.IsDiacritic(r):
				if len(out) > 0 {
					l := &out[len(out)-1]
					for k := range l.marks {
						if l.marks[k] == 0 {
							l.marks[k] = r
							break
						}
					}
				}
			case r == 0x0640 || r == ' ' || r < 0x0600 || r > 0x06FF:
			default:
				out = append(out, lm{})
			}
		}
		return out
	}
	if !hasDiacritic(text) {
		return true
	}
	a, b := marksOf(text), marksOf(vocal)
	if len(a) != len(b) {
		return true
	}
	for k := range a {
		if a[k].marks[0] != 0 && b[k].marks[0] != 0 && a[k].marks != b[k].marks {
			return false
		}
	}
	return true
}

func hasDiacritic(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if arabic.IsDiacritic(r) {
			return true
		}
		i += n
	}
	return false
}

func (t *Tagger) mention(d *Document, s *scratch, m *match, src Source) Mention {
	r := &t.recs[m.p.entry]
	typ := r.typ
	if m.p.kind == kindNationality {
		typ, src = Nationality, FromNationality
	} else if src == FromGazetteer && m.p.kind != kindName {
		src = FromAlias
	}
	start, end := int(m.c.start), int(s.atoks[m.j].End)
	if m.p.title && m.j > m.i {
		start = int(s.atoks[m.i+1].Start) // الإمام الحسين: the title stays outside
	}
	if m.p.epithet && m.j > m.i && (!m.p.title || m.j > m.i+1) {
		end = int(s.atoks[m.j-1].End) // مكة المكرمة: the epithet stays outside
	}
	return Mention{
		Start: start, End: end, Type: typ,
		ID: t.recID(r), Name: t.recName(r), NameEn: t.recNameEn(r), Country: t.country(r),
		Source: src,
	}
}

// add appends a top-level mention covering tokens [i, j].
func (d *Document) add(s *scratch, m Mention, i, j int) int {
	k := len(d.Mentions)
	d.Mentions = append(d.Mentions, m)
	for x := i; x <= j; x++ {
		s.cover[x] = int32(k)
	}
	return k
}

// matchGazetteer is the greedy longest-match pass over the tokens.
func (t *Tagger) matchGazetteer(d *Document, s *scratch) {
	s.deferred = s.deferred[:0]
	s.alts = s.alts[:0]
	clear(s.organs)
	n := len(s.atoks)
	for i := 0; i < n; {
		best, ctx := t.longest(d, s, i, n)
		if ctx.found && (!best.found || ctx.j > best.j) && ctx.j == i && t.placeContext(s, i, &t.recs[ctx.p.entry]) {
			// a place name that is also a word, after في / مدينة / ريف…
			best, ctx = ctx, match{}
		}
		if !best.found || ctx.found && ctx.j > best.j {
			if ctx.found {
				s.deferred = append(s.deferred, deferredMatch{i, ctx.j, int(ctx.c.start), ctx.p})
			}
			if lm := t.looseLongest(s, i, n); lm.found && (!best.found || lm.j > best.j) {
				best = lm
				best.p.kind = kindAlias
			}
		}
		if best.found && best.p.title && i+1 < n {
			// الشيخ تميم بن حمد | آل ثاني: the title is left out, and the
			// name without it may run longer
			if nb, _ := t.longest(d, s, i+1, n); nb.found && nb.j > best.j {
				best = match{}
			}
		}
		if best.found && best.j == i {
			best = t.oneWord(s, best)
		}
		if !best.found {
			i++
			continue
		}
		k := d.add(s, t.mention(d, s, &best, FromGazetteer), i, best.j)
		if t.recs[best.p.entry].organ {
			s.organs[k] = true
		}
		if typ := d.Mentions[k].Type; (typ == Location || typ == Country) && t.hasRival(s, &best) {
			s.alts = append(s.alts, alt{k, best})
		}
		if best.j > i && d.Mentions[k].Type == Organization {
			t.nested(d, s, i, best.j)
		}
		i = best.j + 1
	}
}

// node returns the trie node a match ends at.
func (t *Tagger) node(s *scratch, m *match) uint32 {
	n := t.exact.root(m.c.id)
	for j := m.i + 1; j <= m.j && n != 0; j++ {
		n = t.exact.child(n, s.ids[j])
	}
	return n
}

// hasRival reports whether another place or country has the same words.
func (t *Tagger) hasRival(s *scratch, m *match) bool {
	for _, p := range t.exact.payloads(t.node(s, m)) {
		if p.entry != m.p.entry && p.kind != kindNationality {
			if r := &t.recs[p.entry]; (r.typ == Location || r.typ == Country) && p.kind != kindShort || r.sports {
				return true
			}
		}
	}
	return false
}

// settle chooses among places with the same name: after a head-of-state
// title (سلطان عمان) the country; otherwise the place whose country the
// sentence names (صور اللبنانية is Tyre).
func (t *Tagger) settle(d *Document, s *scratch) {
	for _, a := range s.alts {
		m := &d.Mentions[a.k]
		titled := t.afterTitle(s, a.m.i)
		sent := d.SentenceOf(m.Start)
		best, bestScore := -1, 0
		sporty := -1
		for _, p := range t.exact.payloads(t.node(s, &a.m)) {
			r := &t.recs[p.entry]
			if r.sports && p.kind != kindNationality {
				if sporty < 0 {
					sporty = 0
					if t.sportsSentence(d, s, sent) {
						sporty = 1
					}
				}
				if sporty == 1 && 3 > bestScore {
					best, bestScore = int(p.entry), 3 // برشلونة in a match report is the club
				}
				continue
			}
			if p.kind == kindNationality || p.kind == kindShort {
				continue
			}
			if r.typ != Location && r.typ != Country {
				continue
			}
			score := 0
			if titled && r.typ == Country {
				score += 2
			}
			if code := t.country(r); code != "" && r.typ != Country && t.sentenceNames(d, s, sent, a.k, code) {
				score++
			}
			if score > bestScore {
				best, bestScore = int(p.entry), score
			}
		}
		if best >= 0 {
			mm := a.m
			mm.p.entry = uint32(best)
			mm.p.kind = kindAlias
			nm := t.mention(d, s, &mm, FromGazetteer)
			if t.recName(&t.recs[best]) == m.Text(d) {
				nm.Source = FromGazetteer
			}
			*m = nm
		}
	}
}

// sentenceNames reports whether a top-level mention of sentence k other
// than mention skip has the country code (صور اللبنانية).
func (t *Tagger) sentenceNames(d *Document, s *scratch, k, skip int, code string) bool {
	if k < 0 {
		return false
	}
	sp := d.Sentences[k]
	first, _ := slices.BinarySearchFunc(s.atoks, sp.Start, func(a arabic.Token, off int) int { return int(a.Start) - off })
	for i := first; i < len(s.atoks) && int(s.atoks[i].Start) < sp.End; i++ {
		if m := s.cover[i]; m >= 0 && int(m) != skip && d.Mentions[m].Type != 0 && d.Mentions[m].Country == code {
			return true
		}
	}
	return false
}

// sportsSentence reports whether sentence k speaks of sport (مباراة، الدوري،
// هدف…).
func (t *Tagger) sportsSentence(d *Document, s *scratch, k int) bool {
	if k < 0 {
		return false
	}
	sp := d.Sentences[k]
	first, _ := slices.BinarySearchFunc(s.atoks, sp.Start, func(a arabic.Token, off int) int { return int(a.Start) - off })
	for i := first; i < len(s.atoks); i++ {
		if int(s.atoks[i].Start) >= sp.End {
			break
		}
		for _, c := range s.tokCands(i) {
			if sportsWords[string(s.norm.Bytes()[c.ns:s.ns[i+1]])] {
				return true
			}
		}
	}
	return false
}

// oneWord checks a one-word match against its neighbours: a country name
// that is also a nationality form (السعودية، سورية) in adjective position is
// the nationality; a place or person with the article right after a
// definite noun (الطاقة النووية السلمية) or before a definite adjective
// (الصيد البحري) is an ordinary word.
func (t *Tagger) oneWord(s *scratch, m match) match {
	i := m.i
	typ := t.recs[m.p.entry].typ
	w := s.norm.Bytes()[m.c.ns:s.ns[i+1]]
	def := arabic.HasArticle(w) || m.c.rest
	adj := t.adjectivePosition(s, i, def, m.c)
	if typ != Person && m.p.kind != kindNationality {
		tk := s.atoks[i]
		if r, _ := utf8.DecodeLastRuneInString(s.text(tk)); r == 0x064B || r == 0x064C || r == 0x064D {
			return match{} // دوراً: tanween marks a common noun, not a place's name
		}
	}
	if (typ == Country || typ == Location) && m.p.kind != kindNationality && i > 0 && !s.atoks[i].NewlineBefore &&
		notPlaceBefore[string(s.norm.Bytes()[s.ns[i-1]:s.ns[i]])] {
		return match{} // صلاة المغرب is the sunset prayer
	}
	if (typ == Country || typ == Location) && !def && m.p.kind != kindNationality && i+1 < len(s.atoks) &&
		!s.atoks[i+1].NewlineBefore && arabic.HasArticle(s.norm.Bytes()[s.ns[i+1]:s.ns[i+2]]) &&
		!t.definiteNisba(s, i+1) && (s.ids[i+1] == 0 || t.flags[s.ids[i+1]]&flagStop == 0) && !t.startsName(s, i+1) {
		return match{} // قطر الفوهة: a noun in construct, not a country
	}
	if typ == Country && m.p.kind != kindNationality && adj {
		node := t.exact.root(m.c.id)
		for _, p := range t.exact.payloads(node) {
			if p.entry == m.p.entry && p.kind == kindNationality {
				m.p = p
				return m
			}
		}
		return m
	}
	if typ == Person && m.p.kind >= kindAlias && i > 0 && !s.atoks[i].NewlineBefore && s.cover[i-1] < 0 &&
		s.ids[i-1] != 0 && t.flags[s.ids[i-1]]&(flagGiven|flagGivenAmb) != 0 {
		return match{} // أمل كلوني: a surname after another first name is another person
	}
	if (typ == Location || typ == Person || typ == Organization) && def && m.p.kind != kindNationality {
		if adj && !t.afterTitle(s, i) {
			return match{}
		}
		if typ == Person && i+1 < len(s.atoks) && !s.atoks[i+1].NewlineBefore && t.definiteNisba(s, i+1) {
			return match{}
		}
	}
	return m
}

// startsName reports whether a gazetteer name can start at token i.
func (t *Tagger) startsName(s *scratch, i int) bool {
	for _, c := range s.tokCands(i) {
		if t.exact.root(c.id) != 0 {
			return true
		}
	}
	return false
}

// adjectivePosition reports whether token i (definite or not) follows a
// noun it can qualify: a word of the same definiteness that is no function
// word, or a definite nisba it is coordinated with (المصرية والسعودية).
func (t *Tagger) adjectivePosition(s *scratch, i int, def bool, c cand) bool {
	if i == 0 || s.atoks[i].NewlineBefore || s.atoks[i-1].Kind != arabic.Word {
		return false
	}
	if c.skip > 0 && string(s.norm.Bytes()[s.ns[i]:s.ns[i]+2]) != "و" {
		return false // بالسعودية، كالسعودية: a preposition, not an adjective
	}
	pid := s.ids[i-1]
	if pid != 0 && t.flags[pid]&flagStop != 0 {
		return false
	}
	if t.lexAt(s, i-1, lexTitle, lexPlace, lexOrg).found {
		return false
	}
	pw := s.norm.Bytes()[s.ns[i-1]:s.ns[i]]
	if s.cover[i-1] >= 0 {
		// after a mention: only a coordinated nisba (الروسية والصينية)
		return def && t.definiteNisba(s, i-1)
	}
	return arabic.HasArticle(pw) == def
}

// definiteNisba reports whether token i is a definite nisba adjective
// (البحري، الشمالية).
func (t *Tagger) definiteNisba(s *scratch, i int) bool {
	w := string(s.norm.Bytes()[s.ns[i]:s.ns[i+1]])
	w = strings.TrimPrefix(w, "و")
	return strings.HasPrefix(w, "ال") && len(w) > 8 && (strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه"))
}

// afterTitle reports whether token i follows a person title (الرئيس الأسد).
func (t *Tagger) afterTitle(s *scratch, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if lm := t.lexAt(s, k, lexTitle); lm.found && lm.j == i-1 {
			return true
		}
	}
	return false
}

// placeContext reports whether the word before token i makes a one-word
// place name that is also an ordinary word a place: a place keyword (مدينة،
// ريف، جنوب…) for any place, a preposition (في، من، إلى) for a country.
func (t *Tagger) placeContext(s *scratch, i int, r *rec) bool {
	typ := r.typ
	if i == 0 || s.atoks[i].NewlineBefore {
		return false
	}
	pw := string(s.norm.Bytes()[s.ns[i-1]:s.ns[i]])
	if typ == Organization {
		// قناة الجزيرة، نادي الأهلي، قال للجزيرة
		if orgWords[pw] {
			return true
		}
		w := s.norm.Bytes()[s.ns[i]:s.ns[i+1]]
		return len(w) > 4 && string(w[:2]) == "ل" && speechVerbs[pw]
	}
	if typ != Location && typ != Country {
		return false
	}
	if placeWords[pw] || t.lexAt(s, i-1, lexPlace).found && t.lexAt(s, i-1, lexPlace).j == i-1 {
		return true
	}
	return (typ == Country || r.capital) && placePrepositions[pw]
}

// nested adds the nationality adjectives inside a multi-token organization
// name over tokens [i, j] (الحرس الثوري الإيراني).
func (t *Tagger) nested(d *Document, s *scratch, i, j int) {
	for x := i; x <= j; {
		best, _ := t.longest(d, s, x, j+1)
		if !best.found || (x == i && best.j == j) {
			x++
			continue
		}
		m := t.mention(d, s, &best, FromGazetteer)
		if m.Type == Nationality {
			m.Nested = true
			d.Mentions = append(d.Mentions, m)
		}
		x = best.j + 1
	}
}

// country returns a record's ISO code as a string without allocating.
func (t *Tagger) country(r *rec) string {
	if r.country[0] < 'A' || r.country[0] > 'Z' || r.country[1] < 'A' || r.country[1] > 'Z' {
		return ""
	}
	return countryCodes[int(r.country[0]-'A')*26+int(r.country[1]-'A')]
}

// countryCodes holds every two-letter upper-case code, so that a code stored
// as two bytes becomes a string without allocation.
var countryCodes = func() []string {
	out := make([]string, 26*26)
	for i := range out {
		out[i] = string([]byte{byte('A' + i/26), byte('A' + i%26)})
	}
	return out
}()
