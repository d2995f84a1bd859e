package chart

import (
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

// dateTicker marks a date axis whose values are days since the epoch. It
// picks the finest of a fixed set of calendar steps (1, 2, 7, 14 days; 1, 2,
// 3, 6, 12 months) that yields at most maxLabels labels, so labels never
// overlap, and adds unlabelled minor ticks at the next finer unit.
type dateTicker struct {
	maxLabels int
	labels    bool // false: ticks (and grid lines) without labels
}

type dateStep struct {
	days, months int
}

var dateSteps = []dateStep{{days: 1}, {days: 2}, {days: 7}, {days: 14}, {months: 1}, {months: 2}, {months: 3}, {months: 6}, {months: 12}}

// Ticks implements plot.Ticker.
func (t *dateTicker) Ticks(lo, hi float64) []plot.Tick {
	first, last := dayOf(lo, true), dayOf(hi, false)
	if last < first {
		return nil
	}
	step := dateSteps[len(dateSteps)-1]
	var major []int32
	for _, s := range dateSteps {
		major = stepDays(first, last, s)
		if len(major) <= max(t.maxLabels, 1) {
			step = s
			break
		}
	}
	major = stepDays(first, last, step)
	isMajor := map[int32]bool{}
	var ts []plot.Tick
	for _, d := range major {
		isMajor[d] = true
		ts = append(ts, plot.Tick{Value: float64(d), Label: t.label(d, step)})
	}
	// Minor ticks (on the labelled axis only): days under day steps up to
	// two months; Mondays under longer day steps and under month steps up
	// to about a year; months beyond.
	if !t.labels {
		return ts
	}
	var minor []int32
	span := last - first + 1
	switch {
	case step.days > 1 && span <= 62:
		minor = stepDays(first, last, dateStep{days: 1})
	case step.days > 7:
		minor = stepDays(first, last, dateStep{days: 7})
	case step.months > 0 && span <= 400:
		minor = stepDays(first, last, dateStep{days: 7})
	case step.months > 1:
		minor = stepDays(first, last, dateStep{months: 1})
	}
	for _, d := range minor {
		if !isMajor[d] {
			ts = append(ts, plot.Tick{Value: float64(d)})
		}
	}
	return ts
}

func (t *dateTicker) label(d int32, s dateStep) string {
	if !t.labels {
		return ""
	}
	return dateLabel(d, s)
}

func dateLabel(d int32, s dateStep) string {
	if s.months > 0 {
		return date(d).Format("Jan 2006")
	}
	return date(d).Format("2006-01-02")
}

// stepDays lists the days in [first, last] on the calendar grid of s:
// every n-th day counted from first for 1 and 2 days, Mondays for weeks
// (every other Monday for 14 days), the first of every n-th month
// (counted from January) for months.
func stepDays(first, last int32, s dateStep) []int32 {
	var out []int32
	switch {
	case s.days == 1 || s.days == 2:
		for d := first; d <= last; d += int32(s.days) {
			out = append(out, d)
		}
	case s.days > 0:
		d := first
		for date(d).Weekday() != time.Monday {
			d++
		}
		for ; d <= last; d += int32(s.days) {
			out = append(out, d)
		}
	default:
		t := date(first)
		m := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		if m.Before(t) {
			m = m.AddDate(0, 1, 0)
		}
		for (int(m.Month())-1)%s.months != 0 {
			m = m.AddDate(0, 1, 0)
		}
		for d := dayNumber(m); d <= last; d = dayNumber(m) {
			out = append(out, d)
			m = m.AddDate(0, s.months, 0)
		}
	}
	return out
}

// date is the UTC midnight of day d since the epoch.
func date(d int32) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// dayNumber is the day since the epoch of t's date.
func dayNumber(t time.Time) int32 { return int32(t.Unix() / 86400) }

// dayOf rounds an axis value to a whole day inside the axis range.
func dayOf(v float64, up bool) int32 {
	d := int32(v)
	if up && float64(d) < v {
		d++
	}
	if !up && float64(d) > v {
		d--
	}
	return d
}

// dateGrid draws a vertical grid line at every labelled date of a ticker.
// (plotter.Grid skips ticks without a label, which the stance panel's
// ticks are.)
type dateGrid struct {
	ticker *dateTicker
	style  draw.LineStyle
}

// Plot implements plot.Plotter.
func (g dateGrid) Plot(c draw.Canvas, p *plot.Plot) {
	trX, _ := p.Transforms(&c)
	labels := *g.ticker
	labels.labels = true
	for _, tk := range labels.Ticks(p.X.Min, p.X.Max) {
		if tk.Label == "" {
			continue
		}
		x := trX(tk.Value)
		if x < c.Min.X || x > c.Max.X {
			continue
		}
		c.StrokeLine2(g.style, x, c.Min.Y, x, c.Max.Y)
	}
}
