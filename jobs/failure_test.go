package jobs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"github.com/stance-news/stance/analysis/pipeline"
	"github.com/stance-news/stance/jobs/corpus"
	"github.com/stance-news/stance/jobs/outputtest"
)

// Failure modes of a run, driven through Run directly: a full disk (an
// injected writer that fails with ENOSPC), an output that cannot be written,
// cancellation (what SIGTERM does), and the change detection of
// --mode missing.

var (
	failModelsOnce sync.Once
	failModels     *Models
	failModelsErr  error
)

func testModels(t *testing.T) *Models {
	t.Helper()
	failModelsOnce.Do(func() { failModels, failModelsErr = LoadModels(ModelOptions{}) })
	if failModelsErr != nil {
		t.Fatal(failModelsErr)
	}
	return failModels
}

var corpusStart = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// smallCorpus writes a generated corpus of about kb KiB over days dates
// (2024-01-01 on) and, with junk set, one file that becomes a reject.
func smallCorpus(t *testing.T, kb, days int, junk bool) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "in")
	if err := corpus.Write(dir, corpus.Options{Bytes: int64(kb) << 10, Days: days, Start: corpusStart, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	if junk {
		if err := os.WriteFile(filepath.Join(dir, "zz-no-date.txt"), []byte("No date line here.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func testConfig(t *testing.T, in, out string) RunConfig {
	return RunConfig{Inputs: []string{in}, Out: out, Formats: []string{FormatParquet, FormatArrow}, Jobs: 2, Models: testModels(t)}
}

// diskFull is a createFunc whose files share a budget of bytes, like a
// file system with that much free space: the write that crosses it is cut
// short and fails with ENOSPC, and so does every later write.
type diskFull struct {
	mu      sync.Mutex
	budget  int64 // < 0: unlimited
	written int64
}

func (d *diskFull) create(path string) (outFile, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, err
	}
	return &budgetFile{File: f, d: d}, nil
}

type budgetFile struct {
	*os.File
	d *diskFull
}

func (f *budgetFile) Write(p []byte) (int, error) {
	f.d.mu.Lock()
	defer f.d.mu.Unlock()
	if f.d.budget >= 0 && f.d.written+int64(len(p)) > f.d.budget {
		n, _ := f.File.Write(p[:f.d.budget-f.d.written])
		f.d.written += int64(n)
		return n, &fs.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
	}
	n, err := f.File.Write(p)
	f.d.written += int64(n)
	return n, err
}

// checkTables asserts that every partition a reader can see is complete:
// each table root holds only date=YYYY-MM-DD (rejects: run=<id>)
// directories, each with exactly the part files of the formats (plus
// _SUCCESS for data tables), every file readable to the end, Parquet and
// Arrow with the same row count, which is also the count _SUCCESS records.
// It returns the visible dates per table.
func checkTables(t *testing.T, out string, formats []string) map[string][]string {
	t.Helper()
	visible := map[string][]string{}
	for _, table := range append(append([]string(nil), DataTables...), TableRejects) {
		entries, err := os.ReadDir(filepath.Join(out, table))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			dir := filepath.Join(out, table, e.Name())
			key, val, _ := strings.Cut(e.Name(), "=")
			if !e.IsDir() || (table == TableRejects && key != "run") || (table != TableRejects && key != "date") {
				t.Errorf("%s: unexpected entry in a table root", dir)
				continue
			}
			if table != TableRejects {
				if _, err := ParseDate(val); err != nil {
					t.Errorf("%s: bad partition name: %v", dir, err)
				}
			}
			visible[table] = append(visible[table], val)
			want := []string{}
			for _, f := range formats {
				want = append(want, PartFile+"."+f)
			}
			if table != TableRejects {
				want = append(want, SuccessName)
			}
			sort.Strings(want)
			files, _ := os.ReadDir(dir)
			var got []string
			for _, f := range files {
				got = append(got, f.Name())
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%s: files %v, want %v", dir, got, want)
				continue
			}
			rows := int64(-1)
			for _, f := range formats {
				n := outputtest.Count(t, filepath.Join(dir, PartFile+"."+f))
				if rows >= 0 && n != rows {
					t.Errorf("%s: %s has %d rows, another format %d", dir, f, n, rows)
				}
				rows = n
			}
			if table != TableRejects {
				if rec := readSuccess(t, dir); int64(rec.Rows) != rows {
					t.Errorf("%s: _SUCCESS says %d rows, files hold %d", dir, rec.Rows, rows)
				}
			}
		}
	}
	return visible
}

func readSuccess(t *testing.T, dir string) successRecord {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, SuccessName))
	if err != nil {
		t.Fatal(err)
	}
	var rec successRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		t.Fatalf("%s/_SUCCESS: %v", dir, err)
	}
	return rec
}

// snapshot describes every file under the table roots: name -> inode,
// size and modification time, so a test can tell which were rewritten.
func snapshot(t *testing.T, out string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, table := range append(append([]string(nil), DataTables...), TableRejects) {
		filepath.WalkDir(filepath.Join(out, table), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			st, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			rel, _ := filepath.Rel(out, path)
			m[rel] = fmt.Sprintf("%d %d %d", st.Sys().(*syscall.Stat_t).Ino, st.Size(), st.ModTime().UnixNano())
			return nil
		})
	}
	return m
}

// dataBytes maps each data file of the date-partitioned tables to its bytes.
func dataBytes(t *testing.T, out string) map[string][]byte {
	t.Helper()
	return outputtest.DataFiles(t, out, DataTables, SuccessName)
}

func checkStagingGone(t *testing.T, out string) {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(out, StagingDir))
	if err == nil && len(entries) > 0 {
		t.Errorf("staging left behind: %v", entries)
	}
}

func statuses(sum *RunSummary) map[string]string {
	m := map[string]string{}
	for _, p := range sum.Partitions {
		m[p.Date] = string(p.Status)
	}
	return m
}

func TestDiskFull(t *testing.T) {
	in := smallCorpus(t, 80, 3, true)
	refOut := t.TempDir()
	counter := &diskFull{budget: -1}
	cfg := testConfig(t, in, refOut)
	cfg.create = counter.create
	ref, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	total := counter.written
	refBytes := dataBytes(t, refOut)
	checkTables(t, refOut, cfg.Formats)

	cases := []struct {
		name   string
		budget int64
		seeded bool // the output already holds a complete run
	}{
		{"no space at all", 0, false},
		{"full in the first partition", 2 << 10, false},
		{"full half way", total / 2, false},
		{"full while writing rejects", total - 100, false},
		{"full half way over an old run", total / 2, true},
		{"no space over an old run", 0, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := t.TempDir()
			if c.seeded {
				if _, err := Run(context.Background(), testConfig(t, in, out)); err != nil {
					t.Fatal(err)
				}
			}
			cfg := testConfig(t, in, out)
			cfg.create = (&diskFull{budget: c.budget}).create
			sum, err := Run(context.Background(), cfg)
			if !errors.Is(err, ErrPartial) {
				t.Fatalf("Run on a full disk: err %v, want ErrPartial", err)
			}
			if !strings.Contains(sum.Error+fmt.Sprint(sum.Partitions), "no space left on device") {
				t.Errorf("the summary does not say the disk is full: %s %+v", sum.Error, sum.Partitions)
			}
			visible := checkTables(t, out, cfg.Formats)
			checkStagingGone(t, out)
			// What is visible is exactly what the reference run wrote:
			// either this run's partition or the old one, never a mix.
			for name, data := range dataBytes(t, out) {
				if !bytes.Equal(data, refBytes[name]) {
					t.Errorf("%s differs from the reference run", name)
				}
			}
			st := statuses(sum)
			for _, d := range visible[TableArticles] {
				if !c.seeded && st[d] != "written" {
					t.Errorf("partition %s is visible but its status is %q", d, st[d])
				}
			}
			if !c.seeded && c.budget < total-100 && len(visible[TableArticles]) == len(ref.Partitions) {
				t.Errorf("every partition is visible although the disk filled up")
			}
			// With space again, a rerun completes and matches the reference.
			sum2, err := Run(context.Background(), testConfig(t, in, out))
			if err != nil {
				t.Fatalf("rerun with space: %v", err)
			}
			if sum2.Status != "ok" {
				t.Errorf("rerun status %s", sum2.Status)
			}
			outputtest.SameFiles(t, "rerun", dataBytes(t, out), refBytes)
		})
	}
}

func TestOutputNotWritable(t *testing.T) {
	in := smallCorpus(t, 40, 2, false)
	t.Run("out below a regular file", func(t *testing.T) {
		blocker := filepath.Join(t.TempDir(), "file")
		os.WriteFile(blocker, []byte("x"), 0o644)
		sum, err := Run(context.Background(), testConfig(t, in, filepath.Join(blocker, "out")))
		if err == nil || !errors.Is(err, syscall.ENOTDIR) {
			t.Fatalf("Run into %s/out: summary %v, err %v; want ENOTDIR", blocker, sum, err)
		}
		if errors.Is(err, ErrUsage) || errors.Is(err, ErrConfig) || errors.Is(err, ErrLocked) {
			t.Errorf("err %v maps to a usage/config/lock exit code", err)
		}
	})
	t.Run("table root is a file", func(t *testing.T) {
		out := t.TempDir()
		os.WriteFile(filepath.Join(out, TableMentions), []byte("in the way"), 0o644)
		sum, err := Run(context.Background(), testConfig(t, in, out))
		if !errors.Is(err, ErrPartial) {
			t.Fatalf("err %v, want ErrPartial", err)
		}
		for _, p := range sum.Partitions {
			if p.Status != "failed" || p.Error == "" {
				t.Errorf("partition %s: status %s (%q), want failed", p.Date, p.Status, p.Error)
			}
		}
		checkStagingGone(t, out)
		for _, table := range DataTables {
			if table == TableMentions {
				continue
			}
			// Partitions of the tables committed before mentions are
			// complete; see the issue 7 notes on cross-table atomicity.
			if entries, err := os.ReadDir(filepath.Join(out, table)); err == nil {
				for _, e := range entries {
					if _, err := os.Stat(filepath.Join(out, table, e.Name(), SuccessName)); err != nil {
						t.Errorf("%s/%s without _SUCCESS", table, e.Name())
					}
				}
			}
		}
	})
	t.Run("read-only directory", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("root ignores directory permissions")
		}
		out := t.TempDir()
		if _, err := Run(context.Background(), testConfig(t, in, out)); err != nil {
			t.Fatal(err)
		}
		before := dataBytes(t, out)
		os.Chmod(filepath.Join(out, TableArticles), 0o555)
		defer os.Chmod(filepath.Join(out, TableArticles), 0o755)
		if _, err := Run(context.Background(), testConfig(t, in, out)); !errors.Is(err, ErrPartial) {
			t.Fatalf("err %v, want ErrPartial", err)
		}
		checkTables(t, out, []string{FormatParquet, FormatArrow})
		for name, data := range dataBytes(t, out) {
			if !bytes.Equal(data, before[name]) {
				t.Errorf("%s changed", name)
			}
		}
	})
}

// TestCancel cancels the context, as SIGTERM does, while the second
// partition is being written: the first stays committed, the second is
// abandoned without a trace, the rest are not started, and a later
// --mode missing run finishes the job.
func TestCancel(t *testing.T) {
	in := smallCorpus(t, 100, 4, false)
	t.Run("mid partition", func(t *testing.T) {
		out := t.TempDir()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		cfg := testConfig(t, in, out)
		second := "date=" + corpusStart.AddDate(0, 0, 1).Format(DateLayout)
		cfg.create = func(path string) (outFile, error) {
			if strings.Contains(path, second) {
				cancel()
			}
			return createFile(path)
		}
		sum, err := Run(ctx, cfg)
		if !errors.Is(err, ErrPartial) {
			t.Fatalf("err %v, want ErrPartial", err)
		}
		want := []PartitionStatus{PartitionWritten, PartitionFailed, PartitionFailed, PartitionFailed}
		for i, p := range sum.Partitions {
			if p.Status != want[i] {
				t.Errorf("partition %s: %s (%s), want %s", p.Date, p.Status, p.Error, want[i])
			}
		}
		if sum.Status != "partial" {
			t.Errorf("status %s, want partial", sum.Status)
		}
		if _, err := os.Stat(filepath.Join(out, RunsDir, sum.RunID+".json")); err != nil {
			t.Errorf("no manifest for the cancelled run: %v", err)
		}
		visible := checkTables(t, out, cfg.Formats)
		if got := visible[TableArticles]; len(got) != 1 || got[0] != sum.Partitions[0].Date {
			t.Errorf("visible partitions %v, want only %s", got, sum.Partitions[0].Date)
		}
		checkStagingGone(t, out)

		cfg = testConfig(t, in, out)
		cfg.Mode = ModeMissing
		sum2, err := Run(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		want = []PartitionStatus{PartitionSkipped, PartitionWritten, PartitionWritten, PartitionWritten}
		for i, p := range sum2.Partitions {
			if p.Status != want[i] {
				t.Errorf("resume: partition %s: %s, want %s", p.Date, p.Status, want[i])
			}
		}
	})
	t.Run("before reading", func(t *testing.T) {
		out := t.TempDir()
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := Run(ctx, testConfig(t, in, out)); !errors.Is(err, context.Canceled) {
			t.Fatalf("err %v, want context.Canceled", err)
		}
		if v := checkTables(t, out, []string{FormatParquet, FormatArrow}); len(v) != 0 {
			t.Errorf("a run cancelled before it read anything wrote %v", v)
		}
		checkStagingGone(t, out)
	})
}

// TestModeMissing: a rerun with nothing changed writes nothing; a changed
// input rewrites exactly its date; a missing _SUCCESS, a new date or a
// changed party registry are recomputed.
func TestModeMissing(t *testing.T) {
	in := smallCorpus(t, 90, 5, false)
	out := t.TempDir()
	if _, err := Run(context.Background(), testConfig(t, in, out)); err != nil {
		t.Fatal(err)
	}
	day := func(i int) string { return corpusStart.AddDate(0, 0, i).Format(DateLayout) }
	firstFile := func(date string) string {
		files, _ := filepath.Glob(filepath.Join(in, date, "*.txt"))
		if len(files) == 0 {
			t.Fatalf("no input files for %s", date)
		}
		return files[0]
	}
	partyFile := filepath.Join(t.TempDir(), "parties.yaml")

	cases := []struct {
		name    string
		change  func(t *testing.T) // applied to the input or output first
		models  func(t *testing.T) *Models
		written []string // dates that must be rewritten; nil: none
	}{
		{"no change", func(*testing.T) {}, nil, nil},
		{"one input edited", func(t *testing.T) {
			f := firstFile(day(2))
			data, _ := os.ReadFile(f)
			os.WriteFile(f, append(data, []byte("\nIndia thanked Japan for its help.\n")...), 0o644)
		}, nil, []string{day(2)}},
		{"same bytes rewritten (mtime only)", func(t *testing.T) {
			f := firstFile(day(3))
			data, _ := os.ReadFile(f)
			os.WriteFile(f, data, 0o644)
			os.Chtimes(f, time.Now(), time.Now().Add(time.Hour))
		}, nil, nil},
		{"one input removed", func(t *testing.T) { os.Remove(firstFile(day(1))) }, nil, []string{day(1)}},
		{"_SUCCESS of one table deleted", func(t *testing.T) {
			os.Remove(filepath.Join(out, TableMentions, "date="+day(4), SuccessName))
		}, nil, []string{day(4)}},
		{"partition deleted", func(t *testing.T) {
			os.RemoveAll(filepath.Join(out, TableSentences, "date="+day(0)))
		}, nil, []string{day(0)}},
		{"new date", func(t *testing.T) {
			os.WriteFile(filepath.Join(in, "late.txt"), []byte("date 2024-02-01\nRussia and China met in Beijing.\n"), 0o644)
		}, nil, []string{"2024-02-01"}},
		{"party registry changed", func(t *testing.T) {
			data, err := os.ReadFile("../models/" + ArtifactParties)
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(partyFile, data, 0o644)
		}, func(t *testing.T) *Models {
			m, err := LoadModels(ModelOptions{PartiesFile: partyFile})
			if err != nil {
				t.Fatal(err)
			}
			return m
		}, []string{day(0), day(1), day(2), day(3), day(4), "2024-02-01"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.change(t)
			before := snapshot(t, out)
			cfg := testConfig(t, in, out)
			cfg.Mode = ModeMissing
			if c.models != nil {
				cfg.Models = c.models(t)
			}
			sum, err := Run(context.Background(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			after := snapshot(t, out)
			want := map[string]bool{}
			for _, d := range c.written {
				want[d] = true
			}
			for _, p := range sum.Partitions {
				if wantStatus := map[bool]PartitionStatus{true: PartitionWritten, false: PartitionSkipped}[want[p.Date]]; p.Status != wantStatus {
					t.Errorf("partition %s: %s, want %s", p.Date, p.Status, wantStatus)
				}
			}
			for name, b := range before {
				inWritten := false
				for d := range want {
					inWritten = inWritten || strings.Contains(name, "date="+d+"/")
				}
				if a := after[name]; !inWritten && a != b {
					t.Errorf("%s was touched (%s -> %s)", name, b, a)
				} else if inWritten && a == b {
					t.Errorf("%s was not rewritten", name)
				}
			}
			for name := range after {
				if _, ok := before[name]; !ok {
					if strings.HasPrefix(name, TableRejects+"/run="+sum.RunID+"/") {
						continue // every run writes its rejects partition, empty or not
					}
					d := strings.TrimPrefix(strings.Split(name, "/")[1], "date=")
					if !want[d] {
						t.Errorf("%s appeared", name)
					}
				}
			}
			checkTables(t, out, cfg.Formats)
			if c.models != nil {
				return
			}
			// The rewritten partitions equal a full run over the same input.
			fresh := t.TempDir()
			if _, err := Run(context.Background(), testConfig(t, in, fresh)); err != nil {
				t.Fatal(err)
			}
			freshBytes, got := dataBytes(t, fresh), dataBytes(t, out)
			for name, data := range freshBytes {
				if !bytes.Equal(got[name], data) {
					t.Errorf("%s differs from a full run over the same input", name)
				}
			}
		})
	}
}

// panicky is an Analyzer that panics or fails on chosen texts.
type panicky struct{}

func (panicky) Analyze(text string, _ time.Time) (pipeline.Doc, error) {
	switch text {
	case "panic":
		var m map[string]int
		m["x"]++ // a nil-map panic, as a real bug would raise
	case "error":
		return pipeline.Doc{}, errors.New("analysis failed")
	}
	return pipeline.Doc{NTokens: 1}, nil
}

// TestAnalysisRejectsInTable: the articles the analysis pass rejects are
// counted in the summary and follow the scan's rejects in the rejects
// table, in the order they were analysed (date, then id).
func TestAnalysisRejectsInTable(t *testing.T) {
	in := t.TempDir()
	lines := []string{
		`{"id":"d2-panic","date":"2024-01-03","text":"panic"}`,
		`{"id":"d1-fine","date":"2024-01-02","text":"fine"}`,
		`not json`,
		`{"id":"d1-error","date":"2024-01-02","text":"error"}`,
		`{"id":"d2-fine","date":"2024-01-03","text":"fine"}`,
		`{"id":"d1-panic","date":"2024-01-02","text":"panic"}`,
	}
	if err := os.WriteFile(filepath.Join(in, "a.jsonl"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	cfg := testConfig(t, in, out)
	cfg.analyzer = panicky{}
	sum, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rejects != 4 || sum.RejectReasons[ReasonPanic] != 3 || sum.RejectReasons[ReasonBadJSON] != 1 || sum.Articles != 5 {
		t.Errorf("%d articles, %d rejects %v; want 5 articles, 4 rejects: 3 %s, 1 %s",
			sum.Articles, sum.Rejects, sum.RejectReasons, ReasonPanic, ReasonBadJSON)
	}
	path := filepath.Join(out, TableRejects, "run="+sum.RunID, PartFile+".parquet")
	got := stringColumns(t, path, "article_id", "reason")
	want := [][]string{{"", ReasonBadJSON}, {"d1-error", ReasonPanic}, {"d1-panic", ReasonPanic}, {"d2-panic", ReasonPanic}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rejects table %q, want %q", got, want)
	}
	checkStagingGone(t, out)
}

// stringColumns reads the named string columns of a Parquet file, a row
// at a time; a null reads as "".
func stringColumns(t *testing.T, path string, names ...string) [][]string {
	t.Helper()
	f, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := pqarrow.NewFileReader(f, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := r.ReadTable(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer tbl.Release()
	rows := make([][]string, tbl.NumRows())
	for _, name := range names {
		idx := tbl.Schema().FieldIndices(name)
		if len(idx) != 1 {
			t.Fatalf("%s: no column %s", path, name)
		}
		i := 0
		for _, chunk := range tbl.Column(idx[0]).Data().Chunks() {
			col := chunk.(*array.String)
			for k := range col.Len() {
				rows[i] = append(rows[i], col.Value(k))
				i++
			}
		}
	}
	return rows
}

// TestPanicBecomesReject: a panic or error while analysing one article
// becomes that article's reject (with the stack in the detail); the
// worker, and so the run, goes on.
func TestPanicBecomesReject(t *testing.T) {
	for _, c := range []struct{ text, reason, detail string }{
		{"panic", ReasonPanic, "assignment to entry in nil map"},
		{"error", ReasonPanic, "analysis failed"},
		{"fine", "", ""},
	} {
		a := Article{ID: "a-" + c.text, Text: c.text, Path: "in.jsonl", Line: 3, Date: corpusStart}
		res := analyseOne(panicky{}, a)
		if c.reason == "" {
			if res.reject != nil || res.doc.NTokens != 1 {
				t.Errorf("%s: %+v", c.text, res)
			}
			continue
		}
		r := res.reject
		if r == nil || r.Reason != c.reason || !strings.Contains(r.Detail, c.detail) || r.ArticleID != a.ID || r.Path != a.Path || r.Line != 3 {
			t.Errorf("%s: reject %+v, want reason %s mentioning %q", c.text, r, c.reason, c.detail)
		}
	}
}
