// Package entity finds persons, countries, places, organizations and
// nationality adjectives in Arabic text and links each mention to its
// gazetteer entry.
//
// # Contract
//
// A Tagger is compiled once from a gazetteer (New, or Default for the
// embedded one) and is then immutable: many goroutines may call Tag and
// TagInto on it at once. Tagging never fails: any string is accepted,
// including empty text and invalid UTF-8 (invalid bytes are non-letters).
// Every Mention carries byte offsets into the caller's string, and its text
// is exactly Text[Start:End]; proclitics (و ف ب ل ك) are outside the span,
// the article ال inside (للأمم المتحدة gives لأمم المتحدة). Titles,
// descriptors and epithets are outside when the rest names the entry
// (الإمام الحسين، حركة حماس، دولة قطر، مكة المكرمة give الحسين، حماس، قطر،
// مكة), as are the keywords that introduce a name (مدينة، الرئيس).
//
// # How mentions are found
//
// Text is tokenized on Unicode word boundaries and every token normalized
// (internal/arabic: NFKC, diacritics and tatweel removed, alef/yeh/teh
// marbuta folded). Then, in order:
//
//  1. Gazetteer names: the longest sequence of tokens that spells a name,
//     an alias, a short alias or a nationality form of an entry, where the
//     first token may carry proclitics (والصين، لروسيا، بالصين، للأمم; ك only
//     before the article). The lexicon decides between readings: a word is
//     split only when its stem is a name. Among readings of equal length,
//     fewer proclitics win, then names over aliases over nationality forms
//     over short aliases, then COUNTRY over LOCATION over ORGANIZATION over
//     PERSON, then gazetteer order. Vocalized entries reject text whose
//     diacritics contradict them. Foreign names of two words or more also
//     match through arabic.LooseKey (سيرجي شويجو = سيرغي شويغو), and split
//     or joined spellings around short syllables (شي جينبينغ = شي جين بينغ)
//     are indexed.
//  2. Ordinary words: a one-word name that is also an ordinary word (data
//     of gazetteer.IsCommonWord and data/frequent_words.txt), a given name,
//     or an ordinary word behind a proclitic (وان "and that" is not Van)
//     fires only with support: a place keyword before it (مدينة صور، ريف
//     حماة), a preposition before a country or capital (انسحب من مالي), or,
//     for a person's short alias, the full name elsewhere in the document.
//     Surnames and short names of organizations that are no ordinary word
//     fire alone (بوتين، الزمالك). A one-word country name in
//     adjective position is the nationality (العلاقات السعودية الإيرانية،
//     مصادر سورية); a place or person name with the article right after a
//     definite noun (الطاقة النووية السلمية) or before a definite nisba
//     (الصيد البحري) is an ordinary word, as is a country in construct with
//     a definite noun (قطر الفوهة) or after صلاة (صلاة المغرب). Places that
//     share a name (صور: Tyre or Sur, عمان: Amman or Oman) are settled by a
//     head-of-state title before them or by the countries the sentence
//     names.
//  3. Composition: an institution head and a nationality adjective agreeing
//     in gender (وزارة الدفاع الروسية، الجيش الأردني) or, in construct, a
//     country (وزارة خارجية مصر) give an ORGANIZATION with id
//     org:<head>@<ISO> (org:defense-ministry@RU); a gazetteer organization
//     followed by its nationality (جيش التحرير الشعبي الصيني) is extended.
//     The nationality inside stays as a Nested mention, and so do the
//     nationality adjectives inside gazetteer organization names (الحرس
//     الثوري الإيراني).
//  4. Context: a person not in the gazetteer after a title (الرئيس، وزير
//     الخارجية، المتحدث باسم…, possibly followed by definite words, a
//     nationality, a country or an organization, and a comma), after a
//     nationality adjective when a given name or two name words follow
//     (البرازيلي رونالدو نازاريو), before a comma and a title (apposition),
//     or named by a known given name and more name words (data/given_names.txt).
//     A name is 1–4 words (ابن/بن/أبو/عبد/آل particles not counted); it
//     stops at function words, frequent verbs, ordinary words, proclitics
//     and verb prefixes inside, and punctuation; a nisba after it is its
//     family name (منيب المصري). A place after مدينة، بلدة، محافظة… (two
//     words after كفر، دير، أم…); an organization after حزب، حركة، شركة… when
//     a proper word follows. These mentions have an empty ID.
//  5. Coreference: the surname of a person named in full, alone later in
//     the document, is that person (شويغو → سيرغي شويغو), and wins over a
//     one-word reading (المصري after منيب المصري is the person). For a
//     gazetteer person the full name is support enough even when the
//     surname is an ordinary word (ميشال عون … وأضاف عون), but such a word
//     refers back only on its own or after و (بعون الله stays a phrase); the
//     given name refers back too (فلاديمير), unless it is one of the
//     commonest (محمد، علي) or a word. A name read from context refers back
//     only by a word the gazetteer knows or a nisba. A name shared by two
//     persons of the document refers to neither.
//
// # Cost
//
// Compiling interns every name token into a vocabulary and builds token
// tries in flat arrays (children sorted per node, the root indexed by token
// id), so tagging costs a constant number of hash lookups per token
// whatever the gazetteer's size. TagInto reuses the Document's slices and
// scratch space and allocates nothing in steady state; mention names are
// substrings of one arena string.
//
//	doc := entity.Default().Tag("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي في بكين")
//	for _, m := range doc.Mentions {
//		fmt.Println(m.Text(doc), m.Type, m.ID)
//	}
package entity
