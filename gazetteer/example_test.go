package gazetteer_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kayan-nlp/kayan/gazetteer"
)

func ExampleDefault() {
	g := gazetteer.Default()
	e, _ := g.Entry("country:EG")
	fmt.Println(e.Name, e.Type, e.NameEn)
	fmt.Println(g.Filter(gazetteer.Country).Len(), "countries")
	// Output:
	// مصر COUNTRY Egypt
	// 249 countries
}

func ExampleLoad() {
	const data = `# people
{"id":"person:sergei-shoigu","type":"PERSON","name":"سيرغي شويغو","short_aliases":["شويغو"],"country":"RU","positions":[{"role":"defense_minister","of":"country:RU","from":2012,"to":2024}]}
{"id":"city:moscow","type":"LOCATION","kind":"city","name":"موسكو","country":"RU","nmae":"x"}
{"id":"person:x","type":"PERSON","name":"س","positions":[{"role":"presdent","of":"country:RU"}]}
`
	g, err := gazetteer.Load(strings.NewReader(data))
	fmt.Println(err)
	fmt.Println(errors.Is(err, gazetteer.ErrInvalid))
	for e := range g.All() {
		fmt.Println(e.ID, e.Positions[0].Role, g.NeedsContext(e, "شويغو"))
	}
	// Output:
	// line 3: invalid entry city:moscow: unknown field "nmae"
	// line 4: invalid entry person:x: positions[0]: unknown role "presdent"
	// true
	// person:sergei-shoigu defense_minister true
}

func ExampleLint() {
	g, _ := gazetteer.New(
		gazetteer.Entry{ID: "city:tripoli-ly", Type: gazetteer.Location, Name: "طرابلس", Country: "LY"},
		gazetteer.Entry{ID: "city:tripoli-lb", Type: gazetteer.Location, Name: "طرابلس", Country: "LB"},
		gazetteer.Entry{ID: "city:tyre", Type: gazetteer.Location, Name: "صور", Country: "LB"},
	)
	for _, f := range gazetteer.Lint(g) {
		fmt.Println(f)
	}
	// Output:
	// city:tripoli-lb: "طرابلس": shared (city:tripoli-ly)
	// city:tripoli-ly: "طرابلس": shared (city:tripoli-lb)
	// city:tyre: "صور": common word
}
