package format

import (
	"bufio"
	"fmt"
	"strings"
	"unicode/utf8"
)

// bratWriter writes brat standoff annotations.
type bratWriter struct {
	w     *bufio.Writer
	first *Document
	n     int
}

// Brat writes d's entities and relations as the lines of a brat .ann file:
// a T record per entity (its type, code-point offsets, text; an entity
// that spans a line break is written as fragments), an R record per
// relation (Arg1 the subject, Arg2 the object), and an AnnotatorNotes
// record with the entity's id, canonical names and country.
func Brat(d *Document) string {
	var b strings.Builder
	for i, e := range d.Entities {
		s, end := clip(e.Start, e.End, len(d.Text))
		var frags []string
		var texts []string
		for s < end {
			j := strings.IndexByte(d.Text[s:end], '\n')
			fe := end
			if j >= 0 {
				fe = s + j
			}
			if fs, fe2 := trimSpan(d.Text, s, fe); fs < fe2 {
				// code-point offsets counted from the entity's own, so that
				// a long document costs linear time
				cs := CharOffset(d.Text, fs)
				if e.Start >= 0 && e.Start <= fs {
					cs = e.CharStart + utf8.RuneCountInString(d.Text[e.Start:fs])
				}
				ce := cs + utf8.RuneCountInString(d.Text[fs:fe2])
				frags = append(frags, fmt.Sprintf("%d %d", cs, ce))
				texts = append(texts, d.Text[fs:fe2])
			}
			s = fe + 1
		}
		if len(frags) == 0 {
			continue
		}
		fmt.Fprintf(&b, "T%d\t%s %s\t%s\n", i+1, e.Type, strings.Join(frags, ";"), strings.Join(texts, " "))
		var note []string
		for _, s := range []string{e.ID, e.Name, e.NameEn, e.Country} {
			if s != "" {
				note = append(note, s)
			}
		}
		if len(note) > 0 {
			fmt.Fprintf(&b, "#%d\tAnnotatorNotes T%d\t%s\n", i+1, i+1, strings.Join(note, " | "))
		}
	}
	for i, r := range d.Relations {
		if r.Subject < 0 || r.Subject >= len(d.Entities) || r.Object < 0 || r.Object >= len(d.Entities) {
			continue
		}
		fmt.Fprintf(&b, "R%d\t%s Arg1:T%d Arg2:T%d\n", i+1, r.Type, r.Subject+1, r.Object+1)
	}
	return b.String()
}

// trimSpan trims ASCII whitespace at both ends of text[s:e].
func trimSpan(text string, s, e int) (int, int) {
	for s < e && strings.IndexByte(" \t\r\n", text[s]) >= 0 {
		s++
	}
	for e > s && strings.IndexByte(" \t\r\n", text[e-1]) >= 0 {
		e--
	}
	return s, e
}

// Write holds the first document back until it knows whether there are
// several: a single document is written as a plain .ann file.
func (b *bratWriter) Write(d *Document) error {
	b.n++
	switch b.n {
	case 1:
		b.first = d
		return nil
	case 2:
		b.write(b.first, true)
		b.first = nil
	}
	b.w.WriteByte('\n')
	return b.write(d, true)
}

func (b *bratWriter) write(d *Document, header bool) error {
	if header {
		fmt.Fprintf(b.w, "# %s\n", strings.ReplaceAll(d.ID, "\n", " "))
	}
	_, err := b.w.WriteString(Brat(d))
	return err
}

func (b *bratWriter) Close() error {
	if b.n == 1 {
		b.write(b.first, false)
	}
	return b.w.Flush()
}
