package jobs

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"

	"github.com/stance-news/stance/analysis/daily"
	"github.com/stance-news/stance/jobs/corpus"
	"github.com/stance-news/stance/jobs/source"
	"github.com/stance-news/stance/models/training"
)

// benchCorpus generates about mb MB of article text on one date and parses
// it into articles, in file order.
func benchCorpus(b *testing.B, mb int) []Article {
	b.Helper()
	dir := b.TempDir()
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := corpus.Write(dir, corpus.Options{Bytes: int64(mb) << 20, Days: 1, Start: start, Seed: 7}); err != nil {
		b.Fatal(err)
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil {
		b.Fatal(err)
	}
	sort.Strings(paths)
	var arts []Article
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		a, rej := source.ParseText(filepath.Base(p), data)
		if rej != nil {
			b.Fatalf("%s: %s", p, rej.Reason)
		}
		arts = append(arts, a)
	}
	return arts
}

func textBytes(arts []Article) int64 {
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text))
	}
	return n
}

// BenchmarkAnalyze measures the analysis stages together (segment, tokenize,
// parties, sentiment, stance) on generated articles; MB/s is article text.
func BenchmarkAnalyze(b *testing.B) {
	m, err := LoadModels(ModelOptions{})
	if err != nil {
		b.Fatal(err)
	}
	arts := benchCorpus(b, 2)
	b.SetBytes(textBytes(arts))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, a := range arts {
			if _, err := m.Pipeline.Analyze(a.Text, a.Date); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkAnalyzeNews is BenchmarkAnalyze on news text: the sentences of
// NewsMTSC's training set and of country-dev, in file order, joined 25 to an
// article (about 4,400 party mentions per MB, a quarter of the generated
// corpus's). It skips when ../shared/data is absent.
func BenchmarkAnalyzeNews(b *testing.B) {
	var sents []string
	for _, rel := range []string{"newsmtsc/train.jsonl", "country-dev/country_stance_dev.jsonl"} {
		exs, err := training.ReadNewsMTSC(sharedData(b, rel))
		if err != nil {
			b.Fatal(err)
		}
		for _, ex := range exs { // one example per target, a sentence's together
			if len(sents) == 0 || sents[len(sents)-1] != ex.Sentence {
				sents = append(sents, ex.Sentence)
			}
		}
	}
	var texts []string
	for i := 0; i < len(sents); i += 25 {
		texts = append(texts, strings.Join(sents[i:min(i+25, len(sents))], " "))
	}
	m, err := LoadModels(ModelOptions{})
	if err != nil {
		b.Fatal(err)
	}
	date := time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC)
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	mentions := 0
	for b.Loop() {
		mentions = 0
		for _, t := range texts {
			doc, err := m.Pipeline.Analyze(t, date)
			if err != nil {
				b.Fatal(err)
			}
			mentions += doc.NMentions
		}
	}
	b.ReportMetric(float64(mentions)/(float64(n)/(1<<20)), "mentions/MB")
}

// discardFile is an output file that keeps nothing.
type discardFile struct{ name string }

func (f discardFile) Write(p []byte) (int, error) { return len(p), nil }
func (f discardFile) Sync() error                 { return nil }
func (f discardFile) Close() error                { return nil }
func (f discardFile) Name() string                { return f.name }

// analysedCorpus returns the default models, the benchmark corpus of mb MB
// and its analyses by those models.
func analysedCorpus(b *testing.B, mb int) (*Models, []Article, []analysed) {
	b.Helper()
	m, err := LoadModels(ModelOptions{})
	if err != nil {
		b.Fatal(err)
	}
	arts := benchCorpus(b, mb)
	res := make([]analysed, len(arts))
	for i, a := range arts {
		doc, err := m.Pipeline.Analyze(a.Text, a.Date)
		if err != nil {
			b.Fatal(err)
		}
		res[i] = analysed{article: a, doc: doc}
	}
	return m, arts, res
}

// BenchmarkWrite measures building the rows of analysed articles and
// encoding them as Parquet and Arrow (the files are discarded); MB/s is
// article text.
func BenchmarkWrite(b *testing.B) {
	m, arts, res := analysedCorpus(b, 2)
	dir := b.TempDir()
	create := func(path string) (outFile, error) { return discardFile{path}, nil }
	date := arrow.Date32FromTime(arts[0].Date)
	b.SetBytes(textBytes(arts))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		ws := map[string]*partWriter{}
		for _, table := range DataTables {
			w, err := newPartWriter(filepath.Join(dir, table), Schema(table, m.SHA256), []string{FormatParquet, FormatArrow}, create)
			if err != nil {
				b.Fatal(err)
			}
			ws[table] = w
		}
		day := daily.NewDay()
		for _, r := range res {
			if err := appendArticle(ws, date, r.article, r.doc, day); err != nil {
				b.Fatal(err)
			}
		}
		if err := writeDaily(ws[TablePartyDaily], date, day); err != nil {
			b.Fatal(err)
		}
		for _, w := range ws {
			if err := w.close(); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkWritePartitions is BenchmarkWrite in the shape of a sparse
// archive: partitions of three articles each (the Wikinews pool holds about
// three a day), so the fixed cost of each partition's files shows;
// partitions/s counts the four tables of a date as one partition.
func BenchmarkWritePartitions(b *testing.B) {
	m, arts, res := analysedCorpus(b, 1)
	dir := b.TempDir()
	create := func(path string) (outFile, error) { return discardFile{path}, nil }
	date := arrow.Date32FromTime(arts[0].Date)
	const perPartition = 3
	parts := 0
	b.SetBytes(textBytes(arts))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for i := 0; i < len(res); i += perPartition {
			ws := map[string]*partWriter{}
			for _, table := range DataTables {
				w, err := newPartWriter(filepath.Join(dir, table), Schema(table, m.SHA256), []string{FormatParquet, FormatArrow}, create)
				if err != nil {
					b.Fatal(err)
				}
				ws[table] = w
			}
			day := daily.NewDay()
			for _, r := range res[i:min(i+perPartition, len(res))] {
				if err := appendArticle(ws, date, r.article, r.doc, day); err != nil {
					b.Fatal(err)
				}
			}
			if err := writeDaily(ws[TablePartyDaily], date, day); err != nil {
				b.Fatal(err)
			}
			for _, w := range ws {
				if err := w.close(); err != nil {
					b.Fatal(err)
				}
			}
			parts++
		}
	}
	b.ReportMetric(float64(parts)/b.Elapsed().Seconds(), "partitions/s")
}

// BenchmarkCollect measures the scan that plans a run, of one-article text
// files and of JSONL files of 1,000 articles, and reports what it keeps live
// per input file (live-B/input) and per article (live-B/article): the part
// of a run's memory that grows with the corpus.
func BenchmarkCollect(b *testing.B) {
	for _, bc := range []struct {
		name    string
		perFile int
	}{{"text", 1}, {"jsonl", 1000}} {
		b.Run(bc.name, func(b *testing.B) {
			dir := b.TempDir()
			start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
			if err := corpus.Write(dir, corpus.Options{Bytes: 8 << 20, Days: 10, Start: start, Seed: 7, PerFile: bc.perFile}); err != nil {
				b.Fatal(err)
			}
			cfg := RunConfig{Inputs: []string{dir}, Jobs: 2}
			var live float64
			var files, articles int
			for b.Loop() {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				sum := &RunSummary{}
				in, err := collect(context.Background(), cfg, sum, b.TempDir(), true, 0)
				if err != nil {
					b.Fatal(err)
				}
				runtime.GC()
				runtime.GC() // twice: sync.Pool caches (the sorts' chunks) survive one
				runtime.ReadMemStats(&after)
				files, articles = sum.inputs.n, in.articles
				live = float64(int64(after.HeapAlloc) - int64(before.HeapAlloc))
				runtime.KeepAlive(in)
				runtime.KeepAlive(sum)
			}
			b.ReportMetric(live/float64(files), "live-B/input")
			b.ReportMetric(live/float64(articles), "live-B/article")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*articles), "ns/article")
		})
	}
}

// sharedData returns a path under ../shared/data, skipping when absent (a
// fresh clone has no shared data).
func sharedData(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join("..", "..", "shared", "data", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data %s not present", rel)
	}
	return p
}
