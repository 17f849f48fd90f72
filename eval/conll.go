package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Token is one token line of a CoNLL file.
type Token struct {
	// Text is the token as written (the first field of its line).
	Text string
	// Tag is the tag as written (the last field of its line), before any
	// validation: see ParseTag.
	Tag string
	// Line is the 1-based line number in the file.
	Line int
}

// Sentence is a run of token lines between blank lines.
type Sentence struct {
	Tokens []Token
}

// Issue is a problem found in a corpus file that does not stop the reading:
// a malformed tag (read as O), a line without a tag (skipped).
type Issue struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// String formats the issue as file:line: reason: "text".
func (i Issue) String() string {
	return fmt.Sprintf("%s:%d: %s: %q", i.File, i.Line, i.Reason, i.Text)
}

// Corpus is one CoNLL file: its sentences and the issues found reading it.
type Corpus struct {
	// Name is the file's name, used in issues and reports.
	Name      string
	Sentences []Sentence
	Issues    []Issue
}

// Tokens returns the number of tokens in the corpus.
func (c *Corpus) Tokens() int {
	n := 0
	for _, s := range c.Sentences {
		n += len(s.Tokens)
	}
	return n
}

// ReadCoNLL reads a CoNLL file in IOB or IOB2: one token per line as
// "token TAG" or "token<TAB>TAG" (the first field is the token, the last
// the tag; middle fields are ignored), a blank line between sentences.
//
// Bad input is not fatal: a line with a single field is skipped, and a tag
// that ParseTag rejects (I--ORG, OO) is kept as written and read as O when
// scoring; both are recorded in Corpus.Issues with their line numbers. Only
// an I/O error is returned, as name:line: … wrapping the cause.
func ReadCoNLL(r io.Reader, name string) (*Corpus, error) {
	c := &Corpus{Name: name}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var cur []Token
	flush := func() {
		if len(cur) > 0 {
			c.Sentences = append(c.Sentences, Sentence{Tokens: cur})
			cur = nil
		}
	}
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			s = strings.TrimPrefix(s, "\uFEFF")
		}
		f := strings.Fields(s)
		switch len(f) {
		case 0:
			flush()
			continue
		case 1:
			c.Issues = append(c.Issues, Issue{name, line, s, "line has one field, skipped"})
			continue
		}
		tok := Token{Text: f[0], Tag: f[len(f)-1], Line: line}
		if _, ok := ParseTag(tok.Tag); !ok {
			c.Issues = append(c.Issues, Issue{name, line, s, "malformed tag read as O"})
		}
		cur = append(cur, tok)
	}
	if err := sc.Err(); err != nil {
		return c, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	flush()
	return c, nil
}

// ReadFile reads a CoNLL file with ReadCoNLL.
func ReadFile(path string) (*Corpus, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s:0: %w", path, err)
	}
	defer f.Close()
	return ReadCoNLL(f, path)
}
