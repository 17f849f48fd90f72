package gazetteer

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestType(t *testing.T) {
	tests := []struct {
		typ  Type
		name string
	}{
		{Person, "PERSON"},
		{Country, "COUNTRY"},
		{Location, "LOCATION"},
		{Organization, "ORGANIZATION"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.typ.String(); got != tt.name {
				t.Errorf("String() = %q, want %q", got, tt.name)
			}
			if got, err := ParseType(tt.name); err != nil || got != tt.typ {
				t.Errorf("ParseType(%q) = %v, %v", tt.name, got, err)
			}
			b, err := json.Marshal(tt.typ)
			if err != nil || string(b) != `"`+tt.name+`"` {
				t.Errorf("json.Marshal = %s, %v", b, err)
			}
			var back Type
			if err := json.Unmarshal(b, &back); err != nil || back != tt.typ {
				t.Errorf("json.Unmarshal(%s) = %v, %v", b, back, err)
			}
		})
	}
	if got := Type(0).String(); got != "Type(0)" {
		t.Errorf("Type(0).String() = %q", got)
	}
	for _, bad := range []string{"", "person", "CITY", "NATIONALITY"} {
		if _, err := ParseType(bad); err == nil {
			t.Errorf("ParseType(%q): no error", bad)
		}
	}
	if _, err := json.Marshal(Type(9)); err == nil {
		t.Error("json.Marshal(Type(9)): no error")
	}
	var typ Type
	if err := json.Unmarshal([]byte(`"CITY"`), &typ); err == nil {
		t.Error(`json.Unmarshal("CITY"): no error`)
	}
	if diff := cmp.Diff([]Type{Person, Country, Location, Organization}, Types()); diff != "" {
		t.Errorf("Types (-want +got):\n%s", diff)
	}
}

func TestRoles(t *testing.T) {
	rs := Roles()
	if len(rs) != 31 {
		t.Errorf("len(Roles()) = %d, want the 31 roles of FORMAT.md", len(rs))
	}
	for _, r := range rs {
		if !r.Valid() {
			t.Errorf("%q not Valid", r)
		}
	}
	for _, bad := range []Role{"", "presdent", "President", "minister "} {
		if bad.Valid() {
			t.Errorf("%q Valid", bad)
		}
	}
	rs[0] = "changed"
	if Roles()[0] != RolePresident {
		t.Error("Roles() shares its slice with the package")
	}
}

func TestCountryCodes(t *testing.T) {
	codes := CountryCodes()
	if len(codes) != 249 {
		t.Errorf("%d codes, want 249", len(codes))
	}
	if !slices.IsSorted(codes) || len(slices.Compact(slices.Clone(codes))) != len(codes) {
		t.Error("codes not sorted and unique")
	}
	for _, c := range codes {
		r, err := language.ParseRegion(c)
		if err != nil || !r.IsCountry() {
			t.Errorf("%s: x/text says %v, IsCountry %v", c, err, r.IsCountry())
		}
		if !IsCountryCode(c) {
			t.Errorf("IsCountryCode(%q) = false", c)
		}
	}
	for _, bad := range []string{"", "R", "RUS", "ru", "Ru", "XK", "AN", "YU", "EU", "UK", "ZZ", "1A", "ÉG"} {
		if IsCountryCode(bad) {
			t.Errorf("IsCountryCode(%q) = true", bad)
		}
	}
}

func TestValidate(t *testing.T) {
	ok := func(e Entry) Entry { return e }
	tests := []struct {
		name  string
		entry Entry
		want  []string // problems; nil for a valid entry
	}{
		{"country", ok(Entry{ID: "country:RU", Type: Country, Name: "روسيا", Country: "RU", Nationality: []string{"روسي"}, Capital: "city:moscow", Wikidata: "Q159"}), nil},
		{"person", Entry{ID: "person:a-b_c.d", Type: Person, Name: "زيد", Countries: []string{"FR"}, Positions: []Position{{Role: RoleKing, Of: "country:FR", From: 1990, To: 1990}}, Vocalized: "زَيْد"}, nil},
		{"place", Entry{ID: "sea:red-sea", Type: Location, Kind: "sea", Name: "البحر الأحمر", Parent: "loc:middle-east"}, nil},
		{"org", Entry{ID: "org:un-2", Type: Organization, Kind: "intergovernmental", Name: "الأمم المتحدة", ShortAliases: []string{"الأمم"}}, nil},
		{"empty", Entry{}, []string{"missing id", "missing type", "empty name"}},
		{"bad ids", Entry{ID: "Person:X", Type: Location, Name: "س", Capital: "moscow", Parent: "city:", Positions: []Position{{Role: RoleKing, Of: "country:XX"}}},
			[]string{`id "Person:X": the namespace must be lower-case ASCII letters`, "capital is for COUNTRY entries only",
				`capital "moscow": no namespace prefix (country:, city:, loc:, org:, person:…)`, `parent "city:": empty slug`,
				"positions are for PERSON entries only", `positions[0]: of "country:XX": XX is not an ISO 3166-1 alpha-2 code`}},
		{"upper-case slug", Entry{ID: "city:Moscow", Type: Location, Name: "س"}, []string{`id "city:Moscow": the slug must be lower-case ASCII letters, digits, - _ .`}},
		{"namespace and type", Entry{ID: "person:x", Type: Organization, Name: "س"}, []string{"type ORGANIZATION does not fit id person:x: PERSON ids are person:…"}},
		{"country namespace", Entry{ID: "loc:x", Type: Country, Name: "س", Country: "FR"}, []string{"type COUNTRY does not fit id loc:x: COUNTRY ids are country:XX", "country FR differs from the id's code loc:x"}},
		{"bad strings", Entry{ID: "city:x", Type: Location, Name: " س", Aliases: []string{"", "ص\n"}, ShortAliases: []string{"\xff"}},
			[]string{`name " س": leading or trailing space`, `aliases[0] "": empty`, `aliases[1] "ص\n": leading or trailing space`, `short_aliases[0] "\xff": invalid UTF-8`}},
		{"kinds", Entry{ID: "person:x", Type: Person, Name: "س", Kind: "city", Parent: "org:y"},
			[]string{"kind is for LOCATION and ORGANIZATION entries only", "parent is for LOCATION and ORGANIZATION entries only"}},
		{"org kind", Entry{ID: "org:x", Type: Organization, Name: "س", Kind: "city"}, []string{`unknown ORGANIZATION kind "city"`}},
		{"self parent", Entry{ID: "loc:x", Type: Location, Name: "س", Parent: "loc:x"}, []string{"parent is the entry itself"}},
		{"positions", Entry{ID: "person:x", Type: Person, Name: "س", Positions: []Position{{Role: "pm", Of: "country:FR", From: 1700, To: 2200}, {Role: RoleMayor, From: 2010, To: 2001}}},
			[]string{`positions[0]: unknown role "pm"`, "positions[0]: from 1700 is not a plausible year (1800–2100)", "positions[0]: to 2200 is not a plausible year (1800–2100)", "positions[1]: years reversed: from 2010 > to 2001"}},
		{"countries on a city", Entry{ID: "city:x", Type: Location, Name: "س", Countries: []string{"FR", "fr"}}, []string{`countries[1] "fr" is not an ISO 3166-1 alpha-2 code`, "countries is for PERSON entries only"}},
		{"wikidata", Entry{ID: "city:x", Type: Location, Name: "س", Wikidata: "Q"}, []string{`wikidata "Q" is not Q followed by digits`}},
		{"vocalized", Entry{ID: "city:x", Type: Location, Name: "سوريا", Vocalized: "سُورِيَة"}, []string{`vocalized "سُورِيَة" does not spell the name or an alias`}},
		{"vocalized alias", Entry{ID: "city:x", Type: Location, Name: "سوريا", Aliases: []string{"سورية"}, Vocalized: "سُورِيَة"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.entry.Validate()
			var got []string
			if err != nil {
				var ve *ValidationError
				if !errors.As(err, &ve) || !errors.Is(err, ErrInvalid) {
					t.Fatalf("error %v is not a *ValidationError wrapping ErrInvalid", err)
				}
				got = ve.Problems
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func mustNew(t *testing.T, entries ...Entry) *Gazetteer {
	t.Helper()
	g, err := New(entries...)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func ids(g *Gazetteer) []string {
	var out []string
	for e := range g.All() {
		out = append(out, e.ID)
	}
	return out
}

var (
	eRU     = Entry{ID: "country:RU", Type: Country, Name: "روسيا", Country: "RU", Capital: "city:moscow"}
	eMoscow = Entry{ID: "city:moscow", Type: Location, Kind: "city", Name: "موسكو", Country: "RU"}
	eNATO   = Entry{ID: "org:nato", Type: Organization, Name: "حلف شمال الأطلسي", Aliases: []string{"الناتو"}}
	eShoigu = Entry{ID: "person:sergei-shoigu", Type: Person, Name: "سيرغي شويغو", ShortAliases: []string{"شويغو"}, Country: "RU",
		Positions: []Position{{Role: RoleDefenseMinister, Of: "country:RU", From: 2012, To: 2024}}}
)

func TestNew(t *testing.T) {
	g, err := New(eRU, eMoscow, Entry{ID: "city:x"}, eRU, eNATO)
	if err == nil {
		t.Fatal("no error")
	}
	want := []string{
		"entry 2: invalid entry city:x: missing type; empty name",
		"entry 3: duplicate id country:RU (also entry 0)",
	}
	if diff := cmp.Diff(want, strings.Split(err.Error(), "\n")); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if !errors.Is(err, ErrInvalid) || !errors.Is(err, ErrDuplicate) {
		t.Errorf("errors.Is fails on %v", err)
	}
	if diff := cmp.Diff([]string{"country:RU", "city:moscow", "org:nato"}, ids(g)); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
}

func TestAddRemove(t *testing.T) {
	var g Gazetteer // the zero value is ready to use
	for _, e := range []Entry{eRU, eMoscow, eNATO} {
		if err := g.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	// Add replaces in place, and copies its argument.
	moscow2 := eMoscow
	moscow2.Aliases = []string{"مسكو"}
	if err := g.Add(moscow2); err != nil {
		t.Fatal(err)
	}
	moscow2.Aliases[0] = "changed"
	if diff := cmp.Diff([]string{"country:RU", "city:moscow", "org:nato"}, ids(&g)); diff != "" {
		t.Errorf("after replace (-want +got):\n%s", diff)
	}
	if e, _ := g.Entry("city:moscow"); !slices.Equal(e.Aliases, []string{"مسكو"}) {
		t.Errorf("replaced entry aliases = %q", e.Aliases)
	}
	// An invalid entry is refused and changes nothing.
	if err := g.Add(Entry{ID: "city:moscow", Type: Location}); !errors.Is(err, ErrInvalid) {
		t.Errorf("Add(invalid) = %v, want ErrInvalid", err)
	}
	if e, _ := g.Entry("city:moscow"); e.Name != "موسكو" {
		t.Error("invalid Add changed the entry")
	}

	if !g.Remove("country:RU") || g.Remove("country:RU") || g.Remove("nope") {
		t.Error("Remove results wrong")
	}
	if diff := cmp.Diff([]string{"city:moscow", "org:nato"}, ids(&g)); diff != "" {
		t.Errorf("after Remove (-want +got):\n%s", diff)
	}
	if _, ok := g.Entry("country:RU"); ok {
		t.Error("removed entry still found")
	}
	if e, ok := g.Entry("org:nato"); !ok || e.ID != "org:nato" {
		t.Error("index not updated after Remove")
	}
	if g.Len() != 2 {
		t.Errorf("Len = %d", g.Len())
	}
	// All stops when asked to.
	n := 0
	for range g.All() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("All yielded %d after break", n)
	}
}

func TestMerge(t *testing.T) {
	a := mustNew(t, eRU, eMoscow)
	moscow2 := eMoscow
	moscow2.Name = "مسكو"
	b := mustNew(t, eNATO, moscow2)
	c := mustNew(t, eShoigu)
	m := a.Merge(b, nil, c)
	if diff := cmp.Diff([]string{"country:RU", "city:moscow", "org:nato", "person:sergei-shoigu"}, ids(m)); diff != "" {
		t.Errorf("merged ids (-want +got):\n%s", diff)
	}
	if e, _ := m.Entry("city:moscow"); e.Name != "مسكو" {
		t.Errorf("later gazetteer did not override: %q", e.Name)
	}
	// The inputs are untouched and share nothing with the result.
	if e, _ := a.Entry("city:moscow"); e.Name != "موسكو" {
		t.Error("Merge modified its receiver")
	}
	e, _ := m.Entry("person:sergei-shoigu")
	e.ShortAliases[0] = "changed"
	if e, _ := c.Entry("person:sergei-shoigu"); e.ShortAliases[0] != "شويغو" {
		t.Error("Merge shares slices with its arguments")
	}
	if a.Len() != 2 || b.Len() != 2 {
		t.Error("Merge changed input lengths")
	}
}

func TestFilterAndClone(t *testing.T) {
	g := mustNew(t, eRU, eMoscow, eNATO, eShoigu)
	tests := []struct {
		types []Type
		want  []string
	}{
		{nil, nil},
		{[]Type{Person}, []string{"person:sergei-shoigu"}},
		{[]Type{Organization, Country}, []string{"country:RU", "org:nato"}},
		{[]Type{Location, Person, Country, Organization}, []string{"country:RU", "city:moscow", "org:nato", "person:sergei-shoigu"}},
	}
	for _, tt := range tests {
		f := g.Filter(tt.types...)
		if diff := cmp.Diff(tt.want, ids(f)); diff != "" {
			t.Errorf("Filter(%v) (-want +got):\n%s", tt.types, diff)
		}
	}
	f := g.Filter(Person)
	e, _ := f.Entry("person:sergei-shoigu")
	e.Positions[0].To = 0
	c := g.Clone()
	e, _ = c.Entry("person:sergei-shoigu")
	e.Positions[0].From = 1
	if e, _ := g.Entry("person:sergei-shoigu"); e.Positions[0] != eShoigu.Positions[0] {
		t.Error("Filter or Clone shares entries with the original")
	}
	if diff := cmp.Diff(entries(g), entries(g.Clone())); diff != "" {
		t.Errorf("Clone (-want +got):\n%s", diff)
	}
	var nilG *Gazetteer
	if nilG.Len() != 0 || nilG.Clone().Len() != 0 || nilG.Filter(Person).Len() != 0 {
		t.Error("nil gazetteer is not empty")
	}
	if _, ok := nilG.Entry("x"); ok {
		t.Error("nil gazetteer has an entry")
	}
}

func TestCheck(t *testing.T) {
	g := mustNew(t,
		eRU,
		Entry{ID: "country:FR", Type: Country, Name: "فرنسا", Country: "FR", Capital: "city:moscow"},
		Entry{ID: "country:DE", Type: Country, Name: "ألمانيا", Country: "DE", Capital: "city:berlin"},
		Entry{ID: "country:IT", Type: Country, Name: "إيطاليا", Country: "IT", Capital: "org:nato"},
		eMoscow, eNATO, eShoigu,
		Entry{ID: "org:a", Type: Organization, Name: "أ", Parent: "org:b"},
		Entry{ID: "org:b", Type: Organization, Name: "ب", Parent: "org:a"},
		Entry{ID: "org:c", Type: Organization, Name: "ج", Parent: "org:nope"},
		Entry{ID: "org:d", Type: Organization, Name: "د", Parent: "org:nato"},
		Entry{ID: "person:x", Type: Person, Name: "س", Positions: []Position{{Role: RoleKing, Of: "country:ES"}, {Role: RoleKing, Of: "city:moscow"}, {Role: RoleMayor, Of: "city:moscow"}, {Role: RoleLeader}}},
	)
	var got []string
	for _, err := range g.Check() {
		var re *RefError
		if !errors.As(err, &re) || !errors.Is(err, ErrReference) {
			t.Errorf("%v is not a *RefError wrapping ErrReference", err)
		}
		got = append(got, err.Error())
	}
	want := []string{
		`country:FR: capital city:moscow: has country "RU", not "FR"`,
		"country:DE: capital city:berlin: no such entry",
		"country:IT: capital org:nato: has type ORGANIZATION, want LOCATION",
		"org:a: parent org:b: the chain of parents loops",
		"org:b: parent org:a: the chain of parents loops",
		"org:c: parent org:nope: no such entry",
		"person:x: positions[0].of country:ES: no such entry",
		"person:x: positions[1].of city:moscow: has type LOCATION, want COUNTRY or ORGANIZATION",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Check (-want +got):\n%s", diff)
	}
	if errs := mustNew(t, eRU, eMoscow, eShoigu).Check(); errs != nil {
		t.Errorf("Check of consistent data = %v", errs)
	}
}
