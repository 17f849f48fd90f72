package format

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kayan-nlp/kayan/entity"
)

// sample is a hand-built tagged document:
// "زار بوتين والصين.\nوزارة الدفاع الروسية" with a nested nationality.
func sample() *entity.Document {
	text := "زار بوتين والصين.\nوزارة الدفاع الروسية"
	// byte offsets: زار 0-6, بوتين 7-17, والصين 18-30 (الصين 20-30), . 30-31,
	// \n 31, وزارة 32-42, الدفاع 43-55, الروسية 56-70.
	return &entity.Document{
		Text:      text,
		Sentences: []entity.Span{{Start: 0, End: 31}, {Start: 32, End: 70}},
		Tokens: []entity.Token{
			{Start: 0, End: 6, Kind: entity.WordToken}, {Start: 7, End: 17, Kind: entity.WordToken},
			{Start: 18, End: 30, Kind: entity.WordToken}, {Start: 30, End: 31, Kind: entity.PunctToken},
			{Start: 32, End: 42, Kind: entity.WordToken}, {Start: 43, End: 55, Kind: entity.WordToken},
			{Start: 56, End: 70, Kind: entity.WordToken},
		},
		Mentions: []entity.Mention{
			{Start: 7, End: 17, Type: entity.Person, ID: "person:vladimir-putin", Name: "فلاديمير بوتين", NameEn: "Vladimir Putin", Country: "RU", Source: entity.FromAlias},
			{Start: 20, End: 30, Type: entity.Country, ID: "country:CN", Name: "الصين", NameEn: "China", Country: "CN", Source: entity.FromGazetteer},
			{Start: 32, End: 70, Type: entity.Organization, ID: "org:defense-ministry@RU", Name: "وزارة الدفاع الروسية", NameEn: "Ministry of Defense of Russia", Country: "RU", Source: entity.FromComposition},
			{Start: 56, End: 70, Type: entity.Nationality, ID: "country:RU", Name: "روسيا", NameEn: "Russia", Country: "RU", Source: entity.FromNationality, Nested: true},
		},
	}
}

// sampleDoc is sample as a Document with one relation added by hand.
func sampleDoc() *Document {
	d := NewDocument(sample(), nil)
	d.ID = "doc-1"
	d.Relations = append(d.Relations, Relation{
		Type: "visited", Subject: 0, Object: 1, Role: "",
		Trigger:  Trigger{Start: 0, End: 6, Text: "زار"},
		Evidence: Span{Start: 0, End: 31}, Rule: "test-rule",
	})
	return d
}

func TestNewDocument(t *testing.T) {
	src := sample()
	got := NewDocument(src, nil)
	want := &Document{
		Text: src.Text,
		Entities: []Entity{
			{Start: 7, End: 17, CharStart: 4, CharEnd: 9, Text: "بوتين", Type: "PERSON", ID: "person:vladimir-putin", Name: "فلاديمير بوتين", NameEn: "Vladimir Putin", Country: "RU", Source: "alias"},
			{Start: 20, End: 30, CharStart: 11, CharEnd: 16, Text: "الصين", Type: "COUNTRY", ID: "country:CN", Name: "الصين", NameEn: "China", Country: "CN", Source: "gazetteer"},
			{Start: 32, End: 70, CharStart: 18, CharEnd: 38, Text: "وزارة الدفاع الروسية", Type: "ORGANIZATION", ID: "org:defense-ministry@RU", Name: "وزارة الدفاع الروسية", NameEn: "Ministry of Defense of Russia", Country: "RU", Source: "composed"},
			{Start: 56, End: 70, CharStart: 31, CharEnd: 38, Text: "الروسية", Type: "NATIONALITY", ID: "country:RU", Name: "روسيا", NameEn: "Russia", Country: "RU", Source: "nationality", Nested: true},
		},
		Relations: []Relation{},
		Sentences: src.Sentences,
		Tokens: []entity.Span{{Start: 0, End: 6}, {Start: 7, End: 17}, {Start: 18, End: 30}, {Start: 30, End: 31},
			{Start: 32, End: 42}, {Start: 43, End: 55}, {Start: 56, End: 70}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("NewDocument (-want +got):\n%s", diff)
	}
	// Code-point offsets agree with the text.
	runes := []rune(src.Text)
	for _, e := range got.Entities {
		if s := string(runes[e.CharStart:e.CharEnd]); s != e.Text {
			t.Errorf("runes[%d:%d] = %q, want %q", e.CharStart, e.CharEnd, s, e.Text)
		}
	}
	// The copy does not share the tagger's slices.
	src.Sentences[0].End = 99
	if got.Sentences[0].End == 99 {
		t.Error("Sentences shared with the entity.Document")
	}
}

func TestNewDocumentBadOffsets(t *testing.T) {
	d := &entity.Document{Text: "أب", Mentions: []entity.Mention{{Start: -3, End: 99, Type: entity.Person}, {Start: 3, End: 1}}}
	got := NewDocument(d, nil)
	if got.Entities[0].Text != "أب" || got.Entities[1].Text != "" {
		t.Errorf("clipped entities = %+v", got.Entities)
	}
}

func TestMarshalJSON(t *testing.T) {
	d := &Document{ID: "x", Text: "<نص>", Extra: []Field{
		{"lang", json.RawMessage(`"ar"`)},
		{"meta", json.RawMessage(`{ "a" : [1, 2] }`)},
		{"entities", json.RawMessage(`"dropped: reserved"`)},
	}}
	b, err := d.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"x","text":"<نص>","entities":[],"relations":[],"lang":"ar","meta":{"a":[1,2]}}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	// Through json.Marshal, the same value with < and > escaped.
	b2, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var v1, v2 any
	if err := json.Unmarshal(b, &v1); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b2, &v2); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(v1, v2); diff != "" {
		t.Errorf("json.Marshal differs (-want +got):\n%s", diff)
	}
}

func TestJSONFieldNames(t *testing.T) {
	b, err := json.Marshal(sampleDoc())
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Entities  []map[string]any `json:"entities"`
		Relations []map[string]any `json:"relations"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	keys := func(m map[string]any) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		return sortedStrings(ks)
	}
	wantE := sortedStrings([]string{"start", "end", "char_start", "char_end", "text", "type", "id", "name", "name_en", "country", "source", "nested"})
	if diff := cmp.Diff(wantE, keys(v.Entities[0])); diff != "" {
		t.Errorf("entity keys (-want +got):\n%s", diff)
	}
	wantR := sortedStrings([]string{"type", "subject", "object", "role", "trigger", "evidence", "rule"})
	if diff := cmp.Diff(wantR, keys(v.Relations[0])); diff != "" {
		t.Errorf("relation keys (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]any{"start": 0.0, "end": 6.0, "text": "زار"}, v.Relations[0]["trigger"]); diff != "" {
		t.Errorf("trigger (-want +got):\n%s", diff)
	}
}

func sortedStrings(s []string) []string {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

func TestParseInput(t *testing.T) {
	tests := []struct {
		line      string
		id, text  string
		extra     []Field
		errSubstr string
	}{
		{line: `{"id":"a","text":"نص"}`, id: "a", text: "نص"},
		{line: `{"text":"نص","id":7,"n":{"x":1}}`, id: "7", text: "نص", extra: []Field{{"n", json.RawMessage(`{"x":1}`)}}},
		{line: `{"id":null,"text":""}`, text: ""},
		{line: ` {"tags":["a"],"text":"t"} `, text: "t", extra: []Field{{"tags", json.RawMessage(`["a"]`)}}},
		{line: `{"id":"a"}`, errSubstr: `no "text" field`},
		{line: `{"text":5}`, errSubstr: "text: want a string"},
		{line: `{"id":[1],"text":"t"}`, errSubstr: "id: want a string or a number"},
		{line: `["text"]`, errSubstr: "want a JSON object"},
		{line: `{"text":"t"} {}`, errSubstr: "data after the object"},
		{line: `{"text":"t"`, errSubstr: "EOF"},
		{line: `{bad`, errSubstr: "invalid character"},
	}
	for _, tt := range tests {
		id, text, extra, err := ParseInput([]byte(tt.line))
		if tt.errSubstr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.errSubstr) {
				t.Errorf("ParseInput(%s) err = %v, want %q", tt.line, err, tt.errSubstr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseInput(%s): %v", tt.line, err)
			continue
		}
		if id != tt.id || text != tt.text {
			t.Errorf("ParseInput(%s) = %q, %q; want %q, %q", tt.line, id, text, tt.id, tt.text)
		}
		if diff := cmp.Diff(tt.extra, extra); diff != "" {
			t.Errorf("ParseInput(%s) extra (-want +got):\n%s", tt.line, diff)
		}
	}
}

func TestIOB2(t *testing.T) {
	got := IOB2(NewDocument(sample(), nil))
	want := []string{"O", "B-PERSON", "B-COUNTRY", "O", "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("IOB2 (-want +got):\n%s", diff)
	}
}

func write(t *testing.T, format string, docs ...*Document) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := w.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestWriters(t *testing.T) {
	small := &Document{ID: "s", Text: "نص"}
	tests := []struct {
		format string
		docs   []*Document
		want   string
	}{
		{"jsonl", []*Document{small, small}, `{"id":"s","text":"نص","entities":[],"relations":[]}` + "\n" +
			`{"id":"s","text":"نص","entities":[],"relations":[]}` + "\n"},
		{"jsonl", nil, ""},
		{"json", nil, "[]\n"},
		{"json", []*Document{small}, "{\n  \"id\": \"s\",\n  \"text\": \"نص\",\n  \"entities\": [],\n  \"relations\": []\n}\n"},
		{"json", []*Document{small, small}, "[\n" +
			"  {\n    \"id\": \"s\",\n    \"text\": \"نص\",\n    \"entities\": [],\n    \"relations\": []\n  },\n" +
			"  {\n    \"id\": \"s\",\n    \"text\": \"نص\",\n    \"entities\": [],\n    \"relations\": []\n  }\n]\n"},
		{"conll", []*Document{sampleDoc()}, "زار\tO\nبوتين\tB-PERSON\nوالصين\tB-COUNTRY\n.\tO\n\n" +
			"وزارة\tB-ORGANIZATION\nالدفاع\tI-ORGANIZATION\nالروسية\tI-ORGANIZATION\n\n"},
		{"brat", []*Document{sampleDoc()}, "T1\tPERSON 4 9\tبوتين\n" +
			"#1\tAnnotatorNotes T1\tperson:vladimir-putin | فلاديمير بوتين | Vladimir Putin | RU\n" +
			"T2\tCOUNTRY 11 16\tالصين\n" +
			"#2\tAnnotatorNotes T2\tcountry:CN | الصين | China | CN\n" +
			"T3\tORGANIZATION 18 38\tوزارة الدفاع الروسية\n" +
			"#3\tAnnotatorNotes T3\torg:defense-ministry@RU | وزارة الدفاع الروسية | Ministry of Defense of Russia | RU\n" +
			"T4\tNATIONALITY 31 38\tالروسية\n" +
			"#4\tAnnotatorNotes T4\tcountry:RU | روسيا | Russia | RU\n" +
			"R1\tvisited Arg1:T1 Arg2:T2\n"},
		{"brat", []*Document{small, small}, "# s\n\n# s\n"},
		{"text", []*Document{sampleDoc()}, "doc-1: 4 entities (1 nested), 1 relations\n" +
			"  PERSON       بوتين  (فلاديمير بوتين, Vladimir Putin, person:vladimir-putin, RU)  [7:17 alias]\n" +
			"  COUNTRY      الصين  (China, country:CN, CN)  [20:30 gazetteer]\n" +
			"  ORGANIZATION وزارة الدفاع الروسية  (Ministry of Defense of Russia, org:defense-ministry@RU, RU)  [32:70 composed]\n" +
			"    ↳ NATIONALITY  الروسية  (روسيا, Russia, country:RU, RU)  [56:70 nationality]\n" +
			"  relations:\n" +
			"  بوتين (Vladimir Putin)  --visited-->  الصين (China)  trigger=«زار»  rule=test-rule\n"},
	}
	for _, tt := range tests {
		got := write(t, tt.format, tt.docs...)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s of %d documents (-want +got):\n%s", tt.format, len(tt.docs), diff)
		}
	}
	if _, err := NewWriter("xml", nil); err == nil {
		t.Error("NewWriter(xml): no error")
	}
}

func TestBratLineBreak(t *testing.T) {
	d := &Document{Text: "أ\nب ج", Entities: []Entity{{Start: 0, End: 8, Type: "LOCATION"}}}
	want := "T1\tLOCATION 0 1;2 5\tأ ب ج\n"
	if got := Brat(d); got != want {
		t.Errorf("Brat = %q, want %q", got, want)
	}
}

func TestCharOffset(t *testing.T) {
	for _, tt := range []struct {
		text      string
		off, want int
	}{
		{"أبج", 0, 0}, {"أبج", 2, 1}, {"أبج", 6, 3}, {"aأ", 3, 2}, {"a", 9, 1}, {"a", -1, 0},
	} {
		if got := CharOffset(tt.text, tt.off); got != tt.want {
			t.Errorf("CharOffset(%q, %d) = %d, want %d", tt.text, tt.off, got, tt.want)
		}
	}
}
