package arabic

import (
	"math"
	"strings"
	"testing"
	"time"
)

// TestLinearTime checks that time per byte does not grow with the input:
// each case runs on 16 KB and on 1 MB (64 times more), and the time per byte
// on the large input must stay within 10 times that on the small one. A
// quadratic cost would show as about 64 times. The benchmarks run the huge
// inputs (a 10 MB word, 100 MB of text).
func TestLinearTime(t *testing.T) {
	small, large := 16<<10, 1<<20
	if raceEnabled {
		small, large = small/8, large/8
	}
	var (
		n     Normalizer
		tok   Tokenizer
		seg   = Tokenizer{forceSegment: true}
		tg    tagger
		buf   []byte
		toks  []Token
		spans []Span
	)
	news := func(size int) string { return repeatText(t, size)[:size] }
	pattern := func(p string) func(int) string {
		return func(size int) string { return strings.Repeat(p, size/len(p)) }
	}
	cases := []struct {
		name string
		gen  func(size int) string
		run  func(s string)
	}{
		{"Normalize/word", longWord, func(s string) { n.Normalize(s) }},
		{"Normalize/marks", pattern("\u064E"), func(s string) { n.Normalize(s) }},
		{"Normalize/presentation forms", pattern("ﻻﺭ\uFCF2"), func(s string) { n.Normalize(s) }},
		{"Normalize/NFKC", pattern("ＸﬁÅ"), func(s string) { n.Normalize(s) }},
		{"AppendNormalized/news", news, func(s string) { buf = AppendNormalized(buf[:0], s) }},
		{"Tokenize/word", longWord, func(s string) { toks = tok.Append(toks[:0], s) }},
		{"Tokenize/news", news, func(s string) { toks = tok.Append(toks[:0], s) }},
		{"Tokenize/marks after a comma", pattern("،\u064E"), func(s string) { toks = tok.Append(toks[:0], s) }},
		{"Tokenize/latin with accents", pattern("é"), func(s string) { toks = tok.Append(toks[:0], s) }},
		{"Tokenize/dotted letters", pattern("a."), func(s string) { toks = tok.Append(toks[:0], s) }},
		{"TokenizeSegment/word", longWord, func(s string) { toks = seg.Append(toks[:0], s) }},
		{"TokenizeClitics/news", news, func(s string) { tg.run(s) }},
		{"Sentences/periods", pattern("a. "), func(s string) {
			toks = tok.Append(toks[:0], s)
			spans = AppendSentences(spans[:0], s, toks)
		}},
	}
	elapsed := func(s string, run func(string)) float64 {
		t0 := time.Now()
		run(s)
		return float64(time.Since(t0).Nanoseconds()) / float64(len(s))
	}
	for _, c := range cases {
		s, l := c.gen(small), c.gen(large)
		c.run(l) // warm up the buffers
		// The best of a few interleaved runs, to shrug off a busy machine.
		ps, pl := math.Inf(1), math.Inf(1)
		for range 3 {
			pl = min(pl, elapsed(l, c.run))
			for range 3 {
				ps = min(ps, elapsed(s, c.run))
			}
		}
		if ratio := pl / ps; ratio > 10 {
			t.Errorf("%s: %.2f ns/byte on %d bytes, %.2f ns/byte on %d bytes (%.1fx)", c.name, ps, len(s), pl, len(l), ratio)
		} else {
			t.Logf("%s: %.2f ns/byte on %d bytes, %.2f ns/byte on %d bytes", c.name, ps, len(s), pl, len(l))
		}
	}
}
