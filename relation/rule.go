package relation

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/kayan-nlp/kayan/entity"
	"github.com/kayan-nlp/kayan/internal/arabic"
)

// Rule declares how to find one relation type. The zero values of the
// optional fields give the defaults below. The JSON names are those of the
// rule file format (README.md).
type Rule struct {
	// Name identifies the rule; it is reported in Relation.Rule. Required,
	// unique within an extractor.
	Name string `json:"name"`
	// Type is the relation type the rule finds: a built-in one
	// (POSITION_HELD…) or a new one, upper-case letters, digits and _.
	Type string `json:"type"`
	// Subject and Object are the mention types the arguments may have;
	// empty means any type.
	Subject []entity.Type `json:"subject,omitempty"`
	Object  []entity.Type `json:"object,omitempty"`
	// SubjectKinds and ObjectKinds restrict LOCATION and ORGANIZATION
	// arguments by the gazetteer kind of their entry in the default
	// gazetteer (city, ministry, party…, and "capital" for a city that is
	// a country's capital). A kind list only restricts the types it names
	// kinds of; arguments whose entry is not in the default gazetteer
	// (composed institutions, names found from context) always pass.
	SubjectKinds []string `json:"subject_kinds,omitempty"`
	ObjectKinds  []string `json:"object_kinds,omitempty"`
	// Triggers are the words or phrases that license the relation, written
	// as a newspaper writes them. They are normalized like the text
	// (diacritics, hamza and alef forms, ى/ي, ة/ه…), and the first word
	// also matches with proclitics (و ف ب ل ك and their combinations):
	// "لقاء" matches للقاء and ولقاء. Enclitic forms (لقائه) are separate
	// triggers.
	Triggers []string `json:"triggers,omitempty"`
	// Role makes the rule a title rule whose relations carry this role
	// (see "Title rules" in the package documentation), for Triggers.
	Role string `json:"role,omitempty"`
	// Roles maps roles to their title words, for a title rule with several
	// roles. The special role "same" (SameRole) takes the role of the
	// nearest title before it in the sentence: نظيره.
	Roles map[string][]string `json:"roles,omitempty"`
	// Patterns give the order of subject (S), trigger (T) and object (O),
	// with literal words and gaps between them, tried in order; the first
	// that matches a trigger occurrence wins. Default: ["S ... T ... O"].
	// The patterns "nested" and "same-country" are structural and take no
	// triggers. See the package documentation for the syntax.
	Patterns []string `json:"patterns,omitempty"`
	// MaxGap is the most tokens a gap "..." may skip (a name counting as
	// one token). Default 4, at most 20.
	MaxGap int `json:"max_gap,omitempty"`
	// Symmetric relations have no direction: Subject is the argument that
	// comes first in the text, and a pattern without O relates every two
	// members of a coordinated subject (محادثات بين روسيا والصين).
	Symmetric bool `json:"symmetric,omitempty"`
	// Respectively pairs coordinated subjects and objects in order when
	// they are as many (وزيرا الدفاع الروسي والصيني، شويغو ولي); otherwise
	// every subject is paired with every object.
	Respectively bool `json:"respectively,omitempty"`
	// AllowNegated keeps relations whose trigger is negated (لم يلتق،
	// نفى … لقاء); by default they are dropped.
	AllowNegated bool `json:"allow_negated,omitempty"`
	// AllowHedged keeps relations whose trigger is only planned, expected
	// or proposed (من المقرر أن، اللقاء المرتقب); by default they are dropped.
	AllowHedged bool `json:"allow_hedged,omitempty"`
}

// SameRole is the role of a counterpart title (نظيره): the role of the
// nearest title before it in the same sentence.
const SameRole = "same"

// Structural patterns.
const (
	// PatternNested relates an organization to a country, nationality or
	// organization mention nested inside it (وزارة الدفاع الروسية).
	PatternNested = "nested"
	// PatternSameCountry relates a gazetteer organization whose country is
	// known to a mention of that country in the same sentence.
	PatternSameCountry = "same-country"
	// PatternParent relates a gazetteer organization to a mention of its
	// parent organization (the gazetteer's parent field) in the same
	// sentence: المفوضية الأوروبية … الاتحاد الأوروبي.
	PatternParent = "parent"
)

// Errors wrapped by rule errors.
var (
	// ErrSyntax: a rule file line is not a JSON object of the rule format.
	ErrSyntax = errors.New("syntax error")
	// ErrInvalid: a rule is invalid (unknown type, role or kind, empty
	// triggers, bad pattern…).
	ErrInvalid = errors.New("invalid rule")
)

// roles is the closed role vocabulary of the gazetteer format.
var roles = []string{
	"president", "vice_president", "prime_minister", "deputy_prime_minister",
	"king", "queen", "crown_prince", "emir", "sultan", "chancellor", "supreme_leader",
	"head_of_state", "head_of_government", "foreign_minister", "defense_minister",
	"interior_minister", "finance_minister", "minister", "secretary_general", "director_general",
	"president_of_organization", "spokesperson", "army_chief", "commander", "party_leader",
	"governor", "mayor", "ambassador", "chairman", "ceo", "leader",
}

// Roles returns the role vocabulary a title rule may use (besides SameRole).
func Roles() []string { return slices.Clone(roles) }

func (r *Rule) clone() Rule {
	c := *r
	c.Subject = slices.Clone(r.Subject)
	c.Object = slices.Clone(r.Object)
	c.SubjectKinds = slices.Clone(r.SubjectKinds)
	c.ObjectKinds = slices.Clone(r.ObjectKinds)
	c.Triggers = slices.Clone(r.Triggers)
	c.Patterns = slices.Clone(r.Patterns)
	if r.Roles != nil {
		c.Roles = make(map[string][]string, len(r.Roles))
		for k, v := range r.Roles {
			c.Roles[k] = slices.Clone(v)
		}
	}
	return c
}

func ruleErr(r *Rule, format string, args ...any) error {
	name := r.Name
	if name == "" {
		name = "(unnamed)"
	}
	return fmt.Errorf("rule %q: "+format, append([]any{name}, args...)...)
}

// Pattern elements.
type elemKind uint8

const (
	eTrig elemKind = iota + 1
	eSubj
	eObj
	eAny
	eGap
	eLit
)

type elem struct {
	kind     elemKind
	lits     []string // eLit: normalized alternatives
	optional bool
	max      int // eGap
}

type pattern struct {
	src        string
	left       []elem // elements before T, nearest first
	right      []elem // elements after T
	hasS, hasO bool
	sBeforeT   bool
	structural string
}

// typeSet is a bit set of entity types.
type typeSet uint16

func (t typeSet) has(x entity.Type) bool { return t&(1<<x) != 0 }

func makeTypeSet(ts []entity.Type) typeSet {
	if len(ts) == 0 {
		return ^typeSet(0)
	}
	var s typeSet
	for _, t := range ts {
		s |= 1 << t
	}
	return s
}

// crule is a compiled rule.
type crule struct {
	src        Rule
	name, typ  string
	subj, obj  typeSet
	sKinds     *kindSet
	oKinds     *kindSet
	patterns   []pattern
	title      bool
	structural string
	symmetric  bool
	respect    bool
	allowNeg   bool
	allowHedge bool
}

// ctrig is a compiled trigger phrase.
type ctrig struct {
	words []string // normalized words
	rule  int32
	role  string
}

func validType(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// check validates a rule without compiling it into an extractor.
func (r *Rule) check() error {
	var x Extractor
	x.trigIdx = make(map[string][]int32)
	return x.add(r)
}

// add validates and compiles r.
func (x *Extractor) add(r *Rule) error {
	if r.Name == "" {
		return ruleErr(r, "%w: missing name", ErrInvalid)
	}
	if !validType(r.Type) {
		return ruleErr(r, "%w: type %q: want upper-case letters, digits and _", ErrInvalid, r.Type)
	}
	for _, ts := range [][]entity.Type{r.Subject, r.Object} {
		for _, t := range ts {
			if t < entity.Person || t > entity.Nationality {
				return ruleErr(r, "%w: unknown mention type %v", ErrInvalid, t)
			}
		}
	}
	c := crule{
		src: r.clone(), name: r.Name, typ: r.Type,
		subj: makeTypeSet(r.Subject), obj: makeTypeSet(r.Object),
		symmetric: r.Symmetric, respect: r.Respectively,
		allowNeg: r.AllowNegated, allowHedge: r.AllowHedged,
	}
	var err error
	if c.sKinds, err = makeKindSet(r.SubjectKinds); err != nil {
		return ruleErr(r, "%w: subject_kinds: %v", ErrInvalid, err)
	}
	if c.oKinds, err = makeKindSet(r.ObjectKinds); err != nil {
		return ruleErr(r, "%w: object_kinds: %v", ErrInvalid, err)
	}
	if r.MaxGap < 0 || r.MaxGap > 20 {
		return ruleErr(r, "%w: max_gap %d: want 0 to 20", ErrInvalid, r.MaxGap)
	}
	gap := r.MaxGap
	if gap == 0 {
		gap = 4
	}
	c.title = r.Role != "" || len(r.Roles) > 0
	if r.Role != "" && len(r.Roles) > 0 {
		return ruleErr(r, "%w: role and roles are exclusive", ErrInvalid)
	}
	pats := r.Patterns
	if len(pats) == 0 {
		pats = []string{"S ... T ... O"}
	}
	for _, ps := range pats {
		p, err := parsePattern(ps, gap)
		if err != nil {
			return ruleErr(r, "%w: pattern %q: %v", ErrInvalid, ps, err)
		}
		if p.structural != "" {
			if len(pats) > 1 {
				return ruleErr(r, "%w: pattern %q must be the rule's only pattern", ErrInvalid, ps)
			}
			c.structural = p.structural
			continue
		}
		if !p.hasO && !c.title && !c.symmetric {
			return ruleErr(r, "%w: pattern %q has no O (only title rules and symmetric rules may omit it)", ErrInvalid, ps)
		}
		if !p.hasS && !c.title {
			return ruleErr(r, "%w: pattern %q has no S (only title rules may omit it)", ErrInvalid, ps)
		}
		c.patterns = append(c.patterns, p)
	}
	if c.structural != "" {
		if len(r.Triggers) > 0 || c.title {
			return ruleErr(r, "%w: a %q rule takes no triggers or roles", ErrInvalid, c.structural)
		}
		x.structs = append(x.structs, len(x.rules))
		x.rules = append(x.rules, c)
		return nil
	}
	ri := int32(len(x.rules))
	phrases := map[string][]string{}
	switch {
	case len(r.Roles) > 0:
		if len(r.Triggers) > 0 {
			return ruleErr(r, "%w: a rule with roles lists its triggers under roles", ErrInvalid)
		}
		phrases = r.Roles
	case r.Role != "":
		phrases[r.Role] = r.Triggers
	default:
		phrases[""] = r.Triggers
	}
	var trigs []ctrig
	for _, role := range slices.Sorted(maps.Keys(phrases)) {
		if role != "" && role != SameRole && !slices.Contains(roles, role) {
			return ruleErr(r, "%w: unknown role %q", ErrInvalid, role)
		}
		for _, t := range phrases[role] {
			words := strings.Fields(arabic.NormalizeString(t))
			if len(words) == 0 {
				return ruleErr(r, "%w: empty trigger", ErrInvalid)
			}
			trigs = append(trigs, ctrig{words: words, rule: ri, role: role})
		}
	}
	if len(trigs) == 0 {
		return ruleErr(r, "%w: empty triggers", ErrInvalid)
	}
	for _, t := range trigs {
		x.trigIdx[t.words[0]] = append(x.trigIdx[t.words[0]], int32(len(x.trigs)))
		x.trigs = append(x.trigs, t)
	}
	if c.title {
		x.titles = append(x.titles, len(x.rules))
		x.maxPats = max(x.maxPats, len(c.patterns))
	} else {
		x.events = append(x.events, len(x.rules))
	}
	x.rules = append(x.rules, c)
	return nil
}

// parsePattern parses a pattern; gap is the rule's default gap.
func parsePattern(s string, gap int) (pattern, error) {
	p := pattern{src: s}
	f := strings.Fields(s)
	if len(f) == 1 && (f[0] == PatternNested || f[0] == PatternSameCountry || f[0] == PatternParent) {
		p.structural = f[0]
		return p, nil
	}
	var els []elem
	t := -1
	for _, w := range f {
		opt := false
		if len(w) > 1 && strings.HasSuffix(w, "?") {
			opt, w = true, strings.TrimSuffix(w, "?")
		}
		var e elem
		switch {
		case w == "T":
			if t >= 0 {
				return p, errors.New("two T")
			}
			t = len(els)
			e.kind = eTrig
		case w == "S":
			if p.hasS {
				return p, errors.New("two S")
			}
			p.hasS = true
			p.sBeforeT = t < 0
			e.kind = eSubj
		case w == "O":
			if p.hasO {
				return p, errors.New("two O")
			}
			p.hasO = true
			e.kind = eObj
		case w == "X":
			e.kind = eAny
		case strings.HasPrefix(w, "..."):
			e.kind, e.max = eGap, gap
			if n := w[3:]; n != "" {
				v, err := strconv.Atoi(n)
				if err != nil || v < 0 || v > 20 {
					return p, fmt.Errorf("bad gap %q: want ... or ...N with N from 0 to 20", w)
				}
				e.max = v
			}
		case strings.ToUpper(w) == w && strings.ToLower(w) != w:
			return p, fmt.Errorf("unknown element %q (want S, T, O, X, ..., ...N or a word)", w)
		default:
			e.kind = eLit
			for _, a := range strings.Split(w, "|") {
				n := arabic.NormalizeString(a)
				if n == "" || strings.ContainsAny(n, " \t") {
					return p, fmt.Errorf("bad word %q", w)
				}
				if n == "," {
					n = "،"
				}
				e.lits = append(e.lits, n)
			}
		}
		if opt {
			if e.kind != eLit {
				return p, fmt.Errorf("only words may be optional, not %q", w+"?")
			}
			e.optional = true
		}
		els = append(els, e)
	}
	if t < 0 {
		return p, errors.New("no T")
	}
	if len(els) > 0 && (els[0].kind == eGap || els[len(els)-1].kind == eGap) {
		return p, errors.New("a gap must lie between two elements")
	}
	for i := 1; i < len(els); i++ {
		if els[i].kind == eGap && els[i-1].kind == eGap {
			return p, errors.New("two gaps in a row")
		}
	}
	for i := t - 1; i >= 0; i-- {
		p.left = append(p.left, els[i])
	}
	p.right = els[t+1:]
	return p, nil
}
