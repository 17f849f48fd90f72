package format

import "github.com/kayan-nlp/kayan/relation"

// fromRelation converts a relation of package relation.
func fromRelation(text string, r relation.Relation) Relation {
	ts, te := clip(r.Trigger.Start, r.Trigger.End, len(text))
	es, ee := clip(r.Evidence.Start, r.Evidence.End, len(text))
	return Relation{
		Type:     r.Type,
		Subject:  r.Subject,
		Object:   r.Object,
		Role:     r.Role,
		Trigger:  Trigger{Start: ts, End: te, Text: text[ts:te]},
		Evidence: Span{Start: es, End: ee},
		Rule:     r.Rule,
	}
}
