package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stance-news/stance/jobs"
)

func TestMedian(t *testing.T) {
	tests := []struct {
		xs   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{1.9}, 1.9},
		{[]float64{2.0, 1.8}, 1.9},
		{[]float64{1.92, 1.86, 1.89}, 1.89},
		{[]float64{4, 1, 3, 2}, 2.5},
	}
	for _, tt := range tests {
		if got := median(tt.xs); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.xs, got, tt.want)
		}
	}
}

func TestReadRuns(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, jobsN int, wallMS int64, cpu float64) {
		t.Helper()
		s := jobs.RunSummary{Args: jobs.RunArgs{Jobs: jobsN}, TextBytes: 100 << 20, DurationMS: wallMS, CPUSeconds: cpu, PeakRSSBytes: 200 << 20}
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("summary-2-2.json", 2, 10_000, 20)
	write("summary-1-2.json", 1, 20_000, 20)
	write("summary-1.json", 1, 25_000, 25) // the one-round layout: round 1
	write("summary-notes.json", 1, 1, 1)   // not a run summary: ignored
	runs, err := readRuns(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ jobs, round int }{{1, 1}, {1, 2}, {2, 2}}
	if len(runs) != len(want) {
		t.Fatalf("%d runs, want %d: %+v", len(runs), len(want), runs)
	}
	for i, w := range want {
		if runs[i].jobs != w.jobs || runs[i].round != w.round {
			t.Errorf("run %d: jobs %d round %d, want jobs %d round %d", i, runs[i].jobs, runs[i].round, w.jobs, w.round)
		}
	}
	if r := runs[2]; r.perWall != 10 || r.perCPU != 5 || r.peakRSS != 200 {
		t.Errorf("jobs 2: %.2f MB/wall-s, %.2f MB/cpu-s, %.0f MB RSS; want 10, 5, 200", r.perWall, r.perCPU, r.peakRSS)
	}
	if _, err := readRuns(t.TempDir()); err == nil {
		t.Error("an empty directory: want an error")
	}
}

func TestMemoryReport(t *testing.T) {
	dir := t.TempDir()
	for name, s := range map[string]jobs.RunSummary{
		"memory-1000.json": {TextBytes: 1000 << 20, CPUSeconds: 200, PeakRSSBytes: 240 << 20, Articles: 500, Inputs: make([]jobs.InputSummary, 500)},
		"memory-100.json":  {TextBytes: 100 << 20, CPUSeconds: 25, PeakRSSBytes: 200 << 20, Articles: 50, Inputs: make([]jobs.InputSummary, 50)},
	} {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out strings.Builder
	if err := memoryReport(&out, dir); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 5 || !strings.HasPrefix(lines[1], "memory-100 ") || !strings.HasPrefix(lines[2], "memory-1000 ") {
		t.Fatalf("report, smallest corpus first:\n%s", out.String())
	}
	for _, want := range []string{"4.00", "5.00", "    50 ", "200 MB", "240 MB"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
	if want := "peak RSS +40 MB (+20%) for 10.0 times the text"; lines[4] != want {
		t.Errorf("last line %q, want %q", lines[4], want)
	}
	if err := memoryReport(&out, t.TempDir()); err == nil {
		t.Error("an empty directory: want an error")
	}
}
