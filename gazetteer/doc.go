// Package gazetteer holds kayan's lists of named entities — people, countries,
// places and organizations with their Arabic names — and the embedded
// default set the tagger (package entity) matches against.
//
// # Format
//
// A gazetteer file is JSON Lines, one Entry per line, as specified in
// FORMAT.md beside this file; the field names are a public contract. Load
// and LoadFile read it strictly: an unknown field, type, role or country
// code is an error, every problem of a file is reported (errors.Join) as
// "file:line: what is wrong", and the errors wrap ErrSyntax, ErrInvalid or
// ErrDuplicate for errors.Is. WriteJSONL writes the same format back.
//
// # Contract
//
//   - Every entry of a Gazetteer is valid (Entry.Validate) and its id is
//     unique; Add replaces an entry with the same id in place, Merge lets
//     later gazetteers override earlier ones.
//   - References between entries (capital, parent, positions' of) may be
//     broken without making the gazetteer unusable; Check reports them.
//   - Names are stored as written; matching compares them after
//     arabic.NormalizeString. Lint finds names shared by several entries or
//     equal to a frequent word (IsCommonWord), and NeedsContext tells the
//     tagger which aliases to accept only with document support.
//   - Default returns a private deep copy of the embedded data on each call:
//     callers may modify it. The read-only methods of a Gazetteer are safe
//     for concurrent use; Add and Remove are not.
//
// # Data
//
// data/countries.jsonl is generated (go generate) by gen_countries.go from
// the CLDR names in golang.org/x/text and data/countries_curated.jsonl; the
// other data files are written by hand. See data/README.md.
//
//	g := gazetteer.Default()
//	if e, ok := g.Entry("country:EG"); ok {
//		fmt.Println(e.Name, e.Type) // مصر COUNTRY
//	}
//	mine, err := gazetteer.LoadFile("extra.jsonl")
//	if err != nil {
//		log.Fatal(err) // extra.jsonl:3: invalid entry person:x: unknown role "presdent"
//	}
//	g = g.Merge(mine)
package gazetteer

//go:generate go run gen_countries.go
