package jobs

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/stance-news/stance/jobs/corpus"
)

// TestCollectInlineScan checks that reading large JSONL and gzip inputs in
// the merge (streamed) and small ones in the workers (collected first) find
// the same articles, duplicates, rejects and digests.
func TestCollectInlineScan(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "in")
	if err := corpus.Write(dir, corpus.Options{Bytes: 300 << 10, Days: 3, Start: corpusStart, Seed: 3, PerFile: 25}); err != nil {
		t.Fatal(err)
	}
	jsonl, err := filepath.Glob(filepath.Join(dir, "*", "*.jsonl"))
	if err != nil || len(jsonl) < 3 {
		t.Fatalf("generated %d JSONL files: %v", len(jsonl), err)
	}
	// a gzip copy of one file (every article a duplicate), a file with bad
	// lines, and a text article.
	extra := map[string][]byte{
		"zz-copy.jsonl.gz": gzipFile(t, jsonl[1]),
		"zz-bad.jsonl":     []byte("{\"id\":\"x1\",\"date\":\"2024-01-02\",\"text\":\"Fine.\"}\nnot json\n{\"id\":\"x2\",\"date\":\"2024-13-01\",\"text\":\"Bad date.\"}\n"),
		"zz-one.txt":       []byte("date 2024-01-03\nIndia and Russia signed a pact.\n"),
	}
	for name, b := range extra {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	collectWith := func(limit int64) (*inputs, *RunSummary, []seqReject) {
		t.Helper()
		old := inlineScanBytes
		inlineScanBytes = limit
		defer func() { inlineScanBytes = old }()
		sum := &RunSummary{}
		spill := filepath.Join(t.TempDir(), "spill")
		in, err := collect(context.Background(), RunConfig{Inputs: []string{dir}, Jobs: 2}, sum, spill, false, 0)
		if err != nil {
			t.Fatal(err)
		}
		in.spillDir = "" // spill directories differ
		sum.Inputs, sum.inputs = readInputs(t, sum), nil
		rejects := readAll(t, in.rejects, rejectCodec)
		for _, f := range []*string{&in.refs, &in.rejects} {
			content, err := os.ReadFile(*f)
			if err != nil {
				t.Fatal(err)
			}
			*f = string(content)
		}
		return in, sum, rejects
	}
	workers, wsum, rejects := collectWith(1 << 62)
	inline, isum, _ := collectWith(0)
	if workers.articles == 0 || workers.nRejects < 3 {
		t.Fatalf("corpus too tame: %d articles, %d rejects", workers.articles, workers.nRejects)
	}
	// Every article of the gzip copy is a duplicate of the same line of
	// the file it copies.
	dups := 0
	for _, r := range rejects {
		if r.Reason != ReasonDuplicateID {
			continue
		}
		dups++
		want := fmt.Sprintf("article id first seen in %s:%d", jsonl[1], r.Line)
		if filepath.Base(r.Path) != "zz-copy.jsonl.gz" || r.Detail != want {
			t.Errorf("duplicate %s in %s:%d: detail %q, want %q", r.ArticleID, r.Path, r.Line, r.Detail, want)
		}
	}
	if dups == 0 {
		t.Error("no duplicates found")
	}
	if !reflect.DeepEqual(workers, inline) {
		t.Errorf("inputs differ:\nworkers %+v\ninline  %+v", workers, inline)
	}
	if !reflect.DeepEqual(wsum, isum) {
		t.Errorf("summaries differ:\nworkers %+v\ninline  %+v", wsum, isum)
	}
}

// gzipFile returns the content of the file at path, gzip-compressed.
func gzipFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return gz.Bytes()
}

// readAll reads back every record of a file recordWriter wrote.
func readAll[T any](t *testing.T, path string, c codec[T]) []T {
	t.Helper()
	var all []T
	var err error
	for r := range readRecords(path, c, &err) {
		all = append(all, r)
	}
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// readInputs reads back the summaries of the inputs collect found.
func readInputs(t *testing.T, sum *RunSummary) []InputSummary {
	t.Helper()
	var all []InputSummary
	for in, err := range sum.inputs.all() {
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, in)
	}
	return all
}

// TestScanPeeks: the scan peeks at JSONL lines (decoding id and date only)
// just when the run leaves some dates out; a run over every date parses
// each line once.
func TestScanPeeks(t *testing.T) {
	day := time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		cfg  RunConfig
		peek bool
	}{
		{"every date", RunConfig{}, false},
		{"one shard of one", RunConfig{Shard: Shard{Index: 0, Count: 1}}, false},
		{"since", RunConfig{Since: day}, true},
		{"until", RunConfig{Until: day}, true},
		{"a shard of three", RunConfig{Shard: Shard{Index: 1, Count: 3}}, true},
	} {
		ss := newScanSettings(c.cfg, "", &keepBudget{}, func(time.Time) bool { return true })
		if (ss.peek != nil) != c.peek {
			t.Errorf("%s: peeks %v, want %v", c.name, ss.peek != nil, c.peek)
		}
	}
}
