package jobs

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"

	"github.com/lanrat/extsort"

	"github.com/stance-news/stance/jobs/source"
)

// codec encodes records of type T for the disk: what a spill sort and a
// record file write and read back.
type codec[T any] struct {
	what   string // the records, for errors: "article references", say
	append func(b []byte, r T) []byte
	parse  func(b []byte) (T, error)
}

// sortChunk is how many records a spillSorter sorts in memory before it
// writes them to disk: some megabytes of them.
var sortChunk = 1 << 16 // a variable so tests can move it

// spillSorter sorts records of a run that may be too many to hold: it keeps
// a few chunks in memory and spills the rest to a temporary file. Add every
// record, then range over sorted; stop releases it early.
type spillSorter[T any] struct {
	what    string
	in      chan T
	out     <-chan T
	errs    <-chan error
	stopped chan struct{} // closed when Sort returns
	cancel  context.CancelFunc
	closed  bool
}

// newSpillSorter starts a sort of records by compare; its temporary file
// goes in dir (empty: the system's temporary directory).
func newSpillSorter[T any](ctx context.Context, dir string, c codec[T], compare func(a, b T) int) *spillSorter[T] {
	ctx, cancel := context.WithCancel(ctx)
	s := &spillSorter[T]{what: c.what, in: make(chan T, 256), stopped: make(chan struct{}), cancel: cancel}
	toBytes := func(r T) ([]byte, error) { return c.append(nil, r), nil }
	sorter, out, errs := extsort.Generic(s.in, c.parse, toBytes, compare, &extsort.Config{
		ChunkSize:          sortChunk,
		NumWorkers:         1,
		ChanBuffSize:       0,
		SortedChanBuffSize: 256,
		TempFilesDir:       dir,
	})
	s.out, s.errs = out, errs
	go func() {
		defer close(s.stopped)
		sorter.Sort(ctx)
	}()
	return s
}

// add hands r to the sort. It fails only when the sort has already failed
// or its ctx is done.
func (s *spillSorter[T]) add(r T) error {
	select {
	case s.in <- r:
		return nil
	case <-s.stopped: // Sort returns before its input closes only on failure
		for range s.out {
		}
		if err := <-s.errs; err != nil {
			return fmt.Errorf("sort %s: %w", s.what, err)
		}
		return fmt.Errorf("sort %s: stopped", s.what)
	}
}

// sorted ends the sort's input and yields the records in order; after the
// loop, *err tells whether the sort failed.
func (s *spillSorter[T]) sorted(err *error) iter.Seq[T] {
	return func(yield func(T) bool) {
		s.closeInput()
		for r := range s.out {
			if !yield(r) {
				s.stop()
				return
			}
		}
		if e := <-s.errs; e != nil {
			*err = fmt.Errorf("sort %s: %w", s.what, e)
		}
	}
}

func (s *spillSorter[T]) closeInput() {
	if !s.closed {
		close(s.in)
		s.closed = true
	}
}

// stop abandons the sort and waits for it to remove its temporary file.
func (s *spillSorter[T]) stop() {
	s.cancel()
	s.closeInput()
	<-s.stopped
	for range s.out {
	}
}

// recordWriter writes records to a file, each preceded by its length.
type recordWriter[T any] struct {
	c   codec[T]
	f   *os.File
	w   *bufio.Writer
	buf []byte
}

func createRecords[T any](path string, c codec[T]) (*recordWriter[T], error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c.what, err)
	}
	return &recordWriter[T]{c: c, f: f, w: bufio.NewWriterSize(f, 1<<16)}, nil
}

func (w *recordWriter[T]) write(r T) error {
	w.buf = w.c.append(w.buf[:0], r)
	var length [binary.MaxVarintLen64]byte
	_, err := w.w.Write(length[:binary.PutUvarint(length[:], uint64(len(w.buf)))])
	if err == nil {
		_, err = w.w.Write(w.buf)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", w.c.what, err) // err names the file
	}
	return nil
}

// close flushes and closes the file; closing it again does nothing.
func (w *recordWriter[T]) close() error {
	if w.f == nil {
		return nil
	}
	f := w.f
	w.f = nil
	err := w.w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", w.c.what, err) // err names the file
	}
	return nil
}

// errBadRecord reports a record that does not decode.
var errBadRecord = errors.New("malformed record")

// maxRecord bounds a record read back: its strings come from one input line.
const maxRecord = 2*source.MaxLine + 4096

// readRecords yields the records of a file recordWriter wrote, in order;
// after the loop, *err tells whether reading failed.
func readRecords[T any](path string, c codec[T], err *error) iter.Seq[T] {
	return func(yield func(T) bool) {
		f, e := os.Open(path)
		if e != nil {
			*err = fmt.Errorf("%s: %w", c.what, e)
			return
		}
		defer f.Close()
		br := bufio.NewReaderSize(f, 1<<16)
		var buf []byte
		for {
			n, e := binary.ReadUvarint(br)
			if e == io.EOF {
				return
			}
			if e == nil && n > maxRecord {
				e = errBadRecord
			}
			if e == nil {
				if uint64(cap(buf)) < n {
					buf = make([]byte, n)
				}
				buf = buf[:n]
				_, e = io.ReadFull(br, buf)
			}
			var r T
			if e == nil {
				r, e = c.parse(buf)
			}
			if e != nil {
				*err = fmt.Errorf("read %s from %s: %w", c.what, path, e)
				return
			}
			if !yield(r) {
				return
			}
		}
	}
}

// appendString appends s, preceded by its length.
func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// recordReader decodes the fields of one record in turn; the first field
// that does not decode sets err, and the rest read as zero.
type recordReader struct {
	b   []byte
	err error
}

func (r *recordReader) string() string {
	n, k := binary.Uvarint(r.b)
	if r.err != nil || k <= 0 || uint64(len(r.b)-k) < n {
		r.err = errBadRecord
		return ""
	}
	s := string(r.b[k : k+int(n)])
	r.b = r.b[k+int(n):]
	return s
}

func (r *recordReader) int() int64 {
	v, k := binary.Varint(r.b)
	if r.err != nil || k <= 0 {
		r.err = errBadRecord
		return 0
	}
	r.b = r.b[k:]
	return v
}

// bytes reads len(dst) bytes into dst.
func (r *recordReader) bytes(dst []byte) {
	if r.err != nil || len(r.b) < len(dst) {
		r.err = errBadRecord
		return
	}
	r.b = r.b[copy(dst, r.b):]
}

// end reports the record's error, or one if bytes are left over.
func (r *recordReader) end() error {
	if r.err == nil && len(r.b) != 0 {
		r.err = errBadRecord
	}
	return r.err
}
