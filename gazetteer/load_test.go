package gazetteer

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

const (
	lineRU     = `{"id":"country:RU","type":"COUNTRY","name":"روسيا","name_en":"Russia","aliases":["روسيا الاتحادية","الاتحاد الروسي"],"wikidata":"Q159","country":"RU","nationality":["روسي","روسية","روس"],"capital":"city:moscow"}`
	lineMoscow = `{"id":"city:moscow","type":"LOCATION","kind":"city","name":"موسكو","name_en":"Moscow","country":"RU"}`
	lineNATO   = `{"id":"org:nato","type":"ORGANIZATION","kind":"intergovernmental","name":"حلف شمال الأطلسي","name_en":"NATO","aliases":["الناتو","حلف الناتو"]}`
	lineShoigu = `{"id":"person:sergei-shoigu","type":"PERSON","name":"سيرغي شويغو","name_en":"Sergei Shoigu","aliases":["سيرجي شويجو"],"short_aliases":["شويغو"],"country":"RU","positions":[{"role":"defense_minister","of":"country:RU","from":2012,"to":2024}]}`
)

// writeTemp writes content to a file named name in a temporary directory.
func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name     string
		line     string // the bad line, written as line 3 after a comment and a good entry
		sentinel error
		want     string // substring of the message after the file:line prefix
	}{
		{"bad JSON", `{"id":"city:x","type":"LOCATION","name":"س"`, ErrSyntax, "unexpected end"},
		{"bad JSON token", `{"id":"city:x",,}`, ErrSyntax, "invalid character"},
		{"not an object", `["city:x"]`, ErrSyntax, "not a JSON object"},
		{"trailing data", lineNATO + `,`, ErrSyntax, "invalid character ',' after top-level value"},
		{"invalid UTF-8", "{\"id\":\"city:x\",\"type\":\"LOCATION\",\"name\":\"\xff\"}", ErrSyntax, "invalid UTF-8"},
		{"unknown type", `{"id":"city:x","type":"CITY","name":"س"}`, ErrInvalid, `unknown type "CITY"`},
		{"missing type", `{"id":"city:x","name":"س"}`, ErrInvalid, "missing type"},
		{"unknown role", `{"id":"person:x","type":"PERSON","name":"س","positions":[{"role":"presdent","of":"country:RU"}]}`, ErrInvalid, `unknown role "presdent"`},
		{"invalid ISO code", `{"id":"city:x","type":"LOCATION","name":"س","country":"XK"}`, ErrInvalid, `country "XK" is not an ISO 3166-1 alpha-2 code`},
		{"lower-case ISO code", `{"id":"city:x","type":"LOCATION","name":"س","country":"ru"}`, ErrInvalid, `country "ru" is not an ISO`},
		{"duplicate id", strings.Replace(lineNATO, "حلف شمال الأطلسي", "الناتو", 1), ErrDuplicate, "duplicate id org:nato (first at line 2)"},
		{"empty name", `{"id":"city:x","type":"LOCATION","name":""}`, ErrInvalid, "empty name"},
		{"missing name", `{"id":"city:x","type":"LOCATION"}`, ErrInvalid, "empty name"},
		{"unknown field", `{"id":"city:x","type":"LOCATION","nmae":"س","name":"س"}`, ErrInvalid, `unknown field "nmae"`},
		{"field name case", `{"id":"city:x","type":"LOCATION","Name":"س","name":"س"}`, ErrInvalid, `unknown field "Name"`},
		{"field given twice", `{"id":"city:x","type":"LOCATION","name":"س","name":"ص"}`, ErrInvalid, `field "name" given twice`},
		{"unknown position field", `{"id":"person:x","type":"PERSON","name":"س","positions":[{"role":"king","of":"country:FR"},{"role":"king","of":"country:FR","untill":2000}]}`, ErrInvalid, `unknown field "positions[1].untill"`},
		{"wrong field type", `{"id":"person:x","type":"PERSON","name":"س","positions":[{"role":"president","of":"country:RU","from":"2012"}]}`, ErrInvalid, "field positions.from: cannot use JSON string"},
		{"bad wikidata", `{"id":"city:x","type":"LOCATION","name":"س","wikidata":"q42"}`, ErrInvalid, `wikidata "q42" is not Q followed by digits`},
		{"years reversed", `{"id":"person:x","type":"PERSON","name":"س","positions":[{"role":"president","of":"country:RU","from":2020,"to":2012}]}`, ErrInvalid, "years reversed: from 2020 > to 2012"},
		{"implausible year", `{"id":"person:x","type":"PERSON","name":"س","positions":[{"role":"president","of":"country:RU","from":20012}]}`, ErrInvalid, "from 20012 is not a plausible year"},
		{"no namespace", `{"id":"moscow","type":"LOCATION","name":"س"}`, ErrInvalid, `id "moscow": no namespace prefix`},
		{"country code mismatch", `{"id":"country:FR","type":"COUNTRY","name":"س","country":"DE"}`, ErrInvalid, "country DE differs from the id's code FR"},
		{"country without code", `{"id":"country:FR","type":"COUNTRY","name":"س"}`, ErrInvalid, "missing country"},
		{"nationality on a city", `{"id":"city:x","type":"LOCATION","name":"س","nationality":["س"]}`, ErrInvalid, "nationality is for COUNTRY entries only"},
		{"unknown kind", `{"id":"city:x","type":"LOCATION","name":"س","kind":"town"}`, ErrInvalid, `unknown LOCATION kind "town"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			content := "# a comment\n" + lineNATO + "\n" + tt.line + "\n" + lineMoscow + "\n"
			path := writeTemp(t, "test.jsonl", content)
			g, err := LoadFile(path)
			if err == nil {
				t.Fatal("LoadFile: no error")
			}
			if !errors.Is(err, tt.sentinel) {
				t.Errorf("errors.Is(err, %v) = false; err = %v", tt.sentinel, err)
			}
			prefix := path + ":3: "
			if msg := err.Error(); !strings.HasPrefix(msg, prefix) || !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") {
				t.Errorf("error = %q\nwant one line starting %q containing %q", msg, prefix, tt.want)
			}
			// The good entries around the bad line are kept.
			var got []string
			for e := range g.All() {
				got = append(got, e.ID)
			}
			if diff := cmp.Diff([]string{"org:nato", "city:moscow"}, got); diff != "" {
				t.Errorf("entries kept (-want +got):\n%s", diff)
			}

			// Load (no file name) says "line N:".
			_, err = Load(strings.NewReader(content))
			if err == nil || !strings.HasPrefix(err.Error(), "line 3: ") || !errors.Is(err, tt.sentinel) {
				t.Errorf("Load error = %v, want \"line 3: …\" wrapping %v", err, tt.sentinel)
			}
		})
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	content := strings.Join([]string{
		lineRU,
		`{"id":"person:x","type":"PERSON","name":"","nmae":"س","typo":1,"positions":[{"role":"presdent","of":"country:RU","from":2020,"to":2012}]}`,
		`not json`,
		lineMoscow,
		lineRU,
		"",
		`{"id":"city:y","type":"LOCATION","name":"ص","country":"XK"}`,
	}, "\n")
	g, err := Load(strings.NewReader(content))
	if err == nil {
		t.Fatal("no error")
	}
	want := []string{
		`line 2: invalid entry person:x: unknown field "nmae"; unknown field "typo"; empty name; positions[0]: unknown role "presdent"; positions[0]: years reversed: from 2020 > to 2012`,
		`line 3: syntax error: invalid character 'o' in literal null (expecting 'u') (at byte 2)`,
		`line 5: duplicate id country:RU (first at line 1)`,
		`line 7: invalid entry city:y: country "XK" is not an ISO 3166-1 alpha-2 code`,
	}
	if diff := cmp.Diff(want, strings.Split(err.Error(), "\n")); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if g.Len() != 2 {
		t.Errorf("Len = %d, want 2 (country:RU, city:moscow)", g.Len())
	}
}

func TestLoadSkipsCommentsBlankLinesBOMAndCR(t *testing.T) {
	content := "\xEF\xBB\xBF# generated\r\n\r\n   \n  # indented comment\n" + lineRU + "\r\n\t\n" + lineMoscow
	g, err := Load(strings.NewReader(content))
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() != 2 {
		t.Errorf("Len = %d, want 2", g.Len())
	}
	// Line numbers count the skipped lines.
	_, err = Load(strings.NewReader("# c\n\n" + lineRU + "\n" + "{}" + "\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "line 4: ") {
		t.Errorf("error = %v, want line 4", err)
	}
}

func TestLoadLongLine(t *testing.T) {
	// A line of several megabytes: bufio.Scanner's default 64 KiB limit would fail.
	aliases := make([]string, 200_000)
	for i := range aliases {
		aliases[i] = `"اسم طويل"`
	}
	long := `{"id":"org:long","type":"ORGANIZATION","name":"منظمة","aliases":[` + strings.Join(aliases, ",") + `]}`
	if len(long) < 2<<20 {
		t.Fatalf("test line is only %d bytes", len(long))
	}
	g, err := Load(strings.NewReader(lineRU + "\n" + long + "\n" + lineMoscow + "\n{"))
	if err == nil || err.Error() != "line 4: syntax error: unexpected end of JSON input" {
		t.Errorf("error = %v, want only the error of line 4", err)
	}
	e, ok := g.Entry("org:long")
	if !ok || len(e.Aliases) != len(aliases) {
		t.Fatalf("long entry not loaded whole")
	}
	if g.Len() != 3 {
		t.Errorf("Len = %d, want 3", g.Len())
	}
}

func TestLoadFileMissing(t *testing.T) {
	_, err := LoadFile(filepath.Join(t.TempDir(), "nope.jsonl"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("error = %v, want os.ErrNotExist", err)
	}
}

func TestWriteJSONLRoundTrip(t *testing.T) {
	content := strings.Join([]string{lineRU, lineMoscow, lineNATO, lineShoigu,
		`{"id":"person:x","type":"PERSON","name":"زيد & <عمرو>","countries":["FR","DE"],"positions":[{"role":"king","of":"country:FR"}],"vocalized":"زَيْد & <عَمْرو>","wikidata":"Q1"}`,
	}, "\n")
	g, err := Load(strings.NewReader(content))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := g.WriteJSONL(&buf); err != nil {
		t.Fatal(err)
	}
	written := buf.String()
	if n := strings.Count(written, "\n"); n != g.Len() {
		t.Errorf("WriteJSONL wrote %d lines, want %d", n, g.Len())
	}
	if !strings.Contains(written, `"name":"زيد & <عمرو>"`) {
		t.Errorf("WriteJSONL escaped HTML or Arabic:\n%s", written)
	}
	g2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(entries(g), entries(g2)); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	// Written again, the entries give the same bytes: the format is canonical.
	var again bytes.Buffer
	if err := g2.WriteJSONL(&again); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(written, again.String()); diff != "" {
		t.Errorf("second write (-want +got):\n%s", diff)
	}
	// lineShoigu is in the canonical field order: written back byte for byte.
	if !strings.Contains(written, lineShoigu+"\n") {
		t.Errorf("WriteJSONL changed %s:\n%s", lineShoigu, written)
	}
}

// entries returns copies of g's entries in order.
func entries(g *Gazetteer) []Entry {
	var out []Entry
	for e := range g.All() {
		out = append(out, *e)
	}
	return out
}

func TestEntryUnmarshalJSONIsStrict(t *testing.T) {
	var e Entry
	if err := e.UnmarshalJSON([]byte(lineMoscow)); err != nil {
		t.Fatal(err)
	}
	want := Entry{ID: "city:moscow", Type: Location, Kind: "city", Name: "موسكو", NameEn: "Moscow", Country: "RU"}
	if diff := cmp.Diff(want, e); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, bad := range []string{`{"id":"city:x","nmae":"س"}`, `{"id":"city:x","type":"CITY"}`} {
		if err := e.UnmarshalJSON([]byte(bad)); err == nil {
			t.Errorf("UnmarshalJSON(%s): no error", bad)
		}
	}
}

// FuzzParseLine checks that parseLine never panics and that the key
// scanner reports exactly the top-level keys encoding/json does not know.
func FuzzParseLine(f *testing.F) {
	for _, s := range []string{lineRU, lineMoscow, lineNATO, lineShoigu, `{}`, `[]`, `{"a":{"b":[1,{"c":"\""}]},"id":"x"}`,
		`{"n\u0061me":"س","id":"city:x","type":"LOCATION"}`, `{"positions":[{"role":"king","x":[{}]},{}],"name":"\\"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		e, err := parseLine([]byte(line))
		if err == nil && e == nil {
			t.Fatal("nil entry without error")
		}
		var m map[string]json.RawMessage
		if !utf8.ValidString(line) || json.Unmarshal([]byte(line), &m) != nil {
			return
		}
		var want []string
		for k := range m {
			if !slices.Contains(entryKeys, k) {
				want = append(want, "unknown field "+strconv.Quote(k))
			}
		}
		ks := keyScanner{b: []byte(line)}
		ks.object(entryKeys, "")
		var got []string
		for _, p := range ks.problems {
			if strings.HasPrefix(p, "unknown field") && !strings.HasPrefix(p, `unknown field "positions[`) {
				got = append(got, p)
			}
		}
		slices.Sort(want)
		want = slices.Compact(want)
		slices.Sort(got)
		got = slices.Compact(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("unknown keys of %s (-want +got):\n%s", line, diff)
		}
	})
}
