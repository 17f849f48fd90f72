package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/kayan-nlp/kayan/entity"
	"github.com/kayan-nlp/kayan/format"
)

// job is one input document.
type job struct {
	seq   int
	id    string
	text  string
	extra []format.Field
}

// done is a tagged document.
type done struct {
	seq int
	doc *format.Document
}

// errStrict stops the reading on the first malformed line.
var errStrict = errors.New("stopped at a malformed line (-strict)")

func runTag(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("tag", "kayan tag [flags] [files]", stderr)
	in := fs.String("in", "text", "input: text (a file is a document), lines (a line is a document) or jsonl ({\"id\", \"text\"} per line)")
	out := fs.String("out", "text", "output: "+strings.Join(format.Formats, ", "))
	var gaz, rules listFlag
	fs.Var(&gaz, "gazetteer", "gazetteer `FILE` (JSON Lines) to add over the default; repeatable")
	fs.Var(&rules, "rules", "relation rules `FILE` to add; repeatable")
	noDefault := fs.Bool("no-default", false, "use only the -gazetteer and -rules files, not the defaults")
	workers := fs.Int("j", runtime.NumCPU(), "number of workers")
	strict := fs.Bool("strict", false, "stop at the first malformed JSONL line")
	files, status, ok := parseFlags(fs, args)
	if !ok {
		return status
	}
	if !slices.Contains([]string{"text", "lines", "jsonl"}, *in) {
		fmt.Fprintf(stderr, "kayan tag: unknown -in %q (want text, lines or jsonl)\n", *in)
		return 2
	}
	w, err := format.NewWriter(*out, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "kayan tag: %v\n", err)
		return 2
	}
	if *workers < 1 {
		*workers = 1
	}
	p, err := newPipeline(gaz, rules, *noDefault)
	if err != nil {
		fmt.Fprintf(stderr, "kayan tag: %v\n", err)
		return 1
	}
	errw := &lockedWriter{w: stderr}
	if len(files) == 0 {
		files = []string{"-"}
	}
	prog := newProgress(stderr, errw, inputSize(files, stdin))

	jobs := make(chan job, *workers)
	results := make(chan done, *workers)
	slots := make(chan struct{}, 4*(*workers)+8) // bounds the documents in flight
	failed := false
	var readErr error
	go func() {
		defer close(jobs)
		r := &reader{mode: *in, stdin: stdin, errw: errw, strict: *strict, jobs: jobs, slots: slots}
		readErr = r.readAll(files)
		failed = r.failed
	}()
	var wg sync.WaitGroup
	for range *workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := &entity.Document{}
			for j := range jobs {
				fd := p.process(d, j.text)
				fd.ID, fd.Extra = j.id, j.extra
				results <- done{j.seq, fd}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]*format.Document{}
	next := 0
	var writeErr error
	for r := range results {
		pending[r.seq] = r.doc
		for d, ok := pending[next]; ok; d, ok = pending[next] {
			delete(pending, next)
			next++
			if writeErr == nil {
				writeErr = w.Write(d)
			}
			prog.add(len(d.Text))
			<-slots
		}
	}
	if err := w.Close(); writeErr == nil {
		writeErr = err
	}
	prog.finish()
	if writeErr != nil {
		fmt.Fprintf(errw, "kayan tag: writing: %v\n", writeErr)
		return 1
	}
	if readErr != nil {
		fmt.Fprintf(errw, "kayan tag: %v\n", readErr)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

// reader turns the input files into jobs.
type reader struct {
	mode   string
	stdin  io.Reader
	errw   io.Writer
	strict bool
	jobs   chan<- job
	slots  chan struct{}
	seq    int
	failed bool
}

func (r *reader) send(id, text string, extra []format.Field) {
	r.slots <- struct{}{}
	text = strings.ToValidUTF8(text, "\uFFFD")
	r.jobs <- job{seq: r.seq, id: id, text: text, extra: extra}
	r.seq++
}

// readAll reads every file ("-" is stdin); it reports unreadable files and
// malformed lines on errw and goes on, except with strict.
func (r *reader) readAll(files []string) error {
	for _, name := range files {
		var f io.Reader
		id := name
		if name == "-" {
			f, id = r.stdin, "stdin"
		} else {
			fh, err := os.Open(name)
			if err != nil {
				fmt.Fprintf(r.errw, "kayan tag: %v\n", err)
				r.failed = true
				continue
			}
			f = fh
		}
		err := r.read(f, id)
		if c, ok := f.(io.Closer); ok && name != "-" {
			c.Close()
		}
		if err != nil {
			if errors.Is(err, errStrict) {
				r.failed = true
				return err
			}
			fmt.Fprintf(r.errw, "kayan tag: %v\n", err)
			r.failed = true
		}
	}
	return nil
}

// read reads one input; errors read "name:line: …".
func (r *reader) read(f io.Reader, name string) error {
	if r.mode == "text" {
		b, err := io.ReadAll(f)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		r.send(name, strings.TrimPrefix(string(b), "\uFEFF"), nil)
		return nil
	}
	br := bufio.NewReaderSize(f, 64*1024)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			line = bytes.TrimRight(line, "\r\n")
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\uFEFF"))
			}
			if len(bytes.TrimSpace(line)) > 0 {
				r.line(line, name, n)
			}
		}
		if r.failed && r.strict {
			return errStrict
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
}

// line handles one non-blank line of lines or jsonl input.
func (r *reader) line(line []byte, name string, n int) {
	lineID := name + ":" + strconv.Itoa(n)
	if r.mode == "lines" {
		r.send(lineID, string(line), nil)
		return
	}
	id, text, extra, err := format.ParseInput(line)
	if err != nil {
		what := "line skipped"
		if r.strict {
			what = "stopping here"
		}
		fmt.Fprintf(r.errw, "%s: %v (%s)\n", lineID, strings.TrimPrefix(err.Error(), "format: "), what)
		r.failed = true
		return
	}
	if id == "" {
		id = lineID
	}
	r.send(id, text, extra)
}

// lockedWriter serializes writes from several goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
