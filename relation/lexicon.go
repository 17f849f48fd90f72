package relation

import "github.com/kayan-nlp/kayan/internal/arabic"

// Word lists of the matcher, written as a newspaper writes them and
// normalized at init. A word also matches with the conjunction و or ف.

// prepWords are prepositions: a mention right after one is a complement
// (في موسكو، مع الصين), not a subject or object, unless a pattern names the
// preposition. The proclitic prepositions ب ل ك count too.
var prepWords = []string{
	"في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "لدى", "عند", "حول", "ضد", "نحو",
	"عبر", "خلال", "منذ", "تجاه", "إزاء", "بشأن", "لصالح", "باسم", "حيال", "أمام", "وراء",
	"داخل", "خارج", "قرب", "بعد", "قبل", "دون", "بدون", "سوى", "غير", "مثل",
}

// stopWords end a gap: a gap never crosses them (nor punctuation other than
// quotes), because they start another clause.
var stopWords = []string{
	"أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "أنهما", "بأن", "لأن", "كأن",
	"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "حيث", "بينما",
	"لكن", "لكنه", "لكنها", "كما", "فيما", "إذ", "إذا", "عندما", "حين", "حينما", "بعدما",
	"قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "أوضح", "أوضحت", "أعلن", "أعلنت",
	"مشيرا", "مؤكدا", "مضيفا", "موضحا", "معربا", "لافتا",
}

// negParticles negate a trigger one or two words after them (لم يلتق،
// لا تعاون، عدم لقاء).
var negParticles = []string{"لم", "لن", "لا", "ليس", "ليست", "لما", "عدم", "دون", "بدون", "بلا"}

// lightVerbs may stand between a negation particle and the trigger it
// negates (لم يعقد لقاء، لن يكون هناك لقاء، لم يجر أي اتصال).
var lightVerbs = []string{
	"يعقد", "تعقد", "عقد", "يجر", "تجر", "يجري", "تجري", "يتم", "تتم", "يحدث", "تحدث", "يحصل",
	"تحصل", "يكون", "تكون", "يكن", "تكن", "هناك", "أي", "إجراء", "يقم", "تقم", "يقوم", "تقوم",
}

// negNear negates only the next word (ما التقى).
var negNear = []string{"ما"}

// denials negate a trigger up to eight words after them (نفى الكرملين
// عقد أي لقاء).
var denials = []string{
	"نفى", "نفت", "ينفي", "تنفي", "نفيا", "نفي", "نفوا", "أنكر", "أنكرت", "ينكر", "تنكر",
	"استبعد", "استبعدت", "يستبعد", "تستبعد", "كذب", "كذبت", "رفض", "رفضت",
}

// hedgesBefore mark the trigger after them (up to five words) as planned,
// expected, proposed or possible, not stated as happened.
var hedgesBefore = []string{
	"المقرر", "مقرر", "المزمع", "مزمع", "المتوقع", "يتوقع", "تتوقع", "يرتقب", "يعتزم",
	"تعتزم", "يعتزمان", "تعتزمان", "ينوي", "تنوي", "يأمل", "تأمل", "يأملان", "اقترح",
	"اقترحت", "يقترح", "تقترح", "اقتراح", "دعا", "دعت", "يدعو", "تدعو", "دعوة", "ربما",
	"لو", "يسعى", "تسعى", "يحتمل", "احتمال", "إمكانية", "إمكان", "يمكن", "يرغب", "ترغب",
	"يريد", "تريد", "طلب", "طلبت", "يطلب", "تطلب", "مستعد", "مستعدة", "مستعدون", "محاولة",
	"التحضير", "التحضيرات", "تحضيرا", "الترتيبات", "ترتيبات", "الإعداد", "للإعداد", "يجب",
	"ينبغي", "شرط", "بشرط", "المحتمل", "محتمل",
}

// hedgesAfter mark the trigger before them (up to two words) as planned:
// اللقاء المرتقب.
var hedgesAfter = []string{
	"المرتقب", "المرتقبة", "مرتقب", "مرتقبة", "المقرر", "المقررة", "مقرر", "مقررة",
	"المزمع", "المزمعة", "مزمع", "مزمعة", "المقترح", "المقترحة", "مقترح", "مقترحة",
	"المحتمل", "المحتملة", "محتمل", "محتملة", "المقبل", "المقبلة", "المنتظر", "المنتظرة",
	"منتظر", "منتظرة", "القادم", "القادمة", "المأمول", "المأمولة", "المرتقبين",
}

// honorifics are courtesy titles and ranks written between a title and a
// name (العاهل الأردني الملك عبد الله الثاني، ولي العهد السعودي الأمير
// محمد بن سلمان): an argument may be preceded by up to two of them.
var honorifics = []string{
	"الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السيد", "السيدة", "الدكتور",
	"الدكتورة", "المشير", "الفريق", "أول", "اللواء", "العميد", "العقيد", "الجنرال",
	"الأدميرال", "السلطان", "الإمام", "الحاخام", "البابا", "الكاردينال", "المهندس", "الأستاذ",
}

// quotes are punctuation a gap may cross.
var quotes = []string{"«", "»", "\"", "'", "“", "”", "‘", "’", "(", ")"}

// commas separate coordinated names and appositions.
var commas = []string{"،", ","}

// wordSet is a set of normalized words.
type wordSet map[string]bool

func makeSet(words []string) wordSet {
	s := make(wordSet, len(words))
	for _, w := range words {
		s[arabic.NormalizeString(w)] = true
	}
	return s
}

var (
	prepSet        = makeSet(prepWords)
	stopSet        = makeSet(stopWords)
	negSet         = makeSet(negParticles)
	negNearSet     = makeSet(negNear)
	lightSet       = makeSet(lightVerbs)
	bothSet        = makeSet([]string{"كلا", "كل", "كلتا", "كلتي", "كلي"})
	denialSet      = makeSet(denials)
	hedgeBeforeSet = makeSet(hedgesBefore)
	hedgeAfterSet  = makeSet(hedgesAfter)
	quoteSet       = makeSet(quotes)
	honorificSet   = makeSet(honorifics)
	commaSet       = makeSet(commas)
)

// in reports whether the normalized word w, or w without a leading
// conjunction و or ف, is in s.
func (s wordSet) in(w []byte) bool {
	if s[string(w)] {
		return true
	}
	if len(w) > 2 && (string(w[:2]) == "و" || string(w[:2]) == "ف") {
		return s[string(w[2:])]
	}
	return false
}
