// Package arabic is kayan's Arabic text layer: normalization for matching
// with an offset map back to the original text, a looser key for foreign
// names, word tokenization on Unicode word boundaries, proclitic analysis and
// sentence splitting.
//
// # Normalization
//
// The matching form of a text (never shown to users) is computed rune by
// rune, so a rune's form never depends on its neighbours: NFKC for
// compatibility characters (the presentation forms U+FB50–U+FEFC, ligatures
// such as ﻻ → لا, fullwidth letters, U+0675–U+0678; sequences of a letter
// and a combining mark are not composed); deletion of Arabic diacritics
// (U+064B–U+065F, U+0670), Quranic marks (U+0610–U+061A, U+06D6–U+06ED),
// tatweel (U+0640), and bidi, zero-width and byte-order marks (U+200B–U+200F,
// U+061C, U+202A–U+202E, U+2066–U+2069, U+FEFF); folding of أ إ آ ٱ → ا,
// ى ئ ی → ي, ة ۀ ە → ه, ؤ → و, ک → ك; Arabic-Indic and Persian digits →
// ASCII; ASCII letters to lower case. An invalid UTF-8 byte becomes U+FFFD,
// a non-letter. Since hamza and madda are marks, decomposed input (ا +
// U+0654) normalizes like composed input (أ). Normalization is idempotent,
// and normalizing the two halves of a text cut between runes gives the
// normalized text.
//
// A Normalizer records, for every byte of the normalized text, the span of
// the original text it came from: a deleted rune belongs to the kept rune
// before it (so a word's span includes its trailing marks, never a leading
// one), and an NFKC expansion (ﻻ → لا) maps both letters to the one glyph.
// So a match found in normalized text maps back to an exact span of the
// caller's string with Span. The map costs four bytes per normalized byte.
//
// # Tokens, clitics, sentences
//
// Tokenizer splits text into words, numbers and punctuation with the word
// boundaries of UAX #29 as implemented by github.com/blevesearch/segment
// (Unicode 8). Whitespace (every White_Space rune) and invalid bytes
// separate tokens and belong to none; line breaks set Token.NewlineBefore.
// Runs of ASCII and Arabic-block text (with ZWNJ, ZWJ, LRM and RLM) take a
// fast path that tests and a fuzz target prove gives exactly segment's
// tokens; everything else is handed to segment's Direct API.
//
// Clitics lists the (proclitics, stem) readings of a normalized word; the
// caller's lexicon chooses among them. AppendSentences splits on . ! ? ؟ ؛ …
// ۔ and line breaks, not on decimal points or abbreviations.
//
// # Cost and concurrency
//
// Everything is linear in the input. Normalizer and Tokenizer hold reusable
// scratch buffers: they allocate nothing once warm, and each must be used by
// one goroutine at a time. Offsets are int32: texts are shorter than 2 GiB.
// The package-level functions are safe for concurrent use; Clitics and
// AppendSentences allocate nothing beyond growing dst, nor does
// AppendNormalized once warm (its NFKC iterators are pooled).
//
//	var n arabic.Normalizer
//	n.Normalize("وَزيرُ الدفاعِ")
//	fmt.Println(string(n.Bytes())) // وزير الدفاع
//	start, end := n.Span(0, 8)     // the original bytes of "وزير" with its marks
package arabic
