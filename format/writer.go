package format

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Writer writes a stream of documents in one format. Close finishes the
// output (the closing bracket of a JSON array, the end of an HTML page) and
// flushes it; it does not close the underlying io.Writer.
type Writer interface {
	Write(d *Document) error
	Close() error
}

// Formats lists the names NewWriter accepts.
var Formats = []string{"text", "json", "jsonl", "conll", "brat", "html"}

// NewWriter returns a Writer for a format of Formats:
//
//   - text: a listing of entities and relations for people;
//   - json: one indented object, or an array when there are several
//     documents;
//   - jsonl: one object per line;
//   - conll: one token per line with its IOB2 tag (B-PERSON…), a blank line
//     after each sentence;
//   - brat: standoff annotation lines (T and R records, AnnotatorNotes with
//     the canonical name): a valid .ann file for one document; several are
//     each preceded by a "# id" line and separated by blank lines;
//   - html: one self-contained right-to-left page.
func NewWriter(format string, w io.Writer) (Writer, error) {
	bw := bufio.NewWriterSize(w, 64*1024)
	switch format {
	case "text":
		return &textWriter{w: bw}, nil
	case "json":
		return &jsonWriter{w: bw}, nil
	case "jsonl":
		return &jsonlWriter{w: bw}, nil
	case "conll":
		return &conllWriter{w: bw}, nil
	case "brat":
		return &bratWriter{w: bw}, nil
	case "html":
		return &htmlWriter{w: bw}, nil
	}
	return nil, fmt.Errorf("format: unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// jsonlWriter writes one object per line.
type jsonlWriter struct{ w *bufio.Writer }

func (j *jsonlWriter) Write(d *Document) error {
	b, err := d.MarshalJSON()
	if err != nil {
		return err
	}
	j.w.Write(b)
	return j.w.WriteByte('\n')
}

func (j *jsonlWriter) Close() error { return j.w.Flush() }

// jsonWriter holds the first document until it knows whether an array is
// needed.
type jsonWriter struct {
	w     *bufio.Writer
	first *Document
	n     int
}

func (j *jsonWriter) Write(d *Document) error {
	j.n++
	switch j.n {
	case 1:
		j.first = d
		return nil
	case 2:
		j.w.WriteString("[\n")
		if err := j.write(j.first, "  "); err != nil {
			return err
		}
		j.first = nil
	}
	j.w.WriteString(",\n")
	return j.write(d, "  ")
}

func (j *jsonWriter) write(d *Document, indent string) error {
	b, err := d.MarshalJSON()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, b, indent, "  "); err != nil {
		return fmt.Errorf("format: %w", err)
	}
	j.w.WriteString(indent)
	_, err = j.w.Write(buf.Bytes())
	return err
}

func (j *jsonWriter) Close() error {
	switch {
	case j.n == 0:
		j.w.WriteString("[]\n")
	case j.n == 1:
		if err := j.write(j.first, ""); err != nil {
			return err
		}
		j.w.WriteByte('\n')
	default:
		j.w.WriteString("\n]\n")
	}
	return j.w.Flush()
}
