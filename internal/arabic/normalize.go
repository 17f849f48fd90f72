package arabic

import (
	"math"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldNFKC marks, in foldArabic, the runes of the Arabic block that NFKC
// changes (U+0675–U+0678: high-hamza letters) and that take the slow path.
const foldNFKC = -1

// foldArabic maps the runes U+0600–U+06FF to their matching form: 0 means
// "delete", foldNFKC "apply NFKC first", any other value is the replacement
// rune (a letter, or an ASCII digit).
var foldArabic [0x100]rune

func init() {
	for i := range foldArabic {
		r := rune(0x600 + i)
		foldArabic[i] = r
		if !norm.NFKC.IsNormalString(string(r)) {
			foldArabic[i] = foldNFKC
		}
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
	for i, f := range foldArabic {
		if f < 0 {
			foldUTF8[i].n = -1
			continue
		}
		foldUTF8[i].n = int8(copy(foldUTF8[i].b[:], string(f)))
		if f == 0 {
			foldUTF8[i].n = 0
		}
	}
}

// foldUTF8 is foldArabic encoded: n bytes of b, or n = -1 for NFKC.
var foldUTF8 [0x100]struct {
	b [2]byte
	n int8
}

// isInvisible reports the bidi, zero-width and byte-order marks deleted for matching.
func isInvisible(r rune) bool {
	return (r >= 0x200B && r <= 0x200F) || (r >= 0x202A && r <= 0x202E) ||
		(r >= 0x2066 && r <= 0x2069) || r == 0xFEFF || r == 0x061C
}

// foldRune returns the matching form of a rune that is already in NFKC
// (ok false when the rune is deleted).
func foldRune(r rune) (rune, bool) {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r, true
	case r >= 0x600 && r <= 0x6FF:
		switch f := foldArabic[r-0x600]; {
		case f == 0:
			return 0, false
		case f > 0:
			return f, true
		}
	case isInvisible(r):
		return 0, false
	}
	return r, true
}

// foldInPlace replaces b, the NFKC form of one rune, with its matching form
// and returns the new length. Folding never lengthens a rune, so it works in
// place.
func foldInPlace(b []byte) int {
	w := 0
	for k := 0; k < len(b); {
		r, size := utf8.DecodeRune(b[k:])
		k += size
		if f, ok := foldRune(r); ok {
			w += utf8.EncodeRune(b[w:], f)
		}
	}
	return w
}

// appendNFKCFolded appends the matching form of s, one rune that NFKC
// changes: its NFKC form, folded. It uses it, a reusable iterator, because
// norm.Form.AppendString allocates.
func appendNFKCFolded(it *norm.Iter, dst []byte, s string) []byte {
	k := len(dst)
	it.InitString(norm.NFKC, s)
	for !it.Done() {
		dst = append(dst, it.Next()...)
	}
	return dst[:k+foldInPlace(dst[k:])]
}

// presentation holds the matching forms of the Arabic presentation forms
// (U+FB50–U+FDFF, U+FE70–U+FEFF), computed on first use by the NFKC path:
// PDF text is full of them, and the NFKC iterator is slow.
var presentation struct {
	once  sync.Once
	forms [0x2B0 + 0x90]string
}

// presentationForm returns the matching form of r when r is an Arabic
// presentation form.
func presentationForm(r rune) (string, bool) {
	var i int
	switch {
	case r >= 0xFB50 && r <= 0xFDFF:
		i = int(r - 0xFB50)
	case r >= 0xFE70 && r <= 0xFEFF:
		i = 0x2B0 + int(r-0xFE70)
	default:
		return "", false
	}
	presentation.once.Do(func() {
		var it norm.Iter
		for i := range presentation.forms {
			r := 0xFB50 + rune(i)
			if i >= 0x2B0 {
				r = 0xFE70 + rune(i-0x2B0)
			}
			s := string(r)
			switch {
			case isInvisible(r):
				s = ""
			case needsNFKC(r, s):
				s = string(appendNFKCFolded(&it, nil, s))
			}
			presentation.forms[i] = s
		}
	})
	return presentation.forms[i], true
}

// appendSlowRune appends the matching form of r, encoded as s, a valid rune
// that is neither ASCII nor of the Arabic block (except U+0675–U+0678).
// it is the NFKC iterator to use, or nil to take one from iters.
func appendSlowRune(dst []byte, r rune, s string, it *norm.Iter) []byte {
	if f, ok := presentationForm(r); ok {
		return append(dst, f...)
	}
	switch {
	case isInvisible(r):
		return dst
	case needsNFKC(r, s):
		if it == nil {
			it = iters.Get().(*norm.Iter)
			defer iters.Put(it)
		}
		return appendNFKCFolded(it, dst, s)
	}
	// Already in matching form.
	return append(dst, s...)
}

// iters holds the NFKC iterators of AppendNormalized.
var iters = sync.Pool{New: func() any { return new(norm.Iter) }}

// lower folds an ASCII byte to lower case.
func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// Normalizer computes the matching form of a text together with a map from
// every byte of the normalized form back to the span of the original text it
// came from. The zero value is ready to use; reuse one Normalizer per
// goroutine to avoid allocation. A Normalizer is not safe for concurrent use.
// Offsets are int32: a Normalizer holds less than 2 GiB of text.
type Normalizer struct {
	text []byte
	// starts[i] is the original offset of the rune that produced normalized
	// byte i. Every rune of the input is kept or deleted, and a deleted rune
	// belongs to the kept rune before it in the same call to Append, so the
	// original span of a kept rune ends where the next kept rune of its
	// call starts, or at the end of the call: starts and calls are the
	// whole offset map.
	starts []int32
	calls  []call
	iter   norm.Iter
}

// call records a call to Append that produced normalized bytes.
type call struct {
	first int   // its first normalized byte
	end   int32 // the original offset of its end
}

// Reset empties the normalizer, keeping its buffers.
func (n *Normalizer) Reset() {
	n.text, n.starts, n.calls = n.text[:0], n.starts[:0], n.calls[:0]
}

// Normalize replaces the normalizer's content with the matching form of s.
// Offsets are relative to s.
func (n *Normalizer) Normalize(s string) {
	n.Reset()
	n.Append(s, 0)
}

// Append adds the matching form of s, whose first byte lies at offset base of
// the caller's text, to the normalizer's content. Runes deleted at the start
// of s belong to no normalized byte: a deleted rune extends the span of the
// kept rune before it, but never across a call to Append.
func (n *Normalizer) Append(s string, base int) {
	if base < 0 || int64(base)+int64(len(s)) > math.MaxInt32 {
		panic("arabic: Normalizer offsets beyond 2 GiB")
	}
	first := len(n.text)
	if cap(n.text)-len(n.text) < len(s) || cap(n.starts)-len(n.starts) < len(s) {
		n.grow(len(s))
	}
	// The loop works on local copies of the slices, stored back around
	// the slow path.
	text, starts := n.text, n.starts
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			text = append(text, lower(c))
			starts = append(starts, int32(base+i))
			i++
			continue
		}
		if c&0xFC == 0xD8 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			o := int32(base + i)
			switch f := foldUTF8[int(c&3)<<6|int(s[i+1]&0x3F)]; f.n {
			case 2: // a letter
				text = append(text, f.b[0], f.b[1])
				starts = append(starts, o, o)
				i += 2
				continue
			case 1: // a digit
				text = append(text, f.b[0])
				starts = append(starts, o)
				i += 2
				continue
			case 0: // deleted
				i += 2
				continue
			}
		}
		n.text, n.starts = text, starts
		i = n.appendSlow(s, i, base)
		text, starts = n.text, n.starts
	}
	n.text, n.starts = text, starts
	if len(text) > first {
		n.calls = append(n.calls, call{first, int32(base + len(s))})
	}
}

// appendSlow adds the rune at s[i] (not ASCII) and returns the offset after it.
func (n *Normalizer) appendSlow(s string, i, base int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	k := len(n.text)
	if r == utf8.RuneError && size == 1 {
		// An invalid byte becomes U+FFFD: a non-letter of its own.
		n.text = utf8.AppendRune(n.text, utf8.RuneError)
	} else {
		n.text = appendSlowRune(n.text, r, s[i:i+size], &n.iter)
	}
	for ; k < len(n.text); k++ {
		n.starts = append(n.starts, int32(base+i))
	}
	return i + size
}

// needsNFKC reports whether NFKC changes the rune r, encoded as s, that is
// not ASCII and not invisible.
func needsNFKC(r rune, s string) bool {
	if r >= 0x600 && r <= 0x6FF {
		return foldArabic[r-0x600] == foldNFKC
	}
	// QuickSpanString, unlike IsNormalString, does not allocate; it may
	// send a lone combining mark to NFKC, which keeps it.
	return norm.NFKC.QuickSpanString(s) < len(s)
}

// grow makes room for m more normalized bytes.
func (n *Normalizer) grow(m int) {
	m = max(m, 64, len(n.text))
	text := make([]byte, len(n.text), len(n.text)+m)
	copy(text, n.text)
	starts := make([]int32, len(n.starts), cap(text))
	copy(starts, n.starts)
	n.text, n.starts = text, starts
}

// Bytes returns the normalized text. It is valid until the next call that
// changes the normalizer.
func (n *Normalizer) Bytes() []byte { return n.text }

// Len returns the length in bytes of the normalized text.
func (n *Normalizer) Len() int { return len(n.text) }

// Span maps the normalized byte range [i, j) back to the original text: the
// returned range covers every original rune that produced those bytes, and
// the runes deleted after the last of them (marks, tatweel, bidi marks) but
// never those before the first. i < j must hold and both must fall on rune
// boundaries of the normalized text.
func (n *Normalizer) Span(i, j int) (start, end int) {
	return int(n.starts[i]), n.end(j - 1)
}

// end returns the original offset where the span of normalized byte k ends.
func (n *Normalizer) end(k int) int {
	// The call that produced byte k, and its normalized end.
	c, limit := len(n.calls)-1, len(n.text)
	if c > 0 && n.calls[c].first > k {
		// Binary search for the last call that starts at or before k.
		lo, hi := 0, c
		for lo < hi {
			if mid := (lo + hi + 1) / 2; n.calls[mid].first <= k {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		c, limit = lo, n.calls[lo+1].first
	}
	s := n.starts[k]
	for m := k + 1; m < limit; m++ {
		if n.starts[m] != s {
			return int(n.starts[m])
		}
	}
	return int(n.calls[c].end)
}

// Start returns the original offset of the rune that produced normalized byte i.
func (n *Normalizer) Start(i int) int { return int(n.starts[i]) }

// NormalizeString returns the matching form of s. It allocates; hot paths use
// a Normalizer or AppendNormalized.
func NormalizeString(s string) string {
	return string(AppendNormalized(nil, s))
}

// AppendNormalized appends the matching form of s to dst, without offsets.
// It gives the same bytes as a Normalizer.
func AppendNormalized(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, lower(c))
			i++
			continue
		}
		if c&0xFC == 0xD8 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			switch f := foldUTF8[int(c&3)<<6|int(s[i+1]&0x3F)]; f.n {
			case 2:
				dst = append(dst, f.b[0], f.b[1])
				i += 2
				continue
			case 1:
				dst = append(dst, f.b[0])
				i += 2
				continue
			case 0:
				i += 2
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = utf8.AppendRune(dst, utf8.RuneError)
		} else {
			dst = appendSlowRune(dst, r, s[i:i+size], nil)
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
