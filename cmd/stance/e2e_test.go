package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stance-news/stance/jobs"
	"github.com/stance-news/stance/jobs/outputtest"
	"github.com/stance-news/stance/jobs/source"
)

// The end-to-end tests run the real binary on testdata/corpus.

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "stance-e2e-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "stance")
	// Without default.pgo: profile-guided optimisation changes no
	// behaviour, and would compile every dependency once more. With the
	// commit stamped, whatever GOFLAGS says, for TestVersion.
	build := exec.Command("go", "build", "-pgo=off", "-buildvcs=auto", "-o", binary, ".")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		panic("build stance: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

const corpus = "../../testdata/corpus"

type result struct {
	code           int
	stdout, stderr string
}

func stance(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	code := 0
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run stance %v: %v", args, err)
	}
	return result{code, out.String(), errb.String()}
}

func runSample(t *testing.T, out string, extra ...string) jobs.RunSummary {
	t.Helper()
	args := append([]string{"run", "--input", corpus, "--out", out, "--format", "parquet,arrow", "--json"}, extra...)
	r := stance(t, "", args...)
	if r.code != 0 {
		t.Fatalf("stance %v: exit %d\nstderr: %s", args, r.code, r.stderr)
	}
	var sum jobs.RunSummary
	if err := json.Unmarshal([]byte(r.stdout), &sum); err != nil {
		t.Fatalf("summary is not JSON: %v\n%s", err, r.stdout)
	}
	return sum
}

// dataFiles maps each data file under the table roots (not rejects, which
// are per run, and not _SUCCESS, which names the run) to its bytes.
func dataFiles(t *testing.T, out string) map[string][]byte {
	t.Helper()
	return outputtest.DataFiles(t, out, jobs.DataTables, jobs.SuccessName)
}

func TestRunSample(t *testing.T) {
	out1, out2 := t.TempDir(), t.TempDir()
	sum := runSample(t, out1)
	if sum.Status != "ok" || sum.Articles == 0 || len(sum.Partitions) < 3 {
		t.Fatalf("summary: status %s, %d articles, %d partitions", sum.Status, sum.Articles, len(sum.Partitions))
	}
	wantReasons := map[string]int{
		jobs.ReasonNoDate: 1, jobs.ReasonEmpty: 1, jobs.ReasonInvalidUTF8: 1, jobs.ReasonUnsupported: 1,
		jobs.ReasonBadJSON: 1, jobs.ReasonMissingField: 1, jobs.ReasonBadDate: 1,
	}
	for reason, n := range wantReasons {
		if sum.RejectReasons[reason] != n {
			t.Errorf("rejects for %s = %d, want %d (all: %v)", reason, sum.RejectReasons[reason], n, sum.RejectReasons)
		}
	}
	if _, err := os.Stat(filepath.Join(out1, jobs.RunsDir, sum.RunID+".json")); err != nil {
		t.Errorf("run manifest: %v", err)
	}
	if entries, _ := os.ReadDir(filepath.Join(out1, jobs.StagingDir)); len(entries) != 0 {
		t.Errorf("staging not cleaned: %v", entries)
	}

	// Same input, same bytes.
	runSample(t, out2)
	a, b := dataFiles(t, out1), dataFiles(t, out2)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("file sets differ: %d vs %d", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two runs over the same input", name)
		}
	}

	// Parquet and Arrow hold the same rows.
	for _, p := range sum.Partitions {
		for table, rows := range p.Rows {
			dir := filepath.Join(out1, table, "date="+p.Date)
			if n := outputtest.Count(t, filepath.Join(dir, "part-00000.parquet")); n != int64(rows) {
				t.Errorf("%s/%s parquet: %d rows, manifest says %d", table, p.Date, n, rows)
			}
			if n := outputtest.Count(t, filepath.Join(dir, "part-00000.arrow")); n != int64(rows) {
				t.Errorf("%s/%s arrow: %d rows, manifest says %d", table, p.Date, n, rows)
			}
		}
	}

	t.Run("duckdb", func(t *testing.T) { duckdbCheck(t, out1, sum) })

	t.Run("rerun one date", func(t *testing.T) {
		target := sum.Partitions[1].Date
		before := inodes(t, out1)
		r := runSample(t, out1, "--date", target)
		if len(r.Partitions) != 1 || r.Partitions[0].Date != target {
			t.Fatalf("rerun wrote %v, want only %s", r.Partitions, target)
		}
		after := inodes(t, out1)
		files := dataFiles(t, out1)
		for name, ino := range before {
			inTarget := strings.Contains(name, "date="+target+string(filepath.Separator))
			switch {
			case inTarget && after[name] == ino:
				t.Errorf("%s was not rewritten", name)
			case !inTarget && after[name] != ino:
				t.Errorf("%s outside the rerun date was touched", name)
			}
			if !bytes.Equal(files[name], a[name]) {
				t.Errorf("%s changed bytes after a rerun", name)
			}
		}
	})
}

func inodes(t *testing.T, out string) map[string]uint64 {
	t.Helper()
	m := map[string]uint64{}
	for name := range dataFiles(t, out) {
		st, err := os.Stat(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		m[name] = st.Sys().(*syscall.Stat_t).Ino
	}
	return m
}

// duckdbCheck reads every table back with DuckDB (testdata/duckdb/check.mjs).
// `make test` installs DuckDB with npm and sets STANCE_DUCKDB_DIR; a plain
// `go test` without it skips this check.
func duckdbCheck(t *testing.T, out string, sum jobs.RunSummary) {
	dir := os.Getenv("STANCE_DUCKDB_DIR")
	if dir == "" {
		t.Skip("STANCE_DUCKDB_DIR not set; `make test` runs this check")
	}
	expect := struct {
		Rows     map[string]int    `json:"rows"`
		Articles map[string]string `json:"articles"`
	}{Rows: map[string]int{jobs.TableRejects: sum.Rejects}, Articles: map[string]string{}}
	for _, p := range sum.Partitions {
		for table, n := range p.Rows {
			expect.Rows[table] += n
		}
	}
	files, err := source.ListInputs([]string{corpus})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		_, err := source.ReadFile(f, func(a jobs.Article) error { expect.Articles[a.ID] = a.Text; return nil },
			func(jobs.Reject) error { return nil })
		if err != nil {
			t.Fatal(err)
		}
	}
	raw, _ := json.Marshal(expect)
	path := filepath.Join(t.TempDir(), "expect.json")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", filepath.Join(dir, "check.mjs"), out, path)
	output, err := cmd.CombinedOutput()
	t.Logf("duckdb: %s", output)
	if err != nil {
		t.Fatalf("DuckDB check failed: %v", err)
	}
}

func TestExitCodes(t *testing.T) {
	out := t.TempDir()
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("parties:\n  - id: XX\n    bogus_key: 1\n"), 0o644)
	cases := []struct {
		name string
		args []string
		want int
	}{
		{"no command", nil, exitUsage},
		{"unknown flag", []string{"run", "--bogus"}, exitUsage},
		{"missing out", []string{"run", "--input", corpus}, exitUsage},
		{"bad date", []string{"run", "--input", corpus, "--out", out, "--date", "2021-02-30"}, exitUsage},
		{"until before since", []string{"run", "--input", corpus, "--out", out, "--since", "2024-03-12", "--until", "2024-03-11"}, exitUsage},
		{"invalid party file", []string{"parties", "validate", bad}, exitConfig},
		{"run with invalid party file", []string{"run", "--input", corpus, "--out", out, "--parties", bad}, exitConfig},
		{"strict with rejects", []string{"run", "--input", corpus, "--out", out, "--strict"}, exitPartial},
		{"dry run", []string{"run", "--input", corpus, "--out", t.TempDir(), "--dry-run"}, exitOK},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if r := stance(t, "", c.args...); r.code != c.want {
				t.Errorf("stance %v: exit %d, want %d\nstderr: %s", c.args, r.code, c.want, r.stderr)
			}
		})
	}
}

func TestLockHeld(t *testing.T) {
	out := t.TempDir()
	lock, err := jobs.AcquireLock(out)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	r := stance(t, "", "run", "--input", corpus, "--out", out)
	if r.code != exitLocked {
		t.Fatalf("exit %d with the lock held, want %d\nstderr: %s", r.code, exitLocked, r.stderr)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 1 {
		t.Errorf("a locked-out run wrote files: %v", entries)
	}
}

func TestDryRunWritesNothing(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	r := stance(t, "", "run", "--input", corpus, "--out", out, "--dry-run")
	if r.code != 0 || !strings.Contains(r.stdout, "2024-03-11") {
		t.Fatalf("dry run: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("dry run created %s", out)
	}
}

func TestSegmentCommand(t *testing.T) {
	r := stance(t, "The talks ended. Both sides will meet again in May.", "segment")
	var got []string
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || r.code != 0 {
		t.Fatalf("exit %d, output %q: %v", r.code, r.stdout, err)
	}
	want := []string{"The talks ended.", "Both sides will meet again in May."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("segment = %q, want %q", got, want)
	}
}

func TestScoreJSON(t *testing.T) {
	in := "date 2024-03-11\nNew Delhi praised its partnership with Moscow. Beijing condemned Washington."
	r := stance(t, in, "score", "--json")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 sentences, got %d:\n%s", len(lines), r.stdout)
	}
	var s SentenceJSON
	if err := json.Unmarshal([]byte(lines[1]), &s); err != nil {
		t.Fatal(err)
	}
	parties := map[string]bool{}
	for _, m := range s.Mentions {
		parties[m.Party] = true
		if got := string([]rune(s.Text)[m.CharStart:m.CharEnd]); got != m.Mention {
			t.Errorf("mention %q at [%d:%d] slices to %q", m.Mention, m.CharStart, m.CharEnd, got)
		}
	}
	if !parties["CN"] || !parties["US"] {
		t.Errorf("sentence 1 mentions %v, want CN and US", parties)
	}
}
