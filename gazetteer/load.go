package gazetteer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
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

// LoadFile is Load on a file; its errors read "path:N: what is wrong". An
// error opening the file is returned as is, with a nil gazetteer.
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
	var lines []int             // lines[i]: line of g.entries[i]
	var badLines map[string]int // id → first line, for entries not added
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
			first, dup := badLines[e.ID]
			if i, ok := g.index[e.ID]; ok {
				first, dup = lines[i], true
			}
			if dup {
				errs = append(errs, fmt.Errorf("%s%d: %w %s (first at line %d)", prefix, n, ErrDuplicate, e.ID, first))
				if lerr == nil {
					continue
				}
			} else if lerr != nil {
				if badLines == nil {
					badLines = make(map[string]int)
				}
				badLines[e.ID] = n
			}
		}
		if lerr != nil {
			errs = append(errs, fmt.Errorf("%s%d: %w", prefix, n, lerr))
			continue
		}
		g.append(e)
		lines = append(lines, n)
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
		i := 0
		for i < len(line) && isSpace(line[i]) {
			i++
		}
		if i == len(line) || line[i] == '#' {
			continue
		}
		return line, lr.n, nil
	}
	return nil, lr.n, io.EOF
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
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
