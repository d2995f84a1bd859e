package sentiment

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
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

// BenchmarkAnalyzerNews scores NewsMTSC's news sentences, one per op: real
// text, with curly quotes and other non-ASCII characters. It skips when
// ../shared/data is absent.
func BenchmarkAnalyzerNews(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "data", "newsmtsc", "train.jsonl"))
	if err != nil {
		b.Skipf("NewsMTSC not present: %v", err)
	}
	var s []string
	var n int64
	for line := range bytes.Lines(raw) {
		var rec struct {
			Sentence string `json:"sentence_normalized"`
		}
		if err := json.Unmarshal(line, &rec); err != nil {
			b.Fatal(err)
		}
		s = append(s, rec.Sentence)
		n += int64(len(rec.Sentence))
	}
	a := New(loadLexicon(b, false))
	b.SetBytes(n / int64(len(s)))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		a.Score(s[i%len(s)])
	}
}
