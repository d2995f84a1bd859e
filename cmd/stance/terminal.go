package main

import (
	"bytes"
	"io"
	"sync"
)

// terminal shares one terminal between a progress bar and log lines, so
// that neither overwrites the other: a log line first clears the bar's
// line, then the bar is drawn again below it.
type terminal struct {
	mu  sync.Mutex
	w   io.Writer
	bar []byte // the bar's last frame, or nil when no bar is drawn
}

// clearLine returns the cursor to the start of the line and erases it.
const clearLine = "\r\x1b[K"

// Bar is the writer for the progress bar.
func (t *terminal) Bar() io.Writer { return barWriter{t} }

// Log is the writer for log lines.
func (t *terminal) Log() io.Writer { return logWriter{t} }

type barWriter struct{ t *terminal }

func (b barWriter) Write(p []byte) (int, error) {
	b.t.mu.Lock()
	defer b.t.mu.Unlock()
	b.t.bar = append(b.t.bar[:0], p...)
	if len(bytes.Trim(p, "\r \x1b[K")) == 0 {
		b.t.bar = nil // a cleared bar is not drawn again
	}
	return b.t.w.Write(p)
}

type logWriter struct{ t *terminal }

func (l logWriter) Write(p []byte) (int, error) {
	l.t.mu.Lock()
	defer l.t.mu.Unlock()
	if l.t.bar == nil {
		return l.t.w.Write(p)
	}
	if _, err := io.WriteString(l.t.w, clearLine); err != nil {
		return 0, err
	}
	n, err := l.t.w.Write(p)
	if err != nil {
		return n, err
	}
	_, err = l.t.w.Write(l.t.bar)
	return n, err
}
