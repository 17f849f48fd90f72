package entity

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/kayan-nlp/kayan/gazetteer"
)

// syllables build Arabic-looking synthetic names.
var syllables = strings.Fields("با تو سي ري كا لو ما نو دي فا زا جو شا قي ها وي را سو مي طا " +
	"بر تن سل رك كم لد مر نس در فل زن جر شم قل هب ول رز سك مد طر")

// synthGazetteer returns n synthetic entries. With sharedPrefix, every
// name starts with the same three words.
func synthGazetteer(tb testing.TB, n int, sharedPrefix bool) *gazetteer.Gazetteer {
	tb.Helper()
	word := func(i int) string {
		var sb strings.Builder
		for k := 0; k < 3; k++ {
			sb.WriteString(syllables[i%len(syllables)])
			i /= len(syllables)
		}
		return sb.String()
	}
	types := []gazetteer.Type{gazetteer.Person, gazetteer.Location, gazetteer.Organization}
	entries := make([]gazetteer.Entry, n)
	for i := range entries {
		name := word(i) + " " + word(i*7+3)
		if i%3 == 0 {
			name += " " + word(i*13+5)
		}
		if sharedPrefix {
			name = "عبد الرحمن بن " + word(i) + " " + word(i/50)
		}
		e := gazetteer.Entry{ID: fmt.Sprintf("person:synth-%d", i), Type: types[i%3], Name: name, NameEn: fmt.Sprintf("Synth %d", i)}
		switch e.Type {
		case gazetteer.Location:
			e.ID, e.Kind = fmt.Sprintf("loc:synth-%d", i), "city"
		case gazetteer.Organization:
			e.ID, e.Kind = fmt.Sprintf("org:synth-%d", i), "company"
		}
		entries[i] = e
	}
	g, err := gazetteer.New(entries...)
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

var (
	synthOnce sync.Once
	synth1M   *Tagger
)

func synthTagger(b *testing.B) *Tagger {
	synthOnce.Do(func() {
		t, err := New(synthGazetteer(b, 1_000_000, false), nil)
		if err != nil {
			b.Fatal(err)
		}
		synth1M = t
	})
	return synth1M
}

// BenchmarkCompile1M compiles a 1,000,000-entry gazetteer and reports the
// heap the tagger retains per entry.
func BenchmarkCompile1M(b *testing.B) {
	g := synthGazetteer(b, 1_000_000, false)
	b.ReportAllocs()
	var t *Tagger
	for b.Loop() {
		var err error
		if t, err = New(g, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	var before, after runtime.MemStats
	t = nil
	runtime.GC()
	runtime.ReadMemStats(&before)
	t, _ = New(g, nil)
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "retained-B/entry")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ns/entry")
	runtime.KeepAlive(t)
	runtime.KeepAlive(g)
}

// BenchmarkTag1M tags the benchmark text with the 1M-entry tagger: cost
// must not grow with the gazetteer (compare with BenchmarkTag).
func BenchmarkTag1M(b *testing.B) {
	text := benchText(b)
	t := synthTagger(b)
	var d Document
	t.TagInto(&d, text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		t.TagInto(&d, text)
	}
}

// BenchmarkSharedPrefix: 1M names sharing one three-word prefix, and a text
// that repeats the prefix: time stays linear in the text.
func BenchmarkSharedPrefix(b *testing.B) {
	t, err := New(synthGazetteer(b, 1_000_000, true), nil)
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("قال عبد الرحمن بن خالد إن ", 40000)
	var d Document
	t.TagInto(&d, text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		t.TagInto(&d, text)
	}
}

// BenchmarkHugeWord tags one 10 MB word.
func BenchmarkHugeWord(b *testing.B) {
	text := strings.Repeat("روسيا", 1_000_000)
	t := Default()
	var d Document
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		t.TagInto(&d, text)
	}
}
