package arabic

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"arabic terminators", "وصل الوزير. هل بدأت المحادثات؟ نعم! انتهت", []string{
			"وصل الوزير.", "هل بدأت المحادثات؟", "نعم!", "انتهت"}},
		{"latin terminators", "It ended. Then? Yes! Done", []string{"It ended.", "Then?", "Yes!", "Done"}},
		{"arabic semicolon", "قال كذا؛ ثم غادر", []string{"قال كذا؛", "ثم غادر"}},
		{"urdu full stop", "یہ ہے۔ وہ", []string{"یہ ہے۔", "وہ"}},
		{"ellipsis", "ربما… لا أعرف", []string{"ربما…", "لا أعرف"}},
		{"line breaks", "عنوان الخبر\nنص الخبر\r\n\nسطر ثالث", []string{"عنوان الخبر", "نص الخبر", "سطر ثالث"}},
		{"line break after a terminator", "انتهى.\nثم", []string{"انتهى.", "ثم"}},
		{"decimal", "بلغ النمو 3.5 في المئة. ثم", []string{"بلغ النمو 3.5 في المئة.", "ثم"}},
		{"arabic decimal", "بلغ ٣٫٥ بالمئة. ثم", []string{"بلغ ٣٫٥ بالمئة.", "ثم"}},
		{"number at the end", "في عام 2023. ثم", []string{"في عام 2023.", "ثم"}},
		{"arabic single-letter abbreviation", "قال د. محمد علي إن الوضع مستقر.", []string{"قال د. محمد علي إن الوضع مستقر."}},
		{"vocalized single-letter abbreviation", "قال دُ. محمد", []string{"قال دُ. محمد"}},
		{"U.S.", "The U.S. Army said so. Then", []string{"The U.S. Army said so.", "Then"}},
		{"Mr.", "Mr. Smith left. He", []string{"Mr. Smith left.", "He"}},
		{"No. before a number", "Room No. 5 is here. Yes", []string{"Room No. 5 is here.", "Yes"}},
		{"no. at the end of a sentence", "He said no. Then", []string{"He said no.", "Then"}},
		{"period after a space is a terminator", "Mr . Smith", []string{"Mr .", "Smith"}},
		{"closing guillemet after the terminator", "قال: «انتهى.» ثم غادر.", []string{"قال: «انتهى.»", "ثم غادر."}},
		{"closing guillemet after a space", "قال: «انتهى. » ثم", []string{"قال: «انتهى. »", "ثم"}},
		{"closing quote and bracket", `He said "stop.") Then`, []string{`He said "stop.")`, "Then"}},
		{"opening quote starts the next sentence", `Done. "Next," he said.`, []string{"Done.", `"Next," he said.`}},
		{"several terminators", "ماذا؟! لا أعرف...", []string{"ماذا؟!", "لا أعرف..."}},
		{"terminator with a bidi mark", "انتهى.\u200F ثم", []string{"انتهى.\u200F", "ثم"}},
		{"no tokens", "  \n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentenceTexts(tt.in)); diff != "" {
				t.Errorf("Sentences(%q) (-want +got)\n%s", tt.in, diff)
			}
		})
	}
}

func TestSentencesSeed(t *testing.T) {
	text := seedText(t)
	spans := Sentences(text)
	// 26 sentences ending in a period, and 3 headings on lines of their own.
	if len(spans) != 29 {
		t.Fatalf("%d sentences in the seed article, want 29", len(spans))
	}
	for _, s := range spans {
		if s.Start >= s.End {
			t.Errorf("empty sentence %v", s)
		}
	}
}

func TestAppendSentencesNoAlloc(t *testing.T) {
	text := "قال د. محمد: «انتهى.» ثم غادر؟! Mr. Smith left. No. 5\nسطر"
	toks := Tokenize(text)
	dst := make([]Span, 0, 16)
	if n := testing.AllocsPerRun(100, func() { dst = AppendSentences(dst[:0], text, toks) }); n != 0 {
		t.Errorf("AppendSentences allocates %v times", n)
	}
}

func TestSentencesDottedInitials(t *testing.T) {
	s := "قال أ.د. محمد حسن إن النتائج جيدة. وأضاف"
	var got []string
	for _, sp := range Sentences(s) {
		got = append(got, s[sp.Start:sp.End])
	}
	want := []string{"قال أ.د. محمد حسن إن النتائج جيدة.", "وأضاف"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
