package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stance-news/stance/jobs"
	gencorpus "github.com/stance-news/stance/jobs/corpus"
	"github.com/stance-news/stance/jobs/outputtest"
)

// TestCrash kills `stance run` with SIGKILL at random moments over a
// generated corpus spanning many dates, as the OOM killer or a reboot would.
// After every kill, every partition a reader can see must be complete: only
// date=/run= directories in the table roots, exactly the part files and
// _SUCCESS in each, the data files byte-identical to a clean reference run
// (so their row counts equal it too) and readable by DuckDB. Finally a
// rerun over the debris must reproduce the reference byte for byte.
//
// The CI version makes 20 kills on a ~3 MB, 30-day corpus; STANCE_CRASH_LONG=1
// makes 150 kills on a ~20 MB, 60-day corpus. STANCE_CRASH_KILLS sets the
// number of kills, STANCE_CRASH_SEED repeats a run.
func TestCrash(t *testing.T) {
	t.Parallel() // the slowest tests of the package share the cores
	kills, mb, days := 20, 3, 30
	if os.Getenv("STANCE_CRASH_LONG") != "" {
		kills, mb, days = 150, 20, 60
	}
	if s := os.Getenv("STANCE_CRASH_KILLS"); s != "" {
		kills, _ = strconv.Atoi(s)
	}
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("STANCE_CRASH_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	t.Logf("seed %d (STANCE_CRASH_SEED), %d kills, %d MB over %d days", seed, kills, mb, days)
	rng := rand.New(rand.NewPCG(seed, 1))

	dir := t.TempDir()
	in := crashCorpus(t, filepath.Join(dir, "in"), mb, days)
	args := func(out, mode string) []string {
		return []string{"run", "--input", in, "--out", out, "--format", "parquet,arrow", "--mode", mode, "--json"}
	}

	// The clean reference run.
	refOut := filepath.Join(dir, "ref")
	start := time.Now()
	defer func() { t.Logf("crash test took %v", time.Since(start)) }()
	r := stance(t, "", args(refOut, "all")...)
	if r.code != 0 {
		t.Fatalf("reference run: exit %d\n%s", r.code, r.stderr)
	}
	var ref jobs.RunSummary
	if err := json.Unmarshal([]byte(r.stdout), &ref); err != nil {
		t.Fatal(err)
	}
	if len(ref.Partitions) != days || ref.Rejects == 0 {
		t.Fatalf("reference: %d partitions, %d rejects; want %d and some", len(ref.Partitions), ref.Rejects, days)
	}
	refRows := partitionRows(ref)
	refFiles := dataFiles(t, refOut)
	for name := range refFiles {
		outputtest.Count(t, filepath.Join(refOut, name))
	}
	// A second clean run: byte-identical to the first, and its duration
	// (warm caches) is what the kill times are drawn from.
	t0 := time.Now()
	if r := stance(t, "", args(filepath.Join(dir, "ref2"), "all")...); r.code != 0 {
		t.Fatalf("second reference run: exit %d\n%s", r.code, r.stderr)
	}
	refTime := time.Since(t0)
	for name, data := range dataFiles(t, filepath.Join(dir, "ref2")) {
		if !bytes.Equal(data, refFiles[name]) {
			t.Errorf("%s differs between two clean runs", name)
		}
	}
	t.Logf("reference run: %v, %d data files", refTime, len(refFiles))

	out := filepath.Join(dir, "out")
	snaps := []string{refOut}
	completed, torn := 0, 0
	for i := 0; i < kills; i++ {
		mode := "all"
		if i%4 == 3 {
			mode = "missing"
		}
		// Mostly inside the run; every fifth near or after its end (rejects,
		// manifest, exit).
		delay := time.Duration(rng.Int64N(int64(refTime) * 9 / 10))
		if i%5 == 4 {
			delay = refTime*9/10 + time.Duration(rng.Int64N(int64(refTime)*3/10))
		}
		cmd := exec.Command(binary, args(out, mode)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		if err == nil {
			completed++
		} else if ee := (*exec.ExitError)(nil); !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			t.Fatalf("kill %d: the run failed by itself: %v", i, err)
		}
		if n := checkCrashState(t, out, refFiles, refRows, ref.Rejects); n > 0 {
			torn += n
			t.Errorf("kill %d (mode %s, after %v): %d torn or invalid partitions", i, mode, delay, n)
		}
		snaps = append(snaps, snapshotVisible(t, out, filepath.Join(dir, fmt.Sprintf("snap-%03d", i))))
	}
	t.Logf("%d kills (%d runs had already finished), %d torn partitions", kills, completed, torn)

	// Recovery: a rerun over whatever the kills left reproduces the
	// reference byte for byte.
	if r := stance(t, "", args(out, "all")...); r.code != 0 {
		t.Fatalf("rerun after the kills: exit %d\n%s", r.code, r.stderr)
	}
	outputtest.SameFiles(t, "rerun", dataFiles(t, out), refFiles)
	if n := checkCrashState(t, out, refFiles, refRows, ref.Rejects); n > 0 {
		t.Errorf("after the rerun: %d bad partitions", n)
	}
	if entries, _ := os.ReadDir(filepath.Join(out, jobs.StagingDir)); len(entries) != 0 {
		t.Errorf("staging left after a clean rerun: %v", entries)
	}
	snaps = append(snaps, out)
	duckdbCrashCheck(t, snaps, refRows, ref.Rejects)
}

// partitionRows returns the rows of each table's partition in a run
// summary, by "<table>/date=<date>".
func partitionRows(sum jobs.RunSummary) map[string]int {
	rows := map[string]int{}
	for _, p := range sum.Partitions {
		for table, n := range p.Rows {
			rows[table+"/date="+p.Date] = n
		}
	}
	return rows
}

// crashCorpus writes text files for every date, JSONL files for a few
// (one of them gzipped), and two files that become rejects.
func crashCorpus(t *testing.T, dir string, mb, days int) string {
	t.Helper()
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := gencorpus.Write(filepath.Join(dir, "text"), gencorpus.Options{Bytes: int64(mb) << 20 * 4 / 5, Days: days, Start: start, Seed: 21}); err != nil {
		t.Fatal(err)
	}
	if err := gencorpus.Write(filepath.Join(dir, "jsonl"), gencorpus.Options{Bytes: int64(mb) << 20 / 5, Days: days, Start: start, Seed: 22, PerFile: 20}); err != nil {
		t.Fatal(err)
	}
	// gzip one JSONL file in place
	files, _ := filepath.Glob(filepath.Join(dir, "jsonl", "*", "*.jsonl"))
	if len(files) == 0 {
		t.Fatal("no JSONL files generated")
	}
	if out, err := exec.Command("gzip", files[0]).CombinedOutput(); err != nil {
		t.Fatalf("gzip: %v %s", err, out)
	}
	os.WriteFile(filepath.Join(dir, "junk-no-date.txt"), []byte("No date line.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "junk-bad.jsonl"), []byte("{not json\n"), 0o644)
	return dir
}

// checkCrashState returns the number of partitions that are torn, invalid
// or differ from the reference, reporting each.
func checkCrashState(t *testing.T, out string, refFiles map[string][]byte, refRows map[string]int, refRejects int) int {
	t.Helper()
	bad := 0
	fail := func(format string, args ...any) {
		bad++
		t.Errorf(format, args...)
	}
	for _, table := range append(append([]string(nil), jobs.DataTables...), jobs.TableRejects) {
		root := filepath.Join(out, table)
		entries, err := os.ReadDir(root)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			part := filepath.Join(root, e.Name())
			prefix := "date="
			want := []string{"_SUCCESS", "part-00000.arrow", "part-00000.parquet"}
			if table == jobs.TableRejects {
				prefix, want = "run=", want[1:]
			}
			if !e.IsDir() || !strings.HasPrefix(e.Name(), prefix) || strings.ContainsAny(e.Name()[len(prefix):], ".~") {
				fail("%s: a staging or stray entry inside a table root", part)
				continue
			}
			names := []string{}
			files, _ := os.ReadDir(part)
			for _, f := range files {
				names = append(names, f.Name())
			}
			sort.Strings(names)
			if strings.Join(names, " ") != strings.Join(want, " ") {
				fail("%s: files %v, want %v", part, names, want)
				continue
			}
			if table == jobs.TableRejects {
				for _, f := range want {
					if n := outputtest.Count(t, filepath.Join(part, f)); n != int64(refRejects) {
						fail("%s/%s: %d rows, reference %d", part, f, n, refRejects)
					}
				}
				continue
			}
			key := table + "/" + e.Name()
			if _, ok := refRows[key]; !ok {
				fail("%s: a partition the reference does not have", part)
				continue
			}
			for _, f := range want[1:] {
				rel, _ := filepath.Rel(out, filepath.Join(part, f))
				data, err := os.ReadFile(filepath.Join(part, f))
				if err != nil || !bytes.Equal(data, refFiles[rel]) {
					fail("%s: differs from the reference (%v)", rel, err)
				}
			}
			var rec struct {
				Rows        int    `json:"rows"`
				InputSHA256 string `json:"input_sha256"`
			}
			raw, _ := os.ReadFile(filepath.Join(part, jobs.SuccessName))
			if err := json.Unmarshal(raw, &rec); err != nil || rec.Rows != refRows[key] || rec.InputSHA256 == "" {
				fail("%s/_SUCCESS: %q (%v), want %d rows", part, raw, err, refRows[key])
			}
		}
	}
	// Run manifests are written atomically: each one parses.
	runs, _ := filepath.Glob(filepath.Join(out, jobs.RunsDir, "*.json"))
	for _, m := range runs {
		raw, _ := os.ReadFile(m)
		var sum jobs.RunSummary
		if err := json.Unmarshal(raw, &sum); err != nil {
			fail("%s: torn manifest: %v", m, err)
		}
	}
	return bad
}

// snapshotVisible hard-links every visible Parquet file into dst, keeping
// what a reader could open at this moment for the DuckDB check at the end.
func snapshotVisible(t *testing.T, out, dst string) string {
	t.Helper()
	for _, table := range append(append([]string(nil), jobs.DataTables...), jobs.TableRejects) {
		files, _ := filepath.Glob(filepath.Join(out, table, "*", "part-00000.parquet"))
		for _, f := range files {
			rel, _ := filepath.Rel(out, f)
			target := filepath.Join(dst, rel)
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Link(f, target); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dst
}

// duckdbCrashCheck opens every snapshot with DuckDB
// (testdata/duckdb/crashcheck.mjs) and compares row counts with the
// reference. `make test` sets STANCE_DUCKDB_DIR; without it this is skipped.
func duckdbCrashCheck(t *testing.T, dirs []string, refRows map[string]int, refRejects int) {
	t.Helper()
	if os.Getenv("STANCE_DUCKDB_DIR") == "" {
		t.Log("STANCE_DUCKDB_DIR not set; DuckDB read-back skipped (`make test` runs it)")
		return
	}
	res := duckdbRead(t, false, dirs...)
	files := 0
	for _, d := range dirs {
		for part, n := range res[d].Rows {
			files++
			want, ok := refRows[part]
			if strings.HasPrefix(part, jobs.TableRejects+"/") {
				want, ok = refRejects, true
			}
			if !ok || n != want {
				t.Errorf("DuckDB: %s in %s has %d rows, reference %d", part, d, n, want)
			}
		}
	}
	if files == 0 {
		t.Error("DuckDB read no files")
	}
	t.Logf("DuckDB read %d partition files in %d snapshots", files, len(dirs))
}

// duckdbResult is what DuckDB read in one output directory: the rows of
// each partition's Parquet part ("<table>/<partition>"), and the
// partitions it skipped for want of _SUCCESS.
type duckdbResult struct {
	Rows    map[string]int    `json:"rows"`
	Errors  map[string]string `json:"errors"`
	Skipped []string          `json:"skipped"`
}

// duckdbRead opens every partition's Parquet part under each of dirs with
// DuckDB (testdata/duckdb/crashcheck.mjs, from STANCE_DUCKDB_DIR), decoding
// every column, and reports each file DuckDB cannot read as an error of t.
// With published, partitions without _SUCCESS are skipped, as a reader
// that checks _SUCCESS skips them.
func duckdbRead(t *testing.T, published bool, dirs ...string) map[string]duckdbResult {
	t.Helper()
	args := []string{filepath.Join(os.Getenv("STANCE_DUCKDB_DIR"), "crashcheck.mjs")}
	if published {
		args = append(args, "--published")
	}
	out, err := exec.Command("node", append(args, dirs...)...).Output()
	var res map[string]duckdbResult
	if jerr := json.Unmarshal(out, &res); jerr != nil {
		t.Fatalf("crashcheck.mjs: %v / %v\n%.2000s", err, jerr, out)
	}
	for _, d := range dirs {
		for part, msg := range res[d].Errors {
			t.Errorf("DuckDB cannot read %s in %s: %s", part, d, msg)
		}
	}
	return res
}
