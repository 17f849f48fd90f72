package arabic

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

// runeRange returns the runes lo…hi, each after the letter ب (a mark needs a base).
func runeRange(lo, hi rune) string {
	var b strings.Builder
	for r := lo; r <= hi; r++ {
		b.WriteString("ب")
		b.WriteRune(r)
	}
	return b.String()
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// NFKC: presentation forms and ligatures.
		{"nfkc/presentation forms", "ﺭﻭﺳﻴﺎ", "روسيا"},
		{"nfkc/lam-alef ligature", "ﻻ", "لا"},
		{"nfkc/lam-alef-hamza ligature then fold", "ﻷﻥ", "لان"},
		{"nfkc/allah ligature", "\uFDF2", "الله"},
		{"nfkc/mark-only presentation form deleted", "ب\uFCF2", "ب"},
		{"nfkc/fullwidth latin then lower case", "ＵＳＡ", "usa"},
		{"nfkc/no-break space", "روسيا\u00A0الصين", "روسيا الصين"},
		{"nfkc/high hamza alef", "\u0675", "\u0627\u0674"},
		{"nfkc/decomposed hamza above", "ا\u0654حمد", "احمد"},
		// Deleted marks.
		{"diacritics/harakat", "وَزِيرُ الدِّفَاعِ", "وزير الدفاع"},
		{"diacritics/tanween", "جزءًا كتابٌ", "جزءا كتاب"},
		{"diacritics/all U+064B–U+065F", runeRange(0x064B, 0x065F), strings.Repeat("ب", 0x65F-0x64B+1)},
		{"diacritics/superscript alef U+0670", "هٰذا الرَّحْمٰن", "هذا الرحمن"},
		{"quranic/honorifics U+0610–U+061A", runeRange(0x0610, 0x061A), strings.Repeat("ب", 0x61A-0x610+1)},
		{"quranic/annotations U+06D6–U+06ED", runeRange(0x06D6, 0x06ED), strings.Repeat("ب", 0x6ED-0x6D6+1)},
		{"quranic/small high meem in a word", "عَلِيمٌۢ", "عليم"},
		{"tatweel", "الـــصين", "الصين"},
		{"tatweel and shadda", "مُحَمَّـــد", "محمد"},
		{"bidi/zero width space", "روسيا\u200Bالصين", "روسياالصين"},
		{"bidi/zwnj", "می\u200Cخواهم", "ميخواهم"},
		{"bidi/zwj", "ب\u200Dب", "بب"},
		{"bidi/lrm rlm", "\u200Eروسيا\u200F", "روسيا"},
		{"bidi/arabic letter mark", "\u061Cروسيا", "روسيا"},
		{"bidi/embeddings and overrides U+202A–U+202E", "\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee", "abcde"},
		{"bidi/isolates U+2066–U+2069", "\u2066a\u2067b\u2068c\u2069", "abc"},
		{"bidi/byte order mark", "\uFEFFروسيا", "روسيا"},
		// Folds.
		{"fold/alef hamza above", "أحمد", "احمد"},
		{"fold/alef hamza below", "إيران", "ايران"},
		{"fold/alef madda", "آسيا", "اسيا"},
		{"fold/alef wasla", "ٱلله", "الله"},
		{"fold/alef maqsura", "مصطفى", "مصطفي"},
		{"fold/teh marbuta", "الجامعة", "الجامعه"},
		{"fold/waw hamza", "مؤتمر", "موتمر"},
		{"fold/yeh hamza", "رئيس", "رييس"},
		{"fold/persian yeh", "ایران", "ايران"},
		{"fold/persian yeh in a word", "الإيرانیة", "الايرانيه"},
		{"fold/keheh", "کابل", "كابل"},
		{"fold/heh with yeh above", "خانۀ", "خانه"},
		{"fold/ae", "کوردستانە", "كوردستانه"},
		{"digits/arabic-indic", "١٢٣٤٥٦٧٨٩٠", "1234567890"},
		{"digits/persian", "۱۴۰۲ ۵۶۷۸۹۰۳", "1402 5678903"},
		{"digits/separators kept", "١٬٠٠٠٫٥", "1٬000٫5"},
		{"ascii/lower case", "U.S. Army", "u.s. army"},
		{"invalid/bytes become U+FFFD", "ab\xffج\xd8", "ab\uFFFDج\uFFFD"},
		{"other scripts untouched but ASCII", "Café Ελλάδα", "café Ελλάδα"},
		{"empty", "", ""},
	}
	var n Normalizer
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, NormalizeString(tt.in)); diff != "" {
				t.Errorf("NormalizeString(%q) (-want +got)\n%s", tt.in, diff)
			}
			n.Normalize(tt.in)
			if diff := cmp.Diff(tt.want, string(n.Bytes())); diff != "" {
				t.Errorf("Normalizer(%q) (-want +got)\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.want, NormalizeString(tt.want)); diff != "" {
				t.Errorf("not idempotent on %q (-want +got)\n%s", tt.want, diff)
			}
		})
	}
}

// spanWords returns, for each space-separated word of n's normalized text,
// the original text Span maps it to.
func spanWords(n *Normalizer, orig string) []string {
	var out []string
	text := n.Bytes()
	for i := 0; i < len(text); {
		if text[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] != ' ' {
			j++
		}
		s, e := n.Span(i, j)
		out = append(out, orig[s:e])
		i = j
	}
	return out
}

func TestSpan(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		words []string // the original text of each normalized word
	}{
		{"diacritics trail the word", "وَزِيرُ الدِّفَاعِ", []string{"وَزِيرُ", "الدِّفَاعِ"}},
		{"shadda and tatweel inside", "مُحَمَّـــدٌ قال", []string{"مُحَمَّـــدٌ", "قال"}},
		{"trailing tatweel", "محمـــــ علي", []string{"محمـــــ", "علي"}},
		{"leading mark at the start", "\u064Eوزير", []string{"وزير"}},
		{"leading mark after a space", "قال \u064Eوزير", []string{"قال", "وزير"}},
		{"leading tatweel", "ـمحمد", []string{"محمد"}},
		{"leading and trailing bidi marks", "\u200Fروسيا\u200F \u200Fالصين", []string{"روسيا\u200F", "الصين"}},
		{"presentation forms", "ﺭﻭﺳﻴﺎ و ﻻ", []string{"ﺭﻭﺳﻴﺎ", "و", "ﻻ"}},
		{"mark-only glyph trails", "ب\uFCF2 ت", []string{"ب\uFCF2", "ت"}},
		{"persian yeh and heh", "الإيرانیة", []string{"الإيرانیة"}},
		{"digits", "عام ١٤٤٥هـ", []string{"عام", "١٤٤٥هـ"}},
		{"invalid byte", "ab\xff cd", []string{"ab\xff", "cd"}},
		{"quranic marks", "عَلِيمٌۢ حَكِيمٌ ۝", []string{"عَلِيمٌۢ", "حَكِيمٌ"}},
	}
	var n Normalizer
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n.Normalize(tt.in)
			if diff := cmp.Diff(tt.words, spanWords(&n, tt.in)); diff != "" {
				t.Errorf("%q (-want +got)\n%s", tt.in, diff)
			}
		})
	}
}

func TestSpanLigature(t *testing.T) {
	var n Normalizer
	in := "ﻻ ﻷ"
	n.Normalize(in)
	if got, want := string(n.Bytes()), "لا لا"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	type span struct{ Start, End int }
	var got []span
	for _, r := range [][2]int{{0, 2}, {2, 4}, {0, 4}, {5, 7}, {7, 9}} {
		s, e := n.Span(r[0], r[1])
		got = append(got, span{s, e})
	}
	// ﻻ is bytes [0, 3), ﻷ is [4, 7): each letter of لا maps to its glyph.
	want := []span{{0, 3}, {0, 3}, {0, 3}, {4, 7}, {4, 7}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestNormalizerAppend(t *testing.T) {
	// Two calls to Append with the offsets of the caller's text.
	text := "وَزِيرُ الدِّفَاعِ"
	cut := strings.Index(text, " ")
	var n Normalizer
	n.Append(text[:cut], 0)
	n.Append(text[cut:], cut)
	if diff := cmp.Diff("وزير الدفاع", string(n.Bytes())); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if diff := cmp.Diff([]string{"وَزِيرُ", "الدِّفَاعِ"}, spanWords(&n, text)); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	// A mark at the start of a call is not attached to the previous call's
	// last rune.
	n.Reset()
	n.Append("ب", 0)
	n.Append("\u064E", 2)
	if s, e := n.Span(0, 2); s != 0 || e != 2 {
		t.Errorf("Span = %d, %d; want 0, 2", s, e)
	}
}

func TestStart(t *testing.T) {
	var n Normalizer
	in := "وَالصِّين"
	n.Normalize(in)
	// والصين: the stem after و starts at byte 2 of the normalized word.
	if got, want := in[n.Start(2):], "الصِّين"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestAppendNormalizedReusesBuffer(t *testing.T) {
	buf := make([]byte, 0, 64)
	allocs := testing.AllocsPerRun(100, func() {
		buf = AppendNormalized(buf[:0], "ﻻ وَزِيرُ الدفاع الإيرانیة Ｘ")
	})
	if allocs != 0 {
		t.Errorf("AppendNormalized allocates %v times", allocs)
	}
}

// TestPresentationForms checks the table of presentation forms against NFKC
// and folding done the slow way.
func TestPresentationForms(t *testing.T) {
	check := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			var want []byte
			for _, q := range norm.NFKC.String(string(r)) {
				if f, ok := foldRune(q); ok && !isInvisible(r) {
					want = append(want, string(f)...)
				}
			}
			if got := NormalizeString(string(r)); got != string(want) {
				t.Errorf("U+%04X: %q, want %q", r, got, want)
			}
		}
	}
	check(0xFB50, 0xFDFF)
	check(0xFE70, 0xFEFF)
	// Other runes of U+FE00–U+FE6F are not presentation forms.
	if got := NormalizeString("\uFE00\uFE10"); got != "\uFE00," {
		t.Errorf("got %q", got)
	}
}

func TestNormalizerNoAlloc(t *testing.T) {
	text := "ﻻ وَزِيرُ الدفاع الإيرانیة Ｘ ﺭﻭﺳﻴﺎ \xff Café \u0675 ﬁ"
	var n Normalizer
	n.Normalize(text)
	if a := testing.AllocsPerRun(100, func() { n.Normalize(text) }); a != 0 {
		t.Errorf("Normalizer.Normalize allocates %v times", a)
	}
}
