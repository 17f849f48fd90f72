package arabic

import (
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
	} {
		if diff := cmp.Diff(segmentOnly(s), Tokenize(s)); diff != "" {
			t.Errorf("%q: (-segment +fast)\n%s", s, diff)
		}
	}
}

func FuzzFastPathEqualsSegment(f *testing.F) {
	f.Add("وزير الدفاع، سيرغي 3.5 U.S. don't")
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(segmentOnly(s), Tokenize(s)); diff != "" {
			t.Errorf("%q: (-segment +fast)\n%s", s, diff)
		}
	})
}
