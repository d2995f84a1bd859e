// Command benchreport summarises a `make bench` run: for each
// summary-<jobs>.json written by `stance run --json` in the bench directory it
// prints MB of article text per CPU-second and per wall second, peak RSS, and
// the share of CPU time per pipeline stage read from cpu-<jobs>.prof.
//
//	go run ./cmd/benchreport -bin bin/stance /tmp/stance-bench
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/stance-news/stance/jobs"
)

// stages maps a stage name to the functions whose cumulative CPU times,
// summed, are the stage's. Functions of one stage never call each other:
// collect reads large inputs itself, scanQueued the rest on workers.
var stages = []struct {
	name string
	fns  []string
}{
	{"read inputs", []string{"jobs.collect", "jobs.scanQueued", "jobs.(*inputs).load"}},
	{"segment", []string{"segment.(*Segmenter).AppendSplit"}},
	{"tokenize", []string{"tokenize.(*Fast).AppendEncode"}},
	{"parties", []string{"parties.(*Matcher).AppendMatch"}},
	{"sentiment", []string{"sentiment.(*Analyzer).Score"}},
	{"stance", []string{"stance.(*Model).ScoreGroup"}},
	{"rows+encode", []string{"jobs.appendArticle"}},
	{"  of which encode", []string{"jobs.(*partWriter).flush"}},
	{"finish+commit", []string{"jobs.commitPartition"}},
	{"gc", []string{"runtime.gcBgMarkWorker"}},
}

func main() {
	bin := flag.String("bin", "bin/stance", "the stance binary the profiles came from")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: benchreport [-bin bin/stance] BENCH_DIR")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *bin); err != nil {
		fmt.Fprintln(os.Stderr, "benchreport:", err)
		os.Exit(1)
	}
}

func run(dir, bin string) error {
	paths, err := filepath.Glob(filepath.Join(dir, "summary-*.json"))
	if err != nil || len(paths) == 0 {
		return fmt.Errorf("no summary-*.json in %s", dir)
	}
	sort.Strings(paths)
	var base float64
	fmt.Printf("%-6s %10s %9s %9s %12s %12s %10s %8s\n", "jobs", "text MB", "cpu s", "wall s", "MB/cpu-s", "MB/wall-s", "peak RSS", "speedup")
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var s jobs.RunSummary
		if err := json.Unmarshal(raw, &s); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		mb := float64(s.TextBytes) / (1 << 20)
		wall := float64(s.DurationMS) / 1000
		tput := mb / wall
		if base == 0 {
			base = tput
		}
		fmt.Printf("%-6d %10.1f %9.1f %9.1f %12.2f %12.2f %7.0f MB %7.2fx\n",
			s.Args.Jobs, mb, s.CPUSeconds, wall, mb/s.CPUSeconds, tput, float64(s.PeakRSSBytes)/(1<<20), tput/base)
	}
	profiles, _ := filepath.Glob(filepath.Join(dir, "cpu-*.prof"))
	sort.Strings(profiles)
	for _, prof := range profiles {
		shares, err := stageShares(bin, prof)
		if err != nil {
			return err
		}
		fmt.Printf("\nCPU share per stage (%s, cumulative, stages overlap where nested):\n", filepath.Base(prof))
		for _, st := range stages {
			fmt.Printf("  %-18s %6.1f%%\n", st.name, shares[st.name])
		}
	}
	return nil
}

var topLine = regexp.MustCompile(`^\s*[\d.]+\w*\s+[\d.]+%\s+[\d.]+%\s+[\d.]+\w*\s+([\d.]+)%\s+(.+)$`)

// stageShares runs `go tool pprof -top -cum` and picks each stage's
// cumulative percentage.
func stageShares(bin, prof string) (map[string]float64, error) {
	out, err := exec.Command("go", "tool", "pprof", "-top", "-cum", "-nodecount=100000", bin, prof).Output()
	if err != nil {
		return nil, fmt.Errorf("pprof %s: %w", prof, err)
	}
	cum := map[string]float64{} // stage function -> its largest cumulative share
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		m := topLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		pct, _ := strconv.ParseFloat(m[1], 64)
		name := strings.Fields(m[2])[0]
		for _, st := range stages {
			for _, fn := range st.fns {
				if strings.HasSuffix(name, fn) && pct > cum[fn] {
					cum[fn] = pct
				}
			}
		}
	}
	shares := map[string]float64{}
	for _, st := range stages {
		for _, fn := range st.fns {
			shares[st.name] += cum[fn]
		}
	}
	return shares, nil
}
