package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata (check them by hand)")

// kayan runs the command in-process.
func kayan(t *testing.T, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	status = run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), status
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// jsonDoc is the part of the output contract the tests look at.
type jsonDoc struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Entities []struct {
		Start, End int
		Text       string `json:"text"`
		Type       string `json:"type"`
		NameEn     string `json:"name_en"`
	} `json:"entities"`
	Lang string `json:"lang"`
}

const (
	sent1 = "التقى بوتين مع شي جين بينغ في موسكو."
	sent2 = "وزار وزير الدفاع الروسي سيرغي شويغو الصين"
)

// hasPutin reports whether a decoded document found بوتين as a PERSON.
func (d jsonDoc) hasPutin() bool {
	for _, e := range d.Entities {
		if e.Type == "PERSON" && e.Text == "بوتين" && e.NameEn == "Vladimir Putin" {
			return true
		}
	}
	return false
}

func TestTagInOut(t *testing.T) {
	text := writeFile(t, "a.txt", sent1+"\n"+sent2+"\n")
	inputs := []struct {
		in, stdin string
		args      []string
		ids       []string // expected document ids
		texts     []string
	}{
		{"text", "", []string{text}, []string{text}, []string{sent1 + "\n" + sent2 + "\n"}},
		{"lines", sent1 + "\r\n\n" + sent2, nil, []string{"stdin:1", "stdin:3"}, []string{sent1, sent2}},
		{"jsonl", `{"id":"one","text":"` + sent1 + `","lang":"ar"}` + "\n" + `{"text":"` + sent2 + `"}`, nil,
			[]string{"one", "stdin:2"}, []string{sent1, sent2}},
	}
	outputs := []struct {
		out   string
		check func(t *testing.T, out string, ids, texts []string)
	}{
		{"jsonl", func(t *testing.T, out string, ids, texts []string) {
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != len(ids) {
				t.Fatalf("%d lines, want %d", len(lines), len(ids))
			}
			for i, l := range lines {
				var d jsonDoc
				if err := json.Unmarshal([]byte(l), &d); err != nil {
					t.Fatal(err)
				}
				if d.ID != ids[i] || d.Text != texts[i] {
					t.Errorf("doc %d: id %q text %q, want %q %q", i, d.ID, d.Text, ids[i], texts[i])
				}
				if i == 0 && !d.hasPutin() {
					t.Errorf("doc 0: بوتين not found: %s", l)
				}
				if d.ID == "one" && d.Lang != "ar" {
					t.Errorf("extra field lang not passed through: %s", l)
				}
			}
		}},
		{"json", func(t *testing.T, out string, ids, texts []string) {
			var docs []jsonDoc
			if len(ids) == 1 {
				var d jsonDoc
				if err := json.Unmarshal([]byte(out), &d); err != nil {
					t.Fatal(err)
				}
				docs = append(docs, d)
			} else if err := json.Unmarshal([]byte(out), &docs); err != nil {
				t.Fatal(err)
			}
			if len(docs) != len(ids) || !docs[0].hasPutin() || docs[0].ID != ids[0] {
				t.Errorf("json output: %s", out)
			}
			if !strings.Contains(out, "\n  ") {
				t.Error("json output not indented")
			}
		}},
		{"conll", func(t *testing.T, out string, ids, texts []string) {
			if !strings.Contains(out, "بوتين\tB-PERSON\n") || !strings.Contains(out, "موسكو\tB-LOCATION\n") ||
				!strings.Contains(out, "شي\tB-PERSON\nجين\tI-PERSON\nبينغ\tI-PERSON\n") {
				t.Errorf("conll output:\n%s", out)
			}
		}},
		{"brat", func(t *testing.T, out string, ids, texts []string) {
			if !strings.Contains(out, "\tPERSON 6 11\tبوتين\n") || !strings.Contains(out, "AnnotatorNotes") {
				t.Errorf("brat output:\n%s", out)
			}
			if len(ids) > 1 && !strings.Contains(out, "# "+ids[1]+"\n") {
				t.Errorf("brat output lacks the document header # %s:\n%s", ids[1], out)
			}
		}},
		{"html", func(t *testing.T, out string, ids, texts []string) {
			if !strings.Contains(out, `dir="rtl"`) || !strings.Contains(out, `class="ent ent-person"`) ||
				!strings.Contains(out, "Vladimir Putin") || strings.Count(out, "<article>") != len(ids) {
				t.Errorf("html output:\n%s", out)
			}
		}},
		{"text", func(t *testing.T, out string, ids, texts []string) {
			if !strings.Contains(out, "PERSON       بوتين") || !strings.Contains(out, "Vladimir Putin") || !strings.Contains(out, ids[0]+":") {
				t.Errorf("text output:\n%s", out)
			}
		}},
	}
	for _, in := range inputs {
		for _, o := range outputs {
			t.Run(in.in+"-"+o.out, func(t *testing.T) {
				args := append([]string{"tag", "-in", in.in, "-out", o.out}, in.args...)
				out, errs, status := kayan(t, in.stdin, args...)
				if status != 0 || errs != "" {
					t.Fatalf("status %d, stderr %q", status, errs)
				}
				o.check(t, out, in.ids, in.texts)
			})
		}
	}
}

func TestTagMalformedJSONL(t *testing.T) {
	input := `{"id":"a","text":"بوتين"}` + "\n" + // 1
		`{"id":"b","text":` + "\n" + // 2: malformed
		"\n" + // 3: blank, skipped
		`{"id":"c","text":"موسكو"}` + "\n" + // 4
		`{"id":"d"}` + "\n" + // 5: no text
		`{"id":"e","text":"الصين"}` // 6, no final newline
	tests := []struct {
		name    string
		args    []string
		ids     []string
		errs    []string // lines expected in stderr, in order
		noErrs  []string
		wantRun int
	}{
		{"skip", nil, []string{"a", "c", "e"}, []string{"stdin:2: ", "(line skipped)", "stdin:5: no \"text\" field"}, nil, 1},
		{"strict", []string{"-strict"}, []string{"a"}, []string{"stdin:2: ", "-strict"}, []string{"stdin:5"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"tag", "-in", "jsonl", "-out", "jsonl", "-j", "2"}, tt.args...)
			out, errs, status := kayan(t, input, args...)
			if status != tt.wantRun {
				t.Errorf("status %d, want %d", status, tt.wantRun)
			}
			var ids []string
			for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
				var d jsonDoc
				if err := json.Unmarshal([]byte(l), &d); err != nil {
					t.Fatalf("%v: %s", err, l)
				}
				ids = append(ids, d.ID)
			}
			if diff := cmp.Diff(tt.ids, ids); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
			rest := errs
			for _, e := range tt.errs {
				i := strings.Index(rest, e)
				if i < 0 {
					t.Errorf("stderr lacks %q (in order):\n%s", e, errs)
					continue
				}
				rest = rest[i+len(e):]
			}
			for _, e := range tt.noErrs {
				if strings.Contains(errs, e) {
					t.Errorf("stderr has %q:\n%s", e, errs)
				}
			}
		})
	}
}

func TestTagOrderKept(t *testing.T) {
	var in strings.Builder
	for i := range 300 {
		// Lengths vary so that workers finish out of order.
		fmt.Fprintf(&in, "%d %s\n", i, strings.Repeat(sent2+" ", (i*7)%23+1))
	}
	out4, errs, status := kayan(t, in.String(), "tag", "-in", "lines", "-out", "jsonl", "-j", "4")
	if status != 0 || errs != "" {
		t.Fatalf("status %d, stderr %q", status, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out4, "\n"), "\n")
	if len(lines) != 300 {
		t.Fatalf("%d documents, want 300", len(lines))
	}
	for i, l := range lines {
		var d jsonDoc
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("stdin:%d", i+1); d.ID != want || !strings.HasPrefix(d.Text, fmt.Sprintf("%d ", i)) {
			t.Fatalf("document %d has id %q, want %q", i, d.ID, want)
		}
	}
	out1, _, _ := kayan(t, in.String(), "tag", "-in", "lines", "-out", "jsonl", "-j", "1")
	if out1 != out4 {
		t.Error("-j 1 and -j 4 outputs differ")
	}
}

func TestTagFiles(t *testing.T) {
	a := writeFile(t, "a.txt", sent1)
	b := writeFile(t, "b.txt", "\uFEFF"+sent2)
	out, errs, status := kayan(t, "", "tag", "-out", "jsonl", a, filepath.Join(t.TempDir(), "missing.txt"), b)
	if status != 1 || !strings.Contains(errs, "missing.txt") {
		t.Errorf("status %d, stderr %q; want 1 and the missing file named", status, errs)
	}
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var d jsonDoc
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(d.Text, "\uFEFF") {
			t.Error("byte-order mark kept")
		}
		ids = append(ids, d.ID)
	}
	if diff := cmp.Diff([]string{a, b}, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	// Flags after files, and invalid UTF-8 made valid so offsets hold.
	out, _, status = kayan(t, "بوتين \xff موسكو", "tag", "-", "-out", "jsonl")
	var d jsonDoc
	if err := json.Unmarshal([]byte(out), &d); err != nil || status != 0 {
		t.Fatalf("status %d, %v: %s", status, err, out)
	}
	for _, e := range d.Entities {
		if d.Text[e.Start:e.End] != e.Text {
			t.Errorf("entity %q at %d:%d does not match the text", e.Text, e.Start, e.End)
		}
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args   []string
		status int
		errs   string
	}{
		{nil, 2, "usage:"},
		{[]string{"nope"}, 2, `unknown command "nope"`},
		{[]string{"tag", "-out", "xml"}, 2, `unknown format "xml"`},
		{[]string{"tag", "-in", "csv"}, 2, `unknown -in "csv"`},
		{[]string{"tag", "-bogus"}, 2, "flag provided but not defined"},
		{[]string{"tag", "-h"}, 0, "usage: kayan tag"},
		{[]string{"eval"}, 2, "no -gold file"},
		{[]string{"eval", "-gold", "x", "-types", "PERSON"}, 2, "-types"},
		{[]string{"gazetteer"}, 2, "usage:"},
		{[]string{"gazetteer", "frob"}, 2, `unknown command "frob"`},
		{[]string{"gazetteer", "stats", "-no-default"}, 2, "-no-default needs a FILE"},
		{[]string{"tag", "-gazetteer", "/nonexistent.jsonl"}, 1, "/nonexistent.jsonl"},
	}
	for _, tt := range tests {
		_, errs, status := kayan(t, "", tt.args...)
		if status != tt.status || !strings.Contains(errs, tt.errs) {
			t.Errorf("kayan %q: status %d, stderr %q; want %d and %q", tt.args, status, errs, tt.status, tt.errs)
		}
	}
}

const userGazetteer = `# a user's entries
{"id":"person:khalil-mansour","type":"PERSON","name":"خليل منصور","name_en":"Khalil Mansour","country":"LB"}
{"id":"city:moscow-idaho","type":"LOCATION","kind":"city","name":"موسكو","name_en":"Moscow, Idaho","country":"US"}
`

func TestTagUserGazetteer(t *testing.T) {
	g := writeFile(t, "user.jsonl", userGazetteer)
	out, errs, status := kayan(t, "قال خليل منصور في بيروت", "tag", "-out", "jsonl", "-gazetteer", g)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errs)
	}
	if !strings.Contains(out, `"id":"person:khalil-mansour"`) || !strings.Contains(out, `"id":"city:beirut"`) {
		t.Errorf("user entry or default entry missing: %s", out)
	}
	out, _, _ = kayan(t, "قال خليل منصور في بيروت", "tag", "-out", "jsonl", "-gazetteer", g, "-no-default")
	if !strings.Contains(out, `"id":"person:khalil-mansour"`) || strings.Contains(out, `"id":"city:beirut"`) {
		t.Errorf("-no-default: %s", out)
	}
	bad := writeFile(t, "bad.jsonl", "{\"id\":\"x\"}\n")
	_, errs, status = kayan(t, "x", "tag", "-gazetteer", bad)
	if status != 1 || !strings.Contains(errs, "bad.jsonl:1:") {
		t.Errorf("bad gazetteer: status %d, stderr %q", status, errs)
	}
}

func TestGazetteerCommand(t *testing.T) {
	out, errs, status := kayan(t, "", "gazetteer", "stats")
	if status != 0 || !strings.Contains(out, "PERSON") || !strings.Contains(out, "total") {
		t.Errorf("stats: status %d, %q, %q", status, out, errs)
	}
	out, _, status = kayan(t, "", "gazetteer", "export")
	n := strings.Count(out, "\n")
	if status != 0 || n < 1000 {
		t.Errorf("export: status %d, %d lines", status, n)
	}
	g := writeFile(t, "user.jsonl", userGazetteer)
	out, _, status = kayan(t, "", "gazetteer", "export", g)
	if m := strings.Count(out, "\n"); status != 0 || m != n+2 {
		t.Errorf("export with a file: status %d, %d lines, want %d", status, m, n+2)
	}
	out, _, status = kayan(t, "", "gazetteer", "export", "-no-default", g)
	if status != 0 || strings.Count(out, "\n") != 2 {
		t.Errorf("export -no-default: status %d:\n%s", status, out)
	}
	out, errs, status = kayan(t, "", "gazetteer", "lint", g)
	if status != 0 || !strings.Contains(out, `city:moscow-idaho: "موسكو": shared (city:moscow)`) {
		t.Errorf("lint: status %d\n%s\n%s", status, out, errs)
	}
	if strings.Contains(out, "warning: city:moscow:") {
		t.Errorf("lint of a file reports default entries:\n%s", out)
	}
}

const tinyGold = `التقى O
بوتين B-PERS
في O
موسكو B-LOC
. O

قال O
أنان B-PERS
`

func TestEvalCommand(t *testing.T) {
	gold := writeFile(t, "tiny.conll", tinyGold)
	out, errs, status := kayan(t, "", "eval", "-gold", gold)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errs)
	}
	for _, s := range []string{"PERS", "LOC", "micro", "2 sentences, 7 tokens"} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	out, _, status = kayan(t, "", "eval", "-json", "-errors", "-types", "LOCATION=O,COUNTRY=O,LOC=O", gold)
	var r struct {
		Types map[string]struct{ Gold, Pred, Correct int }
		Micro struct{ Gold int }
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || status != 0 {
		t.Fatalf("status %d, %v: %s", status, err, out)
	}
	if _, ok := r.Types["LOC"]; ok || r.Micro.Gold != 2 || r.Types["PERS"].Gold != 2 {
		t.Errorf("with LOC dropped: %+v", r)
	}
	dir := filepath.Dir(gold)
	out, _, status = kayan(t, "", "eval", "-gold", dir)
	if status != 0 || !strings.Contains(out, "micro") {
		t.Errorf("eval on a directory: status %d\n%s", status, out)
	}
}

// TestGoldenSeed checks the JSONL output on the seed article against
// testdata/seed.jsonl; run with -update to rewrite it, then read the diff.
func TestGoldenSeed(t *testing.T) {
	seed := filepath.Join("..", "..", "seeds", "russia-china-defense-talks.txt")
	out, errs, status := kayan(t, "", "tag", "-out", "jsonl", seed)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errs)
	}
	golden := filepath.Join("testdata", "seed.jsonl")
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), out); diff != "" {
		t.Errorf("seed JSONL (-want +got):\n%s", diff)
	}
}

const userRules = `# a user's rule: a person praises a country
{"name":"praise","type":"PRAISES","subject":["PERSON"],"object":["COUNTRY"],"triggers":["أشاد"],"patterns":["T S ... O"]}
`

func TestTagRules(t *testing.T) {
	rules := writeFile(t, "rules.jsonl", userRules)
	gaz := writeFile(t, "g.jsonl", `{"id":"country:CN","type":"COUNTRY","name":"الصين","name_en":"China","country":"CN"}
{"id":"person:vladimir-putin","type":"PERSON","name":"فلاديمير بوتين","name_en":"Vladimir Putin","short_aliases":["بوتين"],"country":"RU"}
`)
	const text = "أشاد فلاديمير بوتين بدور الصين"
	for _, tt := range []struct {
		name   string
		args   []string
		want   []string // relation types found
		status int
	}{
		{"default", nil, nil, 0},
		{"added", []string{"-rules", rules}, []string{"PRAISES"}, 0},
		{"only", []string{"-rules", rules, "-no-default", "-gazetteer", gaz}, []string{"PRAISES"}, 0},
		{"empty gazetteer", []string{"-rules", rules, "-no-default"}, nil, 1},
		{"bad", []string{"-rules", writeFile(t, "bad.jsonl", "{\"name\":\"x\"}\n")}, nil, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"tag", "-out", "jsonl"}, tt.args...)
			out, errs, status := kayan(t, text, args...)
			if status != tt.status {
				t.Fatalf("status %d, want %d: %s", status, tt.status, errs)
			}
			if status != 0 {
				if !strings.Contains(errs, "bad.jsonl:1:") && !strings.Contains(errs, "gazetteer is empty") {
					t.Errorf("stderr %q lacks the file and line", errs)
				}
				return
			}
			var d struct {
				Relations []struct{ Type string } `json:"relations"`
			}
			if err := json.Unmarshal([]byte(out), &d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range d.Relations {
				if r.Type == "PRAISES" {
					got = append(got, r.Type)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("relations (-want +got):\n%s\n%s", diff, out)
			}
		})
	}
}
