package gazetteer

import (
	"errors"
	"fmt"
	"iter"
	"slices"
)

// Sentinel errors wrapped by the errors of Load, LoadFile, New, Add and Check,
// for errors.Is.
var (
	// ErrSyntax: a line is not one well-formed JSON object (bad JSON, invalid
	// UTF-8, trailing data after the object).
	ErrSyntax = errors.New("syntax error")
	// ErrInvalid: an entry is well-formed JSON but breaks the format: unknown
	// field, unknown type or role, bad code… (*ValidationError wraps it).
	ErrInvalid = errors.New("invalid entry")
	// ErrDuplicate: two entries of one file (or of one call to New) share an id.
	ErrDuplicate = errors.New("duplicate id")
	// ErrReference: a capital, parent or position's of names a missing or
	// unfit entry (*RefError wraps it; see Check).
	ErrReference = errors.New("broken reference")
)

// Gazetteer is an ordered set of valid entries indexed by id.
//
// The zero value is an empty gazetteer ready to use. Methods that only read
// (Len, All, Entry, Check, Lint, NeedsContext, WriteJSONL, Clone, Merge,
// Filter) may be called concurrently; Add and Remove need exclusive access.
// Entries returned by All and Entry point into the gazetteer: modify them
// only when no one else reads it, and keep them valid.
type Gazetteer struct {
	entries []*Entry
	index   map[string]int // id → position in entries
}

// New returns a gazetteer holding the given entries, in order. Every entry is
// validated and the ids must be distinct. On error the gazetteer holds the
// valid entries (the first of duplicates) and the error joins one error per
// problem, each wrapping ErrInvalid or ErrDuplicate and naming the entry's
// position in the argument list ("entry 3: …").
func New(entries ...Entry) (*Gazetteer, error) {
	g := &Gazetteer{index: make(map[string]int, len(entries))}
	g.entries = make([]*Entry, 0, len(entries))
	var errs []error
	first := make(map[string]int, len(entries))
	for i := range entries {
		e := &entries[i]
		if e.ID != "" {
			if j, dup := first[e.ID]; dup {
				errs = append(errs, fmt.Errorf("entry %d: %w %s (also entry %d)", i, ErrDuplicate, e.ID, j))
				continue
			}
			first[e.ID] = i
		}
		if err := e.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("entry %d: %w", i, err))
			continue
		}
		g.append(e.Clone())
	}
	return g, errors.Join(errs...)
}

// append adds a new entry (whose id is not in the index) at the end.
func (g *Gazetteer) append(e *Entry) {
	if g.index == nil {
		g.index = make(map[string]int)
	}
	g.index[e.ID] = len(g.entries)
	g.entries = append(g.entries, e)
}

// put adds e, replacing in place an entry with the same id.
func (g *Gazetteer) put(e *Entry) {
	if i, ok := g.index[e.ID]; ok {
		g.entries[i] = e
		return
	}
	g.append(e)
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int {
	if g == nil {
		return 0
	}
	return len(g.entries)
}

// All yields the entries in insertion order (a replaced entry keeps the
// place of the one it replaced).
func (g *Gazetteer) All() iter.Seq[*Entry] {
	return func(yield func(*Entry) bool) {
		if g == nil {
			return
		}
		for _, e := range g.entries {
			if !yield(e) {
				return
			}
		}
	}
}

// Entry returns the entry with the given id.
func (g *Gazetteer) Entry(id string) (*Entry, bool) {
	if g == nil {
		return nil, false
	}
	i, ok := g.index[id]
	if !ok {
		return nil, false
	}
	return g.entries[i], true
}

// Add validates e and adds a copy of it, replacing in place an entry with the
// same id. An invalid entry is not added; the error wraps ErrInvalid.
func (g *Gazetteer) Add(e Entry) error {
	if err := e.Validate(); err != nil {
		return err
	}
	g.put(e.Clone())
	return nil
}

// Remove removes the entry with the given id and reports whether there was
// one. It costs time linear in the number of entries after it.
func (g *Gazetteer) Remove(id string) bool {
	i, ok := g.index[id]
	if !ok {
		return false
	}
	delete(g.index, id)
	g.entries = slices.Delete(g.entries, i, i+1)
	for j := i; j < len(g.entries); j++ {
		g.index[g.entries[j].ID] = j
	}
	return true
}

// Clone returns a deep copy of g: entries and their slices are not shared.
func (g *Gazetteer) Clone() *Gazetteer {
	c := &Gazetteer{index: make(map[string]int, g.Len())}
	if g == nil {
		return c
	}
	c.entries = make([]*Entry, len(g.entries))
	for i, e := range g.entries {
		c.entries[i] = e.Clone()
		c.index[e.ID] = i
	}
	return c
}

// Merge returns a new gazetteer holding copies of g's entries followed by
// those of others, in order; an entry whose id is already present replaces
// the earlier one in its place (later gazetteers override earlier ones). g
// and others are not modified; nil gazetteers are skipped.
func (g *Gazetteer) Merge(others ...*Gazetteer) *Gazetteer {
	m := g.Clone()
	for _, o := range others {
		for e := range o.All() {
			m.put(e.Clone())
		}
	}
	return m
}

// Filter returns a new gazetteer holding copies of the entries whose type is
// one of types, in order. With no types it is empty.
func (g *Gazetteer) Filter(types ...Type) *Gazetteer {
	f := &Gazetteer{index: make(map[string]int)}
	for e := range g.All() {
		if slices.Contains(types, e.Type) {
			f.append(e.Clone())
		}
	}
	return f
}

// RefError is a broken cross reference found by Check. It wraps ErrReference.
type RefError struct {
	ID      string // the entry holding the reference
	Field   string // "capital", "parent" or "positions[N].of"
	Ref     string // the id it refers to
	Problem string // "no such entry", or why the entry does not fit
}

// Error returns "ID: field ref: problem".
func (e *RefError) Error() string {
	return fmt.Sprintf("%s: %s %s: %s", e.ID, e.Field, e.Ref, e.Problem)
}

// Unwrap returns ErrReference.
func (e *RefError) Unwrap() error { return ErrReference }

// Check verifies the references between entries and returns one *RefError
// per problem, in entry order (nil when there is none):
//
//   - a COUNTRY's capital must be a LOCATION of that country;
//   - a parent must exist, and following parents must not loop;
//   - a position's of must exist and be a COUNTRY or an ORGANIZATION.
//
// Broken references do not make a gazetteer unusable: the tagger ignores
// them. Check is for data tests and tools.
func (g *Gazetteer) Check() []error {
	var errs []error
	ref := func(e *Entry, field, id, problem string) {
		errs = append(errs, &RefError{ID: e.ID, Field: field, Ref: id, Problem: problem})
	}
	for e := range g.All() {
		if e.Capital != "" {
			c, ok := g.Entry(e.Capital)
			switch {
			case !ok:
				ref(e, "capital", e.Capital, "no such entry")
			case c.Type != Location:
				ref(e, "capital", e.Capital, fmt.Sprintf("has type %v, want LOCATION", c.Type))
			case c.Country != e.Country:
				ref(e, "capital", e.Capital, fmt.Sprintf("has country %q, not %q", c.Country, e.Country))
			}
		}
		if e.Parent != "" {
			if _, ok := g.Entry(e.Parent); !ok {
				ref(e, "parent", e.Parent, "no such entry")
			} else if g.parentLoops(e) {
				ref(e, "parent", e.Parent, "the chain of parents loops")
			}
		}
		for i, p := range e.Positions {
			if p.Of == "" {
				continue
			}
			field := fmt.Sprintf("positions[%d].of", i)
			o, ok := g.Entry(p.Of)
			switch {
			case !ok:
				ref(e, field, p.Of, "no such entry")
			case o.Type == Location && (p.Role == RoleMayor || p.Role == RoleGovernor):
				// a mayor or governor holds office in a city or province
			case o.Type != Country && o.Type != Organization:
				ref(e, field, p.Of, fmt.Sprintf("has type %v, want COUNTRY or ORGANIZATION", o.Type))
			}
		}
	}
	return errs
}

// parentLoops reports whether following parents from e comes back to an
// entry already seen.
func (g *Gazetteer) parentLoops(e *Entry) bool {
	seen := map[string]bool{e.ID: true}
	for e.Parent != "" {
		if seen[e.Parent] {
			return true
		}
		seen[e.Parent] = true
		p, ok := g.Entry(e.Parent)
		if !ok {
			return false
		}
		e = p
	}
	return false
}
