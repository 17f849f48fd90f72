package arabic

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/segment"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota + 1 // letters (possibly with digits, marks, joiners)
	Number                 // digits, decimals, grouped numbers
	Punct                  // one punctuation or symbol character (with its marks)
)

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case Word:
		return "Word"
	case Number:
		return "Number"
	case Punct:
		return "Punct"
	}
	return "Kind(?)"
}

// Token is a span [Start, End) of the caller's text. Whitespace and invalid
// bytes never belong to a token.
type Token struct {
	Start, End int32
	Kind       Kind
	// NewlineBefore is set when a line break (LF, CR, VT, FF, NEL, U+2028,
	// U+2029) lies between this token and the previous one (or the start of
	// the text).
	NewlineBefore bool
}

// Tokenizer splits text into word, number and punctuation tokens on Unicode
// word boundaries (UAX #29, as implemented by github.com/blevesearch/segment).
// Runs of Arabic and ASCII text take a fast path that gives exactly
// segment's boundaries; everything else is handed to segment's Direct API.
// The zero value is ready to use; a Tokenizer is not safe for concurrent use.
// Offsets are int32: texts are shorter than 2 GiB.
type Tokenizer struct {
	buf   []byte // the chunk handed to segment
	vals  [][]byte
	types []int
	// forceSegment disables the fast path (the reference for tests).
	forceSegment bool
}

// Append appends the tokens of text to dst and returns the extended slice.
//
// The text is cut into chunks at whitespace (every White_Space rune) and at
// invalid UTF-8 bytes; each chunk is segmented on its own. UAX #29 breaks
// around line breaks; around other spaces it differs only in attaching a
// following mark to the space, and such marks would be dropped with it.
func (t *Tokenizer) Append(dst []Token, text string) []Token {
	if int64(len(text)) > math.MaxInt32 {
		panic("arabic: Tokenizer text beyond 2 GiB")
	}
	newline := false
	for i := 0; i < len(text); {
		if cls, size := classAt(text, i); cls == wbSpace {
			// Whitespace, or an invalid byte (size 1).
			if r, _ := utf8.DecodeRuneInString(text[i:]); isLineBreak(r) {
				newline = true
			}
			i += size
			continue
		}
		n0 := len(dst)
		j, ok := i, false
		if !t.forceSegment {
			dst, j, ok = appendFast(dst, text, i)
		}
		if !ok {
			dst = dst[:n0]
			j = chunkEnd(text, j)
			dst = t.appendSegment(dst, text, i, j)
		}
		if newline && len(dst) > n0 {
			dst[n0].NewlineBefore = true
			newline = false
		}
		i = j
	}
	return dst
}

// isLineBreak reports whether the whitespace rune r breaks a line.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// chunkEnd returns the end of the chunk containing text[i]: the offset of
// the next whitespace rune or invalid byte, or len(text).
func chunkEnd(text string, i int) int {
	for i < len(text) {
		cls, size := classAt(text, i)
		if cls == wbSpace {
			return i
		}
		i += size
	}
	return i
}

// appendSegment tokenizes text[i:j] (valid UTF-8, no whitespace) with segment.
func (t *Tokenizer) appendSegment(dst []Token, text string, i, j int) []Token {
	for i < j {
		t.buf = append(t.buf[:0], text[i:j]...) // segment wants []byte
		var n int
		t.vals, t.types, n, _ = segment.SegmentWordsDirect(t.buf, t.vals[:0], t.types[:0])
		off := i
		for k, v := range t.vals {
			dst = appendSegmentToken(dst, text, off, off+len(v), t.types[k])
			off += len(v)
		}
		if n <= 0 || off == i {
			// No progress: treat one rune as a token of its own.
			_, size := utf8.DecodeRuneInString(text[i:j])
			dst = appendSegmentToken(dst, text, i, i+size, segment.None)
			off = i + size
		}
		i = off
	}
	return dst
}

// appendSegmentToken appends text[s:e], of segment's type typ, as a token:
// Number for numbers, Word for words and for untyped runs that start with a
// letter (scripts segment leaves to a dictionary, letters newer than its
// Unicode 8 tables), nothing for runs of marks and format characters alone,
// Punct for the rest.
func appendSegmentToken(dst []Token, text string, s, e int, typ int) []Token {
	k := Word
	switch typ {
	case segment.Number:
		k = Number
	case segment.None:
		r, _ := utf8.DecodeRuneInString(text[s:e])
		switch {
		case unicode.IsLetter(r):
		case isAllIgnorable(text[s:e]):
			return dst
		default:
			k = Punct
		}
	}
	return append(dst, Token{Start: int32(s), End: int32(e), Kind: k})
}

// isAllIgnorable reports whether s holds only format and combining marks.
func isAllIgnorable(s string) bool {
	for _, r := range s {
		if !(unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r)) {
			return false
		}
	}
	return true
}

// Tokenize returns the tokens of text. It allocates; hot paths reuse a Tokenizer.
func Tokenize(text string) []Token {
	var t Tokenizer
	return t.Append(nil, text)
}
