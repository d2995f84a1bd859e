package jobs

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	"golang.org/x/sys/unix"
)

// Output formats.
const (
	FormatParquet = "parquet"
	FormatArrow   = "arrow"
)

// PartFile is the base name of the single data file in each partition.
const PartFile = "part-00000"

// batchRows is how many rows are buffered before they are handed to the
// format writers as one record batch. Small batches spread the encoding work
// over the partition instead of piling it up at the end.
const batchRows = 4096

// rowGroupRows caps a Parquet row group; batches are appended to the open
// row group until it holds this many rows.
const rowGroupRows = 128 * 1024

// createdBy is recorded in Parquet footers; fixed so reruns are byte-identical.
const createdBy = "stance (arrow-go v18 pqarrow)"

// outFile is an output file being written.
type outFile interface {
	io.Writer
	Sync() error
	Close() error
	Name() string
}

// createFunc creates an output file; tests replace it to inject failures
// such as a full disk.
type createFunc func(path string) (outFile, error)

// createFile creates (or truncates) an output file for writing, as a
// plain descriptor: os.OpenFile would first try to register it with the
// runtime's poller, which refuses regular files, at the cost of five system
// calls on top of the open, and os.NewFile would still ask whether it is
// non-blocking. A backfill of a sparse archive creates twelve files per date.
func createFile(path string) (outFile, error) {
	for {
		fd, err := unix.Open(path, unix.O_CREAT|unix.O_TRUNC|unix.O_WRONLY|unix.O_CLOEXEC, 0o644)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: path, Err: err}
		}
		return &rawFile{fd: fd, name: path}, nil
	}
}

// rawFile is an output file written with plain system calls.
type rawFile struct {
	fd   int // -1 once closed
	name string
}

func (f *rawFile) Write(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		k, err := unix.Write(f.fd, p[n:])
		switch {
		case err == unix.EINTR:
			continue
		case err != nil:
			return n, &fs.PathError{Op: "write", Path: f.name, Err: err}
		case k == 0:
			return n, &fs.PathError{Op: "write", Path: f.name, Err: io.ErrShortWrite}
		}
		n += k
	}
	return n, nil
}

func (f *rawFile) Sync() error {
	for {
		err := unix.Fsync(f.fd)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return &fs.PathError{Op: "fsync", Path: f.name, Err: err}
		}
		return nil
	}
}

// Close closes the descriptor; closing a closed file is an error, as for
// os.File.
func (f *rawFile) Close() error {
	if f.fd < 0 {
		return &fs.PathError{Op: "close", Path: f.name, Err: fs.ErrClosed}
	}
	err := unix.Close(f.fd)
	f.fd = -1
	if err != nil {
		return &fs.PathError{Op: "close", Path: f.name, Err: err}
	}
	return nil
}

func (f *rawFile) Name() string { return f.name }

// writeFile writes data to a new file at path (truncating one that
// exists) through createFile, without fsync.
func writeFile(path string, data []byte) error {
	f, err := createFile(path)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	return errors.Join(err, f.Close())
}

// mkdir creates dir, and its parents when they are missing. A partition's
// directory is new and its parent usually exists, so this is one system
// call where os.MkdirAll, which stats first, takes two or more.
func mkdir(dir string) error {
	err := os.Mkdir(dir, 0o755)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrNotExist):
		return os.MkdirAll(dir, 0o755)
	case errors.Is(err, fs.ErrExist):
		if fi, serr := os.Stat(dir); serr == nil && fi.IsDir() {
			return nil
		}
	}
	return err
}

// partWriter writes one table partition (or one rejects file) as Parquet
// and/or Arrow IPC, flushing a record batch whenever batchRows accumulate.
type partWriter struct {
	dir    string
	schema *arrow.Schema
	rb     *array.RecordBuilder
	rows   int // rows in the builder
	total  int

	files []outFile
	bufs  []*bufio.Writer // one per file: the format writers write in small pieces
	bytes int64           // bytes written to the files
	pq    *pqarrow.FileWriter
	ipc   *ipc.FileWriter
}

// newPartWriter creates dir and the part files for the requested formats.
func newPartWriter(dir string, schema *arrow.Schema, formats []string, create createFunc) (*partWriter, error) {
	if create == nil {
		create = createFile
	}
	if err := mkdir(dir); err != nil {
		return nil, fmt.Errorf("create %s: %w", dir, err)
	}
	mem := memory.DefaultAllocator
	w := &partWriter{dir: dir, schema: schema, rb: array.NewRecordBuilder(mem, schema)}
	for _, format := range formats {
		path := filepath.Join(dir, PartFile+"."+format)
		f, err := create(path)
		if err != nil {
			w.abort()
			return nil, fmt.Errorf("create %s: %w", path, err)
		}
		w.files = append(w.files, f)
		// The format writers write many small pieces (page headers,
		// footers): buffer them into few system calls. A bufio.Writer has
		// no Close, so the file stays open for finish and closeFiles.
		sink := fileBuffers.Get().(*bufio.Writer)
		sink.Reset(countingWriter{f, &w.bytes})
		w.bufs = append(w.bufs, sink)
		switch format {
		case FormatParquet:
			w.pq, err = pqarrow.NewFileWriter(schema, sink, parquetProps(), arrowProps)
		case FormatArrow:
			// Arrow files stay uncompressed so readers can memory-map them
			// without copying; Parquet is the compact format.
			w.ipc, err = ipc.NewFileWriter(sink, ipc.WithSchema(schema), ipc.WithAllocator(mem))
		default:
			err = fmt.Errorf("%w: unknown format %q", ErrUsage, format)
		}
		if err != nil {
			w.abort()
			return nil, fmt.Errorf("open %s writer for %s: %w", format, path, err)
		}
	}
	return w, nil
}

// fileBuffers holds the 64 KiB buffers of part files between partitions:
// a sparse archive writes eight part files per date, and allocating (and
// zeroing) a buffer for each cost more than the files' bytes.
var fileBuffers = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 64<<10) }}

// releaseBuffers returns a writer's buffers to fileBuffers.
func (w *partWriter) releaseBuffers() {
	for _, b := range w.bufs {
		b.Reset(nil)
		fileBuffers.Put(b)
	}
	w.bufs = nil
}

// parquetProps are the Parquet writer properties of every part file, built
// once: they are read-only once built, and building them for each file cost
// as much as writing a small one.
var parquetProps = sync.OnceValue(func() *parquet.WriterProperties {
	return parquet.NewWriterProperties(parquetOptions(memory.DefaultAllocator)...)
})

// arrowProps store the Arrow schema in every Parquet file (ARROW:schema).
var arrowProps = pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema(), pqarrow.WithAllocator(memory.DefaultAllocator))

// Parquet columns that are dictionary-encoded: ids, parties and labels,
// whose values repeat. Numbers and free text are left plain.
var dictionaryColumns = []string{"article_id", "source", "party", "party_name", "role", "mention",
	"sentiment_label", "stance_label", "reason", "run_id", "source_path"}

// Parquet columns without min/max statistics: free text, whose bounds help
// no reader's filter.
var noStatsColumns = []string{"text", "title", "evidence.list.element"}

// parquetOptions are the Parquet writer settings of every table.
func parquetOptions(mem memory.Allocator) []parquet.WriterProperty {
	opts := []parquet.WriterProperty{
		parquet.WithCompression(compress.Codecs.Zstd),
		parquet.WithCompressionLevel(1),
		parquet.WithDictionaryDefault(false),
		parquet.WithCreatedBy(createdBy),
		parquet.WithAllocator(mem),
		parquet.WithMaxRowGroupLength(rowGroupRows),
	}
	for _, c := range dictionaryColumns {
		opts = append(opts, parquet.WithDictionaryFor(c, true))
	}
	for _, c := range noStatsColumns {
		opts = append(opts, parquet.WithStatsFor(c, false))
	}
	return opts
}

// builder returns the record builder rows are appended to; call rowDone
// after appending each row.
func (w *partWriter) builder() *array.RecordBuilder { return w.rb }

// rowDone counts an appended row and flushes a full batch.
func (w *partWriter) rowDone() error {
	w.rows++
	w.total++
	if w.rows >= batchRows {
		return w.flush(false)
	}
	return nil
}

func (w *partWriter) flush(last bool) error {
	if w.rows == 0 {
		return nil
	}
	rec := w.rb.NewRecordBatch()
	defer rec.Release()
	whole := last && w.rows == w.total // the file's only batch
	w.rows = 0
	if w.pq != nil {
		write := w.pq.WriteBuffered
		if whole {
			write = w.pq.Write
		}
		if err := write(rec); err != nil {
			return fmt.Errorf("write parquet in %s: %w", w.dir, err)
		}
	}
	if w.ipc != nil {
		if err := w.ipc.Write(rec); err != nil {
			return fmt.Errorf("write arrow in %s: %w", w.dir, err)
		}
	}
	return nil
}

// finish flushes the last rows and writes the file footers. The files stay
// open for closeFiles.
func (w *partWriter) finish() error {
	err := w.flush(true)
	if w.pq != nil {
		err = errors.Join(err, w.pq.Close())
		w.pq = nil
	}
	if w.ipc != nil {
		err = errors.Join(err, w.ipc.Close())
		w.ipc = nil
	}
	for i, b := range w.bufs {
		if ferr := b.Flush(); ferr != nil {
			err = errors.Join(err, fmt.Errorf("write %s: %w", w.files[i].Name(), ferr))
		}
	}
	w.releaseBuffers()
	w.rb.Release()
	w.rb = nil
	if err != nil {
		return fmt.Errorf("finish %s: %w", w.dir, err)
	}
	return nil
}

// closeFiles closes every file of a finished writer, fsyncing each first
// when sync is set.
func (w *partWriter) closeFiles(sync bool) error {
	var err error
	for _, f := range w.files {
		if sync {
			if serr := f.Sync(); serr != nil {
				err = errors.Join(err, fmt.Errorf("fsync %s: %w", f.Name(), serr))
			}
		}
		if cerr := f.Close(); cerr != nil {
			err = errors.Join(err, fmt.Errorf("close %s: %w", f.Name(), cerr))
		}
	}
	w.files = nil
	return err
}

// close finishes the files and fsyncs them.
func (w *partWriter) close() error {
	if err := w.finish(); err != nil {
		w.abort()
		return err
	}
	return w.closeFiles(true)
}

// abort closes everything without caring about errors; the staging
// directory is removed by the caller.
func (w *partWriter) abort() {
	for _, f := range w.files {
		f.Close()
	}
	w.files = nil
	w.releaseBuffers()
	if w.rb != nil {
		w.rb.Release()
		w.rb = nil
	}
}

// countingWriter adds the bytes written through it to *n.
type countingWriter struct {
	w io.Writer
	n *int64
}

func (c countingWriter) Write(p []byte) (int, error) {
	k, err := c.w.Write(p)
	*c.n += int64(k)
	return k, err
}
