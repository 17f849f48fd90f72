package eval

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// predTypes are the names of the entity types a tagger predicts.
var predTypes = []string{"PERSON", "COUNTRY", "LOCATION", "ORGANIZATION", "NATIONALITY"}

// TypeMap says which labels are scored and how predicted and gold types
// become them.
//
// The default map scores PERS, LOC and ORG, the types of ANERcorp and
// AQMAR: PERSON → PERS, COUNTRY and LOCATION → LOC, ORGANIZATION → ORG,
// NATIONALITY → O (not scored: ANERcorp tags nationality adjectives O); in
// gold, PERS and PER → PERS, LOC → LOC, ORG → ORG. Gold chunks of any other
// type (MISC, AQMAR's MIS0–MIS3, the odd ENGLISH) are ignored: the tagger
// predicts nothing of the kind, so they count neither as gold chunks (no
// recall lost) nor as anything else; a prediction overlapping one still
// counts as spurious, and Errors reports how many did.
type TypeMap struct {
	// Pred maps an entity type name (PERSON, COUNTRY, LOCATION,
	// ORGANIZATION, NATIONALITY) to a label; "O" or no entry: not scored.
	// A key "source:NAME" (source:composed, source:context…) maps the
	// mentions found that way, whatever their type.
	Pred map[string]string `json:"pred"`
	// Gold maps a gold tag type to a label; a key ending in * matches by
	// prefix (MIS* matches MIS0), an exact key wins. "O" or no entry:
	// ignored.
	Gold map[string]string `json:"gold"`
}

// DefaultTypeMap returns a new copy of the default map.
func DefaultTypeMap() *TypeMap {
	return &TypeMap{
		Pred: map[string]string{
			"PERSON": "PERS", "COUNTRY": "LOC", "LOCATION": "LOC",
			"ORGANIZATION": "ORG", "NATIONALITY": "O",
		},
		Gold: map[string]string{"PERS": "PERS", "PER": "PERS", "LOC": "LOC", "ORG": "ORG"},
	}
}

// ParseTypeMap parses comma-separated KEY=LABEL pairs and applies them over
// the default map. A KEY that names an entity type (PERSON, COUNTRY,
// LOCATION, ORGANIZATION, NATIONALITY) sets how predictions of that type
// are scored; any other KEY is a gold type, possibly with a trailing *.
// LABEL O removes the type from scoring. For example
// "NATIONALITY=MISC,MISC=MISC,MIS*=MISC" also scores nationality
// adjectives against gold MISC chunks, and "source:composed=O" leaves out
// the institutions composed from a head and a nationality (الجيش
// الإسرائيلي), which ANERcorp does not annotate.
func ParseTypeMap(s string) (*TypeMap, error) {
	m := DefaultTypeMap()
	for _, kv := range strings.Split(s, ",") {
		kv = strings.TrimSpace(kv)
		if kv == "" {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" || v == "" {
			return nil, fmt.Errorf("eval: type map %q: want KEY=LABEL", kv)
		}
		if v != "O" && !validType(v) {
			return nil, fmt.Errorf("eval: type map %q: bad label %q", kv, v)
		}
		if slices.Contains(predTypes, k) || strings.HasPrefix(k, "source:") {
			m.Pred[k] = v
		} else {
			m.Gold[k] = v
		}
	}
	return m, nil
}

// String formats the map as ParseTypeMap reads it, keys sorted.
func (m *TypeMap) String() string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m.Pred)) {
		parts = append(parts, k+"="+m.Pred[k])
	}
	for _, k := range slices.Sorted(maps.Keys(m.Gold)) {
		parts = append(parts, k+"="+m.Gold[k])
	}
	return strings.Join(parts, ",")
}

// PredLabel returns the label of a predicted entity type, or "" when that
// type is not scored.
func (m *TypeMap) PredLabel(typ string) string {
	if l := m.Pred[typ]; l != "O" {
		return l
	}
	return ""
}

// MentionLabel returns the label of a predicted mention: by its source when
// the map names it, else by its type; "" when it is not scored.
func (m *TypeMap) MentionLabel(typ, source string) string {
	if l, ok := m.Pred["source:"+source]; ok {
		if l == "O" {
			return ""
		}
		return l
	}
	return m.PredLabel(typ)
}

// GoldLabel returns the label of a gold type, or "" when chunks of that type
// are ignored.
func (m *TypeMap) GoldLabel(typ string) string {
	l, ok := m.Gold[typ]
	if !ok {
		best := -1
		for k, v := range m.Gold {
			if p, star := strings.CutSuffix(k, "*"); star && strings.HasPrefix(typ, p) && len(p) > best {
				best, l = len(p), v
			}
		}
	}
	if l == "O" {
		return ""
	}
	return l
}

// Labels returns the labels the map scores, sorted: those that both a
// predicted type and a gold type map to.
func (m *TypeMap) Labels() []string {
	gold := map[string]bool{}
	for _, l := range m.Gold {
		gold[l] = true
	}
	var out []string
	for _, l := range m.Pred {
		if l != "O" && gold[l] && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	slices.Sort(out)
	return out
}
