package arabic

// Analysis is one reading of a normalized word as proclitics followed by a
// stem. The stem's lookup key is word[Skip:], or "ا"+word[Skip:] when
// Restore is set: after the preposition ل the article ال loses its alef
// (للأمم = ل + الأمم), so the reading restores it and the stem, as a span of
// the original text, starts at the second ل.
type Analysis struct {
	Skip    int    // bytes of the normalized word taken by proclitics
	Restore bool   // stem key is "ا" + word[Skip:]
	Prefix  string // the proclitics as written, normalized ("و", "وب", "ل"...)
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

// Proclitic letters, normalized.
const (
	waw = "و"
	fa  = "ف"
	ba  = "ب"
	kaf = "ك"
	lam = "ل"
)

// minStem is the shortest stem, in bytes (two Arabic letters), a reading
// may leave.
const minStem = 2 * letterLen

// Clitics appends to dst every candidate (proclitics, stem) reading of a
// normalized word, the bare word first: the conjunctions و ف, then the
// prepositions ب ل ك, then (kept inside the stem) the article ال, with the
// combinations وال، بال، فال، كال، لل، ولل، وبال، فبال، وكال…. They are
// candidates only: which reading is right is for the lexicon to decide.
func Clitics(dst []Analysis, word []byte) []Analysis {
	dst = append(dst, Analysis{})
	has := func(at int, letter string) bool {
		return len(word) >= at+letterLen && string(word[at:at+letterLen]) == letter
	}
	add := func(skip int, restore bool, prefix string) {
		rest := len(word) - skip
		if restore {
			rest += letterLen
		}
		if rest >= minStem {
			dst = append(dst, Analysis{Skip: skip, Restore: restore, Prefix: prefix})
		}
	}
	for _, conj := range [...]string{"", waw, fa} {
		at := 0
		if conj != "" {
			if !has(0, conj) {
				continue
			}
			at = letterLen
			add(at, false, conj)
		}
		for _, prep := range [...]string{ba, kaf, lam} {
			if !has(at, prep) {
				continue
			}
			add(at+letterLen, false, conj+prep)
			if prep == lam && has(at+letterLen, lam) {
				// لل: ل + ال with the alef elided; the span starts at the
				// article's ل.
				add(at+letterLen, true, conj+prep)
			}
		}
	}
	return dst
}

// HasArticle reports whether a normalized stem starts with the article ال
// followed by at least two letters.
func HasArticle(stem []byte) bool {
	return len(stem) >= 2*letterLen+minStem && string(stem[:2*letterLen]) == "ال"
}
