package relation

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kayan-nlp/kayan/entity"
)

// goldRel is a relation as annotated by hand: arguments are entry ids, or
// the mention text for names found from context.
type goldRel struct {
	Type    string `json:"type"`
	Subject string `json:"subject"`
	Object  string `json:"object"`
	Role    string `json:"role,omitempty"`
}

func (g goldRel) String() string {
	if g.Role != "" {
		return fmt.Sprintf("%s %s -[%s]-> %s", g.Type, g.Subject, g.Role, g.Object)
	}
	return fmt.Sprintf("%s %s -> %s", g.Type, g.Subject, g.Object)
}

var symmetricTypes = map[string]bool{TalksWith: true, Meets: true, CooperatesWith: true}

// canon orders the arguments of a symmetric relation, so that the gold
// need not know which one the extractor puts first.
func (g goldRel) canon() goldRel {
	if symmetricTypes[g.Type] && g.Object < g.Subject {
		g.Subject, g.Object = g.Object, g.Subject
	}
	return g
}

func argKey(doc *entity.Document, m *entity.Mention) string {
	if m.ID != "" {
		return m.ID
	}
	return m.Text(doc)
}

// gotSet returns the distinct relations of doc as gold relations, sorted.
func gotSet(doc *entity.Document, rels []Relation) []goldRel {
	out := []goldRel{}
	for _, r := range rels {
		g := goldRel{r.Type, argKey(doc, &doc.Mentions[r.Subject]), argKey(doc, &doc.Mentions[r.Object]), r.Role}.canon()
		if !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	sortGold(out)
	return out
}

func sortGold(gs []goldRel) {
	slices.SortFunc(gs, func(a, b goldRel) int { return strings.Compare(a.String(), b.String()) })
}

func wantSet(gs []goldRel) []goldRel {
	out := make([]goldRel, 0, len(gs))
	for _, g := range gs {
		out = append(out, g.canon())
	}
	sortGold(out)
	return out
}

type seedGold struct {
	Text      string `json:"text"`
	Relations []struct {
		goldRel
		Evidence []string `json:"evidence"`
	} `json:"relations"`
}

func TestSeedRelations(t *testing.T) {
	var gold seedGold
	b, err := os.ReadFile("../testdata/seed_relations.json")
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	if err := dec.Decode(&gold); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("../" + gold.Text)
	if err != nil {
		t.Fatal(err)
	}
	var want []goldRel
	for _, r := range gold.Relations {
		if len(r.Evidence) == 0 {
			t.Errorf("%v: no evidence quoted", r.goldRel)
		}
		for _, e := range r.Evidence {
			if !strings.Contains(string(text), e) {
				t.Errorf("%v: evidence %q is not in the article", r.goldRel, e)
			}
		}
		want = append(want, r.goldRel)
	}
	doc := entity.Default().Tag(string(text))
	rels := Default().Extract(doc)
	if diff := cmp.Diff(wantSet(want), gotSet(doc, rels)); diff != "" {
		t.Errorf("seed relations (-want +got):\n%s", diff)
		for _, r := range rels {
			t.Logf("%s", describe(doc, r))
		}
	}
}

func describe(doc *entity.Document, r Relation) string {
	s, o := &doc.Mentions[r.Subject], &doc.Mentions[r.Object]
	return fmt.Sprintf("%s %q(%s) -[%s]-> %q(%s) trigger %q rule %s", r.Type, s.Text(doc), s.ID, r.Role,
		o.Text(doc), o.ID, doc.Text[r.Trigger.Start:r.Trigger.End], r.Rule)
}

type sentenceGold struct {
	ID        string    `json:"id"`
	Text      string    `json:"text"`
	Relations []goldRel `json:"relations"`
	Note      string    `json:"note"`
}

func readSentences(t testing.TB) []sentenceGold {
	f, err := os.Open("../testdata/relations_sentences.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []sentenceGold
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		var g sentenceGold
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&g); err != nil {
			t.Fatalf("relations_sentences.jsonl:%d: %v", n, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// knownMisses are the annotated sentences the extractor does not get
// exactly right, with the reason. The test fails when one of them starts
// passing, so that the list stays true.
var knownMisses = map[string]string{
	"s16": "tagger: only نوفاك is a mention, ألكسندر is left out, so no title pattern reaches the name",
}

// Floors of the precision and recall over the annotated sentences.
const (
	minPrecision = 0.90
	minRecall    = 0.85
)

func TestSentences(t *testing.T) {
	gold := readSentences(t)
	if len(gold) < 40 {
		t.Fatalf("%d annotated sentences, want at least 40", len(gold))
	}
	var tp, fp, fn int
	ids := map[string]bool{}
	for _, g := range gold {
		if ids[g.ID] {
			t.Errorf("duplicate sentence id %s", g.ID)
		}
		ids[g.ID] = true
		doc := entity.Default().Tag(g.Text)
		rels := Default().Extract(doc)
		want, got := wantSet(g.Relations), gotSet(doc, rels)
		for _, w := range want {
			if slices.Contains(got, w) {
				tp++
			} else {
				fn++
			}
		}
		for _, x := range got {
			if !slices.Contains(want, x) {
				fp++
			}
		}
		diff := cmp.Diff(want, got)
		reason, known := knownMisses[g.ID]
		switch {
		case diff != "" && !known:
			t.Errorf("%s %s (%s) (-want +got):\n%s", g.ID, g.Text, g.Note, diff)
			for _, r := range rels {
				t.Logf("  %s", describe(doc, r))
			}
		case diff != "":
			t.Logf("%s: known miss (%s) (-want +got):\n%s", g.ID, reason, diff)
		case known:
			t.Errorf("%s is listed as a known miss (%s) but passes: remove it from knownMisses", g.ID, reason)
		}
	}
	for id := range knownMisses {
		if !ids[id] {
			t.Errorf("knownMisses names %s, which is not in the file", id)
		}
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("%d sentences, %d gold relations: tp %d fp %d fn %d, precision %.3f recall %.3f F1 %.3f",
		len(gold), tp+fn, tp, fp, fn, p, r, 2*p*r/max(p+r, 1e-9))
	if p < minPrecision || r < minRecall {
		t.Errorf("precision %.3f recall %.3f: below the floors %.2f / %.2f", p, r, minPrecision, minRecall)
	}
}
