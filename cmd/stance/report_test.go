package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stance-news/stance/jobs"
	"github.com/stance-news/stance/jobs/outputtest"
)

// TestReportSample draws the chart for the sample corpus, as `make run`
// does, and checks the PNG: it decodes, has the requested size and the
// plot area is not blank.
func TestReportSample(t *testing.T) {
	out := t.TempDir()
	runSample(t, out)
	dir := t.TempDir()
	pngPath, svgPath, htmlPath := filepath.Join(dir, "r.png"), filepath.Join(dir, "r.svg"), filepath.Join(dir, "r.html")

	r := stance(t, "", "report", "--out", out, "--png", pngPath, "--svg", svgPath, "--html", htmlPath, "--json")
	if r.code != 0 {
		t.Fatalf("report: exit %d\n%s", r.code, r.stderr)
	}
	var sum jobs.ReportSummary
	if err := json.Unmarshal([]byte(r.stdout), &sum); err != nil {
		t.Fatalf("summary is not JSON: %v\n%s", err, r.stdout)
	}
	if sum.Since != "2024-03-11" || len(sum.Parties) != jobs.DefaultReportParties || len(sum.Files) != 3 {
		t.Errorf("summary: %+v", sum)
	}
	outputtest.CheckChartPNG(t, pngPath, jobs.DefaultReportWidth, jobs.DefaultReportHeight)
	if svg, err := os.ReadFile(svgPath); err != nil || !strings.Contains(string(svg), "<svg") {
		t.Errorf("SVG: %v", err)
	}
	page, err := os.ReadFile(htmlPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"data:image/png;base64,", "Most negative", "Most positive", "delhi-moscow-oil"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("HTML page lacks %q", want)
		}
	}

	t.Run("size and parties", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "small.png")
		r := stance(t, "", "report", "--out", out, "--png", p, "--width", "800", "--height", "400",
			"--party-ids", "US,RU,CN", "--since", "2024-03-11", "--until", "2024-03-13")
		if r.code != 0 {
			t.Fatalf("report: exit %d\n%s", r.code, r.stderr)
		}
		outputtest.CheckChartPNG(t, p, 800, 400)
	})

	t.Run("usage errors", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "x.png")
		for _, args := range [][]string{
			{"report", "--out", out}, // nothing to write
			{"report", "--png", p},   // no --out
			{"report", "--out", filepath.Join(out, "nope"), "--png", p},
			{"report", "--out", out, "--png", p, "--since", "2030-01-01"},
			{"report", "--out", out, "--png", p, "--until", "2024-02-30"},
			{"report", "--out", out, "--png", p, "--party-ids", "XX"},
		} {
			if r := stance(t, "", args...); r.code != exitUsage {
				t.Errorf("stance %v: exit %d, want %d\n%s", args, r.code, exitUsage, r.stderr)
			}
		}
	})
}
