package jobs

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"github.com/stance-news/stance/jobs/chart"
	"github.com/stance-news/stance/jobs/outputtest"
)

// writeFixture writes one table partition with the contract schema; fill
// appends the rows.
func writeFixture(t *testing.T, out, table string, d time.Time, fill func(b *array.RecordBuilder)) {
	t.Helper()
	schema := Schema(table, strings.Repeat("0", 64))
	b := array.NewRecordBuilder(memory.NewGoAllocator(), schema)
	defer b.Release()
	fill(b)
	rec := b.NewRecordBatch()
	defer rec.Release()
	path := partitionFile(out, table, d)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w, err := pqarrow.NewFileWriter(schema, f, parquet.NewWriterProperties(), // uncompressed: zstd is slow to set up under -race
		pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(rec); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

type dailyRow struct {
	party    string
	mentions int32
	stance   float32
}

type mentionRow struct {
	article  string
	sentence int32
	mention  int32
	party    string
	stance   float32
	evidence []string
	text     string
}

func writeDay(t *testing.T, out string, d time.Time, daily []dailyRow, mentions []mentionRow) {
	t.Helper()
	d32 := arrow.Date32FromTime(d)
	writeFixture(t, out, TablePartyDaily, d, func(b *array.RecordBuilder) {
		for _, r := range daily {
			b.Field(0).(*array.Date32Builder).Append(d32)
			b.Field(1).(*array.StringBuilder).Append(r.party)
			for i := 2; i <= 4; i++ {
				b.Field(i).(*array.Int32Builder).Append(r.mentions)
			}
			b.Field(5).(*array.Float32Builder).Append(r.stance)
			for i := 6; i <= 8; i++ {
				b.Field(i).(*array.Float32Builder).Append(1.0 / 3)
			}
			b.Field(9).(*array.Int32Builder).Append(r.mentions)
			b.Field(10).(*array.Float32Builder).Append(r.stance - 0.1)
			b.Field(11).(*array.Float32Builder).Append(r.stance + 0.1)
		}
	})
	if mentions == nil {
		return
	}
	writeFixture(t, out, TableMentions, d, func(b *array.RecordBuilder) {
		for _, m := range mentions {
			b.Field(0).(*array.StringBuilder).Append(m.article)
			b.Field(1).(*array.Date32Builder).Append(d32)
			b.Field(2).(*array.Int32Builder).Append(m.sentence)
			b.Field(3).(*array.Int32Builder).Append(m.mention)
			b.Field(4).(*array.StringBuilder).Append(m.party)
			b.Field(5).(*array.StringBuilder).Append("Name of " + m.party)
			b.Field(6).(*array.StringBuilder).Append("name")
			b.Field(7).(*array.StringBuilder).Append(m.party)
			b.Field(8).(*array.Int32Builder).Append(0)
			b.Field(9).(*array.Int32Builder).Append(2)
			b.Field(10).(*array.Float32Builder).Append(m.stance)
			label := "neutral"
			if m.stance < 0 {
				label = "negative"
			} else if m.stance > 0 {
				label = "positive"
			}
			b.Field(11).(*array.StringBuilder).Append(label)
			for i := 12; i <= 14; i++ {
				b.Field(i).(*array.Float32Builder).Append(1.0 / 3)
			}
			lb := b.Field(15).(*array.ListBuilder)
			lb.Append(true)
			for _, w := range m.evidence {
				lb.ValueBuilder().(*array.StringBuilder).Append(w)
			}
		}
	})
	writeFixture(t, out, TableSentences, d, func(b *array.RecordBuilder) {
		seen := map[string]bool{}
		for _, m := range mentions {
			key := m.article + "#" + string(rune('0'+m.sentence))
			if seen[key] {
				continue
			}
			seen[key] = true
			b.Field(0).(*array.StringBuilder).Append(m.article)
			b.Field(1).(*array.Date32Builder).Append(d32)
			b.Field(2).(*array.Int32Builder).Append(m.sentence)
			b.Field(3).(*array.Int32Builder).Append(0)
			b.Field(4).(*array.Int32Builder).Append(int32(len([]rune(m.text))))
			b.Field(5).(*array.StringBuilder).Append(m.text)
			b.Field(6).(*array.Int32Builder).Append(5)
			b.Field(7).(*array.Float32Builder).Append(0)
			b.Field(8).(*array.StringBuilder).Append("neutral")
		}
	})
}

func mustDate(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// fixtureOut writes 60 days from 2024-01-01: AA every day (most mentions),
// BB on even days only, CC on three days, plus mentions and sentences on
// the first two days.
func fixtureOut(t *testing.T) string {
	out := t.TempDir()
	start := mustDate(t, "2024-01-01")
	for i := range 60 {
		d := start.AddDate(0, 0, i)
		daily := []dailyRow{{"AA", 10 + int32(i%5), float32(i%7)/10 - 0.3}}
		if i%2 == 0 {
			daily = append(daily, dailyRow{"BB", 4, -0.2})
		}
		if i == 5 || i == 6 || i == 40 {
			daily = append(daily, dailyRow{"CC", 1, 0.6})
		}
		var mentions []mentionRow
		switch i {
		case 0:
			mentions = []mentionRow{
				{"a1", 0, 0, "AA", -0.9, []string{"-sanctions", "-threat"}, "AA threatened <b>sanctions</b> on BB."},
				{"a1", 0, 1, "BB", 0.4, []string{"+talks"}, ""},
				{"a1", 1, 0, "AA", 0.7, []string{"+praised"}, "BB praised AA."},
				{"a1", 1, 1, "AA", 0.2, nil, ""}, // second mention of AA in the same sentence
			}
		case 1:
			mentions = []mentionRow{{"a2", 0, 0, "AA", -0.5, []string{"-condemned"}, "Critics condemned AA."}}
		}
		writeDay(t, out, d, daily, mentions)
	}
	return out
}

// TestReport runs Report over one synthetic output directory (writing it
// takes most of the time under -race).
func TestReport(t *testing.T) {
	out := fixtureOut(t)
	t.Run("all outputs", func(t *testing.T) { testReportOutputs(t, out) })
	t.Run("range and parties", func(t *testing.T) { testReportRangeAndParties(t, out) })
	t.Run("usage errors", func(t *testing.T) { testReportUsageErrors(t, out) })
}

func testReportOutputs(t *testing.T, out string) {
	dir := t.TempDir()
	cfg := ReportConfig{
		Out: out, PNG: filepath.Join(dir, "r.png"), SVG: filepath.Join(dir, "r.svg"), HTML: filepath.Join(dir, "r.html"),
		Width: 900, Height: 450,
	}
	sum, err := Report(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Since != "2024-01-01" || sum.Until != "2024-02-29" || sum.Partitions != 60 {
		t.Errorf("range %s..%s over %d partitions, want 2024-01-01..2024-02-29 over 60", sum.Since, sum.Until, sum.Partitions)
	}
	var got []string
	for _, p := range sum.Parties {
		got = append(got, p.Party)
	}
	if strings.Join(got, ",") != "AA,BB,CC" {
		t.Errorf("parties %v, want AA,BB,CC (by mentions)", got)
	}
	if sum.Parties[1].Days != 30 || sum.Parties[1].Mentions != 120 || sum.Parties[2].Days != 3 {
		t.Errorf("party summaries %+v", sum.Parties)
	}
	if sum.SmoothingDays != ReportSmoothDays {
		t.Errorf("60 days drawn with smoothing %d, want %d", sum.SmoothingDays, ReportSmoothDays)
	}
	if len(sum.Files) != 3 {
		t.Errorf("files %v", sum.Files)
	}
	outputtest.CheckChartPNG(t, cfg.PNG, 900, 450)
	svg, err := os.ReadFile(cfg.SVG)
	if err != nil || !bytes.Contains(svg, []byte("<svg")) {
		t.Errorf("SVG: %v, %.80q", err, svg)
	}

	page, err := os.ReadFile(cfg.HTML)
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	for _, want := range []string{
		`src="data:image/png;base64,`, "max-width: 900px", "the mean over the last 7 days",
		"AA threatened &lt;b&gt;sanctions&lt;/b&gt; on BB.", // escaped
		"-sanctions -threat", "Critics condemned AA.", "BB praised AA.", "2024-01-02", "Name of AA",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if strings.Contains(html, "<b>sanctions") {
		t.Error("HTML does not escape sentence text")
	}
	if n := strings.Count(html, "BB praised AA."); n != 1 {
		t.Errorf("a sentence mentioning AA twice is listed %d times, want once", n)
	}
}

// distinctColours counts the distinct colours inside r.
func testReportRangeAndParties(t *testing.T, out string) {
	png := filepath.Join(t.TempDir(), "r.png")
	sum, err := Report(context.Background(), ReportConfig{
		Out: out, PNG: png, Parties: []string{"CC", "ZZ", "AA"},
		Since: mustDate(t, "2024-01-05"), Until: mustDate(t, "2024-01-20"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Partitions != 16 || sum.Since != "2024-01-05" || sum.Until != "2024-01-20" || sum.SmoothingDays != 0 {
		t.Errorf("summary %+v", sum)
	}
	if len(sum.Parties) != 2 || sum.Parties[0].Party != "CC" || sum.Parties[0].Days != 2 || sum.Parties[1].Party != "AA" {
		t.Errorf("parties %+v, want CC (2 days) then AA", sum.Parties)
	}
	if len(sum.Missing) != 1 || sum.Missing[0] != "ZZ" {
		t.Errorf("missing %v, want [ZZ]", sum.Missing)
	}
	outputtest.CheckChartPNG(t, png, DefaultReportWidth, DefaultReportHeight)
}

func testReportUsageErrors(t *testing.T, out string) {
	png := filepath.Join(t.TempDir(), "r.png")
	cases := []struct {
		name string
		cfg  ReportConfig
	}{
		{"nothing to write", ReportConfig{Out: out}},
		{"no such dir", ReportConfig{Out: filepath.Join(out, "nope"), PNG: png}},
		{"empty dir", ReportConfig{Out: t.TempDir(), PNG: png}},
		{"range without partitions", ReportConfig{Out: out, PNG: png, Since: mustDate(t, "2025-01-01")}},
		{"until before since", ReportConfig{Out: out, PNG: png, Since: mustDate(t, "2024-01-05"), Until: mustDate(t, "2024-01-04")}},
		{"unknown parties", ReportConfig{Out: out, PNG: png, Parties: []string{"ZZ"}}},
		{"too small", ReportConfig{Out: out, PNG: png, Width: 50, Height: 50}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Report(context.Background(), c.cfg); !errors.Is(err, ErrUsage) {
				t.Errorf("Report: %v, want ErrUsage", err)
			}
		})
	}
	if _, err := os.Stat(png); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed report wrote %s", png)
	}
}

func TestPickPartiesDefault(t *testing.T) {
	daily := map[string][]chart.Point{}
	for i, p := range []string{"A", "B", "C", "D", "E", "F", "G", "H"} {
		daily[p] = []chart.Point{{Mentions: 10 - i}}
	}
	daily["Z"] = []chart.Point{{Mentions: 8}} // ties with C; C sorts first
	got, _ := pickParties(daily, nil)
	if strings.Join(got, ",") != "A,B,C,Z,D,E" {
		t.Errorf("default parties %v, want A,B,C,Z,D,E", got)
	}
}

func TestKeepExtremes(t *testing.T) {
	var neg []extreme
	for i, s := range []float32{-0.1, -0.9, -0.5, -0.9, -0.3} {
		neg = keepExtremes(neg, extreme{Date: "2024-01-01", ArticleID: "a", SentenceIdx: int32(i), Stance: s}, 3, -1)
	}
	var got []int32
	for _, e := range neg {
		got = append(got, e.SentenceIdx)
	}
	if len(got) != 3 || got[0] != 1 || got[1] != 3 || got[2] != 2 {
		t.Errorf("kept sentences %v, want [1 3 2] (ties by sentence)", got)
	}
	// A stronger mention of a sentence already kept replaces it.
	neg = keepExtremes(neg, extreme{Date: "2024-01-01", ArticleID: "a", SentenceIdx: 2, MentionIdx: 1, Stance: -0.95}, 3, -1)
	if len(neg) != 3 || neg[0].SentenceIdx != 2 || neg[0].Stance != -0.95 {
		t.Errorf("after a stronger mention: %+v", neg)
	}
}
