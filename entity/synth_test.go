package entity

import (
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/kayan-nlp/kayan/gazetteer"
	"github.com/kayan-nlp/kayan/internal/synth"
)

// synthGazetteer returns n synthetic entries (internal/synth: Arabic-looking
// names from roots and patterns, aliases, short aliases); with
// sharedPrefix, every name starts with the same eight words.
func synthGazetteer(tb testing.TB, n int, sharedPrefix bool) *gazetteer.Gazetteer {
	tb.Helper()
	return synth.Gazetteer(synth.Options{N: n, Seed: 1, SharedPrefix: sharedPrefix})
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

// BenchmarkTagDefaultPlus1M tags with the default gazetteer merged with
// 1,000,000 synthetic entries: the same matches as BenchmarkTag, in a
// vocabulary and tries a million entries larger.
func BenchmarkTagDefaultPlus1M(b *testing.B) {
	t, err := New(gazetteer.Default().Merge(synthGazetteer(b, 1_000_000, false)), nil)
	if err != nil {
		b.Fatal(err)
	}
	benchTag(b, t, benchText(b))
}

// BenchmarkCompileDefault compiles the embedded gazetteer.
func BenchmarkCompileDefault(b *testing.B) {
	g := gazetteer.Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(g, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(g.Len()), "ns/entry")
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
	benchTag(b, synthTagger(b), benchText(b))
}

// BenchmarkSharedPrefix: 1M names sharing one three-word prefix, and a text
// that repeats the prefix: time stays linear in the text.
func BenchmarkSharedPrefix(b *testing.B) {
	t, err := New(synthGazetteer(b, 1_000_000, true), nil)
	if err != nil {
		b.Fatal(err)
	}
	g := synthGazetteer(b, 1000, true)
	var prefix string
	for e := range g.All() {
		prefix = strings.Join(strings.Fields(e.Name)[:8], " ")
		break
	}
	benchTag(b, t, strings.Repeat("قال "+prefix+" إن ", 10000))
}

// BenchmarkHugeWord tags one 10 MB word.
func BenchmarkHugeWord(b *testing.B) {
	benchTag(b, Default(), strings.Repeat("روسيا", 1_000_000))
}
