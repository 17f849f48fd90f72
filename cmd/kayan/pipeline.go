package main

import (
	"fmt"

	"github.com/kayan-nlp/kayan/entity"
	"github.com/kayan-nlp/kayan/format"
	"github.com/kayan-nlp/kayan/relation"
)

// newTagger returns the default tagger, or one compiled from the default
// gazetteer merged with files (the files alone with noDefault). A file
// that does not load is an error.
func newTagger(files []string, noDefault bool) (*entity.Tagger, error) {
	if len(files) == 0 && !noDefault {
		return entity.Default(), nil
	}
	g, _, err := loadGazetteer(files, noDefault)
	if err != nil {
		return nil, err
	}
	if g.Len() == 0 {
		return nil, fmt.Errorf("the gazetteer is empty: -no-default needs a -gazetteer file with entries")
	}
	t, err := entity.New(g, nil)
	if err != nil {
		return nil, fmt.Errorf("compiling the gazetteer: %w", err)
	}
	return t, nil
}

// pipeline tags a text and extracts its relations.
type pipeline struct {
	tagger *entity.Tagger
	rel    *relation.Extractor
}

// newPipeline builds the tagger and the relation extractor: the default
// rules followed by those of ruleFiles (only the latter with noDefault).
func newPipeline(gazFiles, ruleFiles []string, noDefault bool) (*pipeline, error) {
	t, err := newTagger(gazFiles, noDefault)
	if err != nil {
		return nil, err
	}
	x, err := newExtractor(ruleFiles, noDefault)
	if err != nil {
		return nil, err
	}
	return &pipeline{t, x}, nil
}

// process tags text into d (reused) and returns the result.
func (p *pipeline) process(d *entity.Document, text string) *format.Document {
	p.tagger.TagInto(d, text)
	var rels []relation.Relation
	if p.rel != nil {
		rels = p.rel.Extract(d)
	}
	return format.NewDocument(d, rels)
}
