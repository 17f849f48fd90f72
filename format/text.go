package format

import (
	"bufio"
	"fmt"
	"strings"
)

// textWriter writes a listing for people.
type textWriter struct {
	w *bufio.Writer
	n int
}

// Listing returns d as a readable listing: one line per entity (type,
// text, canonical name, id, country, source, byte span) and one per
// relation (subject, type, object, trigger, rule).
func Listing(d *Document) string {
	var b strings.Builder
	top := 0
	for _, e := range d.Entities {
		if !e.Nested {
			top++
		}
	}
	title := d.ID
	if title == "" {
		title = "document"
	}
	fmt.Fprintf(&b, "%s: %d entities (%d nested), %d relations\n", title, len(d.Entities), len(d.Entities)-top, len(d.Relations))
	for _, e := range d.Entities {
		indent := "  "
		if e.Nested {
			indent = "    ↳ "
		}
		fmt.Fprintf(&b, "%s%-12s %s", indent, e.Type, oneLine(e.Text))
		var about []string
		if e.Name != "" && e.Name != e.Text {
			about = append(about, e.Name)
		}
		if e.NameEn != "" {
			about = append(about, e.NameEn)
		}
		if e.ID != "" {
			about = append(about, e.ID)
		}
		if e.Country != "" {
			about = append(about, e.Country)
		}
		if len(about) > 0 {
			fmt.Fprintf(&b, "  (%s)", strings.Join(about, ", "))
		}
		fmt.Fprintf(&b, "  [%d:%d %s]\n", e.Start, e.End, e.Source)
	}
	if len(d.Relations) > 0 {
		b.WriteString("  relations:\n")
	}
	for _, r := range d.Relations {
		fmt.Fprintf(&b, "  %s  --%s-->  %s", entityLabel(d, r.Subject), r.Type, entityLabel(d, r.Object))
		if r.Role != "" {
			fmt.Fprintf(&b, "  role=%s", r.Role)
		}
		if r.Trigger.Text != "" {
			fmt.Fprintf(&b, "  trigger=«%s»", oneLine(r.Trigger.Text))
		}
		if r.Rule != "" {
			fmt.Fprintf(&b, "  rule=%s", r.Rule)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// entityLabel names entity i of d for a listing: its text, and its English
// name when it has one.
func entityLabel(d *Document, i int) string {
	if i < 0 || i >= len(d.Entities) {
		return fmt.Sprintf("#%d?", i)
	}
	e := d.Entities[i]
	if e.NameEn != "" {
		return fmt.Sprintf("%s (%s)", oneLine(e.Text), e.NameEn)
	}
	return oneLine(e.Text)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func (t *textWriter) Write(d *Document) error {
	if t.n > 0 {
		t.w.WriteByte('\n')
	}
	t.n++
	_, err := t.w.WriteString(Listing(d))
	return err
}

func (t *textWriter) Close() error { return t.w.Flush() }
