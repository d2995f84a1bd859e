package jobs

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stance-news/stance/jobs/outputtest"
)

func TestShardOf(t *testing.T) {
	// The function is part of the contract (README): pin a few values.
	day := func(s string) time.Time { d, _ := ParseDate(s); return d }
	for _, c := range []struct {
		date string
		n    int
		want int
	}{
		{"2024-03-11", 1, 0}, {"2024-03-11", 3, 0}, {"2024-03-11", 7, 3}, {"2024-03-11", 8, 6},
		{"2024-03-12", 3, 2}, {"2024-03-12", 7, 0}, {"2026-12-04", 7, 2},
	} {
		if got := ShardOf(day(c.date), c.n); got != c.want {
			t.Errorf("ShardOf(%s, %d) = %d, want %d", c.date, c.n, got, c.want)
		}
	}
	// Over 30 days, 3 shards each get some dates.
	seen := map[int]int{}
	for i := range 30 {
		seen[ShardOf(day("2024-01-01").AddDate(0, 0, i), 3)]++
	}
	if len(seen) != 3 {
		t.Errorf("30 days over 3 shards: %v", seen)
	}
	for _, bad := range []string{"", "3", "3/3", "-1/3", "a/b", "0/0"} {
		if _, err := ParseShard(bad); err == nil {
			t.Errorf("ParseShard(%q) accepted", bad)
		}
	}
	if s, err := ParseShard("2/7"); err != nil || s != (Shard{2, 7}) || s.String() != "2/7" {
		t.Errorf("ParseShard(2/7) = %v, %v", s, err)
	}
}

// TestShardsUnion: n shard runs over the same inputs, one after the other
// into one output directory, write the same data files as one whole run,
// and between them report the same rejects: the duplicate of an earlier
// date's id and the undated reject once each.
func TestShardsUnion(t *testing.T) {
	in := smallCorpus(t, 300, 10, true) // with an undated reject
	dupDay := corpusStart.AddDate(0, 0, 6).Format(DateLayout)
	first := ""
	filepath.WalkDir(in, func(p string, d os.DirEntry, err error) error {
		if first == "" && err == nil && !d.IsDir() && filepath.Ext(p) == ".txt" && filepath.Base(p) != "zz-no-date.txt" {
			first = p
		}
		return nil
	})
	body, err := os.ReadFile(first)
	if err != nil {
		t.Fatal(err)
	}
	// The same id (file name) again, at a later date: a duplicate_id reject.
	dupDir := filepath.Join(in, "zz-later")
	os.MkdirAll(dupDir, 0o755)
	_, text, _ := strings.Cut(string(body), "\n")
	if err := os.WriteFile(filepath.Join(dupDir, filepath.Base(first)), []byte("date "+dupDay+"\n"+text), 0o644); err != nil {
		t.Fatal(err)
	}

	whole := t.TempDir()
	want, err := Run(context.Background(), testConfig(t, in, whole))
	if err != nil {
		t.Fatal(err)
	}
	if want.RejectReasons[ReasonDuplicateID] != 1 || want.RejectReasons[ReasonNoDate] != 1 {
		t.Fatalf("whole run rejects %v: want one duplicate_id and one no_date", want.RejectReasons)
	}
	wantFiles := dataBytes(t, whole)
	for _, n := range []int{1, 3, 7} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			out := t.TempDir()
			reasons := map[string]int{}
			articles, partitions := 0, 0
			for i := range n {
				cfg := testConfig(t, in, out)
				cfg.Shard = Shard{Index: i, Count: n}
				sum, err := Run(context.Background(), cfg)
				if err != nil {
					t.Fatalf("shard %d/%d: %v", i, n, err)
				}
				if sum.Args.Shard != fmt.Sprintf("%d/%d", i, n) {
					t.Errorf("manifest shard %q", sum.Args.Shard)
				}
				for _, p := range sum.Partitions {
					d, _ := ParseDate(p.Date)
					if ShardOf(d, n) != i {
						t.Errorf("shard %d/%d wrote %s, owned by shard %d", i, n, p.Date, ShardOf(d, n))
					}
				}
				for r, k := range sum.RejectReasons {
					reasons[r] += k
				}
				articles += sum.Articles
				partitions += len(sum.Partitions)
			}
			outputtest.SameFiles(t, fmt.Sprintf("%d shards against one run", n), dataBytes(t, out), wantFiles)
			if !maps.Equal(reasons, want.RejectReasons) || articles != want.Articles || partitions != len(want.Partitions) {
				t.Errorf("%d shards: %d articles, %d partitions, rejects %v; one run: %d, %d, %v",
					n, articles, partitions, reasons, want.Articles, len(want.Partitions), want.RejectReasons)
			}
		})
	}
}
