package synth

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kayan-nlp/kayan/gazetteer"
)

func TestEntries(t *testing.T) {
	tests := []struct {
		name      string
		opts      Options
		minTokens float64
		maxTokens float64
	}{
		{"mixed", Options{N: 20_000, Seed: 1}, 2.3, 2.7},
		{"shared prefix", Options{N: 5_000, Seed: 2, SharedPrefix: true}, 10.3, 10.7},
		{"short prefix", Options{N: 5_000, Seed: 3, SharedPrefix: true, PrefixTokens: 3}, 5.3, 5.7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := Entries(tt.opts)
			if len(es) != tt.opts.N {
				t.Fatalf("%d entries, want %d", len(es), tt.opts.N)
			}
			g, err := gazetteer.New(es...)
			if err != nil {
				t.Fatalf("invalid entries: %.500v", err)
			}
			if g.Len() != tt.opts.N {
				t.Errorf("ids not unique: %d of %d", g.Len(), tt.opts.N)
			}
			types := map[gazetteer.Type]int{}
			tokens := 0
			for _, e := range es {
				types[e.Type]++
				tokens += len(strings.Fields(e.Name))
			}
			avg := float64(tokens) / float64(len(es))
			if avg < tt.minTokens || avg > tt.maxTokens {
				t.Errorf("%.2f tokens per name, want %.1f–%.1f", avg, tt.minTokens, tt.maxTokens)
			}
			for _, typ := range gazetteer.Types() {
				if types[typ] == 0 {
					t.Errorf("no %v entry: %v", typ, types)
				}
			}
			if tt.opts.SharedPrefix {
				k := tt.opts.PrefixTokens
				if k == 0 {
					k = 8
				}
				prefix := strings.Join(strings.Fields(es[0].Name)[:k], " ") + " "
				for _, e := range es {
					if !strings.HasPrefix(e.Name, prefix) {
						t.Fatalf("%s %q does not start with %q", e.ID, e.Name, prefix)
					}
				}
			}
			if diff := cmp.Diff(es, Entries(tt.opts)); diff != "" {
				t.Errorf("not deterministic (-first +second):\n%.2000s", diff)
			}
		})
	}
	a, b := Entries(Options{N: 10, Seed: 1}), Entries(Options{N: 10, Seed: 2})
	if cmp.Equal(a, b) {
		t.Error("seeds 1 and 2 give the same entries")
	}
}

func TestAppendJSONL(t *testing.T) {
	o := Options{N: 3000, Seed: 7}
	data := AppendJSONL([]byte("# synthetic\n"), o)
	g, err := gazetteer.Load(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%.500v", err)
	}
	var got []gazetteer.Entry
	for e := range g.All() {
		got = append(got, *e)
	}
	if diff := cmp.Diff(Entries(o), got); diff != "" {
		t.Errorf("JSONL differs from Entries (-want +got):\n%.2000s", diff)
	}
}

func TestText(t *testing.T) {
	es := Entries(Options{N: 50, Seed: 1})
	text := Text(es, 5000, 3)
	words := len(strings.Fields(text))
	if words < 4900 || words > 5100 {
		t.Errorf("%d words, want about 5000", words)
	}
	found := 0
	for _, e := range es {
		if strings.Contains(text, e.Name) {
			found++
		}
	}
	if found < 20 {
		t.Errorf("only %d of 50 names occur in the text", found)
	}
	if text != Text(es, 5000, 3) {
		t.Error("not deterministic")
	}
	if Text(nil, 10, 1) == "" {
		t.Error("empty text without entries")
	}
}
