package relation

import (
	"bytes"

	"github.com/kayan-nlp/kayan/internal/arabic"
)

// The matcher works on token positions of one sentence. At each position
// stands a unit: a chunk (a title phrase found by a title rule), else a
// top-level mention, else the token itself. Elements before T are matched
// from the trigger leftwards, elements after it rightwards; a gap tries the
// nearest position first, so an argument is the nearest one that fits.

// try matches pattern p of rule around occurrence o, filling s.gs (subjects)
// and s.gob (objects), r.lo and r.hi.
func (r *run) try(rule *crule, p *pattern, o *occ) bool {
	r.rule, r.pat, r.o = rule, p, o
	r.s.gs, r.s.gob = r.s.gs[:0], r.s.gob[:0]
	last := r.s.word(int(o.j))
	r.trigPrep = prepSet.in(last)
	return r.left(p.left, 0, int(o.i)-1)
}

// unitAt returns the unit covering token p.
func (r *run) unitAt(p int) unit {
	s := r.s
	if c := s.chunkOf[p]; c >= 0 {
		ch := &s.chunks[c]
		return unit{ch.first, ch.last, uChunk, c}
	}
	if m := s.top[p]; m >= 0 {
		if !s.dropped[m] && m != r.split {
			return unit{s.mFirst[m], s.mLast[m], uMention, m}
		}
		// inside a split institution: the longest mention nested in it
		// that covers p
		best := int32(-1)
		M := &r.doc.Mentions[m]
		for _, n := range r.ms {
			N := &r.doc.Mentions[n]
			if n == m || N.Start < M.Start || N.End > M.End || s.mFirst[n] > int32(p) || s.mLast[n] < int32(p) {
				continue
			}
			if best < 0 || N.End-N.Start > r.doc.Mentions[best].End-r.doc.Mentions[best].Start {
				best = n
			}
		}
		if best >= 0 {
			return unit{s.mFirst[best], s.mLast[best], uMention, best}
		}
	}
	return unit{int32(p), int32(p), uTok, -1}
}

// content returns the original offset where a unit's words start.
func (r *run) content(u unit) int32 {
	switch u.kind {
	case uChunk:
		return r.s.chunks[u.idx].content
	case uMention:
		return int32(r.doc.Mentions[u.idx].Start)
	}
	return r.s.toks[u.first].start
}

// prefix returns the normalized proclitics written before a unit's words in
// its first token (و in والصين, ل in للوكالة).
func (r *run) prefix(u unit) []byte {
	if u.kind == uTok {
		return nil
	}
	return r.s.prefixAt(int(u.first), int(r.content(u)))
}

// prefixAt returns the normalized bytes of token t written before the
// original offset c.
func (s *scratch) prefixAt(t, c int) []byte {
	lo, hi := int(s.tn[t]), int(s.tn[t+1])
	k := lo
	for k < hi && s.norm.Start(k) < c {
		k++
	}
	return s.norm.Bytes()[lo:k]
}

var (
	wordMin   = []byte("من")
	letterWaw = []byte("و")
	letterBa  = []byte("ب")
	letterLam = []byte("ل")
	letterKaf = []byte("ك")
)

// prefixBlocks reports whether a unit carries a proclitic preposition.
func prefixBlocks(pre []byte) bool {
	return bytes.Contains(pre, letterBa) || bytes.Contains(pre, letterLam) || bytes.Contains(pre, letterKaf)
}

// honorific reports whether token p is a courtesy title (الملك، الشيخ…),
// possibly with proclitics, which it returns.
func (r *run) honorific(p int) ([]byte, bool) {
	s := r.s
	if s.toks[p].kind != arabic.Word || r.unitAt(p).kind != uTok {
		return nil, false
	}
	w := s.word(p)
	if honorificSet[string(w)] {
		return nil, true
	}
	if len(w) < 6 {
		return nil, false
	}
	s.an = arabic.Clitics(s.an[:0], w)
	for _, a := range s.an[1:] {
		s.buf = a.Stem(s.buf[:0], w)
		if honorificSet[string(s.buf)] {
			return w[:a.Skip], true
		}
	}
	return nil, false
}

// lead returns where an argument's words begin, courtesy titles before it
// included (at most two), and the proclitics written before them.
func (r *run) lead(u unit) (int, []byte) {
	from, pre := int(u.first), r.prefix(u)
	for k := 0; k < 2 && from-1 >= r.a; k++ {
		hp, ok := r.honorific(from - 1)
		if !ok {
			break
		}
		from, pre = from-1, hp
	}
	return from, pre
}

// skipHonorifics returns the position after the courtesy titles at p.
func (r *run) skipHonorifics(p int) int {
	for k := 0; k < 2 && p < r.b; k++ {
		if _, ok := r.honorific(p); !ok {
			break
		}
		p++
	}
	return p
}

// blocked reports whether a unit is the complement of a preposition (its
// own proclitic or the word before it).
func (r *run) blocked(u unit) bool {
	from, pre := r.lead(u)
	if prefixBlocks(pre) {
		return true
	}
	p := from - 1
	if p < r.a || r.unitAt(p).kind != uTok || !prepSet.in(r.s.word(p)) {
		return false
	}
	// كلا من باكستان وأفغانستان: "both", not "from"
	return !(p-1 >= r.a && bytes.Equal(r.s.word(p), wordMin) && bothSet.in(r.s.word(p-1)))
}

// conjoined reports whether a unit is introduced by the conjunction و,
// attached or standalone; it returns the position before the conjunction.
func (r *run) conjoined(u unit) (int, bool) {
	from, pre := r.lead(u)
	if bytes.Equal(pre, letterWaw) {
		return from - 1, true
	}
	p := from - 1
	if p >= r.a && r.unitAt(p).kind == uTok && bytes.Equal(r.s.word(p), letterWaw) {
		return p - 1, true
	}
	return 0, false
}

func (r *run) isComma(p int) bool {
	return p >= r.a && p < r.b && r.s.toks[p].kind == arabic.Punct && commaSet[string(r.s.word(p))]
}

// admissible reports whether a unit may be an argument of the given types.
func (r *run) admissible(u unit, ts typeSet, ks *kindSet) bool {
	switch u.kind {
	case uMention:
		m := &r.doc.Mentions[u.idx]
		return ts.has(m.Type) && ks.allows(m)
	case uChunk:
		c := &r.s.chunks[u.idx]
		return c.mLen > 0 && ts.has(c.typ)
	}
	return false
}

// stops reports whether a gap may not cross a unit.
func (r *run) stops(u unit) bool {
	if u.kind != uTok {
		return false
	}
	w := r.s.word(int(u.first))
	if r.s.toks[u.first].kind == arabic.Punct {
		return !quoteSet[string(w)]
	}
	return stopSet.in(w)
}

// members appends a unit's mentions to dst.
func (r *run) members(dst []int32, u unit) []int32 {
	switch u.kind {
	case uMention:
		return append(dst, u.idx)
	case uChunk:
		c := &r.s.chunks[u.idx]
		return append(dst, r.s.members[c.mOff:c.mOff+c.mLen]...)
	}
	return dst
}

// inSentence reports whether a unit lies within the sentence.
func (r *run) inSentence(u unit) bool { return int(u.first) >= r.a && int(u.last) < r.b }

// groupRight extends the argument u rightwards over coordinated units
// (A، B وC) into dst; it returns the group and its last token.
func (r *run) groupRight(dst []int32, u unit, ts typeSet, ks *kindSet) ([]int32, int) {
	dst = r.members(dst[:0], u)
	committed, last := len(dst), int(u.last)
	q := last + 1
	for q < r.b && len(dst) < maxGroup {
		if r.isComma(q) {
			if q+1 >= r.b {
				break
			}
			v := r.unitAt(q + 1)
			if int(v.first) != q+1 || !r.inSentence(v) || !r.admissible(v, ts, ks) || len(r.prefix(v)) > 0 {
				break
			}
			dst = r.members(dst, v)
			q = int(v.last) + 1
			continue
		}
		v := r.unitAt(q)
		if v.kind == uTok && bytes.Equal(r.s.word(q), letterWaw) && q+1 < r.b {
			v = r.unitAt(q + 1)
			if int(v.first) != q+1 || len(r.prefix(v)) > 0 {
				break
			}
		} else if int(v.first) != q || !bytes.Equal(r.prefix(v), letterWaw) {
			break
		}
		if !r.inSentence(v) || !r.admissible(v, ts, ks) {
			break
		}
		dst = r.members(dst, v)
		committed, last = len(dst), int(v.last)
		q = last + 1
	}
	return dst[:committed], last
}

// groupLeft extends the argument u (the last of a coordination) leftwards
// into dst, in text order; it returns the group and its leftmost unit.
func (r *run) groupLeft(dst []int32, u unit, ts typeSet, ks *kindSet) ([]int32, unit) {
	s := r.s
	s.tmp = r.members(s.tmp[:0], u) // members in reverse order of units
	cur := u
	for len(s.tmp) < maxGroup {
		p, ok := r.conjoined(cur)
		if !ok || p < r.a {
			break
		}
		v := r.unitAt(p)
		if int(v.last) != p || !r.inSentence(v) || !r.admissible(v, ts, ks) || prefixBlocks(r.prefix(v)) {
			break
		}
		s.tmp = r.appendReversed(s.tmp, v)
		cur = v
		for r.isComma(int(cur.first)-1) && int(cur.first)-2 >= r.a && len(s.tmp) < maxGroup {
			w := r.unitAt(int(cur.first) - 2)
			if int(w.last) != int(cur.first)-2 || !r.inSentence(w) || !r.admissible(w, ts, ks) || len(r.prefix(w)) > 0 && !bytes.Equal(r.prefix(w), letterWaw) {
				break
			}
			s.tmp = r.appendReversed(s.tmp, w)
			cur = w
		}
	}
	dst = dst[:0]
	for i := len(s.tmp) - 1; i >= 0; i-- {
		dst = append(dst, s.tmp[i])
	}
	return dst, cur
}

func (r *run) appendReversed(dst []int32, u unit) []int32 {
	n := len(dst)
	dst = r.members(dst, u)
	for i, j := n, len(dst)-1; i < j; i, j = i+1, j-1 {
		dst[i], dst[j] = dst[j], dst[i]
	}
	return dst
}

// isProclitic reports whether a literal is a single proclitic letter.
func isProclitic(lit string) bool {
	switch lit {
	case "و", "ف", "ب", "ل", "ك":
		return true
	}
	return false
}

// litRight matches a literal at position p; it returns the next position
// (p itself when the literal is a proclitic attached to the unit at p).
func (r *run) litRight(e *elem, p int) (int, bool) {
	if p >= r.b {
		return 0, false
	}
	u := r.unitAt(p)
	w := r.s.word(p)
	for _, lit := range e.lits {
		if u.kind == uTok {
			if _, ok := r.honorific(p); ok && isProclitic(lit) {
				continue
			}
			if string(w) == lit || !isProclitic(lit) && conjWord(w, lit) {
				return p + 1, true
			}
			continue
		}
		if isProclitic(lit) && int(u.first) == p && bytes.Contains(r.prefix(u), []byte(lit)) {
			return p, true
		}
	}
	if hp, ok := r.honorific(p); ok {
		for _, lit := range e.lits {
			if isProclitic(lit) && bytes.Contains(hp, []byte(lit)) {
				return p, true
			}
		}
	}
	return 0, false
}

// litLeft matches a literal ending at position p (leftwards); the literal
// may be a proclitic of what starts at p+1 (the trigger or a unit).
func (r *run) litLeft(e *elem, p int) (int, bool) {
	for _, lit := range e.lits {
		if isProclitic(lit) && p+1 < r.b {
			var pre []byte
			if p+1 == int(r.o.i) {
				pre = r.s.prefixAt(p+1, int(r.o.stem))
			} else if hp, ok := r.honorific(p + 1); ok {
				pre = hp
			} else if u := r.unitAt(p + 1); int(u.first) == p+1 {
				pre = r.prefix(u)
			}
			if bytes.Contains(pre, []byte(lit)) {
				return p, true
			}
		}
		if p >= r.a && r.unitAt(p).kind == uTok {
			w := r.s.word(p)
			if string(w) == lit || !isProclitic(lit) && conjWord(w, lit) {
				return p - 1, true
			}
		}
	}
	return 0, false
}

// conjWord reports whether w is lit with the conjunction و or ف.
func conjWord(w []byte, lit string) bool {
	return len(w) == len(lit)+2 && (string(w[:2]) == "و" || string(w[:2]) == "ف") && string(w[2:]) == lit
}

func (r *run) argSets(k elemKind) (typeSet, *kindSet) {
	if k == eSubj {
		return r.rule.subj, r.rule.sKinds
	}
	return r.rule.obj, r.rule.oKinds
}

// left matches the elements before the trigger, nearest first, from
// position p leftwards; then the elements after it.
func (r *run) left(els []elem, k, p int) bool {
	if k == len(els) {
		r.lo = p + 1
		return r.right(r.pat.right, 0, int(r.o.j)+1, r.trigPrep)
	}
	e := &els[k]
	switch e.kind {
	case eGap:
		q := p
		for g := 0; ; g++ {
			if r.left(els, k+1, q) {
				return true
			}
			if g == e.max || q < r.a {
				return false
			}
			u := r.unitAt(q)
			if r.stops(u) {
				return false
			}
			q = int(u.first) - 1
		}
	case eLit:
		if q, ok := r.litLeft(e, p); ok && r.left(els, k+1, q) {
			return true
		}
		return e.optional && r.left(els, k+1, p)
	case eAny:
		if p < r.a {
			return false
		}
		u := r.unitAt(p)
		if int(u.last) != p || int(u.first) < r.a {
			return false
		}
		return r.left(els, k+1, int(u.first)-1)
	case eSubj, eObj:
		if p < r.a {
			return false
		}
		u := r.unitAt(p)
		ts, ks := r.argSets(e.kind)
		if int(u.last) != p || !r.inSentence(u) || !r.admissible(u, ts, ks) {
			return false
		}
		litNext := k+1 < len(els) && els[k+1].kind == eLit
		grouped := !(r.rule.title && e.kind == eSubj)
		tried := -1
		for attempt := 0; attempt < 2; attempt++ {
			var g []int32
			lu := u
			if attempt == 0 {
				if !grouped {
					continue
				}
				g, lu = r.groupLeft(r.buf(e.kind), u, ts, ks)
				tried = len(g)
			} else {
				g = r.members(r.buf(e.kind)[:0], u)
				if len(g) == tried {
					break // the group was u alone
				}
			}
			r.setBuf(e.kind, g)
			if r.blocked(lu) && !litNext {
				continue
			}
			from, _ := r.lead(lu)
			if r.left(els, k+1, from-1) {
				return true
			}
		}
		return false
	}
	return false
}

// right matches the elements after the trigger from position p.
func (r *run) right(els []elem, k, p int, afterLit bool) bool {
	if k == len(els) {
		r.hi = p - 1
		return true
	}
	e := &els[k]
	switch e.kind {
	case eGap:
		q := p
		for g := 0; ; g++ {
			if r.right(els, k+1, q, afterLit && g == 0) {
				return true
			}
			if g == e.max || q >= r.b {
				return false
			}
			u := r.unitAt(q)
			if r.stops(u) {
				return false
			}
			q = int(u.last) + 1
		}
	case eLit:
		if q, ok := r.litRight(e, p); ok && r.right(els, k+1, q, true) {
			return true
		}
		return e.optional && r.right(els, k+1, p, afterLit)
	case eAny:
		if p >= r.b {
			return false
		}
		u := r.unitAt(p)
		if int(u.first) != p || !r.inSentence(u) {
			return false
		}
		return r.right(els, k+1, int(u.last)+1, false)
	case eSubj, eObj:
		p = r.skipHonorifics(p)
		if p >= r.b {
			return false
		}
		u := r.unitAt(p)
		ts, ks := r.argSets(e.kind)
		if int(u.first) != p || !r.inSentence(u) || !r.admissible(u, ts, ks) {
			return false
		}
		if !afterLit && r.blocked(u) {
			return false
		}
		// A title's subject is coordinated only when its objects are
		// (وزيرا الدفاع الروسي والصيني، شويغو ولي): الرئيس الروسي بوتين
		// وشي is Putin alone.
		grouped := !(r.rule.title && e.kind == eSubj && len(r.s.gob) < 2)
		tried := -1
		for attempt := 0; attempt < 2; attempt++ {
			var g []int32
			last := int(u.last)
			if attempt == 0 {
				if !grouped {
					continue
				}
				g, last = r.groupRight(r.buf(e.kind), u, ts, ks)
				tried = len(g)
			} else {
				g = r.members(r.buf(e.kind)[:0], u)
				if len(g) == tried {
					break // the group was u alone
				}
			}
			r.setBuf(e.kind, g)
			if r.right(els, k+1, last+1, false) {
				return true
			}
		}
		return false
	}
	return false
}

func (r *run) buf(k elemKind) []int32 {
	if k == eSubj {
		return r.s.gs
	}
	return r.s.gob
}

func (r *run) setBuf(k elemKind, g []int32) {
	if k == eSubj {
		r.s.gs = g
	} else {
		r.s.gob = g
	}
}
