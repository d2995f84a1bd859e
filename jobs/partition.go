package jobs

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"log/slog"
	"os"
	"path"
	"path/filepath"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"golang.org/x/sys/unix"

	"github.com/stance-news/stance/analysis/daily"
	"github.com/stance-news/stance/internal/durable"
)

// partitionDir is the directory of one date partition of a table.
func partitionDir(root, table string, d time.Time) string {
	return filepath.Join(root, table, "date="+d.Format(DateLayout))
}

// openPartition is the partition whose rows are being appended.
type openPartition struct {
	date    time.Time
	ps      *PartitionSummary
	writers map[string]*partWriter
	daily   *daily.Day
	written int
	failed  bool
	started time.Time
}

// stagedPartition is a partition whose rows are all appended; the committer
// finishes its files and commits it with others (commitBatch).
type stagedPartition struct {
	date     time.Time
	ps       *PartitionSummary
	writers  []*partWriter // in DataTables order
	started  time.Time
	mentions map[string]int // mentions per party
}

// partitionStream turns the ordered stream of analysed articles of every
// partition into the partitions' files: rows are appended as articles
// arrive, and each partition, once complete, is handed to the committer so
// that finishing and committing it overlaps the analysis of the next one.
type partitionStream struct {
	cfg     RunConfig
	staging string
	log     *slog.Logger
	commits chan<- *stagedPartition
	rejects *analysisRejects
	cur     *openPartition
}

// analysisRejects are the articles the analysis pass could not read back or
// analyse. They are counted, and kept in a file (created at the first)
// for the rejects table.
type analysisRejects struct {
	path    string
	w       *recordWriter[seqReject]
	n       int
	reasons map[string]int
	err     error // the first write that failed
}

func (r *analysisRejects) add(x Reject) {
	r.n++
	if r.reasons == nil {
		r.reasons = map[string]int{}
	}
	r.reasons[x.Reason]++
	if r.err != nil {
		return
	}
	if r.w == nil {
		if r.w, r.err = createRecords(r.path, rejectCodec); r.err != nil {
			return
		}
	}
	r.err = r.w.write(seqReject{Reject: x})
}

// all closes the file and yields the rejects in the order they came; an
// error ends them.
func (r *analysisRejects) all() iter.Seq2[Reject, error] {
	return func(yield func(Reject, error) bool) {
		if r.w == nil {
			if r.err != nil {
				yield(Reject{}, r.err)
			}
			return
		}
		if err := errors.Join(r.err, r.w.close()); err != nil {
			yield(Reject{}, err)
			return
		}
		for x, err := range readRejects(r.path) {
			if !yield(x, err) {
				return
			}
		}
	}
}

// readRejects yields the rejects of a file of them; an error ends them.
func readRejects(path string) iter.Seq2[Reject, error] {
	return func(yield func(Reject, error) bool) {
		var err error
		for x := range readRecords(path, rejectCodec, &err) {
			if !yield(x.Reject, nil) {
				return
			}
		}
		if err != nil {
			yield(Reject{}, err)
		}
	}
}

// close closes the file, if any, on the way out of a run that failed.
func (r *analysisRejects) close() {
	if r.w != nil {
		r.w.close()
	}
}

// add appends one analysed article of the partition ps (dated d).
func (s *partitionStream) add(d time.Time, ps *PartitionSummary, res analysed) {
	if s.cur == nil || s.cur.ps != ps {
		s.close()
		s.open(d, ps)
	}
	p := s.cur
	if res.reject != nil {
		res.reject.Date = d
		s.rejects.add(*res.reject)
		return
	}
	if p.failed {
		return
	}
	p.written++
	if err := appendArticle(p.writers, arrow.Date32FromTime(d), res.article, res.doc, p.daily); err != nil {
		s.fail(fmt.Errorf("article %s: %w", res.article.ID, err))
	}
}

func (s *partitionStream) open(d time.Time, ps *PartitionSummary) {
	s.cur = &openPartition{date: d, ps: ps, writers: map[string]*partWriter{}, daily: daily.NewDay(), started: time.Now()}
	for _, table := range DataTables {
		w, err := newPartWriter(partitionDir(s.staging, table, d), Schema(table, s.cfg.Models.SHA256), s.cfg.Formats, s.cfg.create)
		if err != nil {
			s.fail(err)
			return
		}
		s.cur.writers[table] = w
	}
}

// fail abandons the open partition: its staged files are dropped and the
// rest of its articles ignored; other partitions go on.
func (s *partitionStream) fail(err error) {
	p := s.cur
	p.failed = true
	for _, w := range p.writers {
		w.abort()
	}
	p.writers = nil
	p.ps.Status, p.ps.Error = PartitionFailed, err.Error()
	p.ps.DurationMS = time.Since(p.started).Milliseconds()
	s.log.Error("partition failed", "date", p.ps.Date, "err", err)
}

// close hands the open partition, if complete and healthy, to the committer.
func (s *partitionStream) close() {
	p := s.cur
	s.cur = nil
	if p == nil || p.failed {
		return
	}
	if err := writeDaily(p.writers[TablePartyDaily], arrow.Date32FromTime(p.date), p.daily); err != nil {
		s.cur = p
		s.fail(err)
		s.cur = nil
		return
	}
	p.ps.Articles = p.written
	p.ps.Rows = map[string]int{}
	sp := &stagedPartition{date: p.date, ps: p.ps, started: p.started, mentions: p.daily.Mentions()}
	for _, table := range DataTables {
		p.ps.Rows[table] = p.writers[table].total
		sp.writers = append(sp.writers, p.writers[table])
	}
	s.commits <- sp
}

// abandon drops the open partition without committing it (the run was
// cancelled or the stream failed part-way).
func (s *partitionStream) abandon(err error) {
	if s.cur != nil && !s.cur.failed {
		s.fail(err)
	}
	s.cur = nil
}

// Partitions are committed in batches (see commitBatch): at most
// maxBatch partitions or maxBatchBytes of files at once, and the committer
// waits at most batchWait for another partition before it commits those it
// holds. Batches amortise the fixed cost of a commit over small
// partitions; large ones are committed nearly as they come.
const (
	maxBatch      = 64
	maxBatchBytes = 4 << 20
	batchWait     = 100 * time.Millisecond
)

// stagePartition finishes a staged partition's files and writes each
// table's _SUCCESS beside them, all without fsync: commitBatch makes them
// durable, with the rest of its batch, before they become visible. It
// returns the bytes of the data files.
func stagePartition(cfg RunConfig, runID string, sp *stagedPartition) (int64, error) {
	var err error
	var size int64
	for _, w := range sp.writers {
		if err != nil {
			w.abort()
			continue
		}
		if err = w.finish(); err != nil {
			w.abort()
			continue
		}
		if err = w.closeFiles(false); err != nil {
			continue
		}
		size += w.bytes
		rec := successRecord{RunID: runID, SchemaVersion: SchemaVersion, InputSHA256: sp.ps.InputSHA256, ModelSHA256: cfg.Models.SHA256, Rows: w.total}
		err = writeSuccess(w.dir, rec)
	}
	return size, err
}

// commitBatch makes a batch of staged partitions durable and visible, and
// returns each one's error (nil when it was committed):
//
//  1. one syncfs of the file system that holds the staging directory (and
//     the output, since partitions are renamed from one to the other)
//     makes every file and directory of the batch durable;
//  2. each partition's table directories are swapped into place, one
//     atomic rename each (commitDir without its fsyncs);
//  3. each table directory is fsynced once, making the renames durable;
//  4. the partitions they replaced are removed.
//
// A reader or a crash sees, for each partition and table, the old
// directory or the new one, complete with its _SUCCESS; a partition is
// reported written only after step 3. One syncfs and one fsync per table
// replace the five fsyncs per table and partition that committing one by
// one costs, which dominated backfills of sparse archives.
func commitBatch(cfg RunConfig, staging string, batch []*stagedPartition, log *slog.Logger) []error {
	errs := make([]error, len(batch))
	if err := durable.SyncFS(staging); err != nil {
		for i := range errs {
			errs[i] = err
		}
		return errs
	}
	var replaced []string
	parents := map[string]bool{}
	for i, sp := range batch {
		for t, table := range DataTables {
			final := partitionDir(cfg.Out, table, sp.date)
			old, err := swapDir(sp.writers[t].dir, final)
			if err != nil {
				errs[i] = err
				break
			}
			parents[filepath.Dir(final)] = true
			if old != "" {
				replaced = append(replaced, old)
			}
		}
	}
	var syncErr error
	for _, table := range DataTables { // in a fixed order
		if dir := filepath.Join(cfg.Out, table); parents[dir] {
			syncErr = errors.Join(syncErr, durable.SyncDir(dir))
		}
	}
	for i := range errs {
		if errs[i] == nil && syncErr != nil {
			errs[i] = syncErr
		}
	}
	for _, old := range replaced {
		// the new partitions are in place: a leftover in staging is
		// reported, not a failure (the staging directory goes at the end).
		if err := removePartition(old); err != nil {
			log.Warn("could not remove a replaced partition", "dir", old, "err", err)
		}
	}
	return errs
}

// writeRejects writes this run's rejects to rejects/run=<run_id>/. A
// non-nil error from the sequence stops it, and nothing is committed.
func writeRejects(cfg RunConfig, staging, runID string, rejects iter.Seq2[Reject, error]) error {
	dir := filepath.Join(staging, TableRejects, "run="+runID)
	w, err := newPartWriter(dir, Schema(TableRejects, cfg.Models.SHA256), cfg.Formats, cfg.create)
	if err != nil {
		return err
	}
	b := w.builder()
	for r, err := range rejects {
		if err != nil {
			w.abort()
			return err
		}
		b.Field(0).(*array.StringBuilder).Append(runID)
		b.Field(1).(*array.StringBuilder).Append(r.Path)
		if r.Line > 0 {
			b.Field(2).(*array.Int32Builder).Append(int32(r.Line))
		} else {
			b.Field(2).AppendNull()
		}
		appendOptString(b.Field(3).(*array.StringBuilder), r.ArticleID)
		if r.Date.IsZero() {
			b.Field(4).AppendNull()
		} else {
			b.Field(4).(*array.Date32Builder).Append(arrow.Date32FromTime(r.Date))
		}
		b.Field(5).(*array.StringBuilder).Append(r.Reason)
		b.Field(6).(*array.StringBuilder).Append(r.Detail)
		if err := w.rowDone(); err != nil {
			w.abort()
			return err
		}
	}
	if err := w.close(); err != nil {
		return err
	}
	if cfg.remote != nil {
		rec := successRecord{RunID: runID, SchemaVersion: SchemaVersion, ModelSHA256: cfg.Models.SHA256, Rows: w.total}
		return cfg.remote.publishDir(path.Join(TableRejects, "run="+runID), dir, cfg.Formats, rec)
	}
	return commitDir(dir, filepath.Join(cfg.Out, TableRejects, "run="+runID))
}

// writeSuccess writes a table partition's _SUCCESS, without fsync (see
// stagePartition).
func writeSuccess(dir string, rec successRecord) error {
	data, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	p := filepath.Join(dir, SuccessName)
	if err := writeFile(p, append(data, '\n')); err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	return nil
}

// commitDir moves the staged directory into place at final, durably: the
// staged directory is fsynced first, the parent directory after the swap
// (see swapDir), and the directory it replaced is removed.
func commitDir(staged, final string) error {
	if err := durable.SyncDir(staged); err != nil {
		return err
	}
	old, err := swapDir(staged, final)
	if err != nil {
		return err
	}
	if err := durable.SyncDir(filepath.Dir(final)); err != nil {
		return err
	}
	if old != "" {
		if err := removePartition(old); err != nil {
			return fmt.Errorf("remove replaced %s: %w", old, err)
		}
	}
	return nil
}

// partitionFiles are the names a partition directory holds when stance
// wrote it.
var partitionFiles = []string{PartFile + "." + FormatParquet, PartFile + "." + FormatArrow, SuccessName}

// removePartition removes a partition directory that a commit replaced. It
// unlinks the files stance writes by name and removes the directory: four
// system calls where os.RemoveAll, which lists the directory first, takes
// about ten; a rerun over a sparse archive replaces four directories per
// date. Anything else in the directory sends it to os.RemoveAll.
func removePartition(dir string) error {
	for _, name := range partitionFiles {
		if err := unix.Unlink(filepath.Join(dir, name)); err != nil && err != unix.ENOENT {
			return os.RemoveAll(dir)
		}
	}
	if err := unix.Rmdir(dir); err != nil && err != unix.ENOENT {
		return os.RemoveAll(dir)
	}
	return nil
}

// swapDir moves the staged directory into place at final. When final
// exists the two are swapped in one atomic rename (RENAME_EXCHANGE), so a
// reader or a crash sees the old partition or the new one, never a mix;
// swapDir then returns where the old one now is, for the caller to remove
// once the swap is durable. Nothing is fsynced.
//
// A new partition, the common case of a backfill, takes one system call:
// a rename that refuses to replace (RENAME_NOREPLACE); only when final
// exists does the exchange follow, and only when the table directory is
// missing is it created.
func swapDir(staged, final string) (old string, err error) {
	parent := filepath.Dir(final)
	for made := false; ; made = true {
		err = unix.Renameat2(unix.AT_FDCWD, staged, unix.AT_FDCWD, final, unix.RENAME_NOREPLACE)
		if !errors.Is(err, unix.ENOENT) || made {
			break
		}
		// The table directory is missing (or staged is, which the rename
		// reports again).
		if err := os.MkdirAll(parent, 0o755); err != nil {
			return "", fmt.Errorf("create %s: %w", parent, err)
		}
	}
	switch {
	case err == nil:
		return "", nil
	case errors.Is(err, unix.EEXIST):
		err = unix.Renameat2(unix.AT_FDCWD, staged, unix.AT_FDCWD, final, unix.RENAME_EXCHANGE)
		if err == nil {
			return staged, nil // staged now holds the old partition.
		}
		if !errors.Is(err, unix.EINVAL) && !errors.Is(err, unix.ENOSYS) {
			return "", fmt.Errorf("commit %s: %w", final, err)
		}
	case !errors.Is(err, unix.EINVAL) && !errors.Is(err, unix.ENOSYS):
		return "", fmt.Errorf("commit %s: %w", final, err)
	}
	// The file system cannot exchange (nor, perhaps, refuse to replace):
	// move the old one aside first, if there is one.
	if err := os.Rename(final, staged+".old"); err == nil {
		old = staged + ".old"
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("commit %s: %w", final, err)
	}
	if err := os.Rename(staged, final); err != nil {
		return "", fmt.Errorf("commit %s: %w", final, err)
	}
	return old, nil
}
