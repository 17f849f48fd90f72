package arabic

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// segmentOnly tokenizes with segment alone: the reference for the fast path.
func segmentOnly(text string) []Token {
	var t Tokenizer
	t.forceSegment = true
	return t.Append(nil, text)
}

func TestFastPathEqualsSegment(t *testing.T) {
	for _, s := range []string{
		"وزير الدفاع، سيرغي 3.5 U.S. don't ـــ x",
		"\u200fروسيا\u0640\u064b (x) a_b _ __ 1,000 ١٢٣٫٤ ١٬٠٠٠ a:b a::b 3.a",
		"  \u064b\u064bx", "ab'c '' 12'3 a.1 1.a «الصين»؛ هل؟",
		"الإيرانیة می\u200cخواهم ۱۴۰۲ \u200fالصين\u200f ٪٥٠ ۔",
		"\u200f\u064eب \u0600١ \u06dd١٢ ـَ",
	} {
		if diff := cmp.Diff(segmentOnly(s), Tokenize(s)); diff != "" {
			t.Errorf("%q: (-segment +fast)\n%s", s, diff)
		}
	}
}

// fastAlphabet has a rune of every class the fast path knows, in ASCII and
// in the Arabic block, and a few it leaves to segment.
var fastAlphabet = []string{
	"a", "ب", "ی", "ـ", // ALetter
	"0", "٣", "۳", "٫", // Numeric
	":",      // MidLetter
	",", "،", // MidNum
	".", "'", "_", // MidNumLet, Single_Quote, ExtendNumLet
	"\u064e", "\u200c", "\u200f", "\u0600", // Extend, Format
	"-", "؟", "\"", // Other
	"é", " ", "\xff", // segment's, space, invalid
}

// TestFastPathExhaustive compares the fast path with segment on every
// string of up to four runes of fastAlphabet: every context of the four-unit
// window the fast path holds.
func TestFastPathExhaustive(t *testing.T) {
	n := len(fastAlphabet)
	maxLen := 4
	if testing.Short() || raceEnabled {
		maxLen = 3
	}
	var tok Tokenizer
	ref := Tokenizer{forceSegment: true}
	var got, want []Token
	var b strings.Builder
	fails := 0
	for l := 1; l <= maxLen; l++ {
		idx := make([]int, l)
		for {
			b.Reset()
			for _, k := range idx {
				b.WriteString(fastAlphabet[k])
			}
			s := b.String()
			got = tok.Append(got[:0], s)
			want = ref.Append(want[:0], s)
			if !slices.Equal(got, want) {
				t.Errorf("%q: (-segment +fast)\n%s", s, cmp.Diff(want, got))
				if fails++; fails > 10 {
					t.FailNow()
				}
			}
			k := l - 1
			for k >= 0 && idx[k] == n-1 {
				idx[k] = 0
				k--
			}
			if k < 0 {
				break
			}
			idx[k]++
		}
	}
}

// TestFastPathRandom compares the fast path with segment on longer random
// strings of fastAlphabet.
func TestFastPathRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var tok Tokenizer
	ref := Tokenizer{forceSegment: true}
	var got, want []Token
	var b strings.Builder
	for range 20000 {
		b.Reset()
		for range 5 + rng.IntN(20) {
			b.WriteString(fastAlphabet[rng.IntN(len(fastAlphabet))])
		}
		s := b.String()
		got = tok.Append(got[:0], s)
		want = ref.Append(want[:0], s)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: (-segment +fast)\n%s", s, cmp.Diff(want, got))
		}
	}
}

// TestFastClasses checks the class of every rune the fast path knows (ASCII,
// the Arabic block, U+200C–U+200F) against segment, in the contexts that
// tell the classes apart.
func TestFastClasses(t *testing.T) {
	var runes []rune
	for r := rune(0); r < 0x80; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x600); r <= 0x6FF; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, 0x200C, 0x200D, 0x200E, 0x200F)
	contexts := []string{
		"%", "a%", "%a", "a%a", "1%", "%1", "1%1", "a%1", "1%a", "_%", "%_",
		"ب%ب", "%%", "a%%a", "1%%1", ".%", "%.", "-%-", "\u064e%",
	}
	var tok Tokenizer
	ref := Tokenizer{forceSegment: true}
	for _, r := range runes {
		for _, ctx := range contexts {
			s := strings.ReplaceAll(ctx, "%", string(r))
			if diff := cmp.Diff(ref.Append(nil, s), tok.Append(nil, s)); diff != "" {
				t.Errorf("U+%04X in %q: (-segment +fast)\n%s", r, s, diff)
			}
		}
	}
}

func FuzzFastPathEqualsSegment(f *testing.F) {
	f.Add("وزير الدفاع، سيرغي 3.5 U.S. don't")
	f.Add("\u200fالصين\u200f ۱۴۰۲ می\u200cخواهم ١٬٠٠٠٫٥ a_1 _ ـَ")
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(segmentOnly(s), Tokenize(s)); diff != "" {
			t.Errorf("%q: (-segment +fast)\n%s", s, diff)
		}
	})
}
