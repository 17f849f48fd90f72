package gazetteer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Load reads a gazetteer in the JSON Lines format of FORMAT.md: one entry per
// line; blank lines and lines whose first non-space character is # are
// skipped; a UTF-8 byte order mark and CR before LF are accepted. Lines may
// be of any length.
//
// Every line is checked (strict decoding: an unknown field is an error, then
// Entry.Validate), and all problems of the input are reported, not only the
// first: the error joins (errors.Join) one error per bad line, of the form
// "line N: what is wrong", wrapping ErrSyntax, ErrInvalid or ErrDuplicate.
// A duplicate id is an error naming both lines; the first entry is kept.
//
// The returned gazetteer is never nil: on error it holds the valid entries,
// so that a caller may choose to go on, but no bad entry is ever dropped
// without an error saying so.
func Load(r io.Reader) (*Gazetteer, error) {
	return load(r, "line ")
}

// LoadFile is Load on a file; its errors read "path:N: what is wrong", and
// an error opening or reading the file is returned as is.
func LoadFile(path string) (*Gazetteer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return load(f, path+":")
}

// load implements Load; prefix+line number starts every error message.
func load(r io.Reader, prefix string) (*Gazetteer, error) {
	g := &Gazetteer{index: make(map[string]int)}
	var errs []error
	firstLine := make(map[string]int) // id → line of its first occurrence
	lr := lineReader{r: bufio.NewReaderSize(r, 64<<10)}
	for {
		line, n, err := lr.next()
		if err != nil {
			if err != io.EOF {
				errs = append(errs, fmt.Errorf("%s%d: %w", prefix, n, err))
			}
			break
		}
		e, lerr := parseLine(line)
		if e != nil && e.ID != "" {
			if first, dup := firstLine[e.ID]; dup {
				errs = append(errs, fmt.Errorf("%s%d: %w %s (first at line %d)", prefix, n, ErrDuplicate, e.ID, first))
				if lerr == nil {
					continue
				}
			} else {
				firstLine[e.ID] = n
			}
		}
		if lerr != nil {
			errs = append(errs, fmt.Errorf("%s%d: %w", prefix, n, lerr))
			continue
		}
		g.append(e)
	}
	return g, errors.Join(errs...)
}

// lineReader returns the content lines of its input with their numbers.
type lineReader struct {
	r    *bufio.Reader
	n    int    // number of the last line returned
	long []byte // accumulates lines longer than the bufio buffer
	eof  bool
}

// next returns the next line that is neither blank nor a comment, without
// its line break, and its number. The slice is valid until the next call.
// At the end it returns io.EOF.
func (lr *lineReader) next() ([]byte, int, error) {
	for !lr.eof {
		line, err := lr.r.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			lr.long = append(lr.long[:0], line...)
			for err == bufio.ErrBufferFull {
				line, err = lr.r.ReadSlice('\n')
				lr.long = append(lr.long, line...)
			}
			line = lr.long
		}
		switch err {
		case nil:
		case io.EOF:
			lr.eof = true
			if len(line) == 0 {
				return nil, lr.n, io.EOF
			}
		default:
			return nil, lr.n + 1, err
		}
		lr.n++
		if lr.n == 1 {
			line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF"))
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		t := bytes.TrimLeft(line, " \t\r\f\v")
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		return line, lr.n, nil
	}
	return nil, lr.n, io.EOF
}

// knownFields are the JSON names of Entry's fields.
var knownFields = func() map[string]bool {
	m := make(map[string]bool)
	t := reflect.TypeFor[Entry]()
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		m[name] = true
	}
	return m
}()

// parseLine decodes and validates one line. It returns the entry (possibly
// partial, for its id) and an error wrapping ErrSyntax or ErrInvalid; the
// entry is nil only when the line is not a JSON object.
func parseLine(line []byte) (*Entry, error) {
	if !utf8.Valid(line) {
		return nil, fmt.Errorf("%w: invalid UTF-8", ErrSyntax)
	}
	var le lineEntry
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	derr := dec.Decode(&le)
	var problems []string
	if derr != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(derr, &se):
			return nil, fmt.Errorf("%w: %v (at byte %d)", ErrSyntax, se, se.Offset)
		case errors.Is(derr, io.ErrUnexpectedEOF) || errors.Is(derr, io.EOF):
			return nil, fmt.Errorf("%w: unexpected end of line", ErrSyntax)
		case errors.As(derr, &te) && te.Field == "":
			return nil, fmt.Errorf("%w: not a JSON object but %s", ErrSyntax, te.Value)
		}
		// The decoder went on after the error: le holds the other fields.
		unknown := unknownFields(line)
		for _, k := range unknown {
			problems = append(problems, "unknown field "+strconv.Quote(k))
		}
		if errors.As(derr, &te) {
			field := strings.TrimPrefix(te.Field, "entryFields.")
			problems = append(problems, fmt.Sprintf("field %s: cannot use JSON %s as %v", field, te.Value, te.Type))
		} else if len(unknown) == 0 {
			problems = append(problems, derr.Error())
		}
	} else if rest := bytes.TrimSpace(line[dec.InputOffset():]); len(rest) > 0 {
		return nil, fmt.Errorf("%w: data after the JSON object: %.20q", ErrSyntax, rest)
	}
	e := Entry(le.entryFields)
	if le.Type != "" {
		t, err := ParseType(le.Type)
		if err != nil {
			problems = append(problems, err.Error())
		}
		e.Type = t
	}
	verr := e.Validate()
	if verr != nil && le.Type != "" && e.Type == 0 {
		// The type was given but unknown: already reported above.
		var ve *ValidationError
		if errors.As(verr, &ve) {
			ve.Problems = slices.DeleteFunc(ve.Problems, func(p string) bool { return p == "missing type" })
			if len(ve.Problems) == 0 {
				verr = nil
			}
		}
	}
	if len(problems) > 0 {
		if ve, ok := verr.(*ValidationError); ok {
			problems = append(problems, ve.Problems...)
		}
		return &e, &ValidationError{ID: e.ID, Problems: problems}
	}
	if verr != nil {
		return &e, verr
	}
	return &e, nil
}

// unknownFields lists, sorted, the keys of a JSON object that are not fields
// of Entry.
func unknownFields(line []byte) []string {
	var m map[string]json.RawMessage
	if json.Unmarshal(line, &m) != nil {
		return nil
	}
	var out []string
	for k := range m {
		if !knownFields[k] {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// WriteJSONL writes the entries in the format read by Load, one per line in
// insertion order, with no comments. Load(WriteJSONL(g)) gives back g.
func (g *Gazetteer) WriteJSONL(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := writeEntries(bw, g.All()); err != nil {
		return err
	}
	return bw.Flush()
}

// writeEntries writes entries as JSON Lines: field order of Entry, empty
// fields omitted, no HTML escaping (Arabic and & < > as they are).
func writeEntries(w io.Writer, entries func(func(*Entry) bool)) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for e := range entries {
		if err := enc.Encode(e); err != nil {
			return fmt.Errorf("gazetteer: writing %s: %w", e.ID, err)
		}
	}
	return nil
}
