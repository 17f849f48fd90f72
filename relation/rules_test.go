package relation

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kayan-nlp/kayan/entity"
)

// sanctions is a user rule declaring a new relation type.
var sanctions = Rule{
	Name: "sanctions", Type: "SANCTIONS",
	Subject:  []entity.Type{entity.Country, entity.Organization},
	Object:   []entity.Type{entity.Country, entity.Organization, entity.Person},
	Triggers: []string{"فرضت", "فرض", "تفرض", "يفرض"},
	Patterns: []string{"T ...2 S ...2 عقوبات ...3 على O"},
}

func sanctionsDoc(t *testing.T) *entity.Document {
	return mkDoc(t, "فرضت الولايات المتحدة عقوبات جديدة على إيران، والتقى فلاديمير بوتين دونالد ترامب.",
		cty("الولايات المتحدة", "US"), cty("إيران", "IR"), per("فلاديمير بوتين", "vladimir-putin"), per("دونالد ترامب", "donald-trump"))
}

func TestUserRuleInGo(t *testing.T) {
	doc := sanctionsDoc(t)
	sanction := goldRel{Type: "SANCTIONS", Subject: "country:US", Object: "country:IR"}
	meet := goldRel{Type: Meets, Subject: "person:donald-trump", Object: "person:vladimir-putin"}
	tests := []struct {
		name  string
		rules []Rule
		want  []goldRel
	}{
		{"built-in only", Builtin(), []goldRel{meet}},
		{"added to the built-ins", append(Builtin(), sanctions), []goldRel{sanction, meet}},
		{"replacing the built-ins", []Rule{sanctions}, []goldRel{sanction}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := New(tt.rules...)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantSet(tt.want), gotSet(doc, x.Extract(doc))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestUserRuleNotNegated(t *testing.T) {
	x, err := New(sanctions)
	if err != nil {
		t.Fatal(err)
	}
	doc := mkDoc(t, "لم تفرض الولايات المتحدة عقوبات على إيران.", cty("الولايات المتحدة", "US"), cty("إيران", "IR"))
	if got := x.Extract(doc); len(got) != 0 {
		t.Errorf("negated trigger gave %v", got)
	}
	r := sanctions
	r.AllowNegated = true
	x, err = New(r)
	if err != nil {
		t.Fatal(err)
	}
	if got := x.Extract(doc); len(got) != 1 {
		t.Errorf("with allow_negated: %d relations, want 1", len(got))
	}
}

const rulesFile = `# sanctions, a new relation type
{"name":"sanctions","type":"SANCTIONS","subject":["COUNTRY","ORGANIZATION"],"object":["COUNTRY","ORGANIZATION","PERSON"],"triggers":["فَرَضت","فرض","تفرض","يفرض"],"patterns":["T ...2 S ...2 عقوبات ...3 على O"]}

{"name":"ambassador-of","type":"POSITION_HELD","subject":["PERSON"],"object":["COUNTRY","NATIONALITY"],"role":"ambassador","triggers":["سفير"],"patterns":["T O S"]}
`

func TestLoadRules(t *testing.T) {
	rules, err := LoadRules(strings.NewReader("\xEF\xBB\xBF" + strings.ReplaceAll(rulesFile, "\n", "\r\n")))
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) != 2 || rules[0].Name != "sanctions" || rules[1].Role != "ambassador" {
		t.Fatalf("got %+v", rules)
	}
	if diff := cmp.Diff(sanctions.Patterns, rules[0].Patterns); diff != "" {
		t.Errorf("patterns (-want +got):\n%s", diff)
	}
	x, err := New(append(Builtin(), rules...)...)
	if err != nil {
		t.Fatal(err)
	}
	doc := sanctionsDoc(t)
	want := wantSet([]goldRel{
		{Type: "SANCTIONS", Subject: "country:US", Object: "country:IR"},
		{Type: Meets, Subject: "person:donald-trump", Object: "person:vladimir-putin"},
	})
	if diff := cmp.Diff(want, gotSet(doc, x.Extract(doc))); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestLoadRulesErrors(t *testing.T) {
	ok := `{"name":"a","type":"A","triggers":["لقاء"]}`
	tests := []struct {
		name    string
		input   string
		kind    error
		message string // in the error, after "line N: "
	}{
		{"bad JSON", ok + "\n{\"name\":", ErrSyntax, "line 2: syntax error"},
		{"unknown field", `{"name":"a","type":"A","triggers":["لقاء"],"trigger":"x"}`, ErrSyntax, `line 1: syntax error: json: unknown field "trigger"`},
		{"wrong field type", `{"name":"a","type":"A","triggers":"لقاء"}`, ErrSyntax, "line 1: syntax error: field triggers"},
		{"unknown mention type", `{"name":"a","type":"A","subject":["PERSN"],"triggers":["لقاء"]}`, ErrInvalid, `line 1: rule "a": invalid rule: subject or object: entity: unknown type "PERSN"`},
		{"empty triggers", "# c\n" + `{"name":"a","type":"A","triggers":[]}`, ErrInvalid, `line 2: rule "a": invalid rule: empty triggers`},
		{"blank trigger", `{"name":"a","type":"A","triggers":[" "]}`, ErrInvalid, `line 1: rule "a": invalid rule: empty trigger`},
		{"bad relation type", `{"name":"a","type":"meets","triggers":["لقاء"]}`, ErrInvalid, `line 1: rule "a": invalid rule: type "meets"`},
		{"missing name", `{"type":"A","triggers":["لقاء"]}`, ErrInvalid, `line 1: rule "(unnamed)": invalid rule: missing name`},
		{"unknown role", `{"name":"a","type":"A","role":"pope","triggers":["البابا"]}`, ErrInvalid, `line 1: rule "a": invalid rule: unknown role "pope"`},
		{"unknown kind", `{"name":"a","type":"A","subject_kinds":["town"],"triggers":["لقاء"]}`, ErrInvalid, `line 1: rule "a": invalid rule: subject_kinds: unknown kind "town"`},
		{"pattern without T", `{"name":"a","type":"A","triggers":["لقاء"],"patterns":["S O"]}`, ErrInvalid, `pattern "S O": no T`},
		{"pattern without O", `{"name":"a","type":"A","triggers":["لقاء"],"patterns":["S T"]}`, ErrInvalid, `has no O`},
		{"bad gap", `{"name":"a","type":"A","triggers":["لقاء"],"patterns":["S ...x T O"]}`, ErrInvalid, `bad gap "...x"`},
		{"unknown element", `{"name":"a","type":"A","triggers":["لقاء"],"patterns":["S T OBJ"]}`, ErrInvalid, `unknown element "OBJ"`},
		{"structural with triggers", `{"name":"a","type":"A","triggers":["لقاء"],"patterns":["nested"]}`, ErrInvalid, `takes no triggers`},
		{"max gap", `{"name":"a","type":"A","triggers":["لقاء"],"max_gap":99}`, ErrInvalid, `max_gap 99`},
		{"duplicate name", ok + "\n\n" + ok, ErrInvalid, `line 3: rule "a": invalid rule: duplicate rule name (first at line 1)`},
		{"two values", ok + ok, ErrSyntax, "line 1: syntax error: more than one JSON value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadRules(strings.NewReader(tt.input))
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, tt.kind) {
				t.Errorf("error %q does not wrap %v", err, tt.kind)
			}
			if !strings.Contains(err.Error(), tt.message) {
				t.Errorf("error %q does not contain %q", err, tt.message)
			}
		})
	}
}

func TestLoadRulesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rules.jsonl")
	if err := os.WriteFile(path, []byte(rulesFile+`{"name":"x","type":"X","triggers":[]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rules, err := LoadRulesFile(path)
	want := path + `:5: rule "x": invalid rule: empty triggers`
	if err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
	if len(rules) != 2 {
		t.Errorf("%d valid rules returned, want 2", len(rules))
	}
	if _, err := LoadRulesFile(filepath.Join(t.TempDir(), "missing.jsonl")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestNewErrors(t *testing.T) {
	if _, err := New(); !errors.Is(err, ErrNoRules) {
		t.Errorf("New(): %v", err)
	}
	_, err := New(append(Builtin(), Builtin()[0])...)
	if err == nil || !strings.Contains(err.Error(), `rule "position-title": invalid rule: duplicate rule name`) {
		t.Errorf("duplicate: %v", err)
	}
	_, err = New(Rule{Name: "a", Type: "A", Triggers: []string{"x"}, Subject: []entity.Type{9}})
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("bad mention type: %v", err)
	}
}

func TestRulesRoundTrip(t *testing.T) {
	x := Default()
	got := x.Rules()
	if diff := cmp.Diff(Builtin(), got); diff != "" {
		t.Errorf("Rules() (-want +got):\n%s", diff)
	}
	got[0].Roles["president"][0] = "changed"
	if Builtin()[0].Roles["president"][0] == "changed" || x.Rules()[0].Roles["president"][0] == "changed" {
		t.Error("Rules() shares memory with the extractor or the built-ins")
	}
}

// TestReadmeRules runs the example rule file of README.md.
func TestReadmeRules(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(b), "```jsonl\n")
	file, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("no jsonl block in README.md")
	}
	rules, err := LoadRules(strings.NewReader(file))
	if err != nil || len(rules) != 2 {
		t.Fatalf("%d rules, error %v", len(rules), err)
	}
	x, err := New(append(Builtin(), rules...)...)
	if err != nil {
		t.Fatal(err)
	}
	doc := mkDoc(t, "قال نائب وزير الخارجية الروسي سيرغي ريابكوف إن موسكو سترد. فرضت الولايات المتحدة عقوبات جديدة على إيران.",
		nat("الروسي", "RU"), ms{text: "سيرغي ريابكوف", typ: entity.Person}, ms{text: "موسكو", typ: entity.Location, id: "city:moscow"},
		cty("الولايات المتحدة", "US"), cty("إيران", "IR"))
	want := wantSet([]goldRel{
		{Type: PositionHeld, Subject: "سيرغي ريابكوف", Object: "country:RU", Role: "minister"},
		{Type: "SANCTIONS", Subject: "country:US", Object: "country:IR"},
	})
	got := x.Extract(doc)
	if diff := cmp.Diff(want, gotSet(doc, got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, r := range got {
		if r.Type == PositionHeld && r.Rule != "deputy-fm" {
			t.Errorf("rule %s, want deputy-fm", r.Rule)
		}
	}
}
