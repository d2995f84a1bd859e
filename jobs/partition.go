package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"golang.org/x/sys/unix"

	"github.com/stance-news/stance/analysis/daily"
	"github.com/stance-news/stance/analysis/pipeline"
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
// finishes its files, fsyncs them and moves them into place.
type stagedPartition struct {
	date    time.Time
	ps      *PartitionSummary
	writers []*partWriter // in DataTables order
	started time.Time
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
	sp := &stagedPartition{date: p.date, ps: p.ps, started: p.started}
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

// commitPartition makes a staged partition durable and visible: it finishes
// and fsyncs the files, writes each table's _SUCCESS beside them and swaps
// every table's partition directory into place.
func commitPartition(cfg RunConfig, runID string, sp *stagedPartition) error {
	var err error
	for _, w := range sp.writers {
		if err != nil {
			w.abort()
			continue
		}
		if err = w.finish(); err != nil {
			w.abort()
			continue
		}
		if err = w.syncClose(); err != nil {
			continue
		}
		rec := successRecord{RunID: runID, SchemaVersion: SchemaVersion, InputSHA256: sp.ps.InputSHA256, ModelSHA256: cfg.Models.SHA256, Rows: w.total}
		err = writeSuccess(w.dir, rec)
	}
	if err != nil {
		return err
	}
	for i, table := range DataTables {
		if err := commitDir(sp.writers[i].dir, partitionDir(cfg.Out, table, sp.date)); err != nil {
			return err
		}
	}
	return nil
}

// analysisWindow is how many articles per core may be in flight. While the
// emitting goroutine encodes a record batch (some milliseconds), the workers
// go on only as far as the window lets them. With 8 per core, the cores of a
// --jobs 2 run on 60 MB stood idle 9% of the time; with 32, 4%. An analysed
// article holds some kilobytes.
const analysisWindow = 32

// analyseInOrder reads the articles of refs back and analyses them on
// cfg.Jobs cores, and calls emit for each with its index, in the order of
// refs, from the calling goroutine. At most a small window of articles is in
// flight, so memory does not grow with the partition. An error from emit or
// a cancelled ctx stops the pipeline and is returned.
func analyseInOrder(ctx context.Context, cfg RunConfig, in *inputs, refs iter.Seq[articleRef], emit func(int, analysed) error) error {
	// One worker more than cores: while one waits for its article to be
	// read, the others keep the cores busy.
	var an Analyzer = cfg.Models.Pipeline
	if cfg.analyzer != nil {
		an = cfg.analyzer
	}
	return inOrder(ctx, refs, cfg.Jobs+1, cfg.Jobs*analysisWindow, func(ref articleRef) analysed {
		a, rej := in.load(ref)
		if rej != nil {
			return analysed{reject: rej}
		}
		return analyseOne(an, a)
	}, emit)
}

// appendArticle appends one article's rows to the articles, sentences and
// mentions writers and its mentions to the daily aggregate.
func appendArticle(w map[string]*partWriter, date arrow.Date32, a Article, doc pipeline.Doc, day *daily.Day) error {
	ab := w[TableArticles].builder()
	ab.Field(0).(*array.StringBuilder).Append(a.ID)
	ab.Field(1).(*array.Date32Builder).Append(date)
	appendOptString(ab.Field(2).(*array.StringBuilder), a.Source)
	appendOptString(ab.Field(3).(*array.StringBuilder), a.Title)
	appendOptString(ab.Field(4).(*array.StringBuilder), doc.Language)
	ab.Field(5).(*array.Int32Builder).Append(int32(len(doc.Sentences)))
	ab.Field(6).(*array.Int32Builder).Append(int32(doc.NTokens))
	ab.Field(7).(*array.Int32Builder).Append(int32(doc.NMentions))
	ab.Field(8).(*array.Float32Builder).Append(doc.Sentiment)
	ab.Field(9).(*array.StringBuilder).Append(a.SHA256)
	if err := w[TableArticles].rowDone(); err != nil {
		return err
	}

	sw, mw := w[TableSentences], w[TableMentions]
	sb, mb := sw.builder(), mw.builder()
	for _, s := range doc.Sentences {
		sb.Field(0).(*array.StringBuilder).Append(a.ID)
		sb.Field(1).(*array.Date32Builder).Append(date)
		sb.Field(2).(*array.Int32Builder).Append(int32(s.Index))
		sb.Field(3).(*array.Int32Builder).Append(int32(s.Start))
		sb.Field(4).(*array.Int32Builder).Append(int32(s.End))
		sb.Field(5).(*array.StringBuilder).Append(s.Text)
		sb.Field(6).(*array.Int32Builder).Append(int32(s.NTokens))
		sb.Field(7).(*array.Float32Builder).Append(s.Sentiment)
		sb.Field(8).(*array.StringBuilder).Append(s.Label)
		if err := sw.rowDone(); err != nil {
			return err
		}
		for _, m := range s.Mentions {
			mb.Field(0).(*array.StringBuilder).Append(a.ID)
			mb.Field(1).(*array.Date32Builder).Append(date)
			mb.Field(2).(*array.Int32Builder).Append(int32(s.Index))
			mb.Field(3).(*array.Int32Builder).Append(int32(m.Index))
			mb.Field(4).(*array.StringBuilder).Append(m.Party)
			mb.Field(5).(*array.StringBuilder).Append(m.PartyName)
			mb.Field(6).(*array.StringBuilder).Append(m.Role)
			mb.Field(7).(*array.StringBuilder).Append(m.Surface)
			mb.Field(8).(*array.Int32Builder).Append(int32(m.Start))
			mb.Field(9).(*array.Int32Builder).Append(int32(m.End))
			mb.Field(10).(*array.Float32Builder).Append(m.Stance)
			mb.Field(11).(*array.StringBuilder).Append(m.Label)
			mb.Field(12).(*array.Float32Builder).Append(m.PNegative)
			mb.Field(13).(*array.Float32Builder).Append(m.PNeutral)
			mb.Field(14).(*array.Float32Builder).Append(m.PPositive)
			lb := mb.Field(15).(*array.ListBuilder)
			lb.Append(true)
			vb := lb.ValueBuilder().(*array.StringBuilder)
			for _, e := range m.Evidence {
				vb.Append(e)
			}
			if err := mw.rowDone(); err != nil {
				return err
			}
			day.Add(a.ID, s.Index, m)
		}
	}
	return nil
}

func appendOptString(b *array.StringBuilder, s string) {
	if s == "" {
		b.AppendNull()
		return
	}
	b.Append(s)
}

// writeDaily appends the day's party_daily rows, one per party.
func writeDaily(w *partWriter, date arrow.Date32, day *daily.Day) error {
	b := w.builder()
	for _, r := range day.Rows(int32(date)) {
		b.Field(0).(*array.Date32Builder).Append(date)
		b.Field(1).(*array.StringBuilder).Append(r.Party)
		b.Field(2).(*array.Int32Builder).Append(int32(r.Articles))
		b.Field(3).(*array.Int32Builder).Append(int32(r.Sentences))
		b.Field(4).(*array.Int32Builder).Append(int32(r.Mentions))
		b.Field(5).(*array.Float32Builder).Append(r.MeanStance)
		b.Field(6).(*array.Float32Builder).Append(r.Share[0])
		b.Field(7).(*array.Float32Builder).Append(r.Share[1])
		b.Field(8).(*array.Float32Builder).Append(r.Share[2])
		b.Field(9).(*array.Int32Builder).Append(int32(r.Confident))
		if r.HasCI {
			b.Field(10).(*array.Float32Builder).Append(r.CILow)
			b.Field(11).(*array.Float32Builder).Append(r.CIHigh)
		} else {
			b.Field(10).AppendNull()
			b.Field(11).AppendNull()
		}
		if err := w.rowDone(); err != nil {
			return err
		}
	}
	return nil
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
	return commitDir(dir, filepath.Join(cfg.Out, TableRejects, "run="+runID))
}

func writeSuccess(dir string, rec successRecord) error {
	data, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	return durable.WriteNew(filepath.Join(dir, SuccessName), append(data, '\n'))
}

// commitDir moves the staged directory into place at final. When final
// exists the two are swapped in one atomic rename (RENAME_EXCHANGE) and the
// old contents removed, so a reader or a crash sees the old partition or the
// new one, never a mix. The parent directory is fsynced afterwards.
func commitDir(staged, final string) error {
	if err := durable.SyncDir(staged); err != nil {
		return err
	}
	parent := filepath.Dir(final)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", parent, err)
	}
	err := unix.Renameat2(unix.AT_FDCWD, staged, unix.AT_FDCWD, final, unix.RENAME_EXCHANGE)
	switch {
	case err == nil:
		// staged now holds the old partition.
		if err := durable.SyncDir(parent); err != nil {
			return err
		}
		if err := os.RemoveAll(staged); err != nil {
			return fmt.Errorf("remove replaced %s: %w", staged, err)
		}
		return nil
	case errors.Is(err, unix.ENOENT):
		if err := os.Rename(staged, final); err != nil {
			return fmt.Errorf("commit %s: %w", final, err)
		}
	case errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOSYS):
		// The file system cannot exchange: move the old one aside first.
		old := staged + ".old"
		if err := os.Rename(final, old); err != nil {
			return fmt.Errorf("commit %s: %w", final, err)
		}
		if err := os.Rename(staged, final); err != nil {
			return fmt.Errorf("commit %s: %w", final, err)
		}
		defer os.RemoveAll(old)
	default:
		return fmt.Errorf("commit %s: %w", final, err)
	}
	return durable.SyncDir(parent)
}
