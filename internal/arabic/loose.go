package arabic

import "unicode/utf8"

// LooseKey appends to dst the loose matching key of a normalized word (the
// output of normalization, not raw text). The loose key absorbs the ways
// Arabic writes foreign names:
//
//   - the g sound: غ ج ق گ ڨ (and ك used for g in some regions is NOT folded:
//     it is a real k in most names) all become ج, so شويغو = شويجو, بينغ = بينج;
//   - v and p: ڤ → ف and پ → ب, as Arabic press writes them; چ → ج (ch/j);
//   - long vowels inside the word (ا و ي after the first letter and before the
//     last one) are dropped, because transliteration writes them or not at will:
//     بوتين = بوتن; a final vowel is kept (شويغو keeps its و), as is a first
//     letter of any kind;
//   - a doubled letter is written once (ماكرون is untouched, but كوللي = كولي);
//     letters around a dropped vowel are not doubled (بابا ≠ با).
//
// The key is for names, not for text: it maps many ordinary words together,
// so the matcher uses it only for entries that allow it and only when the
// exact normalized form did not match.
func LooseKey(dst []byte, word []byte) []byte {
	n := utf8.RuneCount(word)
	i := 0
	var prev rune = -1
	for len(word) > 0 {
		r, size := utf8.DecodeRune(word)
		word = word[size:]
		i++
		switch r {
		case 'غ', 'ق', 'گ', 'ڨ', 'چ':
			r = 'ج'
		case 'ڤ':
			r = 'ف'
		case 'پ':
			r = 'ب'
		case 'ا', 'و', 'ي':
			if i > 1 && i < n {
				// A dropped vowel still separates the letters around
				// it: بابا is not با.
				prev = r
				continue
			}
		}
		if r == prev {
			continue
		}
		prev = r
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}
