package eval

import "strings"

// Tag is a parsed IOB tag: Prefix is 'B', 'I' or 'O'; Type is empty for O.
type Tag struct {
	Prefix byte
	Type   string
}

// String returns the tag as written in IOB: O, B-TYPE or I-TYPE.
func (t Tag) String() string {
	if t.Prefix == 'O' || t.Prefix == 0 {
		return "O"
	}
	return string(t.Prefix) + "-" + t.Type
}

// ParseTag parses an IOB tag: O, or B-TYPE / I-TYPE where TYPE starts with
// an ASCII letter and is made of ASCII letters and digits, possibly joined
// by single hyphens (PERS, MIS1, MIS-1). Anything else (I--ORG, OO, IO,
// B-MIS1`) is malformed: ok is false and the tag reads as O.
func ParseTag(s string) (t Tag, ok bool) {
	if s == "O" {
		return Tag{Prefix: 'O'}, true
	}
	if len(s) < 3 || (s[0] != 'B' && s[0] != 'I') || s[1] != '-' || !validType(s[2:]) {
		return Tag{Prefix: 'O'}, false
	}
	return Tag{Prefix: s[0], Type: s[2:]}, true
}

func validType(s string) bool {
	if s == "" || !isLetter(s[0]) || s[len(s)-1] == '-' || strings.Contains(s, "--") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isLetter(c) && !(c >= '0' && c <= '9') && c != '-' {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

// Chunk is a typed run of tokens [Start, End) of a sentence.
type Chunk struct {
	Type       string `json:"type"`
	Start, End int
}

// Chunks returns the chunks of a sentence's tags as conlleval finds them: a
// chunk starts at B-X, and at I-X after O, after a malformed tag, or after
// a tag of another type; it ends before the next O, B-, or tag of another
// type. Malformed tags read as O.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	open := -1 // index in out of the open chunk
	for i, s := range tags {
		t, _ := ParseTag(s)
		switch {
		case t.Prefix == 'O':
			open = -1
		case t.Prefix == 'I' && open >= 0 && out[open].Type == t.Type:
			out[open].End = i + 1
		default:
			out = append(out, Chunk{Type: t.Type, Start: i, End: i + 1})
			open = len(out) - 1
		}
	}
	return out
}

// IOB2 returns the IOB2 tags of n tokens holding chunks, which must not
// overlap: the first token of each chunk B-, the others I-, the rest O.
func IOB2(n int, chunks []Chunk) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	for _, c := range chunks {
		for i := max(c.Start, 0); i < c.End && i < n; i++ {
			if i == c.Start {
				tags[i] = "B-" + c.Type
			} else {
				tags[i] = "I-" + c.Type
			}
		}
	}
	return tags
}
