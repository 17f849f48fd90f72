// Command kayan finds people, countries, places and organizations in Arabic
// text and the relations between them.
//
// Usage:
//
//	kayan tag [flags] [files]          tag documents (stdin when no file)
//	kayan eval [flags] -gold FILE...   score the tagger on CoNLL corpora
//	kayan gazetteer lint|stats|export [flags] [FILE...]
//
// kayan tag reads each file as one document (-in text), one document per
// line (-in lines), or JSON Lines objects {"id": "...", "text": "..."} whose
// other fields are passed through (-in jsonl), and writes -out text (a
// listing for people, the default), json, jsonl, conll, brat or html; see
// package github.com/kayan-nlp/kayan/format for the formats. -gazetteer
// FILE (repeatable) adds entries over the default gazetteer, -rules FILE
// adds relation rules, -no-default uses only the given files; -j sets the
// number of workers, the output keeping the input order. A malformed JSONL
// line is reported with its line number and skipped, or stops the run with
// -strict; the exit status is 1 when anything failed, 2 on bad usage.
//
// kayan eval prints strict chunk precision, recall and F1 by type and
// micro-averaged (package github.com/kayan-nlp/kayan/eval); -types changes
// the type map, -errors adds the error classes, -json prints the result as
// JSON.
//
// kayan gazetteer lint reports ambiguous aliases and broken references,
// stats counts entries by type, export writes the merged gazetteer as JSON
// Lines; with no FILE they work on the default gazetteer, with FILEs on the
// default merged with them (only the files with -no-default).
package main
