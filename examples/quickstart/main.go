// Command quickstart tags an Arabic article with kayan's default gazetteer
// and rules, and prints its entities and relations.
//
//	go run ./examples/quickstart [file]
//
// With no file it reads the seed article, seeds/russia-china-defense-talks.txt,
// from the repository root.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/kayan-nlp/kayan/entity"
	"github.com/kayan-nlp/kayan/relation"
)

func main() {
	path := "seeds/russia-china-defense-talks.txt"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	text, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	show(os.Stdout, string(text))
}

// show tags text and prints one line per top-level entity, then one line
// per relation.
func show(w io.Writer, text string) {
	doc := entity.Default().Tag(text)
	for _, m := range doc.Mentions {
		if m.Nested {
			continue
		}
		fmt.Fprintf(w, "%-12s %s → %s (%s)\n", m.Type, m.Text(doc), m.NameEn, m.ID)
	}
	for _, r := range relation.Default().Extract(doc) {
		subj, obj := &doc.Mentions[r.Subject], &doc.Mentions[r.Object]
		fmt.Fprintf(w, "%s %s %s", subj.NameEn, r.Type, obj.NameEn)
		if r.Role != "" {
			fmt.Fprintf(w, " (%s)", r.Role)
		}
		fmt.Fprintln(w)
	}
}
