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
// the article ال inside (للأمم المتحدة gives لأمم المتحدة).
//
// # How mentions are found
//
// Text is tokenized on Unicode word boundaries and every token normalized
// (internal/arabic: NFKC, diacritics and tatweel removed, alef/yeh/teh
// marbuta folded). Then, in order:
//
//  1. Gazetteer names: the longest sequence of tokens that spells a name,
//     an alias, a short alias or a nationality form of an entry, where the
//     first token may carry proclitics (والصين، لروسيا، بالصين، للأمم). The
//     lexicon decides between readings: a word is split only when its stem
//     is a name, and one-word names that are also ordinary words (or an
//     ordinary word behind a proclitic: وان "and that" is not Van) need
//     document support. Among readings of equal length, fewer proclitics
//     win, then names over aliases over nationality forms over short
//     aliases, then COUNTRY over LOCATION over ORGANIZATION over PERSON,
//     then gazetteer order. Vocalized entries reject text whose diacritics
//     contradict them. Foreign names of two words or more also match
//     through arabic.LooseKey (شويجو = شويغو, بوتن = بوتين), and split or
//     joined spellings (شي جينبينغ = شي جين بينغ) are indexed.
//  2. Composition: an institution head and a nationality adjective agreeing
//     in gender (وزارة الدفاع الروسية، الجيش الأردني) or, in construct, a
//     country (وزارة خارجية مصر) give an ORGANIZATION with id
//     org:<head>@<ISO> (org:defense-ministry@RU); a gazetteer organization
//     followed by its nationality (جيش التحرير الشعبي الصيني) is extended.
//     The nationality inside stays as a Nested mention.
//  3. Context: a person not in the gazetteer after a title (الرئيس، وزير
//     الخارجية، المتحدث باسم…, possibly followed by a nationality, country or
//     organization and a comma) or before a comma and a title (apposition),
//     by name shape: 1–4 words, ابن/بن/أبو/عبد/آل particles not counted,
//     stopping at function words, frequent verbs and punctuation; a person
//     named by a known given name and one to three more name words; a place
//     after مدينة، بلدة، محافظة…; an organization after حزب، حركة، شركة….
//     These mentions have an empty ID.
//  4. Coreference: the first or last word of a person's full name, alone
//     later in the document, is that person (شويغو → سيرغي شويغو), and wins
//     over a one-word reading (المصري after منيب المصري is the person).
//     Short aliases that need context fire when the document names the
//     entry in full.
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
