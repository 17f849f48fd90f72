package main

import (
	"github.com/kayan-nlp/kayan/relation"
)

// newExtractor returns the default relation extractor, or one with the
// default rules followed by those of files (the files' alone with
// noDefault; nil, extracting nothing, when there are none).
func newExtractor(files []string, noDefault bool) (*relation.Extractor, error) {
	if len(files) == 0 {
		if noDefault {
			return nil, nil
		}
		return relation.Default(), nil
	}
	var rules []relation.Rule
	if !noDefault {
		rules = append(rules, relation.Builtin()...)
	}
	for _, f := range files {
		rs, err := relation.LoadRulesFile(f)
		if err != nil {
			return nil, err
		}
		rules = append(rules, rs...)
	}
	return relation.New(rules...)
}
