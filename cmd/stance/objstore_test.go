package main

import (
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"gocloud.dev/blob"

	"github.com/stance-news/stance/internal/s3fake"
	"github.com/stance-news/stance/jobs"
	"github.com/stance-news/stance/jobs/objstore"
	"github.com/stance-news/stance/jobs/outputtest"
)

// bucketFiles reads every object of b, by key.
func bucketFiles(t *testing.T, b *blob.Bucket) map[string][]byte {
	t.Helper()
	ctx := context.Background()
	files := map[string][]byte{}
	it := b.List(nil)
	for {
		obj, err := it.Next(ctx)
		if err == io.EOF {
			return files
		}
		if err != nil {
			t.Fatal(err)
		}
		if files[obj.Key], err = b.ReadAll(ctx, obj.Key); err != nil {
			t.Fatal(err)
		}
	}
}

// tableObjects keeps the objects of the date-partitioned tables, without
// their _SUCCESS (which names the run): what dataFiles keeps of a local
// output.
func tableObjects(all map[string][]byte) map[string][]byte {
	files := map[string][]byte{}
	for key, data := range all {
		table, _, _ := strings.Cut(key, "/")
		if strings.HasSuffix(key, "/"+objstore.SuccessName) {
			continue
		}
		for _, t := range jobs.DataTables {
			if table == t {
				files[filepath.FromSlash(key)] = data
			}
		}
	}
	return files
}

// successes returns each table partition's _SUCCESS record, by prefix.
func successes(t *testing.T, all map[string][]byte) map[string]objstore.Success {
	t.Helper()
	recs := map[string]objstore.Success{}
	for key, data := range all {
		if prefix, ok := strings.CutSuffix(key, "/"+objstore.SuccessName); ok {
			var rec objstore.Success
			if err := json.Unmarshal(data, &rec); err != nil {
				t.Fatalf("%s: %v", key, err)
			}
			recs[prefix] = rec
		}
	}
	return recs
}

// uploadDir copies the files under dir into b under prefix, keeping their
// relative paths as keys.
func uploadDir(t *testing.T, b *blob.Bucket, dir, prefix string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		return b.WriteAll(context.Background(), prefix+"/"+filepath.ToSlash(rel), data, nil)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestRunToS3 runs the binary against an in-process S3 server (through
// the s3blob driver the binary links): inputs read from a bucket, tables
// published to another, byte for byte what a local run writes; every
// _SUCCESS names parts whose bytes match; a run exits 75 while another
// holds the lock object, and takes over one that expired; a one-date rerun replaces that date's partitions
// and no other.
func TestRunToS3(t *testing.T) {
	ctx := context.Background()
	srv := s3fake.Start(t, "in", "out")
	local := t.TempDir()
	runSample(t, local)
	want := dataFiles(t, local)

	inB, err := objstore.Open(ctx, srv.URL("in", ""))
	if err != nil {
		t.Fatal(err)
	}
	defer inB.Close()
	uploadDir(t, inB, corpus, "feeds")
	outURL := srv.URL("out", "tables/news")
	outB, err := objstore.Open(ctx, outURL)
	if err != nil {
		t.Fatal(err)
	}
	defer outB.Close()

	staging := t.TempDir()
	run := func(formats string, extra ...string) (result, jobs.RunSummary) {
		t.Helper()
		args := append([]string{"run", "--input", srv.URL("in", "feeds"), "--out", outURL, "--staging", staging,
			"--format", formats, "--json"}, extra...)
		r := stance(t, "", args...)
		var sum jobs.RunSummary
		if r.code == 0 {
			if err := json.Unmarshal([]byte(r.stdout), &sum); err != nil {
				t.Fatalf("summary is not JSON: %v\n%s", err, r.stdout)
			}
		}
		return r, sum
	}
	r, first := run("parquet,arrow")
	if r.code != 0 {
		t.Fatalf("run to S3: exit %d\n%s", r.code, r.stderr)
	}
	all := bucketFiles(t, outB)
	outputtest.SameFiles(t, "published tables", tableObjects(all), want)

	recs := successes(t, all)
	pub := objstore.BlobBucket{B: outB}
	for prefix := range recs {
		rec, err := objstore.Verify(ctx, pub, prefix)
		if err != nil {
			t.Errorf("verify %s: %v", prefix, err)
		}
		if rec.RunID != first.RunID || len(rec.Parts) != 2 {
			t.Errorf("%s/_SUCCESS: run %s with %d parts, want run %s with 2", prefix, rec.RunID, len(rec.Parts), first.RunID)
		}
	}
	if n := len(recs); n != 4*len(first.Partitions)+1 {
		t.Errorf("%d _SUCCESS objects, want one per table and date (%d dates) and one for rejects", n, len(first.Partitions))
	}
	// The manifest, and the inputs and rejects named by their URLs.
	var manifest jobs.RunSummary
	raw, ok := all["_runs/"+first.RunID+"/shard-0-of-1.json"]
	if !ok || json.Unmarshal(raw, &manifest) != nil {
		t.Fatalf("no manifest at _runs/%s/shard-0-of-1.json", first.RunID)
	}
	wantPrefix := objstore.Redact(srv.URL("in", "feeds")) + "/"
	if len(manifest.Inputs) == 0 {
		t.Error("the manifest lists no inputs")
	}
	for _, in := range manifest.Inputs {
		if !strings.HasPrefix(in.Path, wantPrefix) {
			t.Errorf("manifest input %s, want it under %s", in.Path, wantPrefix)
		}
	}
	for reason, places := range manifest.RejectExamples {
		for _, p := range places {
			if !strings.HasPrefix(p, wantPrefix) {
				t.Errorf("%s reject at %s, want it under %s", reason, p, wantPrefix)
			}
		}
	}
	if entries, _ := os.ReadDir(staging); len(entries) != 0 {
		t.Errorf("staging left behind: %v", entries)
	}

	// Another run holds the lock: exit 75, nothing written.
	other, err := objstore.Acquire(ctx, objstore.BlobConditional{B: outB}, jobs.LockName+".shard-0-of-1", "other", time.Hour, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := run("parquet,arrow"); r.code != exitLocked {
		t.Fatalf("exit %d with the lock held, want %d\n%s", r.code, exitLocked, r.stderr)
	}
	if after := bucketFiles(t, outB); len(after) != len(all) {
		t.Errorf("a locked-out run changed the bucket: %d objects, before %d", len(after), len(all))
	}
	if err := other.Release(ctx); err != nil {
		t.Fatal(err)
	}
	// A lock left by a run that died (never released) is taken over once
	// it has expired.
	if _, err := objstore.Acquire(ctx, objstore.BlobConditional{B: outB}, jobs.LockName+".shard-0-of-1", "dead", time.Second, time.Now); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond)
	if r, _ := run("parquet,arrow", "--mode", "missing"); r.code != 0 {
		t.Fatalf("run after the dead run's lock expired: exit %d\n%s", r.code, r.stderr)
	}

	// A rerun of one date, Parquet only: that date's four partitions are
	// republished by the new run (their Arrow parts removed), the others
	// keep the first run's objects.
	date := first.Partitions[1].Date
	r, second := run("parquet", "--date", date)
	if r.code != 0 {
		t.Fatalf("rerun of %s: exit %d\n%s", date, r.code, r.stderr)
	}
	after := bucketFiles(t, outB)
	for prefix, rec := range successes(t, after) {
		if strings.HasPrefix(prefix, jobs.TableRejects+"/") {
			continue
		}
		wantRun := first.RunID
		if strings.HasSuffix(prefix, "/date="+date) {
			wantRun = second.RunID
		}
		if rec.RunID != wantRun {
			t.Errorf("%s: written by run %s, want %s", prefix, rec.RunID, wantRun)
		}
	}
	for key, data := range tableObjects(after) {
		onDate := strings.Contains(key, "date="+date+string(filepath.Separator))
		switch {
		case onDate && strings.HasSuffix(key, ".arrow"):
			t.Errorf("%s: a Parquet-only rerun left the Arrow part", key)
		case string(data) != string(want[key]):
			t.Errorf("%s: bytes differ from the local run's", key)
		}
	}
	var rerun []string
	for key := range tableObjects(after) {
		if strings.Contains(key, "date="+date) {
			rerun = append(rerun, key)
		}
	}
	sort.Strings(rerun)
	if len(rerun) != len(jobs.DataTables) {
		t.Errorf("date %s after the rerun: %v, want one Parquet part per table", date, rerun)
	}
}

// TestRunURLUsage checks that a URL of an unlinked scheme is a usage error
// that leaves nothing behind.
func TestRunURLUsage(t *testing.T) {
	for _, args := range [][]string{
		{"run", "--input", corpus, "--out", "ftp://host/out"},
		{"run", "--input", "file:///tmp/x", "--out", t.TempDir()},
	} {
		r := stance(t, "", args...)
		if r.code != exitUsage || !strings.Contains(r.stderr, "is not one of s3, gs, azblob") {
			t.Errorf("stance %v: exit %d, want %d\n%s", args, r.code, exitUsage, r.stderr)
		}
	}
}
