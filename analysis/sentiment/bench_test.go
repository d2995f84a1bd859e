package sentiment

import (
	"testing"

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
