package entity

import (
	"github.com/kayan-nlp/kayan/gazetteer"
	"testing"
)

func TestEmptyGazetteer(t *testing.T) {
	g, err := gazetteer.New()
	if err != nil {
		t.Fatal(err)
	}
	tg, err := New(g, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := tg.Tag("روسيا والصين")
	if len(d.Mentions) != 0 {
		t.Errorf("empty gazetteer found %d mentions", len(d.Mentions))
	}
	if len(d.Tokens) != 2 {
		t.Errorf("tokens = %d, want 2", len(d.Tokens))
	}
}
