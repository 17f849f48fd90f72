// Package relation extracts relations between the mentions of a tagged
// document: who holds which position where (POSITION_HELD), who talks with
// (TALKS_WITH) or meets (MEETS) whom, who visits which country or place
// (VISITS), which countries or organizations cooperate (COOPERATES_WITH),
// and which organization belongs to which country or organization (PART_OF).
//
//	doc := entity.Default().Tag(text) // the seed article: عقد وزيرا الدفاع الروسي والصيني، سيرغي شويغو ولي شانغ فو، محادثات…
//	for _, r := range relation.Default().Extract(doc) {
//		s, o := doc.Mentions[r.Subject], doc.Mentions[r.Object]
//		fmt.Println(s.Text(doc), r.Type, r.Role, o.Text(doc))
//	}
//	// سيرغي شويغو POSITION_HELD defense_minister الروسي
//	// لي شانغ فو POSITION_HELD defense_minister الصيني
//	// سيرغي شويغو TALKS_WITH  لي شانغ فو
//	// …
//
// # Contract
//
// A Relation's Subject and Object index doc.Mentions, so the arguments'
// entry ids, names and countries come with them; Trigger is the span of the
// words that license the relation and Evidence the span of its sentence.
// Relations never cross a sentence. Within a sentence they are ordered by
// trigger, and a relation (type, subject, object, role) is given once. For a
// symmetric type (TALKS_WITH, MEETS, COOPERATES_WITH) Subject < Object.
//
// When the country of a position or a cooperation is named by a nationality
// adjective (وزير الدفاع الروسي، التعاون الروسي الصيني), the argument is the
// NATIONALITY mention; its ID is the country's (country:RU) and its Country
// field the ISO code. An institution named with a nationality (وزارة الدفاع
// الروسية, a composed ORGANIZATION with a nested NATIONALITY) is PART_OF that
// nested nationality mention.
//
// An Extractor is immutable and safe for concurrent use; Extract and
// AppendRelations never fail and never panic, whatever the document (they
// use its Tokens and Sentences when well formed and recompute them from the
// text otherwise).
//
// # Rules
//
// An extractor is compiled from rules (New); Default compiles the built-in
// ones (Builtin). A rule names a relation type, the mention types of its
// subject and object, trigger words, and patterns. Triggers are normalized
// like the text (package internal/arabic: diacritics removed, أ إ آ → ا,
// ى → ي, ة → ه…) and their first word matches with proclitics (و ف ب ل ك).
//
// A pattern is a list of elements separated by spaces:
//
//	T        the trigger (exactly one)
//	S, O     the subject and the object: a mention of an allowed type, or a
//	         coordination of them (A، B وC), or a title phrase standing for
//	         its person (see below)
//	...      a gap of up to MaxGap tokens (a name counting as one);
//	...N     a gap of up to N tokens
//	X        any one token or name
//	word     a literal word, normalized; a|b for alternatives; word? when
//	         optional. A proclitic letter (و ف ب ل ك) also matches when
//	         attached to the next word (ل in للوكالة); ، matches , too.
//
// Elements before T are matched from the trigger leftwards and those after
// it rightwards, and a gap takes the nearest candidate first, so an
// argument is the nearest mention that fits. A gap never crosses
// punctuation other than quotes, nor words that open another clause (أن،
// إن، الذي، التي، قال…). A mention right after a preposition (في موسكو،
// مع الصين، بالصين) is not an argument unless the pattern names the
// preposition (S ... T مع O); كلا من (both) is no preposition. Patterns are tried in order and the first
// that matches an occurrence of the trigger gives its relations.
//
// A symmetric rule's pattern may omit O: the members of a coordinated
// subject are then related pairwise (محادثات بين روسيا والصين; عقد
// شويغو ولي محادثات). A coordinated subject or object otherwise gives one
// relation per member, or, with Respectively and as many subjects as
// objects, pairs them in order.
//
// # Title rules
//
// A rule with Role or Roles is a title rule (POSITION_HELD): its triggers
// are titles, each with its role, and its matches are found before other
// rules' matches, pattern by pattern (every title rule's first pattern,
// then every title rule's second…), each pass left to right (at one
// position, in rule order), a word belonging to one title match only: in
// نائب وزير الخارجية the leftmost title wins over وزير الخارجية. The words of a title match (title, affiliation, name,
// commas) then form one unit standing for the person: in التقى وزير
// الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي the parties of التقى
// are Lavrov and Wang Yi, and neither nationality is taken for a party. A
// title pattern may lack S (a title without a name, وزير خارجية قطر) or O:
// it then gives no relation but still claims its words. A title's subject
// is coordinated only when its objects are, in the same number (وزيرا
// الدفاع الروسي والصيني، سيرغي شويغو ولي شانغ فو: Shoigu for Russia, Li
// for China). A title carrying و (ورئيس الوزراء…) starts a new person and
// is never read as an apposition to the name before it. The role SameRole
// (نظيره، نظيرته) takes the role of the nearest title word before it in the
// sentence, with or without a match of its own (الرئيس جو بايدن … نظيره
// الكيني وليام روتو: president); without one it gives nothing. When the tagger read a title's
// portfolio into an institution (وزيرة [الدفاع الألمانية]), the title splits
// that institution, which is then no argument and not PART_OF anything.
//
// # Negation and modality
//
// A relation states what the sentence asserts as done, happening, or firmly
// announced by a verb (زار، يزور، سيزور، سيلتقي). By default an event rule
// gives nothing when its trigger is negated — a particle right before it,
// or before a light verb before it (لم يلتق، لن يزور، لا تعاون، لم يعقد
// أي لقاء; but لم تسفر المحادثات negates the outcome, not the talks), or a
// denial up to eight words before (نفى الكرملين عقد أي لقاء، استبعد،
// رفض) — or hedged: planned, expected, proposed or possible, by a word up
// to five words before (من المقرر أن، يعتزم، يأمل، دعا إلى، مستعد،
// التحضيرات ل…) or up to two words after (اللقاء المرتقب، القمة المقبلة،
// الزيارة المزمعة), or the purpose of another action: a trigger with the
// proclitic ل (وصل إلى بكين للقاء شي: in order to meet). Words are counted
// with a name or a title phrase as one. So a meeting being prepared
// between two others is no meeting. AllowNegated and AllowHedged keep such relations; the built-in
// title, cooperation and PART_OF rules allow hedges (من المتوقع أن يستمر
// التعاون الروسي الصيني states a cooperation).
//
// # PART_OF
//
// part-of-nested relates an organization to the country, nationality or
// organization mention nested in it (وزارة الدفاع الروسية، جيش التحرير
// الشعبي الصيني، وزارة خارجية مصر). part-of-country relates a gazetteer
// organization whose entry has a country and no nested mention to the
// nearest COUNTRY mention of that country in the same sentence (within 64
// mentions on each side) (جيش التحرير
// الشعبي … الصين): the gazetteer knows the link and the sentence names the
// country, so the reader is told of both. Both are limited to states'
// organs and parties (gazetteer kinds ministry, armed_force, security,
// intelligence, party, agency, parliament, court, government, central_bank;
// composed institutions and organizations unknown to the default gazetteer
// pass): a company or a newspaper named with a nationality (غازبروم
// الروسية) is not part of the state.
//
// # Cost
//
// Extraction is linear in the text for the built-in rules (patterns are
// matched around trigger occurrences with bounded gaps). Scratch space is
// pooled: once warm, AppendRelations allocates nothing but what dst needs.
package relation
