// Command stance scores the sentiment of news sentences and the stance they
// take toward countries and organisations, writing date-partitioned Parquet
// and Arrow tables. See README.md for the commands and the output contract.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/alecthomas/kong"
	"golang.org/x/term"

	"github.com/stance-news/stance/jobs"
	"github.com/stance-news/stance/models/training"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = ""

// Exit codes (DESIGN.md).
const (
	exitOK      = 0
	exitPartial = 1
	exitUsage   = 2
	exitLocked  = 75
	exitConfig  = 78
)

type cli struct {
	LogLevel slog.Level       `help:"Log level: debug, info, warn, error." default:"info" name:"log-level"`
	Version  kong.VersionFlag `help:"Print the version and exit."`

	Run     runCmd     `cmd:"" help:"Analyse articles and write the date partitions they cover."`
	Score   scoreCmd   `cmd:"" help:"Score one article read from stdin."`
	Segment segmentCmd `cmd:"" help:"Split stdin text into sentences, printed as a JSON array."`
	Eval    evalCmd    `cmd:"" help:"Evaluate the stance model on NewsMTSC-format data."`
	Train   trainCmd   `cmd:"" help:"Fit the stance weights reproducibly."`
	Inspect inspectCmd `cmd:"" help:"List partitions, row counts and recent runs of an output directory."`
	Parties partiesCmd `cmd:"" help:"List the party registry, or validate a registry file."`
	Report  reportCmd  `cmd:"" help:"Draw daily stance per party as PNG/SVG (and an HTML page)."`
}

// env is what every command's Run receives.
type env struct {
	ctx    context.Context
	log    *slog.Logger
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	tty    bool      // stderr is a terminal
	screen *terminal // stderr shared by the progress bar and the log, when tty
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var c cli
	parser, err := kong.New(&c,
		kong.Name("stance"),
		kong.Description("Sentence sentiment and per-party stance for news articles."),
		kong.Vars{"version": buildVersion()},
		kong.Writers(stdout, stderr),
		kong.Exit(func(code int) { panic(exitPanic(code)) }),
		kong.UsageOnError(),
	)
	if err != nil {
		fmt.Fprintln(stderr, "stance:", err)
		return exitUsage
	}
	code := -1
	kctx, err := parseArgs(parser, args, &code)
	if code >= 0 {
		return code // --help or --version
	}
	if err != nil {
		fmt.Fprintf(stderr, "stance: %v\nTry: %s --help\n", err, commandOf(kctx, err))
		return exitUsage
	}
	tty := false
	if f, ok := stderr.(*os.File); ok {
		tty = term.IsTerminal(int(f.Fd()))
	}
	var handler slog.Handler
	var screen *terminal
	if tty {
		screen = &terminal{w: stderr}
		handler = slog.NewTextHandler(screen.Log(), &slog.HandlerOptions{Level: c.LogLevel})
	} else {
		handler = slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: c.LogLevel})
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{ctx: ctx, log: slog.New(handler), stdin: stdin, stdout: stdout, stderr: stderr, tty: tty, screen: screen}
	err = kctx.Run(e)
	return exitCode(err, commandOf(kctx, nil), stderr)
}

// commandOf names the (sub)command being run, "stance run" or "stance
// parties validate", for the hint after a usage error; from a parse error's
// context when kctx is nil.
func commandOf(kctx *kong.Context, err error) string {
	var pe *kong.ParseError
	if kctx == nil && errors.As(err, &pe) {
		kctx = pe.Context
	}
	name := "stance"
	if kctx == nil {
		return name
	}
	for _, p := range kctx.Path {
		if p.Command != nil {
			name += " " + p.Command.Name
		}
	}
	return name
}

type exitPanic int

// parseArgs runs kong's parser, turning its exit calls (for --help and
// --version) into a code instead of exiting the process.
func parseArgs(p *kong.Kong, args []string, code *int) (kctx *kong.Context, err error) {
	defer func() {
		if r := recover(); r != nil {
			ep, ok := r.(exitPanic)
			if !ok {
				panic(r)
			}
			*code = int(ep)
		}
	}()
	return p.Parse(args)
}

// exitCode maps an error to the documented exit code, printing it once;
// after a usage error it names the help of command.
func exitCode(err error, command string, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(stderr, "stance:", err)
	switch {
	case errors.Is(err, jobs.ErrUsage), errors.Is(err, training.ErrUsage):
		fmt.Fprintf(stderr, "Try: %s --help\n", command)
		return exitUsage
	case errors.Is(err, jobs.ErrLocked):
		return exitLocked
	case errors.Is(err, jobs.ErrConfig), errors.Is(err, training.ErrData):
		return exitConfig
	default:
		return exitPartial
	}
}

// buildVersion is the version set at link time or, failing that, the
// module version and VCS revision that the go command recorded in the
// binary: "v1.2.0", "(devel) 8ffec63c1a2b-dirty", or "dev" when neither is
// known (go run, tests).
func buildVersion() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	return versionOf(bi)
}

func versionOf(bi *debug.BuildInfo) string {
	v := bi.Main.Version
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	switch {
	case v != "" && v != "(devel)":
		return v
	case rev != "":
		return "(devel) " + rev + dirty
	case v != "":
		return v
	default:
		return "dev"
	}
}
