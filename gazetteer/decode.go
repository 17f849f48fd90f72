package gazetteer

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// parseLine decodes and validates one line. It returns the entry (possibly
// partial, for its id) and an error wrapping ErrSyntax or ErrInvalid; the
// entry is nil only when the line is not a JSON object.
func parseLine(line []byte) (*Entry, error) {
	if !utf8.Valid(line) {
		return nil, fmt.Errorf("%w: invalid UTF-8", ErrSyntax)
	}
	le := new(lineEntry)
	problems, err := decodeStrict(line, le)
	if err != nil {
		return nil, err
	}
	e := (*Entry)(&le.entryFields) // one allocation per entry, not two
	typeErr := false
	if le.Type != "" {
		t, err := ParseType(le.Type)
		if err != nil {
			problems = append(problems, err.Error())
			typeErr = true
		}
		e.Type = t
		le.Type = ""
	}
	if err := e.Validate(); err != nil {
		for _, p := range err.(*ValidationError).Problems {
			if !(typeErr && p == "missing type") { // already said: unknown type
				problems = append(problems, p)
			}
		}
	}
	if len(problems) > 0 {
		return e, &ValidationError{ID: e.ID, Problems: problems}
	}
	return e, nil
}

// decodeStrict decodes one JSON object into le. Input that is not one JSON
// object is an error wrapping ErrSyntax. Otherwise it returns the problems
// found: every key that is not exactly (case included) a field of Entry or,
// in positions, of Position; a key given twice; a value of the wrong JSON
// type. (encoding/json alone would accept keys in another case and let a
// repeated key silently override the first.)
func decodeStrict(line []byte, le *lineEntry) ([]string, error) {
	derr := json.Unmarshal(line, le)
	var problems []string
	if derr != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(derr, &se) && se.Offset >= int64(len(line)):
			return nil, fmt.Errorf("%w: %v", ErrSyntax, se)
		case errors.As(derr, &se):
			return nil, fmt.Errorf("%w: %v (at byte %d)", ErrSyntax, se, se.Offset)
		case errors.As(derr, &te) && te.Field == "":
			return nil, fmt.Errorf("%w: not a JSON object but %s", ErrSyntax, te.Value)
		case errors.As(derr, &te):
			// Unmarshal went on after the error: le holds the other fields.
			field := strings.TrimPrefix(te.Field, "entryFields.")
			problems = append(problems, fmt.Sprintf("field %s: cannot use JSON %s as %v", field, te.Value, te.Type))
		default:
			problems = append(problems, derr.Error())
		}
	}
	ks := keyScanner{b: line}
	ks.object(entryKeys, "")
	return append(ks.problems, problems...), nil
}

// entryKeys and positionKeys are the JSON names of Entry's and Position's
// fields.
var (
	entryKeys    = jsonNames(reflect.TypeFor[Entry]())
	positionKeys = jsonNames(reflect.TypeFor[Position]())
)

func jsonNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		names = append(names, name)
	}
	return names
}

// keyScanner walks a syntactically valid JSON object and checks its keys.
type keyScanner struct {
	b        []byte
	i        int
	problems []string
}

// peek skips white space and returns the next byte, 0 at the end.
func (s *keyScanner) peek() byte {
	for s.i < len(s.b) && isSpace(s.b[s.i]) {
		s.i++
	}
	if s.i < len(s.b) {
		return s.b[s.i]
	}
	return 0
}

// object checks the keys of the object at s.i against known (the field
// names of a struct); path prefixes the keys in problems.
func (s *keyScanner) object(known []string, path string) {
	if s.peek() != '{' {
		s.skip()
		return
	}
	s.i++
	var seen uint64 // bit k: known[k] seen
	for {
		switch s.peek() {
		case '}':
			s.i++
			return
		case ',':
			s.i++
			continue
		case '"':
		default: // not valid JSON: cannot happen after json.Unmarshal
			s.i = len(s.b)
			return
		}
		key := s.str()
		if s.peek() == ':' {
			s.i++
		}
		k := -1
		for j, name := range known {
			if name == string(key) { // no allocation
				k = j
				break
			}
		}
		switch {
		case k < 0:
			s.problems = append(s.problems, "unknown field "+strconv.Quote(path+string(key)))
		case seen&(1<<k) != 0:
			s.problems = append(s.problems, "field "+strconv.Quote(path+string(key))+" given twice")
		default:
			seen |= 1 << k
		}
		if path == "" && string(key) == "positions" && s.peek() == '[' {
			s.i++
			for n := 0; ; {
				c := s.peek()
				if c == ']' || c == 0 {
					s.i++
					break
				}
				if c == ',' {
					s.i++
					continue
				}
				s.object(positionKeys, "positions["+strconv.Itoa(n)+"].")
				n++
			}
			continue
		}
		s.skip()
	}
}

// str reads the string at s.i and returns its value (without copying it
// when it has no escapes).
func (s *keyScanner) str() []byte {
	start := s.i
	s.i++
	esc := false
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case '\\':
			esc = true
			s.i += 2
			continue
		case '"':
			s.i++
			raw := s.b[start:s.i]
			if !esc {
				return raw[1 : len(raw)-1]
			}
			var v string
			_ = json.Unmarshal(raw, &v)
			return []byte(v)
		}
		s.i++
	}
	return nil
}

// skip skips the value at s.i.
func (s *keyScanner) skip() {
	switch s.peek() {
	case '"':
		s.str()
	case '{', '[':
		depth := 0
		for s.i < len(s.b) {
			switch s.b[s.i] {
			case '"':
				s.str()
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					s.i++
					return
				}
			}
			s.i++
		}
	default: // number, true, false, null
		for s.i < len(s.b) && !isSpace(s.b[s.i]) && s.b[s.i] != ',' && s.b[s.i] != '}' && s.b[s.i] != ']' {
			s.i++
		}
	}
}
