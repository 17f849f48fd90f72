package format

import (
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kayan-nlp/kayan/entity"
	"github.com/kayan-nlp/kayan/relation"
)

// TestHTMLSeed renders the seed article as scripts/render-html.sh does and
// checks the page's structure: right to left, one highlighted span per
// mention with its type's class and hover title, the relations listed
// under their sentences, nothing loaded from the network.
func TestHTMLSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "seeds", "russia-china-defense-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := entity.Default().Tag(string(b))
	rels := relation.Default().Extract(doc)
	d := NewDocument(doc, rels)
	d.ID = "russia-china-defense-talks"
	page := write(t, "html", d)
	checkPage(t, page, d)
	if len(d.Entities) < 20 {
		t.Errorf("only %d entities in the seed", len(d.Entities))
	}
	if len(rels) == 0 {
		t.Fatal("no relation in the seed")
	}
	if n := strings.Count(page, "<li>"); n != len(rels) {
		t.Errorf("%d relation items, want %d", n, len(rels))
	}
	if n := strings.Count(page, `<span class="arrow">←</span>`); n != 2*len(rels) {
		t.Errorf("%d arrows, want two per relation: %d", n, 2*len(rels))
	}
	// Every relation item sits in the sentence of its evidence.
	for i, r := range d.Relations {
		si := sentenceAt(d.Sentences, r.Evidence.Start)
		if si < 0 {
			t.Errorf("relation %d: evidence %d outside every sentence", i, r.Evidence.Start)
		}
	}
	if strings.Count(page, `<div class="sent">`) != len(d.Sentences) {
		t.Errorf("%d sentence blocks, want %d", strings.Count(page, `<div class="sent">`), len(d.Sentences))
	}
	// The text survives: stripping the tags gives back every sentence.
	plain := html.UnescapeString(tagRE.ReplaceAllString(page, ""))
	for _, s := range d.Sentences {
		if !strings.Contains(plain, d.Text[s.Start:s.End]) {
			t.Errorf("sentence %q lost in the page", d.Text[s.Start:s.End])
		}
	}
}
