// Command triples prints the relations of a text as a table of (subject,
// relation, object) triples with their trigger words.
//
//	go run ./examples/triples [file]
//
// With no file it reads the seed article from the repository root.
package main

import (
	"fmt"
	"io"
	"os"
	"text/tabwriter"

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
	table(os.Stdout, string(text))
}

// name is how a mention shows in the table: its English canonical name
// when it has one, else its text.
func name(doc *entity.Document, m *entity.Mention) string {
	if m.NameEn != "" {
		return m.NameEn
	}
	return m.Text(doc)
}

// table prints the relations of text, one triple per row.
func table(w io.Writer, text string) {
	doc := entity.Default().Tag(text)
	rels := relation.Default().Extract(doc)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SUBJECT\tRELATION\tOBJECT\tROLE\tTRIGGER")
	for _, r := range rels {
		role := r.Role
		if role == "" {
			role = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n",
			name(doc, &doc.Mentions[r.Subject]), r.Type, name(doc, &doc.Mentions[r.Object]),
			role, doc.Text[r.Trigger.Start:r.Trigger.End])
	}
	tw.Flush()
}
