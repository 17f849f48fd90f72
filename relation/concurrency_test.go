package relation

import (
	"os"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/kayan-nlp/kayan/entity"
)

// TestConcurrentExtract runs one extractor from many goroutines (run it
// with -race): every goroutine gets the serial result.
func TestConcurrentExtract(t *testing.T) {
	b, err := os.ReadFile("../seeds/russia-china-defense-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{string(b)}
	for _, g := range readSentences(t) {
		texts = append(texts, g.Text)
	}
	x := Default()
	docs := make([]*entity.Document, len(texts))
	want := make([][]Relation, len(texts))
	for i, s := range texts {
		docs[i] = entity.Default().Tag(s)
		want[i] = x.Extract(docs[i])
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var dst []Relation
			for round := 0; round < 5; round++ {
				for k := range texts {
					i := (k + g) % len(texts)
					dst = x.AppendRelations(dst[:0], docs[i])
					if diff := cmp.Diff(want[i], dst, cmpopts.EquateEmpty()); diff != "" {
						select {
						case errs <- diff:
						default:
						}
						return
					}
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for d := range errs {
		t.Errorf("concurrent result differs (-serial +concurrent):\n%s", d)
	}
}

func TestAppendRelationsKeepsDst(t *testing.T) {
	doc := mkDoc(t, "التعاون العسكري الروسي الصيني مستمر.", nat("الروسي", "RU"), nat("الصيني", "CN"))
	prev := []Relation{{Type: "X", Rule: "earlier"}}
	got := Default().AppendRelations(prev, doc)
	if len(got) != 2 || got[0].Rule != "earlier" || got[1].Type != CooperatesWith {
		t.Errorf("got %+v", got)
	}
	if got := Default().Extract(nil); got != nil {
		t.Errorf("nil document: %v", got)
	}
	if got := Default().Extract(&entity.Document{Text: "نص بلا كيانات"}); got != nil {
		t.Errorf("no mentions: %v", got)
	}
}

func BenchmarkExtractSeed(b *testing.B) {
	text, err := os.ReadFile("../seeds/russia-china-defense-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := entity.Default().Tag(string(text))
	x := Default()
	dst := x.AppendRelations(nil, doc)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		dst = x.AppendRelations(dst[:0], doc)
	}
}

func BenchmarkTagAndExtractSeed(b *testing.B) {
	text, err := os.ReadFile("../seeds/russia-china-defense-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	var doc entity.Document
	tg, x := entity.Default(), Default()
	var dst []Relation
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.TagInto(&doc, string(text))
		dst = x.AppendRelations(dst[:0], &doc)
	}
}
