package entity

import (
	"github.com/kayan-nlp/kayan/gazetteer"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// got is the comparable view of a mention in rule tests.
type got struct {
	Text, Type, ID string
	Nested         bool
}

func view(d *Document) []got {
	var out []got
	for _, m := range d.Mentions {
		out = append(out, got{m.Text(d), m.Type.String(), m.ID, m.Nested})
	}
	return out
}

// TestRules has one hand-checked case per matching rule.
func TestRules(t *testing.T) {
	tests := []ruleCase{
		{"clitic waw before article", "زار الوفد روسيا والصين",
			[]got{{"روسيا", "COUNTRY", "country:RU", false}, {"الصين", "COUNTRY", "country:CN", false}}},
		{"clitic lam", "رسالة لروسيا", []got{{"روسيا", "COUNTRY", "country:RU", false}}},
		{"clitic ba before article", "اجتماع بالصين", []got{{"الصين", "COUNTRY", "country:CN", false}}},
		{"lam lam elided alef", "قدم طلبا للأمم المتحدة",
			[]got{{"لأمم المتحدة", "ORGANIZATION", "org:un", false}}},
		{"vocalized text", "زار وَالصِّينَ", []got{{"الصِّينَ", "COUNTRY", "country:CN", false}}},
		{"presentation forms", "ﺭﻭﺳﻴﺎ", []got{{"ﺭﻭﺳﻴﺎ", "COUNTRY", "country:RU", false}}},
		{"word that begins with a name", "لقي مصرعه في حادث", nil},
		{"nationality pair", "التعاون العسكري الروسي الصيني",
			[]got{{"الروسي", "NATIONALITY", "country:RU", false}, {"الصيني", "NATIONALITY", "country:CN", false}}},
		{"nationality plural", "قال الروس إن",
			[]got{{"الروس", "NATIONALITY", "country:RU", false}}},
		{"composed ministry", "أفادت وزارة الدفاع الروسية",
			[]got{{"وزارة الدفاع الروسية", "ORGANIZATION", "org:defense-ministry@RU", false},
				{"الروسية", "NATIONALITY", "country:RU", true}}},
		{"composed army, masculine", "قصف الجيش الأردني",
			[]got{{"الجيش الأردني", "ORGANIZATION", "org:army@JO", false},
				{"الأردني", "NATIONALITY", "country:JO", true}}},
		{"title and masculine nationality is no institution", "قال وزير الدفاع الروسي",
			[]got{{"الروسي", "NATIONALITY", "country:RU", false}}},
		{"composed construct with country", "بيان وزارة خارجية مصر",
			[]got{{"وزارة خارجية مصر", "ORGANIZATION", "org:foreign-ministry@EG", false},
				{"مصر", "COUNTRY", "country:EG", true}}},
		{"loose spelling of a full name", "التقى سيرجي شويجو",
			[]got{{"سيرجي شويجو", "PERSON", "person:sergei-shoigu", false}}},
		{"person from title", "قال المحلل السياسي سامر الخطيب إن",
			[]got{{"سامر الخطيب", "PERSON", "", false}}},
		{"place after keyword", "سقطت قذائف على بلدة كفرنبودة", []got{{"كفرنبودة", "LOCATION", "", false}}},
		{"coreference surname", "التقى سيرغي شويغو الوفد. وقال شويغو إن",
			[]got{{"سيرغي شويغو", "PERSON", "person:sergei-shoigu", false},
				{"شويغو", "PERSON", "person:sergei-shoigu", false}}},
		{"coreference beats nationality", "قال رجل الأعمال فادي المصري إن المصري سيزور",
			[]got{{"فادي المصري", "PERSON", "", false}, {"المصري", "PERSON", "", false}}},
		{"vocalized text contradicts Amman", "زار الوفد عُمان", []got{{"عُمان", "COUNTRY", "country:OM", false}}},
		{"vocalized text agrees with Amman", "زار الوفد عَمّان", []got{{"عَمّان", "LOCATION", "city:amman", false}}},
		{"name with the article before ibn", "في عهد الوليد بن عبد الملك بني الجامع",
			[]got{{"الوليد بن عبد الملك", "PERSON", "", false}}},
		{"title before such a name", "حكم الخليفة الوليد بن عبد الملك",
			[]got{{"الوليد بن عبد الملك", "PERSON", "", false}}},
		{"particles alone are no name", "قال الشيخ بن إن", nil},
		{"surname that is a word, after the full name", "التقى ميشال عون الوفد. وأضاف عون أن البلاد بعون الله بخير",
			[]got{{"ميشال عون", "PERSON", "person:michel-aoun", false}, {"عون", "PERSON", "person:michel-aoun", false}}},
		{"given name after the full name", "زار فلاديمير بوتين القاهرة. وقال فلاديمير إن",
			[]got{{"فلاديمير بوتين", "PERSON", "person:vladimir-putin", false}, {"القاهرة", "LOCATION", "city:cairo", false},
				{"فلاديمير", "PERSON", "person:vladimir-putin", false}}},
		{"surname with و after the full name, once", "التقى ميشال عون الوفد. وعون قال",
			[]got{{"ميشال عون", "PERSON", "person:michel-aoun", false}, {"عون", "PERSON", "person:michel-aoun", false}}},
		{"a known surname after another first name", "التقى خالد الخطابي الوفد",
			[]got{{"خالد الخطابي", "PERSON", "", false}}},
		{"empty", "", nil},
		{"invalid utf8", "\xffروسيا\xfe", []got{{"روسيا", "COUNTRY", "country:RU", false}}},
	}
	runRules(t, Default(), tests)
}

// ruleCase is one hand-checked tagging case.
type ruleCase struct {
	name, text string
	want       []got
}

func runRules(t *testing.T, tg *Tagger, tests []ruleCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := tg.Tag(tc.text)
			if diff := cmp.Diff(tc.want, view(d)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.text, diff)
			}
			checkInvariants(t, d)
		})
	}
}

// checkInvariants checks what holds for every document.
func checkInvariants(t *testing.T, d *Document) {
	t.Helper()
	// rune boundaries as decoding sees them: an invalid byte is a rune of its own
	boundary := make([]bool, len(d.Text)+1)
	for i := 0; i < len(d.Text); {
		boundary[i] = true
		_, n := utf8.DecodeRuneInString(d.Text[i:])
		i += n
	}
	boundary[len(d.Text)] = true
	var top *Mention
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
			t.Fatalf("mention %d [%d,%d) outside text of %d bytes", i, m.Start, m.End, len(d.Text))
		}
		if !boundary[m.Start] || !boundary[m.End] {
			t.Errorf("mention %d [%d,%d) not on rune boundaries", i, m.Start, m.End)
		}
		if m.Nested {
			if top == nil || m.Start < top.Start || m.End > top.End {
				t.Errorf("nested mention %d %q is not inside the mention before it", i, m.Text(d))
			}
			continue
		}
		if top != nil && m.Start < top.End {
			t.Errorf("top-level mentions overlap: %q and %q", top.Text(d), m.Text(d))
		}
		top = m
	}
	for i := 1; i < len(d.Sentences); i++ {
		if d.Sentences[i].Start < d.Sentences[i-1].End {
			t.Errorf("sentences overlap")
		}
	}
}

func FuzzTag(f *testing.F) {
	f.Add("عقد وزيرا الدفاع الروسي والصيني، سيرغي شويغو ولي شانغ فو، محادثات")
	f.Add("\xff\xfeللأمم ﻻ وَالصِّين")
	tg := Default()
	f.Fuzz(func(t *testing.T, s string) {
		d := tg.Tag(s)
		checkInvariants(t, d)
		var again Document
		tg.TagInto(&again, s)
		tg.TagInto(&again, s) // reuse gives the same result
		if diff := cmp.Diff(d.Mentions, again.Mentions); diff != "" {
			t.Errorf("TagInto reuse differs (-first +reused):\n%s", diff)
		}
	})
}

func TestConcurrentUse(t *testing.T) {
	tg := Default()
	texts := []string{
		"عقد وزيرا الدفاع الروسي والصيني، سيرغي شويغو ولي شانغ فو، محادثات",
		"أفادت وزارة الدفاع الروسية بأن المحادثات جرت في موسكو",
		"التقى سيرغي شويغو الوفد. وقال شويغو إن",
	}
	want := make([][]Mention, len(texts))
	for i, s := range texts {
		want[i] = tg.Tag(s).Mentions
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var d Document
			for k := 0; k < 50; k++ {
				i := (g + k) % len(texts)
				tg.TagInto(&d, texts[i])
				if diff := cmp.Diff(want[i], d.Mentions); diff != "" {
					t.Errorf("concurrent result differs (-want +got):\n%s", diff)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestTagIntoDoesNotAllocate(t *testing.T) {
	tg := Default()
	text := strings.Repeat("عقد وزيرا الدفاع الروسي والصيني، سيرغي شويغو ولي شانغ فو، محادثات. وقال شويغو إن وزارة الدفاع الروسية ", 20)
	var d Document
	tg.TagInto(&d, text)
	if n := testing.AllocsPerRun(20, func() { tg.TagInto(&d, text) }); n != 0 {
		t.Errorf("TagInto allocates %.1f times per call in steady state, want 0", n)
	}
}

// TestCompileDeterministic compiles the default gazetteer twice (Go maps
// iterate in random order) and expects the same mentions.
func TestCompileDeterministic(t *testing.T) {
	text := "حلق سلاح الجو الروسي والقوات الجوية التركية، وأعلنت وزارة الخارجية القطرية وسفارة الولايات المتحدة أن الجيش الأردني…"
	var first []Mention
	for i := 0; i < 3; i++ {
		tg, err := New(gazetteer.Default(), nil)
		if err != nil {
			t.Fatal(err)
		}
		d := tg.Tag(text)
		if i == 0 {
			first = d.Mentions
			continue
		}
		if diff := cmp.Diff(first, d.Mentions); diff != "" {
			t.Errorf("compile %d differs (-first +this):\n%s", i, diff)
		}
	}
}
