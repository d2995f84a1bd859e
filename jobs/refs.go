package jobs

import (
	"bufio"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"strings"
	"sync"

	"github.com/lanrat/extsort"
)

// articleRef locates one article the scan accepted, so it can be read back
// later. References go to disk as the scan finds them (see refSorter), so a
// run's memory does not grow with the number of articles.
type articleRef struct {
	id        string
	seq       int64 // the article's place in the scan: file order, then line order
	file      int32 // index into inputs.files
	line      int32
	offset    int64
	size      int
	date      int32 // days since 1970-01-01
	textBytes int
	digest    [32]byte // of id, source, title and text digest
}

// appendRef appends the binary encoding of r to b.
func appendRef(b []byte, r articleRef) []byte {
	b = binary.AppendUvarint(b, uint64(len(r.id)))
	b = append(b, r.id...)
	b = binary.AppendVarint(b, r.seq)
	b = binary.AppendVarint(b, int64(r.file))
	b = binary.AppendVarint(b, int64(r.line))
	b = binary.AppendVarint(b, r.offset)
	b = binary.AppendVarint(b, int64(r.size))
	b = binary.AppendVarint(b, int64(r.date))
	b = binary.AppendVarint(b, int64(r.textBytes))
	return append(b, r.digest[:]...)
}

var errBadRef = errors.New("malformed article reference")

// parseRef decodes a reference appendRef encoded; the id is copied.
func parseRef(b []byte) (articleRef, error) {
	var r articleRef
	n, k := binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k) < n {
		return r, errBadRef
	}
	r.id, b = string(b[k:k+int(n)]), b[k+int(n):]
	var v [7]int64
	for i := range v {
		if v[i], k = binary.Varint(b); k <= 0 {
			return r, errBadRef
		}
		b = b[k:]
	}
	if len(b) != len(r.digest) {
		return r, errBadRef
	}
	r.seq, r.file, r.line, r.offset = v[0], int32(v[1]), int32(v[2]), v[3]
	r.size, r.date, r.textBytes = int(v[4]), int32(v[5]), int(v[6])
	copy(r.digest[:], b)
	return r, nil
}

// byIDSeq orders references by article id, then by their place in the scan,
// so the first reference of an id is the one a run keeps.
func byIDSeq(a, b articleRef) int {
	return cmp.Or(strings.Compare(a.id, b.id), cmp.Compare(a.seq, b.seq))
}

// byDateID orders references by date, then by article id: the order in
// which a run writes partitions and their rows.
func byDateID(a, b articleRef) int {
	return cmp.Or(cmp.Compare(a.date, b.date), strings.Compare(a.id, b.id), cmp.Compare(a.seq, b.seq))
}

// refChunk is how many references a refSorter sorts in memory before it
// writes them to disk: about 8 MB of them.
var refChunk = 1 << 16 // a variable so tests can move it

// refSorter sorts article references, on disk once they exceed one chunk.
// Add every reference, then range over sorted.
type refSorter struct {
	in      chan articleRef
	out     <-chan articleRef
	errs    <-chan error
	stopped chan struct{} // closed when Sort returns
	cancel  context.CancelFunc
	closed  bool
}

// newRefSorter starts a sort of references by compare; its temporary file
// goes in dir (empty: the system's temporary directory).
func newRefSorter(ctx context.Context, dir string, compare func(a, b articleRef) int) *refSorter {
	ctx, cancel := context.WithCancel(ctx)
	s := &refSorter{in: make(chan articleRef, 256), stopped: make(chan struct{}), cancel: cancel}
	toBytes := func(r articleRef) ([]byte, error) { return appendRef(nil, r), nil }
	sorter, out, errs := extsort.Generic(s.in, parseRef, toBytes, compare, &extsort.Config{
		ChunkSize:          refChunk,
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
// or ctx is done.
func (s *refSorter) add(r articleRef) error {
	select {
	case s.in <- r:
		return nil
	case <-s.stopped: // Sort returns before its input closes only on failure
		return s.fail()
	}
}

// sorted yields the references in order; after the loop, *err tells
// whether the sort failed. It ends the sort's input.
func (s *refSorter) sorted(err *error) iter.Seq[articleRef] {
	return func(yield func(articleRef) bool) {
		if !s.closed {
			close(s.in)
			s.closed = true
		}
		for r := range s.out {
			if !yield(r) {
				s.stop()
				return
			}
		}
		if e := <-s.errs; e != nil {
			*err = fmt.Errorf("sort article references: %w", e)
		}
	}
}

// fail returns the error that stopped the sort.
func (s *refSorter) fail() error {
	for range s.out {
	}
	if err := <-s.errs; err != nil {
		return fmt.Errorf("sort article references: %w", err)
	}
	return errors.New("sort article references: stopped")
}

// stop abandons the sort and waits for it to release its temporary file.
func (s *refSorter) stop() {
	s.cancel()
	if !s.closed {
		close(s.in)
		s.closed = true
	}
	<-s.stopped
	for range s.out {
	}
}

// refWriter writes references to a file, one length-prefixed record each.
type refWriter struct {
	f   *os.File
	w   *bufio.Writer
	buf []byte
}

func createRefs(path string) (*refWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	return &refWriter{f: f, w: bufio.NewWriterSize(f, 1<<16)}, nil
}

func (w *refWriter) write(r articleRef) error {
	w.buf = appendRef(w.buf[:0], r)
	var length [binary.MaxVarintLen64]byte
	_, err := w.w.Write(length[:binary.PutUvarint(length[:], uint64(len(w.buf)))])
	if err == nil {
		_, err = w.w.Write(w.buf)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", w.f.Name(), err)
	}
	return nil
}

func (w *refWriter) close() error {
	err := w.w.Flush()
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", w.f.Name(), err)
	}
	return nil
}

// readRefs yields the references of a file refWriter wrote, in order;
// after the loop, *err tells whether reading failed.
func readRefs(path string, err *error) iter.Seq[articleRef] {
	return func(yield func(articleRef) bool) {
		f, e := os.Open(path)
		if e != nil {
			*err = fmt.Errorf("read article references: %w", e)
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
			if e == nil && n > maxLine+1024 { // an id is at most a line long
				e = errBadRef
			}
			if e == nil {
				if uint64(cap(buf)) < n {
					buf = make([]byte, n)
				}
				buf = buf[:n]
				_, e = io.ReadFull(br, buf)
			}
			var r articleRef
			if e == nil {
				r, e = parseRef(buf)
			}
			if e != nil {
				*err = fmt.Errorf("read article references %s: %w", path, e)
				return
			}
			if !yield(r) {
				return
			}
		}
	}
}

// keptArticles holds the articles the scan kept whole, by their place in
// the scan, until the analysis takes them.
type keptArticles struct {
	mu sync.Mutex
	m  map[int64]*Article
}

func (k *keptArticles) put(seq int64, a *Article) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.m == nil {
		k.m = map[int64]*Article{}
	}
	k.m[seq] = a
}

// take removes and returns the article kept for seq, or nil.
func (k *keptArticles) take(seq int64) *Article {
	k.mu.Lock()
	defer k.mu.Unlock()
	a := k.m[seq]
	delete(k.m, seq)
	return a
}
