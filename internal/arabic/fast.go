package arabic

import (
	"unicode"
	"unicode/utf8"
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
	if c&0xFC == 0xD8 && k+1 < len(text) && text[k+1]&0xC0 == 0x80 {
		return arabicClass[int(c&3)<<6|int(text[k+1]&0x3F)], 2
	}
	return classSlow(text, k)
}

func classSlow(text string, k int) (uint8, int) {
	if text[k] == 0xE2 && k+2 < len(text) && text[k+1] == 0x80 && text[k+2] >= 0x8C && text[k+2] <= 0x8F {
		return wbExtend, 3
	}
	r, size := utf8.DecodeRuneInString(text[k:])
	if r == utf8.RuneError && size == 1 || unicode.IsSpace(r) {
		return wbSpace, size
	}
	return wbSlow, size
}

// appendFast segments the chunk that starts at text[i] (a rune that is not
// whitespace) by the UAX #29 rules that apply to ASCII and Arabic, appends
// its tokens and returns the chunk's end. It reads every rune once, and one
// rune ahead after a Mid* rune.
//
// ok is false, with dst to be truncated, when the chunk has a rune the fast
// path does not know, or a mark (Extend or Format) after anything but a
// letter: marks there hit corners of segment's scanner (it splits "0،ٕ" as
// 0 | ، | ٕ), so such chunks are left to segment. end is then an offset
// inside the chunk.
//
// A token is either a run of letters, digits and connectors with their
// marks, which UAX #29 always joins (WB4, WB5, WB8–WB10, WB13a, WB13b), and
// with the Mid* runes that sit between two letters (WB6, WB7) or two digits
// (WB11, WB12); or one other rune. Marks at the start of the chunk form a
// unit of their own, dropped as segment does.
func appendFast(dst []Token, text string, i int) (_ []Token, end int, ok bool) {
	k := i
	for k < len(text) {
		cls, size := classAt(text, k)
		switch cls {
		case wbSpace:
			return dst, k, true
		case wbSlow:
			return dst, k, false
		case wbExtend:
			if k != i {
				return dst, k, false
			}
			for k += size; k < len(text); k += size {
				if cls, size = classAt(text, k); cls != wbExtend {
					break
				}
			}
		case wbALetter, wbNumeric, wbExtendNumLet:
			start, last, flags := k, cls, uint16(1)<<cls
			k += size
		run:
			for k < len(text) {
				if last == wbALetter {
					// The bulk of the text: Arabic letters and marks.
					for k+1 < len(text) && text[k]&0xFC == 0xD8 && text[k+1]&0xC0 == 0x80 {
						if c := arabicClass[int(text[k]&3)<<6|int(text[k+1]&0x3F)]; c != wbALetter && c != wbExtend {
							break
						}
						k += 2
					}
					if k >= len(text) {
						break run
					}
				}
				// classAt, inlined by hand for ASCII and Arabic.
				var cls uint8
				size := 1
				if c := text[k]; c < utf8.RuneSelf {
					cls = asciiClass[c]
				} else if c&0xFC == 0xD8 && k+1 < len(text) && text[k+1]&0xC0 == 0x80 {
					cls, size = arabicClass[int(c&3)<<6|int(text[k+1]&0x3F)], 2
				} else {
					cls, size = classSlow(text, k)
				}
				switch cls {
				case wbALetter, wbNumeric, wbExtendNumLet:
					last = cls
					flags |= 1 << cls
				case wbExtend:
					if last != wbALetter {
						return dst, k, false
					}
				case wbMidLetter, wbMidNum, wbMidNumLet, wbSingleQuote:
					if k+size >= len(text) {
						break run
					}
					next, _ := classAt(text, k+size)
					if next == wbExtend || next == wbSlow {
						return dst, k, false
					}
					if !(last == wbALetter && next == wbALetter && cls != wbMidNum ||
						last == wbNumeric && next == wbNumeric && cls != wbMidLetter) {
						break run
					}
				case wbSlow:
					return dst, k, false
				default: // wbOther, wbSpace
					break run
				}
				k += size
			}
			kind := Word // letters, or connectors only
			if flags&(1<<wbALetter) == 0 && flags&(1<<wbNumeric) != 0 {
				kind = Number
			}
			dst = append(dst, Token{Start: int32(start), End: int32(k), Kind: kind})
		default: // wbOther and the Mid* classes: one rune
			if k+size < len(text) {
				if next, _ := classAt(text, k+size); next == wbExtend {
					return dst, k, false
				}
			}
			dst = append(dst, Token{Start: int32(k), End: int32(k + size), Kind: Punct})
			k += size
		}
	}
	return dst, k, true
}
