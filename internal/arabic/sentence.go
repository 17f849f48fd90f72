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
// abbreviations too, and "no" before a number (No. 5).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"jr": true, "sr": true, "vs": true, "etc": true, "gen": true,
	"col": true, "lt": true, "capt": true, "sgt": true, "gov": true, "sen": true,
	"rep": true, "inc": true, "ltd": true, "co": true, "corp": true, "u.s": true,
	"u.k": true, "u.n": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true,
	"ق.م": true, "ص.ب": true,
}

// isTerminator reports whether a punctuation rune ends a sentence.
func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '؛', '…', '。', '۔':
		return true
	}
	return false
}

// isCloser reports whether a punctuation rune closes a quotation or a
// bracket; ambiguous reports the straight quotes, which also open one.
func isCloser(r rune) (closer, ambiguous bool) {
	switch r {
	case '"', '\'':
		return true, true
	case ')', ']', '}', '»', '”', '’', '›':
		return true, false
	}
	return false, false
}

// AppendSentences appends the sentences of text to dst. toks must be the
// tokens of text (Tokenizer.Append). A sentence ends after . ! ? ؟ ؛ … ۔
// (with the terminators, closing quotes and brackets that follow on the same
// line; a straight quote " or ' only when it touches the one before), and at
// every line break. Periods inside numbers (3.5 is one token) and after
// abbreviations (د. محمد، Mr. Smith, U.S.) do not end sentences. Each span
// runs from its first token's start to its last token's end.
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
		r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
		if !isTerminator(r) {
			continue
		}
		if r == '.' && k > 0 && isAbbreviation(text, toks, k-1) {
			continue
		}
		for k+1 < len(toks) {
			next := toks[k+1]
			if next.Kind != Punct || next.NewlineBefore {
				break
			}
			r, _ := utf8.DecodeRuneInString(text[next.Start:next.End])
			closer, ambiguous := isCloser(r)
			if !isTerminator(r) && !closer || ambiguous && next.Start != toks[k].End {
				break
			}
			k++
			last = int(next.End)
		}
		flush()
	}
	flush()
	return dst
}

// isAbbreviation reports whether toks[k] is a word that makes the period
// right after it an abbreviation's.
func isAbbreviation(text string, toks []Token, k int) bool {
	t := toks[k]
	if t.Kind != Word || t.End != toks[k+1].Start {
		return false
	}
	w := text[t.Start:t.End]
	letters := 0
	for _, r := range w {
		if !IsDiacritic(r) {
			letters++
		}
	}
	if letters == 1 || dottedInitials(w) {
		return true
	}
	var buf [8]byte
	if len(w) > len(buf) {
		return false
	}
	for i := range len(w) {
		buf[i] = lower(w[i])
	}
	lw := buf[:len(w)]
	if string(lw) == "no" {
		return k+2 < len(toks) && toks[k+2].Kind == Number && !toks[k+2].NewlineBefore
	}
	return abbreviations[string(lw)]
}

// Sentences returns the sentence spans of text. It allocates; hot paths use
// AppendSentences with tokens they already have.
func Sentences(text string) []Span {
	return AppendSentences(nil, text, Tokenize(text))
}

// dottedInitials reports whether w is initials joined by periods (أ.د،
// U.S، ق.م): every part between the periods one letter, marks aside.
func dottedInitials(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		n := 0
		for _, r := range part {
			if !IsDiacritic(r) {
				n++
			}
		}
		if n != 1 {
			return false
		}
	}
	return true
}
