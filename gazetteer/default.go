package gazetteer

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/kayan-nlp/kayan/internal/arabic"
)

// dataFS holds the default data (data/countries.jsonl, places.jsonl,
// organizations.jsonl, people_*.jsonl) and data/common_words.txt. The pattern
// matches every data file whose name does not end in "d" before its
// extension: it leaves out countries_curated.jsonl (the generator's input),
// picks up places, organizations and people files as they are added, and
// always matches common_words.txt, so the package builds even before
// countries.jsonl is generated (a //go:embed pattern that matches nothing is
// a build error). defaultFiles then selects the data files by name;
// TestEmbeddedFiles checks that every one of them is embedded.
//
//go:embed data/*[^d].*
var dataFS embed.FS

var (
	defaultOnce   sync.Once
	defaultG      *Gazetteer
	defaultErr    error
	defaultMerged []string // ids of people merged across files
)

// Default returns the gazetteer embedded in the package: every country and
// territory (data/countries.jsonl, generated from CLDR and the curated
// countries), places, organizations and people (data/places.jsonl,
// organizations.jsonl, people_*.jsonl), in that order.
//
// The files are parsed once; each call returns a fresh deep copy (Clone) that
// the caller may modify. A person found in several people files is merged
// into one entry: the first file (in name order) gives the name and other
// single-valued fields, a different name from a later file becomes an alias,
// a different country joins countries, and aliases, short_aliases and
// positions are united without duplicates.
//
// The package's tests guarantee that the embedded data loads without error;
// should an entry be bad anyway, Default leaves it out and DefaultErr says so.
func Default() *Gazetteer {
	defaultOnce.Do(loadDefault)
	return defaultG.Clone()
}

// DefaultErr returns the problems found while parsing the embedded data
// (errors of the form "data/places.jsonl:12: …"), nil when there are none.
func DefaultErr() error {
	defaultOnce.Do(loadDefault)
	return defaultErr
}

func loadDefault() {
	defaultG, defaultMerged, defaultErr = parseDefault()
}

// defaultFiles returns the names of the embedded files Default reads, in
// order: countries, places, organizations, then the other organizations_*
// files sorted, then people files sorted.
func defaultFiles() []string {
	names := []string{"data/countries.jsonl", "data/places.jsonl", "data/organizations.jsonl"}
	var orgs, people []string
	entries, _ := fs.ReadDir(dataFS, "data")
	for _, d := range entries {
		switch n := d.Name(); {
		case path.Ext(n) != ".jsonl":
		case strings.HasPrefix(n, "organizations_"):
			orgs = append(orgs, "data/"+n)
		case strings.HasPrefix(n, "people_"):
			people = append(people, "data/"+n)
		}
	}
	slices.Sort(orgs)
	slices.Sort(people)
	names = append(names, orgs...)
	return slices.DeleteFunc(append(names, people...), func(n string) bool {
		_, err := fs.Stat(dataFS, n)
		return err != nil
	})
}

// parseDefault parses the embedded files into one gazetteer. It returns the
// ids of the people merged across files and the problems found.
func parseDefault() (*Gazetteer, []string, error) {
	g := &Gazetteer{index: make(map[string]int)}
	var errs []error
	var merged []string
	from := make(map[string]string) // id → file that defined it
	for _, name := range defaultFiles() {
		data, err := dataFS.ReadFile(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		fg, err := load(bytes.NewReader(data), name+":")
		if err != nil {
			errs = append(errs, err)
		}
		for _, e := range fg.entries {
			prev, dup := g.Entry(e.ID)
			if !dup {
				g.append(e)
				from[e.ID] = name
				continue
			}
			if !isPeopleFile(name) || !isPeopleFile(from[e.ID]) {
				errs = append(errs, fmt.Errorf("%s: %w %s (also in %s)", name, ErrDuplicate, e.ID, from[e.ID]))
				continue
			}
			if err := mergePerson(prev, e); err != nil {
				errs = append(errs, fmt.Errorf("%s: merging %s with %s: %w", name, e.ID, from[e.ID], err))
				continue
			}
			merged = append(merged, e.ID)
		}
	}
	return g, merged, errors.Join(errs...)
}

func isPeopleFile(name string) bool { return strings.HasPrefix(path.Base(name), "people_") }

// mergePerson merges src into dst, two entries with the same id from
// different people files (see Default). Conflicting types or wikidata ids
// are an error: those are two different people under one id.
func mergePerson(dst, src *Entry) error {
	if dst.Type != src.Type {
		return fmt.Errorf("%w: type %v here, %v there", ErrDuplicate, src.Type, dst.Type)
	}
	if dst.Wikidata != "" && src.Wikidata != "" && dst.Wikidata != src.Wikidata {
		return fmt.Errorf("%w: wikidata %s here, %s there", ErrDuplicate, src.Wikidata, dst.Wikidata)
	}
	m := dst.Clone()
	have := make(map[string]bool)
	for _, n := range m.Names() {
		have[arabic.NormalizeString(n)] = true
	}
	addName := func(list *[]string, n string) {
		if k := arabic.NormalizeString(n); !have[k] {
			have[k] = true
			*list = append(*list, n)
		}
	}
	addName(&m.Aliases, src.Name)
	for _, a := range src.Aliases {
		addName(&m.Aliases, a)
	}
	for _, a := range src.ShortAliases {
		addName(&m.ShortAliases, a)
	}
	setIfEmpty := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	setIfEmpty(&m.NameEn, src.NameEn)
	setIfEmpty(&m.Wikidata, src.Wikidata)
	setIfEmpty(&m.Vocalized, src.Vocalized)
	setIfEmpty(&m.Country, src.Country)
	for _, c := range append([]string{src.Country}, src.Countries...) {
		if c != "" && c != m.Country && !slices.Contains(m.Countries, c) {
			m.Countries = append(m.Countries, c)
		}
	}
	for _, p := range src.Positions {
		if !slices.Contains(m.Positions, p) {
			m.Positions = append(m.Positions, p)
		}
	}
	if err := m.Validate(); err != nil {
		return err
	}
	*dst = *m
	return nil
}
