package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"github.com/stance-news/stance/jobs"
)

// The hostile input corpus: the small files committed under
// testdata/hostile (each named for what is wrong with it) plus large and
// truncated files generated here. One run over all of them must finish,
// account for every article (accepted, or a reject with the reason below),
// leave the good articles exactly as a run over the good files alone
// writes them, and exit 0 (1 with --strict).

const hostileDir = "../../testdata/hostile"

// hostileReject is an expected row of the rejects table.
type hostileReject struct {
	file   string // base name of the input
	line   int    // JSONL line, 0 for a whole file
	reason string
	id     string // expected article_id ("" when unknown)
}

var hostileRejects = []hostileReject{
	{"README.md", 0, jobs.ReasonUnsupported, ""},
	{"binary.bin", 0, jobs.ReasonUnsupported, ""},
	{"page.html", 0, jobs.ReasonUnsupported, ""},
	{"binary-no-extension", 0, jobs.ReasonNULBytes, "binary-no-extension"},
	{"empty.txt", 0, jobs.ReasonEmpty, "empty"},
	{"whitespace-only.txt", 0, jobs.ReasonEmpty, "whitespace-only"},
	{"impossible-date.txt", 0, jobs.ReasonBadDate, "impossible-date"},
	{"invalid-utf8.txt", 0, jobs.ReasonInvalidUTF8, "invalid-utf8"},
	{"no-date.txt", 0, jobs.ReasonNoDate, "no-date"},
	{"nul-bytes.txt", 0, jobs.ReasonNULBytes, "nul-bytes"},
	{"missing-fields.jsonl", 1, jobs.ReasonMissingField, ""},
	{"missing-fields.jsonl", 2, jobs.ReasonMissingField, "no-date"},
	{"missing-fields.jsonl", 3, jobs.ReasonMissingField, "no-text"},
	{"missing-fields.jsonl", 4, jobs.ReasonMissingField, ""},
	{"missing-fields.jsonl", 5, jobs.ReasonMissingField, "null-text"},
	{"wrong-types.jsonl", 1, jobs.ReasonBadJSON, ""},
	{"wrong-types.jsonl", 2, jobs.ReasonBadJSON, ""},
	{"wrong-types.jsonl", 3, jobs.ReasonBadJSON, ""},
	{"wrong-types.jsonl", 4, jobs.ReasonBadJSON, ""},
	{"wrong-types.jsonl", 5, jobs.ReasonBadJSON, ""},
	{"wrong-types.jsonl", 6, jobs.ReasonNULBytes, "escaped-nul"},
	{"wrong-types.jsonl", 7, jobs.ReasonBadDate, "bad-date"},
	// Duplicate ids: the first occurrence in input order (sorted paths,
	// then lines) wins, whatever its date.
	{"z-duplicate-id.jsonl", 1, jobs.ReasonDuplicateID, "shared-id"},
	{"z-duplicate-id.jsonl", 2, jobs.ReasonDuplicateID, "good-2"},
	// generated
	{"long-line.jsonl", 1, jobs.ReasonBadJSON, ""},
	{"truncated.jsonl.gz", 3, jobs.ReasonReadError, ""},
	{"truncated.txt.gz", 0, jobs.ReasonReadError, ""},
}

// hostileAccepted are the article ids that must reach the articles table.
var hostileAccepted = []string{
	"good-1", "shared-id", "good-2", "a-good-text", // the good files
	"html-markup", "crlf", "bom", // markup is text; CRLF and a BOM are fine
	"../../x", "a/b/c", "/etc/passwd", "..", // ids are data, never paths
	"huge-article", "no-punct", "after-long-line", "trunc-1", "trunc-2",
}

// writeGenerated writes the hostile inputs too large or too binary to commit.
func writeGenerated(t *testing.T, dir string) {
	t.Helper()
	// A 50 MB single article, in paragraphs of ordinary sentences.
	var b strings.Builder
	b.WriteString("date 2024-06-02\n")
	sents := []string{
		"New Delhi will keep strengthening its long partnership with Moscow, whatever the pressure from Washington.",
		"Beijing condemned the latest sanctions announced by the European Union on Monday.",
		"The talks in Geneva ended without agreement, officials said.",
		"Tokyo welcomed the decision, calling it a step toward stability.",
	}
	for i := 0; b.Len() < 50<<20; i++ {
		b.WriteString(sents[i%len(sents)])
		if i%7 == 6 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	writeFile(t, filepath.Join(dir, "huge-article.txt"), []byte(b.String()))

	// A 5 MB line with no punctuation at all (the segmenter must stay linear).
	b.Reset()
	b.WriteString("date 2024-06-03\n")
	words := []string{"talks", "trade", "the", "minister", "said", "and", "officials", "energy", "would", "continue"}
	for i := 0; b.Len() < 5<<20; i++ {
		b.WriteString(words[(i*7+i/3)%len(words)])
		b.WriteByte(' ')
	}
	writeFile(t, filepath.Join(dir, "no-punct.txt"), []byte(b.String()))

	// A 20 MB JSONL line (never closed), then a good line: the reader skips
	// the long one as bad JSON and goes on.
	long := `{"id":"long-line","date":"2024-06-03","text":"` + strings.Repeat("word ", 4<<20) + "\n" +
		`{"id":"after-long-line","date":"2024-06-03","text":"Russia and China met after the long line."}` + "\n"
	writeFile(t, filepath.Join(dir, "long-line.jsonl"), []byte(long))

	// A .gz JSONL cut short in its third line, and a .gz text file cut short.
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	fmt.Fprintln(zw, `{"id":"trunc-1","date":"2024-06-04","text":"India thanked Japan."}`)
	fmt.Fprintln(zw, `{"id":"trunc-2","date":"2024-06-04","text":"Japan thanked India."}`)
	zw.Flush()
	flushed := z.Len()
	noise := make([]byte, 60<<10)
	rand.Read(noise)
	fmt.Fprintf(zw, `{"id":"trunc-3","date":"2024-06-04","text":"%s"}`+"\n", base64.StdEncoding.EncodeToString(noise))
	zw.Close()
	writeFile(t, filepath.Join(dir, "truncated.jsonl.gz"), z.Bytes()[:flushed+(z.Len()-flushed)/2])
	z.Reset()
	zw = gzip.NewWriter(&z)
	fmt.Fprintf(zw, "date 2024-06-04\n%s\n", base64.StdEncoding.EncodeToString(noise))
	zw.Close()
	writeFile(t, filepath.Join(dir, "truncated.txt.gz"), z.Bytes()[:z.Len()/2])
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(to, 0o755)
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(to, e.Name()), data)
	}
}

func TestHostileInputs(t *testing.T) {
	t.Parallel() // the slowest tests of the package share the cores
	root := t.TempDir()
	in := filepath.Join(root, "feeds", "in")
	copyDir(t, hostileDir, in)
	writeGenerated(t, in)
	out := filepath.Join(root, "feeds", "out")

	start := time.Now()
	r := stance(t, "", "run", "--input", in, "--out", out, "--json")
	t.Logf("hostile run: %v", time.Since(start))
	if r.code != 0 {
		t.Fatalf("hostile run: exit %d, want 0\n%s", r.code, tail(r.stderr, 3000))
	}
	var sum jobs.RunSummary
	if err := json.Unmarshal([]byte(r.stdout), &sum); err != nil {
		t.Fatal(err)
	}

	// Every expected reject, and nothing else.
	got := readRejects(t, filepath.Join(out, jobs.TableRejects, "run="+sum.RunID, "part-00000.parquet"))
	want := map[string]hostileReject{}
	for _, h := range hostileRejects {
		want[fmt.Sprintf("%s:%d", h.file, h.line)] = h
	}
	for key, g := range got {
		w, ok := want[key]
		switch {
		case !ok:
			t.Errorf("unexpected reject %s: %s (%s)", key, g.reason, g.detail)
		case g.reason != w.reason:
			t.Errorf("%s: reason %s (%s), want %s", key, g.reason, g.detail, w.reason)
		case g.id != w.id:
			t.Errorf("%s: article_id %q, want %q", key, g.id, w.id)
		case g.detail == "":
			t.Errorf("%s: reject without detail", key)
		}
	}
	for key := range want {
		if _, ok := got[key]; !ok {
			t.Errorf("missing reject %s (%s)", key, want[key].reason)
		}
	}
	if sum.Rejects != len(hostileRejects) {
		t.Errorf("summary: %d rejects, want %d (%v)", sum.Rejects, len(hostileRejects), sum.RejectReasons)
	}

	// Every accepted article is in the articles table, once.
	ids := readColumn(t, filepath.Join(out, jobs.TableArticles), "article_id")
	sort.Strings(ids)
	wantIDs := append([]string(nil), hostileAccepted...)
	sort.Strings(wantIDs)
	if strings.Join(ids, "|") != strings.Join(wantIDs, "|") {
		t.Errorf("articles table ids:\n%q\nwant\n%q", ids, wantIDs)
	}
	if sum.Articles != len(hostileAccepted) {
		t.Errorf("summary: %d articles, want %d", sum.Articles, len(hostileAccepted))
	}

	// Ids are never paths: nothing appeared beside the output or the input.
	for dir, allowed := range map[string]string{
		filepath.Join(root, "feeds"): "in out",
		root:                         "feeds",
		out:                          ".stance.lock _runs _staging articles mentions party_daily rejects sentences",
	} {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if !strings.Contains(" "+allowed+" ", " "+e.Name()+" ") {
				t.Errorf("%s: unexpected entry %q", dir, e.Name())
			}
		}
	}

	// The good articles are untouched by the junk around them: their
	// partitions are byte-identical to a run over the good files alone.
	goodIn := filepath.Join(root, "good")
	os.MkdirAll(goodIn, 0o755)
	for _, f := range []string{"a-good.jsonl", "a-good-text.txt"} {
		data, _ := os.ReadFile(filepath.Join(hostileDir, f))
		writeFile(t, filepath.Join(goodIn, f), data)
	}
	goodOut := filepath.Join(root, "good-out")
	if r := stance(t, "", "run", "--input", goodIn, "--out", goodOut); r.code != 0 {
		t.Fatalf("good run: exit %d\n%s", r.code, r.stderr)
	}
	goodFiles, allFiles := dataFiles(t, goodOut), dataFiles(t, out)
	if len(goodFiles) == 0 {
		t.Fatal("the good run wrote nothing")
	}
	for name, data := range goodFiles {
		if !bytes.Equal(allFiles[name], data) {
			t.Errorf("%s differs from a run over the good files alone", name)
		}
	}

	t.Run("strict", func(t *testing.T) {
		out := t.TempDir()
		r := stance(t, "", "run", "--input", hostileDir, "--out", out, "--strict", "--json")
		if r.code != exitPartial {
			t.Fatalf("--strict with rejects: exit %d, want %d", r.code, exitPartial)
		}
		var sum jobs.RunSummary
		json.Unmarshal([]byte(r.stdout), &sum)
		if sum.Status != "partial" || !strings.Contains(sum.Error, "strict run") {
			t.Errorf("status %q error %q", sum.Status, sum.Error)
		}
		// The partitions are still written; --strict only changes the exit code.
		if _, err := os.Stat(filepath.Join(out, jobs.TableArticles, "date=2024-05-01", jobs.SuccessName)); err != nil {
			t.Errorf("--strict run did not commit the good partitions: %v", err)
		}
	})
}

// TestHostileLongSentenceWithMentions is a 5 MB line without punctuation
// that names parties throughout. Scoring one sentence costs (mentions x
// sentence length), so before the segmenter capped sentences at
// segment.DefaultMaxRunes code points 100 KB of such text took 400 s; now
// the whole 5 MB must finish well inside the limit.
func TestHostileLongSentenceWithMentions(t *testing.T) {
	t.Parallel() // the slowest tests of the package share the cores
	in := t.TempDir()
	var b strings.Builder
	b.WriteString("date 2024-06-05\n")
	words := []string{"talks", "India", "trade", "Russia", "the", "minister", "China", "said", "and", "Washington"}
	for i := 0; b.Len() < 5<<20; i++ {
		b.WriteString(words[(i*7+i/3)%len(words)])
		b.WriteByte(' ')
	}
	writeFile(t, filepath.Join(in, "mentions-no-punct.txt"), []byte(b.String()))
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, "run", "--input", in, "--out", t.TempDir())
	if outb, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("5 MB line with mentions: %v (limit 90 s)\n%s", err, tail(string(outb), 2000))
	}
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "..." + s[len(s)-n:]
}

type gotReject struct{ reason, id, detail string }

// readRejects reads a rejects file into "base-name:line" -> reject.
func readRejects(t *testing.T, path string) map[string]gotReject {
	t.Helper()
	tbl := readTable(t, path)
	defer tbl.Release()
	paths, lines := stringCol(t, tbl, "source_path"), tbl.Column(tbl.Schema().FieldIndices("line")[0])
	ids, reasons, details := stringCol(t, tbl, "article_id"), stringCol(t, tbl, "reason"), stringCol(t, tbl, "detail")
	var lineVals []int
	for _, ch := range lines.Data().Chunks() {
		c := ch.(*array.Int32)
		for i := 0; i < c.Len(); i++ {
			if c.IsNull(i) {
				lineVals = append(lineVals, 0)
			} else {
				lineVals = append(lineVals, int(c.Value(i)))
			}
		}
	}
	m := map[string]gotReject{}
	for i := range paths {
		key := fmt.Sprintf("%s:%d", filepath.Base(paths[i]), lineVals[i])
		if _, dup := m[key]; dup {
			t.Errorf("two rejects for %s", key)
		}
		m[key] = gotReject{reasons[i], ids[i], details[i]}
	}
	return m
}

// readColumn reads one string column from every partition of a table.
func readColumn(t *testing.T, tableDir, col string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(tableDir, "*", "part-00000.parquet"))
	var vals []string
	for _, f := range files {
		tbl := readTable(t, f)
		vals = append(vals, stringCol(t, tbl, col)...)
		tbl.Release()
	}
	return vals
}

func readTable(t *testing.T, path string) arrow.Table {
	t.Helper()
	r, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	fr, err := pqarrow.NewFileReader(r, pqarrow.ArrowReadProperties{}, memory.NewGoAllocator())
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := fr.ReadTable(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tbl
}

// stringCol returns a string column's values, nulls as "".
func stringCol(t *testing.T, tbl arrow.Table, name string) []string {
	t.Helper()
	idx := tbl.Schema().FieldIndices(name)
	if len(idx) != 1 {
		t.Fatalf("no column %s", name)
	}
	var vals []string
	for _, ch := range tbl.Column(idx[0]).Data().Chunks() {
		c := ch.(*array.String)
		for i := 0; i < c.Len(); i++ {
			vals = append(vals, c.Value(i)) // "" for null
		}
	}
	return vals
}
