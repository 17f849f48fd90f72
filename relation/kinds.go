package relation

import (
	"fmt"
	"slices"
	"sync"

	"github.com/kayan-nlp/kayan/entity"
	"github.com/kayan-nlp/kayan/gazetteer"
)

// KindCapital is the pseudo-kind of a city that is a country's capital
// (its id is the capital of a COUNTRY entry).
const KindCapital = "capital"

// kindSet restricts LOCATION and ORGANIZATION arguments by gazetteer kind.
type kindSet struct {
	kinds    map[string]bool
	loc, org bool // the set names kinds of locations / organizations
}

func makeKindSet(ks []string) (*kindSet, error) {
	if len(ks) == 0 {
		return nil, nil
	}
	s := &kindSet{kinds: make(map[string]bool)}
	locKinds, orgKinds := gazetteer.LocationKinds(), gazetteer.OrganizationKinds()
	for _, k := range ks {
		switch {
		case k == KindCapital || slices.Contains(locKinds, k):
			s.loc = true
		case slices.Contains(orgKinds, k):
			s.org = true
		default:
			return nil, fmt.Errorf("unknown kind %q", k)
		}
		s.kinds[k] = true
	}
	return s, nil
}

// gazKinds is what the default gazetteer says of locations and organizations.
var gazKinds struct {
	once    sync.Once
	kind    map[string]string // id → kind
	capital map[string]bool   // city ids that are capitals
	parent  map[string]string // organization id → parent id
}

func loadKinds() {
	g := gazetteer.Default()
	gazKinds.kind = make(map[string]string)
	gazKinds.capital = make(map[string]bool)
	gazKinds.parent = make(map[string]string)
	for e := range g.All() {
		if e.Type == gazetteer.Organization && e.Parent != "" {
			gazKinds.parent[e.ID] = e.Parent
		}
		switch e.Type {
		case gazetteer.Location, gazetteer.Organization:
			if e.Kind != "" {
				gazKinds.kind[e.ID] = e.Kind
			}
		case gazetteer.Country:
			if e.Capital != "" {
				gazKinds.capital[e.Capital] = true
			}
		}
	}
}

// allows reports whether mention m passes the kind restriction.
func (s *kindSet) allows(m *entity.Mention) bool {
	if s == nil {
		return true
	}
	switch m.Type {
	case entity.Location:
		if !s.loc {
			return true
		}
	case entity.Organization:
		if !s.org {
			return true
		}
	default:
		return true
	}
	gazKinds.once.Do(loadKinds)
	k, known := gazKinds.kind[m.ID]
	if !known {
		return true
	}
	if s.kinds[k] {
		return true
	}
	return m.Type == entity.Location && s.kinds[KindCapital] && gazKinds.capital[m.ID]
}

// parentOf returns the gazetteer parent of an organization id, or "".
func parentOf(id string) string {
	gazKinds.once.Do(loadKinds)
	return gazKinds.parent[id]
}
