package format

import (
	"bufio"
	"fmt"
	"strings"
)

// conllWriter writes one token per line with its IOB2 tag.
type conllWriter struct{ w *bufio.Writer }

// IOB2 returns the IOB2 tag of every token of d (B-PERSON, I-PERSON, O…)
// from its top-level entities: a token is inside an entity when the
// entity covers its last byte, so a token with a proclitic (والصين) takes
// the tag of the entity of its stem (الصين).
func IOB2(d *Document) []string {
	tags := make([]string, len(d.Tokens))
	for i := range tags {
		tags[i] = "O"
	}
	k := 0
	prev := -1 // entity of the previous tagged token
	for ei, e := range d.Entities {
		if e.Nested {
			continue
		}
		for k < len(d.Tokens) && d.Tokens[k].End-1 < e.Start {
			k++
		}
		for i := k; i < len(d.Tokens) && d.Tokens[i].End-1 < e.End; i++ {
			if tags[i] != "O" {
				continue
			}
			if i > 0 && prev == ei && tags[i-1] != "O" {
				tags[i] = "I-" + e.Type
			} else {
				tags[i] = "B-" + e.Type
			}
			prev = ei
		}
	}
	return tags
}

func (c *conllWriter) Write(d *Document) error {
	tags := IOB2(d)
	sent := 0
	wrote := false
	for i, t := range d.Tokens {
		for sent < len(d.Sentences) && d.Sentences[sent].End <= t.Start {
			sent++
			if wrote {
				c.w.WriteByte('\n')
				wrote = false
			}
		}
		s, e := clip(t.Start, t.End, len(d.Text))
		tok := strings.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
				return '_'
			}
			return r
		}, d.Text[s:e])
		if tok == "" {
			continue
		}
		fmt.Fprintf(c.w, "%s\t%s\n", tok, tags[i])
		wrote = true
	}
	if wrote {
		return c.w.WriteByte('\n')
	}
	return nil
}

func (c *conllWriter) Close() error { return c.w.Flush() }
