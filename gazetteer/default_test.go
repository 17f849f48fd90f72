package gazetteer

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kayan-nlp/kayan/internal/arabic"
)

// The tests in this file check the embedded default data. Their failures
// are problems of the data files, reported one per entry.

func TestEmbeddedFiles(t *testing.T) {
	onDisk, err := os.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, d := range onDisk {
		n := d.Name()
		if n == "countries.jsonl" || n == "places.jsonl" || n == "organizations.jsonl" ||
			(strings.HasPrefix(n, "people_") || strings.HasPrefix(n, "organizations_")) && path.Ext(n) == ".jsonl" {
			want = append(want, "data/"+n)
		}
		if path.Ext(n) == ".jsonl" && !slices.Contains([]string{"countries.jsonl", "places.jsonl", "organizations.jsonl", "countries_curated.jsonl"}, n) &&
			!strings.HasPrefix(n, "people_") && !strings.HasPrefix(n, "organizations_") {
			t.Errorf("data/%s: Default reads only countries, places, organizations, organizations_* and people_* files", n)
		}
	}
	got := defaultFiles()
	slices.Sort(want)
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("embedded data files (-want +got):\n%s", diff)
	}
	if _, err := fs.Stat(dataFS, "data/countries_curated.jsonl"); err == nil {
		t.Error("countries_curated.jsonl is embedded")
	}
	for _, name := range got {
		embedded, _ := dataFS.ReadFile(name)
		disk, _ := os.ReadFile(name)
		if !bytes.Equal(embedded, disk) {
			t.Errorf("%s: embedded content differs from the file", name)
		}
	}
}

// TestDefaultDataValid loads every embedded file on its own: ids unique,
// codes valid, roles known, years ordered, no unknown field… (everything
// Load and Entry.Validate check), then the whole set (no id in two files,
// except people merged across people files).
func TestDefaultDataValid(t *testing.T) {
	for _, name := range defaultFiles() {
		data, err := dataFS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		_, err = load(bytes.NewReader(data), name+":")
		for _, e := range unjoin(err) {
			t.Errorf("%v", e)
		}
	}
	// Cross-file problems (an id in two files, people whose merge fails);
	// the per-file problems were reported above.
	_, _, err := parseDefault()
	for _, e := range unjoin(err) {
		if !isPerFileError(e) {
			t.Errorf("%v", e)
		}
	}
}

// isPerFileError reports whether e comes from loading one file (file:line:).
func isPerFileError(e error) bool {
	msg := e.Error()
	i := strings.Index(msg, ".jsonl:")
	return i >= 0 && len(msg) > i+7 && msg[i+7] >= '0' && msg[i+7] <= '9'
}

// unjoin returns the errors joined in err, one level deep.
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, unjoin(e)...)
		}
		return out
	}
	return []error{err}
}

func TestDefaultCounts(t *testing.T) {
	g := Default()
	count := map[string]int{}
	capitals := map[string]bool{}
	for e := range g.Filter(Country).All() {
		capitals[e.Capital] = true
	}
	for e := range g.All() {
		switch {
		case e.Type == Location && capitals[e.ID]:
			count["capital"]++
		default:
			count[e.Type.String()]++
		}
	}
	t.Logf("default set: %d entries: %v", g.Len(), count)
	minimum := []struct {
		what string
		n    int
	}{
		{"COUNTRY", 249},
		{"LOCATION", 400}, // not counting capitals
		{"ORGANIZATION", 400},
		{"PERSON", 800},
	}
	for _, m := range minimum {
		if count[m.what] < m.n {
			t.Errorf("%d %s entries, want at least %d", count[m.what], m.what, m.n)
		}
	}
}

func TestDefaultCountries(t *testing.T) {
	g := Default()
	for _, code := range CountryCodes() {
		if e, ok := g.Entry("country:" + code); !ok || e.Type != Country || e.Country != code {
			t.Errorf("country:%s missing or wrong", code)
		}
	}
}

// TestDefaultCapitals: every capital is an existing LOCATION of the same
// country.
func TestDefaultCapitals(t *testing.T) {
	g := Default()
	for _, err := range g.Check() {
		var re *RefError
		if errors.As(err, &re) && re.Field == "capital" {
			t.Error(err)
		}
	}
}

// TestDefaultNationality lists every country without nationality forms.
func TestDefaultNationality(t *testing.T) {
	var missing []string
	// Territories without a settled population have no nationality adjective.
	uninhabited := map[string]bool{"country:UM": true}
	for e := range Default().Filter(Country).All() {
		if len(e.Nationality) == 0 && !uninhabited[e.ID] {
			missing = append(missing, e.ID+" "+e.Name)
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d countries without nationality forms:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}

// TestDefaultReferences: parents must exist (a failure); positions' of
// that point nowhere are only logged, as people may hold offices in
// organizations the gazetteer does not list yet.
func TestDefaultReferences(t *testing.T) {
	g := Default()
	var logged int
	for _, err := range g.Check() {
		var re *RefError
		if !errors.As(err, &re) {
			t.Errorf("unexpected error %v", err)
			continue
		}
		switch {
		case re.Field == "parent":
			t.Error(err)
		case strings.HasPrefix(re.Field, "positions"):
			t.Log(err)
			logged++
		}
	}
	t.Logf("%d broken positions' of", logged)
}

// TestDefaultPeopleMerges reports the people found in several people files
// and merged by Default.
func TestDefaultPeopleMerges(t *testing.T) {
	defaultOnce.Do(loadDefault)
	t.Logf("%d people merged across people files: %s", len(defaultMerged), strings.Join(defaultMerged, " "))
	g := Default()
	for _, id := range defaultMerged {
		e, ok := g.Entry(id)
		if !ok || e.Type != Person {
			t.Errorf("merged %s missing", id)
		}
	}
}

func TestMergePerson(t *testing.T) {
	a := &Entry{ID: "person:x", Type: Person, Name: "جون سميث", Aliases: []string{"جون سمث"}, ShortAliases: []string{"سميث"}, Country: "GB",
		Positions: []Position{{Role: RolePrimeMinister, Of: "country:GB", From: 2001, To: 2005}}}
	b := &Entry{ID: "person:x", Type: Person, Name: "جون سمیث", NameEn: "John Smith", Aliases: []string{"جون سمث", "جونسميث"}, ShortAliases: []string{"سميث", "سمث"},
		Country: "US", Wikidata: "Q1", Positions: []Position{{Role: RolePrimeMinister, Of: "country:GB", From: 2001, To: 2005}, {Role: RoleAmbassador, Of: "country:US", From: 2010}}}
	if err := mergePerson(a, b); err != nil {
		t.Fatal(err)
	}
	want := &Entry{ID: "person:x", Type: Person, Name: "جون سميث", NameEn: "John Smith", Aliases: []string{"جون سمث", "جونسميث"}, ShortAliases: []string{"سميث", "سمث"},
		Wikidata: "Q1", Country: "GB", Countries: []string{"US"},
		Positions: []Position{{Role: RolePrimeMinister, Of: "country:GB", From: 2001, To: 2005}, {Role: RoleAmbassador, Of: "country:US", From: 2010}}}
	if diff := cmp.Diff(want, a); diff != "" {
		t.Errorf("merged (-want +got):\n%s", diff)
	}
	c := &Entry{ID: "person:x", Type: Person, Name: "س", Wikidata: "Q2"}
	if err := mergePerson(a, c); !errors.Is(err, ErrDuplicate) {
		t.Errorf("conflicting wikidata: err = %v", err)
	}
	if a.Wikidata != "Q1" {
		t.Error("failed merge modified the entry")
	}
}

func TestDefaultReturnsCopies(t *testing.T) {
	g := Default()
	n := g.Len()
	e, _ := g.Entry("country:EG")
	e.Name = "changed"
	g.Remove("country:FR")
	g2 := Default()
	if e2, _ := g2.Entry("country:EG"); e2.Name == "changed" || g2.Len() != n {
		t.Error("Default returned shared data")
	}
}

// TestConcurrentReads runs Default and the read-only methods from several
// goroutines (for the race detector).
func TestConcurrentReads(t *testing.T) {
	shared := Default()
	done := make(chan bool)
	for range 4 {
		go func() {
			defer func() { done <- true }()
			g := Default()
			g.Remove("country:FR")
			e, _ := shared.Entry("country:EG")
			_ = shared.NeedsContext(e, e.Name)
			_ = shared.Check()
			_ = Lint(shared)
			_ = shared.Filter(Person).Merge(shared.Filter(Country))
			var b bytes.Buffer
			_ = shared.WriteJSONL(&b)
		}()
	}
	for range 4 {
		<-done
	}
}

// TestDefaultNoDuplicatePeople: one person under two ids shows as two
// entries with the same name, country and positions.
func TestDefaultNoDuplicatePeople(t *testing.T) {
	seen := map[string]string{}
	for e := range Default().Filter(Person).All() {
		if len(e.Positions) == 0 {
			continue
		}
		key := fmt.Sprint(arabic.NormalizeString(e.Name), e.Country, e.Positions)
		if other, ok := seen[key]; ok {
			t.Errorf("%s and %s: the same person (%s)", other, e.ID, e.Name)
		}
		seen[key] = e.ID
	}
}
