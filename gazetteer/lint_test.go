package gazetteer

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kayan-nlp/kayan/internal/arabic"
)

func TestLint(t *testing.T) {
	g := mustNew(t,
		Entry{ID: "city:tripoli-ly", Type: Location, Name: "طرابلس", Country: "LY"},
		Entry{ID: "city:tripoli-lb", Type: Location, Name: "طرابلس", Aliases: []string{"طرابلس الشام"}, Country: "LB"},
		Entry{ID: "loc:tripoli-district", Type: Location, Name: "قضاء طرابلس", Aliases: []string{"طرابلُس"}},
		Entry{ID: "city:tyre", Type: Location, Name: "صور", Aliases: []string{"مدينة صور"}, Country: "LB"},
		Entry{ID: "org:fatah", Type: Organization, Name: "حركة فتح", ShortAliases: []string{"فتح"}, Aliases: []string{"حركة فتح"}},
		Entry{ID: "person:x", Type: Person, Name: "أمل علم الدين", ShortAliases: []string{"الأمل"}, Aliases: []string{"امل علم الدين"}},
	)
	var got []string
	for _, f := range Lint(g) {
		got = append(got, f.String())
	}
	want := []string{
		`city:tripoli-lb: "طرابلس": shared (city:tripoli-ly, loc:tripoli-district)`,
		`city:tripoli-ly: "طرابلس": shared (city:tripoli-lb, loc:tripoli-district)`,
		`city:tyre: "صور": common word`,
		`loc:tripoli-district: "طرابلُس": shared (city:tripoli-lb, city:tripoli-ly)`,
		`org:fatah: "حركة فتح": redundant (حركة فتح)`,
		`org:fatah: "فتح": common word`,
		`person:x: "الأمل": common word`,
		`person:x: "امل علم الدين": redundant (أمل علم الدين)`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Lint (-want +got):\n%s", diff)
	}
	if fs := Lint(mustNew(t, eRU, eMoscow, eNATO, eShoigu)); len(fs) != 0 {
		t.Errorf("Lint of clean data = %v", fs)
	}
}

func TestIsCommonWord(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"في", true}, {"على", true}, {"علي", true}, // على normalizes to علي: the name Ali is a common word
		{"الذي", true}, {"وزير", true}, {"حكومة", true}, {"الحكومة", true},
		{"أمل", true}, {"سلام", true}, {"السلام", true}, {"صور", true}, {"عدن", true}, {"حماة", true}, {"فتح", true},
		{"مصر", false}, {"روسيا", false}, {"العراق", false}, {"الصين", false}, {"بوتين", false}, {"شويغو", false},
		{"موسكو", false}, {"وزير الدفاع", false}, {"", false}, {"ال", false},
	}
	for _, tt := range tests {
		if got := IsCommonWord(arabic.NormalizeString(tt.word)); got != tt.want {
			t.Errorf("IsCommonWord(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestCommonWordsFile(t *testing.T) {
	data, err := dataFS.ReadFile("data/common_words.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := len(commonWords())
	if n < 1000 || n > 1600 {
		t.Errorf("%d common words, want about 1,000–1,500", n)
	}
	seen := map[string]int{}
	for i, line := range strings.Split(string(data), "\n") {
		w := strings.TrimSpace(line)
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		if w != line || strings.ContainsAny(w, " \t") {
			t.Errorf("line %d %q: one word per line, no spaces", i+1, line)
		}
		k := arabic.NormalizeString(w)
		if k != w && arabic.NormalizeString(k) != k {
			t.Errorf("line %d %q: normalization not idempotent", i+1, w)
		}
		if j, dup := seen[w]; dup {
			t.Errorf("line %d %q: repeats line %d", i+1, w, j)
		}
		seen[w] = i + 1
	}
	// No country name is a common word, except those that really are
	// frequent words in news text.
	allowed := map[string]bool{"country:ML": true} // مالي: "financial"
	for e := range Default().Filter(Country).All() {
		if !allowed[e.ID] && IsCommonWord(arabic.NormalizeString(e.Name)) {
			t.Errorf("%s %q is in common_words.txt", e.ID, e.Name)
		}
	}
}

func TestNeedsContext(t *testing.T) {
	fatah := &Entry{ID: "org:fatah", Type: Organization, Name: "حركة فتح", ShortAliases: []string{"فتح"}}
	shoigu := &Entry{ID: "person:sergei-shoigu", Type: Person, Name: "سيرغي شويغو", Aliases: []string{"شويجو"}, ShortAliases: []string{"شويغو", "شويجو"}}
	ali := &Entry{ID: "person:ali", Type: Person, Name: "علي", ShortAliases: []string{"أبو علي"}}
	g := mustNew(t)
	tests := []struct {
		e     *Entry
		alias string
		want  bool
	}{
		{fatah, "حركة فتح", false},
		{fatah, "فتح", true},     // short alias and common word
		{shoigu, "شويغو", true},  // short alias
		{shoigu, "شُويغو", true}, // as written with a diacritic
		{shoigu, "شويجو", false}, // also a full alias
		{shoigu, "سيرغي شويغو", false},
		{ali, "علي", true}, // the name itself, but a common word (على)
		{ali, "ابو علي", true},
		{ali, "أحمد", false}, // not an alias at all: a plain word
	}
	for _, tt := range tests {
		if got := g.NeedsContext(tt.e, tt.alias); got != tt.want {
			t.Errorf("NeedsContext(%s, %q) = %v, want %v", tt.e.ID, tt.alias, got, tt.want)
		}
	}
}
