// Command benchreport summarises a `make bench` run: for each
// summary-<jobs>-<round>.json written by `stance run --json` in the bench
// directory it prints MB of article text per CPU-second and per wall second,
// peak RSS and the speedup over the round's --jobs 1 run; then the medians
// over rounds, and the share of CPU time per pipeline stage read from
// cpu-<jobs>.prof.
//
//	go run ./cmd/benchreport -bin bin/stance /tmp/stance-bench
//
// With -memory it compares instead the runs memory-<MB>.json of corpora
// of different sizes (`make bench-memory`): their peak RSS and throughput,
// and how much the RSS grew with the text.
//
//	go run ./cmd/benchreport -memory /tmp/stance-bench/memory
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
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
	{"open part files", []string{"jobs.(*partitionStream).open"}},
	{"finish part files", []string{"jobs.(*partWriter).finish"}},
	{"  encode (nested)", []string{"jobs.(*partWriter).flush"}},
	{"_SUCCESS", []string{"jobs.writeSuccess"}},
	{"commit", []string{"jobs.commitBatch", "jobs.(*remoteOut).publishBatch"}},
	{"gc", []string{"runtime.gcBgMarkWorker"}},
}

func main() {
	bin := flag.String("bin", "bin/stance", "the stance binary the profiles came from")
	memory := flag.Bool("memory", false, "compare the memory-<MB>.json runs of corpora of different sizes")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: benchreport [-bin bin/stance] [-memory] BENCH_DIR")
		os.Exit(2)
	}
	report := func() error { return run(flag.Arg(0), *bin) }
	if *memory {
		report = func() error { return memoryReport(os.Stdout, flag.Arg(0)) }
	}
	if err := report(); err != nil {
		fmt.Fprintln(os.Stderr, "benchreport:", err)
		os.Exit(1)
	}
}

// benchRun is one `stance run` of the bench: its --jobs, its round and its
// throughput.
type benchRun struct {
	jobs, round     int
	mb, cpu, wall   float64
	partitions      int     // date partitions written
	peakRSS         float64 // MB
	perCPU, perWall float64 // MB of text per CPU-second and per wall second
}

var summaryName = regexp.MustCompile(`^summary-(\d+)(?:-(\d+))?\.json$`)

// readRuns reads every summary-<jobs>[-<round>].json of dir.
func readRuns(dir string) ([]benchRun, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "summary-*.json"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no summary-*.json in %s", dir)
	}
	var runs []benchRun
	for _, p := range paths {
		m := summaryName.FindStringSubmatch(filepath.Base(p))
		if m == nil {
			continue
		}
		s, err := readSummary(p)
		if err != nil {
			return nil, err
		}
		r := benchRun{jobs: s.Args.Jobs, round: 1}
		if m[2] != "" {
			r.round, _ = strconv.Atoi(m[2])
		}
		r.mb = float64(s.TextBytes) / (1 << 20)
		r.cpu, r.wall = s.CPUSeconds, float64(s.DurationMS)/1000
		r.peakRSS = float64(s.PeakRSSBytes) / (1 << 20)
		for _, p := range s.Partitions {
			if p.Status == jobs.PartitionWritten {
				r.partitions++
			}
		}
		if r.cpu > 0 && r.wall > 0 {
			r.perCPU, r.perWall = r.mb/r.cpu, r.mb/r.wall
		}
		runs = append(runs, r)
	}
	sort.Slice(runs, func(i, j int) bool {
		if runs[i].round != runs[j].round {
			return runs[i].round < runs[j].round
		}
		return runs[i].jobs < runs[j].jobs
	})
	return runs, nil
}

// readSummary reads a summary `stance run --json` printed.
func readSummary(path string) (jobs.RunSummary, error) {
	var s jobs.RunSummary
	raw, err := os.ReadFile(path)
	if err != nil {
		return s, err
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return s, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}

func run(dir, bin string) error {
	runs, err := readRuns(dir)
	if err != nil {
		return err
	}
	// the --jobs 1 throughput of each round, which that round's speedups
	// are relative to.
	base := map[int]float64{}
	for _, r := range runs {
		if r.jobs == 1 {
			base[r.round] = r.perWall
		}
	}
	fmt.Printf("%-6s %5s %9s %8s %8s %10s %10s %8s %10s %8s\n", "jobs", "round", "text MB", "cpu s", "wall s", "MB/cpu-s", "MB/wall-s", "parts/s", "peak RSS", "speedup")
	type agg struct{ perCPU, perWall, speedup, rss []float64 }
	byJobs := map[int]*agg{}
	var jobsSeen []int
	for _, r := range runs {
		a := byJobs[r.jobs]
		if a == nil {
			a = &agg{}
			byJobs[r.jobs] = a
			jobsSeen = append(jobsSeen, r.jobs)
		}
		a.perCPU, a.perWall, a.rss = append(a.perCPU, r.perCPU), append(a.perWall, r.perWall), append(a.rss, r.peakRSS)
		speedup := "-"
		if b := base[r.round]; b > 0 {
			a.speedup = append(a.speedup, r.perWall/b)
			speedup = fmt.Sprintf("%.2fx", r.perWall/b)
		}
		fmt.Printf("%-6d %5d %9.1f %8.1f %8.1f %10.2f %10.2f %8.1f %7.0f MB %8s\n",
			r.jobs, r.round, r.mb, r.cpu, r.wall, r.perCPU, r.perWall, float64(r.partitions)/r.wall, r.peakRSS, speedup)
	}
	sort.Ints(jobsSeen)
	fmt.Printf("\nmedians over rounds (speedup: of each round's --jobs 1, then the median):\n")
	for _, j := range jobsSeen {
		a := byJobs[j]
		fmt.Printf("%-6d %5d runs %10.2f MB/cpu-s %8.2f MB/wall-s  max RSS %4.0f MB  speedup %.2fx\n",
			j, len(a.perCPU), median(a.perCPU), median(a.perWall), slices.Max(a.rss), median(a.speedup))
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

// memoryRun is one run of `make bench-memory`.
type memoryRun struct {
	name                     string
	mb, cpu, peakRSS, perCPU float64
	articles, inputs         int
}

// memoryReport prints the memory-*.json runs of dir by corpus size, and the
// growth of peak RSS from the smallest corpus to the largest.
func memoryReport(w io.Writer, dir string) error {
	paths, err := filepath.Glob(filepath.Join(dir, "memory-*.json"))
	if err != nil || len(paths) == 0 {
		return fmt.Errorf("no memory-*.json in %s", dir)
	}
	var runs []memoryRun
	for _, p := range paths {
		s, err := readSummary(p)
		if err != nil {
			return err
		}
		r := memoryRun{name: strings.TrimSuffix(filepath.Base(p), ".json"), mb: float64(s.TextBytes) / (1 << 20),
			cpu: s.CPUSeconds, peakRSS: float64(s.PeakRSSBytes) / (1 << 20), articles: s.Articles, inputs: len(s.Inputs)}
		if r.cpu > 0 {
			r.perCPU = r.mb / r.cpu
		}
		runs = append(runs, r)
	}
	sort.Slice(runs, func(i, j int) bool { return runs[i].mb < runs[j].mb })
	fmt.Fprintf(w, "%-14s %9s %10s %10s %8s %10s %10s\n", "run", "text MB", "articles", "inputs", "cpu s", "MB/cpu-s", "peak RSS")
	for _, r := range runs {
		fmt.Fprintf(w, "%-14s %9.1f %10d %10d %8.1f %10.2f %7.0f MB\n", r.name, r.mb, r.articles, r.inputs, r.cpu, r.perCPU, r.peakRSS)
	}
	if first, last := runs[0], runs[len(runs)-1]; len(runs) > 1 && first.mb > 0 {
		fmt.Fprintf(w, "\npeak RSS %+.0f MB (%+.0f%%) for %.1f times the text\n",
			last.peakRSS-first.peakRSS, 100*(last.peakRSS/first.peakRSS-1), last.mb/first.mb)
	}
	return nil
}
