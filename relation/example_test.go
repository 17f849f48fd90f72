package relation_test

import (
	"fmt"
	"strings"

	"github.com/kayan-nlp/kayan/entity"
	"github.com/kayan-nlp/kayan/relation"
)

func ExampleExtractor() {
	text := "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي في بكين."
	doc := entity.Default().Tag(text)
	for _, r := range relation.Default().Extract(doc) {
		s, o := &doc.Mentions[r.Subject], &doc.Mentions[r.Object]
		fmt.Printf("%s: %s -> %s (%s)", r.Type, s.Text(doc), o.Text(doc), o.ID)
		if r.Role != "" {
			fmt.Printf(" as %s", r.Role)
		}
		fmt.Printf(" [%s: %s]\n", r.Rule, text[r.Trigger.Start:r.Trigger.End])
	}
	// Output:
	// MEETS: سيرغي لافروف -> وانغ يي (person:wang-yi) [meets: التقى]
	// POSITION_HELD: سيرغي لافروف -> الروسي (country:RU) as foreign_minister [position-title: وزير الخارجية]
	// POSITION_HELD: وانغ يي -> الصيني (country:CN) as foreign_minister [position-counterpart: نظيره]
}

func ExampleLoadRules() {
	// A new relation type, declared in the rule file format.
	rules, err := relation.LoadRules(strings.NewReader(`
# who sanctions whom
{"name":"sanctions","type":"SANCTIONS","subject":["COUNTRY","ORGANIZATION"],"object":["COUNTRY","ORGANIZATION","PERSON"],"triggers":["فرض","فرضت"],"patterns":["T ...2 S ...2 عقوبات ...3 على O"]}
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	x, err := relation.New(append(relation.Builtin(), rules...)...)
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := entity.Default().Tag("فرض الاتحاد الأوروبي عقوبات جديدة على روسيا.")
	for _, r := range x.Extract(doc) {
		fmt.Println(r.Type, doc.Mentions[r.Subject].ID, doc.Mentions[r.Object].ID)
	}
	// Output:
	// SANCTIONS org:eu country:RU
}
