package eval

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
)

// WriteText writes the result as a table for people: the scores by label
// and micro-averaged, then, when errors is true, the error classes, the
// scores by mention source, and the most frequent errors.
func WriteText(w io.Writer, r *Result, errors bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", "type", "gold", "pred", "correct", "P", "R", "F1")
	row := func(name string, s Score) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", name, s.Gold, s.Pred, s.Correct, s.Precision, s.Recall, s.F1)
	}
	for _, l := range slices.Sorted(maps.Keys(r.Types)) {
		row(l, r.Types[l])
	}
	row("micro", r.Micro)
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	fmt.Fprintf(w, "%d sentences, %d tokens", r.Sentences, r.Tokens)
	if len(r.Ignored) > 0 {
		var parts []string
		for _, k := range slices.Sorted(maps.Keys(r.Ignored)) {
			parts = append(parts, fmt.Sprintf("%s %d", k, r.Ignored[k]))
		}
		fmt.Fprintf(w, "; ignored gold chunks: %s", strings.Join(parts, ", "))
	}
	fmt.Fprintf(w, "; %d malformed lines\n", len(r.Issues))
	if !errors {
		return nil
	}

	fmt.Fprintln(w, "\nerrors (gold side: missed, wrong type, wrong boundary, both; predicted side: spurious, of which inside ignored gold, overlapping)")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "type\tmissed\ttype\tboundary\tboth\tspurious\tin-ignored\toverlap\t\n")
	for _, l := range slices.Sorted(maps.Keys(r.Errors)) {
		e := r.Errors[l]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n", l, e.Missed, e.WrongType, e.WrongBoundary, e.WrongBoth, e.Spurious, e.SpuriousInIgnored, e.Overlapping)
	}
	tw.Flush()
	if len(r.Confusions) > 0 {
		var parts []string
		for _, k := range slices.Sorted(maps.Keys(r.Confusions)) {
			parts = append(parts, fmt.Sprintf("%s %d", k, r.Confusions[k]))
		}
		fmt.Fprintf(w, "wrong types: %s\n", strings.Join(parts, ", "))
	}
	if len(r.Sources) > 0 {
		fmt.Fprintln(w, "\npredictions by source")
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "source\tpred\tcorrect\tP\t\n")
		for _, k := range slices.Sorted(maps.Keys(r.Sources)) {
			s := r.Sources[k]
			fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t\n", k, s.Pred, s.Correct, newScore(0, s.Pred, s.Correct).Precision)
		}
		tw.Flush()
	}
	list := func(title string, ex []Example) {
		if len(ex) == 0 {
			return
		}
		fmt.Fprintf(w, "\n%s\n", title)
		for _, e := range ex {
			if e.Pred != "" {
				fmt.Fprintf(w, "%5d  %s /%s  ≠  %s\n", e.Count, e.Text, e.Label, e.Pred)
			} else {
				fmt.Fprintf(w, "%5d  %s /%s\n", e.Count, e.Text, e.Label)
			}
		}
	}
	list("most frequent missed", r.Missed)
	list("most frequent spurious", r.Spurious)
	list("most frequent wrong boundaries or types (gold ≠ predicted)", r.Boundary)
	return nil
}
