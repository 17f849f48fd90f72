// Package format writes kayan's results for people and programs: JSON and
// JSON Lines with a stable field contract, CoNLL (IOB2), brat standoff,
// self-contained HTML, and a plain-text listing.
//
// NewDocument turns a tagged entity.Document and its relations into a
// Document, the JSON shape below; a Writer then streams Documents in one of
// the formats:
//
//	{"id": "...", "text": "...",
//	 "entities": [{"start", "end", "char_start", "char_end", "text", "type",
//	   "id", "name", "name_en", "country", "source", "nested"}],
//	 "relations": [{"type", "subject", "object", "role",
//	   "trigger": {"start", "end", "text"}, "evidence": {"start", "end"},
//	   "rule"}]}
//
// start and end are byte offsets into text, char_start and char_end
// code-point offsets; subject and object index entities. A relation with no
// trigger word has a trigger of {"start": 0, "end": 0, "text": ""}. Fields
// of a JSON Lines input object other than id and text are kept in Extra and
// written back after relations, untouched.
//
// All writers are safe to use from one goroutine at a time; the HTML page
// loads nothing from the network.
package format
