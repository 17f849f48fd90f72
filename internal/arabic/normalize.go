package arabic

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldArabic maps the runes U+0600–U+06FF to their matching form:
// 0 means "delete", any other value is the replacement rune.
var foldArabic [0x100]rune

func init() {
	for i := range foldArabic {
		foldArabic[i] = rune(0x600 + i)
	}
	del := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			foldArabic[r-0x600] = 0
		}
	}
	del(0x064B, 0x065F) // harakat, tanween, shadda, sukun, and the rest of the marks
	del(0x0670, 0x0670) // superscript alef
	del(0x0610, 0x061A) // Quranic honorifics and small marks
	del(0x06D6, 0x06ED) // Quranic annotation marks
	del(0x0640, 0x0640) // tatweel
	del(0x061C, 0x061C) // Arabic letter mark (bidi)
	set := func(to rune, from ...rune) {
		for _, r := range from {
			foldArabic[r-0x600] = to
		}
	}
	set('ا', 'أ', 'إ', 'آ', 'ٱ')
	set('ي', 'ى', 'ئ', 'ی')
	set('ه', 'ة', 'ۀ', 'ە')
	set('و', 'ؤ')
	set('ك', 'ک')
	for d := rune(0); d < 10; d++ {
		foldArabic[0x0660+d-0x600] = '0' + d // Arabic-Indic digits
		foldArabic[0x06F0+d-0x600] = '0' + d // Extended (Persian, Urdu) digits
	}
}

// isInvisible reports the bidi, zero-width and byte-order marks deleted for matching.
func isInvisible(r rune) bool {
	return (r >= 0x200B && r <= 0x200F) || (r >= 0x202A && r <= 0x202E) ||
		(r >= 0x2066 && r <= 0x2069) || r == 0xFEFF || r == 0x061C
}

// foldRune returns the matching form of a rune that needs no NFKC step
// (ok false when the rune is deleted).
func foldRune(r rune) (rune, bool) {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r, true
	case r >= 0x600 && r <= 0x6FF:
		f := foldArabic[r-0x600]
		return f, f != 0
	case isInvisible(r):
		return 0, false
	}
	return r, true
}

// needsNFKC reports whether a rune outside ASCII and the Arabic block may
// change under NFKC (presentation forms, ligatures, compatibility spaces…).
func needsNFKC(s string) bool {
	return norm.NFKC.PropertiesString(s).Decomposition() != nil
}

// Normalizer computes the matching form of a text together with a map from
// every byte of the normalized form back to the span of the original text it
// came from. The zero value is ready to use; reuse one Normalizer per
// goroutine to avoid allocation. A Normalizer is not safe for concurrent use.
type Normalizer struct {
	text  []byte
	start []int32 // start[i]: original offset where normalized byte i's rune begins
	end   []int32 // end[i]: original offset where it ends (deleted marks after it included)
	tmp   []byte
}

// Reset empties the normalizer, keeping its buffers.
func (n *Normalizer) Reset() {
	n.text, n.start, n.end = n.text[:0], n.start[:0], n.end[:0]
}

// Normalize replaces the normalizer's content with the matching form of s.
// Offsets are relative to s.
func (n *Normalizer) Normalize(s string) {
	n.Reset()
	n.Append(s, 0)
}

// Append adds the matching form of s, whose first byte lies at offset base of
// the caller's text, to the normalizer's content.
func (n *Normalizer) Append(s string, base int) {
	// Deleted runes extend the span of the previous kept rune, but never
	// across a call to Append.
	first := len(n.text)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			n.put1(c, base+i, base+i+1)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// An invalid byte becomes U+FFFD: a non-letter of its own.
			n.putRune(utf8.RuneError, base+i, base+i+1)
			i++
			continue
		}
		if (r < 0x600 || r > 0x6FF) && !isInvisible(r) && needsNFKC(s[i:i+size]) {
			n.tmp = norm.NFKC.AppendString(n.tmp[:0], s[i:i+size])
			for j := 0; j < len(n.tmp); {
				q, qs := utf8.DecodeRune(n.tmp[j:])
				j += qs
				if f, ok := foldRune(q); ok {
					n.putRune(f, base+i, base+i+size)
				} else {
					n.extend(first, base+i+size)
				}
			}
			i += size
			continue
		}
		if f, ok := foldRune(r); ok {
			n.putRune(f, base+i, base+i+size)
		} else {
			n.extend(first, base+i+size)
		}
		i += size
	}
}

func (n *Normalizer) put1(c byte, s, e int) {
	n.text = append(n.text, c)
	n.start = append(n.start, int32(s))
	n.end = append(n.end, int32(e))
}

func (n *Normalizer) putRune(r rune, s, e int) {
	k := len(n.text)
	n.text = utf8.AppendRune(n.text, r)
	for ; k < len(n.text); k++ {
		n.start = append(n.start, int32(s))
		n.end = append(n.end, int32(e))
	}
}

// extend stretches the last kept rune (if it came from this Append call) so
// that it covers a deleted rune ending at e.
func (n *Normalizer) extend(first, e int) {
	if len(n.text) == first {
		return
	}
	k := len(n.text) - 1
	s := n.start[k]
	for ; k >= first && n.start[k] == s; k-- {
		n.end[k] = int32(e)
	}
}

// Bytes returns the normalized text. It is valid until the next call that
// changes the normalizer.
func (n *Normalizer) Bytes() []byte { return n.text }

// Len returns the length in bytes of the normalized text.
func (n *Normalizer) Len() int { return len(n.text) }

// Span maps the normalized byte range [i, j) back to the original text: the
// returned range covers every original rune that produced those bytes, and
// the marks deleted after the last of them. i < j must hold and fall on rune
// boundaries of the normalized text.
func (n *Normalizer) Span(i, j int) (start, end int) {
	return int(n.start[i]), int(n.end[j-1])
}

// Start returns the original offset of the rune that produced normalized byte i.
func (n *Normalizer) Start(i int) int { return int(n.start[i]) }

// NormalizeString returns the matching form of s. It allocates; hot paths use
// a Normalizer or AppendNormalized.
func NormalizeString(s string) string {
	return string(AppendNormalized(nil, s))
}

// AppendNormalized appends the matching form of s to dst, without offsets.
func AppendNormalized(dst []byte, s string) []byte {
	var tmp []byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = utf8.AppendRune(dst, utf8.RuneError)
			i++
			continue
		}
		if (r < 0x600 || r > 0x6FF) && !isInvisible(r) && needsNFKC(s[i:i+size]) {
			tmp = norm.NFKC.AppendString(tmp[:0], s[i:i+size])
			for j := 0; j < len(tmp); {
				q, qs := utf8.DecodeRune(tmp[j:])
				j += qs
				if f, ok := foldRune(q); ok {
					dst = utf8.AppendRune(dst, f)
				}
			}
		} else if f, ok := foldRune(r); ok {
			dst = utf8.AppendRune(dst, f)
		}
		i += size
	}
	return dst
}

// IsDiacritic reports whether r is an Arabic diacritic or Quranic mark that
// normalization deletes (U+064B–U+065F, U+0670, U+0610–U+061A, U+06D6–U+06ED).
func IsDiacritic(r rune) bool {
	return (r >= 0x064B && r <= 0x065F) || r == 0x0670 ||
		(r >= 0x0610 && r <= 0x061A) || (r >= 0x06D6 && r <= 0x06ED)
}
