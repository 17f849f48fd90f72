package arabic

import (
	"strings"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of the caller's text.
type Span struct {
	Start, End int
}

// abbreviations end with a period that does not end a sentence (lower-case,
// without the period). Single letters (Arabic د. أ. م. or Latin J.) are
// abbreviations too.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"jr": true, "sr": true, "vs": true, "etc": true, "no": true, "gen": true,
	"col": true, "lt": true, "capt": true, "sgt": true, "gov": true, "sen": true,
	"rep": true, "inc": true, "ltd": true, "co": true, "corp": true, "u.s": true,
	"u.k": true, "u.n": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true,
	"ق.م": true, "ص.ب": true,
}

// isTerminator reports whether a punctuation token ends a sentence.
func isTerminator(p string) bool {
	switch p {
	case ".", "!", "?", "؟", "؛", "…", "。":
		return true
	}
	return false
}

func isCloser(p string) bool {
	switch p {
	case ")", "]", "}", "»", "\"", "'", "”", "’", "›":
		return true
	}
	return false
}

// AppendSentences appends the sentences of text to dst. toks must be the
// tokens of text (Tokenizer.Append). A sentence ends after . ! ? ؟ ؛ or …
// (with the closing quotes and brackets that follow), and at every line
// break. Periods inside numbers (3.5 is one token) and after abbreviations
// (د. محمد، Mr. Smith, U.S.) do not end sentences. Each span runs from its
// first token's start to its last token's end.
func AppendSentences(dst []Span, text string, toks []Token) []Span {
	start := -1
	last := 0
	flush := func() {
		if start >= 0 {
			dst = append(dst, Span{start, last})
			start = -1
		}
	}
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.NewlineBefore {
			flush()
		}
		if start < 0 {
			start = int(t.Start)
		}
		last = int(t.End)
		if t.Kind != Punct {
			continue
		}
		p := text[t.Start:t.End]
		if !isTerminator(p) {
			continue
		}
		if p == "." && k > 0 && toks[k-1].End == t.Start && toks[k-1].Kind == Word &&
			isAbbreviation(text[toks[k-1].Start:toks[k-1].End]) {
			continue
		}
		for k+1 < len(toks) && toks[k+1].Kind == Punct && !toks[k+1].NewlineBefore &&
			(isCloser(text[toks[k+1].Start:toks[k+1].End]) || isTerminator(text[toks[k+1].Start:toks[k+1].End])) {
			k++
			last = int(toks[k].End)
		}
		flush()
	}
	flush()
	return dst
}

func isAbbreviation(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	return abbreviations[strings.ToLower(w)]
}

// Sentences returns the sentence spans of text. It allocates; hot paths use
// AppendSentences with tokens they already have.
func Sentences(text string) []Span {
	return AppendSentences(nil, text, Tokenize(text))
}
