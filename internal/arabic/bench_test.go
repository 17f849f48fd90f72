package arabic

import (
	"os"
	"strings"
	"testing"
)

// seedPath is the seed article, relative to the package directory.
const seedPath = "../../seeds/russia-china-defense-talks.txt"

func seedText(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// repeatText repeats the seed article to about size bytes.
func repeatText(tb testing.TB, size int) string {
	seed := seedText(tb) + "\n"
	return strings.Repeat(seed, (size+len(seed)-1)/len(seed))
}

// newsText is about 1 MB of Arabic news.
func newsText(tb testing.TB) string { return repeatText(tb, 1<<20) }

// longWord is about size bytes of Arabic letters without a space.
func longWord(size int) string {
	return strings.Repeat("سيرغيشويغو", size/20)
}

var sink int

// BenchmarkBaseline is the floor: decoding every rune and nothing else.
func BenchmarkBaseline(b *testing.B) {
	text := newsText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, r := range text {
			n += int(r)
		}
		sink += n
	}
}

func BenchmarkNormalize(b *testing.B) {
	text := newsText(b)
	var n Normalizer
	n.Normalize(text) // warm up: b.Loop resets the counters
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		n.Normalize(text)
	}
}

func BenchmarkAppendNormalized(b *testing.B) {
	text := newsText(b)
	buf := AppendNormalized(nil, text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendNormalized(buf[:0], text)
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := newsText(b)
	var tok Tokenizer
	toks := tok.Append(nil, text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		toks = tok.Append(toks[:0], text)
	}
}

// BenchmarkTokenizeSegment is the reference: segment alone, no fast path.
func BenchmarkTokenizeSegment(b *testing.B) {
	text := newsText(b)
	tok := Tokenizer{forceSegment: true}
	toks := tok.Append(nil, text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		toks = tok.Append(toks[:0], text)
	}
}

// tagger does the tagger's per-token work: tokenize, normalize each word,
// list its clitic readings and build each stem's key.
type tagger struct {
	tok   Tokenizer
	norm  Normalizer
	toks  []Token
	an    []Analysis
	key   []byte
	stems int
}

func (tg *tagger) run(text string) {
	tg.toks = tg.tok.Append(tg.toks[:0], text)
	for _, t := range tg.toks {
		if t.Kind != Word {
			continue
		}
		tg.norm.Normalize(text[t.Start:t.End])
		word := tg.norm.Bytes()
		tg.an = Clitics(tg.an[:0], word)
		for _, a := range tg.an {
			tg.key = a.Stem(tg.key[:0], word)
			tg.stems += len(tg.key) + tg.norm.Start(a.Skip)
		}
	}
}

func BenchmarkTokenizeClitics(b *testing.B) {
	text := newsText(b)
	var tg tagger
	tg.run(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.run(text)
	}
}

func BenchmarkSentences(b *testing.B) {
	text := newsText(b)
	var tok Tokenizer
	toks := tok.Append(nil, text)
	spans := AppendSentences(nil, text, toks)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		spans = AppendSentences(spans[:0], text, toks)
	}
}

// The huge inputs: one 10 MB word, and 100 MB of news. MB/s should match
// the 1 MB benchmarks above (linear time).

func BenchmarkHugeWord10MB(b *testing.B) {
	word := longWord(10 << 20)
	b.Run("Normalize", func(b *testing.B) {
		var n Normalizer
		b.SetBytes(int64(len(word)))
		for b.Loop() {
			n.Normalize(word)
		}
	})
	b.Run("Tokenize", func(b *testing.B) {
		var tok Tokenizer
		var toks []Token
		b.SetBytes(int64(len(word)))
		for b.Loop() {
			toks = tok.Append(toks[:0], word)
		}
	})
	b.Run("TokenizeSegment", func(b *testing.B) {
		tok := Tokenizer{forceSegment: true}
		var toks []Token
		b.SetBytes(int64(len(word)))
		for b.Loop() {
			toks = tok.Append(toks[:0], word)
		}
	})
	b.Run("TokenizeClitics", func(b *testing.B) {
		var tg tagger
		b.SetBytes(int64(len(word)))
		for b.Loop() {
			tg.run(word)
		}
	})
}

func BenchmarkHugeText100MB(b *testing.B) {
	text := repeatText(b, 100<<20)
	b.Run("Normalize", func(b *testing.B) {
		var n Normalizer
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			n.Normalize(text)
		}
	})
	b.Run("Tokenize", func(b *testing.B) {
		var tok Tokenizer
		var toks []Token
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			toks = tok.Append(toks[:0], text)
		}
	})
	b.Run("TokenizeClitics", func(b *testing.B) {
		var tg tagger
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			tg.run(text)
		}
	})
}
