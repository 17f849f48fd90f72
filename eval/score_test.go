package eval

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var approx = cmpopts.EquateApprox(0, 1e-9)

// The numbers of these tests are computed by hand in the comments.
func TestScorer(t *testing.T) {
	var s Scorer
	toks := strings.Fields("a b c d e f g h i j k l")
	// gold: PERS[0,2) LOC[3,4) ORG[5,7) LOC[8,9) PERS[9,10); ignored MISC[10,11)
	// pred: PERS[0,2)  correct
	//       ORG[3,4)   wrong type for LOC[3,4)
	//       ORG[5,6)   wrong boundary for ORG[5,7)
	//       (none)     LOC[8,9) and PERS[9,10) missed
	//       LOC[10,11) spurious, inside the ignored MISC
	//       PERS[11,12) spurious
	s.Add(toks,
		[]Chunk{{"PERS", 0, 2}, {"LOC", 3, 4}, {"ORG", 5, 7}, {"LOC", 8, 9}, {"PERS", 9, 10}},
		[]Chunk{{"MISC", 10, 11}},
		[]Chunk{{"PERS", 0, 2}, {"ORG", 3, 4}, {"ORG", 5, 6}, {"LOC", 10, 11}, {"PERS", 11, 12}},
		[]string{"gazetteer", "alias", "context", "context", "coreference"})
	// A perfect sentence: LOC[0,1).
	s.Add([]string{"x", "y"}, []Chunk{{"LOC", 0, 1}}, nil, []Chunk{{"LOC", 0, 1}}, nil)

	got := s.Result()
	want := &Result{
		Sentences: 2,
		Tokens:    14,
		Types: map[string]Score{
			// PERS: 1 of 2 predicted right, 1 of 2 gold found.
			"PERS": {Gold: 2, Pred: 2, Correct: 1, Precision: 50, Recall: 50, F1: 50},
			// LOC: 3 gold, 2 pred, 1 correct: P 50, R 33.3, F1 2·50·33.3/83.3 = 40.
			"LOC": {Gold: 3, Pred: 2, Correct: 1, Precision: 50, Recall: 100.0 / 3, F1: 40},
			"ORG": {Gold: 1, Pred: 2, Correct: 0},
		},
		// 6 gold, 6 pred, 2 correct.
		Micro: Score{Gold: 6, Pred: 6, Correct: 2, Precision: 100.0 / 3, Recall: 100.0 / 3, F1: 100.0 / 3},
		Errors: map[string]ErrorCounts{
			"PERS": {Missed: 1, Spurious: 1},
			"LOC":  {Missed: 1, WrongType: 1, Spurious: 1, SpuriousInIgnored: 1},
			"ORG":  {WrongBoundary: 1, Overlapping: 2},
		},
		Confusions: map[string]int{"LOC→ORG": 1},
		Ignored:    map[string]int{"MISC": 1},
		Sources: map[string]SourceCount{
			"gazetteer": {1, 1}, "alias": {1, 0}, "context": {2, 0}, "coreference": {1, 0},
		},
		Missed:   []Example{{Text: "i", Label: "LOC", Count: 1}, {Text: "j", Label: "PERS", Count: 1}},
		Spurious: []Example{{Text: "k", Label: "LOC", Count: 1}, {Text: "l", Label: "PERS", Count: 1}},
		Boundary: []Example{{Text: "d", Label: "LOC", Pred: "d /ORG", Count: 1}, {Text: "f g", Label: "ORG", Pred: "f /ORG", Count: 1}},
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("Result (-want +got):\n%s", diff)
	}
	// The error classes add up.
	for l, sc := range got.Types {
		e := got.Errors[l]
		if g := e.Missed + e.WrongType + e.WrongBoundary + e.WrongBoth; g != sc.Gold-sc.Correct {
			t.Errorf("%s: gold-side errors %d, want %d", l, g, sc.Gold-sc.Correct)
		}
		if p := e.Spurious + e.Overlapping; p != sc.Pred-sc.Correct {
			t.Errorf("%s: pred-side errors %d, want %d", l, p, sc.Pred-sc.Correct)
		}
	}
}

func TestScorerCases(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred string // IOB tags of one sentence
		micro      Score
		errs       map[string]ErrorCounts
	}{
		{"exact", "B-PERS I-PERS O B-LOC", "B-PERS I-PERS O B-LOC",
			Score{2, 2, 2, 100, 100, 100}, map[string]ErrorCounts{"PERS": {}, "LOC": {}}},
		{"boundary too long", "B-ORG I-ORG O", "B-ORG I-ORG I-ORG",
			Score{1, 1, 0, 0, 0, 0}, map[string]ErrorCounts{"ORG": {WrongBoundary: 1, Overlapping: 1}}},
		{"one split in two", "B-PERS I-PERS", "B-PERS B-PERS",
			Score{1, 2, 0, 0, 0, 0}, map[string]ErrorCounts{"PERS": {WrongBoundary: 1, Overlapping: 2}}},
		{"wrong type", "B-LOC O", "B-ORG O",
			Score{1, 1, 0, 0, 0, 0}, map[string]ErrorCounts{"LOC": {WrongType: 1}, "ORG": {Overlapping: 1}}},
		{"wrong type and boundary", "B-LOC I-LOC", "O B-ORG",
			Score{1, 1, 0, 0, 0, 0}, map[string]ErrorCounts{"LOC": {WrongBoth: 1}, "ORG": {Overlapping: 1}}},
		// conlleval: gold I-LOC after O starts a chunk, so this matches.
		{"I after O", "O I-LOC I-LOC", "O B-LOC I-LOC",
			Score{1, 1, 1, 100, 100, 100}, map[string]ErrorCounts{"LOC": {}}},
		// One of two found, nothing spurious: P 100, R 50, F1 66.7.
		{"half recall", "B-LOC O B-PERS", "B-LOC O O",
			Score{2, 1, 1, 100, 50, 200.0 / 3}, map[string]ErrorCounts{"LOC": {}, "PERS": {Missed: 1}}},
		{"nothing", "O O", "O O", Score{}, map[string]ErrorCounts{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Scorer
			g, p := strings.Fields(tt.gold), strings.Fields(tt.pred)
			s.Add(g, Chunks(g), nil, Chunks(p), nil)
			r := s.Result()
			if diff := cmp.Diff(tt.micro, r.Micro, approx); diff != "" {
				t.Errorf("micro (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.errs, r.Errors); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTypeMap(t *testing.T) {
	m := DefaultTypeMap()
	for _, tt := range []struct{ gold, want string }{
		{"PERS", "PERS"}, {"PER", "PERS"}, {"LOC", "LOC"}, {"ORG", "ORG"},
		{"MISC", ""}, {"MIS1", ""}, {"ENGLISH", ""},
	} {
		if got := m.GoldLabel(tt.gold); got != tt.want {
			t.Errorf("default GoldLabel(%s) = %q, want %q", tt.gold, got, tt.want)
		}
	}
	for _, tt := range []struct{ pred, want string }{
		{"PERSON", "PERS"}, {"COUNTRY", "LOC"}, {"LOCATION", "LOC"}, {"ORGANIZATION", "ORG"}, {"NATIONALITY", ""},
	} {
		if got := m.PredLabel(tt.pred); got != tt.want {
			t.Errorf("default PredLabel(%s) = %q, want %q", tt.pred, got, tt.want)
		}
	}

	m, err := ParseTypeMap("NATIONALITY=MISC, MIS*=MISC,MISC=MISC,MIS3=O,COUNTRY=GPE")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ gold, want string }{
		{"MISC", "MISC"}, {"MIS0", "MISC"}, {"MIS3", ""}, {"PER", "PERS"},
	} {
		if got := m.GoldLabel(tt.gold); got != tt.want {
			t.Errorf("GoldLabel(%s) = %q, want %q", tt.gold, got, tt.want)
		}
	}
	if diff := cmp.Diff([]string{"LOC", "MISC", "ORG", "PERS"}, m.Labels()); diff != "" {
		t.Errorf("Labels (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"LOC", "ORG", "PERS"}, DefaultTypeMap().Labels()); diff != "" {
		t.Errorf("default Labels (-want +got):\n%s", diff)
	}
	if got := m.PredLabel("NATIONALITY"); got != "MISC" {
		t.Errorf("PredLabel(NATIONALITY) = %q", got)
	}
	want := "COUNTRY=GPE,LOCATION=LOC,NATIONALITY=MISC,ORGANIZATION=ORG,PERSON=PERS," +
		"LOC=LOC,MIS*=MISC,MIS3=O,MISC=MISC,ORG=ORG,PER=PERS,PERS=PERS"
	if got := m.String(); got != want {
		t.Errorf("String() = %s\nwant %s", got, want)
	}
	for _, bad := range []string{"PERSON", "=LOC", "PERSON=", "PERSON=P`", "X=a b"} {
		if _, err := ParseTypeMap(bad); err == nil {
			t.Errorf("ParseTypeMap(%q): no error", bad)
		}
	}
}

func TestTypeMapSource(t *testing.T) {
	m, err := ParseTypeMap("source:composed=O")
	if err != nil {
		t.Fatal(err)
	}
	if got := m.MentionLabel("ORGANIZATION", "composed"); got != "" {
		t.Errorf("composed organization label %q, want none", got)
	}
	if got := m.MentionLabel("ORGANIZATION", "gazetteer"); got != "ORG" {
		t.Errorf("gazetteer organization label %q, want ORG", got)
	}
	if got := m.MentionLabel("NATIONALITY", "nationality"); got != "" {
		t.Errorf("nationality label %q, want none", got)
	}
}
