package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/stance-news/stance/jobs"
)

type runCmd struct {
	Input      []string `help:"Input files or directories (text, JSONL, .gz); repeat or separate with commas." required:"" type:"path"`
	Out        string   `help:"Output directory." required:"" type:"path"`
	Date       string   `help:"Only this date (YYYY-MM-DD)." xor:"date"`
	Since      string   `help:"First date to compute (inclusive)." xor:"date"`
	Until      string   `help:"Last date to compute (inclusive)."`
	Format     []string `help:"Output formats: parquet, arrow." default:"parquet"`
	Jobs       int      `help:"Parallel workers (default: number of CPUs)." default:"0"`
	Mode       string   `help:"all: recompute every selected date; missing: only dates without _SUCCESS or whose inputs or models changed." enum:"all,missing" default:"all"`
	DryRun     bool     `help:"Print the partitions that would be written and stop."`
	JSON       bool     `help:"Print one summary object on stdout."`
	Strict     bool     `help:"Fail the run (exit 1) when any input is rejected."`
	Parties    string   `help:"Party registry YAML replacing the embedded one." type:"existingfile"`
	MemoryMB   int64    `help:"Soft limit on heap memory in MiB; the garbage collector works harder near it (GOMEMLIMIT overrides)." name:"memory-limit-mb" default:"200"`
	Models     string   `help:"Model directory (manifest.json and artifacts/) replacing the embedded models." type:"existingdir"`
	CPUProfile string   `help:"Write a pprof CPU profile of the run to this file." name:"cpuprofile" type:"path" hidden:""`
}

// Run executes the batch job.
func (c *runCmd) Run(e *env) error {
	cfg := jobs.RunConfig{
		Inputs: c.Input, Out: c.Out, Formats: c.Format, Jobs: c.Jobs, Mode: c.Mode,
		DryRun: c.DryRun, Strict: c.Strict, Version: buildVersion(), Logger: e.log, CPUProfile: c.CPUProfile,
		MemoryLimit: c.MemoryMB << 20,
	}
	var err error
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
			return fmt.Errorf("%w: --until cannot be combined with --date", jobs.ErrUsage)
		}
		if cfg.Until, err = parseDateFlag("--until", c.Until); err != nil {
			return err
		}
	}
	if e.tty && !c.JSON {
		cfg.Progress = e.stderr
	}
	if cfg.Models, err = jobs.LoadModels(jobs.ModelOptions{Dir: c.Models, PartiesFile: c.Parties}); err != nil {
		return err
	}
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
	return runErr
}

func printPlan(e *env, sum *jobs.RunSummary) {
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tARTICLES\tACTION")
	for _, p := range sum.Partitions {
		action := "write"
		if p.Status == "skipped" {
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
		return time.Time{}, fmt.Errorf("%w: %s: %w", jobs.ErrUsage, flag, err)
	}
	return d, nil
}

type scoreCmd struct {
	Date    string `help:"Article date (YYYY-MM-DD) when stdin has no \"date\" line; default today (UTC)."`
	JSON    bool   `help:"Print one JSON object per sentence."`
	Explain bool   `help:"List the words that moved each sentence's sentiment."`
	Parties string `help:"Party registry YAML replacing the embedded one." type:"existingfile"`
	Models  string `help:"Model directory (manifest.json and artifacts/) replacing the embedded models." type:"existingdir"`
}

// Run scores the article on stdin.
func (c *scoreCmd) Run(e *env) error {
	opts := jobs.ScoreOptions{JSON: c.JSON, Explain: c.Explain}
	if c.Date != "" {
		d, err := parseDateFlag("--date", c.Date)
		if err != nil {
			return err
		}
		opts.Date = d
	} else {
		now := time.Now().UTC()
		opts.Date = time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	}
	m, err := jobs.LoadModels(jobs.ModelOptions{Dir: c.Models, PartiesFile: c.Parties})
	if err != nil {
		return err
	}
	return jobs.ScoreArticle(m, e.stdin, e.stdout, opts)
}

type segmentCmd struct{}

// Run prints the sentences of stdin as a JSON array.
func (c *segmentCmd) Run(e *env) error { return jobs.SegmentText(e.stdin, e.stdout) }

type evalCmd struct {
	Data   string `help:"NewsMTSC-format JSONL file." required:"" type:"existingfile"`
	Ablate string `help:"Ablation: lexicon-only or weights-only." enum:",lexicon-only,weights-only" default:""`
}

// Run prints the stance metrics on the given data as JSON.
func (c *evalCmd) Run(e *env) error {
	m, err := jobs.LoadModels(jobs.ModelOptions{})
	if err != nil {
		return err
	}
	met, err := jobs.Eval(e.ctx, m.Stance, jobs.EvalConfig{Data: c.Data, Ablate: c.Ablate})
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(met)
}

type trainCmd struct {
	Data []string `help:"NewsMTSC-format JSONL training files." required:"" type:"existingfile"`
	Dev  []string `help:"Files to report metrics on (never trained on)." type:"existingfile"`
	CV   []string `help:"Files to report 5-fold cross-validated metrics on." name:"cv" type:"existingfile"`
	Out  string   `help:"Directory for weights.bin and manifest.json." required:"" type:"path"`
	Seed uint64   `help:"Seed for folds and initialisation." default:"1"`
}

// Run fits the stance weights and prints the training report.
func (c *trainCmd) Run(e *env) error {
	m, err := jobs.LoadModels(jobs.ModelOptions{})
	if err != nil {
		return err
	}
	rep, err := jobs.Train(e.ctx, m.Lexicon, jobs.TrainConfig{Data: c.Data, Dev: c.Dev, CrossValidate: c.CV, Out: c.Out, Seed: c.Seed})
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

type inspectCmd struct {
	Dir  string `arg:"" help:"Output directory of stance run." type:"existingdir"`
	Runs int    `help:"How many recent runs to show." default:"5"`
	JSON bool   `help:"Print JSON."`
}

// Run prints the partitions and recent runs of an output directory.
func (c *inspectCmd) Run(e *env) error {
	inv, err := jobs.Inspect(c.Dir, c.Runs)
	if err != nil {
		return err
	}
	if c.JSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(inv)
	}
	return inv.Print(e.stdout)
}

type partiesCmd struct {
	List     partiesListCmd     `cmd:"" default:"withargs" help:"List the registry."`
	Validate partiesValidateCmd `cmd:"" help:"Validate a registry YAML file (exit 78 when invalid)."`
}

type partiesListCmd struct {
	Parties string `help:"Party registry YAML replacing the embedded one." type:"existingfile"`
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
		for _, p := range list {
			if err := enc.Encode(p); err != nil {
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
