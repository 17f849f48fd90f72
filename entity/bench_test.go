package entity

import (
	"os"
	"strings"
	"testing"
)

func benchText(b *testing.B) string {
	seed, err := os.ReadFile("../seeds/russia-china-defense-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.Write(seed)
		sb.WriteByte('\n')
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
