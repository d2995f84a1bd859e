package jobs_test

import (
	"math"
	"testing"

	"github.com/jonreiter/govader"

	"github.com/stance-news/stance/analysis/segment"
	"github.com/stance-news/stance/analysis/sentiment"
	"github.com/stance-news/stance/jobs/source"
	"github.com/stance-news/stance/models"
)

// TestAgreementOnSampleCorpus compares the sentiment scorer, news lexicon
// off, with govader on every sentence of the project's sample corpus
// (testdata/corpus), read as a run reads it. It lives here, not in
// analysis/sentiment, because reading inputs is this package's job.
func TestAgreementOnSampleCorpus(t *testing.T) {
	vader, err := models.VADERLexicon()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := sentiment.ParseLexicon(vader, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, ref, seg := sentiment.New(lex), govader.NewSentimentIntensityAnalyzer(), segment.New()
	files, err := source.ListInputs([]string{"../testdata/corpus"})
	if err != nil {
		t.Fatal(err)
	}
	var sentences []string
	for _, f := range files {
		_, err := source.ReadFile(f, func(art source.Article) error {
			for _, s := range seg.Split(art.Text) {
				sentences = append(sentences, art.Text[s.ByteStart:s.ByteEnd])
			}
			return nil
		}, func(source.Reject) error { return nil })
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(sentences) < 30 {
		t.Fatalf("only %d sentences in the sample corpus", len(sentences))
	}
	compoundOK, labelOK := 0, 0
	for _, s := range sentences {
		got, want := a.Score(s), ref.PolarityScores(s)
		if math.Abs(float64(got.Compound)-want.Compound) <= 0.01 {
			compoundOK++
		} else {
			t.Logf("compound differs: %q: got %.4f, govader %.4f", s, got.Compound, want.Compound)
		}
		if got.Label == sentiment.Label(float32(want.Compound)) {
			labelOK++
		}
	}
	n := float64(len(sentences))
	t.Logf("%d sample sentences: compound within 0.01 %.1f%%, label %.1f%%", len(sentences), 100*float64(compoundOK)/n, 100*float64(labelOK)/n)
	if float64(compoundOK)/n < 0.98 || float64(labelOK)/n < 0.99 {
		t.Errorf("agreement below 98%% compound / 99%% label")
	}
}
