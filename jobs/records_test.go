package jobs

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"
)

func TestRefRoundTrip(t *testing.T) {
	for _, r := range []articleRef{
		{},
		{id: "a-1", seq: 1, file: 2, line: 3, offset: 4, size: 5, date: 19723, textBytes: 6, digest: [32]byte{1, 2, 3}},
		{id: "Zürich/東京 ✓", seq: 1 << 40, file: 1<<31 - 1, line: 1<<31 - 1, offset: 1 << 50, size: 64 << 20, date: -4000, textBytes: 1 << 30, digest: [32]byte{31: 0xff}},
	} {
		b := appendRef([]byte("prefix"), r)
		got, err := parseRef(b[len("prefix"):])
		if err != nil || got != r {
			t.Errorf("round trip of %+v: got %+v, %v", r, got, err)
		}
		for cut := range len(b) - len("prefix") {
			if _, err := parseRef(b[len("prefix") : len(b)-cut-1]); !errors.Is(err, errBadRecord) {
				t.Errorf("%+v cut by %d bytes: err %v, want errBadRecord", r, cut+1, err)
			}
		}
	}
}

func TestRejectRoundTrip(t *testing.T) {
	day := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	for _, r := range []seqReject{
		{},
		{seq: 7, Reject: Reject{Path: "in/a.jsonl", Line: 3, ArticleID: "x", Date: day, Reason: ReasonDuplicateID, Detail: "article id first seen in in/b.jsonl:9"}},
		{seq: 1 << 50, Reject: Reject{Path: "dir/é 東.txt.gz", Reason: ReasonInvalidUTF8, Detail: "invalid UTF-8 at byte 12"}},
		{seq: 1, Reject: Reject{Date: time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC), Reason: ReasonBadDate}},
	} {
		b := appendReject(nil, r)
		got, err := parseReject(b)
		if err != nil || !reflect.DeepEqual(got, r) {
			t.Errorf("round trip of %+v: got %+v, %v", r, got, err)
		}
		if _, err := parseReject(b[:len(b)-1]); !errors.Is(err, errBadRecord) {
			t.Errorf("%+v cut short: err %v, want errBadRecord", r, err)
		}
		if _, err := parseReject(append(b, 0)); !errors.Is(err, errBadRecord) {
			t.Errorf("%+v with a byte more: err %v, want errBadRecord", r, err)
		}
	}
}

func TestInputRoundTrip(t *testing.T) {
	for _, in := range []InputSummary{
		{},
		{Path: "in/2024-01-02.jsonl.gz", SHA256: Digest{1, 2, 31: 3}, Articles: 1000, Rejects: 2},
		{Path: "dir/é 東.txt", Articles: 1<<31 - 1, Rejects: 1<<31 - 1},
	} {
		b := appendInput(nil, in)
		got, err := parseInput(b)
		if err != nil || got != in {
			t.Errorf("round trip of %+v: got %+v, %v", in, got, err)
		}
		if _, err := parseInput(b[:len(b)-1]); !errors.Is(err, errBadRecord) {
			t.Errorf("%+v cut short: err %v, want errBadRecord", in, err)
		}
	}
}

// TestCollectSortsOnDisk checks that collect finds the same articles,
// duplicates and rejects, in scan order, whether its sorts fit one chunk
// in memory or spill to disk, and that it leaves only its references
// behind.
func TestCollectSortsOnDisk(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		// x and y are kept; z is outside the date range, but a later z
		// is a duplicate all the same.
		"a.jsonl": `{"id":"x","date":"2024-01-02","text":"India and Russia met."}
not json
{"id":"y","date":"2024-01-01","text":"Talks went on."}
`,
		"b.jsonl": `{"id":"x","date":"2024-01-02","text":"A copy."}
{"id":"z","date":"2023-12-01","text":"Too early."}
{"id":"y","date":"2024-01-03","text":"Another copy."}
`,
		"c.jsonl": `{"id":"z","date":"2024-01-02","text":"In range, but z was seen."}
{"id":"w","date":"2024-01-02","text":"Kept too."}
{"id":"v"}
`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	path := func(name string) string { return filepath.Join(dir, name) }
	wantRejects := []string{
		path("a.jsonl") + ":2 bad_json",
		path("b.jsonl") + ":1 duplicate_id article id first seen in " + path("a.jsonl") + ":1",
		path("b.jsonl") + ":3 duplicate_id article id first seen in " + path("a.jsonl") + ":3",
		path("c.jsonl") + ":1 duplicate_id article id first seen in " + path("b.jsonl") + ":2",
		path("c.jsonl") + ":3 missing_field",
	}
	wantRefs := []string{"2024-01-01 y", "2024-01-02 w", "2024-01-02 x"}
	wantCounts := map[string][2]int{"a.jsonl": {2, 1}, "b.jsonl": {0, 2}, "c.jsonl": {1, 2}}

	since, _ := time.Parse(DateLayout, "2024-01-01")
	var ref *inputs
	for _, chunk := range []int{1 << 16, 2, 1} {
		t.Run(fmt.Sprintf("chunk %d", chunk), func(t *testing.T) {
			old := sortChunk
			sortChunk = chunk
			defer func() { sortChunk = old }()
			spill := filepath.Join(t.TempDir(), "spill")
			sum := &RunSummary{}
			in, err := collect(context.Background(), RunConfig{Inputs: []string{dir}, Jobs: 2, Since: since}, sum, spill, false, 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			var rejects []string
			for _, r := range readAll(t, in.rejects, rejectCodec) {
				s := fmt.Sprintf("%s:%d %s", r.Path, r.Line, r.Reason)
				if r.Reason == ReasonDuplicateID {
					s += " " + r.Detail
				}
				rejects = append(rejects, s)
			}
			if !slices.Equal(rejects, wantRejects) {
				t.Errorf("rejects:\n%q\nwant\n%q", rejects, wantRejects)
			}
			var refs []string
			for _, r := range readAll(t, in.refs, refCodec) {
				refs = append(refs, fmtDate(r.date.ToTime())+" "+r.id)
			}
			if !slices.Equal(refs, wantRefs) {
				t.Errorf("references %q, want %q", refs, wantRefs)
			}
			for _, is := range readInputs(t, sum) {
				if got := [2]int{is.Articles, is.Rejects}; got != wantCounts[filepath.Base(is.Path)] {
					t.Errorf("%s: articles, rejects = %v, want %v", is.Path, got, wantCounts[filepath.Base(is.Path)])
				}
			}
			if sum.Articles != 3 || in.articles != 3 || len(in.dates) != 2 || in.dates[1].articles != 2 {
				t.Errorf("%d articles (%d in inputs), dates %+v", sum.Articles, in.articles, in.dates)
			}
			// Only the kept articles the run will analyse stay.
			if len(in.kept.m) != 3 {
				t.Errorf("%d articles kept, want 3", len(in.kept.m))
			}
			var left []string
			entries, err := os.ReadDir(spill)
			for _, e := range entries {
				left = append(left, e.Name())
			}
			if err != nil || !slices.Equal(left, []string{"inputs", "refs", "rejects"}) {
				t.Errorf("spill directory holds %v, %v; want inputs, refs and rejects", left, err)
			}
			if in.nRejects != len(wantRejects) || in.rejectReasons[ReasonDuplicateID] != 3 {
				t.Errorf("%d rejects counted, reasons %v", in.nRejects, in.rejectReasons)
			}
			in.refs, in.rejects = "", ""
			if ref == nil {
				ref = in
			} else if !reflect.DeepEqual(in.dates, ref.dates) {
				t.Errorf("differs from the sort in one chunk:\n%+v\n%+v", in, ref)
			}
		})
	}
}

// TestSpillSorterStops checks that a sort abandoned midway, or cancelled,
// ends without leaving goroutines blocked or files behind.
func TestSpillSorterStops(t *testing.T) {
	old := sortChunk
	sortChunk = 4
	defer func() { sortChunk = old }()
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	s := newSpillSorter(ctx, dir, refCodec, byIDSeq)
	for i := range 100 {
		if err := s.add(articleRef{id: fmt.Sprint(i % 37), seq: int64(i)}); err != nil {
			t.Fatal(err)
		}
	}
	var err error
	n := 0
	var prev articleRef
	for r := range s.sorted(&err) {
		if n > 0 && byIDSeq(prev, r) > 0 {
			t.Fatalf("%+v after %+v", r, prev)
		}
		prev = r
		if n++; n == 10 {
			break
		}
	}
	s.stop()
	if err != nil {
		t.Fatal(err)
	}

	s = newSpillSorter(ctx, dir, refCodec, byIDSeq)
	cancel()
	for i := 0; ; i++ {
		if err := s.add(articleRef{id: fmt.Sprint(i)}); err != nil {
			if !errors.Is(err, context.Canceled) {
				t.Errorf("add after cancel: %v", err)
			}
			break
		}
	}
	s.stop()
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
}
