//go:build ignore

// gen_countries writes data/countries.jsonl: every ISO 3166-1 country and
// territory with its CLDR Arabic and English names, merged with the curated
// entries of data/countries_curated.jsonl. Run it from the package
// directory with go generate ./gazetteer whenever the curated file or the
// golang.org/x/text version changes; TestCountriesGeneratedFileIsCurrent
// fails while the generated file is stale.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	_ "unsafe" // for go:linkname

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	_ "github.com/kayan-nlp/kayan/gazetteer" // links generateCountries
)

// generateCountries is the generation logic, an unexported function of
// package gazetteer (countries.go) shared with its tests.
//
//go:linkname generateCountries github.com/kayan-nlp/kayan/gazetteer.generateCountries
func generateCountries(curated []byte, names func(code string) (ar, en string)) ([]byte, error)

func main() {
	curated, err := os.ReadFile("data/countries_curated.jsonl")
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintln(os.Stderr, "gen_countries: no data/countries_curated.jsonl: CLDR names only")
		curated, err = nil, nil
	}
	if err != nil {
		fail(err)
	}
	out, err := generateCountries(curated, cldrNames)
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile("data/countries.jsonl", out, 0o644); err != nil {
		fail(err)
	}
}

// cldrNames returns the CLDR Arabic and English names of a region code.
func cldrNames(code string) (ar, en string) {
	r, err := language.ParseRegion(code)
	if err != nil {
		return "", ""
	}
	return display.Regions(language.Arabic).Name(r), display.English.Regions().Name(r)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen_countries:", err)
	os.Exit(1)
}
