package jobs

import (
	"bytes"
	"cmp"
	"context"
	"encoding/base64"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"github.com/stance-news/stance/internal/durable"
	"github.com/stance-news/stance/jobs/chart"
)

// Report defaults.
const (
	// DefaultReportWidth and DefaultReportHeight are the chart size in pixels.
	DefaultReportWidth  = 1200
	DefaultReportHeight = 600
	// DefaultReportParties is how many parties the chart shows when none
	// are named: those with the most mentions in the date range.
	DefaultReportParties = 6
	// ReportSmoothAfter is the date-axis span in days beyond which the chart
	// adds a ReportSmoothDays rolling mean per party (see chart.Spec.Window).
	ReportSmoothAfter = 42
	ReportSmoothDays  = 7
	// ReportExtremes is how many sentences per party and side the HTML page
	// lists as most negative and most positive.
	ReportExtremes = 5
)

// ReportConfig configures Report.
type ReportConfig struct {
	Out     string    // output directory of `stance run`
	Parties []string  // party ids to draw; empty: the DefaultReportParties most mentioned
	Since   time.Time // first date (inclusive); zero: the first partition
	Until   time.Time // last date (inclusive); zero: the last partition
	PNG     string    // chart as PNG; empty: none
	SVG     string    // chart as SVG; empty: none
	HTML    string    // self-contained page with the chart and extreme sentences; empty: none
	Width   int       // chart width in pixels; 0: DefaultReportWidth
	Height  int       // chart height in pixels; 0: DefaultReportHeight
}

// ReportSummary says what Report drew and wrote.
type ReportSummary struct {
	Since      string               `json:"since"` // first and last date on the axis
	Until      string               `json:"until"`
	Partitions int                  `json:"partitions"` // party_daily partitions read
	Parties    []ReportPartySummary `json:"parties"`    // in legend order
	// SmoothingDays is the rolling-mean window drawn over the daily means;
	// 0 when the range is short enough to show daily means alone.
	SmoothingDays int      `json:"smoothing_days"`
	Missing       []string `json:"missing,omitempty"` // requested parties without data
	Files         []string `json:"files"`
}

// ReportPartySummary is one drawn party.
type ReportPartySummary struct {
	Party string `json:"party"`
	// Days with mentions, total mentions, and the mention-weighted mean
	// stance over the range.
	Days       int     `json:"days"`
	Mentions   int     `json:"mentions"`
	StanceMean float64 `json:"stance_mean"`
}

// Report reads party_daily under cfg.Out and draws stance_mean per party per
// day (see package chart for the encoding), as PNG and/or SVG, and
// optionally an HTML page with the chart and, per party, the sentences with
// the most negative and most positive stance (read from mentions joined to
// sentences). Every file is written atomically. Usage errors (no output
// requested, no partitions in the range, none of the named parties found)
// wrap ErrUsage.
func Report(ctx context.Context, cfg ReportConfig) (ReportSummary, error) {
	var sum ReportSummary
	if err := validateReport(&cfg); err != nil {
		return sum, err
	}

	dates, err := reportDates(cfg.Out, cfg.Since, cfg.Until)
	if err != nil {
		return sum, err
	}
	if len(dates) == 0 {
		return sum, fmt.Errorf("%w: report: no %s partitions in %s for %s", ErrUsage, TablePartyDaily, cfg.Out, rangeText(cfg.Since, cfg.Until))
	}
	sum.Partitions = len(dates)
	daily := map[string][]chart.Point{}
	for _, d := range dates {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		if err := readPartyDaily(ctx, partitionFile(cfg.Out, TablePartyDaily, d), daily); err != nil {
			return sum, err
		}
	}

	parties, missing := pickParties(daily, cfg.Parties)
	sum.Missing = missing
	if len(parties) == 0 {
		return sum, fmt.Errorf("%w: report: none of the parties %s has mentions in %s", ErrUsage, strings.Join(cfg.Parties, ","), rangeText(cfg.Since, cfg.Until))
	}
	first, last := dates[0], dates[len(dates)-1]
	if !cfg.Since.IsZero() {
		first = cfg.Since
	}
	if !cfg.Until.IsZero() {
		last = cfg.Until
	}
	sum.Since, sum.Until = first.Format(DateLayout), last.Format(DateLayout)
	spec := chart.Spec{
		Title: fmt.Sprintf("Daily mean stance toward each party, %s to %s", sum.Since, sum.Until),
		First: date32(first), Last: date32(last),
	}
	if int(spec.Last-spec.First)+1 > ReportSmoothAfter {
		spec.Window = ReportSmoothDays
		sum.SmoothingDays = ReportSmoothDays
		spec.Title = fmt.Sprintf("Stance toward each party, %d-day mean (daily means faint), %s to %s", spec.Window, sum.Since, sum.Until)
	}
	for _, p := range parties {
		pts := daily[p]
		ps := ReportPartySummary{Party: p, Days: len(pts)}
		var weighted float64
		for _, pt := range pts {
			ps.Mentions += pt.Mentions
			weighted += pt.Stance * float64(pt.Mentions)
		}
		if ps.Mentions > 0 {
			ps.StanceMean = weighted / float64(ps.Mentions)
		}
		sum.Parties = append(sum.Parties, ps)
		spec.Series = append(spec.Series, chart.Series{
			Party: p, Label: fmt.Sprintf("%s (%d mentions)", p, ps.Mentions), Points: pts,
		})
	}
	ch, err := chart.New(spec)
	if err != nil {
		return sum, fmt.Errorf("report: %w", err)
	}

	return sum, writeReport(ctx, cfg, ch, &sum, dates, parties)
}

// validateReport checks cfg and fills in its default size.
func validateReport(cfg *ReportConfig) error {
	if cfg.PNG == "" && cfg.SVG == "" && cfg.HTML == "" {
		return fmt.Errorf("%w: report: nothing to write: no PNG, SVG or HTML file named", ErrUsage)
	}
	if cfg.Width == 0 {
		cfg.Width = DefaultReportWidth
	}
	if cfg.Height == 0 {
		cfg.Height = DefaultReportHeight
	}
	if cfg.Width < 300 || cfg.Height < 200 || cfg.Width > 10000 || cfg.Height > 10000 {
		return fmt.Errorf("%w: report: size %dx%d pixels outside 300x200 .. 10000x10000", ErrUsage, cfg.Width, cfg.Height)
	}
	if !cfg.Since.IsZero() && !cfg.Until.IsZero() && cfg.Until.Before(cfg.Since) {
		return fmt.Errorf("%w: report: last date %s is before first date %s", ErrUsage, cfg.Until.Format(DateLayout), cfg.Since.Format(DateLayout))
	}
	if st, err := os.Stat(cfg.Out); err != nil || !st.IsDir() {
		return fmt.Errorf("%w: report: %s is not an output directory", ErrUsage, cfg.Out)
	}
	return nil
}

// writeReport writes the chart ch as the PNG, SVG and HTML files cfg
// names, recording them in sum; the HTML page also lists each party's
// most negative and positive sentences of dates.
func writeReport(ctx context.Context, cfg ReportConfig, ch *chart.Chart, sum *ReportSummary, dates []time.Time, parties []string) error {
	var png []byte
	if cfg.PNG != "" || cfg.HTML != "" {
		var buf bytes.Buffer
		if err := ch.WritePNG(&buf, cfg.Width, cfg.Height); err != nil {
			return fmt.Errorf("report: %w", err)
		}
		png = buf.Bytes()
	}
	if cfg.PNG != "" {
		if err := durable.WriteAtomic(cfg.PNG, png); err != nil {
			return fmt.Errorf("report: %w", err)
		}
		sum.Files = append(sum.Files, cfg.PNG)
	}
	if cfg.SVG != "" {
		var buf bytes.Buffer
		if err := ch.WriteSVG(&buf, cfg.Width, cfg.Height); err != nil {
			return fmt.Errorf("report: %w", err)
		}
		if err := durable.WriteAtomic(cfg.SVG, buf.Bytes()); err != nil {
			return fmt.Errorf("report: %w", err)
		}
		sum.Files = append(sum.Files, cfg.SVG)
	}
	if cfg.HTML != "" {
		ext, err := readExtremes(ctx, cfg.Out, dates, parties, ReportExtremes)
		if err != nil {
			return err
		}
		page, err := reportHTML(*sum, ext, png, cfg.Width)
		if err != nil {
			return err
		}
		if err := durable.WriteAtomic(cfg.HTML, page); err != nil {
			return fmt.Errorf("report: %w", err)
		}
		sum.Files = append(sum.Files, cfg.HTML)
	}
	return nil
}

func rangeText(since, until time.Time) string {
	f := func(t time.Time, open string) string {
		if t.IsZero() {
			return open
		}
		return t.Format(DateLayout)
	}
	return f(since, "the first date") + " .. " + f(until, "the last date")
}

// reportDates lists the dates of party_daily partitions with a data file,
// inside [since, until] (a zero bound is open), sorted.
func reportDates(out string, since, until time.Time) ([]time.Time, error) {
	dirs, err := filepath.Glob(filepath.Join(out, TablePartyDaily, "date=*"))
	if err != nil {
		return nil, fmt.Errorf("report: list %s partitions: %w", TablePartyDaily, err)
	}
	var dates []time.Time
	for _, dir := range dirs {
		d, err := time.Parse(DateLayout, strings.TrimPrefix(filepath.Base(dir), "date="))
		if err != nil {
			continue // not a partition stance wrote
		}
		if (!since.IsZero() && d.Before(since)) || (!until.IsZero() && d.After(until)) {
			continue
		}
		if _, err := os.Stat(partitionFile(out, TablePartyDaily, d)); err != nil {
			continue
		}
		dates = append(dates, d)
	}
	slices.SortFunc(dates, func(a, b time.Time) int { return a.Compare(b) })
	return dates, nil
}

func partitionFile(out, table string, d time.Time) string {
	return filepath.Join(partitionDir(out, table, d), PartFile+".parquet")
}

func date32(t time.Time) int32 { return int32(arrow.Date32FromTime(t)) }

// readParquet reads a whole Parquet file into an Arrow table.
func readParquet(ctx context.Context, path string) (arrow.Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	defer f.Close()
	tbl, err := pqarrow.ReadTable(ctx, f, nil, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	if err != nil {
		return nil, fmt.Errorf("report: read %s: %w", path, err)
	}
	return tbl, nil
}

// columns holds the named columns of one record batch with their types
// checked, so a file from another schema version fails with a clear error.
type columns struct {
	path string
	rec  arrow.RecordBatch
	err  error
}

func (c *columns) col(name string) arrow.Array {
	idx := c.rec.Schema().FieldIndices(name)
	if len(idx) == 0 {
		if c.err == nil {
			c.err = fmt.Errorf("report: %s: no column %q", c.path, name)
		}
		return nil
	}
	return c.rec.Column(idx[0])
}

func colAs[T arrow.Array](c *columns, name string) T {
	var zero T
	a := c.col(name)
	if a == nil {
		return zero
	}
	t, ok := a.(T)
	if !ok {
		if c.err == nil {
			c.err = fmt.Errorf("report: %s: column %q has type %s, want %T", c.path, name, a.DataType(), zero)
		}
		return zero
	}
	return t
}

// eachBatch calls fn with every record batch of the Parquet file at path.
func eachBatch(ctx context.Context, path string, fn func(c *columns) error) error {
	tbl, err := readParquet(ctx, path)
	if err != nil {
		return err
	}
	defer tbl.Release()
	tr := array.NewTableReader(tbl, -1)
	defer tr.Release()
	for tr.Next() {
		c := &columns{path: path, rec: tr.RecordBatch()}
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}

// readPartyDaily appends one point per row of a party_daily file to daily.
func readPartyDaily(ctx context.Context, path string, daily map[string][]chart.Point) error {
	return eachBatch(ctx, path, func(c *columns) error {
		day := colAs[*array.Date32](c, "article_date")
		party := colAs[*array.String](c, "party")
		n := colAs[*array.Int32](c, "n_mentions")
		mean := colAs[*array.Float32](c, "stance_mean")
		if c.err != nil {
			return c.err
		}
		// the interval columns came with schema version 6; older
		// partitions draw without bands.
		var lo, hi *array.Float32
		if len(c.rec.Schema().FieldIndices("stance_ci_low")) > 0 {
			lo, hi = colAs[*array.Float32](c, "stance_ci_low"), colAs[*array.Float32](c, "stance_ci_high")
			if c.err != nil {
				return c.err
			}
		}
		for i := 0; i < int(c.rec.NumRows()); i++ {
			p := party.Value(i)
			pt := chart.Point{Day: int32(day.Value(i)), Stance: float64(mean.Value(i)), Mentions: int(n.Value(i))}
			if lo != nil && lo.IsValid(i) && hi.IsValid(i) {
				pt.Low, pt.High, pt.HasCI = float64(lo.Value(i)), float64(hi.Value(i)), true
			}
			daily[p] = append(daily[p], pt)
		}
		return nil
	})
}

// pickParties returns the requested parties that have data, in the order
// given, and those that have none; with no request, the
// DefaultReportParties parties with the most mentions (ties by id).
func pickParties(daily map[string][]chart.Point, want []string) (parties, missing []string) {
	if len(want) > 0 {
		seen := map[string]bool{}
		for _, p := range want {
			p = strings.TrimSpace(p)
			if p == "" || seen[p] {
				continue
			}
			seen[p] = true
			if len(daily[p]) > 0 {
				parties = append(parties, p)
			} else {
				missing = append(missing, p)
			}
		}
		return parties, missing
	}
	type total struct {
		party string
		n     int
	}
	var all []total
	for p, pts := range daily {
		t := total{party: p}
		for _, pt := range pts {
			t.n += pt.Mentions
		}
		all = append(all, t)
	}
	slices.SortFunc(all, func(a, b total) int {
		return cmp.Or(cmp.Compare(b.n, a.n), strings.Compare(a.party, b.party))
	})
	for i := 0; i < len(all) && i < DefaultReportParties; i++ {
		parties = append(parties, all[i].party)
	}
	return parties, nil
}

// extreme is one (sentence, party) pair for the HTML table.
type extreme struct {
	Date        string
	ArticleID   string
	SentenceIdx int32
	MentionIdx  int32
	PartyName   string
	Mention     string
	Stance      float32
	Label       string
	Evidence    []string
	Text        string
}

// partyExtremes are one party's most negative and most positive sentences.
type partyExtremes struct {
	Party, Name        string
	Negative, Positive []extreme
}

// readExtremes keeps, per party, the k sentences with the lowest stance
// (below zero) and the k with the highest (above zero), reading one
// partition at a time, then fills in their text from sentences. A sentence
// that mentions a party twice counts once, with its most extreme mention.
func readExtremes(ctx context.Context, out string, dates []time.Time, parties []string, k int) ([]partyExtremes, error) {
	idx := map[string]int{}
	res := make([]partyExtremes, len(parties))
	for i, p := range parties {
		idx[p] = i
		res[i].Party = p
	}
	for _, d := range dates {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		path := partitionFile(out, TableMentions, d)
		if _, err := os.Stat(path); err != nil {
			continue // party_daily without mentions: nothing to list
		}
		err := eachBatch(ctx, path, func(c *columns) error {
			art := colAs[*array.String](c, "article_id")
			sent := colAs[*array.Int32](c, "sentence_idx")
			men := colAs[*array.Int32](c, "mention_idx")
			party := colAs[*array.String](c, "party")
			name := colAs[*array.String](c, "party_name")
			mention := colAs[*array.String](c, "mention")
			stance := colAs[*array.Float32](c, "stance")
			label := colAs[*array.String](c, "stance_label")
			ev := colAs[*array.List](c, "evidence")
			if c.err != nil {
				return c.err
			}
			evWords, ok := ev.ListValues().(*array.String)
			if !ok {
				return fmt.Errorf("report: %s: evidence is %s, want list<string>", path, ev.DataType())
			}
			for i := 0; i < int(c.rec.NumRows()); i++ {
				pi, ok := idx[party.Value(i)]
				if !ok {
					continue
				}
				res[pi].Name = name.Value(i)
				s := stance.Value(i)
				if s == 0 {
					continue
				}
				e := extreme{
					Date: d.Format(DateLayout), ArticleID: art.Value(i), SentenceIdx: sent.Value(i),
					MentionIdx: men.Value(i), PartyName: name.Value(i), Mention: mention.Value(i),
					Stance: s, Label: label.Value(i),
				}
				if ev.IsValid(i) {
					lo, hi := ev.ValueOffsets(i)
					for j := lo; j < hi; j++ {
						e.Evidence = append(e.Evidence, evWords.Value(int(j)))
					}
				}
				if s < 0 {
					res[pi].Negative = keepExtremes(res[pi].Negative, e, k, -1)
				} else {
					res[pi].Positive = keepExtremes(res[pi].Positive, e, k, +1)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return res, fillSentenceText(ctx, out, res)
}

// keepExtremes inserts e into list (sorted most extreme first for the sign
// dir) and keeps at most k entries, one per sentence. Ties go to the
// earlier date, article, sentence and mention, so the page is deterministic.
func keepExtremes(list []extreme, e extreme, k, dir int) []extreme {
	better := func(a, b extreme) int { // <0 when a ranks before b
		return cmp.Or(
			cmp.Compare(float64(b.Stance)*float64(dir), float64(a.Stance)*float64(dir)),
			strings.Compare(a.Date, b.Date), strings.Compare(a.ArticleID, b.ArticleID),
			cmp.Compare(a.SentenceIdx, b.SentenceIdx), cmp.Compare(a.MentionIdx, b.MentionIdx),
		)
	}
	for i, x := range list {
		if x.Date == e.Date && x.ArticleID == e.ArticleID && x.SentenceIdx == e.SentenceIdx {
			if better(e, x) < 0 {
				list = slices.Delete(list, i, i+1)
				break
			}
			return list
		}
	}
	pos, _ := slices.BinarySearchFunc(list, e, better)
	if pos >= k {
		return list
	}
	list = slices.Insert(list, pos, e)
	if len(list) > k {
		list = list[:k]
	}
	return list
}

// fillSentenceText reads the sentences partitions of the kept extremes and
// joins them on (article_id, sentence_idx).
func fillSentenceText(ctx context.Context, out string, res []partyExtremes) error {
	type key struct {
		article string
		idx     int32
	}
	need := map[string]map[key][]*extreme{} // by date
	for i := range res {
		for _, list := range [][]extreme{res[i].Negative, res[i].Positive} {
			for j := range list {
				e := &list[j]
				if need[e.Date] == nil {
					need[e.Date] = map[key][]*extreme{}
				}
				kk := key{e.ArticleID, e.SentenceIdx}
				need[e.Date][kk] = append(need[e.Date][kk], e)
			}
		}
	}
	days := make([]string, 0, len(need))
	for d := range need {
		days = append(days, d)
	}
	slices.Sort(days)
	for _, day := range days {
		d, err := time.Parse(DateLayout, day)
		if err != nil {
			return err
		}
		path := partitionFile(out, TableSentences, d)
		err = eachBatch(ctx, path, func(c *columns) error {
			art := colAs[*array.String](c, "article_id")
			sent := colAs[*array.Int32](c, "sentence_idx")
			text := colAs[*array.String](c, "text")
			if c.err != nil {
				return c.err
			}
			for i := 0; i < int(c.rec.NumRows()); i++ {
				for _, e := range need[day][key{art.Value(i), sent.Value(i)}] {
					e.Text = text.Value(i)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

var reportPage = template.Must(template.New("report").Funcs(template.FuncMap{
	"signed": func(f float32) string { return fmt.Sprintf("%+.3f", f) },
	"join":   func(s []string) string { return strings.Join(s, " ") },
	"dict": func(kv ...any) map[string]any {
		m := map[string]any{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[fmt.Sprint(kv[i])] = kv[i+1]
		}
		return m
	},
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>stance report {{.Sum.Since}} to {{.Sum.Until}}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; max-width: {{.Width}}px; }
img { max-width: 100%; height: auto; border: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1.5em; font-size: 0.9em; }
th, td { border-bottom: 1px solid #e4e4e4; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.neg { color: #b2182b; } td.pos { color: #2166ac; }
code { font-size: 0.95em; }
.note { color: #666; font-size: 0.9em; }
</style>
</head>
<body>
<h1>Stance toward parties, {{.Sum.Since}} to {{.Sum.Until}}</h1>
<p><img alt="Daily mean stance per party (top) and mentions per day (bottom)" src="{{.PNG}}"></p>
<p class="note">Top: mean stance of the day's mentions per party (a gap means no mentions that day){{if .Sum.SmoothingDays}};
the bold lines are the mean over the last {{.Sum.SmoothingDays}} days, weighted by mentions, with the daily means faint behind them{{else}};
the shaded band around each line is the 95% interval of the day's mean, bootstrapped over the day's articles (none on a day of a
single article), and a ring marks a day resting on fewer than 5 mentions. Read a rise or a fall as real only when the bands of the
two days do not overlap; a ring is too little to read anything into{{end}}.
Bottom: mentions per day, stacked by party. Read from {{.Sum.Partitions}} <code>party_daily</code> partitions.</p>
<table>
<tr><th>party</th><th>days with mentions</th><th>mentions</th><th>mean stance (mention-weighted)</th></tr>
{{range .Sum.Parties}}<tr><td>{{.Party}}</td><td class="num">{{.Days}}</td><td class="num">{{.Mentions}}</td><td class="num">{{printf "%+.3f" .StanceMean}}</td></tr>
{{end}}</table>
{{range .Extremes}}
<h2>{{.Party}}{{if .Name}} — {{.Name}}{{end}}</h2>
{{template "side" dict "Title" "Most negative" "Rows" .Negative "Class" "neg"}}
{{template "side" dict "Title" "Most positive" "Rows" .Positive "Class" "pos"}}
{{end}}
</body>
</html>
{{define "side"}}<h3>{{.Title}}</h3>
{{if .Rows}}<table>
<tr><th>stance</th><th>date</th><th>article</th><th>sentence</th><th>mention</th><th>evidence</th></tr>
{{range .Rows}}<tr><td class="num {{$.Class}}">{{signed .Stance}}</td><td class="num">{{.Date}}</td><td><code>{{.ArticleID}}</code>#{{.SentenceIdx}}</td><td>{{.Text}}</td><td>{{.Mention}}</td><td><code>{{join .Evidence}}</code></td></tr>
{{end}}</table>{{else}}<p class="note">none</p>{{end}}
{{end}}`))

// reportHTML renders the self-contained page: the chart inline as a PNG
// data URI, and the extreme sentences per party.
func reportHTML(sum ReportSummary, ext []partyExtremes, png []byte, width int) ([]byte, error) {
	var buf bytes.Buffer
	err := reportPage.Execute(&buf, map[string]any{
		"Sum": sum, "Extremes": ext, "Width": width,
		// The data URI holds the PNG this function was given, never input text.
		"PNG": template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(png)),
	})
	if err != nil {
		return nil, fmt.Errorf("report: render HTML: %w", err)
	}
	return buf.Bytes(), nil
}
