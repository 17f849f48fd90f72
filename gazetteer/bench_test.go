package gazetteer_test

import (
	"bytes"
	"runtime"
	"sync"
	"testing"

	"github.com/kayan-nlp/kayan/gazetteer"
	"github.com/kayan-nlp/kayan/internal/synth"
)

var synthJSONL = sync.OnceValue(func() []byte {
	return synth.AppendJSONL(nil, synth.Options{N: 1_000_000, Seed: 1})
})

// BenchmarkLoadSynthetic1M loads a synthetic gazetteer of 1,000,000 entries
// from JSON Lines in memory. Besides time and allocation per entry it
// reports heap-B/entry, the memory the loaded gazetteer keeps.
func BenchmarkLoadSynthetic1M(b *testing.B) {
	data := synthJSONL()
	const n = 1_000_000
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var g *gazetteer.Gazetteer
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	for b.Loop() {
		g = nil
		var err error
		g, err = gazetteer.Load(bytes.NewReader(data))
		if err != nil {
			b.Fatalf("%.300v", err)
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&ms1)
	total := float64(b.N) * n
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/total, "ns/entry")
	b.ReportMetric(float64(ms1.TotalAlloc-ms0.TotalAlloc)/total, "B/entry")
	b.ReportMetric(float64(len(data))/n, "jsonl-B/entry")
	runtime.GC()
	runtime.ReadMemStats(&ms1)
	b.ReportMetric(float64(int64(ms1.HeapAlloc)-int64(ms0.HeapAlloc))/n, "heap-B/entry")
	runtime.KeepAlive(g)
	if g.Len() != n {
		b.Fatalf("loaded %d entries", g.Len())
	}
}
