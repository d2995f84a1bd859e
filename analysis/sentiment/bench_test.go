package sentiment

import (
	"testing"

	"github.com/stance-news/stance/analysis/internal/newstext"

	"github.com/jonreiter/govader"
)

func benchSentences(b *testing.B) ([]string, int64) {
	s := append(testdataSentences(b), generatedSentences(200)...)
	var n int64
	for _, x := range s {
		n += int64(len(x))
	}
	return s, n / int64(len(s))
}

// BenchmarkAnalyzer scores one sentence per op (cycling through the corpus).
func BenchmarkAnalyzer(b *testing.B) {
	a := New(loadLexicon(b, false))
	s, avg := benchSentences(b)
	b.SetBytes(avg)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		a.Score(s[i%len(s)])
	}
}

// BenchmarkGovader is the reference on the same sentences.
func BenchmarkGovader(b *testing.B) {
	ref := govader.NewSentimentIntensityAnalyzer()
	s, avg := benchSentences(b)
	b.SetBytes(avg)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		ref.PolarityScores(s[i%len(s)])
	}
}

// BenchmarkAnalyzerNews scores NewsMTSC's news sentences, one per op: real
// text, with curly quotes and other non-ASCII characters. It skips when
// ../shared/data is absent.
func BenchmarkAnalyzerNews(b *testing.B) {
	s := newstext.Sentences(b, newstext.NewsMTSCTrain)
	var n int64
	for _, x := range s {
		n += int64(len(x))
	}
	a := New(loadLexicon(b, false))
	b.SetBytes(n / int64(len(s)))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a.Score(s[i%len(s)])
	}
}
