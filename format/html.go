package format

import (
	"bufio"
	"fmt"
	"html"
	"strings"

	"github.com/kayan-nlp/kayan/entity"
)

// htmlWriter writes one self-contained page.
type htmlWriter struct {
	w       *bufio.Writer
	n       int
	started bool
}

// FontStack is the CSS font-family of the HTML page: fonts with good Arabic
// shapes commonly installed on Linux, macOS and Windows, none loaded from
// the network.
const FontStack = `"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "Geeza Pro", "Traditional Arabic", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif`

// typeNames are the Arabic names of the entity types, for the legend.
var typeNames = []struct{ typ, ar string }{
	{"PERSON", "شخص"},
	{"COUNTRY", "دولة"},
	{"LOCATION", "مكان"},
	{"ORGANIZATION", "منظمة"},
	{"NATIONALITY", "جنسية"},
}

const pageHead = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kayan</title>
<style>
body { font-family: ` + FontStack + `; font-size: 19px; line-height: 2.1; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #1f2328; background: #fff; }
h1 { font-size: 1.3em; margin: 0 0 .3em; }
h2 { font-size: 1em; color: #57606a; border-bottom: 1px solid #d0d7de; margin-top: 2em; direction: ltr; text-align: right; font-family: monospace; }
.legend { font-size: .9em; }
.legend .chip { margin-inline-end: .8em; padding: .05em .5em; border-radius: .3em; border-bottom: 2px solid; }
.sent { margin: 0 0 1em; }
.sent p { margin: 0; }
.ent, .ref { border-radius: .3em; padding: .05em .2em; border-bottom: 2px solid; cursor: help; position: relative; }
.ent .ent { padding: 0 .1em; border-bottom-style: dotted; }
.ent:hover, .ref:hover { outline: 2px solid #0969da; }
.ent-person { background: #fde2e4; border-color: #d1495b; }
.ent-country { background: #dbeafe; border-color: #2563eb; }
.ent-location { background: #d1fae5; border-color: #059669; }
.ent-organization { background: #fef3c7; border-color: #d97706; }
.ent-nationality { background: #ede9fe; border-color: #7c3aed; }
.ent-other { background: #eee; border-color: #888; }
ul.rels { list-style: none; margin: .2em 0 0; padding: .2em .8em; border-inline-start: 3px solid #d0d7de; font-size: .9em; line-height: 1.9; }
ul.rels li a { text-decoration: none; color: inherit; }
.arrow { color: #57606a; font-weight: bold; padding: 0 .3em; }
.rtype { font-family: monospace; font-size: .85em; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: .3em; padding: 0 .3em; }
.trigger { color: #57606a; }
.rule { color: #8c959f; font-family: monospace; font-size: .75em; }
</style>
</head>
<body>
<h1>كيان — الكيانات والعلاقات</h1>
`

// class returns the CSS classes of an entity type.
func class(typ string) string {
	for _, t := range typeNames {
		if t.typ == typ {
			return "ent-" + strings.ToLower(typ)
		}
	}
	return "ent-other"
}

// Title returns the hover text of an entity: type, canonical names, id and
// country.
func Title(e Entity) string {
	parts := []string{e.Type}
	if e.Name != "" {
		n := e.Name
		if e.NameEn != "" {
			n += " (" + e.NameEn + ")"
		}
		parts = append(parts, n)
	} else if e.NameEn != "" {
		parts = append(parts, e.NameEn)
	}
	if e.ID != "" {
		parts = append(parts, e.ID)
	}
	if e.Country != "" {
		parts = append(parts, e.Country)
	}
	if e.Source != "" {
		parts = append(parts, e.Source)
	}
	return strings.Join(parts, " · ")
}

func (h *htmlWriter) start() {
	if h.started {
		return
	}
	h.started = true
	h.w.WriteString(pageHead)
	h.w.WriteString(`<p class="legend">`)
	for _, t := range typeNames {
		fmt.Fprintf(h.w, `<span class="chip %s" title="%s">%s</span>`, class(t.typ), t.typ, t.ar)
	}
	h.w.WriteString("</p>\n")
}

func (h *htmlWriter) Write(d *Document) error {
	h.start()
	h.n++
	_, err := h.w.WriteString(HTMLFragment(d, fmt.Sprintf("d%d", h.n)))
	return err
}

func (h *htmlWriter) Close() error {
	h.start()
	h.w.WriteString("</body>\n</html>\n")
	return h.w.Flush()
}

// HTMLFragment returns d as an HTML <article>: each sentence a paragraph
// with its entities highlighted (one <span class="ent ent-TYPE"> per
// entity, nested ones inside, the canonical name, id and country in the
// title), followed by the list of the relations whose evidence starts in
// it, subject ← type ← object, each linked to its mentions. prefix makes
// the element ids unique in the page.
func HTMLFragment(d *Document, prefix string) string {
	var b strings.Builder
	b.WriteString("<article>\n")
	if d.ID != "" {
		fmt.Fprintf(&b, "<h2>%s</h2>\n", html.EscapeString(d.ID))
	}
	sents := d.Sentences
	if len(sents) == 0 && d.Text != "" {
		sents = []entity.Span{{Start: 0, End: len(d.Text)}}
	}
	relsOf := make([][]int, len(sents))
	for i, r := range d.Relations {
		off := r.Evidence.Start
		if r.Evidence.End <= r.Evidence.Start && r.Subject >= 0 && r.Subject < len(d.Entities) {
			off = d.Entities[r.Subject].Start
		}
		si := sentenceAt(sents, off)
		if si < 0 {
			si = len(sents) - 1
		}
		if si >= 0 {
			relsOf[si] = append(relsOf[si], i)
		}
	}
	next := 0 // first entity not yet rendered
	for si, s := range sents {
		ss, se := clip(s.Start, s.End, len(d.Text))
		b.WriteString(`<div class="sent"><p>`)
		pos := ss
		var stack []int // end offsets of the open spans
		closeTo := func(off int) {
			for len(stack) > 0 && stack[len(stack)-1] <= off {
				end := stack[len(stack)-1]
				b.WriteString(html.EscapeString(d.Text[pos:end]))
				pos = end
				b.WriteString("</span>")
				stack = stack[:len(stack)-1]
			}
		}
		for next < len(d.Entities) {
			e := d.Entities[next]
			es, ee := clip(e.Start, e.End, len(d.Text))
			if es >= se {
				break
			}
			next++
			es = max(es, ss, pos)
			ee = min(ee, se)
			closeTo(es)
			if len(stack) > 0 {
				ee = min(ee, stack[len(stack)-1])
			}
			if es >= ee {
				continue
			}
			b.WriteString(html.EscapeString(d.Text[pos:es]))
			pos = es
			cls := "ent " + class(e.Type)
			if e.Nested {
				cls += " nested"
			}
			fmt.Fprintf(&b, `<span class="%s" id="%s-e%d" title="%s" data-id="%s">`,
				cls, prefix, next-1, html.EscapeString(Title(e)), html.EscapeString(e.ID))
			stack = append(stack, ee)
		}
		closeTo(se)
		b.WriteString(html.EscapeString(d.Text[pos:se]))
		b.WriteString("</p>")
		if len(relsOf[si]) > 0 {
			b.WriteString("\n<ul class=\"rels\">\n")
			for _, ri := range relsOf[si] {
				b.WriteString(relationItem(d, d.Relations[ri], prefix))
			}
			b.WriteString("</ul>")
		}
		b.WriteString("</div>\n")
	}
	b.WriteString("</article>\n")
	return b.String()
}

func sentenceAt(sents []entity.Span, off int) int {
	for i, s := range sents {
		if s.Start <= off && off < s.End {
			return i
		}
	}
	return -1
}

// relationItem renders a relation as a list item: subject ← type ← object
// (the arrows point the way an RTL line reads).
func relationItem(d *Document, r Relation, prefix string) string {
	ref := func(i int) string {
		if i < 0 || i >= len(d.Entities) {
			return "؟"
		}
		e := d.Entities[i]
		return fmt.Sprintf(`<a href="#%s-e%d"><span class="ref %s" title="%s">%s</span></a>`,
			prefix, i, class(e.Type), html.EscapeString(Title(e)), html.EscapeString(oneLine(e.Text)))
	}
	var b strings.Builder
	b.WriteString("<li>")
	b.WriteString(ref(r.Subject))
	fmt.Fprintf(&b, `<span class="arrow">←</span><bdi class="rtype">%s</bdi>`, html.EscapeString(r.Type))
	if r.Role != "" {
		fmt.Fprintf(&b, ` <bdi class="rtype">%s</bdi>`, html.EscapeString(r.Role))
	}
	b.WriteString(`<span class="arrow">←</span>`)
	b.WriteString(ref(r.Object))
	if r.Trigger.Text != "" {
		fmt.Fprintf(&b, ` <span class="trigger">«%s»</span>`, html.EscapeString(oneLine(r.Trigger.Text)))
	}
	if r.Rule != "" {
		fmt.Fprintf(&b, ` <bdi class="rule">%s</bdi>`, html.EscapeString(r.Rule))
	}
	b.WriteString("</li>\n")
	return b.String()
}
