package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/kayan-nlp/kayan/gazetteer"
)

func runGazetteer(args []string, stdout, stderr io.Writer) int {
	const synopsis = "kayan gazetteer lint|stats|export [-no-default] [FILE...]"
	if len(args) == 0 {
		fmt.Fprintf(stderr, "usage: %s\n", synopsis)
		return 2
	}
	sub := args[0]
	fs := newFlagSet("gazetteer "+sub, synopsis, stderr)
	noDefault := fs.Bool("no-default", false, "work on the FILEs alone, not merged over the default gazetteer")
	files, status, ok := parseFlags(fs, args[1:])
	if !ok {
		return status
	}
	if !slices.Contains([]string{"lint", "stats", "export"}, sub) {
		fmt.Fprintf(stderr, "kayan gazetteer: unknown command %q\nusage: %s\n", sub, synopsis)
		return 2
	}
	if *noDefault && len(files) == 0 {
		fmt.Fprintln(stderr, "kayan gazetteer: -no-default needs a FILE")
		return 2
	}
	g, user, loadErr := loadGazetteer(files, *noDefault)
	status = 0
	if loadErr != nil {
		fmt.Fprintf(stderr, "%v\n", loadErr)
		// lint goes on with the entries that loaded.
		if sub != "lint" || g == nil {
			return 1
		}
		status = 1
	}
	switch sub {
	case "lint":
		if user == nil {
			// The default gazetteer's own bad entries, left out of it.
			if err := gazetteer.DefaultErr(); err != nil {
				for _, line := range strings.Split(err.Error(), "\n") {
					fmt.Fprintf(stdout, "error: %s\n", line)
				}
				status = 1
			}
		}
		for _, err := range g.Check() {
			var re *gazetteer.RefError
			if user != nil && errors.As(err, &re) && !user[re.ID] {
				continue
			}
			fmt.Fprintf(stdout, "error: %v\n", err)
			status = 1
		}
		n := 0
		for _, f := range gazetteer.Lint(g) {
			// With user files, report only their entries (shared names
			// with the default are reported on the user's entry).
			if user != nil && !user[f.ID] {
				continue
			}
			fmt.Fprintf(stdout, "warning: %s\n", f)
			n++
		}
		fmt.Fprintf(stderr, "%d entries, %d warnings\n", g.Len(), n)
	case "stats":
		counts := map[string]int{}
		aliases := map[string]int{}
		for e := range g.All() {
			counts[e.Type.String()]++
			aliases[e.Type.String()] += len(e.Names()) - 1
		}
		w := bufio.NewWriter(stdout)
		fmt.Fprintf(w, "%-14s %7s %8s\n", "type", "entries", "aliases")
		total, totalA := 0, 0
		for _, t := range slices.Sorted(maps.Keys(counts)) {
			fmt.Fprintf(w, "%-14s %7d %8d\n", t, counts[t], aliases[t])
			total += counts[t]
			totalA += aliases[t]
		}
		fmt.Fprintf(w, "%-14s %7d %8d\n", "total", total, totalA)
		w.Flush()
	case "export":
		if err := g.WriteJSONL(stdout); err != nil {
			fmt.Fprintf(stderr, "kayan gazetteer: %v\n", err)
			return 1
		}
	}
	return status
}

// loadGazetteer returns the default gazetteer merged with files (or the
// files alone), the ids of the files' entries (nil with no file), and the
// errors of the files. The default gazetteer's own bad entries are left out
// of it (gazetteer.DefaultErr), not reported here.
func loadGazetteer(files []string, noDefault bool) (*gazetteer.Gazetteer, map[string]bool, error) {
	var base *gazetteer.Gazetteer
	if noDefault {
		var err error
		if base, err = gazetteer.New(); err != nil {
			return nil, nil, err
		}
	} else {
		base = gazetteer.Default()
	}
	if len(files) == 0 {
		return base, nil, nil
	}
	user := map[string]bool{}
	var errs []error
	var loaded []*gazetteer.Gazetteer
	for _, f := range files {
		g, err := gazetteer.LoadFile(f)
		if err != nil {
			errs = append(errs, err)
		}
		if g == nil {
			return nil, nil, errors.Join(errs...)
		}
		for e := range g.All() {
			user[e.ID] = true
		}
		loaded = append(loaded, g)
	}
	return base.Merge(loaded...), user, errors.Join(errs...)
}
