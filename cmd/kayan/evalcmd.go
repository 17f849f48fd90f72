package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kayan-nlp/kayan/eval"
)

func runEval(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("eval", "kayan eval [flags] -gold FILE... (a directory means its *.conll and *.txt files)", stderr)
	var gold listFlag
	fs.Var(&gold, "gold", "gold CoNLL `FILE` or directory; repeatable, more may follow the flags")
	types := fs.String("types", "", "type map over the default, as KEY=LABEL,... (e.g. NATIONALITY=MISC,MIS*=MISC); LABEL O drops a type")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	errs := fs.Bool("errors", false, "also print the error classes and the most frequent errors")
	top := fs.Int("top", 20, "number of examples in each error list")
	document := fs.Bool("document", false, "tag each file as one text (coreference across sentences) instead of sentence by sentence")
	var gaz listFlag
	fs.Var(&gaz, "gazetteer", "gazetteer `FILE` to add over the default; repeatable")
	noDefault := fs.Bool("no-default", false, "use only the -gazetteer files")
	pos, status, ok := parseFlags(fs, args)
	if !ok {
		return status
	}
	gold = append(gold, pos...)
	if len(gold) == 0 {
		fmt.Fprintln(stderr, "kayan eval: no -gold file")
		fs.Usage()
		return 2
	}
	tm, err := eval.ParseTypeMap(*types)
	if err != nil {
		fmt.Fprintf(stderr, "kayan eval: -types: %v\n", err)
		return 2
	}
	files, err := expandGold(gold)
	if err != nil {
		fmt.Fprintf(stderr, "kayan eval: %v\n", err)
		return 1
	}
	var corpora []*eval.Corpus
	for _, f := range files {
		c, err := eval.ReadFile(f)
		if err != nil {
			fmt.Fprintf(stderr, "kayan eval: %v\n", err)
			return 1
		}
		corpora = append(corpora, c)
	}
	tagger, err := newTagger(gaz, *noDefault)
	if err != nil {
		fmt.Fprintf(stderr, "kayan eval: %v\n", err)
		return 1
	}
	r := eval.Evaluate(tagger, corpora, &eval.Options{Types: tm, Document: *document, Top: *top})
	for _, is := range r.Issues {
		fmt.Fprintf(stderr, "%s\n", is)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if !*errs {
			r.Missed, r.Spurious, r.Boundary = nil, nil, nil
		}
		if err := enc.Encode(r); err != nil {
			fmt.Fprintf(stderr, "kayan eval: %v\n", err)
			return 1
		}
		return 0
	}
	if err := eval.WriteText(stdout, r, *errs); err != nil {
		fmt.Fprintf(stderr, "kayan eval: %v\n", err)
		return 1
	}
	return 0
}

// expandGold replaces each directory by its *.conll and *.txt files, sorted.
func expandGold(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			out = append(out, p)
			continue
		}
		ents, err := os.ReadDir(p)
		if err != nil {
			return nil, err
		}
		var found []string
		for _, e := range ents {
			if n := e.Name(); !e.IsDir() && (strings.HasSuffix(n, ".conll") || strings.HasSuffix(n, ".txt")) {
				found = append(found, filepath.Join(p, n))
			}
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: no .conll or .txt file", p)
		}
		slices.Sort(found)
		out = append(out, found...)
	}
	return out, nil
}
