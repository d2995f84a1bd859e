package chart

import (
	"bytes"
	"errors"
	"image/png"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

func day(s string) int32 {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return dayNumber(t)
}

func TestRunsGaps(t *testing.T) {
	d := day("2024-03-11")
	pts := []Point{{Day: d}, {Day: d + 1}, {Day: d + 3}, {Day: d + 5}, {Day: d + 6}, {Day: d + 7}}
	var got []int
	for _, r := range Runs(pts) {
		got = append(got, len(r))
	}
	if want := []int{2, 1, 3}; !slices.Equal(got, want) {
		t.Errorf("run lengths %v, want %v (a missing day must break the line)", got, want)
	}
}

func TestRollingIsMentionWeighted(t *testing.T) {
	d := day("2024-01-01")
	pts := []Point{
		{Day: d, Stance: 1, Mentions: 1},
		{Day: d + 1, Stance: -1, Mentions: 3},
		{Day: d + 3, Stance: 0.5, Mentions: 4}, // d+2 missing
		{Day: d + 10, Stance: 0.2, Mentions: 2},
	}
	got := Rolling(pts, 3)
	want := []float64{1, -0.5, (-3 + 2.0) / 7, 0.2} // window [d+1, d+3] for the third point
	if len(got) != len(want) {
		t.Fatalf("%d points, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Day != pts[i].Day || math.Abs(got[i].Stance-want[i]) > 1e-12 {
			t.Errorf("point %d = day %d %.4f, want day %d %.4f", i, got[i].Day, got[i].Stance, pts[i].Day, want[i])
		}
	}
}

func TestDateTicks(t *testing.T) {
	cases := []struct {
		name        string
		first, last string
		max         int
		want        []string // labels, in order
	}{
		{"four days", "2024-03-11", "2024-03-14", 8, []string{"2024-03-11", "2024-03-12", "2024-03-13", "2024-03-14"}},
		{"a week, few labels", "2024-03-11", "2024-03-17", 4, []string{"2024-03-11", "2024-03-13", "2024-03-15", "2024-03-17"}},
		{"a month", "2024-03-01", "2024-03-31", 6, []string{"2024-03-04", "2024-03-11", "2024-03-18", "2024-03-25"}},
		{"four months", "2024-01-01", "2024-04-29", 7, []string{"Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024"}},
		{"two years", "2023-01-15", "2024-12-31", 7, []string{"Apr 2023", "Jul 2023", "Oct 2023", "Jan 2024", "Apr 2024", "Jul 2024", "Oct 2024"}},
		{"two years, fewer labels", "2023-01-15", "2024-12-31", 6, []string{"Jul 2023", "Jan 2024", "Jul 2024"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tk := &dateTicker{maxLabels: c.max, labels: true}
			var labels []string
			for _, x := range tk.Ticks(float64(day(c.first))-0.6, float64(day(c.last))+0.6) {
				if x.Label != "" {
					labels = append(labels, x.Label)
				}
			}
			if strings.Join(labels, ",") != strings.Join(c.want, ",") {
				t.Errorf("labels %v, want %v", labels, c.want)
			}
			if len(labels) > c.max {
				t.Errorf("%d labels, more than %d", len(labels), c.max)
			}
		})
	}
}

func TestWritePNGAndSVG(t *testing.T) {
	d := day("2024-03-11")
	spec := Spec{Title: "t", Series: []Series{
		{Party: "US", Points: []Point{{Day: d, Stance: -0.4, Mentions: 3, Low: -0.6, High: -0.2, HasCI: true},
			{Day: d + 1, Stance: 0.2, Mentions: 5, Low: 0, High: 0.4, HasCI: true}, {Day: d + 3, Stance: 0.1, Mentions: 1}}},
		{Party: "RU", Points: []Point{{Day: d + 2, Stance: 0.5, Mentions: 2}}},
	}}
	for _, window := range []int{0, 7} {
		spec.Window = window
		c, err := New(spec)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := c.WritePNG(&buf, 640, 360); err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != 640 || b.Dy() != 360 {
			t.Errorf("window %d: PNG is %v, want 640x360", window, b)
		}
		buf.Reset()
		if err := c.WriteSVG(&buf, 640, 360); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "<svg") {
			t.Errorf("window %d: SVG output has no <svg element", window)
		}
	}
}

func TestNewNoData(t *testing.T) {
	if _, err := New(Spec{Series: []Series{{Party: "US"}}}); !errors.Is(err, ErrNoData) {
		t.Errorf("New without points: %v, want ErrNoData", err)
	}
}

func TestBands(t *testing.T) {
	d := day("2024-03-11")
	pts := []Point{
		{Day: d, Low: -0.2, High: 0.1, HasCI: true},
		{Day: d + 1, Low: -0.1, High: 0.2, HasCI: true},
		{Day: d + 2}, // no interval: the band stops
		{Day: d + 3, Low: 0, High: 0.3, HasCI: true},
		{Day: d + 5, Low: 0, High: 0.3, HasCI: true}, // a gap of a day: a new run
		{Day: d + 6, Low: 0.1, High: 0.4, HasCI: true},
	}
	got := bands(pts, Palette[0])
	if len(got) != 2 {
		t.Fatalf("%d bands, want 2 (runs of two days with intervals)", len(got))
	}
	if len(fewer([]Point{{Mentions: 4}, {Mentions: 5}}, FewMentions)) != 1 || len(atLeast([]Point{{Mentions: 4}, {Mentions: 5}}, FewMentions)) != 1 {
		t.Error("few-mention split")
	}
}
