package arabic

import (
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/segment"
)

// Word-break classes (UAX #29, Unicode 8.0 as in segment) of the runes the
// fast path handles, and the fast path's own markers.
const (
	wbOther = iota
	wbALetter
	wbNumeric
	wbMidLetter
	wbMidNum
	wbMidNumLet
	wbSingleQuote
	wbExtendNumLet
	wbExtend // Extend or Format: both attach to the rune before (WB4)
	wbSpace  // whitespace or an invalid byte: ends the chunk
	wbSlow   // a rune the fast path does not know
	wbEnd    // the end of the chunk
	wbNone   // before the start of the chunk
)

// asciiClass is the class of every ASCII byte; arabicClass the class of
// every rune of the Arabic block U+0600–U+06FF.
var asciiClass, arabicClass [256]uint8

func init() {
	for c := range 128 {
		switch {
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			asciiClass[c] = wbALetter
		case '0' <= c && c <= '9':
			asciiClass[c] = wbNumeric
		}
	}
	for _, c := range " \t\n\v\f\r" {
		asciiClass[c] = wbSpace
	}
	asciiClass[':'] = wbMidLetter
	asciiClass[','] = wbMidNum
	asciiClass[';'] = wbMidNum
	asciiClass['.'] = wbMidNumLet
	asciiClass['\''] = wbSingleQuote
	asciiClass['_'] = wbExtendNumLet
	for i := 128; i < 256; i++ {
		asciiClass[i] = wbSlow
	}

	set := func(cls uint8, lo, hi rune) {
		for r := lo; r <= hi; r++ {
			arabicClass[r-0x600] = cls
		}
	}
	// From segment's ragel/uwb.rl (WordBreakProperty.txt 8.0.0); every
	// rune of the block is checked against segment by TestFastClasses.
	set(wbALetter, 0x0620, 0x064A)
	set(wbALetter, 0x066E, 0x066F)
	set(wbALetter, 0x0671, 0x06D3)
	set(wbALetter, 0x06D5, 0x06D5)
	set(wbALetter, 0x06E5, 0x06E6)
	set(wbALetter, 0x06EE, 0x06EF)
	set(wbALetter, 0x06FA, 0x06FC)
	set(wbALetter, 0x06FF, 0x06FF)
	set(wbExtend, 0x0610, 0x061A)
	set(wbExtend, 0x064B, 0x065F)
	set(wbExtend, 0x0670, 0x0670)
	set(wbExtend, 0x06D6, 0x06DC)
	set(wbExtend, 0x06DF, 0x06E4)
	set(wbExtend, 0x06E7, 0x06E8)
	set(wbExtend, 0x06EA, 0x06ED)
	set(wbExtend, 0x0600, 0x0605) // Format
	set(wbExtend, 0x061C, 0x061C) // Format
	set(wbExtend, 0x06DD, 0x06DD) // Format
	set(wbMidNum, 0x060C, 0x060D)
	set(wbMidNum, 0x066C, 0x066C)
	set(wbNumeric, 0x0660, 0x0669)
	set(wbNumeric, 0x066B, 0x066B)
	set(wbNumeric, 0x06F0, 0x06F9)
}

// classAt returns the class and the size of the rune at text[k]: the class
// of an ASCII byte, of a rune of the Arabic block, of ZWNJ, ZWJ, LRM and RLM
// (U+200C–U+200F: Extend and Format); wbSpace for whitespace and invalid
// bytes; wbSlow for anything else.
func classAt(text string, k int) (uint8, int) {
	c := text[k]
	if c < utf8.RuneSelf {
		return asciiClass[c], 1
	}
	if x, ok := arabicAt(text, k); ok {
		return arabicClass[x], 2
	}
	if c == 0xE2 && k+2 < len(text) && text[k+1] == 0x80 && text[k+2] >= 0x8C && text[k+2] <= 0x8F {
		return wbExtend, 3
	}
	r, size := utf8.DecodeRuneInString(text[k:])
	if r == utf8.RuneError && size == 1 || unicode.IsSpace(r) {
		return wbSpace, size
	}
	return wbSlow, size
}

// unit is a rune with the Extend and Format runes after it (WB4).
type unit struct {
	cls        uint8
	start, end int
}

// fastScanner reads the units of a chunk.
type fastScanner struct {
	text string
	pos  int
}

// next reads the next unit (wbEnd at the end of the chunk). ok is false for
// a rune outside the fast set, and for marks after anything but a letter:
// they hit corners of segment's scanner (it splits "0،ٕ" as 0 | ، | ٕ), so
// such chunks are left to segment. Marks at the start of a chunk form a
// unit of their own, as in segment.
func (sc *fastScanner) next() (u unit, ok bool) {
	k := sc.pos
	u.start, u.end = k, k
	if k >= len(sc.text) {
		u.cls = wbEnd
		return u, true
	}
	cls, size := classAt(sc.text, k)
	switch cls {
	case wbSpace:
		u.cls = wbEnd
		return u, true
	case wbSlow:
		return u, false
	}
	k += size
	for k < len(sc.text) {
		c, size := classAt(sc.text, k)
		if c != wbExtend {
			break
		}
		// Only letters, and marks at the start of the chunk (the one place
		// a unit can be made of marks), take marks after them.
		if cls != wbALetter && cls != wbExtend {
			return u, false
		}
		k += size
	}
	u.cls, u.end = cls, k
	sc.pos = k
	return u, true
}

// joins reports whether UAX #29 (rules WB5–WB13b) keeps the units of
// classes a and b together, given the classes of the unit before a (p) and
// after b (c).
func joins(p, a, b, c uint8) bool {
	switch a {
	case wbALetter:
		switch b {
		case wbALetter, wbNumeric, wbExtendNumLet: // WB5, WB9, WB13a
			return true
		case wbMidLetter, wbMidNumLet, wbSingleQuote: // WB6
			return c == wbALetter
		}
	case wbNumeric:
		switch b {
		case wbNumeric, wbALetter, wbExtendNumLet: // WB8, WB10, WB13a
			return true
		case wbMidNum, wbMidNumLet, wbSingleQuote: // WB12
			return c == wbNumeric
		}
	case wbExtendNumLet:
		switch b {
		case wbALetter, wbNumeric, wbExtendNumLet: // WB13b, WB13a
			return true
		}
	case wbMidLetter: // WB7
		return p == wbALetter && b == wbALetter
	case wbMidNum: // WB11
		return p == wbNumeric && b == wbNumeric
	case wbMidNumLet, wbSingleQuote: // WB7, WB11
		return p == wbALetter && b == wbALetter || p == wbNumeric && b == wbNumeric
	}
	return false
}

// appendFast segments the chunk that starts at text[i] (a rune that is not
// whitespace) by the UAX #29 rules that apply to ASCII and Arabic, appends
// its tokens and returns the chunk's end. It streams, holding four units.
// ok is false, with dst to be truncated, when the chunk has a rune the fast
// path leaves to segment; end is then an offset inside the chunk.
func appendFast(dst []Token, text string, i int) (_ []Token, end int, ok bool) {
	sc := fastScanner{text: text, pos: i}
	var a, b, c unit
	if a, ok = sc.next(); !ok {
		return dst, sc.pos, false
	}
	if b, ok = sc.next(); !ok {
		return dst, sc.pos, false
	}
	c = b
	if b.cls != wbEnd {
		if c, ok = sc.next(); !ok {
			return dst, sc.pos, false
		}
	}
	var p uint8 = wbNone
	start, flags := a.start, uint16(1)<<a.cls
	for b.cls != wbEnd {
		if !joins(p, a.cls, b.cls, c.cls) {
			dst = appendFastToken(dst, text, start, a.end, flags)
			start, flags = b.start, 0
		}
		flags |= 1 << b.cls
		p, a, b = a.cls, b, c
		if c.cls != wbEnd {
			if c, ok = sc.next(); !ok {
				return dst, sc.pos, false
			}
		}
	}
	dst = appendFastToken(dst, text, start, a.end, flags)
	return dst, b.start, true
}

// appendFastToken appends text[s:e], whose units have the classes in flags,
// with the type segment gives it: Letter when it has a letter or is made of
// connectors only, Number when it has a digit but no letter.
func appendFastToken(dst []Token, text string, s, e int, flags uint16) []Token {
	switch {
	case flags&(1<<wbALetter) != 0:
		return append(dst, Token{Start: int32(s), End: int32(e), Kind: Word})
	case flags&(1<<wbNumeric) != 0:
		return append(dst, Token{Start: int32(s), End: int32(e), Kind: Number})
	case flags&(1<<wbExtendNumLet) != 0:
		return append(dst, Token{Start: int32(s), End: int32(e), Kind: Word})
	}
	return appendSegmentToken(dst, text, s, e, segment.None)
}
