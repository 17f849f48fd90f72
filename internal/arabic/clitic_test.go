package arabic

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// reading is an Analysis as the tests write it: the proclitics, the stem's
// lookup key, and where the stem starts in the original (vocalized) word.
type reading struct {
	Prefix, Key string
	Skip        int
	Restore     bool
	Original    string // the original text from the stem's start
}

func readings(word string) []reading {
	var n Normalizer
	n.Normalize(word)
	norm := n.Bytes()
	var out []reading
	for _, a := range Clitics(nil, norm) {
		out = append(out, reading{
			Prefix:   a.Prefix,
			Key:      string(a.Stem(nil, norm)),
			Skip:     a.Skip,
			Restore:  a.Restore,
			Original: word[n.Start(a.Skip):],
		})
	}
	return out
}

func TestClitics(t *testing.T) {
	tests := []struct {
		name string
		word string
		want []reading
	}{
		{"bare word with و inside: both readings", "وزيرا", []reading{
			{Key: "وزيرا", Original: "وزيرا"},
			{Prefix: "و", Key: "زيرا", Skip: 2, Original: "زيرا"},
		}},
		{"و + article", "والصين", []reading{
			{Key: "والصين", Original: "والصين"},
			{Prefix: "و", Key: "الصين", Skip: 2, Original: "الصين"},
		}},
		{"ل", "لروسيا", []reading{
			{Key: "لروسيا", Original: "لروسيا"},
			{Prefix: "ل", Key: "روسيا", Skip: 2, Original: "روسيا"},
		}},
		{"ل + article with the alef restored", "للأمم", []reading{
			{Key: "للامم", Original: "للأمم"},
			{Prefix: "ل", Key: "لامم", Skip: 2, Original: "لأمم"},
			{Prefix: "ل", Key: "الامم", Skip: 2, Restore: true, Original: "لأمم"},
		}},
		{"ب + article", "بالصين", []reading{
			{Key: "بالصين", Original: "بالصين"},
			{Prefix: "ب", Key: "الصين", Skip: 2, Original: "الصين"},
		}},
		{"و + ب + article", "وبالصين", []reading{
			{Key: "وبالصين", Original: "وبالصين"},
			{Prefix: "و", Key: "بالصين", Skip: 2, Original: "بالصين"},
			{Prefix: "وب", Key: "الصين", Skip: 4, Original: "الصين"},
		}},
		{"ف + ب + article", "فبالصين", []reading{
			{Key: "فبالصين", Original: "فبالصين"},
			{Prefix: "ف", Key: "بالصين", Skip: 2, Original: "بالصين"},
			{Prefix: "فب", Key: "الصين", Skip: 4, Original: "الصين"},
		}},
		{"و + a two-letter name, no ول reading", "ولي", []reading{
			{Key: "ولي", Original: "ولي"},
			{Prefix: "و", Key: "لي", Skip: 2, Original: "لي"},
		}},
		{"و + ل + article", "وللصين", []reading{
			{Key: "وللصين", Original: "وللصين"},
			{Prefix: "و", Key: "للصين", Skip: 2, Original: "للصين"},
			{Prefix: "ول", Key: "لصين", Skip: 4, Original: "لصين"},
			{Prefix: "ول", Key: "الصين", Skip: 4, Restore: true, Original: "لصين"},
		}},
		{"ك + article", "كالصين", []reading{
			{Key: "كالصين", Original: "كالصين"},
			{Prefix: "ك", Key: "الصين", Skip: 2, Original: "الصين"},
		}},
		{"ل + a name starting with ل", "لليبيا", []reading{
			{Key: "لليبيا", Original: "لليبيا"},
			{Prefix: "ل", Key: "ليبيا", Skip: 2, Original: "ليبيا"},
			{Prefix: "ل", Key: "اليبيا", Skip: 2, Restore: true, Original: "ليبيا"},
		}},
		{"vocalized و + article", "وَالصِّين", []reading{
			{Key: "والصين", Original: "وَالصِّين"},
			{Prefix: "و", Key: "الصين", Skip: 2, Original: "الصِّين"},
		}},
		{"vocalized ل + article", "لِلْأُمَمِ", []reading{
			{Key: "للامم", Original: "لِلْأُمَمِ"},
			{Prefix: "ل", Key: "لامم", Skip: 2, Original: "لْأُمَمِ"},
			{Prefix: "ل", Key: "الامم", Skip: 2, Restore: true, Original: "لْأُمَمِ"},
		}},
		{"tatweel after the proclitic", "وـالصين", []reading{
			{Key: "والصين", Original: "وـالصين"},
			{Prefix: "و", Key: "الصين", Skip: 2, Original: "الصين"},
		}},
		{"stem too short", "وي", []reading{{Key: "وي", Original: "وي"}}},
		{"ل + ل + one letter: no restored article", "للم", []reading{
			{Key: "للم", Original: "للم"},
			{Prefix: "ل", Key: "لم", Skip: 2, Original: "لم"},
		}},
		{"no proclitic", "روسيا", []reading{{Key: "روسيا", Original: "روسيا"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, readings(tt.word)); diff != "" {
				t.Errorf("Clitics(%s) (-want +got)\n%s", tt.word, diff)
			}
		})
	}
}

func TestHasArticle(t *testing.T) {
	for _, tt := range []struct {
		stem string
		want bool
	}{
		{"الصين", true}, {"الامم", true}, {"الي", false}, {"ال", false}, {"روسيا", false},
	} {
		if got := HasArticle([]byte(tt.stem)); got != tt.want {
			t.Errorf("HasArticle(%s) = %v, want %v", tt.stem, got, tt.want)
		}
	}
}

func TestCliticsNoAlloc(t *testing.T) {
	word := []byte("وللصين")
	dst := make([]Analysis, 0, 8)
	if n := testing.AllocsPerRun(100, func() { dst = Clitics(dst[:0], word) }); n != 0 {
		t.Errorf("Clitics allocates %v times", n)
	}
}
