package main

import (
	"encoding/json"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stance-news/stance/jobs"
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
	checkChartPNG(t, pngPath, jobs.DefaultReportWidth, jobs.DefaultReportHeight)
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
			"--parties", "US,RU,CN", "--since", "2024-03-11", "--until", "2024-03-13")
		if r.code != 0 {
			t.Fatalf("report: exit %d\n%s", r.code, r.stderr)
		}
		checkChartPNG(t, p, 800, 400)
	})

	t.Run("usage errors", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "x.png")
		for _, args := range [][]string{
			{"report", "--out", out}, // nothing to write
			{"report", "--png", p},   // no --out
			{"report", "--out", filepath.Join(out, "nope"), "--png", p},
			{"report", "--out", out, "--png", p, "--since", "2030-01-01"},
			{"report", "--out", out, "--png", p, "--until", "2024-02-30"},
			{"report", "--out", out, "--png", p, "--parties", "XX"},
		} {
			if r := stance(t, "", args...); r.code != exitUsage {
				t.Errorf("stance %v: exit %d, want %d\n%s", args, r.code, exitUsage, r.stderr)
			}
		}
	})
}

// checkChartPNG decodes a PNG, checks its size, and checks that the plot
// area (the middle of the image) holds more than a background colour.
func checkChartPNG(t *testing.T, path string, w, h int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s does not decode as PNG: %v", path, err)
	}
	if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
		t.Fatalf("%s is %dx%d, want %dx%d", path, b.Dx(), b.Dy(), w, h)
	}
	area := image.Rect(w/10, h/10, w*7/10, h*9/10)
	seen := map[[4]uint32]int{}
	for y := area.Min.Y; y < area.Max.Y; y++ {
		for x := area.Min.X; x < area.Max.X; x++ {
			r, g, b, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, b, a}]++
		}
	}
	if len(seen) < 3 {
		t.Fatalf("%s: plot area has %d distinct colours; blank chart", path, len(seen))
	}
	// At least 1% of the plot area is ink (neither the white background
	// nor the light grid), so lines or bars were drawn.
	white := seen[[4]uint32{0xffff, 0xffff, 0xffff, 0xffff}]
	if total := area.Dx() * area.Dy(); total-white < total/100 {
		t.Errorf("%s: only %d of %d plot-area pixels are not white", path, total-white, total)
	}
}
