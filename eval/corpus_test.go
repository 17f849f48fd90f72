package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kayan-nlp/kayan/entity"
)

// corporaDir returns ../shared/corpora relative to the module root, or
// skips the test when it is absent (a fresh clone has no corpora).
func corporaDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
	c := filepath.Join(dir, "..", "shared", "corpora")
	if _, err := os.Stat(c); err != nil {
		t.Skipf("no corpora at %s", c)
	}
	return c
}

func readCorpora(t *testing.T, pattern string) []*Corpus {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Skipf("no files match %s", pattern)
	}
	var cs []*Corpus
	for _, f := range files {
		c, err := ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	return cs
}

// TestCorpora scores the default tagger on the development corpora and logs
// the scores and error classes (go test -run Corpora -v ./eval). It fails
// when the scorer is broken (no gold chunk read, error classes that do not
// add up) and when the micro F1 falls below the floor measured for the
// tagger: 0.70 on the ANERcorp dev part (the project's target), 0.53 on
// AQMAR (Wikipedia articles on science, history and sport).
func TestCorpora(t *testing.T) {
	dir := corporaDir(t)
	for _, tc := range []struct {
		name, pattern string
		floor         float64
	}{
		{"anercorp-dev", filepath.Join(dir, "anercorp-dev", "*.conll"), 70},
		{"aqmar", filepath.Join(dir, "aqmar", "*.txt"), 53},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := readCorpora(t, tc.pattern)
			r := Evaluate(entity.Default(), cs, &Options{Top: 15})
			var buf bytes.Buffer
			if err := WriteText(&buf, r, true); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s\n%s", tc.name, buf.String())
			if r.Micro.Gold == 0 {
				t.Fatal("no gold chunks")
			}
			if r.Micro.F1 < tc.floor {
				t.Errorf("micro F1 %.2f, below the floor %.0f", r.Micro.F1, tc.floor)
			}
			for l, sc := range r.Types {
				e := r.Errors[l]
				if g := e.Missed + e.WrongType + e.WrongBoundary + e.WrongBoth; g != sc.Gold-sc.Correct {
					t.Errorf("%s: gold-side errors %d, want %d", l, g, sc.Gold-sc.Correct)
				}
				if p := e.Spurious + e.Overlapping; p != sc.Pred-sc.Correct {
					t.Errorf("%s: predicted-side errors %d, want %d", l, p, sc.Pred-sc.Correct)
				}
			}
		})
	}
}
