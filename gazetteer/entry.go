package gazetteer

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kayan-nlp/kayan/internal/arabic"
)

// Entry is one line of a gazetteer file. The JSON field names are those of
// FORMAT.md, a public contract; empty fields are omitted when writing.
type Entry struct {
	// ID is the stable, namespaced id: country:RU, city:moscow, org:nato,
	// person:sergei-shoigu.
	ID string `json:"id,omitempty"`
	// Type is PERSON, COUNTRY, LOCATION or ORGANIZATION.
	Type Type `json:"type,omitempty"`
	// Name is the canonical Arabic name, spelled as a careful newspaper does.
	Name string `json:"name,omitempty"`
	// NameEn is the canonical English name.
	NameEn string `json:"name_en,omitempty"`
	// Aliases are other Arabic names that identify the entry on their own.
	Aliases []string `json:"aliases,omitempty"`
	// ShortAliases are partial names (a surname…) that identify the entry
	// only with document context; see Gazetteer.NeedsContext.
	ShortAliases []string `json:"short_aliases,omitempty"`
	// Wikidata is the Q-id, only when certain.
	Wikidata string `json:"wikidata,omitempty"`
	// Country is an ISO 3166-1 alpha-2 code; for a COUNTRY its own code.
	Country string `json:"country,omitempty"`
	// Countries are extra ISO codes of a person belonging to several countries.
	Countries []string `json:"countries,omitempty"`
	// Nationality lists the nisba forms of a COUNTRY, without the article.
	Nationality []string `json:"nationality,omitempty"`
	// Capital is the id of a COUNTRY's capital.
	Capital string `json:"capital,omitempty"`
	// Kind refines LOCATION and ORGANIZATION entries (city, sea…, ministry,
	// party…); see LocationKinds and OrganizationKinds.
	Kind string `json:"kind,omitempty"`
	// Parent is the id of the containing region or parent organization.
	Parent string `json:"parent,omitempty"`
	// Positions are the offices of a PERSON.
	Positions []Position `json:"positions,omitempty"`
	// Vocalized is the fully vocalized name, when the entry is usually written so.
	Vocalized string `json:"vocalized,omitempty"`
}

// Clone returns a deep copy of e: its slices are not shared with e.
func (e *Entry) Clone() *Entry {
	c := *e
	c.Aliases = slices.Clone(e.Aliases)
	c.ShortAliases = slices.Clone(e.ShortAliases)
	c.Countries = slices.Clone(e.Countries)
	c.Nationality = slices.Clone(e.Nationality)
	c.Positions = slices.Clone(e.Positions)
	return &c
}

// Names returns the entry's name followed by its aliases and short aliases,
// as written (not normalized).
func (e *Entry) Names() []string {
	out := make([]string, 0, 1+len(e.Aliases)+len(e.ShortAliases))
	out = append(out, e.Name)
	out = append(out, e.Aliases...)
	return append(out, e.ShortAliases...)
}

// entryFields is Entry without its methods, so that decoding it does not
// recurse into Entry.UnmarshalJSON.
type entryFields Entry

// lineEntry decodes an entry with its type as a plain string: an unknown type
// is then reported by validation together with the entry's other problems
// instead of aborting the decoding. Its Type field, being shallower, hides
// the embedded one for encoding/json.
type lineEntry struct {
	entryFields
	Type string `json:"type,omitempty"`
}

// UnmarshalJSON decodes an entry strictly, as Load does: an unknown field
// (names are case-sensitive), a field given twice, a value of the wrong JSON
// type or an unknown type is an error wrapping ErrInvalid. It does not
// validate the entry otherwise; call Validate.
func (e *Entry) UnmarshalJSON(data []byte) error {
	var le lineEntry
	problems, err := decodeStrict(data, &le)
	if err != nil {
		return err
	}
	*e = Entry(le.entryFields)
	if le.Type != "" {
		t, err := ParseType(le.Type)
		if err != nil {
			problems = append(problems, err.Error())
		}
		e.Type = t
	}
	if len(problems) > 0 {
		return &ValidationError{ID: e.ID, Problems: problems}
	}
	return nil
}

// LocationKinds returns the kinds a LOCATION may have (FORMAT.md).
func LocationKinds() []string { return slices.Clone(locationKinds) }

// OrganizationKinds returns the kinds an ORGANIZATION may have (FORMAT.md).
func OrganizationKinds() []string { return slices.Clone(organizationKinds) }

var locationKinds = []string{
	"city", "region", "province", "continent", "sea", "ocean", "gulf", "strait",
	"river", "lake", "island", "mountain", "desert", "territory",
}

var organizationKinds = []string{
	"intergovernmental", "ministry", "armed_force", "security", "intelligence",
	"party", "armed_group", "company", "media", "agency", "parliament", "court",
	"government", "central_bank", "university", "ngo", "religious", "sports", "union",
}

// Plausible years of a position.
const (
	minYear = 1800
	maxYear = 2100
)

// ValidationError lists what is wrong with one entry. It wraps ErrInvalid.
type ValidationError struct {
	ID       string   // the entry's id, possibly empty or malformed
	Problems []string // one sentence per problem, in field order
}

// Error returns "invalid entry ID: problem; problem…".
func (e *ValidationError) Error() string {
	id := e.ID
	if id == "" {
		id = "(no id)"
	}
	return "invalid entry " + id + ": " + strings.Join(e.Problems, "; ")
}

// Unwrap returns ErrInvalid.
func (e *ValidationError) Unwrap() error { return ErrInvalid }

// Validate checks one entry on its own (references to other entries are
// checked by Gazetteer.Check). It returns nil or a *ValidationError, which
// wraps ErrInvalid, listing every problem found:
//
//   - id: non-empty, "namespace:slug" with a lower-case ASCII namespace and
//     slug (letters, digits, - _ .), except country:XX whose slug is the ISO
//     code; the namespaces country, person, org, city and loc must agree with
//     the type;
//   - type: one of the four types;
//   - name non-empty; no name, alias or other string empty, padded with
//     spaces, or holding invalid UTF-8 or control characters;
//   - country and countries: ISO 3166-1 alpha-2 codes (IsCountryCode); a
//     COUNTRY has a country equal to its id's code;
//   - wikidata: Q followed by digits;
//   - nationality and capital only on a COUNTRY, positions and countries only
//     on a PERSON, parent only on a LOCATION or ORGANIZATION;
//   - kind: from LocationKinds for a LOCATION, OrganizationKinds for an
//     ORGANIZATION, absent otherwise;
//   - capital, parent and each position's of: well-formed ids;
//   - positions: a known role, years in 1800–2100, from ≤ to;
//   - vocalized: normalizes to the name or one of the aliases.
func (e *Entry) Validate() error {
	var p []string
	add := func(format string, args ...any) { p = append(p, fmt.Sprintf(format, args...)) }

	ns, idErr := checkID(e.ID)
	switch {
	case e.ID == "":
		add("missing id")
	case idErr != "":
		add("id %q: %s", e.ID, idErr)
	}
	if !e.Type.Valid() {
		if e.Type == 0 {
			add("missing type")
		} else {
			add("unknown type %v", e.Type)
		}
	} else if idErr == "" {
		switch {
		case ns == "country" && e.Type != Country, ns != "country" && e.Type == Country:
			add("type %v does not fit id %s: COUNTRY ids are country:XX", e.Type, e.ID)
		case ns == "person" && e.Type != Person, ns != "person" && e.Type == Person:
			add("type %v does not fit id %s: PERSON ids are person:…", e.Type, e.ID)
		case ns == "org" && e.Type != Organization:
			add("type %v does not fit id %s: org:… ids are ORGANIZATION", e.Type, e.ID)
		case (ns == "city" || ns == "loc") && e.Type != Location:
			add("type %v does not fit id %s: %s:… ids are LOCATION", e.Type, e.ID, ns)
		}
	}

	if e.Name == "" {
		add("empty name")
	} else if msg := checkText(e.Name); msg != "" {
		add("name %q: %s", e.Name, msg)
	}
	if e.NameEn != "" {
		if msg := checkText(e.NameEn); msg != "" {
			add("name_en %q: %s", e.NameEn, msg)
		}
	}
	checkList := func(field string, list []string) {
		for i, s := range list {
			if msg := checkText(s); msg != "" {
				add("%s[%d] %q: %s", field, i, s, msg)
			}
		}
	}
	checkList("aliases", e.Aliases)
	checkList("short_aliases", e.ShortAliases)

	if e.Wikidata != "" && !isWikidataID(e.Wikidata) {
		add("wikidata %q is not Q followed by digits", e.Wikidata)
	}

	if e.Country != "" && !IsCountryCode(e.Country) {
		add("country %q is not an ISO 3166-1 alpha-2 code", e.Country)
	}
	if e.Type == Country {
		code := strings.TrimPrefix(e.ID, "country:")
		switch {
		case e.Country == "":
			add("missing country: a COUNTRY's country is its own code %s", code)
		case e.Country != code:
			add("country %s differs from the id's code %s", e.Country, code)
		}
	}
	for i, c := range e.Countries {
		if !IsCountryCode(c) {
			add("countries[%d] %q is not an ISO 3166-1 alpha-2 code", i, c)
		}
	}
	if len(e.Countries) > 0 && e.Type.Valid() && e.Type != Person {
		add("countries is for PERSON entries only")
	}

	if len(e.Nationality) > 0 && e.Type.Valid() && e.Type != Country {
		add("nationality is for COUNTRY entries only")
	}
	checkList("nationality", e.Nationality)
	if e.Capital != "" {
		if e.Type.Valid() && e.Type != Country {
			add("capital is for COUNTRY entries only")
		}
		if _, msg := checkID(e.Capital); msg != "" {
			add("capital %q: %s", e.Capital, msg)
		}
	}

	if e.Kind != "" {
		switch e.Type {
		case Location:
			if !slices.Contains(locationKinds, e.Kind) {
				add("unknown LOCATION kind %q", e.Kind)
			}
		case Organization:
			if !slices.Contains(organizationKinds, e.Kind) {
				add("unknown ORGANIZATION kind %q", e.Kind)
			}
		case Person, Country:
			add("kind is for LOCATION and ORGANIZATION entries only")
		}
	}
	if e.Parent != "" {
		if e.Type == Person || e.Type == Country {
			add("parent is for LOCATION and ORGANIZATION entries only")
		}
		if _, msg := checkID(e.Parent); msg != "" {
			add("parent %q: %s", e.Parent, msg)
		} else if e.Parent == e.ID {
			add("parent is the entry itself")
		}
	}

	if len(e.Positions) > 0 && e.Type.Valid() && e.Type != Person {
		add("positions are for PERSON entries only")
	}
	for i, pos := range e.Positions {
		if !pos.Role.Valid() {
			add("positions[%d]: unknown role %q", i, pos.Role)
		}
		if pos.Of != "" {
			if _, msg := checkID(pos.Of); msg != "" {
				add("positions[%d]: of %q: %s", i, pos.Of, msg)
			}
		}
		if pos.From != 0 && (pos.From < minYear || pos.From > maxYear) {
			add("positions[%d]: from %d is not a plausible year (%d–%d)", i, pos.From, minYear, maxYear)
		}
		if pos.To != 0 && (pos.To < minYear || pos.To > maxYear) {
			add("positions[%d]: to %d is not a plausible year (%d–%d)", i, pos.To, minYear, maxYear)
		}
		if pos.From != 0 && pos.To != 0 && pos.From > pos.To {
			add("positions[%d]: years reversed: from %d > to %d", i, pos.From, pos.To)
		}
	}

	if e.Vocalized != "" {
		if msg := checkText(e.Vocalized); msg != "" {
			add("vocalized %q: %s", e.Vocalized, msg)
		} else if e.Name != "" {
			v := arabic.NormalizeString(e.Vocalized)
			ok := v == arabic.NormalizeString(e.Name)
			for _, a := range e.Aliases {
				ok = ok || v == arabic.NormalizeString(a)
			}
			if !ok {
				add("vocalized %q does not spell the name or an alias", e.Vocalized)
			}
		}
	}

	if len(p) == 0 {
		return nil
	}
	return &ValidationError{ID: e.ID, Problems: p}
}

// checkID checks the form of an id and returns its namespace, or a
// description of what is wrong.
func checkID(id string) (ns, problem string) {
	if id == "" {
		return "", "empty"
	}
	ns, slug, ok := strings.Cut(id, ":")
	if !ok || ns == "" {
		return "", "no namespace prefix (country:, city:, loc:, org:, person:…)"
	}
	for i := 0; i < len(ns); i++ {
		c := ns[i]
		if !(c >= 'a' && c <= 'z' || i > 0 && (c == '_' || c >= '0' && c <= '9')) {
			return "", "the namespace must be lower-case ASCII letters"
		}
	}
	if ns == "country" {
		if !IsCountryCode(slug) {
			return ns, fmt.Sprintf("%s is not an ISO 3166-1 alpha-2 code", slug)
		}
		return ns, ""
	}
	if slug == "" {
		return ns, "empty slug"
	}
	for i := 0; i < len(slug); i++ {
		c := slug[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || i > 0 && (c == '-' || c == '_' || c == '.')) {
			return ns, "the slug must be lower-case ASCII letters, digits, - _ ."
		}
	}
	return ns, ""
}

// checkText reports what is wrong with a name-like string, or "".
func checkText(s string) string {
	if s == "" {
		return "empty"
	}
	if !utf8.ValidString(s) || strings.ContainsRune(s, utf8.RuneError) {
		return "invalid UTF-8"
	}
	if strings.TrimSpace(s) != s {
		return "leading or trailing space"
	}
	for _, r := range s {
		if unicode.IsControl(r) {
			return "control character"
		}
	}
	return ""
}

// isWikidataID reports whether s matches ^Q[0-9]+$.
func isWikidataID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
