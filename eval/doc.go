// Package eval scores kayan's tagger against human-annotated CoNLL corpora
// the way conlleval does: strict chunk precision, recall and F1 by type and
// micro-averaged.
//
// # Reading
//
// ReadCoNLL reads IOB or IOB2 files ("token TAG" or "token<TAB>TAG", a blank
// line between sentences). Malformed tags (I--ORG, OO) and lines without a
// tag are recorded as Issues with their line numbers, never fatal; a
// malformed tag reads as O.
//
// # Chunks
//
// Chunks follows conlleval: a chunk starts at B-X, and at I-X after O or
// after another type (ANERcorp has entities that begin with I-).
//
// # Tagging
//
// Evaluate joins each sentence's tokens with single spaces, keeping every
// token's byte offsets, tags the text, and maps the mentions back to tokens:
// a token is inside a mention when the mention covers the token's stem,
// that is when the token's last byte is inside the mention. So the corpus
// token والصين, tagged as the mention الصين, counts as inside it, clitic and
// all, as ANERcorp annotates it. Only top-level mentions (not Nested) are
// scored.
//
// # Types
//
// A TypeMap turns predicted and gold types into the labels scored. By
// default: PERSON → PERS, COUNTRY and LOCATION → LOC, ORGANIZATION → ORG,
// and NATIONALITY → O (ANERcorp tags nationality adjectives O); gold PERS
// and PER → PERS, LOC → LOC, ORG → ORG. Gold MISC chunks (and AQMAR's
// MIS0–MIS3) are ignored for scoring, since kayan does not predict them:
// they count neither for nor against recall. A prediction that overlaps one
// counts as spurious, and the error report says how many did. The scores
// are therefore not comparable with published four-type figures, which
// include MISC.
//
// # Errors
//
// Besides the scores, a Result classifies every error: gold chunks missed,
// found with the wrong type, with wrong boundaries, or both; predictions
// that are spurious (and whether inside an ignored MISC chunk); the
// precision of each mention source (gazetteer, alias, context…); and the
// most frequent missed, spurious and mis-bounded strings, to show where the
// tagger should improve.
package eval
