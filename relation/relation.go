package relation

import (
	"errors"
	"slices"
	"sync"

	"github.com/kayan-nlp/kayan/entity"
)

// The built-in relation types. Their names are a public contract.
const (
	// PositionHeld links a person (subject) to the country, nationality or
	// organization (object) in which they hold Role.
	PositionHeld = "POSITION_HELD"
	// TalksWith links two parties holding talks (symmetric).
	TalksWith = "TALKS_WITH"
	// Meets links two parties meeting (symmetric).
	Meets = "MEETS"
	// Visits links a person or organization (subject) to the country or
	// place (object) they visit or arrive in.
	Visits = "VISITS"
	// CooperatesWith links two countries or organizations cooperating
	// (symmetric).
	CooperatesWith = "COOPERATES_WITH"
	// PartOf links an organization (subject) to the country or
	// organization (object) it belongs to.
	PartOf = "PART_OF"
)

// Relation is a relation between two mentions of a document.
type Relation struct {
	// Type is the relation type: one of the constants above, or a type
	// declared by a user rule.
	Type string `json:"type"`
	// Subject and Object index the document's Mentions. For a symmetric
	// relation Subject is the mention that comes first in the text
	// (Subject < Object).
	Subject int `json:"subject"`
	Object  int `json:"object"`
	// Role is the role of a title (POSITION_HELD): president,
	// defense_minister, spokesperson… from the gazetteer's role
	// vocabulary; empty for other relations.
	Role string `json:"role,omitempty"`
	// Trigger is the span of the words that license the relation (the
	// title, the verb, the noun; for PART_OF the nationality or country
	// word), without its proclitics.
	Trigger entity.Span `json:"trigger"`
	// Evidence is the span of the sentence in which the relation is stated.
	Evidence entity.Span `json:"evidence"`
	// Rule is the name of the rule that found the relation.
	Rule string `json:"rule"`
}

// Extractor finds relations in tagged documents with a compiled rule set.
// An Extractor is immutable and safe for concurrent use by many goroutines.
type Extractor struct {
	rules   []crule
	trigs   []ctrig
	trigIdx map[string][]int32 // first normalized word → trigs
	titles  []int              // title rules, in order
	events  []int              // other trigger rules, in order
	structs []int              // structural rules (nested, same-country)
	maxPats int                // most patterns of a title rule
	pool    sync.Pool          // *scratch
}

var (
	defaultOnce sync.Once
	defaultExt  *Extractor
	defaultErr  error
)

// Default returns the extractor of the built-in rules (see Builtin),
// compiled on first use.
func Default() *Extractor {
	defaultOnce.Do(func() {
		defaultExt, defaultErr = New(Builtin()...)
	})
	if defaultErr != nil {
		panic("relation: the built-in rules do not compile: " + defaultErr.Error())
	}
	return defaultExt
}

// ErrNoRules is returned by New when it is given no rule.
var ErrNoRules = errors.New("relation: no rules")

// New compiles an extractor from rules, in order: earlier rules take
// precedence where two would claim the same words. To add rules to the
// built-in ones, pass append(relation.Builtin(), mine...); to replace them,
// pass only yours. The rules are copied: changing them afterwards does not
// change the extractor. The error joins one error per invalid rule.
func New(rules ...Rule) (*Extractor, error) {
	if len(rules) == 0 {
		return nil, ErrNoRules
	}
	x := &Extractor{trigIdx: make(map[string][]int32)}
	var errs []error
	seen := make(map[string]bool)
	for i := range rules {
		r := &rules[i]
		if seen[r.Name] && r.Name != "" {
			errs = append(errs, ruleErr(r, "%w: duplicate rule name", ErrInvalid))
			continue
		}
		seen[r.Name] = true
		if err := x.add(r); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	x.pool.New = func() any { return new(scratch) }
	return x, nil
}

// Rules returns a copy of the extractor's rules, in order.
func (x *Extractor) Rules() []Rule {
	out := make([]Rule, len(x.rules))
	for i := range x.rules {
		out[i] = x.rules[i].src.clone()
	}
	return out
}

// Extract returns the relations of doc, sentence by sentence in text order.
// It never fails and never panics: a document with offsets out of range, or
// overlapping or unsorted mentions, gives fewer relations, and every
// relation it returns has valid mention indexes and spans inside doc.Text.
func (x *Extractor) Extract(doc *entity.Document) []Relation {
	return x.AppendRelations(nil, doc)
}

// AppendRelations appends the relations of doc to dst and returns the
// extended slice, like Extract. Once warm it allocates nothing but what dst
// may need to grow.
func (x *Extractor) AppendRelations(dst []Relation, doc *entity.Document) []Relation {
	if doc == nil || doc.Text == "" || len(doc.Mentions) == 0 {
		return dst
	}
	s := x.pool.Get().(*scratch)
	dst = x.extract(s, dst, doc)
	s.release()
	x.pool.Put(s)
	return dst
}

// sortSentence orders the relations of one sentence by trigger, then
// subject and object.
func sortSentence(rs []Relation) {
	slices.SortStableFunc(rs, func(a, b Relation) int {
		if a.Trigger.Start != b.Trigger.Start {
			return a.Trigger.Start - b.Trigger.Start
		}
		if a.Subject != b.Subject {
			return a.Subject - b.Subject
		}
		return a.Object - b.Object
	})
}
