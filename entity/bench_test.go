package entity

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// benchText is a ~1 MB news text: the seed article and the annotated
// sentences of testdata/entity_sentences.jsonl, repeated.
func benchText(b *testing.B) string {
	seed, err := os.ReadFile("../seeds/russia-china-defense-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	sents, err := os.ReadFile("../testdata/entity_sentences.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	var one strings.Builder
	one.Write(seed)
	one.WriteByte('\n')
	for _, l := range strings.Split(string(sents), "\n") {
		var s struct{ Text string }
		if json.Unmarshal([]byte(l), &s) == nil && s.Text != "" {
			one.WriteString(s.Text)
			one.WriteByte(' ')
		}
	}
	one.WriteByte('\n')
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(one.String())
	}
	return sb.String()
}

func BenchmarkRuneScan(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, r := range text {
			if r == 'x' {
				n++
			}
		}
	}
	_ = n
}

func BenchmarkTag(b *testing.B) { benchTag(b, Default(), benchText(b)) }

// benchTag measures TagInto on text with a warm Document.
func benchTag(b *testing.B, t *Tagger, text string) {
	var d Document
	t.TagInto(&d, text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		t.TagInto(&d, text)
	}
}

// BenchmarkTag100MB tags one 100 MB text: time per byte stays that of
// BenchmarkTag (linear in the input).
func BenchmarkTag100MB(b *testing.B) {
	benchTag(b, Default(), strings.Repeat(benchText(b), 100))
}

// BenchmarkSameNamePlaces tags a text full of places that share their name
// (صور، عمان) in long sentences: settling them stays linear.
func BenchmarkSameNamePlaces(b *testing.B) {
	benchTag(b, Default(), strings.Repeat("وصل الوفد إلى مدينة صور اللبنانية ثم عمان ومسقط و", 50000))
}
