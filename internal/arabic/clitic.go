package arabic

// Analysis is one reading of a normalized word as proclitics followed by a
// stem. The stem's lookup key is word[Skip:], or "ا"+word[Skip:] when
// Restore is set: after the preposition ل the article ال loses its alef
// (للأمم = ل + الأمم), so the reading restores it and the stem, as a span of
// the original text, starts at the second ل.
type Analysis struct {
	Skip    int    // bytes of the normalized word taken by proclitics
	Restore bool   // stem key is "ا" + word[Skip:]
	Prefix  string // the proclitics as written, normalized ("و", "وب", "ل"...): word[:Skip]
}

// Stem appends the analysis' lookup key for word to dst.
func (a Analysis) Stem(dst, word []byte) []byte {
	if a.Restore {
		dst = append(dst, "ا"...)
	}
	return append(dst, word[a.Skip:]...)
}

// Arabic letters are two bytes in UTF-8.
const letterLen = 2

// minStem is the shortest stem, in bytes (two Arabic letters), a reading
// may leave.
const minStem = 2 * letterLen

// The proclitic letters, normalized, as their two UTF-8 bytes.
const (
	waw = 0xD988 // و
	fa  = 0xD981 // ف
	ba  = 0xD8A8 // ب
	kaf = 0xD983 // ك
	lam = 0xD984 // ل
)

// prefixes[c][p] is the prefix of conjunction c (none, و, ف) and
// preposition p (none, ب, ك, ل): constants, so that Clitics does not
// allocate.
var prefixes = [3][4]string{
	{"", "ب", "ك", "ل"},
	{"و", "وب", "وك", "ول"},
	{"ف", "فب", "فك", "فل"},
}

// letterAt returns the two bytes at word[at:] (0 past the end).
func letterAt(word []byte, at int) int {
	if at+1 >= len(word) {
		return 0
	}
	return int(word[at])<<8 | int(word[at+1])
}

// Clitics appends to dst every candidate (proclitics, stem) reading of a
// normalized word, the bare word first: the conjunctions و ف, then the
// prepositions ب ل ك, then (kept inside the stem) the article ال, with the
// combinations وال، بال، فال، كال، لل، ولل، وبال، فبال، وكال…. A reading
// leaves a stem of at least two letters, and a restored article at least two
// letters after it (HasArticle holds for the key). They are candidates
// only: which reading is right is for the lexicon to decide.
func Clitics(dst []Analysis, word []byte) []Analysis {
	dst = append(dst, Analysis{})
	dst = appendPrepositions(dst, word, 0, 0)
	c := 0
	switch letterAt(word, 0) {
	case waw:
		c = 1
	case fa:
		c = 2
	default:
		return dst
	}
	if len(word)-letterLen >= minStem {
		dst = append(dst, Analysis{Skip: letterLen, Prefix: prefixes[c][0]})
	}
	return appendPrepositions(dst, word, letterLen, c)
}

// appendPrepositions appends the readings with a preposition at word[at:],
// after conjunction c.
func appendPrepositions(dst []Analysis, word []byte, at, c int) []Analysis {
	p := 0
	switch letterAt(word, at) {
	case ba:
		p = 1
	case kaf:
		p = 2
	case lam:
		p = 3
	default:
		return dst
	}
	skip := at + letterLen
	if len(word)-skip >= minStem {
		dst = append(dst, Analysis{Skip: skip, Prefix: prefixes[c][p]})
	}
	if p == 3 && letterAt(word, skip) == lam && len(word)-skip-letterLen >= minStem {
		// لل: ل + ال with the alef elided; the span starts at the
		// article's ل.
		dst = append(dst, Analysis{Skip: skip, Restore: true, Prefix: prefixes[c][p]})
	}
	return dst
}

// HasArticle reports whether a normalized stem starts with the article ال
// followed by at least two letters.
func HasArticle(stem []byte) bool {
	return len(stem) >= 2*letterLen+minStem && string(stem[:2*letterLen]) == "ال"
}
