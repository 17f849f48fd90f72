package eval

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// Score is the strict chunk score of one label, or of all (micro-averaged):
// a predicted chunk is correct when a gold chunk has exactly its tokens and
// label. Precision, Recall and F1 are in percent, 0 when undefined.
type Score struct {
	Gold      int     `json:"gold"`
	Pred      int     `json:"pred"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func newScore(gold, pred, correct int) Score {
	s := Score{Gold: gold, Pred: pred, Correct: correct}
	if pred > 0 {
		s.Precision = 100 * float64(correct) / float64(pred)
	}
	if gold > 0 {
		s.Recall = 100 * float64(correct) / float64(gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// ErrorCounts classifies the chunks that are not correct. Gold-side counts
// (Missed, WrongType, WrongBoundary, WrongBoth) are by gold label and add up
// to Gold − Correct; prediction-side counts (Spurious, Overlapping) are by
// predicted label and add up to Pred − Correct.
type ErrorCounts struct {
	// Missed: no prediction overlaps the gold chunk.
	Missed int `json:"missed"`
	// WrongType: a prediction has the gold chunk's tokens but another label.
	WrongType int `json:"wrong_type"`
	// WrongBoundary: a prediction of the same label overlaps it with other
	// tokens (and none has its exact tokens).
	WrongBoundary int `json:"wrong_boundary"`
	// WrongBoth: only predictions of other labels and other tokens overlap.
	WrongBoth int `json:"wrong_both"`
	// Spurious: the prediction overlaps no scored gold chunk.
	Spurious int `json:"spurious"`
	// SpuriousInIgnored: of the spurious, those overlapping an ignored gold
	// chunk (MISC).
	SpuriousInIgnored int `json:"spurious_in_ignored"`
	// Overlapping: the prediction is not correct but overlaps a gold chunk
	// (the same error seen from the gold side).
	Overlapping int `json:"overlapping"`
}

// SourceCount counts the predicted chunks of one mention source, and how
// many were correct.
type SourceCount struct {
	Pred    int `json:"pred"`
	Correct int `json:"correct"`
}

// Example is an error string and how often it occurred.
type Example struct {
	Text  string `json:"text"`
	Label string `json:"label"`
	// Pred is the predicted text and label, for boundary and type errors.
	Pred  string `json:"pred,omitempty"`
	Count int    `json:"count"`
}

// Result is the outcome of a scoring run.
type Result struct {
	Files     []string `json:"files,omitempty"`
	Sentences int      `json:"sentences"`
	Tokens    int      `json:"tokens"`
	// TypeMap is the map used, as ParseTypeMap reads it.
	TypeMap string `json:"type_map,omitempty"`
	// Types has the score of every label seen in gold or predictions.
	Types map[string]Score `json:"types"`
	Micro Score            `json:"micro"`
	// Errors classifies the errors by label.
	Errors map[string]ErrorCounts `json:"errors"`
	// Confusions counts wrong-type errors as "GOLD→PRED".
	Confusions map[string]int `json:"confusions,omitempty"`
	// Ignored counts the ignored gold chunks by gold type.
	Ignored map[string]int `json:"ignored,omitempty"`
	// Sources counts the predictions by mention source.
	Sources map[string]SourceCount `json:"sources,omitempty"`
	// Missed, Spurious and Boundary are the most frequent missed gold
	// chunks, spurious predictions, and wrong boundaries or types.
	Missed   []Example `json:"missed,omitempty"`
	Spurious []Example `json:"spurious,omitempty"`
	Boundary []Example `json:"boundary,omitempty"`
	// Issues lists the malformed lines of the corpora.
	Issues []Issue `json:"issues,omitempty"`
}

// Scorer accumulates chunk matches over sentences. The zero value is ready
// to use; a Scorer is not safe for concurrent use.
type Scorer struct {
	// Top is the number of examples kept in each list of the Result; 0
	// means 20, negative none.
	Top int

	sentences, tokens int
	gold, pred, ok    map[string]int
	errs              map[string]*ErrorCounts
	conf, ignored     map[string]int
	sources           map[string]*SourceCount
	missed, spurious  map[[2]string]int
	boundary          map[[4]string]int
}

func (s *Scorer) init() {
	if s.gold != nil {
		return
	}
	s.gold, s.pred, s.ok = map[string]int{}, map[string]int{}, map[string]int{}
	s.errs = map[string]*ErrorCounts{}
	s.conf, s.ignored = map[string]int{}, map[string]int{}
	s.sources = map[string]*SourceCount{}
	s.missed, s.spurious = map[[2]string]int{}, map[[2]string]int{}
	s.boundary = map[[4]string]int{}
}

// Declare makes labels appear in the Result even when no gold or predicted
// chunk has them (with zero scores).
func (s *Scorer) Declare(labels ...string) {
	s.init()
	for _, l := range labels {
		s.gold[l] += 0
	}
}

func (s *Scorer) errOf(label string) *ErrorCounts {
	e := s.errs[label]
	if e == nil {
		e = &ErrorCounts{}
		s.errs[label] = e
	}
	return e
}

func overlaps(a, b Chunk) bool { return a.Start < b.End && b.Start < a.End }

// Add scores one sentence: its tokens, its scored gold chunks (labels
// already mapped), its ignored gold chunks (raw types, for the error
// report) and the predicted chunks (mapped labels; sources, parallel to
// pred, may be nil).
func (s *Scorer) Add(tokens []string, gold, ignored, pred []Chunk, sources []string) {
	s.init()
	s.sentences++
	s.tokens += len(tokens)
	text := func(c Chunk) string {
		if c.Start < 0 || c.End > len(tokens) || c.Start >= c.End {
			return ""
		}
		return strings.Join(tokens[c.Start:c.End], " ")
	}
	for _, c := range ignored {
		s.ignored[c.Type]++
	}
	exact := make(map[Chunk]bool, len(gold))
	for _, g := range gold {
		s.gold[g.Type]++
		exact[g] = true
	}
	for i, p := range pred {
		s.pred[p.Type]++
		var src *SourceCount
		if i < len(sources) && sources[i] != "" {
			if src = s.sources[sources[i]]; src == nil {
				src = &SourceCount{}
				s.sources[sources[i]] = src
			}
			src.Pred++
		}
		if exact[p] {
			s.ok[p.Type]++
			if src != nil {
				src.Correct++
			}
			continue
		}
		e := s.errOf(p.Type)
		if slices.ContainsFunc(gold, func(g Chunk) bool { return overlaps(g, p) }) {
			e.Overlapping++
			continue
		}
		e.Spurious++
		if slices.ContainsFunc(ignored, func(g Chunk) bool { return overlaps(g, p) }) {
			e.SpuriousInIgnored++
		}
		s.spurious[[2]string{text(p), p.Type}]++
	}
	predicted := make(map[Chunk]bool, len(pred))
	for _, p := range pred {
		predicted[p] = true
	}
	for _, g := range gold {
		if predicted[g] {
			continue
		}
		var sameSpan, sameType, other *Chunk
		for i := range pred {
			p := &pred[i]
			switch {
			case !overlaps(*p, g):
			case p.Start == g.Start && p.End == g.End:
				sameSpan = p
			case p.Type == g.Type:
				if sameType == nil {
					sameType = p
				}
			case other == nil:
				other = p
			}
		}
		e := s.errOf(g.Type)
		switch {
		case sameSpan != nil:
			e.WrongType++
			s.conf[g.Type+"→"+sameSpan.Type]++
			s.boundary[[4]string{text(g), g.Type, text(*sameSpan), sameSpan.Type}]++
		case sameType != nil:
			e.WrongBoundary++
			s.boundary[[4]string{text(g), g.Type, text(*sameType), sameType.Type}]++
		case other != nil:
			e.WrongBoth++
			s.boundary[[4]string{text(g), g.Type, text(*other), other.Type}]++
		default:
			e.Missed++
			s.missed[[2]string{text(g), g.Type}]++
		}
	}
}

// Result returns the scores so far.
func (s *Scorer) Result() *Result {
	s.init()
	r := &Result{
		Sentences:  s.sentences,
		Tokens:     s.tokens,
		Types:      map[string]Score{},
		Errors:     map[string]ErrorCounts{},
		Confusions: maps.Clone(s.conf),
		Ignored:    maps.Clone(s.ignored),
		Sources:    map[string]SourceCount{},
	}
	var g, p, ok int
	for _, l := range labels(s.gold, s.pred) {
		r.Types[l] = newScore(s.gold[l], s.pred[l], s.ok[l])
		g, p, ok = g+s.gold[l], p+s.pred[l], ok+s.ok[l]
		if e := s.errs[l]; e != nil {
			r.Errors[l] = *e
		} else {
			r.Errors[l] = ErrorCounts{}
		}
	}
	r.Micro = newScore(g, p, ok)
	for k, v := range s.sources {
		r.Sources[k] = *v
	}
	top := s.Top
	if top == 0 {
		top = 20
	}
	r.Missed = topExamples(s.missed, top, func(k [2]string, n int) Example { return Example{Text: k[0], Label: k[1], Count: n} })
	r.Spurious = topExamples(s.spurious, top, func(k [2]string, n int) Example { return Example{Text: k[0], Label: k[1], Count: n} })
	r.Boundary = topExamples(s.boundary, top, func(k [4]string, n int) Example {
		return Example{Text: k[0], Label: k[1], Pred: k[2] + " /" + k[3], Count: n}
	})
	return r
}

// labels returns the keys of the maps, sorted.
func labels(ms ...map[string]int) []string {
	var out []string
	for _, m := range ms {
		for k := range m {
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return out
}

func topExamples[K comparable](m map[K]int, top int, mk func(K, int) Example) []Example {
	if top < 0 {
		return nil
	}
	out := make([]Example, 0, len(m))
	for k, n := range m {
		out = append(out, mk(k, n))
	}
	slices.SortFunc(out, func(a, b Example) int {
		return cmp.Or(b.Count-a.Count, strings.Compare(a.Label, b.Label),
			strings.Compare(a.Text, b.Text), strings.Compare(a.Pred, b.Pred))
	})
	if len(out) > top {
		out = out[:top]
	}
	return out
}
