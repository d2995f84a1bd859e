package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stance-news/stance/jobs"
	gencorpus "github.com/stance-news/stance/jobs/corpus"
)

// Failure modes through the binary: bad model files (exit 78), a second run
// while one holds the lock (exit 75, the first unharmed), SIGTERM (exit 1,
// no torn partition).

// modelCopy copies models/manifest.json and models/artifacts to a temporary
// model directory and returns it.
func modelCopy(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	src := "../../models"
	err := filepath.WalkDir(filepath.Join(src, "artifacts"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		os.MkdirAll(filepath.Dir(filepath.Join(dst, rel)), 0o755)
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(src, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dst, "manifest.json"), data)
	return dst
}

func TestBadModelFiles(t *testing.T) {
	cases := []struct {
		name   string
		break_ func(t *testing.T, dir string) []string // returns extra args
		want   int
	}{
		{"intact copy", func(t *testing.T, dir string) []string { return nil }, exitOK},
		{"one byte of the lexicon changed", func(t *testing.T, dir string) []string {
			p := filepath.Join(dir, jobs.ArtifactLexicon)
			data, _ := os.ReadFile(p)
			data[len(data)/2] ^= 0x20
			writeFile(t, p, data)
			return nil
		}, exitConfig},
		{"stance weights truncated", func(t *testing.T, dir string) []string {
			p := filepath.Join(dir, jobs.ArtifactStance)
			data, _ := os.ReadFile(p)
			writeFile(t, p, data[:len(data)-1])
			return nil
		}, exitConfig},
		{"party registry replaced", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, jobs.ArtifactParties), []byte("parties: []\n"))
			return nil
		}, exitConfig},
		{"tokenizer missing", func(t *testing.T, dir string) []string {
			os.Remove(filepath.Join(dir, jobs.ArtifactTokenizer))
			return nil
		}, exitConfig},
		{"manifest is not JSON", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "manifest.json"), []byte("{"))
			return nil
		}, exitConfig},
		{"party file is not YAML", func(t *testing.T, dir string) []string {
			p := filepath.Join(t.TempDir(), "parties.yaml")
			writeFile(t, p, []byte("parties: [\n  - id: {{\n"))
			return []string{"--parties", p}
		}, exitConfig},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := modelCopy(t)
			extra := c.break_(t, dir)
			out := filepath.Join(t.TempDir(), "out")
			args := append([]string{"run", "--input", corpus, "--out", out, "--models", dir}, extra...)
			r := stance(t, "", args...)
			if r.code != c.want {
				t.Fatalf("exit %d, want %d\n%s", r.code, c.want, tail(r.stderr, 2000))
			}
			if c.want == exitConfig {
				if !strings.Contains(r.stderr, "bad configuration") {
					t.Errorf("stderr does not name the configuration problem: %s", r.stderr)
				}
				if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("a run with bad models created %s", out)
				}
			}
		})
	}
}

// TestSecondRunLocked starts a run whose first input is a gzipped FIFO, so
// it holds the lock until the test feeds the FIFO; a second run meanwhile
// exits 75 without touching anything, and the first then finishes normally.
func TestSecondRunLocked(t *testing.T) {
	in := t.TempDir()
	fifo := filepath.Join(in, "a-feed.jsonl.gz")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	out := t.TempDir()
	first := exec.Command(binary, "run", "--input", fifo, "--input", corpus, "--out", out, "--json")
	var stdout, stderr bytes.Buffer
	first.Stdout, first.Stderr = &stdout, &stderr
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	defer first.Process.Kill()
	// Opening the FIFO for writing blocks until the first run opens it to
	// read, which it does only after taking the lock.
	opened := make(chan *os.File)
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			t.Error(err)
		}
		opened <- f
	}()
	var w *os.File
	select {
	case w = <-opened:
	case <-time.After(60 * time.Second):
		t.Fatalf("the first run never opened its input\n%s", stderr.String())
	}

	second := stance(t, "", "run", "--input", corpus, "--out", out)
	if second.code != exitLocked {
		t.Errorf("second run: exit %d, want %d\n%s", second.code, exitLocked, second.stderr)
	}
	if !strings.Contains(second.stderr, "lock") {
		t.Errorf("second run does not say why: %s", second.stderr)
	}

	zw := gzip.NewWriter(w)
	io.WriteString(zw, `{"id":"from-fifo","date":"2024-03-11","text":"India and Russia met in Moscow."}`+"\n")
	zw.Close()
	w.Close()
	if err := first.Wait(); err != nil {
		t.Fatalf("first run: %v\n%s", err, tail(stderr.String(), 2000))
	}
	var sum jobs.RunSummary
	if err := json.Unmarshal(stdout.Bytes(), &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Status != "ok" {
		t.Errorf("first run status %s", sum.Status)
	}
	runs, _ := filepath.Glob(filepath.Join(out, jobs.RunsDir, "*.json"))
	if len(runs) != 1 {
		t.Errorf("%d run manifests, want only the first run's", len(runs))
	}
	// The first run's output is what a run alone writes.
	alone := t.TempDir()
	if r := stance(t, "", "run", "--input", corpus, "--out", alone); r.code != 0 {
		t.Fatal(r.stderr)
	}
	mine, ref := dataFiles(t, out), dataFiles(t, alone)
	for name, data := range ref {
		if strings.Contains(name, "date=2024-03-11") {
			continue // has the FIFO's article too
		}
		if !bytes.Equal(mine[name], data) {
			t.Errorf("%s differs from a run without a competitor", name)
		}
	}
	ids := readColumn(t, filepath.Join(out, jobs.TableArticles), "article_id")
	if !strings.Contains(strings.Join(ids, " "), "from-fifo") {
		t.Errorf("the first run lost the FIFO's article: %v", ids)
	}
}

// TestSIGTERM stops a run with SIGTERM after its first partition: it exits
// 1, says which partitions failed in its manifest, leaves only complete
// partitions and no staging, and a --mode missing rerun completes the rest.
func TestSIGTERM(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in")
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	// Enough days that the run is still going when the first batch of
	// partitions is committed, even on a loaded machine.
	const days = 60
	if err := gencorpus.Write(in, gencorpus.Options{Bytes: 6 << 20, Days: days, Start: start, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	cmd := exec.Command(binary, "run", "--input", in, "--out", out, "--format", "parquet,arrow", "--jobs", "1", "--json")
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	logs, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	sc := bufio.NewScanner(logs)
	signalled := false
	var rest strings.Builder
	for sc.Scan() {
		line := sc.Text()
		if !signalled && strings.Contains(line, "partition written") {
			cmd.Process.Signal(syscall.SIGTERM)
			signalled = true
		}
		rest.WriteString(line + "\n")
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitPartial {
		t.Fatalf("after SIGTERM: %v, want exit %d\n%s", err, exitPartial, tail(rest.String(), 2000))
	}
	var sum jobs.RunSummary
	if err := json.Unmarshal(stdout.Bytes(), &sum); err != nil {
		t.Fatalf("no summary after SIGTERM: %v", err)
	}
	written, failed := 0, 0
	for _, p := range sum.Partitions {
		switch p.Status {
		case "written":
			written++
		case "failed":
			failed++
			if !strings.Contains(p.Error, "cancel") {
				t.Errorf("partition %s failed with %q, want a cancellation", p.Date, p.Error)
			}
		}
	}
	if written == 0 || failed == 0 || written+failed != days {
		t.Errorf("%d written, %d failed of %d; want some of each", written, failed, len(sum.Partitions))
	}
	if _, err := os.Stat(filepath.Join(out, jobs.RunsDir, sum.RunID+".json")); err != nil {
		t.Errorf("no manifest: %v", err)
	}
	if entries, _ := os.ReadDir(filepath.Join(out, jobs.StagingDir)); len(entries) != 0 {
		t.Errorf("staging left: %v", entries)
	}

	// Only complete partitions are visible, each identical to a clean run's.
	refOut := t.TempDir()
	r := stance(t, "", "run", "--input", in, "--out", refOut, "--format", "parquet,arrow", "--json")
	if r.code != 0 {
		t.Fatal(r.stderr)
	}
	var ref jobs.RunSummary
	json.Unmarshal([]byte(r.stdout), &ref)
	refRows := map[string]int{}
	for _, p := range ref.Partitions {
		for table, n := range p.Rows {
			refRows[table+"/date="+p.Date] = n
		}
	}
	refFiles := dataFiles(t, refOut)
	if n := checkCrashState(t, out, refFiles, refRows, 0); n > 0 {
		t.Errorf("%d bad partitions after SIGTERM", n)
	}
	if visible := len(dataFiles(t, out)); visible != written*len(jobs.DataTables)*2 {
		t.Errorf("%d data files visible, want %d (written partitions only)", visible, written*len(jobs.DataTables)*2)
	}

	r = stance(t, "", "run", "--input", in, "--out", out, "--format", "parquet,arrow", "--mode", "missing", "--json")
	if r.code != 0 {
		t.Fatalf("resume: exit %d\n%s", r.code, r.stderr)
	}
	var resumed jobs.RunSummary
	json.Unmarshal([]byte(r.stdout), &resumed)
	n := 0
	for _, p := range resumed.Partitions {
		if p.Status == "written" {
			n++
		}
	}
	if n != failed {
		t.Errorf("resume wrote %d partitions, want the %d that failed", n, failed)
	}
	got := dataFiles(t, out)
	for name, data := range refFiles {
		if !bytes.Equal(got[name], data) {
			t.Errorf("after resume: %s differs from a clean run", name)
		}
	}
}
