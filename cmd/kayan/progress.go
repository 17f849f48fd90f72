package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// inputSize returns the total size of the inputs in bytes, or -1 when it is
// not known (a pipe).
func inputSize(files []string, stdin io.Reader) int64 {
	var n int64
	for _, name := range files {
		var fi os.FileInfo
		var err error
		if name == "-" {
			f, ok := stdin.(*os.File)
			if !ok {
				return -1
			}
			fi, err = f.Stat()
		} else {
			fi, err = os.Stat(name)
		}
		if err != nil || !fi.Mode().IsRegular() {
			return -1
		}
		n += fi.Size()
	}
	return n
}

// progress shows a progress line on a terminal for inputs that take more
// than a second: documents, MB, MB/s and, when the size is known, the ETA.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	total int64
	bytes int64
	docs  int
	start time.Time
	shown bool
	stop  chan struct{}
	wg    sync.WaitGroup
}

// newProgress returns a progress line written to w when term is a
// terminal, or a no-op.
func newProgress(term, w io.Writer, total int64) *progress {
	p := &progress{w: w, total: total, start: time.Now()}
	if !isTerminal(term) {
		return p
	}
	p.stop = make(chan struct{})
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				p.show()
			}
		}
	}()
	return p
}

func (p *progress) add(n int) {
	p.mu.Lock()
	p.bytes += int64(n)
	p.docs++
	p.mu.Unlock()
}

func (p *progress) show() {
	p.mu.Lock()
	defer p.mu.Unlock()
	el := time.Since(p.start)
	if el < time.Second {
		return
	}
	mb := float64(p.bytes) / 1e6
	rate := mb / el.Seconds()
	line := fmt.Sprintf("%d documents, %.1f MB", p.docs, mb)
	if p.total > 0 {
		line += fmt.Sprintf(" of %.1f MB", float64(p.total)/1e6)
	}
	line += fmt.Sprintf(", %.2f MB/s", rate)
	if p.total > 0 && rate > 0 {
		left := time.Duration(float64(p.total-p.bytes) / 1e6 / rate * float64(time.Second))
		line += fmt.Sprintf(", ETA %s", max(left, 0).Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
	p.shown = true
}

// finish stops the line and erases it.
func (p *progress) finish() {
	if p.stop == nil {
		return
	}
	close(p.stop)
	p.wg.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
