package entity

import (
	"github.com/google/go-cmp/cmp"
	"testing"

	"github.com/kayan-nlp/kayan/gazetteer"
)

// TestRulesSmallGazetteer checks rules on a gazetteer made for the test, so
// that the cases do not depend on the default data.
func TestRulesSmallGazetteer(t *testing.T) {
	g, err := gazetteer.New(
		gazetteer.Entry{ID: "country:ES", Type: gazetteer.Country, Name: "إسبانيا", NameEn: "Spain", Country: "ES",
			Nationality: []string{"إسباني", "إسبانية"}},
		gazetteer.Entry{ID: "city:barcelona", Type: gazetteer.Location, Kind: "city", Name: "برشلونة", NameEn: "Barcelona", Country: "ES"},
		gazetteer.Entry{ID: "org:fc-barcelona", Type: gazetteer.Organization, Kind: "sports", Name: "نادي برشلونة",
			NameEn: "FC Barcelona", Country: "ES", ShortAliases: []string{"برشلونة"}},
		gazetteer.Entry{ID: "person:husayn-ibn-ali", Type: gazetteer.Person, Name: "الحسين بن علي", NameEn: "Husayn ibn Ali",
			Aliases: []string{"الإمام الحسين"}},
		gazetteer.Entry{ID: "person:tamim", Type: gazetteer.Person, Name: "تميم بن حمد آل ثاني", NameEn: "Tamim bin Hamad Al Thani",
			Aliases: []string{"الشيخ تميم بن حمد"}},
	)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := New(g, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		{"city outside sport", "وصل الوفد إلى برشلونة", []got{{"برشلونة", "LOCATION", "city:barcelona", false}}},
		{"club in a sports report", "فاز برشلونة في المباراة", []got{{"برشلونة", "ORGANIZATION", "org:fc-barcelona", false}}},
		{"title at the head of an alias", "زار ضريح الإمام الحسين",
			[]got{{"الحسين", "PERSON", "person:husayn-ibn-ali", false}}},
		{"title alias yields to the longer name", "التقى الشيخ تميم بن حمد آل ثاني الوفد",
			[]got{{"تميم بن حمد آل ثاني", "PERSON", "person:tamim", false}}},
		{"national team in construct", "فاز منتخب إسبانيا",
			[]got{{"منتخب إسبانيا", "ORGANIZATION", "org:national-team@ES", false}, {"إسبانيا", "COUNTRY", "country:ES", true}}},
		{"national team with the adjective", "خسر المنتخب الإسباني",
			[]got{{"المنتخب الإسباني", "ORGANIZATION", "org:national-team@ES", false}, {"الإسباني", "NATIONALITY", "country:ES", true}}},
		{"title head is no institution", "قالت وزيرة الدفاع الإسبانية إن",
			[]got{{"الإسبانية", "NATIONALITY", "country:ES", false}}},
		{"organization named by a place", "درس في جامعة برشلونة",
			[]got{{"جامعة برشلونة", "ORGANIZATION", "", false}, {"برشلونة", "LOCATION", "city:barcelona", true}}},
		{"kunya", "قال أبو مازن إن", []got{{"أبو مازن", "PERSON", "", false}}},
	}
	runRules(t, tg, tests)
}

func TestOptions(t *testing.T) {
	text := "قال المحلل السياسي سامر الخطيب إن سيرغي شويقو زار موسكو"
	for _, tc := range []struct {
		name string
		opts Options
		want []got
	}{
		{"default", Options{}, []got{{"سامر الخطيب", "PERSON", "", false},
			{"سيرغي شويقو", "PERSON", "person:sergei-shoigu", false}, {"موسكو", "LOCATION", "city:moscow", false}}},
		{"no context", Options{NoContext: true}, []got{
			{"سيرغي شويقو", "PERSON", "person:sergei-shoigu", false}, {"موسكو", "LOCATION", "city:moscow", false}}},
		{"no loose key", Options{NoLoose: true}, []got{{"سامر الخطيب", "PERSON", "", false},
			{"سيرغي شويقو", "PERSON", "", false}, {"موسكو", "LOCATION", "city:moscow", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := tc.opts
			tg, err := New(gazetteer.Default(), &opts)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, view(tg.Tag(text))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
