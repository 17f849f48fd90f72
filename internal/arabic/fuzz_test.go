package arabic

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// fuzzSeeds are the seed inputs of every fuzz target.
var fuzzSeeds = []string{
	"وزير الدفاع، سيرغي 3.5 U.S. don't",
	"وَزِيرُ الدِّفَاعِ مُحَمَّـــد الإيرانیة ﺭﻭﺳﻴﺎ ﻻ ﻷ \uFDFA \uFCF2",
	"\u200Fالصين\u200F ۱۴۰۲ می\u200Cخواهم ١٬٠٠٠٫٥ a_1 _ ـَ",
	"للأمم وللصين فبالصين والصين ولي كالصين لروسيا",
	"قال د. محمد: «انتهى.» ثم غادر؟! Mr. Smith\nسطر\u2028x",
	"ab\xffج\xd8 \xed\xa0\x80 \u0675 Ｘ Café กข 😀",
	"\u064E\u064Eب 0\u064E ،\u064E \u00A0\u064E",
}

// boundaries returns the rune boundaries of s, invalid bytes counting as
// runes of one byte.
func boundaries(s string) map[int]bool {
	b := map[int]bool{len(s): true}
	for i := 0; i < len(s); {
		b[i] = true
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return b
}

// group is the reference offset map of one kept rune: the bytes it
// normalizes to and its original span with the deleted runes after it.
type group struct {
	norm       string
	start, end int
}

// referenceGroups normalizes s rune by rune with AppendNormalized, as the
// definition says: a rune's matching form does not depend on its
// neighbours; a deleted rune extends the kept rune before it.
func referenceGroups(s string, base int) []group {
	var gs []group
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		out := string(AppendNormalized(nil, s[i:i+size]))
		if out != "" {
			gs = append(gs, group{out, base + i, base + i + size})
		} else if len(gs) > 0 {
			gs[len(gs)-1].end = base + i + size
		}
		i += size
	}
	return gs
}

// checkGroups checks the Normalizer's offset map against reference groups.
func checkGroups(t *testing.T, n *Normalizer, gs []group) {
	t.Helper()
	var want strings.Builder
	for _, g := range gs {
		want.WriteString(g.norm)
	}
	if got := string(n.Bytes()); got != want.String() {
		t.Fatalf("normalized %q, reference %q", got, want.String())
	}
	p := 0
	for _, g := range gs {
		for k := p; k < p+len(g.norm); k++ {
			if s, e := n.Span(k, k+1); s != g.start || e != g.end {
				t.Fatalf("Span(%d, %d) = %d, %d; reference %d, %d (group %q)", k, k+1, s, e, g.start, g.end, g.norm)
			}
		}
		p += len(g.norm)
	}
}

func FuzzNormalize(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, uint(i*7))
	}
	f.Fuzz(func(t *testing.T, s string, cut uint) {
		norm := AppendNormalized(nil, s)
		if !utf8.Valid(norm) {
			t.Fatalf("normalized %q is not valid UTF-8", norm)
		}
		var n Normalizer
		n.Normalize(s)
		if !bytes.Equal(n.Bytes(), norm) {
			t.Fatalf("Normalizer %q, AppendNormalized %q", n.Bytes(), norm)
		}
		if again := AppendNormalized(nil, string(norm)); !bytes.Equal(again, norm) {
			t.Fatalf("not idempotent: %q → %q → %q", s, norm, again)
		}
		// Every span inside the input, on rune boundaries, as the reference.
		bs := boundaries(s)
		for k := range n.Len() {
			st, e := n.Span(k, k+1)
			if st < 0 || e > len(s) || st >= e || !bs[st] || !bs[e] {
				t.Fatalf("Span(%d, %d) = %d, %d in %q", k, k+1, st, e, s)
			}
		}
		checkGroups(t, &n, referenceGroups(s, 0))

		// Chunked: two halves cut at a rune boundary.
		var cuts []int
		for b := range bs {
			cuts = append(cuts, b)
		}
		c := 0
		for _, b := range cuts {
			if b <= int(cut%uint(len(s)+1)) && b > c {
				c = b
			}
		}
		a, b := s[:c], s[c:]
		if got := AppendNormalized(AppendNormalized(nil, a), b); !bytes.Equal(got, norm) {
			t.Fatalf("chunked at %d: %q, whole %q", c, got, norm)
		}
		n.Reset()
		n.Append(a, 0)
		n.Append(b, len(a))
		checkGroups(t, &n, append(referenceGroups(a, 0), referenceGroups(b, len(a))...))
	})
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		bs := boundaries(s)
		inToken := make([]bool, len(s))
		prev := 0
		for k, tk := range toks {
			st, e := int(tk.Start), int(tk.End)
			if st < prev || st >= e || e > len(s) || !bs[st] || !bs[e] {
				t.Fatalf("token %d %+v out of order or off rune boundaries in %q", k, tk, s)
			}
			if tk.Kind < Word || tk.Kind > Punct {
				t.Fatalf("token %d %+v: bad kind", k, tk)
			}
			for i := st; i < e; {
				r, size := utf8.DecodeRuneInString(s[i:])
				if r == utf8.RuneError && size == 1 || unicode.IsSpace(r) {
					t.Fatalf("token %d %q holds %q", k, s[st:e], s[i:i+size])
				}
				i += size
			}
			nl := strings.ContainsFunc(s[prev:st], isLineBreak)
			if tk.NewlineBefore != nl {
				t.Fatalf("token %d %q: NewlineBefore %v, want %v", k, s[st:e], tk.NewlineBefore, nl)
			}
			for i := st; i < e; i++ {
				inToken[i] = true
			}
			prev = e
		}
		for i, r := range s {
			if unicode.IsLetter(r) && !inToken[i] {
				t.Fatalf("letter %q at %d in no token of %q", r, i, s)
			}
		}
	})
}

func FuzzClitics(f *testing.F) {
	for _, s := range fuzzSeeds {
		for _, w := range strings.Fields(s) {
			f.Add(w)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		var n Normalizer
		n.Normalize(s)
		word := n.Bytes()
		bs := boundaries(s)
		an := Clitics(nil, word)
		if len(an) == 0 || an[0] != (Analysis{}) {
			t.Fatalf("first reading of %q is %+v, want the bare word", word, an)
		}
		seen := map[Analysis]bool{}
		for _, a := range an {
			if seen[a] {
				t.Fatalf("%q: duplicate reading %+v", word, a)
			}
			seen[a] = true
			if a.Skip < 0 || a.Skip >= len(word) && len(word) > 0 || a.Skip > 0 && !utf8.RuneStart(word[a.Skip]) {
				t.Fatalf("%q: Skip %d off the word's runes", word, a.Skip)
			}
			if a.Prefix != string(word[:a.Skip]) {
				t.Fatalf("%q: Prefix %q, word[:Skip] %q", word, a.Prefix, word[:a.Skip])
			}
			key := a.Stem(nil, word)
			suffix := key
			if a.Restore {
				if !bytes.HasPrefix(key, []byte("ا")) || !bytes.HasPrefix(word[a.Skip:], []byte("ل")) || !HasArticle(key) {
					t.Fatalf("%q: restored key %q", word, key)
				}
				suffix = key[len("ا"):]
			}
			if !bytes.HasSuffix(word, suffix) || len(suffix) != len(word)-a.Skip {
				t.Fatalf("%q: key %q is not a suffix of the word (Skip %d)", word, key, a.Skip)
			}
			if a.Skip > 0 && len(key) < minStem {
				t.Fatalf("%q: stem %q too short", word, key)
			}
			if len(word) > 0 {
				if o := n.Start(a.Skip); o < 0 || o >= len(s) || !bs[o] {
					t.Fatalf("%q: stem starts at %d in %q", word, o, s)
				}
			}
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		spans := AppendSentences(nil, s, toks)
		starts, ends := map[int]bool{}, map[int]bool{}
		for _, tk := range toks {
			starts[int(tk.Start)], ends[int(tk.End)] = true, true
		}
		prev := 0
		for _, sp := range spans {
			if sp.Start < prev || sp.Start >= sp.End || !starts[sp.Start] || !ends[sp.End] {
				t.Fatalf("sentence %+v out of order or off token boundaries in %q", sp, s)
			}
			prev = sp.End
		}
		// Every token lies in exactly one sentence.
		k := 0
		for _, tk := range toks {
			for k < len(spans) && spans[k].End <= int(tk.Start) {
				k++
			}
			if k == len(spans) || int(tk.Start) < spans[k].Start || int(tk.End) > spans[k].End {
				t.Fatalf("token %+v in no sentence of %q: %v", tk, s, spans)
			}
		}
	})
}

func TestNormalizerManyCalls(t *testing.T) {
	// Span across several calls to Append, some producing no bytes.
	parts := []string{"وَزِيرُ ", "\u064E", "الدِّفَاعِ", "", " ﻻ\u064E", "\u200F", " ـمحمد"}
	var n Normalizer
	var gs []group
	base := 0
	for _, p := range parts {
		n.Append(p, base)
		gs = append(gs, referenceGroups(p, base)...)
		base += len(p)
	}
	checkGroups(t, &n, gs)
	text := strings.Join(parts, "")
	if diff := cmp.Diff([]string{"وَزِيرُ", "الدِّفَاعِ", "ﻻ\u064E", "محمد"}, spanWords(&n, text)); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}
