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
	ID string `json:"id"`
	// Set is empty for the development sentences, "heldout" and
	// "heldout2" for sentences annotated before the extractor ever ran on
	// them (see floors).
	Set       string    `json:"set,omitempty"`
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
	"h09": "joint drills (مناورات مشتركة) are not a cooperation trigger, and the Chinese navy is only an adjective (والصينية)",
	"h10": "a delegation from an organization (وفدا من الكونغرس): من blocks the argument",
	"h15": "parties named by nationality adjectives (الوفدين الروسي والأوكراني) are not talks parties",
	"h18": "the subject of سيلتقي is implicit (the prime minister of the clause before)",
	"b04": "joint drills (تدريبات مع) are not a cooperation trigger",
	"b06": "a delegation from an organization (وفد من حركة طالبان): من blocks the argument",
	"b07": "an agreement signed by two ministers: the cooperating countries are only adjectives of their titles",
	"b09": "a parenthetical (، على هامش القمة،) between subject and object: gaps stop at commas",
	"b13": "اتصالات (contacts) alone is not a talks trigger",
}

// Floors of the precision and recall, over the development sentences and
// over the held-out ones: heldout was annotated blind, measured, then some
// misses were fixed; heldout2 was annotated blind and never tuned to.
var floors = map[string]struct{ precision, recall float64 }{
	"dev":      {0.95, 0.95},
	"heldout":  {0.90, 0.85},
	"heldout2": {0.90, 0.80},
}

type counts struct{ tp, fp, fn int }

func (c counts) pr() (p, r, f float64) {
	p = float64(c.tp) / float64(max(c.tp+c.fp, 1))
	r = float64(c.tp) / float64(max(c.tp+c.fn, 1))
	return p, r, 2 * p * r / max(p+r, 1e-9)
}

// TestSentences checks every annotated sentence exactly (save the known
// misses) and logs the precision and recall of each set:
//
//	go test -run TestSentences -v ./relation/
func TestSentences(t *testing.T) {
	gold := readSentences(t)
	if len(gold) < 40 {
		t.Fatalf("%d annotated sentences, want at least 40", len(gold))
	}
	sets := map[string]*counts{"dev": {}, "heldout": {}, "heldout2": {}}
	n := map[string]int{}
	ids := map[string]bool{}
	for _, g := range gold {
		if ids[g.ID] {
			t.Errorf("duplicate sentence id %s", g.ID)
		}
		ids[g.ID] = true
		set := g.Set
		if set == "" {
			set = "dev"
		}
		c := sets[set]
		if c == nil {
			t.Fatalf("%s: unknown set %q", g.ID, g.Set)
		}
		n[set]++
		doc := entity.Default().Tag(g.Text)
		rels := Default().Extract(doc)
		want, got := wantSet(g.Relations), gotSet(doc, rels)
		for _, w := range want {
			if slices.Contains(got, w) {
				c.tp++
			} else {
				c.fn++
			}
		}
		for _, x := range got {
			if !slices.Contains(want, x) {
				c.fp++
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
	all := counts{}
	for _, set := range []string{"dev", "heldout", "heldout2"} {
		c := sets[set]
		all.tp, all.fp, all.fn = all.tp+c.tp, all.fp+c.fp, all.fn+c.fn
		p, r, f := c.pr()
		t.Logf("%-7s %2d sentences, %3d gold relations: tp %3d fp %2d fn %2d  precision %.3f recall %.3f F1 %.3f",
			set, n[set], c.tp+c.fn, c.tp, c.fp, c.fn, p, r, f)
		if fl := floors[set]; p < fl.precision || r < fl.recall {
			t.Errorf("%s: precision %.3f recall %.3f, below the floors %.2f / %.2f", set, p, r, fl.precision, fl.recall)
		}
	}
	p, r, f := all.pr()
	t.Logf("all     %2d sentences, %3d gold relations: tp %3d fp %2d fn %2d  precision %.3f recall %.3f F1 %.3f",
		len(gold), all.tp+all.fn, all.tp, all.fp, all.fn, p, r, f)
}

// TestReadmeJSON checks the relation shown in README.md: the first relation
// of the seed article.
func TestReadmeJSON(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(b), "```json\n")
	block, _, ok := strings.Cut(rest, "```")
	if !ok {
		t.Fatal("no json block in README.md")
	}
	var want Relation
	if err := json.Unmarshal([]byte(block), &want); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("../seeds/russia-china-defense-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := entity.Default().Tag(string(text))
	rels := Default().Extract(doc)
	if len(rels) == 0 {
		t.Fatal("no relations")
	}
	if diff := cmp.Diff(want, rels[0]); diff != "" {
		t.Errorf("README relation (-want +got):\n%s", diff)
	}
	got, _ := json.Marshal(rels[0])
	if compact := strings.Join(strings.Fields(block), ""); string(got) != compact {
		t.Errorf("JSON %s, README shows %s", got, compact)
	}
}
