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

// conjunctions and prepositions, normalized, and the prefixes they make
// (constants, so that Clitics does not allocate).
var (
	conjunctions = [...]string{"", "و", "ف"}
	prepositions = [...]string{"ب", "ك", "ل"}
	prefixes     = [len(conjunctions)][1 + len(prepositions)]string{
		{"", "ب", "ك", "ل"},
		{"و", "وب", "وك", "ول"},
		{"ف", "فب", "فك", "فل"},
	}
)

// Clitics appends to dst every candidate (proclitics, stem) reading of a
// normalized word, the bare word first: the conjunctions و ف, then the
// prepositions ب ل ك, then (kept inside the stem) the article ال, with the
// combinations وال، بال، فال، كال، لل، ولل، وبال، فبال، وكال…. A reading
// leaves a stem of at least two letters, and a restored article at least two
// letters after it (HasArticle holds for the key). They are candidates
// only: which reading is right is for the lexicon to decide.
func Clitics(dst []Analysis, word []byte) []Analysis {
	dst = append(dst, Analysis{})
	for c, conj := range conjunctions {
		at := len(conj)
		if !hasPrefixAt(word, 0, conj) {
			continue
		}
		if c > 0 && len(word)-at >= minStem {
			dst = append(dst, Analysis{Skip: at, Prefix: prefixes[c][0]})
		}
		for p, prep := range prepositions {
			if !hasPrefixAt(word, at, prep) {
				continue
			}
			skip := at + letterLen
			if len(word)-skip >= minStem {
				dst = append(dst, Analysis{Skip: skip, Prefix: prefixes[c][1+p]})
			}
			if p == 2 && hasPrefixAt(word, skip, "ل") && len(word)-skip-letterLen >= minStem {
				// لل: ل + ال with the alef elided; the span starts at
				// the article's ل.
				dst = append(dst, Analysis{Skip: skip, Restore: true, Prefix: prefixes[c][1+p]})
			}
		}
	}
	return dst
}

func hasPrefixAt(word []byte, at int, p string) bool {
	return len(word) >= at+len(p) && string(word[at:at+len(p)]) == p
}

// HasArticle reports whether a normalized stem starts with the article ال
// followed by at least two letters.
func HasArticle(stem []byte) bool {
	return len(stem) >= 2*letterLen+minStem && string(stem[:2*letterLen]) == "ال"
}
