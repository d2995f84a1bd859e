// Package chart draws the daily stance-per-party chart of `stance report`
// with gonum.org/v1/plot.
//
// It is pure: series in, a drawing out (to an io.Writer or a draw.Canvas);
// it never opens a file. The chart has two panels sharing one date axis:
//
//   - top: stance_mean per party per day, one thin line per party with a
//     small dot on every day that has mentions; a day without mentions is a
//     gap in that party's line, never a zero. A dashed line marks stance 0.
//     With Spec.Window set, the main line is a rolling mention-weighted
//     mean and the daily means are drawn faint behind it.
//   - bottom: the number of mentions per day as stacked bars, one colour per
//     party (the same colours as the lines), so the eye can tell a swing
//     carried by hundreds of mentions from one carried by two.
//
// The legend sits in a strip to the right of both panels, outside the data.
package chart

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	stddraw "image/draw"
	"io"
	"math"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// DPI is the resolution the chart is laid out at: one pixel of a PNG is one
// CSS pixel of the SVG.
const DPI = 96

// ErrNoData reports a chart request without any data point.
var ErrNoData = errors.New("chart: no data points")

// Point is one party's value on one day.
type Point struct {
	Day      int32   // days since 1970-01-01, as in an Arrow date32
	Stance   float64 // stance_mean in [-1, 1]
	Mentions int     // n_mentions that day
	// Low and High bound the day's 95% interval for Stance when HasCI.
	Low, High float64
	HasCI     bool
}

// FewMentions is the number of mentions under which a day's mean is drawn
// as a ring: it rests on too little to read a swing into.
const FewMentions = 5

// Series is one party's points, sorted by day, at most one per day.
type Series struct {
	Party  string // party id, e.g. "US"
	Label  string // legend text; Party when empty
	Points []Point
}

// Spec is what to draw.
type Spec struct {
	Title string
	// First and Last bound the date axis (inclusive, days since the epoch).
	// When both are zero they are taken from the data.
	First, Last int32
	// Window, when above 1, draws each party's mention-weighted rolling
	// mean over that many days as its main line, with the daily means
	// faint behind it: over months, daily means of a few dozen mentions
	// are too noisy to follow six parties at once.
	Window int
	Series []Series
}

// Chart is a laid-out chart, ready to draw at any size.
type Chart struct {
	stance, volume *plot.Plot
	legend         plot.Legend
	ticks          *dateTicker
	volumeTicks    *dateTicker
}

// Palette is the line and bar colour of the n-th series: the Okabe-Ito
// colour-blind-safe set (without its yellow, too pale on white), then a few
// darker extras. Series beyond it reuse the colours with dashed lines.
var Palette = []color.RGBA{
	{0x00, 0x72, 0xB2, 0xFF}, // blue
	{0xD5, 0x5E, 0x00, 0xFF}, // vermillion
	{0x00, 0x9E, 0x73, 0xFF}, // bluish green
	{0xCC, 0x79, 0xA7, 0xFF}, // reddish purple
	{0xE6, 0x9F, 0x00, 0xFF}, // orange
	{0x56, 0xB4, 0xE9, 0xFF}, // sky blue
	{0x33, 0x33, 0x33, 0xFF}, // near black
	{0x8C, 0x56, 0x4B, 0xFF}, // brown
	{0x7F, 0x3C, 0x8D, 0xFF}, // violet
}

var (
	gridColor = color.Gray{Y: 0xE4}
	zeroColor = color.Gray{Y: 0x70}
)

// New lays out the chart for spec. It fails with ErrNoData when no series
// has a point.
func New(spec Spec) (*Chart, error) {
	first, last, ok := dayRange(spec)
	if !ok {
		return nil, ErrNoData
	}
	if last < first {
		return nil, fmt.Errorf("chart: last day %d before first day %d", last, first)
	}
	xmin, xmax := float64(first)-0.6, float64(last)+0.6

	c := &Chart{
		stance:      plot.New(),
		volume:      plot.New(),
		legend:      plot.NewLegend(),
		ticks:       &dateTicker{maxLabels: 10},
		volumeTicks: &dateTicker{maxLabels: 10, labels: true},
	}
	st, vol := c.stance, c.volume
	st.Title.Text = spec.Title
	st.Title.TextStyle.Font.Size = vg.Points(13)
	st.Title.Padding = vg.Points(6)
	for _, p := range []*plot.Plot{st, vol} {
		p.X.Min, p.X.Max = xmin, xmax
		p.X.Padding, p.Y.Padding = 0, 0
		p.Y.Tick.Label.Font.Size = vg.Points(9)
		p.X.Tick.Label.Font.Size = vg.Points(9)
		p.Y.Label.TextStyle.Font.Size = vg.Points(10)
	}
	st.X.Tick.Marker = c.ticks
	for _, p := range []*plot.Plot{st, vol} {
		for _, f := range []*font.Font{&p.Title.TextStyle.Font, &p.X.Label.TextStyle.Font, &p.Y.Label.TextStyle.Font,
			&p.X.Tick.Label.Font, &p.Y.Tick.Label.Font} {
			f.Variant = "Sans"
		}
	}
	vol.X.Tick.Marker = c.volumeTicks

	// Stance panel: symmetric around 0, so up is favourable and down is
	// unfavourable at a glance, padded, and never beyond [-1, 1].
	lim := 0.1
	for _, s := range spec.Series {
		for _, pt := range s.Points {
			lim = math.Max(lim, math.Abs(pt.Stance))
		}
	}
	lim = math.Min(1, math.Ceil(lim*1.1*10)/10)
	st.Y.Min, st.Y.Max = -lim, lim
	st.Y.Label.Text = "mean stance (−1 against … +1 for)"
	st.Y.Tick.Marker = symTicker{}
	grid := plotter.NewGrid()
	grid.Vertical.Color, grid.Horizontal.Color = nil, gridColor
	grid.Horizontal.Width = vg.Points(0.5)
	vgrid := dateGrid{ticker: c.volumeTicks, style: draw.LineStyle{Color: gridColor, Width: vg.Points(0.5)}}
	st.Add(grid, vgrid)
	zero := plotter.NewFunction(func(float64) float64 { return 0 })
	zero.Color, zero.Width, zero.Dashes = zeroColor, vg.Points(0.8), []vg.Length{vg.Points(4), vg.Points(3)}
	st.Add(zero)

	hgrid := plotter.NewGrid()
	hgrid.Vertical.Color, hgrid.Horizontal.Color = nil, gridColor
	hgrid.Horizontal.Width = vg.Points(0.5)
	vol.Add(hgrid, vgrid)
	vol.Y.Label.Text = "mentions per day"
	vol.Y.Min = 0
	vol.Y.Tick.Marker = countTicker{}

	c.legend.TextStyle.Font.Size = vg.Points(10)
	c.legend.TextStyle.Font.Variant = "Sans"
	c.legend.Padding = vg.Points(4)
	c.legend.Top, c.legend.Left = true, true
	c.legend.ThumbnailWidth = vg.Points(18)

	c.addSeries(spec, first, last)
	return c, nil
}

// addSeries draws each party's line, dots, interval band and bars, and
// the legend entries that explain them.
func (c *Chart) addSeries(spec Spec, first, last int32) {
	st, vol := c.stance, c.volume
	smooth := spec.Window > 1
	bars := &stackedBars{width: 0.8}
	var faint, main []plot.Plotter // faint daily layers go under every main line
	for i, s := range spec.Series {
		col := Palette[i%len(Palette)]
		line := draw.LineStyle{Color: col, Width: vg.Points(1.2)}
		if i >= len(Palette) {
			line.Dashes = []vg.Length{vg.Points(5), vg.Points(2)}
		}
		glyph := draw.GlyphStyle{Color: col, Radius: vg.Points(2), Shape: draw.CircleGlyph{}}
		daily := inRange(s.Points, first, last)
		for _, pt := range daily {
			bars.add(pt.Day, pt.Mentions, col)
		}
		shown := daily
		if smooth {
			light := color.NRGBA{col.R, col.G, col.B, 0x50}
			faint = append(faint, runLines(daily, draw.LineStyle{Color: light, Width: vg.Points(0.6), Dashes: line.Dashes})...)
			faint = append(faint, dots(daily, draw.GlyphStyle{Color: light, Radius: vg.Points(1), Shape: draw.CircleGlyph{}}, false))
			shown = Rolling(daily, spec.Window)
			line.Width = vg.Points(1.6)
		}
		if !smooth {
			faint = append(faint, bands(daily, color.NRGBA{col.R, col.G, col.B, 0x30})...)
		}
		main = append(main, runLines(shown, line)...)
		// Without smoothing every day gets a dot (a ring when it rests on
		// few mentions); with it only days that no line reaches (a run of
		// one day) do.
		sc := dots(shown, glyph, smooth)
		if !smooth {
			sc = dots(atLeast(shown, FewMentions), glyph, false)
			ring := draw.GlyphStyle{Color: col, Radius: vg.Points(2.5), Shape: draw.RingGlyph{}}
			main = append(main, dots(fewer(shown, FewMentions), ring, false))
		}
		main = append(main, sc)
		label := s.Label
		if label == "" {
			label = s.Party
		}
		c.legend.Add(label, &plotter.Line{LineStyle: line}, sc)
	}
	st.Add(faint...)
	st.Add(main...)
	if !smooth {
		grey := color.NRGBA{0x55, 0x55, 0x55, 0xFF}
		c.legend.Add("")
		c.legend.Add("95% interval", &plotter.Polygon{Color: color.NRGBA{0x55, 0x55, 0x55, 0x30}})
		c.legend.Add(fmt.Sprintf("< %d mentions", FewMentions), &plotter.Scatter{GlyphStyle: draw.GlyphStyle{Color: grey, Radius: vg.Points(2.5), Shape: draw.RingGlyph{}}})
	}
	if smooth {
		c.legend.Add("")
		grey := color.NRGBA{0x55, 0x55, 0x55, 0xFF}
		c.legend.Add("daily mean", &plotter.Line{LineStyle: draw.LineStyle{Color: color.NRGBA{0x55, 0x55, 0x55, 0x50}, Width: vg.Points(0.6)}})
		c.legend.Add(fmt.Sprintf("%d-day mean", spec.Window), &plotter.Line{LineStyle: draw.LineStyle{Color: grey, Width: vg.Points(1.6)}})
	}
	vol.Add(bars)
	vol.Y.Max = math.Max(1, bars.max()*1.05)
}

// inRange returns the points inside [first, last] with a finite stance.
func inRange(pts []Point, first, last int32) []Point {
	var out []Point
	for _, pt := range pts {
		if pt.Day >= first && pt.Day <= last && !math.IsNaN(pt.Stance) && !math.IsInf(pt.Stance, 0) {
			out = append(out, pt)
		}
	}
	return out
}

// Runs splits points (sorted by day) into runs of consecutive days: a day
// without a point ends a line, so missing data shows as a gap, never as 0.
func Runs(pts []Point) [][]Point {
	var out [][]Point
	for i, pt := range pts {
		if i == 0 || pt.Day != pts[i-1].Day+1 {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], pt)
	}
	return out
}

// Rolling returns, for each point, the mean stance over the window days
// ending on its day, weighted by mentions (so it equals the mean over all
// mentions of those days). Days without a point stay without one.
func Rolling(pts []Point, window int) []Point {
	out := make([]Point, len(pts))
	lo := 0
	var sum float64
	var n int
	for i, pt := range pts {
		sum += pt.Stance * float64(pt.Mentions)
		n += pt.Mentions
		for pts[lo].Day <= pt.Day-int32(window) {
			sum -= pts[lo].Stance * float64(pts[lo].Mentions)
			n -= pts[lo].Mentions
			lo++
		}
		out[i] = pt
		if n > 0 {
			out[i].Stance = sum / float64(n)
		}
	}
	return out
}

// runLines draws one line per run of consecutive days.
func runLines(pts []Point, style draw.LineStyle) []plot.Plotter {
	var out []plot.Plotter
	for _, run := range Runs(pts) {
		if len(run) < 2 {
			continue
		}
		l := &plotter.Line{XYs: xys(run), LineStyle: style}
		out = append(out, l)
	}
	return out
}

// bands shades each run of days that have intervals: a polygon from the
// low bounds forward and the high bounds back.
func bands(pts []Point, fill color.Color) []plot.Plotter {
	var out []plot.Plotter
	var run []Point
	flush := func() {
		if len(run) >= 2 {
			var xy plotter.XYs
			for _, p := range run {
				xy = append(xy, plotter.XY{X: float64(p.Day), Y: p.Low})
			}
			for i := len(run) - 1; i >= 0; i-- {
				xy = append(xy, plotter.XY{X: float64(run[i].Day), Y: run[i].High})
			}
			if poly, err := plotter.NewPolygon(xy); err == nil {
				poly.Color, poly.LineStyle.Width = fill, 0
				out = append(out, poly)
			}
		}
		run = run[:0]
	}
	for i, p := range pts {
		if !p.HasCI || i > 0 && pts[i-1].Day != p.Day-1 {
			flush()
		}
		if p.HasCI {
			run = append(run, p)
		}
	}
	flush()
	return out
}

// atLeast and fewer split points by their mentions.
func atLeast(pts []Point, n int) []Point {
	var out []Point
	for _, p := range pts {
		if p.Mentions >= n {
			out = append(out, p)
		}
	}
	return out
}

func fewer(pts []Point, n int) []Point {
	var out []Point
	for _, p := range pts {
		if p.Mentions < n {
			out = append(out, p)
		}
	}
	return out
}

// dots draws a glyph on every point, or with isolatedOnly only on points
// that are a run of their own.
func dots(pts []Point, style draw.GlyphStyle, isolatedOnly bool) *plotter.Scatter {
	var sel []Point
	if isolatedOnly {
		for _, run := range Runs(pts) {
			if len(run) == 1 {
				sel = append(sel, run[0])
			}
		}
	} else {
		sel = pts
	}
	return &plotter.Scatter{XYs: xys(sel), GlyphStyle: style}
}

func xys(pts []Point) plotter.XYs {
	out := make(plotter.XYs, len(pts))
	for i, pt := range pts {
		out[i] = plotter.XY{X: float64(pt.Day), Y: pt.Stance}
	}
	return out
}

// dayRange returns the date-axis bounds of spec.
func dayRange(spec Spec) (first, last int32, ok bool) {
	first, last = math.MaxInt32, math.MinInt32
	for _, s := range spec.Series {
		for _, pt := range s.Points {
			ok = true
			first, last = min(first, pt.Day), max(last, pt.Day)
		}
	}
	if spec.First != 0 || spec.Last != 0 {
		first, last = spec.First, spec.Last
	}
	return first, last, ok
}

// Draw draws the chart onto dc: the two panels on the left, aligned on the
// same date axis, and the legend in a strip on the right.
func (c *Chart) Draw(dc draw.Canvas) {
	legendW := c.legendWidth()
	main := dc
	main.Max.X -= legendW
	// About 110 points per date label keeps "2024-03-11" labels well apart.
	n := int((main.Max.X - main.Min.X) / vg.Points(110))
	c.ticks.maxLabels, c.volumeTicks.maxLabels = max(n, 2), max(n, 2)

	h := main.Max.Y - main.Min.Y
	split := main.Min.Y + h*0.32
	top, bottom := main, main
	top.Min.Y = split
	bottom.Max.Y = split
	top.Min.Y += vg.Points(2)
	alignX([]*plot.Plot{c.stance, c.volume}, []*draw.Canvas{&top, &bottom})
	c.stance.Draw(top)
	c.volume.Draw(bottom)

	leg := dc
	leg.Min.X = dc.Max.X - legendW + vg.Points(10)
	leg.Max.Y = c.stance.DataCanvas(top).Max.Y
	c.legend.Draw(leg)
}

// legendWidth is the width of the legend strip.
func (c *Chart) legendWidth() vg.Length {
	r := c.legend.Rectangle(draw.Canvas{Rectangle: vg.Rectangle{Max: vg.Point{X: 1000, Y: 1000}}})
	return r.Size().X + vg.Points(20)
}

// alignX crops each canvas so that the data areas of the plots share the
// same left and right edges, so one date sits at one x in every panel.
func alignX(ps []*plot.Plot, cs []*draw.Canvas) {
	var left, right vg.Length
	for i, p := range ps {
		d := p.DataCanvas(*cs[i])
		left = max(left, d.Min.X-cs[i].Min.X)
		right = max(right, cs[i].Max.X-d.Max.X)
	}
	for i, p := range ps {
		d := p.DataCanvas(*cs[i])
		cs[i].Min.X += left - (d.Min.X - cs[i].Min.X)
		cs[i].Max.X -= right - (cs[i].Max.X - d.Max.X)
	}
}

// WritePNG draws the chart as a width x height pixel PNG on white.
func (c *Chart) WritePNG(w io.Writer, width, height int) error {
	if width <= 0 || height <= 0 {
		return fmt.Errorf("chart: size %dx%d", width, height)
	}
	img := image.NewRGBA(image.Rect(0, 0, width, height))
	stddraw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, stddraw.Src)
	cv := vgimg.NewWith(vgimg.UseImage(img), vgimg.UseDPI(DPI))
	c.Draw(draw.New(cv))
	if _, err := (vgimg.PngCanvas{Canvas: cv}).WriteTo(w); err != nil {
		return fmt.Errorf("chart: encode PNG: %w", err)
	}
	return nil
}

// WriteSVG draws the chart as an SVG of width x height CSS pixels.
func (c *Chart) WriteSVG(w io.Writer, width, height int) error {
	if width <= 0 || height <= 0 {
		return fmt.Errorf("chart: size %dx%d", width, height)
	}
	px := vg.Inch / DPI
	cv := vgsvg.New(vg.Length(width)*px, vg.Length(height)*px)
	c.Draw(draw.New(cv))
	if _, err := cv.WriteTo(w); err != nil {
		return fmt.Errorf("chart: encode SVG: %w", err)
	}
	return nil
}

// stackedBars draws one bar per day, stacked by series in series order.
type stackedBars struct {
	width float64 // in days
	days  map[int32][]barPart
}

type barPart struct {
	n   int
	col color.Color
}

func (b *stackedBars) add(day int32, n int, col color.Color) {
	if n <= 0 {
		return
	}
	if b.days == nil {
		b.days = map[int32][]barPart{}
	}
	b.days[day] = append(b.days[day], barPart{n, col})
}

func (b *stackedBars) max() float64 {
	m := 0
	for _, parts := range b.days {
		t := 0
		for _, p := range parts {
			t += p.n
		}
		m = max(m, t)
	}
	return float64(m)
}

// Plot implements plot.Plotter.
func (b *stackedBars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	days := make([]int32, 0, len(b.days))
	for d := range b.days {
		days = append(days, d)
	}
	sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
	for _, d := range days {
		x0, x1 := trX(float64(d)-b.width/2), trX(float64(d)+b.width/2)
		if x1-x0 < vg.Points(0.75) { // keep at least about one pixel
			x1 = x0 + vg.Points(0.75)
		}
		y := 0
		for _, part := range b.days[d] {
			y0, y1 := trY(float64(y)), trY(float64(y+part.n))
			y += part.n
			poly := []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
			c.FillPolygon(part.col, c.ClipPolygonXY(poly))
		}
	}
}

// DataRange implements plot.DataRanger.
func (b *stackedBars) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = math.Inf(1), math.Inf(-1)
	for d := range b.days {
		xmin, xmax = math.Min(xmin, float64(d)), math.Max(xmax, float64(d))
	}
	if len(b.days) == 0 {
		xmin, xmax = 0, 0
	}
	return xmin, xmax, 0, b.max()
}

// symTicker labels the stance axis at round steps including 0.
type symTicker struct{}

// Ticks implements plot.Ticker.
func (symTicker) Ticks(lo, hi float64) []plot.Tick {
	step := 0.1
	for _, s := range []float64{0.1, 0.2, 0.25, 0.5} {
		step = s
		if (hi-lo)/s <= 8 {
			break
		}
	}
	var ts []plot.Tick
	for i := math.Ceil(lo/step - 1e-9); i*step <= hi+1e-9; i++ {
		v := i * step
		if math.Abs(v) < 1e-9 {
			v = 0
		}
		ts = append(ts, plot.Tick{Value: v, Label: fmt.Sprintf("%+.2g", v)})
	}
	for i := range ts {
		if ts[i].Value == 0 {
			ts[i].Label = "0"
		}
	}
	return ts
}

// countTicker labels a count axis at whole, round numbers.
type countTicker struct{}

// Ticks implements plot.Ticker.
func (countTicker) Ticks(lo, hi float64) []plot.Tick {
	step := 1.0
search:
	for mag := 1.0; mag < 1e12; mag *= 10 {
		for _, m := range []float64{1, 2, 5} {
			if step = m * mag; (hi-lo)/step <= 4 {
				break search
			}
		}
	}
	var ts []plot.Tick
	for v := math.Ceil(lo/step) * step; v <= hi; v += step {
		ts = append(ts, plot.Tick{Value: v, Label: fmt.Sprintf("%.0f", v)})
	}
	return ts
}
