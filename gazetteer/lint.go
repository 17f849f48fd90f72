package gazetteer

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/kayan-nlp/kayan/internal/arabic"
)

// Problem is the kind of a Lint finding.
type Problem uint8

// Lint problems.
const (
	// Shared: the alias (after normalization) is also a name, alias or
	// short alias of other entries, listed in Finding.Others.
	Shared Problem = iota + 1
	// CommonWord: the alias is a frequent Arabic word (IsCommonWord); the
	// tagger uses it only with document support.
	CommonWord
	// Redundant: the alias normalizes to the same form as the entry's name
	// or another of its aliases (they differ only by hamza, diacritics,
	// ta marbuta…), which the matcher handles itself.
	Redundant
)

var problemNames = [...]string{"", "shared", "common word", "redundant"}

// String returns "shared", "common word" or "redundant".
func (p Problem) String() string {
	if p > 0 && int(p) < len(problemNames) {
		return problemNames[p]
	}
	return fmt.Sprintf("Problem(%d)", uint8(p))
}

// Finding is one problem found by Lint.
type Finding struct {
	ID      string   // the entry
	Alias   string   // its name, alias or short alias, as written
	Problem Problem  // what is wrong
	Others  []string // Shared: the other entries' ids, sorted; Redundant: the form it repeats
}

// String returns "ID: \"alias\": problem (others)".
func (f Finding) String() string {
	s := fmt.Sprintf("%s: %q: %v", f.ID, f.Alias, f.Problem)
	if len(f.Others) > 0 {
		s += " (" + strings.Join(f.Others, ", ") + ")"
	}
	return s
}

// Lint looks for aliases that make matching ambiguous. It compares the
// normalized forms (arabic.NormalizeString) of every entry's name, aliases
// and short aliases, and reports, sorted by id then alias:
//
//   - Shared: a form used by several entries (one finding per entry);
//   - CommonWord: a form that IsCommonWord;
//   - Redundant: a form the entry already has.
//
// Findings are warnings for the data's authors, not errors: two cities may
// share a name, and a person's surname may be a word.
func Lint(g *Gazetteer) []Finding {
	type use struct {
		id    string
		alias string
	}
	owners := make(map[string][]use) // normalized form → entries using it, in order
	var out []Finding
	for e := range g.All() {
		own := make(map[string]string) // this entry's forms → first spelling
		for _, a := range e.Names() {
			k := arabic.NormalizeString(a)
			if first, ok := own[k]; ok {
				out = append(out, Finding{ID: e.ID, Alias: a, Problem: Redundant, Others: []string{first}})
				continue
			}
			own[k] = a
			owners[k] = append(owners[k], use{e.ID, a})
			if IsCommonWord(k) {
				out = append(out, Finding{ID: e.ID, Alias: a, Problem: CommonWord})
			}
		}
	}
	for _, us := range owners {
		if len(us) < 2 {
			continue
		}
		for _, u := range us {
			var others []string
			for _, o := range us {
				if o.id != u.id {
					others = append(others, o.id)
				}
			}
			slices.Sort(others)
			out = append(out, Finding{ID: u.id, Alias: u.alias, Problem: Shared, Others: others})
		}
	}
	slices.SortFunc(out, func(a, b Finding) int {
		if c := strings.Compare(a.ID, b.ID); c != 0 {
			return c
		}
		if c := strings.Compare(a.Alias, b.Alias); c != 0 {
			return c
		}
		return int(a.Problem) - int(b.Problem)
	})
	return out
}

// NeedsContext reports whether the tagger should accept alias as a mention
// of e only with support from the document (another mention of e, a title,
// a related entity): true when alias is one of e's short aliases (and not
// also its name or a full alias), or when it is a common word (IsCommonWord).
// alias may be given as written or normalized.
func (g *Gazetteer) NeedsContext(e *Entry, alias string) bool {
	k := arabic.NormalizeString(alias)
	if IsCommonWord(k) {
		return true
	}
	short := false
	for _, s := range e.ShortAliases {
		if arabic.NormalizeString(s) == k {
			short = true
			break
		}
	}
	if !short {
		return false
	}
	if arabic.NormalizeString(e.Name) == k {
		return false
	}
	for _, a := range e.Aliases {
		if arabic.NormalizeString(a) == k {
			return false
		}
	}
	return true
}

var commonWords = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 2048)
	data, err := dataFS.ReadFile("data/common_words.txt")
	if err != nil {
		panic("gazetteer: " + err.Error()) // cannot happen: embedded
	}
	for _, line := range strings.Split(string(data), "\n") {
		w := strings.TrimSpace(line)
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		m[arabic.NormalizeString(w)] = true
	}
	return m
})

// IsCommonWord reports whether a normalized word (arabic.NormalizeString) is
// a frequent Arabic word: a function word, a frequent word of news text, or
// a word that is also a given name or place name (أمل، سلام، صور، عدن…). A
// word with the article is common when it is common without it (السلام).
// Multi-word strings are never common. The list is data/common_words.txt.
func IsCommonWord(normalized string) bool {
	m := commonWords()
	if m[normalized] {
		return true
	}
	if rest, ok := strings.CutPrefix(normalized, "ال"); ok && len(rest) >= 4 { // two Arabic letters
		return m[rest]
	}
	return false
}
