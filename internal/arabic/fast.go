package arabic

import (
	"unicode/utf8"

	"github.com/blevesearch/segment"
)

// Word-break classes (UAX #29, Unicode 8.0 as in segment) of the runes the
// fast path handles.
const (
	wbOther = iota
	wbALetter
	wbNumeric
	wbMidLetter
	wbMidNum
	wbMidNumLet
	wbSingleQuote
	wbExtendNumLet
	wbExtend
)

// fastRune reports whether the fast path knows r's word-break class.
func fastRune(r rune) bool {
	switch {
	case r >= 0x0621 && r <= 0x064A, // letters and tatweel
		r >= 0x064B && r <= 0x065F, r == 0x0670, // marks
		r >= 0x0660 && r <= 0x0669, // digits
		r == 0x060C, r == 0x061B, r == 0x061F, r == 0x066B, r == 0x066C:
		return true
	}
	return false
}

func wbClass(r rune) int {
	if r < utf8.RuneSelf {
		c := byte(r)
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			return wbALetter
		case '0' <= c && c <= '9':
			return wbNumeric
		case c == ':':
			return wbMidLetter
		case c == ',' || c == ';':
			return wbMidNum
		case c == '.':
			return wbMidNumLet
		case c == '\'':
			return wbSingleQuote
		case c == '_':
			return wbExtendNumLet
		}
		return wbOther
	}
	switch {
	case r >= 0x0621 && r <= 0x064A:
		return wbALetter
	case r >= 0x064B && r <= 0x065F, r == 0x0670:
		return wbExtend
	case r >= 0x0660 && r <= 0x0669, r == 0x066B:
		return wbNumeric
	case r == 0x060C, r == 0x066C:
		return wbMidNum
	}
	return wbOther
}

// appendFast segments text[i:j], which holds only ASCII non-space characters
// and runes for which fastRune is true, by the UAX #29 rules that apply to
// them (WB4–WB13b), and appends the resulting tokens.
func appendFast(dst []Token, text string, i, j int) []Token {
	// Collect (class, offset) of each rune with Extend runes folded into
	// their predecessor (WB4), except at the start of the chunk.
	type unit struct {
		cls        int
		start, end int
	}
	var buf [64]unit
	units := buf[:0]
	for k := i; k < j; {
		r, size := rune(text[k]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[k:j])
		}
		cls := wbClass(r)
		if cls == wbExtend && len(units) > 0 {
			units[len(units)-1].end = k + size
		} else {
			units = append(units, unit{cls, k, k + size})
		}
		k += size
	}
	isAH := func(c int) bool { return c == wbALetter }
	midLet := func(c int) bool { return c == wbMidLetter || c == wbMidNumLet || c == wbSingleQuote }
	midNum := func(c int) bool { return c == wbMidNum || c == wbMidNumLet || c == wbSingleQuote }
	at := func(k int) int {
		if k < 0 || k >= len(units) {
			return -1
		}
		return units[k].cls
	}
	start := 0
	for k := 1; k <= len(units); k++ {
		brk := true
		if k < len(units) {
			a, b := at(k-1), at(k)
			switch {
			case isAH(a) && isAH(b): // WB5
				brk = false
			case isAH(a) && midLet(b) && isAH(at(k+1)): // WB6
				brk = false
			case isAH(at(k-2)) && midLet(a) && isAH(b): // WB7
				brk = false
			case a == wbNumeric && b == wbNumeric: // WB8
				brk = false
			case isAH(a) && b == wbNumeric: // WB9
				brk = false
			case a == wbNumeric && isAH(b): // WB10
				brk = false
			case at(k-2) == wbNumeric && midNum(a) && b == wbNumeric: // WB11
				brk = false
			case a == wbNumeric && midNum(b) && at(k+1) == wbNumeric: // WB12
				brk = false
			case (isAH(a) || a == wbNumeric || a == wbExtendNumLet) && b == wbExtendNumLet: // WB13a
				brk = false
			case a == wbExtendNumLet && (isAH(b) || b == wbNumeric): // WB13b
				brk = false
			}
		}
		if !brk {
			continue
		}
		// segment's type: Number when the token matches its numeric rule
		// (digits, number separators, connectors), Letter when it has a
		// letter or is made of connectors only.
		var letter, num, conn bool
		for _, u := range units[start:k] {
			letter = letter || u.cls == wbALetter
			num = num || u.cls == wbNumeric
			conn = conn || u.cls == wbExtendNumLet
		}
		typ := segment.None
		switch {
		case letter:
			typ = segment.Letter
		case num:
			typ = segment.Number
		case conn:
			typ = segment.Letter
		}
		dst = appendSegmentToken(dst, text, units[start].start, units[k-1].end, typ)
		start = k
	}
	return dst
}
