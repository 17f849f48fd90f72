package relation

import (
	"slices"
	"strings"

	"github.com/kayan-nlp/kayan/entity"
	"github.com/kayan-nlp/kayan/internal/arabic"
)

// tokInfo is a token of the document.
type tokInfo struct {
	start, end int32
	kind       arabic.Kind
}

// chunk is a title phrase (title, affiliation, name) that stands for its
// person(s) once the title rules have run.
type chunk struct {
	first, last int32 // token range
	mOff, mLen  int32 // members: scratch.members[mOff:mOff+mLen]
	typ         entity.Type
	content     int32 // original offset where the chunk's words start (after proclitics)
}

// occ is an occurrence of a trigger phrase.
type occ struct {
	trig    int32
	rule    int32
	i, j    int32 // token range
	stem    int32 // original offset of the first word, proclitics excluded
	conj    bool  // the first word carries the conjunction و or ف
	purpose bool  // the first word carries ل: للقاء، لبحث (in order to)
	done    bool  // a title rule already used it
}

// titleMatch is a match of a title rule.
type titleMatch struct {
	rule       int32
	role       string
	o          occ
	sOff, sLen int32 // scratch.groups
	oOff, oLen int32
}

// unit kinds.
const (
	uTok uint8 = iota
	uMention
	uChunk
)

// unit is what stands at a token position: a token, a mention or a chunk.
type unit struct {
	first, last int32
	kind        uint8
	idx         int32
}

// scratch is the per-call state of AppendRelations, pooled.
type scratch struct {
	toks    []tokInfo
	atoks   []arabic.Token
	tokz    arabic.Tokenizer
	asents  []arabic.Span
	sents   []entity.Span
	norm    arabic.Normalizer
	tn      []int32 // normalized start of token i; tn[n] = end
	an      []arabic.Analysis
	buf     []byte
	top     []int32 // top-level mention covering token i, or -1
	chunkOf []int32 // chunk covering token i, or -1
	mFirst  []int32 // first token of mention k, or -1 (invalid)
	mLast   []int32
	dropped []bool  // a title split this organization mention
	order   []int32 // valid mentions sorted by first token
	occs    []occ
	chunks  []chunk
	members []int32
	titles  []titleMatch
	groups  []int32
	gs, gob []int32
	tmp     []int32
	seen    map[relKey]struct{} // relations of the sentence
}

// relKey identifies a relation within a sentence.
type relKey struct {
	typ, role string
	subj, obj int32
}

func (s *scratch) release() {
	// Keep the buffers, drop nothing that pins the caller's document.
	s.toks, s.atoks, s.asents, s.sents = s.toks[:0], s.atoks[:0], s.asents[:0], s.sents[:0]
	s.norm.Reset()
}

// word returns the normalized form of token i.
func (s *scratch) word(i int) []byte { return s.norm.Bytes()[s.tn[i]:s.tn[i+1]] }

// run is the state of one sentence's extraction.
type run struct {
	x    *Extractor
	s    *scratch
	doc  *entity.Document
	a, b int // token range of the sentence
	ev   entity.Span
	ms   []int32 // valid mentions whose first token is in the sentence
	base int     // index in dst of the sentence's first relation
	dst  []Relation

	// per attempt
	rule     *crule
	pat      *pattern
	o        *occ
	split    int32
	lo, hi   int
	trigPrep bool
}

func (x *Extractor) extract(s *scratch, dst []Relation, doc *entity.Document) []Relation {
	text := doc.Text
	s.setTokens(doc)
	if len(s.toks) == 0 {
		return dst
	}
	s.setSentences(doc)
	s.normalize(text)
	s.setMentions(doc)
	if s.seen == nil {
		s.seen = make(map[relKey]struct{})
	}
	r := &run{x: x, s: s, doc: doc, dst: dst, split: -1}
	n := len(s.toks)
	t, mi := 0, 0
	for _, sp := range s.sents {
		for t < n && int(s.toks[t].start) < sp.Start {
			t++
		}
		a := t
		for t < n && int(s.toks[t].start) < sp.End {
			t++
		}
		if a == t {
			continue
		}
		for mi < len(s.order) && int(s.mFirst[s.order[mi]]) < a {
			mi++
		}
		mj := mi
		for mj < len(s.order) && int(s.mFirst[s.order[mj]]) < t {
			mj++
		}
		if mj == mi {
			continue
		}
		r.a, r.b, r.ev, r.ms = a, t, sp, s.order[mi:mj]
		r.sentence()
		mi = mj
	}
	return r.dst
}

// setTokens takes the document's tokens when they are well formed, or
// tokenizes the text.
func (s *scratch) setTokens(doc *entity.Document) {
	s.toks = s.toks[:0]
	ok := len(doc.Tokens) > 0
	prev := 0
	for _, t := range doc.Tokens {
		if t.Start < prev || t.End <= t.Start || t.End > len(doc.Text) {
			ok = false
			break
		}
		prev = t.End
	}
	if ok {
		for _, t := range doc.Tokens {
			s.toks = append(s.toks, tokInfo{int32(t.Start), int32(t.End), arabic.Kind(t.Kind)})
		}
		return
	}
	s.atoks = s.tokz.Append(s.atoks[:0], doc.Text)
	for _, t := range s.atoks {
		s.toks = append(s.toks, tokInfo{t.Start, t.End, t.Kind})
	}
}

// setSentences takes the document's sentences when they are well formed,
// or splits the text.
func (s *scratch) setSentences(doc *entity.Document) {
	s.sents = s.sents[:0]
	ok := len(doc.Sentences) > 0
	prev := 0
	for _, sp := range doc.Sentences {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(doc.Text) {
			ok = false
			break
		}
		prev = sp.End
	}
	if ok {
		s.sents = append(s.sents, doc.Sentences...)
		return
	}
	s.atoks = s.tokz.Append(s.atoks[:0], doc.Text)
	s.asents = arabic.AppendSentences(s.asents[:0], doc.Text, s.atoks)
	for _, sp := range s.asents {
		s.sents = append(s.sents, entity.Span{Start: int(sp.Start), End: int(sp.End)})
	}
}

func (s *scratch) normalize(text string) {
	s.norm.Reset()
	s.tn = s.tn[:0]
	for _, t := range s.toks {
		s.tn = append(s.tn, int32(s.norm.Len()))
		s.norm.Append(text[t.start:t.end], int(t.start))
	}
	s.tn = append(s.tn, int32(s.norm.Len()))
}

func grow[T any](b []T, n int, v T) []T {
	b = slices.Grow(b[:0], n)[:n]
	for i := range b {
		b[i] = v
	}
	return b
}

// setMentions maps the mentions to tokens and finds the top-level ones.
func (s *scratch) setMentions(doc *entity.Document) {
	n, nm := len(s.toks), len(doc.Mentions)
	s.top = grow(s.top, n, -1)
	s.chunkOf = grow(s.chunkOf, n, -1)
	s.mFirst = grow(s.mFirst, nm, -1)
	s.mLast = grow(s.mLast, nm, -1)
	s.dropped = grow(s.dropped, nm, false)
	s.order = s.order[:0]
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		if m.Start < 0 || m.End <= m.Start || m.End > len(doc.Text) || m.Type < entity.Person || m.Type > entity.Nationality {
			continue
		}
		f, _ := slices.BinarySearchFunc(s.toks, m.Start, func(t tokInfo, off int) int {
			if int(t.end) <= off {
				return -1
			}
			return 1
		})
		l, _ := slices.BinarySearchFunc(s.toks, m.End, func(t tokInfo, off int) int {
			if int(t.start) < off {
				return -1
			}
			return 1
		})
		l--
		if f >= n || l < f {
			continue
		}
		s.mFirst[k], s.mLast[k] = int32(f), int32(l)
		s.order = append(s.order, int32(k))
		if m.Nested {
			continue
		}
		free := true
		for t := f; t <= l; t++ {
			free = free && s.top[t] < 0
		}
		if free {
			for t := f; t <= l; t++ {
				s.top[t] = int32(k)
			}
		}
	}
	slices.SortStableFunc(s.order, func(a, b int32) int { return int(s.mFirst[a] - s.mFirst[b]) })
}

// sentence extracts the relations of one sentence.
func (r *run) sentence() {
	s, x := r.s, r.x
	r.base = len(r.dst)
	clear(s.seen)
	s.chunks, s.members, s.titles, s.groups = s.chunks[:0], s.members[:0], s.titles[:0], s.groups[:0]
	r.findTriggers()
	// Title rules, pattern by pattern, left to right (at one position in
	// rule order).
	for k := 0; k < x.maxPats; k++ {
		for oi := range s.occs {
			o := &s.occs[oi]
			rule := &x.rules[o.rule]
			if !rule.title || o.done || k >= len(rule.patterns) {
				continue
			}
			r.tryTitle(rule, &rule.patterns[k], o)
		}
	}
	r.emitTitles()
	// Event rules.
	for _, ri := range x.events {
		rule := &x.rules[ri]
		for oi := range s.occs {
			o := &s.occs[oi]
			if o.rule != int32(ri) || !r.free(o) {
				continue
			}
			if !rule.allowNeg && r.negated(o) || !rule.allowHedge && r.hedged(o) {
				continue
			}
			for pi := range rule.patterns {
				if r.try(rule, &rule.patterns[pi], o) {
					r.emit(rule, "", s.gs, s.gob, o)
					break
				}
			}
		}
	}
	for _, ri := range x.structs {
		r.structural(&x.rules[ri])
	}
	sortSentence(r.dst[r.base:])
}

// findTriggers lists the trigger occurrences of the sentence, the longest
// per rule and start token.
func (r *run) findTriggers() {
	s, x := r.s, r.x
	s.occs = s.occs[:0]
	for i := r.a; i < r.b; i++ {
		if s.toks[i].kind != arabic.Word {
			continue
		}
		w := s.word(i)
		s.an = arabic.Clitics(s.an[:0], w)
		for _, an := range s.an {
			s.buf = an.Stem(s.buf[:0], w)
			ids := x.trigIdx[string(s.buf)]
			if len(ids) == 0 {
				continue
			}
			stem := int32(s.norm.Start(int(s.tn[i]) + an.Skip))
			conj := an.Prefix != "" && (an.Prefix[:2] == "و" || an.Prefix[:2] == "ف")
			purpose := strings.HasSuffix(an.Prefix, "ل")
			for _, id := range ids {
				t := &x.trigs[id]
				j := i + len(t.words) - 1
				if j >= r.b {
					continue
				}
				ok := true
				for k := 1; k < len(t.words) && ok; k++ {
					ok = string(s.word(i+k)) == t.words[k]
				}
				if !ok {
					continue
				}
				o := occ{trig: id, rule: t.rule, i: int32(i), j: int32(j), stem: stem, conj: conj, purpose: purpose}
				r.addOcc(o)
			}
		}
	}
}

func (r *run) addOcc(o occ) {
	s := r.s
	for k := len(s.occs) - 1; k >= 0 && s.occs[k].i == o.i; k-- {
		if s.occs[k].rule == o.rule {
			if o.j > s.occs[k].j {
				s.occs[k] = o
			}
			return
		}
	}
	s.occs = append(s.occs, o)
}

// free reports whether an event trigger lies outside every name and title.
func (r *run) free(o *occ) bool {
	for t := o.i; t <= o.j; t++ {
		if r.s.top[t] >= 0 || r.s.chunkOf[t] >= 0 {
			return false
		}
	}
	return true
}

// wordsBefore calls f on the words before occurrence o, nearest first, up
// to n units (a name or a title phrase counting as one and not passed to f).
func (r *run) wordsBefore(o *occ, n int, f func(d int, w []byte) bool) bool {
	p := int(o.i) - 1
	for d := 1; d <= n && p >= r.a; d++ {
		u := r.unitAt(p)
		if u.kind == uTok && f(d, r.s.word(p)) {
			return true
		}
		p = int(u.first) - 1
	}
	return false
}

// negated reports whether a trigger is negated: by a particle right before
// it or before a light verb before it (لم يلتق، لم يعقد أي لقاء), or by a
// denial up to eight words before it. لم تسفر المحادثات negates the outcome,
// not the talks.
func (r *run) negated(o *occ) bool {
	light := false
	return r.wordsBefore(o, 8, func(d int, w []byte) bool {
		if d == 1 {
			light = lightSet.in(w)
		}
		return (d == 1 || d == 2 && light) && negSet.in(w) || d == 1 && negNearSet.in(w) || denialSet.in(w)
	})
}

// hedged reports whether a trigger is only planned, expected or proposed,
// or the purpose of another action (للقاء: in order to meet).
func (r *run) hedged(o *occ) bool {
	if o.purpose {
		return true
	}
	if r.wordsBefore(o, 5, func(_ int, w []byte) bool { return hedgeBeforeSet.in(w) }) {
		return true
	}
	p := int(o.j) + 1
	for d := 1; d <= 2 && p < r.b; d++ {
		u := r.unitAt(p)
		if u.kind == uTok && hedgeAfterSet.in(r.s.word(p)) {
			return true
		}
		p = int(u.last) + 1
	}
	return false
}

// tryTitle tries a title rule's pattern on an occurrence and records the
// match as a chunk.
func (r *run) tryTitle(rule *crule, p *pattern, o *occ) {
	s := r.s
	if p.sBeforeT && o.conj {
		return // و + title starts a new person, not an apposition
	}
	split := int32(-1)
	for t := o.i; t <= o.j; t++ {
		if s.chunkOf[t] >= 0 {
			return
		}
		m := s.top[t]
		if m < 0 || s.dropped[m] {
			continue
		}
		// A title whose words the tagger read into an institution
		// (وزيرة [الدفاع الألمانية]) splits it.
		if r.doc.Mentions[m].Type != entity.Organization || s.mFirst[m] < o.i || s.mLast[m] <= o.j || split >= 0 && split != m {
			return
		}
		split = m
	}
	r.split = split
	ok := r.try(rule, p, o)
	r.split = -1
	if !ok {
		return
	}
	o.done = true
	if split >= 0 {
		s.dropped[split] = true
	}
	content := o.stem
	if r.lo < int(o.i) {
		content = r.content(r.unitAt(r.lo))
	}
	c := chunk{first: int32(r.lo), last: int32(r.hi), mOff: int32(len(s.members)), mLen: int32(len(s.gs)), content: content}
	s.members = append(s.members, s.gs...)
	if len(s.gs) > 0 {
		c.typ = r.doc.Mentions[s.gs[0]].Type
	}
	ci := int32(len(s.chunks))
	s.chunks = append(s.chunks, c)
	for t := r.lo; t <= r.hi; t++ {
		s.chunkOf[t] = ci
	}
	tm := titleMatch{rule: o.rule, role: r.x.trigs[o.trig].role, o: *o}
	tm.sOff, tm.sLen = int32(len(s.groups)), int32(len(s.gs))
	s.groups = append(s.groups, s.gs...)
	tm.oOff, tm.oLen = int32(len(s.groups)), int32(len(s.gob))
	s.groups = append(s.groups, s.gob...)
	s.titles = append(s.titles, tm)
}

// emitTitles adds the relations of the title matches, resolving SameRole.
func (r *run) emitTitles() {
	s := r.s
	for ti := range s.titles {
		tm := &s.titles[ti]
		role := tm.role
		if role == SameRole {
			// the nearest title before it, matched or not (الرئيس جو
			// بايدن … نظيره الكيني); at one position the matched title,
			// else the longest
			role = ""
			var best *occ
			for k := range s.occs {
				o2 := &s.occs[k]
				t2 := &r.x.trigs[o2.trig]
				if o2.i >= tm.o.i {
					break
				}
				if !r.x.rules[o2.rule].title || t2.role == SameRole || t2.role == "" {
					continue
				}
				if best == nil || o2.i > best.i || o2.i == best.i && (o2.done && !best.done || o2.done == best.done && o2.j > best.j) {
					best, role = o2, t2.role
				}
			}
			if role == "" || r.personsBetween(best.j, tm.o.i) > 1 {
				// المتحدث باسم الكرملين بيسكوف … بوتين … نظيره: the title
				// is another person's, the counterpart's role is unknown
				continue
			}
		}
		sg := s.groups[tm.sOff : tm.sOff+tm.sLen]
		og := s.groups[tm.oOff : tm.oOff+tm.oLen]
		r.emit(&r.x.rules[tm.rule], role, sg, og, &tm.o)
	}
}

// personsBetween counts the person mentions that start after token i and
// before token j.
func (r *run) personsBetween(i, j int32) int {
	s := r.s
	n := 0
	for t := i + 1; t < j && int(t) < len(s.top); t++ {
		if m := s.top[t]; m >= 0 && s.mFirst[m] == t && r.doc.Mentions[m].Type == entity.Person {
			n++
		}
	}
	return n
}

// emit adds the relations between a subject group and an object group (or
// among the subjects of a symmetric pattern without object).
func (r *run) emit(rule *crule, role string, sg, og []int32, o *occ) {
	trig := entity.Span{Start: int(o.stem), End: int(r.s.toks[o.j].end)}
	switch {
	case len(og) == 0:
		if !rule.symmetric {
			return
		}
		for i := range sg {
			for j := i + 1; j < len(sg); j++ {
				r.add(rule, role, sg[i], sg[j], trig)
			}
		}
	case rule.respect && len(sg) == len(og):
		for i := range sg {
			r.add(rule, role, sg[i], og[i], trig)
		}
	case rule.respect && len(sg) > 1 && len(og) > 1:
		// as many subjects as objects, or nothing: which goes with which
		// is unknown
	default:
		for _, a := range sg {
			for _, b := range og {
				r.add(rule, role, a, b, trig)
			}
		}
	}
}

// add appends one relation unless it is reflexive or already found in the
// sentence.
func (r *run) add(rule *crule, role string, subj, obj int32, trig entity.Span) {
	ms, mo := &r.doc.Mentions[subj], &r.doc.Mentions[obj]
	if subj == obj || ms.ID != "" && ms.ID == mo.ID {
		return
	}
	if rule.symmetric && obj < subj {
		subj, obj = obj, subj
	}
	// A mention of a malformed document may stick out of its sentence.
	trig.Start, trig.End = max(trig.Start, r.ev.Start), min(trig.End, r.ev.End)
	if trig.Start >= trig.End {
		trig = r.ev
	}
	key := relKey{rule.typ, role, subj, obj}
	if _, dup := r.s.seen[key]; dup {
		return
	}
	r.s.seen[key] = struct{}{}
	r.dst = append(r.dst, Relation{
		Type: rule.typ, Subject: int(subj), Object: int(obj), Role: role,
		Trigger: trig, Evidence: r.ev, Rule: rule.name,
	})
}

// maxScan bounds the mentions a same-country rule looks at on each side of
// an organization, and maxGroup the members of a coordination, so that no
// input makes extraction quadratic.
const (
	maxScan  = 64
	maxGroup = 16
)

// structural applies a nested or same-country rule to the sentence.
func (r *run) structural(rule *crule) {
	s, doc := r.s, r.doc
	for ki, k := range r.ms {
		m := &doc.Mentions[k]
		if !rule.subj.has(m.Type) || s.dropped[k] || !rule.sKinds.allows(m) {
			continue
		}
		// mentions nested in m start at one of its tokens: from the first
		// mention starting at m's first token
		nested := false
		q0, _ := slices.BinarySearchFunc(r.ms, s.mFirst[k], func(q, f int32) int { return int(s.mFirst[q] - f) })
		for _, q := range r.ms[q0:] {
			if s.mFirst[q] > s.mLast[k] {
				break
			}
			n := &doc.Mentions[q]
			if q == k || n.Start < m.Start || n.End > m.End || n.Start == m.Start && n.End == m.End {
				continue
			}
			if rule.obj.has(n.Type) {
				nested = true
				if rule.structural == PatternNested && rule.oKinds.allows(n) {
					r.add(rule, "", k, q, entity.Span{Start: n.Start, End: n.End})
				}
			}
		}
		if rule.structural == PatternParent {
			if p := parentOf(m.ID); p != "" {
				for _, q := range r.ms[max(ki-maxScan, 0):min(ki+maxScan+1, len(r.ms))] {
					if n := &doc.Mentions[q]; q != k && n.ID == p && rule.obj.has(n.Type) && !n.Nested {
						r.add(rule, "", k, q, entity.Span{Start: n.Start, End: n.End})
						break
					}
				}
			}
			continue
		}
		if rule.structural != PatternSameCountry || nested || m.ID == "" || m.Country == "" || strings.Contains(m.ID, "@") {
			continue
		}
		best, dist := int32(-1), 0
		for _, q := range r.ms[max(ki-maxScan, 0):min(ki+maxScan+1, len(r.ms))] {
			n := &doc.Mentions[q]
			if q == k || n.Country != m.Country || !rule.obj.has(n.Type) || !rule.oKinds.allows(n) ||
				n.Start < m.End && n.End > m.Start {
				continue
			}
			d := int(s.mFirst[q] - s.mFirst[k])
			if d < 0 {
				d = -d
			}
			if best < 0 || d < dist {
				best, dist = q, d
			}
		}
		if best >= 0 {
			n := &doc.Mentions[best]
			r.add(rule, "", k, best, entity.Span{Start: n.Start, End: n.End})
		}
	}
}
