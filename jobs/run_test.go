package jobs

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/stance-news/stance/jobs/corpus"
	"github.com/stance-news/stance/jobs/outputtest"
	"github.com/stance-news/stance/jobs/source"
)

// TestJobsByteIdentical runs the same generated corpus with one, two and
// five workers: the workers finish articles out of order, but the files
// must come out byte for byte the same.
func TestJobsByteIdentical(t *testing.T) {
	in := smallCorpus(t, 600, 3, true)
	var ref map[string][]byte
	for _, jobs := range []int{1, 2, 5} {
		out := t.TempDir()
		cfg := testConfig(t, in, out)
		cfg.Jobs = jobs
		sum, err := Run(context.Background(), cfg)
		if err != nil {
			t.Fatalf("--jobs %d: %v", jobs, err)
		}
		if sum.Articles < 100 {
			t.Fatalf("only %d articles", sum.Articles)
		}
		files := dataBytes(t, out)
		if ref == nil {
			ref = files
			continue
		}
		outputtest.SameFiles(t, fmt.Sprintf("--jobs %d against --jobs 1", jobs), files, ref)
	}
}

// TestKeptArticles checks that articles kept from the scan and articles
// read back give the same output, and that the scan keeps no more than its
// budget.
func TestKeptArticles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "in")
	if err := corpus.Write(filepath.Join(dir, "text"), corpus.Options{Bytes: 200 << 10, Days: 3, Start: corpusStart, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	if err := corpus.Write(filepath.Join(dir, "jsonl"), corpus.Options{Bytes: 200 << 10, Days: 3, Start: corpusStart, Seed: 6, PerFile: 20}); err != nil {
		t.Fatal(err)
	}
	jsonl, err := filepath.Glob(filepath.Join(dir, "jsonl", "*", "*.jsonl"))
	if err != nil || len(jsonl) == 0 {
		t.Fatalf("no JSONL files: %v", err)
	}
	// A gzip file: its articles are read back from the spill file unless kept.
	gz := gzipFile(t, jsonl[0])
	if err := os.Remove(jsonl[0]); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(jsonl[0]+".gz", gz, 0o644); err != nil {
		t.Fatal(err)
	}

	kept := func(keep int64) (n, size int64, articles int) {
		t.Helper()
		in, err := collect(context.Background(), RunConfig{Inputs: []string{dir}, Jobs: 2}, &RunSummary{}, filepath.Join(t.TempDir(), "spill"), false, keep)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range in.kept.m {
			n++
			size += int64(a.Size)
		}
		return n, size, in.articles
	}
	if n, _, _ := kept(0); n != 0 {
		t.Errorf("budget 0: %d articles kept", n)
	}
	all, allBytes, articles := kept(1 << 40)
	if int(all) != articles {
		t.Errorf("unlimited budget: %d of %d articles kept", all, articles)
	}
	half := allBytes / 2
	if n, b, _ := kept(half); n == 0 || n == all || b > half {
		t.Errorf("budget %d bytes: %d of %d articles kept, %d bytes", half, n, all, b)
	}

	old := keptTextMax
	defer func() { keptTextMax = old }()
	var ref map[string][]byte
	for _, keep := range []int64{0, half, 1 << 40} {
		keptTextMax = keep
		out := t.TempDir()
		if _, err := Run(context.Background(), testConfig(t, dir, out)); err != nil {
			t.Fatalf("keeping %d bytes: %v", keep, err)
		}
		files := dataBytes(t, out)
		if ref == nil {
			ref = files
			continue
		}
		outputtest.SameFiles(t, fmt.Sprintf("keeping %d bytes against none", keep), files, ref)
	}
}

// TestRunSummaryInputs checks that the summary a run writes to
// RunConfig.Summary is its manifest, byte for byte, with every input, and
// that a dry run's is the same but for the run and its status, and leaves
// no file behind.
func TestRunSummaryInputs(t *testing.T) {
	in := smallCorpus(t, 120, 2, true)
	files, err := source.ListInputs([]string{in})
	if err != nil || len(files) < 20 {
		t.Fatalf("%d inputs, %v", len(files), err)
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // where a dry run works

	summaries := map[bool]*RunSummary{}
	for _, dry := range []bool{true, false} {
		out := t.TempDir()
		cfg := testConfig(t, in, out)
		cfg.DryRun = dry
		var printed bytes.Buffer
		cfg.Summary = &printed
		sum, err := Run(context.Background(), cfg)
		if err != nil {
			t.Fatalf("dry run %v: %v", dry, err)
		}
		if sum.Inputs != nil {
			t.Errorf("dry run %v: the returned summary lists %d inputs", dry, len(sum.Inputs))
		}
		var got RunSummary
		if err := json.Unmarshal(printed.Bytes(), &got); err != nil {
			t.Fatalf("dry run %v: %v", dry, err)
		}
		if len(got.Inputs) != len(files) || got.Articles != sum.Articles || got.Rejects != 1 {
			t.Errorf("dry run %v: summary of %d inputs, %d articles, %d rejects; want %d inputs, %d articles, 1 reject",
				dry, len(got.Inputs), got.Articles, got.Rejects, len(files), sum.Articles)
		}
		articles := 0
		for i, is := range got.Inputs {
			articles += is.Articles
			if is.Path != files[i] || is.SHA256 == (Digest{}) {
				t.Errorf("dry run %v: input %d is %+v, want %s", dry, i, is, files[i])
			}
		}
		if articles != got.Articles {
			t.Errorf("dry run %v: inputs count %d articles, the run %d", dry, articles, got.Articles)
		}
		summaries[dry] = &got
		if dry {
			if entries, _ := os.ReadDir(out); len(entries) != 0 {
				t.Errorf("a dry run wrote %d entries under --out", len(entries))
			}
			continue
		}
		manifest, err := os.ReadFile(filepath.Join(out, RunsDir, sum.RunID+".json"))
		if err != nil || !bytes.Equal(manifest, printed.Bytes()) {
			t.Errorf("the printed summary is not the manifest (%v)", err)
		}
	}
	if !reflect.DeepEqual(summaries[true].Inputs, summaries[false].Inputs) {
		t.Error("a dry run and a run list different inputs")
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("left in the temporary directory: %v", left)
	}
}

// TestDryRunRemovesDead checks that a dry run removes the working directory
// of a dry run killed before it could, and keeps one whose dry run is alive.
func TestDryRunRemovesDead(t *testing.T) {
	in := smallCorpus(t, 10, 1, false)
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	dead := filepath.Join(tmp, dryRunPrefix+"dead")
	alive := filepath.Join(tmp, dryRunPrefix+"alive")
	starting := filepath.Join(tmp, dryRunPrefix+"starting")
	for _, dir := range []string{dead, alive, starting} {
		if err := os.MkdirAll(filepath.Join(dir, "spill"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, dir := range []string{dead, alive} {
		if err := os.WriteFile(filepath.Join(dir, LockName), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lock, err := AcquireLock(alive)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()

	cfg := testConfig(t, in, t.TempDir())
	cfg.DryRun = true
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	var left []string
	entries, _ := os.ReadDir(tmp)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	want := []string{dryRunPrefix + "alive", dryRunPrefix + "starting"}
	if !reflect.DeepEqual(left, want) {
		t.Errorf("left in the temporary directory: %q, want %q", left, want)
	}
}

// TestLanguages: German, French and Chinese articles become not_english
// rejects with their language in detail, unless --languages lets them in;
// English articles go on, with their language in the articles table.
func TestLanguages(t *testing.T) {
	in := t.TempDir()
	files := map[string]string{
		"en.txt": "date 2024-05-02\nGermany and China welcomed the decision on Monday, the foreign ministry said in a statement.",
		"de.txt": "date 2024-05-02\nRussland und China begrüßten die Entscheidung am Montag, teilte das Außenministerium in Berlin mit.",
		"fr.txt": "date 2024-05-02\nLa Russie et la Chine ont salué lundi la décision, selon un communiqué du ministère des affaires étrangères.",
		"zh.txt": "date 2024-05-02\n俄罗斯和中国周一欢迎了这一决定。外交部在声明中表示，双方将继续加强合作。",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		langs    []string
		articles int
		rejected []string // details of the not_english rejects, sorted
	}{
		{nil, 1, []string{"de", "fr", "zh"}},
		{[]string{"en", "de"}, 2, []string{"fr", "zh"}},
	} {
		out := t.TempDir()
		cfg := testConfig(t, in, out)
		cfg.Languages = c.langs
		sum, err := Run(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Articles != c.articles || sum.RejectReasons[ReasonNotEnglish] != len(c.rejected) {
			t.Errorf("--languages %v: %d articles, %d not_english rejects; want %d and %d", c.langs, sum.Articles,
				sum.RejectReasons[ReasonNotEnglish], c.articles, len(c.rejected))
		}
		var got []string
		paths, _ := filepath.Glob(filepath.Join(out, TableRejects, "run="+sum.RunID, "*.parquet"))
		if len(paths) != 1 {
			t.Fatalf("rejects files %v", paths)
		}
		for _, row := range stringColumns(t, paths[0], "reason", "detail") {
			if row[0] == ReasonNotEnglish {
				got = append(got, strings.Fields(strings.TrimPrefix(row[1], "language "))[0])
			}
		}
		sort.Strings(got)
		if strings.Join(got, ",") != strings.Join(c.rejected, ",") {
			t.Errorf("--languages %v: rejected languages %v, want %v", c.langs, got, c.rejected)
		}
	}
}

// TestRejectsLogged: each reject is logged at warn, the first twenty one by
// one and then one in a thousand.
func TestRejectsLogged(t *testing.T) {
	in := t.TempDir()
	var lines []string
	for i := 0; i < 1005; i++ {
		lines = append(lines, fmt.Sprintf(`{"id": "x%d", "date": "2024-05-02"}`, i)) // no text
	}
	lines = append(lines, `{"id": "ok", "date": "2024-05-02", "text": "Chile and Peru signed the treaty on Monday."}`)
	if err := os.WriteFile(filepath.Join(in, "feed.jsonl"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	cfg := testConfig(t, in, t.TempDir())
	cfg.Logger = slog.New(slog.NewJSONHandler(&buf, nil))
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	warns := 0
	for _, l := range strings.Split(buf.String(), "\n") {
		if strings.Contains(l, `"msg":"input rejected"`) {
			warns++
			if !strings.Contains(l, `"level":"WARN"`) || !strings.Contains(l, `"reason":"missing_field"`) {
				t.Errorf("reject record: %s", l)
			}
		}
	}
	if warns != 21 { // the first 20, then the 1000th
		t.Errorf("%d reject records, want 21", warns)
	}
}

// TestSummaryPartiesAndExamples: the summary counts the mentions of each
// party in the partitions written, and names where the first rejects of
// each reason were.
func TestSummaryPartiesAndExamples(t *testing.T) {
	in := smallCorpus(t, 200, 3, true)
	sum, err := Run(context.Background(), testConfig(t, in, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	rows, counted := 0, 0
	for _, p := range sum.Partitions {
		rows += p.Rows[TableMentions]
	}
	for _, n := range sum.PartyMentions {
		counted += n
	}
	if rows == 0 || counted != rows {
		t.Errorf("party_mentions add up to %d, the mentions tables hold %d rows", counted, rows)
	}
	want := []string{filepath.Join(in, "zz-no-date.txt")}
	if got := sum.RejectExamples[ReasonNoDate]; !reflect.DeepEqual(got, want) {
		t.Errorf("reject_examples[no_date] = %q, want %q", got, want)
	}
}
