package entity

import (
	"encoding/json"
	"fmt"
)

// Type is the type of a mention.
type Type uint8

// Mention types. Nationality is a nationality adjective (الروسي، الصينية)
// linked to its country.
const (
	Person Type = iota + 1
	Country
	Location
	Organization
	Nationality
)

var typeNames = [...]string{"", "PERSON", "COUNTRY", "LOCATION", "ORGANIZATION", "NATIONALITY"}

// String returns PERSON, COUNTRY, LOCATION, ORGANIZATION or NATIONALITY.
func (t Type) String() string {
	if int(t) < len(typeNames) && t > 0 {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", uint8(t))
}

// ParseType parses the name of a type.
func ParseType(s string) (Type, error) {
	for i, n := range typeNames {
		if i > 0 && n == s {
			return Type(i), nil
		}
	}
	return 0, fmt.Errorf("entity: unknown type %q", s)
}

// MarshalText implements encoding.TextMarshaler.
func (t Type) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Type) UnmarshalText(b []byte) error {
	v, err := ParseType(string(b))
	*t = v
	return err
}

// Source says how a mention was found.
type Source uint8

// Mention sources.
const (
	// FromGazetteer: the entry's canonical name.
	FromGazetteer Source = iota + 1
	// FromAlias: one of the entry's aliases, spelling variants or short aliases.
	FromAlias
	// FromNationality: a nationality adjective of a country.
	FromNationality
	// FromComposition: an institution composed from a head (وزارة الدفاع،
	// الجيش…) and a nationality or country.
	FromComposition
	// FromContext: a name not in the gazetteer, recognized after a title or
	// a keyword (الرئيس، مدينة، حركة…).
	FromContext
	// FromCoreference: a surname or given name referring back to a full
	// name earlier in the document.
	FromCoreference
)

var sourceNames = [...]string{"", "gazetteer", "alias", "nationality", "composed", "context", "coreference"}

// String returns gazetteer, alias, nationality, composed, context or coreference.
func (s Source) String() string {
	if int(s) < len(sourceNames) && s > 0 {
		return sourceNames[s]
	}
	return fmt.Sprintf("Source(%d)", uint8(s))
}

// MarshalText implements encoding.TextMarshaler.
func (s Source) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Source) UnmarshalText(b []byte) error {
	for i, n := range sourceNames {
		if i > 0 && n == string(b) {
			*s = Source(i)
			return nil
		}
	}
	return fmt.Errorf("entity: unknown source %q", b)
}

// Span is a byte range [Start, End) of a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	WordToken TokenKind = iota + 1
	NumberToken
	PunctToken
)

// Token is a word, number or punctuation mark of the document, as a byte
// range of its text. Whitespace belongs to no token.
type Token struct {
	Start, End int
	Kind       TokenKind
}

// Mention is an entity found in a text.
type Mention struct {
	// Start and End are byte offsets into the document's text: the mention's
	// text is exactly Text[Start:End]. A proclitic (و، ب، ل…) is not part of
	// the mention; the article ال is.
	Start int  `json:"start"`
	End   int  `json:"end"`
	Type  Type `json:"type"`
	// ID is the gazetteer entry's id (country:RU, person:sergei-shoigu), a
	// deterministic id for composed institutions (org:defense-ministry@RU),
	// or empty for names found from context alone.
	ID string `json:"id"`
	// Name and NameEn are the canonical Arabic and English names.
	Name   string `json:"name"`
	NameEn string `json:"name_en"`
	// Country is the ISO 3166-1 alpha-2 code, when known.
	Country string `json:"country,omitempty"`
	Source  Source `json:"source"`
	// Nested is true for a mention inside another one (the nationality in
	// وزارة الدفاع الروسية).
	Nested bool `json:"nested"`
}

// Text returns the mention's text in doc.
func (m *Mention) Text(doc *Document) string { return doc.Text[m.Start:m.End] }

// Document is a tagged text. A Document can be reused across calls to
// Tagger.TagInto to avoid allocation.
type Document struct {
	Text      string
	Sentences []Span
	Tokens    []Token
	// Mentions are ordered by Start, then by decreasing End, so that a
	// nested mention follows the one that contains it.
	Mentions []Mention

	scratch *scratch
}

// Flat returns the mentions that are not nested in another one, in order:
// the longest, non-overlapping reading of the text.
func (d *Document) Flat() []Mention {
	out := make([]Mention, 0, len(d.Mentions))
	for _, m := range d.Mentions {
		if !m.Nested {
			out = append(out, m)
		}
	}
	return out
}

// SentenceOf returns the index of the sentence containing byte offset off,
// or -1.
func (d *Document) SentenceOf(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.Sentences[mid].End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

var _ json.Marshaler = (*Document)(nil)

// MarshalJSON writes the document with its mentions (text offsets in bytes).
func (d *Document) MarshalJSON() ([]byte, error) {
	type doc struct {
		Text      string    `json:"text"`
		Sentences []Span    `json:"sentences"`
		Mentions  []Mention `json:"mentions"`
	}
	return json.Marshal(doc{d.Text, d.Sentences, d.Mentions})
}
