package gazetteer

import (
	"runtime"
	"testing"
)

// BenchmarkLoadDefault parses the embedded default data (what the first call
// to Default does once).
func BenchmarkLoadDefault(b *testing.B) {
	size := 0
	for _, name := range defaultFiles() {
		data, _ := dataFS.ReadFile(name)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var n int
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	for b.Loop() {
		g, _, _ := parseDefault()
		n = g.Len()
	}
	runtime.ReadMemStats(&ms1)
	reportPerEntry(b, n, ms1.TotalAlloc-ms0.TotalAlloc)
}

// BenchmarkDefault is the cost of each call to Default: a deep copy.
func BenchmarkDefault(b *testing.B) {
	n := Default().Len()
	b.ReportAllocs()
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	for b.Loop() {
		Default()
	}
	runtime.ReadMemStats(&ms1)
	reportPerEntry(b, n, ms1.TotalAlloc-ms0.TotalAlloc)
}

// reportPerEntry reports ns/entry and allocated B/entry of a benchmark
// whose every iteration handles entries entries and which allocated
// allocated bytes in all.
func reportPerEntry(b *testing.B, entries int, allocated uint64) {
	if entries == 0 || b.N == 0 {
		return
	}
	total := float64(b.N) * float64(entries)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/total, "ns/entry")
	b.ReportMetric(float64(allocated)/total, "B/entry")
}
