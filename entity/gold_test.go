package entity

import (
	"bufio"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// row is one annotated mention.
type row struct {
	Start, End int
	Text, Type string
	ID         string
	Nested     bool
}

func rows(d *Document) []row {
	var out []row
	for _, m := range d.Mentions {
		out = append(out, row{m.Start, m.End, m.Text(d), m.Type.String(), m.ID, m.Nested})
	}
	return out
}

// TestSeedGold tags the seed article and compares every mention with the
// hand annotation in testdata/seed_entities.tsv.
func TestSeedGold(t *testing.T) {
	text, err := os.ReadFile("../seeds/russia-china-defense-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../testdata/seed_entities.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var want []row
	sc := bufio.NewScanner(f)
	for ln := 1; sc.Scan(); ln++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 6 {
			t.Fatalf("seed_entities.tsv:%d: %d columns, want 6", ln, len(c))
		}
		s, _ := strconv.Atoi(c[0])
		e, _ := strconv.Atoi(c[1])
		if string(text[s:e]) != c[2] {
			t.Fatalf("seed_entities.tsv:%d: text[%d:%d] is %q, not %q", ln, s, e, text[s:e], c[2])
		}
		want = append(want, row{s, e, c[2], c[3], c[4], c[5] == "true"})
	}
	d := Default().Tag(string(text))
	if diff := cmp.Diff(want, rows(d)); diff != "" {
		t.Errorf("seed article (-want +got):\n%s", diff)
	}
}

// sentence is one annotated sentence of testdata/entity_sentences.jsonl.
type sentence struct {
	Name, Rule, Text string
	Entities         []struct {
		Text, Type, ID string
		Occurrence     int
		Nested         bool
	}
}

// TestSentences checks the hand-annotated news sentences, one subtest each.
func TestSentences(t *testing.T) {
	f, err := os.Open("../testdata/entity_sentences.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	tg := Default()
	n := 0
	for ln := 1; sc.Scan(); ln++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		var s sentence
		if err := json.Unmarshal([]byte(l), &s); err != nil {
			t.Fatalf("entity_sentences.jsonl:%d: %v", ln, err)
		}
		n++
		t.Run(s.Name, func(t *testing.T) {
			var want []row
			for _, e := range s.Entities {
				occ := max(e.Occurrence, 1)
				at := -1
				for k, from := 0, 0; k < occ; k++ {
					i := strings.Index(s.Text[from:], e.Text)
					if i < 0 {
						t.Fatalf("entity_sentences.jsonl:%d: %q occurs fewer than %d times", ln, e.Text, occ)
					}
					at = from + i
					from = at + len(e.Text)
				}
				want = append(want, row{at, at + len(e.Text), e.Text, e.Type, e.ID, e.Nested})
			}
			d := tg.Tag(s.Text)
			got := rows(d)
			// order as the tagger does: by start, longer first
			if diff := cmp.Diff(sortRows(want), got); diff != "" {
				t.Errorf("line %d (%s) %s (-want +got):\n%s", ln, s.Rule, s.Text, diff)
			}
		})
	}
	if n < 60 {
		t.Errorf("only %d annotated sentences, want at least 60", n)
	}
}

func sortRows(r []row) []row {
	out := append([]row(nil), r...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && (out[j].Start < out[j-1].Start || out[j].Start == out[j-1].Start && out[j].End > out[j-1].End); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
