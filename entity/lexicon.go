package entity

import "github.com/kayan-nlp/kayan/internal/arabic"

// Word lists the tagger needs besides the gazetteer. Every word is written as
// a newspaper writes it and normalized when the tagger is compiled.

// titleRoles maps person titles (one or more words) to the role they name;
// a title introduces a name (الرئيس فلان). An empty role is a courtesy or
// profession title (الدكتور، الشيخ).
var titleRoles = map[string]string{
	"الرئيس": "president", "الرئيسة": "president", "رئيس": "president", "رئيسة": "president",
	"رئيس الجمهورية": "president", "رئيس الدولة": "head_of_state",
	"رئيس الوزراء": "prime_minister", "رئيسة الوزراء": "prime_minister",
	"رئيس الحكومة": "prime_minister", "رئيسة الحكومة": "prime_minister",
	"رئيس مجلس الوزراء": "prime_minister",
	"نائب الرئيس":       "vice_president", "نائبة الرئيس": "vice_president",
	"نائب رئيس الوزراء": "deputy_prime_minister",
	"الملك":             "king", "العاهل": "king", "الملكة": "queen", "ولي العهد": "crown_prince",
	"الأمير": "", "أمير": "emir", "السلطان": "sultan", "سلطان": "sultan", "ملك": "king", "عاهل": "king", "المستشار": "chancellor",
	"المستشارة": "chancellor", "المرشد الأعلى": "supreme_leader", "المرشد": "supreme_leader",
	"الوزير": "minister", "الوزيرة": "minister", "وزير": "minister", "وزيرة": "minister",
	"وزيرا": "minister", "وزيري": "minister", "وزراء": "minister",
	"المتحدث باسم": "spokesperson", "المتحدثة باسم": "spokesperson",
	"المتحدث الرسمي باسم": "spokesperson", "المتحدثة الرسمية باسم": "spokesperson",
	"الناطق باسم": "spokesperson", "الناطقة باسم": "spokesperson",
	"الناطق الرسمي باسم": "spokesperson", "المتحدث": "spokesperson", "الناطق": "spokesperson",
	"الأمين العام": "secretary_general", "الأمينة العامة": "secretary_general",
	"المدير العام": "director_general", "المديرة العامة": "director_general",
	"مدير": "director_general", "مديرة": "director_general", "المدير": "director_general",
	"رئيس أركان": "army_chief", "رئيس هيئة الأركان": "army_chief", "رئيس الأركان": "army_chief",
	"قائد": "commander", "القائد": "commander", "زعيم": "leader", "الزعيم": "leader",
	"السفير": "ambassador", "السفيرة": "ambassador", "المبعوث": "", "المبعوثة": "",
	"المبعوث الخاص": "", "المندوب": "", "المندوبة": "",
	"العميد": "", "اللواء": "", "العقيد": "", "الفريق": "", "الفريق أول": "", "الجنرال": "",
	"المشير": "", "النقيب": "", "الرائد": "", "المقدم": "",
	"الدكتور": "", "الدكتورة": "", "د.": "", "السيد": "", "السيدة": "", "النائب": "",
	"النائبة": "", "الشيخ": "", "الإمام": "", "المحلل السياسي": "", "المحلل": "",
	"الخبير": "", "الخبيرة": "", "الكاتب": "", "الكاتبة": "", "الصحفي": "", "الصحفية": "",
	"الناشط": "", "الناشطة": "", "الرئيس التنفيذي": "ceo", "الرئيسة التنفيذية": "ceo",
	"البروفيسور": "", "الأستاذ": "", "المهندس": "", "الحاخام": "", "البابا": "",
	"الأب": "", "القس": "", "المطران": "", "الخليفة": "", "النبي": "", "الرسول": "", "القديس": "",
	"الشاه": "king", "الإمبراطور": "king", "القيصر": "king", "نظيره": "", "نظيرته": "", "نظيرها": "",
	"الممثل": "", "الممثلة": "", "المغني": "", "المغنية": "", "اللاعب": "", "اللاعبة": "",
	"المدرب": "", "الفنان": "", "الفنانة": "", "الروائي": "", "الشاعر": "", "الحاكم": "governor",
	"محافظ": "governor", "المحافظ": "governor", "عمدة": "mayor", "رئيس بلدية": "mayor",
	"رئيس مجلس النواب": "", "رئيس مجلس الإدارة": "chairman", "رئيس مجلس إدارة": "chairman", "رجل الأعمال": "", "سيدة الأعمال": "", "رجل الدين": "", "رئيس البرلمان": "", "رئيس مجلس الشعب": "",
}

// ministerPortfolios maps the word after وزير / وزارة to the minister's role.
var ministerPortfolios = map[string]string{
	"الخارجية": "foreign_minister", "خارجية": "foreign_minister",
	"الدفاع": "defense_minister", "دفاع": "defense_minister",
	"الداخلية": "interior_minister", "داخلية": "interior_minister",
	"المالية": "finance_minister", "مالية": "finance_minister",
}

// compositeHeads are institution heads that, followed by a nationality
// adjective (agreeing in gender) or, in construct form, by a country name,
// compose an organization: وزارة الدفاع الروسية، الجيش الأردني، سفارة
// الولايات المتحدة. Key: head as written; value: slug for the composed id,
// English name, and whether the adjective is feminine.
var compositeHeads = map[string]struct {
	slug, en string
	fem      bool
}{
	"وزارة الدفاع":          {"defense-ministry", "Ministry of Defense", true},
	"وزارة الخارجية":        {"foreign-ministry", "Ministry of Foreign Affairs", true},
	"وزارة الداخلية":        {"interior-ministry", "Ministry of Interior", true},
	"وزارة المالية":         {"finance-ministry", "Ministry of Finance", true},
	"وزارة العدل":           {"justice-ministry", "Ministry of Justice", true},
	"وزارة الصحة":           {"health-ministry", "Ministry of Health", true},
	"وزارة التجارة":         {"trade-ministry", "Ministry of Trade", true},
	"وزارة الاقتصاد":        {"economy-ministry", "Ministry of Economy", true},
	"وزارة الطاقة":          {"energy-ministry", "Ministry of Energy", true},
	"وزارة النفط":           {"oil-ministry", "Ministry of Oil", true},
	"وزارة التعليم":         {"education-ministry", "Ministry of Education", true},
	"وزارة التربية":         {"education-ministry", "Ministry of Education", true},
	"وزارة الإعلام":         {"information-ministry", "Ministry of Information", true},
	"وزارة الزراعة":         {"agriculture-ministry", "Ministry of Agriculture", true},
	"وزارة النقل":           {"transport-ministry", "Ministry of Transport", true},
	"وزارة الثقافة":         {"culture-ministry", "Ministry of Culture", true},
	"وزارة السياحة":         {"tourism-ministry", "Ministry of Tourism", true},
	"وزارة الأوقاف":         {"endowments-ministry", "Ministry of Endowments", true},
	"وزارة الاتصالات":       {"communications-ministry", "Ministry of Communications", true},
	"وزارة الكهرباء":        {"electricity-ministry", "Ministry of Electricity", true},
	"الخارجية":              {"foreign-ministry", "Ministry of Foreign Affairs", true},
	"الدفاع":                {"defense-ministry", "Ministry of Defense", true},
	"الداخلية":              {"interior-ministry", "Ministry of Interior", true},
	"الجيش":                 {"army", "Army", false},
	"البحرية":               {"navy", "Navy", true},
	"القوات البحرية":        {"navy", "Navy", true},
	"القوات الجوية":         {"air-force", "Air Force", true},
	"سلاح الجو":             {"air-force", "Air Force", false},
	"القوات البرية":         {"ground-forces", "Ground Forces", true},
	"القوات المسلحة":        {"armed-forces", "Armed Forces", true},
	"قوات الدفاع الجوي":     {"air-defense-forces", "Air Defense Forces", false},
	"الدفاعات الجوية":       {"air-defense-forces", "Air Defense Forces", true},
	"السفارة":               {"embassy", "Embassy", true},
	"القنصلية":              {"consulate", "Consulate", true},
	"الحكومة":               {"government", "Government", true},
	"الرئاسة":               {"presidency", "Presidency", true},
	"البرلمان":              {"parliament", "Parliament", false},
	"الشرطة":                {"police", "Police", true},
	"المخابرات":             {"intelligence", "Intelligence Service", true},
	"الاستخبارات":           {"intelligence", "Intelligence Service", true},
	"الحرس الوطني":          {"national-guard", "National Guard", false},
	"وكالة الأنباء":         {"news-agency", "News Agency", false},
	"هيئة الأركان":          {"general-staff", "General Staff", false},
	"هيئة الأركان العامة":   {"general-staff", "General Staff", false},
	"البنك المركزي":         {"central-bank", "Central Bank", false},
	"المصرف المركزي":        {"central-bank", "Central Bank", false},
	"القيادة المركزية":      {"central-command", "Central Command", true},
	"المنتخب":               {"national-team", "National Team", false},
	"المنتخب الوطني":        {"national-team", "National Team", false},
	"وزارة الشؤون الخارجية": {"foreign-ministry", "Ministry of Foreign Affairs", true},
}

// constructHeads are the construct (إضافة) forms, followed by a country name:
// وزارة خارجية مصر، جيش مصر، سفارة الولايات المتحدة.
var constructHeads = map[string]string{
	"وزارة خارجية": "foreign-ministry", "وزارة دفاع": "defense-ministry",
	"وزارة داخلية": "interior-ministry", "وزارة مالية": "finance-ministry",
	"خارجية": "foreign-ministry", "دفاع": "defense-ministry", "داخلية": "interior-ministry",
	"جيش": "army", "سفارة": "embassy", "قنصلية": "consulate", "حكومة": "government",
	"رئاسة": "presidency", "برلمان": "parliament", "شرطة": "police",
	"مخابرات": "intelligence", "بحرية": "navy", "القوات المسلحة في": "armed-forces",
	"قوات": "armed-forces", "البنك المركزي في": "central-bank", "منتخب": "national-team",
}

// placeKeywords introduce a place name not in the gazetteer (مدينة حلب);
// the keyword is not part of the mention.
var placeKeywords = []string{
	"مدينة", "بلدة", "محافظة", "قرية", "مخيم", "ولاية", "إقليم", "مقاطعة",
	"جزيرة", "جزر", "حي", "ميناء", "مطار", "بحيرة", "نهر", "جبل", "العاصمة", "قاعدة",
}

// orgKeywords introduce an organization not in the gazetteer (حزب الأمة);
// the keyword is part of the mention.
var orgKeywords = []string{
	"حركة", "حزب", "شركة", "وكالة", "جامعة", "منظمة", "جماعة", "جمعية", "مؤسسة",
	"مجموعة", "هيئة", "اتحاد", "جبهة", "تحالف", "كتائب", "ميليشيا", "مليشيا", "صحيفة", "قناة",
	"مصرف", "بنك",
}

// nameParticles join the parts of an Arabic name (محمد بن سلمان، عبد الله،
// أبو مازن، آل ثاني) and do not count toward a name's length.
var nameParticles = []string{"بن", "ابن", "بنت", "أبو", "أبي", "أبا", "عبد", "آل", "ولد", "أم", "دي", "دا", "فون", "فان"}

// stopWords end a name read from context: function words, pronouns,
// frequent verbs, time words, and other words that are never part of a name.
var stopWords = []string{
	// prepositions, conjunctions, particles
	"من", "في", "على", "إلى", "الى", "عن", "مع", "منذ", "خلال", "بعد", "قبل", "عند", "لدى",
	"حول", "بين", "ضد", "نحو", "حتى", "دون", "عبر", "تجاه", "أمام", "وراء", "فوق", "تحت",
	"أن", "إن", "أنه", "إنه", "أنها", "إنها", "لكن", "لكنه", "بل", "أو", "أم", "ثم", "إذ", "إذا",
	"لا", "لم", "لن", "ما", "قد", "لقد", "كما", "كذلك", "أيضا", "أيضًا", "فقط", "حيث", "بينما",
	"وفق", "وفقا", "وفقًا", "بحسب", "حسب", "عقب", "إثر", "بشأن", "إزاء", "لدي", "كل", "بعض",
	"هذا", "هذه", "ذلك", "تلك", "هؤلاء", "الذي", "التي", "الذين", "اللذان", "اللتان",
	"هو", "هي", "هم", "هما", "نحن", "أنا", "أنت", "له", "لها", "لهم", "به", "بها", "فيه", "فيها",
	"عليه", "عليها", "منه", "منها", "إليه", "إليها", "عنه", "عنها", "معه", "معها",
	"الذى", "والذي", "والتي", "لي", "ولي", "يا", "غير", "سوى", "جدا", "جدًا", "اليوم", "أمس",
	"غدا", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاثنين", "يوم",
	"صباح", "مساء", "الأسبوع", "الشهر", "العام", "عام", "سنة", "الماضي", "المقبل", "الحالي",
	"الجاري", "أول", "آخر", "الأول", "الثاني", "الأخير", "الأخيرة", "الجديد", "الجديدة",
	// frequent verbs of news text
	"قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "تؤكد", "أعلن", "أعلنت", "يعلن",
	"أشار", "أشارت", "يشير", "أضاف", "أضافت", "يضيف", "أوضح", "أوضحت", "ذكر", "ذكرت",
	"زار", "زارت", "يزور", "تزور", "سيزور", "التقى", "التقت", "يلتقي", "استقبل", "استقبلت",
	"اجتمع", "اجتمعت", "بحث", "بحثت", "ناقش", "ناقشت", "وصل", "وصلت", "يصل", "توجه", "توجهت",
	"عقد", "عقدت", "أجرى", "أجرت", "دعا", "دعت", "يدعو", "طالب", "طالبت", "أدان", "أدانت",
	"رحب", "رحبت", "وقع", "وقعت", "شارك", "شاركت", "هنأ", "هنأت", "أبلغ", "أبلغت", "اتصل",
	"كان", "كانت", "يكون", "تكون", "ليس", "ليست", "أصبح", "أصبحت", "صار", "بات", "ظل",
	"يرى", "ترى", "رأى", "يعتبر", "اعتبر", "اعتبرت", "أفاد", "أفادت", "نقل", "نقلت", "صرح",
	"صرحت", "كشف", "كشفت", "شدد", "شددت", "يشدد", "أبدى", "أعرب", "أعربت", "تابع", "تابعت",
	"يتمتع", "تتمتع", "يعكس", "تعكس", "يمثل", "تمثل", "يشكل", "تشكل", "لفت", "لفتت", "نفى",
	"نفت", "رفض", "رفضت", "وافق", "وافقت", "أمر", "أمرت", "قرر", "قررت", "حذر", "حذرت",
	"سيلتقي", "ستلتقي", "سيبحث", "سيزور", "يبحث", "تبحث", "يجري", "تجري", "جرت", "جرى",
	// words that follow titles but are not names
	"السابق", "السابقة", "الحالي", "المنتهية", "الجديد", "بالوكالة", "المكلف", "المؤقت",
	"القائم", "القائمة", "قائم", "الأسبق", "العام", "العامة", "الخاص", "الخاصة", "الرسمي", "الرسمية", "الأعلى",
	"المساعد", "المساعدة", "إن", "جانبه", "جانبها", "بلاده", "بلادها", "جديد", "جديدة",
	"بحلول", "خلفا", "وعين", "عين", "بنا", "لنا", "منا", "عنا", "سمو", "فخامة", "جلالة", "معالي",
}

// placeWords, before a one-word place name that is also an ordinary word,
// make it a place (ريف حماة، جنوبي الخليل، مدينة صور). Normalized.
var placeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"ريف", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
		"وسط", "قرب", "ضواحي", "أطراف", "مدينة", "بلدة", "قرية", "محافظة", "ولاية", "إقليم", "العاصمة", "قاعدة",
		"بمدينة", "ببلدة", "بقرية", "بمحافظة", "وريف", "بريف", "مدينتي", "بلدتي", "مخيم", "منطقة", "بمنطقة",
		"دول", "ودول", "أسواق", "مياه", "سواحل", "بلدان", "عواصم", "أنحاء"} {
		m[arabic.NormalizeString(w)] = true
	}
	return m
}()

// sportsWords make a sentence a sports report, where a city's name is its
// club (فاز برشلونة). Normalized.
var sportsWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"مباراة", "المباراة", "مباريات", "الدوري", "دوري", "هدف", "هدفين", "أهداف", "الأهداف",
		"فريق", "الفريق", "فاز", "فوز", "الفوز", "تعادل", "التعادل", "المدرب", "مدرب", "اللاعب", "لاعب", "لاعبي",
		"كأس", "بطولة", "البطولة", "ملعب", "الملعب", "نادي", "النادي", "الموسم", "المرمى", "الشوط", "ضربة", "المنتخب",
		"تأهل", "هزيمة", "خسر", "سجل", "الدقيقة", "ركلة", "مهاجم", "المهاجم", "حارس", "الحارس", "نجم", "النجم"} {
		m[arabic.NormalizeString(w)] = true
	}
	return m
}()

// orgWords, before an organization's short name that is also an ordinary
// word, make it the organization (قناة الجزيرة، نادي الأهلي). Normalized.
var orgWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"قناة", "لقناة", "شبكة", "موقع", "صحيفة", "لصحيفة", "جريدة", "مجلة", "وكالة", "لوكالة",
		"مراسل", "نادي", "فريق", "لنادي", "ناديا", "حركة", "حزب", "جماعة", "تنظيم", "مصرف", "بنك", "شركة", "لشركة"} {
		m[arabic.NormalizeString(w)] = true
	}
	return m
}()

// speechVerbs before ل + a medium's name (قال للجزيرة). Normalized.
var speechVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"قال", "وقال", "قالت", "وقالت", "أضاف", "وأضاف", "أكد", "وأكد", "صرح", "وصرح",
		"أوضح", "وأوضح", "كشف", "وكشف", "أفاد", "وأفاد", "ذكر", "وذكر", "أعلن", "وأعلن", "تحدث", "وتحدث"} {
		m[arabic.NormalizeString(w)] = true
	}
	return m
}()

// frequentGiven are given names too frequent to refer back to one person
// alone. Normalized.
var frequentGiven = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"محمد", "أحمد", "علي", "حسن", "حسين", "عبد", "عبدالله", "خالد", "عمر", "محمود",
		"إبراهيم", "يوسف", "سعيد", "مصطفى", "عبد الله", "سلمان", "حمد", "سعد", "فهد", "فيصل", "ناصر", "جورج", "جون"} {
		m[arabic.NormalizeString(w)] = true
	}
	return m
}()

// kunya particles begin a name by itself (أبو مازن، أم كلثوم). Normalized.
var kunya = map[string]bool{"ابو": true, "ابي": true, "ام": true}

// orgOfPlace are organization keywords that, before a place name, name an
// organization (جامعة القاهرة، بلدية بيروت). Normalized.
var orgOfPlace = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"جامعة", "بلدية", "محافظة", "مطار", "ميناء", "بورصة", "نادي", "جامعه"} {
		m[arabic.NormalizeString(w)] = true
	}
	return m
}()

// titleHeads, right before an institution head, make it part of a person's
// title (وزيرة الدفاع الألمانية، رئيس الحكومة الإسرائيلية). Normalized.
var titleHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"وزير", "وزيرة", "وزيرا", "وزيري", "وزراء", "رئيس", "رئيسة", "نائب", "نائبة",
		"ووزير", "ووزيرة", "ورئيس", "ورئيسة", "لوزير", "لرئيس", "بوزير", "برئيس"} {
		m[arabic.NormalizeString(w)] = true
	}
	return m
}()

// descriptors are generic words before a name (دولة قطر، مدينة غزة، حركة
// حماس، صحيفة الأهرام): when the rest is another name of the same entry,
// the descriptor stays outside the mention.
var descriptors = map[string]bool{
	"دولة": true, "مدينة": true, "منطقة": true, "إمارة": true, "إقليم": true, "ولاية": true, "محافظة": true,
	"حركة": true, "نادي": true, "صحيفة": true, "جريدة": true, "مجلة": true, "قناة": true, "شركة": true,
	"وكالة": true, "تنظيم": true, "جماعة": true, "مجموعة": true, "موقع": true, "تلفزيون": true, "إذاعة": true,
	"هيئة": true, "مؤسسة": true, "جمعية": true,
}

// epithets follow a name (مكة المكرمة، المدينة المنورة، القدس الشريف): when
// the rest is another name of the same entry, the epithet stays outside.
var epithets = map[string]bool{
	"المكرمة": true, "المنورة": true, "الشريف": true, "المقدسة": true, "المحتلة": true, "الأشرف": true,
}

// stateOrgans are the organization kinds that are organs of a state.
var stateOrgans = map[string]bool{
	"armed_force": true, "ministry": true, "security": true, "intelligence": true, "government": true,
	"parliament": true, "court": true, "central_bank": true, "agency": true,
}

// placeStarters begin two-word place names (كفر نبودة، دير الزور، عين العرب).
var placeStarters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"كفر", "دير", "عين", "بيت", "تل", "أم", "أبو", "بني", "خان", "جسر", "سيدي",
		"رأس", "بئر", "وادي", "جبل", "برج", "قصر", "حي", "باب", "سوق", "مرج", "كفر", "تلة"} {
		m[arabic.NormalizeString(w)] = true
	}
	return m
}()

// notPlaceBefore, before a country or place name, make it an ordinary word
// (صلاة المغرب, the sunset prayer).
var notPlaceBefore = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"صلاة", "أذان", "آذان", "موعد", "وقت", "صلاتي", "بصلاة"} {
		m[arabic.NormalizeString(w)] = true
	}
	return m
}()

// placePrepositions, before a one-word country name that is also an
// ordinary word, make it the country (انسحب من مالي).
var placePrepositions = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"في", "من", "إلى", "الى", "نحو", "داخل", "عبر", "قرب", "وفي", "ومن", "وإلى", "مع"} {
		m[arabic.NormalizeString(w)] = true
	}
	return m
}()
