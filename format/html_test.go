package format

import (
	"html"
	"regexp"
	"strings"
	"testing"
)

var (
	entSpan = regexp.MustCompile(`<span class="ent (ent-[a-z]+)( nested)?" id="([^"]+)" title="([^"]*)" data-id="([^"]*)">`)
	tagRE   = regexp.MustCompile(`<[^>]*>`)
	// resourceURL finds URLs a browser would fetch or link to.
	resourceURL = regexp.MustCompile(`(?i)(src|href|url\()\s*=?\s*["']?\s*(https?:)?//`)
)

// checkPage checks the structure of a page rendering docs.
func checkPage(t *testing.T, page string, docs ...*Document) {
	t.Helper()
	for _, s := range []string{`<html lang="ar" dir="rtl">`, `<meta charset="utf-8">`, "font-family: " + FontStack, "</html>\n"} {
		if !strings.Contains(page, s) {
			t.Errorf("page lacks %q", s)
		}
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") || resourceURL.MatchString(page) {
		t.Errorf("page refers to the network: %v", resourceURL.FindString(page))
	}
	if strings.Contains(page, "<script") || strings.Contains(page, "<link") || strings.Contains(page, "@import") {
		t.Error("page loads scripts or stylesheets")
	}
	if o, c := strings.Count(page, "<span"), strings.Count(page, "</span>"); o != c {
		t.Errorf("%d <span> but %d </span>", o, c)
	}
	spans := entSpan.FindAllStringSubmatch(page, -1)
	var ents []Entity
	for _, d := range docs {
		ents = append(ents, d.Entities...)
	}
	if len(spans) != len(ents) {
		t.Fatalf("%d highlighted spans, want one per entity: %d", len(spans), len(ents))
	}
	for i, e := range ents {
		sp := spans[i]
		if want := "ent-" + strings.ToLower(e.Type); sp[1] != want {
			t.Errorf("entity %d (%s): class %s, want %s", i, e.Text, sp[1], want)
		}
		if (sp[2] != "") != e.Nested {
			t.Errorf("entity %d (%s): nested class %q, want nested=%v", i, e.Text, sp[2], e.Nested)
		}
		if want := html.EscapeString(Title(e)); sp[4] != want {
			t.Errorf("entity %d: title %q, want %q", i, sp[4], want)
		}
		if e.NameEn != "" && !strings.Contains(sp[4], html.EscapeString(e.NameEn)) {
			t.Errorf("entity %d: title %q lacks the canonical name", i, sp[4])
		}
		if sp[5] != html.EscapeString(e.ID) {
			t.Errorf("entity %d: data-id %q, want %q", i, sp[5], e.ID)
		}
	}
}

func TestHTMLSample(t *testing.T) {
	d := sampleDoc()
	page := write(t, "html", d)
	checkPage(t, page, d)
	// The nested nationality is inside the organization's span.
	want := `<span class="ent ent-organization" id="d1-e2" title="ORGANIZATION · وزارة الدفاع الروسية (Ministry of Defense of Russia) · org:defense-ministry@RU · RU · composed" data-id="org:defense-ministry@RU">وزارة الدفاع <span class="ent ent-nationality nested" id="d1-e3" title="NATIONALITY · روسيا (Russia) · country:RU · RU · nationality" data-id="country:RU">الروسية</span></span>`
	if !strings.Contains(page, want) {
		t.Errorf("page lacks the nested spans %s", want)
	}
	// The relation is listed under the first sentence, linked to its mentions.
	first := page[strings.Index(page, `<div class="sent">`):]
	first = first[:strings.Index(first, "</div>")]
	if !strings.Contains(first, `<ul class="rels">`) || !strings.Contains(first, `href="#d1-e0"`) ||
		!strings.Contains(first, `href="#d1-e1"`) || !strings.Contains(first, `<span class="arrow">←</span><bdi class="rtype">visited</bdi>`) {
		t.Errorf("first sentence lacks its relation:\n%s", first)
	}
}

func TestHTMLEscapes(t *testing.T) {
	d := &Document{ID: `<x id="1">`, Text: `<b>"أ"</b> & ب`, Sentences: nil,
		Entities: []Entity{{Start: 4, End: 8, Type: "PERSON", Name: `"q"`, ID: "a&b"}, {Start: 5, End: 99, Type: "ODD"}}}
	page := write(t, "html", d)
	if strings.Contains(page, "<b>") || strings.Contains(page, `<x id`) {
		t.Errorf("text not escaped:\n%s", page)
	}
	if !strings.Contains(page, `title="PERSON · &#34;q&#34; · a&amp;b"`) {
		t.Errorf("title not escaped:\n%s", page)
	}
	if o, c := strings.Count(page, "<span"), strings.Count(page, "</span>"); o != c {
		t.Errorf("%d <span> but %d </span>", o, c)
	}
}

func TestHTMLEmpty(t *testing.T) {
	page := write(t, "html")
	checkPage(t, page)
}
