package format_test

import (
	"fmt"

	"github.com/kayan-nlp/kayan/entity"
	"github.com/kayan-nlp/kayan/format"
	"github.com/kayan-nlp/kayan/relation"
)

// NewDocument gives the JSON shape the command-line tool writes: byte and
// code-point offsets, canonical names, relations indexing the entities.
func ExampleNewDocument() {
	doc := entity.Default().Tag("زار وزير الخارجية الروسي سيرغي لافروف بكين.")
	d := format.NewDocument(doc, relation.Default().Extract(doc))
	for _, e := range d.Entities {
		fmt.Println(e.Start, e.End, e.CharStart, e.CharEnd, e.Text, e.Type, e.ID)
	}
	for _, r := range d.Relations {
		fmt.Println(r.Type, d.Entities[r.Subject].ID, d.Entities[r.Object].ID, r.Role, r.Rule)
	}
	// Output:
	// 33 45 18 24 الروسي NATIONALITY country:RU
	// 46 69 25 37 سيرغي لافروف PERSON person:sergey-lavrov
	// 70 78 38 42 بكين LOCATION city:beijing
	// VISITS person:sergey-lavrov city:beijing  visits-verb
	// POSITION_HELD person:sergey-lavrov country:RU foreign_minister position-title
}
