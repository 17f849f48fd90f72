package eval

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kayan-nlp/kayan/entity"
)

// fakeTagger tags every occurrence of its phrases, as mentions of their
// types; a phrase found inside a longer token keeps only its own bytes, as
// the real tagger does with a proclitic.
type fakeTagger map[string]entity.Type

func (f fakeTagger) TagInto(d *entity.Document, text string) {
	d.Text = text
	d.Mentions = d.Mentions[:0]
	for p, typ := range f {
		for off := 0; ; {
			i := strings.Index(text[off:], p)
			if i < 0 {
				break
			}
			s := off + i
			d.Mentions = append(d.Mentions, entity.Mention{Start: s, End: s + len(p), Type: typ, Source: entity.FromGazetteer})
			off = s + len(p)
		}
	}
	// Sort by start as the real tagger does.
	for i := 1; i < len(d.Mentions); i++ {
		for j := i; j > 0 && d.Mentions[j].Start < d.Mentions[j-1].Start; j-- {
			d.Mentions[j], d.Mentions[j-1] = d.Mentions[j-1], d.Mentions[j]
		}
	}
}

func toks(s string) []Token {
	var out []Token
	for i, f := range strings.Fields(s) {
		out = append(out, Token{Text: f, Tag: "O", Line: i + 1})
	}
	return out
}

func TestSentenceText(t *testing.T) {
	text, spans := SentenceText(toks("زار والصين ."))
	if text != "زار والصين ." {
		t.Errorf("text = %q", text)
	}
	want := []entity.Span{{Start: 0, End: 6}, {Start: 7, End: 19}, {Start: 20, End: 21}}
	if diff := cmp.Diff(want, spans); diff != "" {
		t.Errorf("spans (-want +got):\n%s", diff)
	}
}

func TestMentionChunks(t *testing.T) {
	m := DefaultTypeMap()
	tests := []struct {
		name     string
		tokens   string
		mentions []entity.Mention // byte offsets into the joined tokens
		want     []Chunk
	}{
		// والصين: the mention الصين starts after و but covers the last byte.
		{"proclitic", "زار والصين أمس", []entity.Mention{{Start: 9, End: 19, Type: entity.Country}},
			[]Chunk{{"LOC", 1, 2}}},
		// الصينية: the mention الصين does not reach the token's end.
		{"suffix not covered", "الصينية", []entity.Mention{{Start: 0, End: 10, Type: entity.Country}}, nil},
		{"two tokens", "سيرغي شويغو قال", []entity.Mention{{Start: 0, End: 21, Type: entity.Person}},
			[]Chunk{{"PERS", 0, 2}}},
		{"adjacent mentions", "روسيا الصين", []entity.Mention{
			{Start: 0, End: 10, Type: entity.Country}, {Start: 11, End: 21, Type: entity.Country}},
			[]Chunk{{"LOC", 0, 1}, {"LOC", 1, 2}}},
		{"nationality not scored", "الجيش الروسي", []entity.Mention{{Start: 11, End: 23, Type: entity.Nationality}}, nil},
		{"nested ignored", "وزارة الدفاع الروسية", []entity.Mention{
			{Start: 0, End: 38, Type: entity.Organization},
			{Start: 24, End: 38, Type: entity.Nationality, Nested: true}},
			[]Chunk{{"ORG", 0, 3}}},
		{"out of range never panics", "أ", []entity.Mention{{Start: 5, End: 90, Type: entity.Person}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, spans := SentenceText(toks(tt.tokens))
			for _, mn := range tt.mentions {
				if mn.End <= len(text) && mn.Start < mn.End {
					t.Logf("mention %q", text[mn.Start:mn.End])
				}
			}
			got, _ := MentionChunks(spans, tt.mentions, m)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("MentionChunks (-want +got):\n%s", diff)
			}
		})
	}
}

const tiny = `زار O
بوتين B-PERS
والصين B-LOC
أمس O
مع O
كأس B-MISC
العالم I-MISC
. O

قال O
شويغو I-PERS
في O
موسكو B-LOC
العراقية O
`

func TestEvaluate(t *testing.T) {
	c, err := ReadCoNLL(strings.NewReader(tiny), "tiny")
	if err != nil {
		t.Fatal(err)
	}
	tg := fakeTagger{"بوتين": entity.Person, "الصين": entity.Country, "العالم": entity.Location,
		"شويغو": entity.Person, "العراق": entity.Country}
	for _, doc := range []bool{false, true} {
		r := Evaluate(tg, []*Corpus{c}, &Options{Document: doc})
		// Gold: PERS بوتين, LOC والصين, PERS شويغو (I- after O), LOC موسكو; MISC ignored.
		// Pred: PERS بوتين ✓, LOC الصين ✓ (clitic), LOC العالم (spurious, in MISC),
		// PERS شويغو ✓; العراق inside العراقية does not cover its last byte.
		want := map[string]Score{
			"PERS": {Gold: 2, Pred: 2, Correct: 2, Precision: 100, Recall: 100, F1: 100},
			"LOC":  {Gold: 2, Pred: 2, Correct: 1, Precision: 50, Recall: 50, F1: 50},
			"ORG":  {}, // declared by the type map
		}
		if diff := cmp.Diff(want, r.Types, approx); diff != "" {
			t.Errorf("document=%v: types (-want +got):\n%s", doc, diff)
		}
		wantErr := map[string]ErrorCounts{"PERS": {}, "LOC": {Missed: 1, Spurious: 1, SpuriousInIgnored: 1}, "ORG": {}}
		if diff := cmp.Diff(wantErr, r.Errors); diff != "" {
			t.Errorf("document=%v: errors (-want +got):\n%s", doc, diff)
		}
		if diff := cmp.Diff(map[string]int{"MISC": 1}, r.Ignored); diff != "" {
			t.Errorf("ignored (-want +got):\n%s", diff)
		}
		if r.Sentences != 2 || r.Tokens != 13 {
			t.Errorf("sentences, tokens = %d, %d; want 2, 13", r.Sentences, r.Tokens)
		}
	}
}
