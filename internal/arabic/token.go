package arabic

import (
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
	Punct                  // one punctuation or symbol character
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
	// NewlineBefore is set when a line break lies between this token and
	// the previous one (or the start of the text).
	NewlineBefore bool
}

// Tokenizer splits text into word, number and punctuation tokens on Unicode
// word boundaries (UAX #29, as implemented by github.com/blevesearch/segment).
// Runs of Arabic and ASCII text take a fast path that gives exactly
// segment's boundaries; everything else is handed to segment's Direct API.
// The zero value is ready to use; a Tokenizer is not safe for concurrent use.
type Tokenizer struct {
	vals  [][]byte
	types []int
	// forceSegment disables the fast path (the reference for tests).
	forceSegment bool
}

// Append appends the tokens of text to dst and returns the extended slice.
func (t *Tokenizer) Append(dst []Token, text string) []Token {
	newline := false
	i := 0
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			i++
			continue
		}
		if c == '\n' {
			newline = true
			i++
			continue
		}
		// A chunk runs to the next ASCII whitespace or invalid byte: UAX #29
		// (Unicode 8, as in segment) always breaks around them, so chunks can
		// be segmented independently.
		j := i
		fast, prevLetter := true, false
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' {
					break
				}
				prevLetter = 'a' <= c|0x20 && c|0x20 <= 'z'
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			if !fastRune(r) || IsDiacritic(r) && !prevLetter {
				// Marks after anything but a letter hit corners of
				// segment's scanner: leave those chunks to segment.
				fast = false
			}
			prevLetter = r >= 0x0621 && r <= 0x065F || r == 0x0670
			j += size
		}
		if j == i { // invalid byte
			i++
			continue
		}
		n0 := len(dst)
		if fast && !t.forceSegment {
			dst = appendFast(dst, text, i, j)
		} else {
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

// appendSegment tokenizes text[i:j] (valid UTF-8, no ASCII whitespace) with segment.
func (t *Tokenizer) appendSegment(dst []Token, text string, i, j int) []Token {
	for i < j {
		chunk := []byte(text[i:j]) // segment wants []byte
		var n int
		t.vals, t.types, n, _ = segment.SegmentWordsDirect(chunk, t.vals[:0], t.types[:0])
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

func appendSegmentToken(dst []Token, text string, s, e int, typ int) []Token {
	switch typ {
	case segment.Number:
		return append(dst, Token{Start: int32(s), End: int32(e), Kind: Number})
	case segment.None:
		r, _ := utf8.DecodeRuneInString(text[s:e])
		if unicode.IsSpace(r) || isInvisible(r) && isAllIgnorable(text[s:e]) {
			return dst
		}
		if isAllIgnorable(text[s:e]) {
			return dst
		}
		return append(dst, Token{Start: int32(s), End: int32(e), Kind: Punct})
	}
	return append(dst, Token{Start: int32(s), End: int32(e), Kind: Word})
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
