package jobs

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/sys/unix"

	"github.com/stance-news/stance/analysis/pipeline"
	"github.com/stance-news/stance/internal/durable"
	"github.com/stance-news/stance/jobs/objstore"
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
	// Inputs are local paths or bucket URLs (see URLSchemes).
	Inputs []string
	// Out is a local directory or a bucket URL (see URLSchemes).
	Out     string
	Since   time.Time // zero: no lower bound
	Until   time.Time // zero: no upper bound (inclusive)
	Formats []string  // FormatParquet and/or FormatArrow
	Jobs    int       // parallel workers and cores used; <= 0 means runtime.NumCPU()
	Mode    string    // ModeAll (default) or ModeMissing
	DryRun  bool
	Strict  bool // any reject fails the run (exit 1)
	// Shard, when its Count is above 1, limits the run to the dates it owns
	// (and the undated rejects to shard 0).
	Shard Shard
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
	// Staging is the local directory under which a run whose Out is a
	// bucket URL stages its partitions and copies its URL inputs; empty
	// means the system's temporary directory.
	Staging string
	// LockTTL is how long the lock object of a bucket output stays valid
	// without renewal; zero means DefaultLockTTL.
	LockTTL time.Duration

	create   createFunc // creates output files; nil means the real file system
	analyzer Analyzer   // analyses articles; nil means Models.Pipeline
	// remote is the output bucket when Out is a URL.
	remote *remoteOut
	// fetched are the inputs given as URLs and their local copies, and
	// pathName names a local path of them as the user gave it.
	fetched  []fetchedInput
	pathName func(string) string
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
	// RejectExamples lists, for each reason, where its first rejects were
	// ("path:line", or the path of a whole file), at most MaxRejectExamples.
	RejectExamples map[string][]string `json:"reject_examples,omitempty"`
	// PartyMentions counts the mentions of each party in the partitions
	// this run wrote.
	PartyMentions map[string]int `json:"party_mentions,omitempty"`
	Error         string         `json:"error,omitempty"`
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
	Shard   string   `json:"shard,omitempty"` // "i/n" for one shard of a split run
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
	sum := newRunSummary(cfg, start)
	log = log.With("run_id", sum.RunID)
	if cfg.DryRun {
		return dryRun(ctx, cfg, sum, start)
	}

	var staging string
	if objstore.IsURL(cfg.Out) {
		remote, err := openRemote(ctx, cfg, sum.RunID, log)
		if err != nil {
			return nil, err
		}
		defer remote.close(log)
		cfg.remote, ctx = remote, remote.ctx
		if staging, err = remoteStaging(cfg, sum.RunID); err != nil {
			return nil, err
		}
	} else {
		lock, err := AcquireLock(cfg.Out)
		if err != nil {
			return nil, err
		}
		defer lock.Release()
		if staging, err = freshStaging(cfg.Out, sum.RunID); err != nil {
			return nil, err
		}
	}
	defer os.RemoveAll(staging)
	if err := cfg.fetchInputs(ctx, staging); err != nil {
		return nil, err
	}

	in, err := collect(ctx, cfg, sum, filepath.Join(staging, "spill"), false, keepLimit())
	if err != nil {
		return nil, err
	}
	planPartitions(cfg, in, sum)
	rejects := &analysisRejects{path: filepath.Join(in.spillDir, "analysis-rejects")}
	defer rejects.close()
	failed := writePartitions(ctx, cfg, sum, in, staging, rejects, log)

	// The scan's rejects, then those of the analysis (articles that
	// could not be read back or analysed).
	sum.Rejects, sum.RejectReasons = in.nRejects+rejects.n, in.rejectReasons
	for reason, n := range rejects.reasons {
		sum.RejectReasons[reason] += n
	}
	// The rejects partition is written even when it is empty, so that a
	// reader's glob over rejects/*/*.parquet matches on every output.
	all := func(yield func(Reject, error) bool) {
		for _, rs := range []iter.Seq2[Reject, error]{readRejects(in.rejects), rejects.all()} {
			for r, err := range rs {
				if cfg.pathName != nil {
					r = renamePaths(r, cfg.fetched, cfg.pathName)
				}
				if !yield(r, err) || err != nil {
					return
				}
			}
		}
	}
	var runErr error
	if err := writeRejects(cfg, staging, sum.RunID, withExamples(all, sum)); err != nil {
		runErr = fmt.Errorf("%w: rejects: %w", ErrPartial, err)
	}
	runErr = settle(cfg, sum, in, failed, runErr)
	finish(sum, start)
	var manifest string
	if cfg.remote != nil {
		// The manifest is written in staging, then uploaded.
		if manifest, err = writeManifest(staging, sum); err != nil {
			manifest = "" // print the summary all the same
		} else {
			err = cfg.remote.uploadManifest(manifest, sum.RunID, cfg.Shard)
		}
	} else if manifest, err = writeManifest(cfg.Out, sum); err != nil {
		manifest = "" // print the summary all the same
	}
	if err := errors.Join(err, publish(cfg, sum, manifest)); err != nil {
		return sum, errors.Join(runErr, err)
	}
	return sum, runErr
}

// MaxRejectExamples is how many places of each reject reason a summary
// names.
const MaxRejectExamples = 3

// withExamples passes rejects on, noting in sum where the first few of
// each reason were.
func withExamples(rejects iter.Seq2[Reject, error], sum *RunSummary) iter.Seq2[Reject, error] {
	return func(yield func(Reject, error) bool) {
		for r, err := range rejects {
			if err == nil && len(sum.RejectExamples[r.Reason]) < MaxRejectExamples {
				if sum.RejectExamples == nil {
					sum.RejectExamples = map[string][]string{}
				}
				sum.RejectExamples[r.Reason] = append(sum.RejectExamples[r.Reason], r.Path+lineSuffix(r.Line))
			}
			if !yield(r, err) {
				return
			}
		}
	}
}

// newRunSummary starts the summary of a run beginning at start.
func newRunSummary(cfg RunConfig, start time.Time) *RunSummary {
	return &RunSummary{
		RunID:         newRunID(start),
		Version:       cfg.Version,
		SchemaVersion: SchemaVersion,
		StartedAt:     start.UTC(),
		Args: RunArgs{
			Inputs: redacted(cfg.Inputs), Formats: cfg.Formats, Jobs: cfg.Jobs, Mode: cfg.Mode, Strict: cfg.Strict, Shard: cfg.Shard.String(),
			Since: fmtDate(cfg.Since), Until: fmtDate(cfg.Until),
		},
		ModelSHA256:   cfg.Models.SHA256,
		Artifacts:     cfg.Models.Digests,
		RejectReasons: map[string]int{},
	}
}

// redacted returns inputs with the queries of bucket URLs removed: they
// may carry credentials (an Azure SAS token), and the manifest keeps them.
func redacted(inputs []string) []string {
	out := make([]string, len(inputs))
	for i, in := range inputs {
		out[i] = in
		if objstore.IsURL(in) {
			out[i] = objstore.Redact(in)
		}
	}
	return out
}

// dryRun plans the run and reports it. It writes nothing under cfg.Out;
// its sorts and table of inputs go to a temporary directory.
func dryRun(ctx context.Context, cfg RunConfig, sum *RunSummary, start time.Time) (*RunSummary, error) {
	dir, done, err := dryRunDir()
	if err != nil {
		return nil, err
	}
	defer done()
	if objstore.IsURL(cfg.Out) && cfg.Mode == ModeMissing {
		// No lock: a dry run only reads the _SUCCESS objects.
		remote, err := openRemote(ctx, cfg, "", cfg.Logger)
		if err != nil {
			return nil, err
		}
		defer remote.close(cfg.Logger)
		cfg.remote = remote
	}
	if err := cfg.fetchInputs(ctx, dir); err != nil {
		return nil, err
	}
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

// fetchInputs copies the inputs given as URLs to local disk under dir
// and points cfg's inputs at the copies (see fetchInputs).
func (cfg *RunConfig) fetchInputs(ctx context.Context, dir string) error {
	inputs, fetched, err := fetchInputs(ctx, cfg.Inputs, dir)
	if err != nil {
		return err
	}
	cfg.Inputs, cfg.fetched, cfg.pathName = inputs, fetched, pathNamer(fetched)
	return nil
}

// freshStaging clears the staging area under out and creates the run's
// own staging directory. It must be called holding the lock: then nothing
// else is writing, and staging left by a run that crashed is garbage.
func freshStaging(out, runID string) (string, error) {
	if err := os.RemoveAll(filepath.Join(out, StagingDir)); err != nil {
		return "", fmt.Errorf("clear stale staging: %w", err)
	}
	staging := filepath.Join(out, StagingDir, runID)
	if err := os.MkdirAll(staging, 0o755); err != nil {
		return "", fmt.Errorf("create staging %s: %w", staging, err)
	}
	return staging, nil
}

// writePartitions analyses the articles of every planned partition and
// commits each partition as it completes, setting its status in sum; the
// articles that cannot be analysed go to rejects. It returns the number of
// failed partitions.
//
// The articles of all partitions form one ordered stream, so the workers
// never wait for a partition to be finished; completed partitions are
// finished and committed (fsync, _SUCCESS, rename), in order, by one
// background goroutine.
func writePartitions(ctx context.Context, cfg RunConfig, sum *RunSummary, in *inputs, staging string, rejects *analysisRejects, log *slog.Logger) int {
	var bar *progressbar.ProgressBar
	if cfg.Progress != nil {
		bar = progressbar.NewOptions(in.articles,
			progressbar.OptionSetWriter(cfg.Progress),
			progressbar.OptionSetDescription("articles"),
			progressbar.OptionShowCount(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		defer bar.Finish()
	}
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
	commits, committed := startCommitter(cfg, staging, sum, log)
	stream := &partitionStream{cfg: cfg, staging: staging, log: log, commits: commits, rejects: rejects}
	cur := 0 // the streamed partition of the article being emitted
	emitted := 0
	err := analyseInOrder(ctx, cfg, in, refs, func(k int, res analysed) error {
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
	failed := 0
	for i := range sum.Partitions {
		ps := &sum.Partitions[i]
		if ps.Status == PartitionPlanned {
			ps.Status, ps.Error = PartitionFailed, fmt.Sprintf("not written: %v", err)
		}
		if ps.Status == PartitionFailed {
			failed++
		}
	}
	return failed
}

// startCommitter starts the goroutine that commits staged partitions, in
// the order they are sent, in batches (commitBatch), and records each
// one's outcome in its summary. Closing commits stops it; committed is
// closed when it has finished.
func startCommitter(cfg RunConfig, staging string, sum *RunSummary, log *slog.Logger) (commits chan<- *stagedPartition, committed <-chan struct{}) {
	c := make(chan *stagedPartition, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		var batch []*stagedPartition
		var held int64 // bytes of the batch's files
		for open := true; open || len(batch) > 0; {
			var sp *stagedPartition
			if len(batch) == 0 {
				sp, open = <-c
			} else {
				select {
				case sp, open = <-c:
				case <-time.After(batchWait): // nothing more ready: commit what is held
				}
			}
			if sp != nil {
				if size, err := stagePartition(cfg, sum.RunID, sp); err != nil {
					partitionFailed(sp.ps, err, log)
				} else {
					batch = append(batch, sp)
					held += size
				}
			}
			if len(batch) > 0 && (sp == nil || !open || len(batch) >= maxBatch || held >= maxBatchBytes) {
				commit := commitBatch
				if cfg.remote != nil {
					commit = func(cfg RunConfig, _ string, batch []*stagedPartition, _ *slog.Logger) []error {
						return cfg.remote.publishBatch(cfg, sum.RunID, batch)
					}
				}
				for i, err := range commit(cfg, staging, batch, log) {
					if err != nil {
						partitionFailed(batch[i].ps, err, log)
						continue
					}
					partitionWritten(sum, batch[i], log)
				}
				batch, held = batch[:0], 0
			}
		}
	}()
	return c, done
}

// partitionFailed records that a partition could not be committed.
func partitionFailed(ps *PartitionSummary, err error, log *slog.Logger) {
	ps.Status, ps.Error = PartitionFailed, err.Error()
	log.Error("partition failed", "date", ps.Date, "err", err)
}

// partitionWritten records a committed partition in the run summary.
func partitionWritten(sum *RunSummary, sp *stagedPartition, log *slog.Logger) {
	ps := sp.ps
	ps.Status = PartitionWritten
	ps.DurationMS = time.Since(sp.started).Milliseconds()
	for party, n := range sp.mentions {
		if sum.PartyMentions == nil {
			sum.PartyMentions = map[string]int{}
		}
		sum.PartyMentions[party] += n
	}
	log.Info("partition written", "date", ps.Date, "articles", ps.Articles, "sentences", ps.Rows[TableSentences], "mentions", ps.Rows[TableMentions], "ms", ps.DurationMS)
}

// settle sets the run's status from what happened and returns the run's
// error: runErr when set, else the first of failed partitions, no article
// accepted, or rejects in a strict run.
func settle(cfg RunConfig, sum *RunSummary, in *inputs, failed int, runErr error) error {
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
	return runErr
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
		if cfg.Mode == ModeMissing && cfg.remote != nil && cfg.remote.upToDate(ps, cfg.Models.SHA256) ||
			cfg.Mode == ModeMissing && cfg.remote == nil && upToDate(cfg.Out, ps, cfg.Models.SHA256) {
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
	// leaves nothing on disk; a URL is read after (fetchInputs).
	for _, in := range cfg.Inputs {
		if objstore.IsURL(in) {
			if err := checkURL("input", in); err != nil {
				return err
			}
			continue
		}
		if _, err := os.Stat(in); err != nil {
			return fmt.Errorf("%w: input %w", ErrUsage, err)
		}
	}
	if objstore.IsURL(cfg.Out) {
		if err := checkURL("output", cfg.Out); err != nil {
			return err
		}
	} else if st, err := os.Stat(cfg.Out); err == nil && !st.IsDir() {
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
	if cfg.Shard.Count < 0 || cfg.Shard.Count > 0 && (cfg.Shard.Index < 0 || cfg.Shard.Index >= cfg.Shard.Count) {
		return fmt.Errorf("%w: shard %d of %d", ErrUsage, cfg.Shard.Index, cfg.Shard.Count)
	}
	return nil
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
