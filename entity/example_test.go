package entity_test

import (
	"fmt"

	"github.com/kayan-nlp/kayan/entity"
)

func ExampleTagger_Tag() {
	doc := entity.Default().Tag("التقى وزير الخارجية الروسي سيرغي لافروف بنظيره الصيني في بكين.")
	for _, m := range doc.Mentions {
		fmt.Println(m.Text(doc), m.Type, m.ID, m.Source)
	}
	// Output:
	// الروسي NATIONALITY country:RU nationality
	// سيرغي لافروف PERSON person:sergey-lavrov gazetteer
	// الصيني NATIONALITY country:CN nationality
	// بكين LOCATION city:beijing gazetteer
}
