package relation

import (
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kayan-nlp/kayan/entity"
)

// ms describes a mention of a hand-built document: the nth (from 0)
// occurrence of text.
type ms struct {
	text    string
	nth     int
	typ     entity.Type
	id      string
	country string
	nested  bool
}

// mkDoc builds a document with the given mentions and no tokens or
// sentences (the extractor computes them), independently of the tagger.
func mkDoc(t testing.TB, text string, specs ...ms) *entity.Document {
	t.Helper()
	d := &entity.Document{Text: text}
	for _, s := range specs {
		off := -1
		for k, from := 0, 0; k <= s.nth; k++ {
			i := strings.Index(text[from:], s.text)
			if i < 0 {
				t.Fatalf("mention %q #%d not in %q", s.text, s.nth, text)
			}
			off = from + i
			from = off + len(s.text)
		}
		d.Mentions = append(d.Mentions, entity.Mention{
			Start: off, End: off + len(s.text), Type: s.typ, ID: s.id, Country: s.country, Nested: s.nested,
		})
	}
	sort.SliceStable(d.Mentions, func(i, j int) bool {
		a, b := d.Mentions[i], d.Mentions[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	return d
}

func nat(text, code string) ms {
	return ms{text: text, typ: entity.Nationality, id: "country:" + code, country: code}
}
func per(text, id string) ms { return ms{text: text, typ: entity.Person, id: "person:" + id} }
func cty(text, code string) ms {
	return ms{text: text, typ: entity.Country, id: "country:" + code, country: code}
}

func TestExtractHandBuilt(t *testing.T) {
	ph := func(s, role, o string) goldRel { return goldRel{PositionHeld, "person:" + s, o, role} }
	rel := func(typ, s, o string) goldRel { return goldRel{Type: typ, Subject: s, Object: o} }
	tests := []struct {
		name     string
		text     string
		mentions []ms
		want     []goldRel
	}{
		{
			name:     "title nationality name",
			text:     "قال وزير الدفاع الروسي سيرغي شويغو إن قواته مستعدة.",
			mentions: []ms{nat("الروسي", "RU"), per("سيرغي شويغو", "sergei-shoigu")},
			want:     []goldRel{ph("sergei-shoigu", "defense_minister", "country:RU")},
		},
		{
			name: "dual title distributes in order, then talks",
			text: "عقد وزيرا الدفاع الروسي والصيني، سيرغي شويغو ولي شانغ فو، محادثات عبر الفيديو.",
			mentions: []ms{nat("الروسي", "RU"), nat("الصيني", "CN"), per("سيرغي شويغو", "sergei-shoigu"),
				per("لي شانغ فو", "li-shangfu")},
			want: []goldRel{
				ph("sergei-shoigu", "defense_minister", "country:RU"),
				ph("li-shangfu", "defense_minister", "country:CN"),
				rel(TalksWith, "person:li-shangfu", "person:sergei-shoigu"),
			},
		},
		{
			name:     "a singular title takes one name",
			text:     "قال الرئيس الروسي فلاديمير بوتين وشي جين بينغ إن العلاقات جيدة.",
			mentions: []ms{nat("الروسي", "RU"), per("فلاديمير بوتين", "vladimir-putin"), per("شي جين بينغ", "xi-jinping")},
			want:     []goldRel{ph("vladimir-putin", "president", "country:RU")},
		},
		{
			name:     "construct title with a country",
			text:     "وصل وزير خارجية قطر محمد بن عبد الرحمن آل ثاني إلى طهران.",
			mentions: []ms{cty("قطر", "QA"), per("محمد بن عبد الرحمن آل ثاني", "mohammed-bin-abdulrahman-al-thani"), {text: "طهران", typ: entity.Location, id: "city:tehran", country: "IR"}},
			want: []goldRel{
				ph("mohammed-bin-abdulrahman-al-thani", "foreign_minister", "country:QA"),
				rel(Visits, "person:mohammed-bin-abdulrahman-al-thani", "city:tehran"),
			},
		},
		{
			name:     "leader of a country",
			text:     "قال زعيم كوريا الشمالية كيم جونغ أون إن بلاده مستعدة.",
			mentions: []ms{cty("كوريا الشمالية", "KP"), per("كيم جونغ أون", "kim-jong-un")},
			want:     []goldRel{ph("kim-jong-un", "leader", "country:KP")},
		},
		{
			name:     "a state descriptor between title and country",
			text:     "وبحث رئيس دولة الإمارات محمد بن زايد مع فلاديمير بوتين العلاقات.",
			mentions: []ms{cty("الإمارات", "AE"), per("محمد بن زايد", "mohamed-bin-zayed"), per("فلاديمير بوتين", "vladimir-putin")},
			want: []goldRel{ph("mohamed-bin-zayed", "president", "country:AE"),
				rel(TalksWith, "person:mohamed-bin-zayed", "person:vladimir-putin")},
		},
		{
			name:     "person first",
			text:     "وقال سيرغي لافروف، وزير الخارجية الروسي، إن موسكو لن تتراجع.",
			mentions: []ms{per("سيرغي لافروف", "sergey-lavrov"), nat("الروسي", "RU"), {text: "موسكو", typ: entity.Location, id: "city:moscow", country: "RU"}},
			want:     []goldRel{ph("sergey-lavrov", "foreign_minister", "country:RU")},
		},
		{
			name:     "a title with و is a new person, not an apposition",
			text:     "حضر سيرغي لافروف، ووزير الخارجية الصيني وانغ يي الاجتماع.",
			mentions: []ms{per("سيرغي لافروف", "sergey-lavrov"), nat("الصيني", "CN"), per("وانغ يي", "wang-yi")},
			want:     []goldRel{ph("wang-yi", "foreign_minister", "country:CN")},
		},
		{
			name: "counterpart takes the role of the title before it",
			text: "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي في بكين.",
			mentions: []ms{nat("الروسي", "RU"), per("سيرغي لافروف", "sergey-lavrov"), nat("الصيني", "CN"),
				per("وانغ يي", "wang-yi"), {text: "بكين", typ: entity.Location, id: "city:beijing", country: "CN"}},
			want: []goldRel{
				ph("sergey-lavrov", "foreign_minister", "country:RU"),
				ph("wang-yi", "foreign_minister", "country:CN"),
				rel(Meets, "person:sergey-lavrov", "person:wang-yi"),
			},
		},
		{
			name:     "counterpart without a title before it has no role",
			text:     "التقى سيرغي لافروف نظيره الصيني وانغ يي.",
			mentions: []ms{per("سيرغي لافروف", "sergey-lavrov"), nat("الصيني", "CN"), per("وانغ يي", "wang-yi")},
			want:     []goldRel{rel(Meets, "person:sergey-lavrov", "person:wang-yi")},
		},
		{
			name:     "negated meeting",
			text:     "لم يلتق فلاديمير بوتين دونالد ترامب خلال القمة.",
			mentions: []ms{per("فلاديمير بوتين", "vladimir-putin"), per("دونالد ترامب", "donald-trump")},
			want:     []goldRel{},
		},
		{
			name: "denied meeting",
			text: "نفى الكرملين عقد أي لقاء بين فلاديمير بوتين وفولوديمير زيلينسكي.",
			mentions: []ms{{text: "الكرملين", typ: entity.Organization, id: "org:kremlin", country: "RU"},
				per("فلاديمير بوتين", "vladimir-putin"), per("فولوديمير زيلينسكي", "volodymyr-zelensky")},
			want: []goldRel{},
		},
		{
			name:     "planned meeting between others",
			text:     "ناقش الوفدان الترتيبات للقمة المرتقبة بين فلاديمير بوتين ودونالد ترامب.",
			mentions: []ms{per("فلاديمير بوتين", "vladimir-putin"), per("دونالد ترامب", "donald-trump")},
			want:     []goldRel{},
		},
		{
			name:     "meeting between two, stated",
			text:     "عقدت القمة بين فلاديمير بوتين ودونالد ترامب في ألاسكا.",
			mentions: []ms{per("فلاديمير بوتين", "vladimir-putin"), per("دونالد ترامب", "donald-trump"), cty("ألاسكا", "US")},
			want:     []goldRel{rel(Meets, "person:donald-trump", "person:vladimir-putin")},
		},
		{
			name:     "a place after a preposition is no party",
			text:     "بحث فلاديمير بوتين في موسكو الأوضاع.",
			mentions: []ms{per("فلاديمير بوتين", "vladimir-putin"), {text: "موسكو", typ: entity.Location, id: "city:moscow", country: "RU"}},
			want:     []goldRel{},
		},
		{
			name:     "capitals hold talks, other cities do not",
			text:     "جرت محادثات بين موسكو وبكين. وجرت محادثات بين سوتشي وشنغهاي.",
			mentions: []ms{{text: "موسكو", typ: entity.Location, id: "city:moscow"}, {text: "بكين", typ: entity.Location, id: "city:beijing"}, {text: "سوتشي", typ: entity.Location, id: "city:sochi"}, {text: "شنغهاي", typ: entity.Location, id: "city:shanghai"}},
			want:     []goldRel{rel(TalksWith, "city:beijing", "city:moscow")},
		},
		{
			name: "a title splits the institution the tagger read into it",
			text: "قالت وزيرة الدفاع الألمانية كريستين لامبرشت إن الجيش مستعد.",
			mentions: []ms{{text: "الدفاع الألمانية", typ: entity.Organization, id: "org:defense-ministry@DE", country: "DE"},
				{text: "الألمانية", typ: entity.Nationality, id: "country:DE", country: "DE", nested: true},
				per("كريستين لامبرشت", "christine-lambrecht")},
			want: []goldRel{ph("christine-lambrecht", "defense_minister", "country:DE")},
		},
		{
			name: "organization role with ل",
			text: "حذر المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي من الخطر.",
			mentions: []ms{{text: "لوكالة الدولية للطاقة الذرية", typ: entity.Organization, id: "org:iaea"},
				per("رافائيل غروسي", "rafael-grossi")},
			want: []goldRel{ph("rafael-grossi", "director_general", "org:iaea")},
		},
		{
			name:     "courtesy title between affiliation and name",
			text:     "استقبل العاهل الأردني الملك عبد الله الثاني ضيوفه.",
			mentions: []ms{nat("الأردني", "JO"), per("عبد الله الثاني", "abdullah-ii")},
			want:     []goldRel{ph("abdullah-ii", "king", "country:JO")},
		},
		{
			name: "part of: nested nationality, state organs only",
			text: "أعلنت وزارة الدفاع الروسية وشركة غازبروم الروسية ذلك.",
			mentions: []ms{{text: "وزارة الدفاع الروسية", typ: entity.Organization, id: "org:defense-ministry@RU", country: "RU"},
				{text: "الروسية", typ: entity.Nationality, id: "country:RU", country: "RU", nested: true},
				{text: "غازبروم الروسية", typ: entity.Organization, id: "org:gazprom", country: "RU"},
				{text: "الروسية", nth: 1, typ: entity.Nationality, id: "country:RU", country: "RU", nested: true}},
			want: []goldRel{rel(PartOf, "org:defense-ministry@RU", "country:RU")},
		},
		{
			name:     "part of: gazetteer organization and its country in the sentence",
			text:     "قال جيش التحرير الشعبي إن الصين لن تتهاون. وقال جيش التحرير الشعبي إن روسيا صديقة.",
			mentions: []ms{{text: "جيش التحرير الشعبي", typ: entity.Organization, id: "org:pla", country: "CN"}, cty("الصين", "CN"), {text: "جيش التحرير الشعبي", nth: 1, typ: entity.Organization, id: "org:pla", country: "CN"}, cty("روسيا", "RU")},
			want:     []goldRel{rel(PartOf, "org:pla", "country:CN")},
		},
		{
			name:     "cooperation: adjective pair",
			text:     "التعاون العسكري الروسي الصيني يشكل محورا رئيسيا.",
			mentions: []ms{nat("الروسي", "RU"), nat("الصيني", "CN")},
			want:     []goldRel{rel(CooperatesWith, "country:CN", "country:RU")},
		},
		{
			name:     "cooperation: negated",
			text:     "لا تعاون بين إيران والعراق في هذا المجال.",
			mentions: []ms{cty("إيران", "IR"), cty("العراق", "IQ")},
			want:     []goldRel{},
		},
		{
			name:     "visit: noun with إلى",
			text:     "تأتي زيارة فلاديمير بوتين إلى الصين في وقت حساس.",
			mentions: []ms{per("فلاديمير بوتين", "vladimir-putin"), cty("الصين", "CN")},
			want:     []goldRel{rel(Visits, "person:vladimir-putin", "country:CN")},
		},
		{
			name:     "visit: negated",
			text:     "لن يزور دونالد ترامب الصين هذا العام.",
			mentions: []ms{per("دونالد ترامب", "donald-trump"), cty("الصين", "CN")},
			want:     []goldRel{},
		},
		{
			name:     "two names and no link",
			text:     "قال محمود عباس إن إيمانويل ماكرون وعد بالاعتراف بدولة فلسطين.",
			mentions: []ms{per("محمود عباس", "mahmoud-abbas"), per("إيمانويل ماكرون", "emmanuel-macron"), cty("فلسطين", "PS")},
			want:     []goldRel{},
		},
		{
			name:     "relations never cross sentences",
			text:     "وصل فلاديمير بوتين. الصين ترحب.",
			mentions: []ms{per("فلاديمير بوتين", "vladimir-putin"), cty("الصين", "CN")},
			want:     []goldRel{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mkDoc(t, tt.text, tt.mentions...)
			rels := Default().Extract(doc)
			if diff := cmp.Diff(wantSet(tt.want), gotSet(doc, rels)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
				for _, r := range rels {
					t.Logf("%s", describe(doc, r))
				}
			}
		})
	}
}

// TestRelationFields checks every field of the relations of one sentence,
// offsets counted by hand from the text.
func TestRelationFields(t *testing.T) {
	text := "أخبار. والتقى وزير الخارجية الروسي سيرغي لافروف بنظيره الصيني وانغ يي للمرة الثانية."
	doc := mkDoc(t, text, nat("الروسي", "RU"), per("سيرغي لافروف", "sergey-lavrov"), nat("الصيني", "CN"), per("وانغ يي", "wang-yi"))
	// Mentions, in order: 0 الروسي, 1 لافروف, 2 الصيني, 3 وانغ يي.
	span := func(s string, skip int) entity.Span {
		i := strings.Index(text, s)
		return entity.Span{Start: i + skip, End: i + len(s)}
	}
	sent := entity.Span{Start: strings.Index(text, "والتقى"), End: len(text)}
	want := []Relation{
		// The trigger of التقى is without its و, of نظيره without its ب.
		{Type: Meets, Subject: 1, Object: 3, Trigger: span("والتقى", len("و")), Evidence: sent, Rule: "meets"},
		{Type: PositionHeld, Subject: 1, Object: 0, Role: "foreign_minister", Trigger: span("وزير الخارجية", 0), Evidence: sent, Rule: "position-title"},
		{Type: PositionHeld, Subject: 3, Object: 2, Role: "foreign_minister", Trigger: span("بنظيره", len("ب")), Evidence: sent, Rule: "position-counterpart"},
	}
	got := Default().Extract(doc)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if s := text[got[0].Trigger.Start:got[0].Trigger.End]; s != "التقى" {
		t.Errorf("trigger text %q, want التقى", s)
	}
}

// TestDocumentSentencesUsed checks that the document's own tokens and
// sentences are used when well formed, and recomputed when not.
func TestDocumentSentencesUsed(t *testing.T) {
	text := "وصل فلاديمير بوتين إلى الصين"
	visit := []goldRel{{Type: Visits, Subject: "person:vladimir-putin", Object: "country:CN"}}
	cut := strings.Index(text, "إلى")
	tests := []struct {
		name      string
		sentences []entity.Span
		want      []goldRel
	}{
		{"no sentences: split from the text", nil, visit},
		{"one sentence", []entity.Span{{Start: 0, End: len(text)}}, visit},
		{"two sentences: relations do not cross them", []entity.Span{{Start: 0, End: cut}, {Start: cut, End: len(text)}}, []goldRel{}},
		{"malformed sentences: recomputed", []entity.Span{{Start: 5, End: 2}}, visit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mkDoc(t, text, per("فلاديمير بوتين", "vladimir-putin"), cty("الصين", "CN"))
			doc.Tokens = entityTokens(text)
			doc.Sentences = tt.sentences
			if diff := cmp.Diff(tt.want, gotSet(doc, Default().Extract(doc))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
