package entity

import (
	"strings"

	"github.com/kayan-nlp/kayan/internal/arabic"
)

// lexMatch is a lexicon phrase over tokens [i, j].
type lexMatch struct {
	e     *lexEntry
	i, j  int
	start int
	found bool
}

// lexAt finds the longest lexicon phrase of one of the given kinds starting
// at token i (proclitics allowed on its first word).
func (t *Tagger) lexAt(s *scratch, i int, kinds ...uint8) (best lexMatch) {
	n := len(s.atoks)
	for _, c := range s.tokCands(i) {
		node := t.lex.root(c.id)
		for j := i; node != 0; {
			for _, p := range t.lex.payloads(node) {
				e := &t.lexInfo[p.entry]
				ok := false
				for _, k := range kinds {
					ok = ok || e.kind == k
				}
				if ok && (!best.found || j > best.j) {
					best = lexMatch{e, i, j, int(c.start), true}
				}
			}
			j++
			if j >= n || s.atoks[j].NewlineBefore {
				break
			}
			node = t.lex.child(node, s.ids[j])
		}
	}
	return best
}

// topAt returns the top-level mention starting at token i, or -1.
func (d *Document) topAt(s *scratch, i int) int {
	if i >= len(s.cover) || s.cover[i] < 0 {
		return -1
	}
	k := int(s.cover[i])
	if d.Mentions[k].Start < int(s.atoks[i].Start) {
		return -1
	}
	return k
}

// lastTok returns the index of the last token of mention k, starting at token i.
func (s *scratch) lastTok(k, i int) int {
	for i+1 < len(s.cover) && s.cover[i+1] == int32(k) {
		i++
	}
	return i
}

// compose finds institutions named by a head and a nationality or country:
// وزارة الدفاع الروسية، الجيش الأردني، وزارة خارجية مصر، and gazetteer
// organizations followed by their nationality (جيش التحرير الشعبي الصيني).
func (t *Tagger) compose(d *Document, s *scratch) {
	n := len(s.atoks)
	for i := 0; i < n; i++ {
		if k := d.topAt(s, i); k >= 0 {
			m := &d.Mentions[k]
			last := s.lastTok(k, i)
			if m.Type == Organization && last+1 < n && m.Source != FromContext && s.organ(k) {
				if nk := d.topAt(s, last+1); nk >= 0 && d.Mentions[nk].Type == Nationality &&
					d.Mentions[nk].Country != "" && (m.Country == "" || m.Country == d.Mentions[nk].Country) &&
					!s.atoks[last+1].NewlineBefore {
					nat := &d.Mentions[nk]
					m.End = nat.End
					if m.Country == "" {
						m.Country = nat.Country
					}
					nat.Nested = true
					s.cover[last+1] = int32(k)
				}
			}
			i = s.lastTok(k, i)
			continue
		}
		lm := t.lexAt(s, i, lexHead, lexConstruct)
		if !lm.found || lm.j+1 >= n || s.atoks[lm.j+1].NewlineBefore {
			continue
		}
		if i > 0 && !s.atoks[i].NewlineBefore && titleHeads[string(s.norm.Bytes()[s.ns[i-1]:s.ns[i]])] {
			continue // وزيرة الدفاع الألمانية، رئيس الحكومة الإسرائيلية: a title, not the institution
		}
		nk := d.topAt(s, lm.j+1)
		if nk < 0 {
			continue
		}
		nat := &d.Mentions[nk]
		switch {
		case lm.e.kind == lexHead && nat.Type == Nationality:
			fem := strings.HasSuffix(nat.Text(d), "ة") || strings.HasSuffix(nat.Text(d), "ه")
			if fem != lm.e.fem {
				continue
			}
		case lm.e.kind == lexConstruct && nat.Type == Country:
		default:
			continue
		}
		ci := t.countryIndex(nat.ID)
		if ci < 0 {
			continue
		}
		ri, ok := t.composed[uint64(lm.e.head)<<32|uint64(ci)]
		if !ok {
			continue
		}
		r := &t.recs[ri]
		last := s.lastTok(nk, lm.j+1)
		nat.Nested = true
		d.add(s, Mention{
			Start: lm.start, End: nat.End, Type: Organization, ID: t.recID(r),
			Name: t.recName(r), NameEn: t.recNameEn(r), Country: t.country(r), Source: FromComposition,
		}, i, last)
		i = last
	}
}

// organ reports whether mention k is a gazetteer organization that is an
// organ of a state (its nationality may follow it: جيش التحرير الشعبي
// الصيني), unlike a company, club or party (حزب الله اللبناني names the
// party, then Lebanon).
func (s *scratch) organ(k int) bool { return s.organs[k] }

// countryIndex returns the rec index of a country id, or -1.
func (t *Tagger) countryIndex(id string) int {
	lo, hi := 0, len(t.countryRecs)
	for lo < hi {
		m := (lo + hi) / 2
		if t.recID(&t.recs[t.countryRecs[m]]) < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(t.countryRecs) && t.recID(&t.recs[t.countryRecs[lo]]) == id {
		return int(t.countryRecs[lo])
	}
	return -1
}

// nameLike reports whether token i can be part of a name read from context.
func (t *Tagger) nameLike(d *Document, s *scratch, i int, first bool) bool {
	tk := s.atoks[i]
	if tk.Kind != arabic.Word || s.cover[i] >= 0 {
		return false
	}
	if s.ids[i] != 0 && t.flags[s.ids[i]]&flagStop != 0 {
		return false
	}
	w := s.norm.Bytes()[s.ns[i]:s.ns[i+1]]
	if len(w) < 4 { // one letter
		return false
	}
	for _, b := range w {
		if b < 0x80 { // Latin letters or digits: not an Arabic name
			return false
		}
	}
	if !first && s.ids[i] != 0 && t.flags[s.ids[i]]&flagParticle != 0 && string(w[:2]) != "و" {
		return true // بن، عبد، آل inside a name
	}
	given := s.ids[i] != 0 && t.flags[s.ids[i]]&(flagGiven|flagGivenAmb) != 0
	if !given && arabic.HasArticle(w) {
		// الوليد، الحسن: a given name with the article
		id := t.vocab.get(w[4:])
		given = id != 0 && t.flags[id]&(flagGiven|flagGivenAmb) != 0
	}
	if !given && (isCommon(string(w)) || strings.HasSuffix(string(w), "ه") && len(w) > 4) {
		if first || !arabic.HasArticle(w) {
			return false // ordinary words, and words in ة after the first, are not names
		}
	}
	if first {
		if arabic.HasArticle(w) && !given && strings.HasPrefix(d.Text[tk.Start:tk.End], "ال") &&
			!t.beforeIbn(s, i) {
			return false // the article; أل of ألكسندر is no article; الوليد بن… is a name
		}
		if !given && s.ids[i] == 0 && (string(w[:2]) == "و" || string(w[:2]) == "ف" ||
			procliticStart(w) && isCommon(string(w[2:]))) {
			return false // وعين، بحلول: a proclitic on an ordinary word
		}
		if t.lexAt(s, i, lexTitle, lexPlace, lexOrg, lexHead).found {
			return false
		}
	} else if string(w[:2]) == "و" && (s.ids[i] == 0 || t.flags[s.ids[i]]&flagParticle == 0) {
		return false // a conjunction starts the next phrase
	}
	return true
}

// readName reads a name of 1–4 words (particles not counted) starting at
// token i and returns its last token, or -1.
func (t *Tagger) readName(d *Document, s *scratch, i int) int {
	n := len(s.atoks)
	if i >= n || !t.nameLike(d, s, i, true) {
		return -1
	}
	last, content := i, 0
	if s.ids[i] == 0 || t.flags[s.ids[i]]&flagParticle == 0 {
		content++
	}
	firstGiven := s.ids[i] != 0 && t.flags[s.ids[i]]&(flagGiven|flagGivenAmb) != 0
	for j := i + 1; j < n && content < 4; j++ {
		if s.atoks[j].NewlineBefore {
			break
		}
		if j == i+1 && firstGiven && s.atoks[j].Kind == arabic.Word && s.cover[j] < 0 &&
			(s.ids[j] == 0 || t.flags[s.ids[j]]&flagStop == 0) && !t.nameLike(d, s, j, false) &&
			!procliticStart(s.norm.Bytes()[s.ns[j]:s.ns[j+1]]) {
			last = j // يحيى سريع: a surname that is also a word
			content++
			break
		}
		if k := d.topAt(s, j); k >= 0 && d.Mentions[k].Type == Person && s.lastTok(k, j) == j &&
			d.Mentions[k].Start == int(s.atoks[j].Start) {
			// a surname known alone (نوفاك) after a first name: one person
			d.Mentions[k].Type = 0
			s.cover[j] = -1
			last = j
			break
		}
		if !t.nameLike(d, s, j, false) {
			// A nisba after a given name is a family name (منيب المصري).
			if k := d.topAt(s, j); k >= 0 && d.Mentions[k].Type == Nationality && s.lastTok(k, j) == j &&
				strings.HasPrefix(d.Mentions[k].Text(d), "ال") {
				d.Mentions[k].Type = 0 // removed when the document is finished
				s.cover[j] = -1
				last = j
				content++
			}
			break
		}
		afterParticle := s.ids[j-1] != 0 && t.flags[s.ids[j-1]]&flagParticle != 0
		if !afterParticle && t.lexAt(s, j, lexTitle, lexHead).found || !t.continuesName(s, i, j, content) {
			break
		}
		last = j
		if s.ids[j] == 0 || t.flags[s.ids[j]]&flagParticle == 0 {
			content++
		}
	}
	if s.ids[last] != 0 && t.flags[s.ids[last]]&flagParticle != 0 {
		last-- // a name does not end in بن or عبد
	}
	if last < i || content == 0 {
		return -1 // particles alone are no name
	}
	return last
}

// continuesName decides whether token j (after tokens i..j-1, holding
// content name words) goes on with a name read from context. Names rarely
// carry a proclitic or a verb prefix inside (كوندوليزا رايس ستزور، صامويل إيتو
// بتمزق); a third word or more must be tied by a particle, be a given name
// or a family name with the article that is no ordinary word.
func (t *Tagger) continuesName(s *scratch, i, j, content int) bool {
	id := s.ids[j]
	if id != 0 && t.flags[id]&(flagParticle|flagGiven) != 0 {
		return true
	}
	w := s.norm.Bytes()[s.ns[j]:s.ns[j+1]]
	if id == 0 && len(w) >= 8 {
		switch string(w[:2]) {
		case "ب", "ل", "ك", "ف":
			return false
		case "س":
			if c := string(w[2:4]); c == "ي" || c == "ت" || c == "ن" {
				return false // future verbs: ستزور، سيلتقي
			}
		case "ي", "ت":
			if j > i+1 {
				return false // present verbs: يصف، تضم
			}
		}
	}
	after := s.ids[j-1] != 0 && t.flags[s.ids[j-1]]&flagParticle != 0
	if content >= 2 && !after {
		return arabic.HasArticle(w) && !isCommon(string(w)) && !isCommon(string(w[4:]))
	}
	return true
}

// contextNames finds persons after titles (الرئيس فلان، فلان، وزير الخارجية),
// places after مدينة / بلدة… and organizations after حزب / حركة….
func (t *Tagger) contextNames(d *Document, s *scratch) {
	n := len(s.atoks)
	for i := 0; i < n; i++ {
		if s.cover[i] >= 0 {
			if k := d.topAt(s, i); k >= 0 && d.Mentions[k].Type == Nationality {
				i = t.afterNationality(d, s, k, s.lastTok(k, i))
			}
			continue
		}
		lm := t.lexAt(s, i, lexTitle, lexPlace, lexOrg)
		if !lm.found {
			continue
		}
		k := lm.j + 1
		country := ""
		switch lm.e.kind {
		case lexTitle:
			// title (portfolio) (nationality | country | organization)* (،) name
			if pm := t.lexAt(s, min(k, n-1), lexPortfolio); k < n && pm.found {
				k = pm.j + 1
			}
			for skipped := 0; k < n && !s.atoks[k].NewlineBefore; {
				mk := d.topAt(s, k)
				if mk < 0 && skipped < 3 && s.cover[k] < 0 && t.definiteWord(s, k) && !t.beforeIbn(s, k) {
					k++ // الرئيس التنفيذي للشركة، المتحدثة باسم المنظمة
					skipped++
					continue
				}
				if mk >= 0 && d.Mentions[mk].Type == Nationality && s.ids[k] != 0 &&
					t.flags[s.ids[k]]&flagGiven != 0 && !strings.HasPrefix(d.Mentions[mk].Text(d), "ال") {
					d.Mentions[mk].Type = 0 // تركي الشمري: a given name, not "Turkish"
					s.cover[k] = -1
					break
				}
				if mk < 0 && s.atoks[k].Kind == arabic.Word && string(s.norm.Bytes()[s.ns[k]:s.ns[k+1]]) == "باسم" {
					k++ // المتحدث العسكري باسم
					continue
				}
				if mk < 0 || d.Mentions[mk].Type == Person {
					break
				}
				if country == "" {
					country = d.Mentions[mk].Country
				}
				k = s.lastTok(mk, k) + 1
			}
			if k < n && s.atoks[k].Kind == arabic.Punct && (d.Text[s.atoks[k].Start:s.atoks[k].End] == "،" || d.Text[s.atoks[k].Start:s.atoks[k].End] == ",") {
				k++
			}
			if k < n && d.topAt(s, k) >= 0 {
				continue // already a known person (or something else)
			}
			last := t.readName(d, s, k)
			if last < 0 {
				t.apposition(d, s, lm, country)
				continue
			}
			d.add(s, Mention{
				Start: int(s.atoks[k].Start), End: int(s.atoks[last].End), Type: Person,
				Name: d.Text[s.atoks[k].Start:s.atoks[last].End], Country: country, Source: FromContext,
			}, k, last)
			i = last
		case lexPlace:
			for k < n && d.topAt(s, k) >= 0 && d.Mentions[d.topAt(s, k)].Type == Nationality {
				k = s.lastTok(d.topAt(s, k), k) + 1
			}
			particle := k+1 < n && k < n && (s.ids[k] != 0 && t.flags[s.ids[k]]&flagParticle != 0 ||
				placeStarters[string(s.norm.Bytes()[s.ns[k]:s.ns[k+1]])])
			if k >= n || s.cover[k] >= 0 || s.atoks[k].NewlineBefore || !particle && !t.placeLike(s, k) ||
				!particle && t.commonStem(s, k) {
				continue // منطقة التجارة الحرة، قرية المعرفة
			}
			last := k
			if particle {
				last = k + 1 // أم الخير، أبو ديس
			} else if k+1 < n && !s.atoks[k+1].NewlineBefore && s.cover[k+1] < 0 && t.placeLike(s, k+1) &&
				!t.isAdjective(s, k+1) {
				last = k + 1
			}
			d.add(s, Mention{
				Start: int(s.atoks[k].Start), End: int(s.atoks[last].End), Type: Location,
				Name: d.Text[s.atoks[k].Start:s.atoks[last].End], Source: FromContext,
			}, k, last)
			i = last
		case lexOrg:
			if k < n && !s.atoks[k].NewlineBefore {
				if pk := d.topAt(s, k); pk >= 0 && (d.Mentions[pk].Type == Location || d.Mentions[pk].Type == Country) &&
					s.lastTok(pk, k) == k && orgOfPlace[string(s.norm.Bytes()[s.ns[i]:s.ns[i+1]])] {
					// جامعة القاهرة: an organization named by a place, which stays nested
					place := &d.Mentions[pk]
					place.Nested = true
					d.add(s, orgMention(lm.start, place.End, d.Text[lm.start:place.End], place.Country), i, k)
					i = k
					continue
				}
			}
			if k >= n || s.cover[k] >= 0 || s.atoks[k].NewlineBefore || !t.placeLike(s, k) {
				continue
			}
			if s.ids[k] == 0 && (k+1 >= n || !t.definiteWord(s, k+1) || s.cover[k+1] >= 0) && t.commonStem(s, k) {
				continue // حركة الطائرات، مجموعة دول: "movement of", "group of"
			}
			// حزب الأمة، حركة شباب التغيير: a definite or known first word,
			// or an indefinite one in construct with a definite word; then
			// definite words only.
			if !t.definiteWord(s, k) && s.ids[k] == 0 &&
				(k+1 >= n || s.atoks[k+1].NewlineBefore || s.cover[k+1] >= 0 || !t.definiteWord(s, k+1)) {
				continue
			}
			last := k
			for x := k + 1; x < n && x <= k+2 && !s.atoks[x].NewlineBefore && s.cover[x] < 0 &&
				t.placeLike(s, x) && t.definiteWord(s, x); x++ {
				last = x
			}
			d.add(s, Mention{
				Start: lm.start, End: int(s.atoks[last].End), Type: Organization,
				Name: d.Text[lm.start:s.atoks[last].End], Source: FromContext,
			}, i, last)
			i = last
		}
	}
}

// orgMention is an organization found from context.
func orgMention(start, end int, name, country string) Mention {
	return Mention{Start: start, End: end, Type: Organization, Name: name, Country: country, Source: FromContext}
}

// givenNamePersons finds persons named by a given name followed by one to
// three more name words (محمد الحسن، جورج بوش) where no title introduces them.
func (t *Tagger) givenNamePersons(d *Document, s *scratch) {
	n := len(s.atoks)
	for i := 0; i+1 < n; i++ {
		if s.cover[i] >= 0 || s.atoks[i].Kind != arabic.Word {
			continue
		}
		start := -1
		for _, c := range s.tokCands(i) {
			if c.id != 0 && t.flags[c.id]&flagGiven != 0 && t.flags[c.id]&flagStop == 0 {
				start = int(c.start)
				break
			}
			if w := s.norm.Bytes()[c.ns:s.ns[i+1]]; arabic.HasArticle(w) && t.beforeIbn(s, i) {
				if id := t.vocab.get(w[4:]); id != 0 && t.flags[id]&(flagGiven|flagGivenAmb) != 0 {
					start = int(c.start) // الوليد بن عبد الملك
					break
				}
			}
			if c.id != 0 && kunya[string(s.norm.Bytes()[c.ns:s.ns[i+1]])] && s.cover[i+1] < 0 &&
				s.atoks[i+1].Kind == arabic.Word && !s.atoks[i+1].NewlineBefore &&
				(s.ids[i+1] != 0 && t.flags[s.ids[i+1]]&(flagGiven|flagGivenAmb|flagParticle) != 0 ||
					!isCommon(string(s.norm.Bytes()[s.ns[i+1]:s.ns[i+2]]))) {
				start = int(c.start) // أبو مازن، أبو عبد الله: a kunya
				break
			}
		}
		if start < 0 {
			continue
		}
		last, content := i, 1
		for j := i + 1; j < n && content < 4; j++ {
			if s.atoks[j].NewlineBefore || !t.nameLike(d, s, j, false) {
				break
			}
			// after a particle any word is part of the name (عبد الملك)
			afterParticle := s.ids[j-1] != 0 && t.flags[s.ids[j-1]]&flagParticle != 0
			particle := s.ids[j] != 0 && t.flags[s.ids[j]]&flagParticle != 0
			if !afterParticle && !particle && j > i+1 && isCommon(string(s.norm.Bytes()[s.ns[j]:s.ns[j+1]])) {
				break
			}
			if !afterParticle && t.lexAt(s, j, lexTitle, lexHead, lexPlace, lexOrg).found {
				break
			}
			last = j
			if s.ids[j] == 0 || t.flags[s.ids[j]]&flagParticle == 0 {
				content++
			}
		}
		for last > i && s.ids[last] != 0 && t.flags[s.ids[last]]&flagParticle != 0 {
			last--
		}
		if last == i {
			continue
		}
		d.add(s, Mention{
			Start: start, End: int(s.atoks[last].End), Type: Person,
			Name: d.Text[start:s.atoks[last].End], Source: FromContext,
		}, i, last)
		i = last
	}
}

// commonStem reports whether token i, without its article or proclitics,
// is an ordinary word.
func (t *Tagger) commonStem(s *scratch, i int) bool {
	w := string(s.norm.Bytes()[s.ns[i]:s.ns[i+1]])
	if isCommon(w) {
		return true
	}
	for _, p := range [...]string{"ال", "لل", "بال", "وال"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+4 {
			r := w[len(p):]
			if p == "لل" {
				r = "ل" + r
			}
			if isCommon(r) || isCommon("ال"+r) {
				return true
			}
		}
	}
	return false
}

// clitCommon reports whether token i reads as proclitics and a function word
// (بأن = ب + أن).
func (t *Tagger) clitCommon(s *scratch, i int) bool {
	w := s.norm.Bytes()[s.ns[i]:s.ns[i+1]]
	if !procliticStart(w) || len(w) > 8 {
		return false
	}
	s.an = arabic.Clitics(s.an[:0], w)
	for _, a := range s.an[1:] {
		s.buf = a.Stem(s.buf[:0], w)
		if id := t.vocab.get(s.buf); id != 0 && t.flags[id]&flagStop != 0 || isCommon(string(s.buf)) {
			return true
		}
	}
	return false
}

// beforeIbn reports whether token i is followed by بن / ابن / بنت (الوليد بن
// عبد الملك: a name, even with the article).
func (t *Tagger) beforeIbn(s *scratch, i int) bool {
	if i+1 >= len(s.atoks) || s.atoks[i+1].NewlineBefore {
		return false
	}
	switch string(s.norm.Bytes()[s.ns[i+1]:s.ns[i+2]]) {
	case "بن", "ابن", "بنت":
		return true
	}
	return false
}

// definiteWord reports whether token i is a word with the article, possibly
// behind a preposition (الشركة، للشركة، بالمنظمة).
func (t *Tagger) definiteWord(s *scratch, i int) bool {
	if s.atoks[i].Kind != arabic.Word {
		return false
	}
	w := s.norm.Bytes()[s.ns[i]:s.ns[i+1]]
	if arabic.HasArticle(w) {
		// the article is written ال; أل and إل begin names (ألكسندر)
		return s.ids[i] == 0 || t.flags[s.ids[i]]&flagGiven == 0
	}
	return len(w) > 8 && (string(w[:4]) == "لل" || string(w[:6]) == "بال" || string(w[:6]) == "وال")
}

// afterNationality reads a person named right after a nationality
// adjective (البرازيلي رونالدو نازاريو، الفرنسي جاك شيراك): a given name, or two
// name words that are no ordinary words. It returns the last token used.
func (t *Tagger) afterNationality(d *Document, s *scratch, k, last int) int {
	n := len(s.atoks)
	i := last + 1
	if i >= n || s.atoks[i].NewlineBefore || s.cover[i] >= 0 || !strings.HasPrefix(d.Mentions[k].Text(d), "ال") {
		return last
	}
	given := s.ids[i] != 0 && t.flags[s.ids[i]]&flagGiven != 0
	if !given {
		for _, x := range [2]int{i, i + 1} {
			if x < n && (strings.HasSuffix(string(s.norm.Bytes()[s.ns[x]:s.ns[x+1]]), "ا") ||
				strings.ContainsAny(d.Text[s.atoks[x].Start:s.atoks[x].End], "\u064B\u064C\u064D")) {
				return last // تحسنا ملحوظا: accusatives, not names
			}
		}
		if i+1 >= n || s.atoks[i+1].NewlineBefore || !t.nameLike(d, s, i, true) || !t.nameLike(d, s, i+1, false) ||
			isCommon(string(s.norm.Bytes()[s.ns[i]:s.ns[i+1]])) {
			return last
		}
	}
	e := t.readName(d, s, i)
	if e < 0 || e == i && !given {
		return last
	}
	d.add(s, Mention{
		Start: int(s.atoks[i].Start), End: int(s.atoks[e].End), Type: Person,
		Name: d.Text[s.atoks[i].Start:s.atoks[e].End], Country: d.Mentions[k].Country, Source: FromContext,
	}, i, e)
	return e
}

// placeLike reports whether token i may be part of a place or organization
// name read after a keyword.
func (t *Tagger) placeLike(s *scratch, i int) bool {
	tk := s.atoks[i]
	if tk.Kind != arabic.Word {
		return false
	}
	id := s.ids[i]
	if id != 0 && t.flags[id]&flagStop != 0 {
		return false
	}
	w := s.norm.Bytes()[s.ns[i]:s.ns[i+1]]
	if len(w) < 4 || w[0] < 0x80 {
		return false
	}
	if string(w[:2]) == "و" && len(w) > 6 {
		return false
	}
	return !t.lexAt(s, i, lexTitle, lexPlace, lexOrg, lexHead).found
}

// isAdjective guesses whether a word is an adjective following a name:
// nisba-like words ending in ي / ية (الساحلية، الجنوبي).
func (t *Tagger) isAdjective(s *scratch, i int) bool {
	w := string(s.norm.Bytes()[s.ns[i]:s.ns[i+1]])
	return strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ي") && strings.HasPrefix(w, "ال")
}

// apposition finds "NAME، TITLE": a name right before a comma that precedes
// a role title.
func (t *Tagger) apposition(d *Document, s *scratch, lm lexMatch, country string) {
	i := lm.i
	if lm.e.role == "" || i < 2 {
		return
	}
	comma := d.Text[s.atoks[i-1].Start:s.atoks[i-1].End]
	if comma != "،" && comma != "," || s.atoks[i].NewlineBefore {
		return
	}
	end := i - 2
	start := end
	for start >= 0 && end-start < 4 && t.nameLike(d, s, start, false) && !s.atoks[start].NewlineBefore {
		start--
	}
	start++
	for start <= end && !t.nameLike(d, s, start, true) {
		start++
	}
	if start > end || start == end && end-1 >= 0 && s.atoks[end-1].Kind == arabic.Word && s.cover[end-1] < 0 &&
		(s.ids[end-1] == 0 || t.flags[s.ids[end-1]]&flagStop == 0) {
		return
	}
	d.add(s, Mention{
		Start: int(s.atoks[start].Start), End: int(s.atoks[end].End), Type: Person,
		Name: d.Text[s.atoks[start].Start:s.atoks[end].End], Country: country, Source: FromContext,
	}, start, end)
}

// coreference resolves surnames and given names to full names found earlier
// in the document (شويغو → سيرغي شويغو), overriding single-word readings
// (المصري after منيب المصري), and accepts the short aliases whose entry the
// document names in full.
func (t *Tagger) coreference(d *Document, s *scratch) {
	clear(s.keys)
	clear(s.seen)
	s.keySig = [4]uint64{}
	n := len(s.atoks)
	// first token of each person mention, for the keys
	for i := 0; i < n; i++ {
		k := d.topAt(s, i)
		if k < 0 {
			continue
		}
		last := s.lastTok(k, i)
		m := &d.Mentions[k]
		if m.Type == Person && m.Source != FromCoreference {
			if m.ID != "" {
				s.seen[m.ID] = true
			}
			if last > i {
				t.addKey(d, s, m, k, last, false) // the surname
				t.addKey(d, s, m, k, i, true)     // the given name, for gazetteer persons
			}
		}
		i = last
	}
	// deferred short aliases of persons named in full
	for _, df := range s.deferred {
		if !s.seen[t.recID(&t.recs[df.p.entry])] || s.cover[df.i] >= 0 || s.cover[df.j] >= 0 {
			continue
		}
		if s.ids[df.i] != 0 && t.flags[s.ids[df.i]]&flagStop != 0 && df.start != int(s.atoks[df.i].Start) {
			continue // ولي is "guardian", not و + لي
		}
		if df.i == df.j && s.ns[df.i+1]-s.ns[df.i] <= 6 && t.commonStem(s, df.i) || t.clitCommon(s, df.i) {
			continue // بأن is "that", not Ban Ki-moon, whoever the document names
		}
		m := match{df.i, df.j, cand{start: int32(df.start)}, df.p, true}
		mm := t.mention(d, s, &m, FromAlias)
		mm.Source = FromCoreference
		d.add(s, mm, df.i, df.j)
	}
	if len(s.keys) == 0 {
		return
	}
	w := s.norm.Bytes()
	for i := 0; i < n; i++ {
		k := d.topAt(s, i)
		if k >= 0 && s.lastTok(k, i) > i {
			i = s.lastTok(k, i)
			continue
		}
		if k >= 0 && d.Mentions[k].Type == Person {
			continue
		}
		bareStop := s.ids[i] != 0 && t.flags[s.ids[i]]&flagStop != 0
		found := false
		for ci, c := range s.tokCands(i) {
			if ci > 0 && bareStop {
				break
			}
			stem := w[c.ns:s.ns[i+1]]
			var ref int32
			ok := false
			if len(stem) >= 2 && s.mayBeKey(stem, c.rest) { // else no key has these end letters and length
				s.buf = s.buf[:0]
				if c.rest {
					s.buf = append(s.buf, "ا"...)
				}
				s.buf = append(s.buf, stem...)
				ref, ok = s.key(s.buf)
			}
			if ok && c.skip > 0 && s.weakKey(s.buf) && !(c.skip == 2 && string(w[s.ns[i]:s.ns[i]+2]) == "و") {
				ok = false // بعون الله is no reference to عون
			}
			if !ok || ref < 0 || int(c.start) < d.Mentions[ref].End {
				if ci == 0 && s.atoks[i].Kind == arabic.Word && procliticStart(w[s.ns[i]:s.ns[i+1]]) {
					// clitic readings of words not in the vocabulary
					s.an = arabic.Clitics(s.an[:0], w[s.ns[i]:s.ns[i+1]])
					for _, a := range s.an[1:] {
						if bareStop {
							break
						}
						if st := w[s.ns[i]+int32(a.Skip) : s.ns[i+1]]; !s.mayBeKey(st, a.Restore) {
							continue
						}
						s.buf = a.Stem(s.buf[:0], w[s.ns[i]:s.ns[i+1]])
						if s.weakKey(s.buf) && a.Prefix != "و" {
							continue
						}
						if r2, ok2 := s.key(s.buf); ok2 && r2 >= 0 {
							st := s.norm.Start(int(s.ns[i]) + a.Skip)
							if st >= d.Mentions[r2].End {
								t.corefMention(d, s, i, k, int(r2), st)
								found = true
								break
							}
						}
					}
				}
				if found {
					break
				}
				continue
			}
			t.corefMention(d, s, i, k, int(ref), int(c.start))
			break
		}
	}
}

func (t *Tagger) corefMention(d *Document, s *scratch, i, k, ref, start int) {
	r := d.Mentions[ref]
	m := Mention{
		Start: start, End: int(s.atoks[i].End), Type: Person, ID: r.ID, Name: r.Name,
		NameEn: r.NameEn, Country: r.Country, Source: FromCoreference,
	}
	if k >= 0 {
		d.Mentions[k] = m // the person reading wins over a one-word reading
		return
	}
	d.add(s, m, i, i)
}

// addKey records token i's stem (as part of mention k) as a coreference key.
func (t *Tagger) addKey(d *Document, s *scratch, m *Mention, k int, i int, first bool) {
	w := s.norm.Bytes()
	lo := int(s.ns[i])
	if first {
		// skip the proclitics before the mention's start
		for lo < int(s.ns[i+1]) && s.norm.Start(lo) < m.Start {
			lo++
		}
	}
	key := w[lo:s.ns[i+1]]
	if len(key) < 6 { // fewer than three letters: لي، شي collide with words
		return
	}
	if s.ids[i] != 0 && t.flags[s.ids[i]]&(flagParticle|flagStop) != 0 {
		return
	}
	if m.Source == FromContext && s.ids[i] == 0 && !t.definiteNisba(s, i) {
		return // a name read from context refers back by a known name word or a nisba only
	}
	fl := t.flags[t.vocab.get(key)]
	common := isCommon(string(key)) || arabic.HasArticle(key) && isCommon(string(key[4:]))
	switch {
	case fl&flagStop != 0:
		return
	case first:
		// A given name refers back only for a gazetteer person, and not
		// the commonest ones (محمد، علي…) or those that are words.
		if m.ID == "" || common || fl&flagGivenAmb != 0 || frequentGiven[string(key)] {
			return
		}
	case common || fl&(flagGiven|flagGivenAmb) != 0:
		// The surname of a gazetteer person named in full is support
		// enough even when it is a word (ميشال عون … وأضاف عون); of a
		// name read from context it is not.
		if m.ID == "" {
			return // العالم، الدور: ordinary words refer to nobody
		}
	}
	weak := common || fl&flagGivenAmb != 0
	h := hashKey(key)
	if old, ok := s.keys[h]; ok {
		if old.ref >= 0 {
			if o := &d.Mentions[old.ref]; o.ID != m.ID || o.ID == "" && o.Name != m.Name {
				old.ref = -1 // two persons share it: ambiguous
				s.keys[h] = old
			}
		}
		return
	}
	s.keys[h] = corefKey{int32(lo), int32(s.ns[i+1]), int32(k), weak}
	s.keySig[keySig(key[1], key[len(key)-1], len(key))>>6] |= 1 << (keySig(key[1], key[len(key)-1], len(key)) & 63)
}

// keySig folds a word's first and last bytes and length into 8 bits: a
// cheap filter before the coreference keys are hashed.
func keySig(first, last byte, n int) uint8 { return first ^ last<<1 ^ uint8(n)<<4 }

// mayBeKey reports whether a stem (with the restored alef when rest) may be
// a coreference key.
func (s *scratch) mayBeKey(stem []byte, rest bool) bool {
	first, n := stem[1], len(stem)
	if rest {
		first, n = "ا"[1], n+2
	}
	sig := keySig(first, stem[len(stem)-1], n)
	return s.keySig[sig>>6]&(1<<(sig&63)) != 0
}

// corefKey is a coreference key: normalized bytes [lo, hi) and the mention
// it refers to (-1: ambiguous).
type corefKey struct {
	lo, hi, ref int32
	weak        bool // an ordinary word: no proclitic but و before it
}

// hashKey is FNV-1a; keys are verified byte by byte on lookup.
func hashKey(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// key looks a stem up among the coreference keys.
func (s *scratch) key(b []byte) (int32, bool) {
	k, ok := s.keys[hashKey(b)]
	if !ok || string(s.norm.Bytes()[k.lo:k.hi]) != string(b) {
		return 0, false
	}
	return k.ref, true
}

// weakKey reports whether a key is an ordinary word (عون "help"): it
// refers back only as a word of its own or after و.
func (s *scratch) weakKey(b []byte) bool {
	k, ok := s.keys[hashKey(b)]
	return ok && k.weak
}
