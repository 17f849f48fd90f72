package arabic

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// render writes each token as text/Kind@Start, with ↵ before it when a line
// break precedes it.
func render(text string, toks []Token) []string {
	var out []string
	for _, t := range toks {
		nl := ""
		if t.NewlineBefore {
			nl = "↵"
		}
		out = append(out, fmt.Sprintf("%s%s/%v@%d", nl, text[t.Start:t.End], t.Kind, t.Start))
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"punct/arabic comma", "روسيا، الصين", []string{"روسيا/Word@0", "،/Punct@10", "الصين/Word@13"}},
		{"punct/arabic semicolon", "قال؛ ثم", []string{"قال/Word@0", "؛/Punct@6", "ثم/Word@9"}},
		{"punct/arabic question mark", "هل؟", []string{"هل/Word@0", "؟/Punct@4"}},
		{"punct/period", "انتهى.", []string{"انتهى/Word@0", "./Punct@10"}},
		{"punct/parentheses", "(روسيا)", []string{"(/Punct@0", "روسيا/Word@1", ")/Punct@11"}},
		{"punct/guillemets", "«الصين»", []string{"«/Punct@0", "الصين/Word@2", "»/Punct@12"}},
		{"punct/double quotes", `"الصين"`, []string{`"/Punct@0`, "الصين/Word@1", `"/Punct@11`}},
		{"punct/hyphen", "شي-جين", []string{"شي/Word@0", "-/Punct@4", "جين/Word@5"}},
		{"punct/exclamation and ellipsis", "لا!…", []string{"لا/Word@0", "!/Punct@4", "…/Punct@5"}},
		{"number/decimal", "3.5%", []string{"3.5/Number@0", "%/Punct@3"}},
		{"number/arabic decimal separator", "١٢٣٫٤", []string{"١٢٣٫٤/Number@0"}},
		{"number/thousands", "1,000", []string{"1,000/Number@0"}},
		{"number/arabic thousands separator", "١٬٠٠٠", []string{"١٬٠٠٠/Number@0"}},
		{"number/persian digits", "۱۴۰۲", []string{"۱۴۰۲/Number@0"}},
		{"number/final period", "2023.", []string{"2023/Number@0", "./Punct@4"}},
		{"number/arabic comma after", "١٢، ٣", []string{"١٢/Number@0", "،/Punct@4", "٣/Number@7"}},
		{"number/letters and digits", "F16 ب52", []string{"F16/Word@0", "ب52/Word@4"}},
		{"newline/lines", "سطر\nثان\r\nثالث\n\n رابع خامس", []string{
			"سطر/Word@0", "↵ثان/Word@7", "↵ثالث/Word@15", "↵رابع/Word@26", "خامس/Word@35"}},
		{"newline/other line breaks", "a\u2028b\u0085c\rd\ve\ff g", []string{
			"a/Word@0", "↵b/Word@4", "↵c/Word@7", "↵d/Word@9", "↵e/Word@11", "↵f/Word@13", "g/Word@15"}},
		{"newline/before dropped marks", "a\n\u064e b", []string{"a/Word@0", "↵b/Word@5"}},
		{"newline/at start", "\nروسيا", []string{"↵روسيا/Word@1"}},
		{"invalid/between words", "روسيا\xffالصين", []string{"روسيا/Word@0", "الصين/Word@11"}},
		{"invalid/only", "\xff\xfe", nil},
		{"invalid/truncated latin", "ab\xc3", []string{"ab/Word@0"}},
		{"invalid/truncated arabic", "\xd8ب\xd8", []string{"ب/Word@1"}},
		{"invalid/surrogate", "a\xed\xa0\x80b", []string{"a/Word@0", "b/Word@4"}},
		{"invalid/in a number", "1\xff2", []string{"1/Number@0", "2/Number@2"}},
		{"marks stay in the word", "وَزِيرُ الدِّفَاعِ", []string{"وَزِيرُ/Word@0", "الدِّفَاعِ/Word@15"}},
		{"zero width non-joiner inside a word", "می\u200Cخواهم", []string{"می\u200Cخواهم/Word@0"}},
		{"leading bidi mark dropped", "\u200Fروسيا", []string{"روسيا/Word@3"}},
		{"trailing bidi mark kept", "روسيا\u200F", []string{"روسيا\u200F/Word@0"}},
		{"no-break space separates", "روسيا\u00A0الصين", []string{"روسيا/Word@0", "الصين/Word@12"}},
		{"lone marks dropped", " \u064E\u064E ", nil},
		{"tatweel alone is a word", "ـــ", []string{"ـــ/Word@0"}},
		{"latin/abbreviation", "U.S. Army", []string{"U.S/Word@0", "./Punct@3", "Army/Word@5"}},
		{"latin/apostrophe", "don't", []string{"don't/Word@0"}},
		{"latin/underscore", "a_b _", []string{"a_b/Word@0", "_/Word@4"}},
		{"segment path/mixed chunk", "Café-روسيا", []string{"Café/Word@0", "-/Punct@5", "روسيا/Word@6"}},
		{"segment path/letters segment leaves to a dictionary", "กข", []string{"ก/Word@0", "ข/Word@3"}},
		{"segment path/symbol", "😀روسيا", []string{"😀/Punct@0", "روسيا/Word@4"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokenize(tt.in)
			if diff := cmp.Diff(tt.want, render(tt.in, got)); diff != "" {
				t.Errorf("Tokenize(%q) (-want +got)\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(segmentOnly(tt.in), got); diff != "" {
				t.Errorf("Tokenize(%q) (-segment +fast)\n%s", tt.in, diff)
			}
		})
	}
}

func TestKindString(t *testing.T) {
	got := []string{Word.String(), Number.String(), Punct.String(), Kind(0).String()}
	if diff := cmp.Diff([]string{"Word", "Number", "Punct", "Kind(?)"}, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestTokenizerNoAlloc(t *testing.T) {
	text := "وزير الدفاع، سيرغي 3.5 Café 😀 U.S. كانت\u200f «الصين»\n"
	var tok Tokenizer
	dst := tok.Append(nil, text)
	if n := testing.AllocsPerRun(100, func() { dst = tok.Append(dst[:0], text) }); n != 0 {
		t.Errorf("Tokenizer.Append allocates %v times", n)
	}
}
