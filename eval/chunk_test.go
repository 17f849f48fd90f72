package eval

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseTag(t *testing.T) {
	tests := []struct {
		in   string
		want Tag
		ok   bool
	}{
		{"O", Tag{Prefix: 'O'}, true},
		{"B-PERS", Tag{'B', "PERS"}, true},
		{"I-LOC", Tag{'I', "LOC"}, true},
		{"B-MIS0", Tag{'B', "MIS0"}, true},
		{"B-MIS-1", Tag{'B', "MIS-1"}, true},
		{"I--ORG", Tag{Prefix: 'O'}, false},
		{"OO", Tag{Prefix: 'O'}, false},
		{"IO", Tag{Prefix: 'O'}, false},
		{"B-MIS1`", Tag{Prefix: 'O'}, false},
		{"B-", Tag{Prefix: 'O'}, false},
		{"B-ORG-", Tag{Prefix: 'O'}, false},
		{"b-PER", Tag{Prefix: 'O'}, false},
		{"E-PER", Tag{Prefix: 'O'}, false},
		{"", Tag{Prefix: 'O'}, false},
	}
	for _, tt := range tests {
		got, ok := ParseTag(tt.in)
		if ok != tt.ok {
			t.Errorf("ParseTag(%q) ok = %v, want %v", tt.in, ok, tt.ok)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseTag(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		tags string
		want []Chunk
	}{
		{"empty", "", nil},
		{"all O", "O O O", nil},
		{"IOB2", "B-PER I-PER O B-LOC", []Chunk{{"PER", 0, 2}, {"LOC", 3, 4}}},
		{"I after O starts a chunk", "O I-LOC I-LOC", []Chunk{{"LOC", 1, 3}}},
		{"I at sentence start", "I-ORG O", []Chunk{{"ORG", 0, 1}}},
		{"I of another type", "B-PER I-LOC", []Chunk{{"PER", 0, 1}, {"LOC", 1, 2}}},
		{"B after B", "B-ORG B-ORG I-ORG", []Chunk{{"ORG", 0, 1}, {"ORG", 1, 3}}},
		{"IOB1 B between I", "I-PER I-PER B-PER", []Chunk{{"PER", 0, 2}, {"PER", 2, 3}}},
		{"malformed reads as O", "B-ORG I--ORG I-ORG", []Chunk{{"ORG", 0, 1}, {"ORG", 2, 3}}},
		{"OO", "B-LOC OO", []Chunk{{"LOC", 0, 1}}},
		{"chunk at end", "O O B-PERS I-PERS", []Chunk{{"PERS", 2, 4}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Chunks(strings.Fields(tt.tags))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Chunks(%q) (-want +got):\n%s", tt.tags, diff)
			}
		})
	}
}

func TestIOB2(t *testing.T) {
	tests := []struct {
		n      int
		chunks []Chunk
		want   string
	}{
		{3, nil, "O O O"},
		{4, []Chunk{{"PERS", 0, 2}, {"LOC", 2, 3}}, "B-PERS I-PERS B-LOC O"},
		{3, []Chunk{{"LOC", 0, 1}, {"LOC", 1, 3}}, "B-LOC B-LOC I-LOC"},
		{2, []Chunk{{"ORG", 1, 5}}, "O B-ORG"}, // clipped, never panics
	}
	for _, tt := range tests {
		got := strings.Join(IOB2(tt.n, tt.chunks), " ")
		if got != tt.want {
			t.Errorf("IOB2(%d, %v) = %q, want %q", tt.n, tt.chunks, got, tt.want)
		}
		// Round trip.
		if diff := cmp.Diff(Chunks(strings.Fields(tt.want)), Chunks(IOB2(tt.n, tt.chunks))); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "\uFEFFأعلن O\n" +
		"اتحاد\tB-ORG\n" +
		"الصناعة I-ORG\r\n" +
		"\n" +
		"\n" +
		"O\n" + // line 6: no token
		"الأمن\u200f1706 \u200f I-ORG\n" + // line 7: three fields
		"الأمريكية I--ORG\n" + // line 8: malformed
		"16 OO\n" // line 9: malformed, no final blank line
	got, err := ReadCoNLL(strings.NewReader(in), "x.conll")
	if err != nil {
		t.Fatal(err)
	}
	want := &Corpus{
		Name: "x.conll",
		Sentences: []Sentence{
			{Tokens: []Token{{"أعلن", "O", 1}, {"اتحاد", "B-ORG", 2}, {"الصناعة", "I-ORG", 3}}},
			{Tokens: []Token{{"الأمن\u200f1706", "I-ORG", 7}, {"الأمريكية", "I--ORG", 8}, {"16", "OO", 9}}},
		},
		Issues: []Issue{
			{"x.conll", 6, "O", "line has one field, skipped"},
			{"x.conll", 8, "الأمريكية I--ORG", "malformed tag read as O"},
			{"x.conll", 9, "16 OO", "malformed tag read as O"},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadCoNLL (-want +got):\n%s", diff)
	}
	if n := got.Tokens(); n != 6 {
		t.Errorf("Tokens() = %d, want 6", n)
	}
	if s := got.Issues[1].String(); s != `x.conll:8: malformed tag read as O: "الأمريكية I--ORG"` {
		t.Errorf("Issue.String() = %s", s)
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errTest }

var errTest = &testError{}

type testError struct{}

func (*testError) Error() string { return "boom" }

func TestReadCoNLLError(t *testing.T) {
	_, err := ReadCoNLL(errReader{}, "bad.conll")
	if err == nil || err.Error() != "bad.conll:1: boom" {
		t.Errorf("err = %v, want bad.conll:1: boom", err)
	}
	if _, err := ReadFile("/nonexistent/file.conll"); err == nil || !strings.HasPrefix(err.Error(), "/nonexistent/file.conll:0: ") {
		t.Errorf("ReadFile err = %v", err)
	}
}
