package relation

import "github.com/kayan-nlp/kayan/entity"

// Builtin returns a fresh copy of the built-in rules, in the order Default
// compiles them; append yours to add to them, or edit the copy.
//
// Title rules (POSITION_HELD):
//   - position-title: titles of state (president, prime_minister,
//     foreign_minister, defense_minister…) with a nationality or a country:
//     وزير الدفاع الروسي سيرغي شويغو، وزير خارجية قطر محمد بن عبد الرحمن،
//     وزير الدفاع الصيني، لي شانغ فو، and the person first: سيرغي لافروف،
//     وزير الخارجية الروسي.
//   - position-organization: roles in an organization (spokesperson,
//     secretary_general, director_general, president_of_organization,
//     army_chief, commander, party_leader): المتحدثة باسم وزارة الخارجية
//     الصينية ماو نينغ، المدير العام للوكالة الدولية للطاقة الذرية رافائيل
//     غروسي.
//   - position-ambassador: السفير الروسي لدى الأمم المتحدة فاسيلي نيبينزيا.
//   - position-local: governors and mayors of places.
//   - position-minister: any other minister with a nationality or country
//     (وزير الطاقة الروسي ألكسندر نوفاك): role minister.
//   - position-counterpart: نظيره الصيني وانغ يي holds the role of the title
//     before it, for China.
//
// Event rules: talks, talks-call (TALKS_WITH; persons, countries,
// organizations and capitals standing for their governments), meets (MEETS;
// persons, countries, organizations), visits-verb, visits-arrival,
// visits-noun (VISITS), cooperation-between, cooperation-with,
// cooperation-adjectives (COOPERATES_WITH; countries, organizations,
// capitals, or two nationality adjectives).
//
// Structural rules (PART_OF): part-of-nested, part-of-country, and
// part-of-parent (an organization and its gazetteer parent named in the same
// sentence: المفوضية الأوروبية … الاتحاد الأوروبي).
func Builtin() []Rule {
	out := make([]Rule, len(builtin))
	for i := range builtin {
		out[i] = builtin[i].clone()
	}
	return out
}

var (
	person    = []entity.Type{entity.Person}
	stateArgs = []entity.Type{entity.Country, entity.Nationality}
	org       = []entity.Type{entity.Organization}
	parties   = []entity.Type{entity.Person, entity.Country, entity.Organization, entity.Location}
	places    = []entity.Type{entity.Country, entity.Location}
	actors    = []entity.Type{entity.Person, entity.Organization}
	collectiv = []entity.Type{entity.Country, entity.Organization, entity.Location}
	callees   = []entity.Type{entity.Person, entity.Country, entity.Organization}
)

// titlePatterns are the patterns of the title rules: title, affiliation,
// name; name, title, affiliation; a title without a name (claimed so that
// its country is not taken for a party).
//
// A descriptor may stand between a title and its country (رئيس دولة
// الإمارات): the tagger leaves it outside the country's mention.
var titlePatterns = []string{"T " + descriptors + " O ،? S ،?", "S ، T " + descriptors + " O ،?", "T " + descriptors + " O"}

// descriptors is an optional literal: the words that name a kind of state
// before its name.
const descriptors = "دولة|جمهورية|مملكة|إمارة|سلطنة|المملكة|الجمهورية|الإمارة|السلطنة?"

// partyKinds are the kinds of a party to talks: states' organs and
// international organizations, and capitals standing for their
// governments (موسكو وبكين).
var partyKinds = []string{
	KindCapital, "intergovernmental", "ministry", "armed_force", "security", "intelligence",
	"party", "armed_group", "company", "media", "agency", "parliament", "court", "government",
	"central_bank", "university", "ngo", "religious", "sports", "union",
}

// capitalOnly lets a capital stand for its government (التعاون بين
// الرياض وباريس) and no other place.
var capitalOnly = []string{KindCapital}

// stateOrganKinds are the organizations that belong to a country: PART_OF.
var stateOrganKinds = []string{
	"ministry", "armed_force", "security", "intelligence", "party", "agency", "parliament",
	"court", "government", "central_bank",
}

// forms returns a title in its singular, feminine, dual and plural
// construct forms, with and without the article on the portfolio: for
// ("وزير", "الدفاع") وزير الدفاع، وزيرة الدفاع، وزيرا الدفاع، وزيري الدفاع،
// وزراء الدفاع, and the construct forms وزير دفاع…
func forms(portfolio ...string) []string {
	var out []string
	for _, p := range portfolio {
		for _, h := range []string{"وزير", "وزيرة", "وزيرا", "وزيري", "وزراء", "الوزير", "الوزيرة"} {
			out = append(out, h+" "+p)
			if len(p) > 4 && p[:4] == "ال" {
				out = append(out, h+" "+p[4:])
			}
		}
	}
	return out
}

var builtin = []Rule{
	{
		Name: "position-title", Type: PositionHeld, Subject: person, Object: stateArgs,
		Roles: map[string][]string{
			"president": {"الرئيس", "الرئيسة", "رئيس", "رئيسة", "رئيس جمهورية", "رئيسة جمهورية",
				"الرئيسان", "الرئيسين", "رئيسا", "رئيسي", "رؤساء"},
			"vice_president": {"نائب الرئيس", "نائبة الرئيس", "نائب رئيس", "نائبة رئيس"},
			"prime_minister": {"رئيس الوزراء", "رئيسة الوزراء", "رئيس وزراء", "رئيسة وزراء",
				"رئيس الحكومة", "رئيسة الحكومة", "رئيس حكومة", "رئيسة حكومة", "رئيس مجلس الوزراء",
				"رئيسا الوزراء", "رئيسا وزراء", "رئيسي الوزراء", "رؤساء الوزراء", "رؤساء وزراء",
				"رئيسا حكومتي", "رئيسي حكومتي", "رؤساء حكومات"},
			"deputy_prime_minister": {"نائب رئيس الوزراء", "نائبة رئيس الوزراء", "نائب رئيس وزراء",
				"نائب رئيس الحكومة", "نائب رئيس حكومة"},
			"king":           {"الملك", "ملك", "العاهل"},
			"queen":          {"الملكة", "ملكة"},
			"crown_prince":   {"ولي العهد", "ولي عهد"},
			"emir":           {"أمير", "أمير دولة"},
			"sultan":         {"السلطان", "سلطان"},
			"chancellor":     {"المستشار", "المستشارة"},
			"supreme_leader": {"المرشد الأعلى", "المرشد", "مرشد"},
			"foreign_minister": append(forms("الخارجية", "الشؤون الخارجية"),
				"رئيس الدبلوماسية", "رئيسة الدبلوماسية"),
			"defense_minister":  forms("الدفاع"),
			"interior_minister": forms("الداخلية"),
			"finance_minister":  forms("المالية"),
			"army_chief":        {"رئيس أركان الجيش", "رئيس الأركان", "رئيس أركان", "رئيس هيئة الأركان"},
			"leader":            {"الزعيم", "زعيم", "الزعيمة", "زعيمة"},
		},
		Patterns: titlePatterns, Respectively: true, AllowNegated: true, AllowHedged: true,
	},
	{
		Name: "position-organization", Type: PositionHeld, Subject: person, Object: org,
		Roles: map[string][]string{
			"spokesperson": {"المتحدث باسم", "المتحدثة باسم", "المتحدث الرسمي باسم",
				"المتحدثة الرسمية باسم", "الناطق باسم", "الناطقة باسم", "الناطق الرسمي باسم",
				"الناطقة الرسمية باسم", "متحدث باسم", "متحدثة باسم", "المتحدث الرسمي ل", "المتحدث"},
			"secretary_general":         {"الأمين العام", "الأمينة العامة", "أمين عام", "أمينة عامة"},
			"director_general":          {"المدير العام", "المديرة العامة", "مدير عام", "مديرة عامة", "مدير", "مديرة"},
			"president_of_organization": {"رئيس", "رئيسة"},
			"army_chief":                {"رئيس أركان", "رئيس هيئة أركان"},
			"commander":                 {"قائد", "قائدة", "القائد العام", "القائد العام ل"},
			"party_leader":              {"زعيم", "زعيمة", "الأمين العام ل"},
		},
		Patterns:     []string{"T ل? O ،? S ،?", "S ، T ل? O ،?", "T ل? O"},
		Respectively: true, AllowNegated: true, AllowHedged: true,
	},
	{
		Name: "position-ambassador", Type: PositionHeld, Subject: person, Object: stateArgs,
		Role:         "ambassador",
		Triggers:     []string{"السفير", "السفيرة", "سفير", "سفيرة", "المندوب", "المندوبة", "مندوب", "مندوبة"},
		Patterns:     []string{"T O لدى|في X ،? S ،?", "T O ،? S ،?", "S ، T O لدى|في X ،?", "S ، T O ،?", "T O"},
		AllowNegated: true, AllowHedged: true,
	},
	{
		Name: "position-local", Type: PositionHeld, Subject: person, Object: []entity.Type{entity.Location},
		Roles: map[string][]string{
			"governor": {"محافظ", "محافظة", "حاكم", "حاكمة", "والي"},
			"mayor":    {"عمدة", "رئيس بلدية", "رئيسة بلدية"},
		},
		Patterns: titlePatterns, AllowNegated: true, AllowHedged: true,
	},
	{
		Name: "position-minister", Type: PositionHeld, Subject: person, Object: stateArgs,
		Role:         "minister",
		Triggers:     []string{"وزير", "وزيرة", "وزيرا", "وزيري", "وزراء", "الوزير", "الوزيرة"},
		Patterns:     []string{"T ...2 O ،? S ،?", "S ، T ...2 O ،?", "T ...2 O"},
		Respectively: true, AllowNegated: true, AllowHedged: true,
	},
	{
		Name: "position-counterpart", Type: PositionHeld, Subject: person, Object: stateArgs,
		Role:         SameRole,
		Triggers:     []string{"نظيره", "نظيرته", "نظيرها", "نظيريه", "نظيريها", "نظرائه", "نظرائها", "نظيرهم", "نظيرهما", "نظيري"},
		Patterns:     []string{"T O ،? S ،?", "T ،? S ،?", "T O"},
		Respectively: true, AllowNegated: true, AllowHedged: true,
	},
	{
		Name: "talks", Type: TalksWith, Subject: parties, Object: parties,
		SubjectKinds: partyKinds, ObjectKinds: partyKinds,
		Triggers: []string{
			"محادثات", "المحادثات", "محادثة", "المحادثة", "مباحثات", "المباحثات", "مباحثة",
			"محادثاته", "محادثاتها", "مباحثاته", "مباحثاتها",
			"بحث", "بحثت", "يبحث", "تبحث", "سيبحث", "ستبحث", "بحثا", "بحثوا", "يبحثان", "تبحثان",
			"ناقش", "ناقشت", "يناقش", "تناقش", "سيناقش", "ناقشا", "يناقشان",
			"تباحث", "تباحثت", "يتباحث", "تباحثا",
			"اتصال هاتفي", "اتصالا هاتفيا", "اتصالات هاتفية", "اتصالا", "اتصال", "مكالمة هاتفية",
			"مكالمة",
		},
		Patterns: []string{
			"S ...3 T ...3 مع|من O", "T ...2 S ...3 مع O", "T ...2 بين S", "S ...3 T", "T ...2 S",
		},
		Symmetric: true,
	},
	{
		// ب is "with" after these, but "in" before a place (بموسكو):
		// no places here.
		Name: "talks-call", Type: TalksWith, Subject: parties, Object: callees,
		SubjectKinds: partyKinds, ObjectKinds: partyKinds,
		Triggers: []string{
			"اتصال هاتفي", "اتصالا هاتفيا", "اتصالا", "اتصال", "اتصل", "اتصلت", "يتصل", "تتصل",
			"هاتف", "هاتفت", "مكالمة هاتفية", "مكالمة",
		},
		Patterns:  []string{"S ...3 T ...2 ب O", "T ...2 S ...2 ب O", "T ...2 S ...3 مع O"},
		Symmetric: true,
	},
	{
		Name: "meets", Type: Meets, Subject: callees, Object: callees,
		Triggers: []string{
			"التقى", "التقت", "يلتقي", "تلتقي", "سيلتقي", "ستلتقي", "التقيا", "التقوا", "يلتقيان",
			"تلتقيان", "استقبل", "استقبلت", "يستقبل", "تستقبل", "سيستقبل", "ستستقبل", "استقبال",
			"اجتمع", "اجتمعت", "يجتمع", "تجتمع", "سيجتمع", "ستجتمع", "اجتمعا", "اجتمعوا", "يجتمعان",
			"لقاء", "اللقاء", "لقائه", "لقائها", "لقائهما", "لقاءه", "لقاءها",
			"اجتماع", "الاجتماع", "اجتماعه", "اجتماعها", "قمة", "القمة",
		},
		Patterns: []string{
			"T ...2 S ...3 مع|ب O", "S ...3 T ...2 مع|ب O", "T ...2 بين S", "T ...2 S ...3 O",
			"S ...3 T ...2 O", "T ...2 S", "S ...3 T",
		},
		Symmetric: true,
	},
	{
		Name: "visits-verb", Type: Visits, Subject: actors, Object: places,
		Triggers: []string{"زار", "زارت", "يزور", "تزور", "سيزور", "ستزور", "زارا", "زاروا", "يزوران"},
		Patterns: []string{"T ...2 S ...3 O", "S ...3 T ...2 O"},
	},
	{
		Name: "visits-arrival", Type: Visits, Subject: actors, Object: places,
		Triggers: []string{
			"وصل", "وصلت", "يصل", "تصل", "سيصل", "ستصل", "وصلا", "وصول", "توجه", "توجهت",
			"يتوجه", "تتوجه", "سيتوجه", "ستتوجه", "سافر", "سافرت",
		},
		Patterns: []string{"T ...2 S ...3 إلى|الى O", "S ...3 T ...2 إلى|الى O", "T إلى|الى O ...3 S"},
	},
	{
		Name: "visits-noun", Type: Visits, Subject: actors, Object: places,
		Triggers: []string{"زيارة", "الزيارة", "زيارته", "زيارتها", "زيارتهما", "جولة", "جولته"},
		Patterns: []string{"T ...1 S ...3 إلى|الى|ل O", "S ...4 T ...3 إلى|الى|ل O"},
	},
	{
		Name: "cooperation-between", Type: CooperatesWith, Subject: collectiv, Object: collectiv,
		SubjectKinds: capitalOnly, ObjectKinds: capitalOnly,
		Triggers: []string{
			"التعاون", "تعاون", "التنسيق", "تنسيق", "الشراكة", "شراكة", "التحالف", "تحالف",
		},
		Patterns: []string{"T ...2 بين S"}, Symmetric: true, AllowHedged: true,
	},
	{
		Name: "cooperation-with", Type: CooperatesWith, Subject: collectiv, Object: collectiv,
		SubjectKinds: capitalOnly, ObjectKinds: capitalOnly,
		Triggers: []string{
			"تعاونها", "تعاونه", "تعاونهما", "تعاونهم", "يتعاون", "تتعاون", "تعاونت", "تعاون",
			"يتعاونان", "تتعاونان", "التعاون", "تنسيقها", "تنسيقه", "تنسق", "ينسق", "شراكتها",
		},
		Patterns:  []string{"S ...4 T ...2 مع O", "T ...2 S ...2 مع O", "S ...3 T"},
		Symmetric: true, AllowHedged: true,
	},
	{
		Name: "cooperation-adjectives", Type: CooperatesWith,
		Subject: []entity.Type{entity.Nationality}, Object: []entity.Type{entity.Nationality},
		Triggers: []string{"التعاون", "تعاون", "الشراكة", "شراكة", "التنسيق", "تنسيق", "التحالف", "تحالف"},
		Patterns: []string{"T ...2 S -? O"}, Symmetric: true, AllowHedged: true,
	},
	{
		Name: "part-of-nested", Type: PartOf, Subject: org,
		Object:       []entity.Type{entity.Country, entity.Nationality, entity.Organization},
		SubjectKinds: stateOrganKinds, Patterns: []string{PatternNested},
	},
	{
		Name: "part-of-country", Type: PartOf, Subject: org, Object: []entity.Type{entity.Country},
		SubjectKinds: stateOrganKinds, Patterns: []string{PatternSameCountry},
	},
	{
		Name: "part-of-parent", Type: PartOf, Subject: org, Object: org,
		Patterns: []string{PatternParent},
	},
}
