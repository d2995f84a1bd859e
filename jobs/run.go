package jobs

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"iter"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/sys/unix"

	"github.com/stance-news/stance/analysis/pipeline"
	"github.com/stance-news/stance/internal/durable"
	"github.com/stance-news/stance/jobs/source"
)

// Run modes.
const (
	ModeAll     = "all"
	ModeMissing = "missing"
)

// Analyzer analyses one article's text.
type Analyzer interface {
	Analyze(text string, date time.Time) (pipeline.Doc, error)
}

// RunConfig configures one batch run.
type RunConfig struct {
	Inputs  []string
	Out     string
	Since   time.Time // zero: no lower bound
	Until   time.Time // zero: no upper bound (inclusive)
	Formats []string  // FormatParquet and/or FormatArrow
	Jobs    int       // parallel workers and cores used; <= 0 means runtime.NumCPU()
	Mode    string    // ModeAll (default) or ModeMissing
	DryRun  bool
	Strict  bool // any reject fails the run (exit 1)
	// Languages are the ISO 639-1 codes of the languages a run analyses
	// (nil means English only); an article the detector is sure is in
	// another language becomes a not_english reject.
	Languages []string

	Models   *Models
	Version  string
	Logger   *slog.Logger
	Progress io.Writer // where to draw a progress bar; nil for none
	// Summary, when set, receives the summary as JSON (see WriteJSON) at
	// the end of a run that returns one.
	Summary io.Writer

	create   createFunc // creates output files; nil means the real file system
	analyzer Analyzer   // analyses articles; nil means Models.Pipeline
}

// PartitionStatus is what a run did with one date partition.
type PartitionStatus string

// The partition statuses of a run summary.
const (
	PartitionPlanned PartitionStatus = "planned" // to be written (what a dry run reports)
	PartitionWritten PartitionStatus = "written" // committed, with its _SUCCESS
	PartitionSkipped PartitionStatus = "skipped" // up to date (--mode missing): left as it was
	PartitionFailed  PartitionStatus = "failed"  // not written; the old partition, if any, stays
)

// RunStatus is how a run ended.
type RunStatus string

// The run statuses of a run summary (and of the exit code: ok 0, partial
// and failed 1).
const (
	RunOK      RunStatus = "ok"      // every planned partition written, nothing rejected under --strict
	RunPartial RunStatus = "partial" // some partitions or inputs failed; the rest is committed
	RunFailed  RunStatus = "failed"  // no partition written: every one failed, or no article was accepted
	RunDryRun  RunStatus = "dry_run" // a plan only; nothing written
)

// PartitionSummary describes one date partition of a run.
type PartitionSummary struct {
	Date        string          `json:"date"`
	Articles    int             `json:"articles"`
	Rows        map[string]int  `json:"rows,omitempty"`
	InputSHA256 string          `json:"input_sha256"`
	Status      PartitionStatus `json:"status"`
	Error       string          `json:"error,omitempty"`
	DurationMS  int64           `json:"duration_ms"`
}

// InputSummary describes one input file of a run.
type InputSummary struct {
	Path     string `json:"path"`
	SHA256   Digest `json:"sha256"`
	Articles int    `json:"articles"`
	Rejects  int    `json:"rejects"`
}

// RunSummary is the run manifest written to <out>/_runs/<run_id>.json and
// printed by --json.
type RunSummary struct {
	RunID         string    `json:"run_id"`
	Version       string    `json:"tool_version"`
	SchemaVersion string    `json:"schema_version"`
	Status        RunStatus `json:"status"`
	StartedAt     time.Time `json:"started_at"`
	FinishedAt    time.Time `json:"finished_at"`
	DurationMS    int64     `json:"duration_ms"`
	Args          RunArgs   `json:"args"`
	// Inputs lists every input file, in the order read. In the summary Run
	// returns it is nil: a run streams its inputs into the manifest and
	// RunConfig.Summary instead of holding them.
	Inputs        []InputSummary     `json:"inputs"`
	ModelSHA256   string             `json:"model_sha256"`
	Artifacts     map[string]string  `json:"artifacts"`
	Articles      int                `json:"articles"`
	TextBytes     int64              `json:"text_bytes"`
	Partitions    []PartitionSummary `json:"partitions"`
	Rejects       int                `json:"rejects"`
	RejectReasons map[string]int     `json:"reject_reasons"`
	Error         string             `json:"error,omitempty"`
	// Resource use of the whole process, for benchmarks.
	CPUSeconds   float64 `json:"cpu_seconds"`
	PeakRSSBytes int64   `json:"peak_rss_bytes"`

	// inputs replaces Inputs while a run writes its summaries: a run's
	// inputs, perhaps millions, stay on disk. The summary Run returns has
	// neither; its inputs are in the manifest and in RunConfig.Summary.
	inputs *inputTable
}

// RunArgs records the options a run was started with.
type RunArgs struct {
	Inputs  []string `json:"inputs"`
	Since   string   `json:"since,omitempty"`
	Until   string   `json:"until,omitempty"`
	Formats []string `json:"formats"`
	Jobs    int      `json:"jobs"`
	Mode    string   `json:"mode"`
	Strict  bool     `json:"strict"`
}

// Directories under the output root that are not tables.
const (
	RunsDir     = "_runs"
	StagingDir  = "_staging"
	SuccessName = "_SUCCESS"
)

// successRecord is the content of a partition's _SUCCESS file.
type successRecord struct {
	RunID         string `json:"run_id"`
	SchemaVersion string `json:"schema_version"`
	InputSHA256   string `json:"input_sha256"`
	ModelSHA256   string `json:"model_sha256"`
	Rows          int    `json:"rows"`
}

// Run executes a batch run: it reads the inputs, analyses the articles of
// each selected date and replaces exactly those date partitions. It returns
// the summary and an error wrapping ErrPartial when some partitions failed or
// --strict saw rejects; the summary is valid in both cases.
//
// Memory stays bounded whatever the corpus size: the first pass over the
// inputs sends a small reference per article, and a summary per input, to
// files in staging; each partition then reads its articles back in
// article-id order, analyses them with cfg.Jobs workers and streams the rows
// to the files in that order.
func Run(ctx context.Context, cfg RunConfig) (*RunSummary, error) {
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if err := validateRun(&cfg); err != nil {
		return nil, err
	}
	start := time.Now()
	sum := &RunSummary{
		RunID:         newRunID(start),
		Version:       cfg.Version,
		SchemaVersion: SchemaVersion,
		StartedAt:     start.UTC(),
		Args: RunArgs{
			Inputs: cfg.Inputs, Formats: cfg.Formats, Jobs: cfg.Jobs, Mode: cfg.Mode, Strict: cfg.Strict,
			Since: fmtDate(cfg.Since), Until: fmtDate(cfg.Until),
		},
		ModelSHA256:   cfg.Models.SHA256,
		Artifacts:     cfg.Models.Digests,
		RejectReasons: map[string]int{},
	}
	log = log.With("run_id", sum.RunID)

	if cfg.DryRun {
		// A dry run writes nothing under --out; its sorts and table of
		// inputs go to a temporary directory.
		dir, done, err := dryRunDir()
		if err != nil {
			return nil, err
		}
		defer done()
		in, err := collect(ctx, cfg, sum, dir, true, 0)
		if err != nil {
			return nil, err
		}
		planPartitions(cfg, in, sum)
		sum.Rejects, sum.RejectReasons = in.nRejects, in.rejectReasons
		sum.Status = RunDryRun
		finish(sum, start)
		return sum, publish(cfg, sum, "")
	}

	lock, err := AcquireLock(cfg.Out)
	if err != nil {
		return nil, err
	}
	defer lock.Release()
	// Holding the lock, nothing else is writing: staging left by a run that
	// crashed is garbage.
	if err := os.RemoveAll(filepath.Join(cfg.Out, StagingDir)); err != nil {
		return nil, fmt.Errorf("clear stale staging: %w", err)
	}
	staging := filepath.Join(cfg.Out, StagingDir, sum.RunID)
	defer os.RemoveAll(staging)
	if err := os.MkdirAll(staging, 0o755); err != nil {
		return nil, fmt.Errorf("create staging %s: %w", staging, err)
	}

	in, err := collect(ctx, cfg, sum, filepath.Join(staging, "spill"), false, keepLimit())
	if err != nil {
		return nil, err
	}
	planPartitions(cfg, in, sum)

	var bar *progressbar.ProgressBar
	if cfg.Progress != nil {
		bar = progressbar.NewOptions(in.articles,
			progressbar.OptionSetWriter(cfg.Progress),
			progressbar.OptionSetDescription("articles"),
			progressbar.OptionShowCount(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}

	// One ordered stream of the articles of every partition to write: the
	// workers never wait for a partition to be finished. Completed partitions
	// are finished and committed (fsync, _SUCCESS, rename), in order, by one
	// background goroutine.
	var parts []int // index into in.dates / sum.Partitions of each streamed partition
	var ends []int  // number of streamed articles up to the end of each streamed partition
	skip := map[arrow.Date32]bool{}
	streamed := 0
	for i, g := range in.dates {
		ps := &sum.Partitions[i]
		if ps.Status == PartitionSkipped {
			log.Info("partition up to date", "date", ps.Date)
			skip[arrow.Date32FromTime(g.date)] = true
			if bar != nil {
				bar.Add(g.articles)
			}
			continue
		}
		streamed += g.articles
		parts, ends = append(parts, i), append(ends, streamed)
	}
	var readErr error
	refs := func(yield func(articleRef) bool) {
		for ref := range readRecords(in.refs, refCodec, &readErr) {
			if skip[ref.date] {
				in.kept.take(ref.seq)
				continue
			}
			if !yield(ref) {
				return
			}
		}
	}
	commits := make(chan *stagedPartition, 1)
	committed := make(chan struct{})
	go func() {
		defer close(committed)
		for sp := range commits {
			ps := sp.ps
			if err := commitPartition(cfg, sum.RunID, sp); err != nil {
				ps.Status, ps.Error = PartitionFailed, err.Error()
				log.Error("partition failed", "date", ps.Date, "err", err)
				continue
			}
			ps.Status = PartitionWritten
			ps.DurationMS = time.Since(sp.started).Milliseconds()
			log.Info("partition written", "date", ps.Date, "articles", ps.Articles, "sentences", ps.Rows[TableSentences], "mentions", ps.Rows[TableMentions], "ms", ps.DurationMS)
		}
	}()
	stream := &partitionStream{cfg: cfg, staging: staging, log: log, commits: commits,
		rejects: &analysisRejects{path: filepath.Join(in.spillDir, "analysis-rejects")}}
	defer stream.rejects.close()
	cur := 0 // the streamed partition of the article being emitted
	emitted := 0
	err = analyseInOrder(ctx, cfg, in, refs, func(k int, res analysed) error {
		if k >= streamed {
			return fmt.Errorf("read back more article references than the %d collected", streamed)
		}
		emitted++
		if bar != nil {
			bar.Add(1)
		}
		for k >= ends[cur] {
			cur++
		}
		i := parts[cur]
		stream.add(in.dates[i].date, &sum.Partitions[i], res)
		return nil
	})
	if err == nil && readErr != nil {
		err = readErr
	}
	if err == nil && emitted != streamed {
		err = fmt.Errorf("read back %d article references of the %d collected", emitted, streamed)
	}
	if err != nil {
		stream.abandon(err)
	} else {
		stream.close()
	}
	close(commits)
	<-committed
	for i := range sum.Partitions {
		if ps := &sum.Partitions[i]; ps.Status == PartitionPlanned {
			ps.Status, ps.Error = PartitionFailed, fmt.Sprintf("not written: %v", err)
		}
	}
	failed := 0
	for _, ps := range sum.Partitions {
		if ps.Status == PartitionFailed {
			failed++
		}
	}
	if bar != nil {
		bar.Finish()
	}

	// The scan's rejects, then those of the analysis (articles that
	// could not be read back or analysed).
	sum.Rejects, sum.RejectReasons = in.nRejects+stream.rejects.n, in.rejectReasons
	for reason, n := range stream.rejects.reasons {
		sum.RejectReasons[reason] += n
	}
	// The rejects partition is written even when it is empty, so that a
	// reader's glob over rejects/*/*.parquet matches on every output.
	var runErr error
	{
		all := func(yield func(Reject, error) bool) {
			for _, rejects := range []iter.Seq2[Reject, error]{readRejects(in.rejects), stream.rejects.all()} {
				for r, err := range rejects {
					if !yield(r, err) || err != nil {
						return
					}
				}
			}
		}
		if err := writeRejects(cfg, staging, sum.RunID, all); err != nil {
			runErr = fmt.Errorf("%w: rejects: %w", ErrPartial, err)
		}
	}
	switch {
	case runErr != nil:
	case failed > 0:
		runErr = fmt.Errorf("%w: %d of %d partitions failed", ErrPartial, failed, len(in.dates))
	case in.accepted == 0 && sum.Rejects > 0:
		runErr = fmt.Errorf("%w: no article accepted: all %d inputs were rejected (%s; see %s/run=%s)",
			ErrPartial, sum.Rejects, reasonList(sum.RejectReasons), TableRejects, sum.RunID)
	case cfg.Strict && sum.Rejects > 0:
		runErr = fmt.Errorf("%w: strict run and %d inputs rejected", ErrPartial, sum.Rejects)
	}
	sum.Status = RunOK
	if runErr != nil {
		sum.Status, sum.Error = RunPartial, runErr.Error()
		if failed == len(in.dates) && failed > 0 || in.accepted == 0 {
			sum.Status = RunFailed
		}
	}
	finish(sum, start)
	manifest, err := writeManifest(cfg.Out, sum)
	if err != nil {
		manifest = "" // print the summary all the same
	}
	if err := errors.Join(err, publish(cfg, sum, manifest)); err != nil {
		return sum, errors.Join(runErr, err)
	}
	return sum, runErr
}

// Reject logging limits: the first loggedRejects rejects of a run are
// logged one by one, then one in every rejectLogEvery, so that a feed of
// bad lines cannot flood the log; the closing summary counts them all.
const (
	loggedRejects  = 20
	rejectLogEvery = 1000
)

// rejectLogger logs a run's rejects at warn level, rate-limited.
type rejectLogger struct {
	log *slog.Logger // nil: no logging
	n   int
}

func (l *rejectLogger) add(r Reject) {
	l.n++
	if l.log == nil || l.n > loggedRejects && l.n%rejectLogEvery != 0 {
		return
	}
	l.log.Warn("input rejected", "path", r.Path, "line", r.Line, "article_id", r.ArticleID, "reason", r.Reason,
		"detail", r.Detail, "rejects_so_far", l.n)
	if l.n == loggedRejects {
		l.log.Warn(fmt.Sprintf("further rejects are logged one in every %d; the run summary counts them all", rejectLogEvery))
	}
}

// reasonList renders reject counts as "bad_json: 3, no_date: 1", by count
// then name.
func reasonList(reasons map[string]int) string {
	names := make([]string, 0, len(reasons))
	for r := range reasons {
		names = append(names, r)
	}
	sort.Slice(names, func(i, j int) bool {
		if reasons[names[i]] != reasons[names[j]] {
			return reasons[names[i]] > reasons[names[j]]
		}
		return names[i] < names[j]
	})
	parts := make([]string, len(names))
	for i, r := range names {
		parts[i] = fmt.Sprintf("%s: %d", r, reasons[r])
	}
	return strings.Join(parts, ", ")
}

// publish writes the summary to cfg.Summary, if set: a copy of the
// manifest file when one was written (the same bytes, without encoding the
// summary and its every input again), else the summary encoded. The run's
// table of inputs goes with its working files, so the summary Run returns
// lists no inputs; the manifest and cfg.Summary have them all.
func publish(cfg RunConfig, sum *RunSummary, manifest string) error {
	defer func() { sum.inputs = nil }()
	switch {
	case cfg.Summary == nil:
		return nil
	case manifest == "":
		if err := sum.WriteJSON(cfg.Summary); err != nil {
			return fmt.Errorf("write summary: %w", err)
		}
		return nil
	}
	f, err := os.Open(manifest)
	if err != nil {
		return fmt.Errorf("write summary: %w", err)
	}
	defer f.Close()
	if _, err := io.Copy(cfg.Summary, f); err != nil {
		return fmt.Errorf("write summary from %s: %w", manifest, err)
	}
	return nil
}

// planPartitions lists the partitions the run covers, marking those that
// --mode missing would skip.
func planPartitions(cfg RunConfig, in *inputs, sum *RunSummary) {
	for _, g := range in.dates {
		ps := PartitionSummary{Date: fmtDate(g.date), Articles: g.articles, InputSHA256: g.digest, Status: PartitionPlanned}
		if cfg.Mode == ModeMissing && upToDate(cfg.Out, ps, cfg.Models.SHA256) {
			ps.Status = PartitionSkipped
		}
		sum.Partitions = append(sum.Partitions, ps)
	}
}

func finish(sum *RunSummary, start time.Time) {
	sum.FinishedAt = time.Now().UTC()
	sum.DurationMS = time.Since(start).Milliseconds()
	var ru unix.Rusage
	if unix.Getrusage(unix.RUSAGE_SELF, &ru) == nil {
		sum.CPUSeconds = time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
		sum.PeakRSSBytes = ru.Maxrss * 1024 // Linux reports KiB
	}
}

func validateRun(cfg *RunConfig) error {
	if len(cfg.Inputs) == 0 {
		return fmt.Errorf("%w: no input given", ErrUsage)
	}
	if cfg.Out == "" {
		return fmt.Errorf("%w: no output directory given", ErrUsage)
	}
	// Inputs are checked before the lock is taken, so that a mistyped path
	// leaves nothing on disk.
	for _, in := range cfg.Inputs {
		if _, err := os.Stat(in); err != nil {
			return fmt.Errorf("%w: input %w", ErrUsage, err)
		}
	}
	if st, err := os.Stat(cfg.Out); err == nil && !st.IsDir() {
		return fmt.Errorf("%w: output %s is not a directory", ErrUsage, cfg.Out)
	}
	if cfg.Models == nil {
		return fmt.Errorf("%w: no models loaded", ErrConfig)
	}
	if len(cfg.Formats) == 0 {
		cfg.Formats = []string{FormatParquet}
	}
	seen := map[string]bool{}
	for _, f := range cfg.Formats {
		if f != FormatParquet && f != FormatArrow {
			return fmt.Errorf("%w: unknown format %q (want parquet, arrow)", ErrUsage, f)
		}
		if seen[f] {
			return fmt.Errorf("%w: format %q given twice", ErrUsage, f)
		}
		seen[f] = true
	}
	if cfg.Jobs <= 0 {
		cfg.Jobs = runtime.NumCPU()
	}
	switch cfg.Mode {
	case "":
		cfg.Mode = ModeAll
	case ModeAll, ModeMissing:
	default:
		return fmt.Errorf("%w: unknown mode %q (want all, missing)", ErrUsage, cfg.Mode)
	}
	if !cfg.Since.IsZero() && !cfg.Until.IsZero() && cfg.Until.Before(cfg.Since) {
		return fmt.Errorf("%w: last date %s is before first date %s", ErrUsage, fmtDate(cfg.Until), fmtDate(cfg.Since))
	}
	return nil
}

// inputs is what the first pass over the inputs found.
type inputs struct {
	// spillDir holds the decompressed content of .gz inputs, to read their
	// articles back by offset (see spillName).
	spillDir string
	dates    []dateGroup // the dates of the accepted articles, in order
	// refs is the file of the accepted articles' references, sorted by
	// date then article id ("" in a dry run, which reads no article back).
	refs string
	kept *keptArticles
	// rejects is the file of the scan's rejects, in scan order ("" in a
	// dry run, which only counts them).
	rejects       string
	nRejects      int
	rejectReasons map[string]int
	articles      int
	// accepted counts every article the scan accepted, in the run's dates
	// or not.
	accepted int
}

// dateGroup is one date's accepted articles.
type dateGroup struct {
	date     time.Time
	articles int
	digest   string // identifies the input: SHA-256 of its articles' digests, in id order
}

// collect reads every input file in sorted order, drops duplicates and
// articles outside the date range, and counts and lists the rest by date.
// Its files go in dir: the sorts' temporary files and the table of inputs
// the summary reads. Unless dry, dir also receives what the analysis pass
// reads: the accepted articles' references sorted by date and id, the
// rejects in scan order, and the decompressed content of .gz inputs, so
// their articles can be read back by offset. Up to keep bytes of articles
// are kept whole, so the analysis pass need not read them again.
func collect(ctx context.Context, cfg RunConfig, sum *RunSummary, dir string, dry bool, keep int64) (*inputs, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", dir, err)
	}
	spillDir := dir // where the analysis pass reads from
	if dry {
		spillDir = ""
	}
	files, err := sortInputs(ctx, cfg.Inputs, dir)
	if err != nil {
		return nil, err
	}
	defer files.stop()
	in := &inputs{spillDir: spillDir, kept: &keptArticles{}}
	table := &inputTable{file: filepath.Join(dir, "inputs")}
	tableW, err := createRecords(table.file, inputCodec)
	if err != nil {
		return nil, err
	}
	defer tableW.close() // on errors; closing twice does nothing
	budget := &keepBudget{}
	budget.left.Store(keep)
	inRange := func(d time.Time) bool {
		return (cfg.Since.IsZero() || !d.Before(cfg.Since)) && (cfg.Until.IsZero() || !d.After(cfg.Until))
	}
	ss := scanSettings{spillDir: spillDir, budget: budget, outside: func(d time.Time) bool { return !inRange(d) }}
	if cfg.Models != nil && cfg.Models.Pipeline != nil && cfg.Models.Pipeline.Language != nil {
		ss.detect, ss.allowed = cfg.Models.Pipeline.Language, map[string]bool{}
		langs := cfg.Languages
		if len(langs) == 0 {
			langs = []string{"en"}
		}
		for _, l := range langs {
			ss.allowed[strings.ToLower(strings.TrimSpace(l))] = true
		}
	}
	// Every article goes to a sort by (id, place in the scan), which finds
	// the duplicates after the scan: memory stays flat however many
	// articles a backfill reads. Rejects are numbered in the same sequence
	// so those of duplicates can be put back in scan order.
	byID := newSpillSorter(ctx, dir, refCodec, byIDSeq)
	defer byID.stop()
	rejects := &scanRejects{reasons: map[string]int{}}
	if !dry {
		rejects.sort = newSpillSorter(ctx, dir, rejectCodec, bySeq)
		defer rejects.sort.stop()
	}
	var seq int64
	// Files are read and parsed by workers (more than cores: reading many
	// small files is mostly waiting); what each found is merged here in
	// file order, so articles and rejects are numbered as if the files were
	// read one after the other. A large JSONL or gzip file is read here, in
	// its turn, its articles merged as they are parsed: held back for a
	// later merge, the references of a multi-gigabyte file would not fit
	// the memory a run is allowed.
	var is InputSummary // the file being merged
	rlog := rejectLogger{log: cfg.Logger}
	mergeEvent := func(f inputFile, ev *scanEvent) error {
		seq++
		if ev.reject != nil {
			if r := *ev.reject; r.Date.IsZero() || inRange(r.Date) {
				is.Rejects++
				rlog.add(r)
				return rejects.add(seqReject{seq, r})
			}
			return nil
		}
		ref := ev.ref
		ref.path, ref.file, ref.seq = f.path, f.index, seq
		if inRange(ref.date.ToTime()) {
			is.Articles++ // until the search for duplicates says otherwise
		}
		if ev.kept != nil {
			in.kept.put(seq, ev.kept)
		}
		return byID.add(ref)
	}
	merge := func(_ int, fs *fileScan) error {
		f := fs.file
		is = InputSummary{Path: f.path}
		var err error
		if fs.inline {
			fs = scanFile(f, ss, func(ev *scanEvent) error { return mergeEvent(f, ev) })
		} else {
			for k := range fs.events {
				if err = mergeEvent(f, &fs.events[k]); err != nil {
					break
				}
			}
		}
		if fs.err != nil {
			return fs.err
		}
		if err != nil {
			return err
		}
		is.SHA256 = fs.digest
		table.n++
		return tableW.write(is)
	}
	scan := func(f inputFile) *fileScan { return scanQueued(f, ss) }
	var listErr error
	if err := inOrder(ctx, numbered(files.sorted(&listErr)), 4*cfg.Jobs, 8*cfg.Jobs, scan, merge); err != nil {
		return nil, err
	}
	if listErr != nil {
		return nil, listErr
	}
	if err := tableW.close(); err != nil {
		return nil, err
	}
	sum.inputs = table

	byDate := newSpillSorter(ctx, dir, refCodec, byDateID)
	defer byDate.stop()
	if err := in.keepFirst(byID, byDate, rejects, sum, inRange, budget); err != nil {
		return nil, err
	}
	if err := in.writeRejects(rejects, spillDir); err != nil {
		return nil, err
	}
	if err := in.groupDates(byDate, spillDir); err != nil {
		return nil, err
	}
	return in, nil
}

// scanRejects gathers the scan's rejects. They are counted; with a
// directory to spill to, they are also sorted into scan order there.
type scanRejects struct {
	sort    *spillSorter[seqReject] // nil in a dry run
	n       int
	reasons map[string]int
}

func (r *scanRejects) add(x seqReject) error {
	r.n++
	r.reasons[x.Reason]++
	if r.sort == nil {
		return nil
	}
	return r.sort.add(x)
}

// writeRejects takes the counts of the scan's rejects and, with spillDir
// set, writes them in scan order to a file there for the rejects table.
func (in *inputs) writeRejects(rejects *scanRejects, spillDir string) error {
	in.nRejects, in.rejectReasons = rejects.n, rejects.reasons
	if rejects.sort == nil {
		return nil
	}
	in.rejects = filepath.Join(spillDir, "rejects")
	w, err := createRecords(in.rejects, rejectCodec)
	if err != nil {
		return err
	}
	for r := range rejects.sort.sorted(&err) {
		if err = w.write(r); err != nil {
			break
		}
	}
	if cerr := w.close(); err == nil {
		err = cerr
	}
	return err
}

// keepFirst reads the scan's references sorted by id and scan order: the
// first of each id wins, and those in the date range go to byDate and are
// counted in sum; the others are duplicates, added to rejects.
func (in *inputs) keepFirst(byID, byDate *spillSorter[articleRef], rejects *scanRejects, sum *RunSummary, inRange func(time.Time) bool, budget *keepBudget) error {
	var first articleRef
	var err error
	for ref := range byID.sorted(&err) {
		if ref.id == first.id && first.seq != 0 {
			dup := Reject{Path: ref.path, Line: int(ref.line), ArticleID: ref.id, Date: ref.date.ToTime(),
				Reason: ReasonDuplicateID, Detail: fmt.Sprintf("article id first seen in %s%s", first.path, lineSuffix(int(first.line)))}
			if err := rejects.add(seqReject{ref.seq, dup}); err != nil {
				return err
			}
			sum.inputs.duplicate(ref.file, inRange(ref.date.ToTime()))
			in.drop(ref, budget)
			continue
		}
		first = ref
		in.accepted++
		if !inRange(ref.date.ToTime()) {
			in.drop(ref, budget)
			continue
		}
		sum.Articles++
		sum.TextBytes += int64(ref.textBytes)
		in.articles++
		if err := byDate.add(ref); err != nil {
			return err
		}
	}
	return err
}

// groupDates reads the kept references sorted by date and id, lists the
// dates with their digests, and, with spillDir set, writes the references
// to a file there for the analysis pass.
func (in *inputs) groupDates(byDate *spillSorter[articleRef], spillDir string) error {
	var refs *recordWriter[articleRef]
	if spillDir != "" {
		var err error
		in.refs = filepath.Join(spillDir, "refs")
		if refs, err = createRecords(in.refs, refCodec); err != nil {
			return err
		}
	}
	var digest hash.Hash
	endDate := func() {
		if n := len(in.dates); n > 0 {
			in.dates[n-1].digest = hex.EncodeToString(digest.Sum(nil))
		}
	}
	var err error
	for ref := range byDate.sorted(&err) {
		if d := ref.date.ToTime(); len(in.dates) == 0 || !in.dates[len(in.dates)-1].date.Equal(d) {
			endDate()
			in.dates = append(in.dates, dateGroup{date: d})
			digest = sha256.New()
		}
		in.dates[len(in.dates)-1].articles++
		digest.Write(ref.digest[:])
		if refs != nil {
			if err = refs.write(ref); err != nil {
				break
			}
		}
	}
	endDate()
	if refs != nil {
		if cerr := refs.close(); err == nil {
			err = cerr
		}
	}
	return err
}

// drop forgets an article the run will not analyse.
func (in *inputs) drop(ref articleRef, budget *keepBudget) {
	if a := in.kept.take(ref.seq); a != nil {
		budget.release(ref.size)
	}
}

// inputFile is one input file and its place among the run's inputs.
type inputFile struct {
	index int32
	path  string
}

// sortInputs starts a sort of the files of paths, as ListInputs lists
// them, on disk in spillDir beyond one chunk of them. An input that does not
// exist is a usage error.
func sortInputs(ctx context.Context, paths []string, spillDir string) (*spillSorter[string], error) {
	files := newSpillSorter(ctx, spillDir, pathCodec, strings.Compare)
	var addErr error
	err := source.WalkInputs(paths, func(p string) error { addErr = files.add(p); return addErr })
	switch {
	case addErr != nil:
		files.stop()
		return nil, addErr
	case err != nil:
		files.stop()
		return nil, fmt.Errorf("%w: %w", ErrUsage, err)
	}
	return files, nil
}

// numbered yields the distinct paths of a sorted sequence, numbered from 0.
func numbered(paths iter.Seq[string]) iter.Seq[inputFile] {
	return func(yield func(inputFile) bool) {
		f := inputFile{index: -1}
		for p := range paths {
			if f.index >= 0 && p == f.path {
				continue // named twice
			}
			f.index++
			f.path = p
			if !yield(f) {
				return
			}
		}
	}
}

// spillName is where the decompressed content of .gz input number fi is
// kept in spillDir.
func spillName(spillDir string, fi int32) string {
	return filepath.Join(spillDir, fmt.Sprintf("%06d", fi))
}

// fileScan is what reading one input file found, in the file's order.
type fileScan struct {
	file   inputFile
	inline bool // not read yet: the merge reads it (see scanInline)
	events []scanEvent
	digest Digest // of the file's bytes
	err    error  // reading stopped here
}

// scanEvent is one article or one reject of a file: for an article, the
// reference to it (its file and place in the scan left 0: the merge sets
// them), and the article itself when the scan could keep it (see keepLimit).
type scanEvent struct {
	reject *Reject // nil for an article
	ref    articleRef
	kept   *Article
}

// inlineScanBytes is the size above which a JSONL or gzip input is read by
// the merge itself rather than by a worker.
var inlineScanBytes int64 = 16 << 20 // a variable so tests can move it

// scanInline reports whether path is a JSONL or gzip input too large for
// a worker to hold all its references until the merge takes them. Text
// files hold one article and never are.
func scanInline(path string) bool {
	kind, gz := source.Classify(path)
	if kind != source.KindJSONL && !gz {
		return false
	}
	st, err := os.Stat(path)
	return err == nil && st.Size() > inlineScanBytes
}

// scanSettings are what the scans of a run's input files share.
type scanSettings struct {
	spillDir string      // where a .gz input's content is kept; "" for nowhere
	budget   *keepBudget // for the articles kept whole
	// outside reports the dates the run leaves out. Their articles still
	// take part in the search for duplicate ids, but are parsed no further
	// than that needs, and neither hashed nor kept.
	outside func(time.Time) bool
	// detect, when set, identifies each article's language; an article
	// in a language outside allowed becomes a not_english reject.
	detect  pipeline.LanguageDetector
	allowed map[string]bool
}

// scanQueued is scanFile run by a worker ahead of the merge: it holds what
// it finds for the merge, or leaves a large JSONL or gzip file to the merge
// (see scanInline).
func scanQueued(f inputFile, ss scanSettings) *fileScan {
	if scanInline(f.path) {
		return &fileScan{file: f, inline: true}
	}
	var events []scanEvent
	fs := scanFile(f, ss, func(ev *scanEvent) error { events = append(events, *ev); return nil })
	fs.events = events
	return fs
}

// scanFile reads and parses input file f, handing each article and reject
// to on in file order. With ss.spillDir set, a .gz file's decompressed
// content is kept there for reading back. Articles in the run's dates are
// kept whole while ss.budget allows.
func scanFile(f inputFile, ss scanSettings, on func(*scanEvent) error) *fileScan {
	path := f.path
	fs := &fileScan{file: f}
	reject := func(r Reject) error {
		return on(&scanEvent{reject: &r})
	}
	emit := func(a Article) error {
		ev := scanEvent{ref: articleRef{id: a.ID, line: int32(a.Line), offset: a.Offset, size: a.Size, date: arrow.Date32FromTime(a.Date)}}
		if ss.outside(a.Date) {
			return on(&ev) // only to find duplicates: see keepFirst
		}
		if ss.detect != nil {
			if r := ss.detect.Detect(a.Text); r.Reliable && !ss.allowed[r.Code] {
				return reject(Reject{Path: path, Line: a.Line, ArticleID: a.ID, Date: a.Date, Reason: ReasonNotEnglish,
					Detail: fmt.Sprintf("language %s (confidence %.2f)", r.Code, r.Confidence)})
			}
		}
		ev.ref.textBytes, ev.ref.digest = len(a.Text), articleDigest(a)
		if ss.budget.take(a.Size) {
			kept := a // a copy, so that a itself stays off the heap
			ev.kept = &kept
		}
		return on(&ev)
	}
	var spill *os.File
	if _, gz := source.Classify(path); gz && ss.spillDir != "" {
		sf, err := os.Create(spillName(ss.spillDir, f.index))
		if err != nil {
			fs.err = fmt.Errorf("spill %s: %w", path, err)
			return fs
		}
		spill = sf
	}
	var w io.Writer
	if spill != nil {
		w = spill
	}
	var err error
	if fs.digest, err = source.ReadInput(path, w, ss.outside, emit, reject); err != nil {
		fs.err = fmt.Errorf("read %s: %w", path, err)
	}
	if spill != nil {
		if cerr := spill.Close(); cerr != nil && fs.err == nil {
			fs.err = fmt.Errorf("spill %s: %w", path, cerr)
		}
	}
	return fs
}

// load returns an article for analysis: the one the scan kept, or else it
// reads it back. The input is re-parsed from the bytes the first pass
// located; if it no longer parses to the same article (the file changed
// during the run) the article becomes a reject. A kept article is the very
// one the scan hashed, so it is analysed as it was then.
func (in *inputs) load(ref articleRef) (Article, *Reject) {
	path := ref.path
	if kept := in.kept.take(ref.seq); kept != nil {
		a := *kept
		a.Path, a.Line, a.Offset, a.Size = path, int(ref.line), ref.offset, ref.size
		return a, nil
	}
	bad := func(detail string) (Article, *Reject) {
		return Article{}, &Reject{Path: path, Line: int(ref.line), ArticleID: ref.id, Reason: ReasonReadError, Detail: detail}
	}
	from := path
	if _, gz := source.Classify(path); gz {
		from = spillName(in.spillDir, ref.file)
	}
	f, err := source.OpenInput(from)
	if err != nil {
		return bad(err.Error())
	}
	defer f.Close()
	buf := make([]byte, ref.size)
	if _, err := f.ReadAt(buf, ref.offset); err != nil {
		return bad("read back: " + err.Error())
	}
	var a Article
	var rej *Reject
	if kind, _ := source.Classify(path); kind == source.KindJSONL {
		a, rej = source.ParseJSONLine(bytes.TrimRight(buf, "\r\n"))
	} else {
		a, rej = source.ParseText(source.BaseID(path), buf)
	}
	if rej != nil || a.ID != ref.id || articleDigest(a) != ref.digest {
		return bad("input changed while the run was reading it")
	}
	a.Path, a.Line, a.Offset, a.Size = path, int(ref.line), ref.offset, ref.size
	return a, nil
}

// keptTextMax caps how many bytes of articles a run keeps from the scan
// (a variable so tests can move it).
var keptTextMax int64 = 64 << 20

// keepLimit returns how many bytes of articles the scan may keep for the
// analysis pass: an eighth of the memory limit (25 MiB under the default
// 200 MiB), at most keptTextMax. A nightly run's day of articles is then
// often read once instead of twice; a backfill keeps its first days'.
func keepLimit() int64 {
	return min(debug.SetMemoryLimit(-1)/8, keptTextMax)
}

// keepBudget is what is left of the bytes of articles the scan may keep.
// The scan's workers draw on it concurrently; which articles are kept
// changes no output, only whether they are read again.
type keepBudget struct{ left atomic.Int64 }

// take reports whether n more bytes may be kept, and if so counts them.
func (b *keepBudget) take(n int) bool {
	if b.left.Add(-int64(n)) >= 0 {
		return true
	}
	b.left.Add(int64(n))
	return false
}

// release returns the n bytes of a kept article the run will not analyse.
func (b *keepBudget) release(n int) {
	b.left.Add(int64(n))
}

func articleDigest(a Article) [32]byte {
	return sha256.Sum256([]byte(fmt.Sprintf("%q %q %q %s", a.ID, a.Source, a.Title, a.SHA256)))
}

func lineSuffix(line int) string {
	if line == 0 {
		return ""
	}
	return fmt.Sprintf(":%d", line)
}

// upToDate reports whether every table's partition for ps already carries a
// _SUCCESS record for the same input, models and schema.
func upToDate(out string, ps PartitionSummary, modelSHA string) bool {
	for _, table := range DataTables {
		raw, err := os.ReadFile(filepath.Join(out, table, "date="+ps.Date, SuccessName))
		if err != nil {
			return false
		}
		var rec successRecord
		if json.Unmarshal(raw, &rec) != nil ||
			rec.InputSHA256 != ps.InputSHA256 || rec.ModelSHA256 != modelSHA || rec.SchemaVersion != SchemaVersion {
			return false
		}
	}
	return true
}

// analysed is one article with its analysis, or the reject it turned into.
type analysed struct {
	article Article
	doc     pipeline.Doc
	reject  *Reject
}

// analyseOne analyses one article; a panic or an error becomes its reject.
func analyseOne(an Analyzer, a Article) (res analysed) {
	defer func() {
		if p := recover(); p != nil {
			res = analysed{reject: &Reject{Path: a.Path, Line: a.Line, ArticleID: a.ID, Date: a.Date,
				Reason: ReasonPanic, Detail: fmt.Sprintf("panic: %v\n%s", p, firstFrames(debug.Stack()))}}
		}
	}()
	doc, err := an.Analyze(a.Text, a.Date)
	if err != nil {
		return analysed{reject: &Reject{Path: a.Path, Line: a.Line, ArticleID: a.ID, Date: a.Date,
			Reason: ReasonPanic, Detail: fmt.Sprintf("article %s: %v", a.ID, err)}}
	}
	return analysed{article: a, doc: doc}
}

func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	if len(lines) > 12 {
		lines = lines[:12]
	}
	return strings.Join(lines, "\n")
}

func newRunID(t time.Time) string {
	var b [3]byte
	rand.Read(b[:])
	return t.UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

func fmtDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(DateLayout)
}

// writeManifest writes the run manifest atomically and returns its path.
func writeManifest(out string, sum *RunSummary) (string, error) {
	path := filepath.Join(out, RunsDir, sum.RunID+".json")
	return path, durable.WriteAtomicFunc(path, sum.WriteJSON)
}
