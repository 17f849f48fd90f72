// Command custom-gazetteer adds a user's entries to the default gazetteer
// and tags a text with the merged one.
//
//	go run ./examples/custom-gazetteer
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kayan-nlp/kayan/entity"
	"github.com/kayan-nlp/kayan/gazetteer"
)

// mine is a user's gazetteer in the JSON Lines format of
// gazetteer/FORMAT.md: a local company and its chief executive.
const mine = `{"id":"org:nour-textiles","type":"ORGANIZATION","kind":"company","name":"شركة النور للنسيج","name_en":"Nour Textiles","aliases":["النور للنسيج"],"country":"EG"}
{"id":"person:salma-haddad","type":"PERSON","name":"سلمى حداد","name_en":"Salma Haddad","short_aliases":["حداد"],"country":"EG","positions":[{"role":"ceo","of":"org:nour-textiles","from":2021}]}
`

func main() {
	if err := run(os.Stdout, "أعلنت سلمى حداد، رئيسة شركة النور للنسيج، عن افتتاح مصنع جديد في الإسكندرية."); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(w io.Writer, text string) error {
	user, err := gazetteer.Load(strings.NewReader(mine))
	if err != nil {
		return fmt.Errorf("custom-gazetteer: %w", err)
	}
	// Later gazetteers override earlier ones entry by entry (same id).
	g := gazetteer.Default().Merge(user)
	tagger, err := entity.New(g, nil)
	if err != nil {
		return fmt.Errorf("custom-gazetteer: %w", err)
	}
	doc := tagger.Tag(text)
	for _, m := range doc.Flat() {
		fmt.Fprintf(w, "%-12s %-20s %s\n", m.Type, m.Text(doc), m.ID)
	}
	return nil
}
