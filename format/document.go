package format

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/kayan-nlp/kayan/entity"
	"github.com/kayan-nlp/kayan/relation"
)

// Document is one tagged document in the JSON shape of the package
// documentation. Field names are a public contract.
type Document struct {
	ID        string     `json:"id"`
	Text      string     `json:"text"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	// Extra holds other fields of the input object, written back after
	// relations in their input order, untouched.
	Extra []Field `json:"-"`

	// Sentences and Tokens are the byte spans of the document's sentences
	// and tokens, for the writers that need them (CoNLL, HTML); they are
	// not part of the JSON.
	Sentences []entity.Span `json:"-"`
	Tokens    []entity.Span `json:"-"`
}

// Field is a named raw JSON value.
type Field struct {
	Name  string
	Value json.RawMessage
}

// Entity is a mention in the JSON shape.
type Entity struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	CharStart int    `json:"char_start"`
	CharEnd   int    `json:"char_end"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	ID        string `json:"id"`
	Name      string `json:"name"`
	NameEn    string `json:"name_en"`
	Country   string `json:"country"`
	Source    string `json:"source"`
	Nested    bool   `json:"nested"`
}

// Relation is a relation in the JSON shape: Subject and Object index the
// document's Entities.
type Relation struct {
	Type     string  `json:"type"`
	Subject  int     `json:"subject"`
	Object   int     `json:"object"`
	Role     string  `json:"role"`
	Trigger  Trigger `json:"trigger"`
	Evidence Span    `json:"evidence"`
	Rule     string  `json:"rule"`
}

// Trigger is the word or phrase that signals a relation.
type Trigger struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Span is a byte range [Start, End) of the text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// NewDocument converts a tagged document and the relations extracted from
// it. It copies what it keeps, so doc may be reused afterwards. Offsets out
// of range of doc.Text (which a correct tagger never produces) are clipped,
// never a panic.
func NewDocument(doc *entity.Document, rels []relation.Relation) *Document {
	text := doc.Text
	d := &Document{
		Text:      text,
		Entities:  make([]Entity, 0, len(doc.Mentions)),
		Relations: make([]Relation, 0, len(rels)),
		Sentences: slices.Clone(doc.Sentences),
		Tokens:    make([]entity.Span, len(doc.Tokens)),
	}
	for i, t := range doc.Tokens {
		d.Tokens[i] = entity.Span{Start: t.Start, End: t.End}
	}
	var rc runeCounter
	for _, m := range doc.Mentions {
		s, e := clip(m.Start, m.End, len(text))
		d.Entities = append(d.Entities, Entity{
			Start: s, End: e,
			CharStart: rc.at(text, s), CharEnd: rc.at(text, e),
			Text: text[s:e], Type: m.Type.String(), ID: m.ID,
			Name: m.Name, NameEn: m.NameEn, Country: m.Country,
			Source: m.Source.String(), Nested: m.Nested,
		})
	}
	for _, r := range rels {
		d.Relations = append(d.Relations, fromRelation(text, r))
	}
	return d
}

func clip(s, e, n int) (int, int) {
	s = min(max(s, 0), n)
	e = min(max(e, s), n)
	return s, e
}

// runeCounter converts byte offsets to code-point offsets, moving from the
// last offset asked, so that nearly sorted offsets cost little.
type runeCounter struct{ b, r int }

func (c *runeCounter) at(text string, off int) int {
	if off >= c.b {
		c.r += utf8.RuneCountInString(text[c.b:off])
	} else {
		c.r -= utf8.RuneCountInString(text[off:c.b])
	}
	c.b = off
	return c.r
}

// CharOffset returns the code-point offset of byte offset off in text
// (clipped to the text).
func CharOffset(text string, off int) int {
	off = min(max(off, 0), len(text))
	return utf8.RuneCountInString(text[:off])
}

var reserved = []string{"id", "text", "entities", "relations"}

// MarshalJSON writes the contract fields, then Extra.
func (d *Document) MarshalJSON() ([]byte, error) {
	type plain Document
	c := *d
	if c.Entities == nil {
		c.Entities = []Entity{}
	}
	if c.Relations == nil {
		c.Relations = []Relation{}
	}
	b, err := marshal((*plain)(&c))
	if err != nil {
		return nil, err
	}
	if len(d.Extra) == 0 {
		return b, nil
	}
	var buf bytes.Buffer
	buf.Write(b[:len(b)-1])
	for _, f := range d.Extra {
		if slices.Contains(reserved, f.Name) {
			continue
		}
		k, err := marshal(f.Name)
		if err != nil {
			return nil, err
		}
		buf.WriteByte(',')
		buf.Write(k)
		buf.WriteByte(':')
		if err := json.Compact(&buf, f.Value); err != nil {
			return nil, fmt.Errorf("format: field %q: %w", f.Name, err)
		}
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// marshal is json.Marshal without HTML escaping.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// ParseInput reads one JSON Lines input object: its "id" (a string, or a
// number kept as written; empty when absent or null), its "text" (required,
// a string), and its other fields, in order, as Extra.
func ParseInput(line []byte) (id, text string, extra []Field, err error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return "", "", nil, fmt.Errorf("format: %w", err)
	}
	if tok != json.Delim('{') {
		return "", "", nil, fmt.Errorf("format: want a JSON object")
	}
	hasText := false
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return "", "", nil, fmt.Errorf("format: %w", err)
		}
		key, _ := kt.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return "", "", nil, fmt.Errorf("format: field %q: %w", key, err)
		}
		switch key {
		case "id":
			var v any
			d := json.NewDecoder(bytes.NewReader(raw))
			d.UseNumber()
			if err := d.Decode(&v); err != nil {
				return "", "", nil, fmt.Errorf("format: id: %w", err)
			}
			switch v := v.(type) {
			case string:
				id = v
			case json.Number:
				id = v.String()
			case nil:
			default:
				return "", "", nil, fmt.Errorf("format: id: want a string or a number")
			}
		case "text":
			if err := json.Unmarshal(raw, &text); err != nil {
				return "", "", nil, fmt.Errorf("format: text: want a string")
			}
			hasText = true
		default:
			extra = append(extra, Field{key, raw})
		}
	}
	if _, err := dec.Token(); err != nil {
		return "", "", nil, fmt.Errorf("format: %w", err)
	}
	if dec.More() {
		return "", "", nil, fmt.Errorf("format: data after the object")
	}
	if _, err := dec.Token(); err == nil {
		return "", "", nil, fmt.Errorf("format: data after the object")
	}
	if !hasText {
		return "", "", nil, fmt.Errorf(`format: no "text" field`)
	}
	return id, text, extra, nil
}
