package sentiment

import (
	"math"
	"testing"

	"github.com/jonreiter/govader"
)

// TestAgreementWithGovader compares the scorer, news lexicon off, with the
// reference port github.com/jonreiter/govader on our testdata and on seeded
// generated sentences.
func TestAgreementWithGovader(t *testing.T) {
	a := New(loadLexicon(t, false))
	ref := govader.NewSentimentIntensityAnalyzer()
	sentences := append(testdataSentences(t), generatedSentences(400)...)
	if len(sentences) < 300 {
		t.Fatalf("only %d sentences", len(sentences))
	}
	var compoundOK, labelOK int
	for _, s := range sentences {
		got := a.Score(s)
		want := ref.PolarityScores(s)
		if math.Abs(float64(got.Compound)-want.Compound) <= 0.01 {
			compoundOK++
		} else {
			t.Logf("compound differs: %q: got %.4f, govader %.4f", s, got.Compound, want.Compound)
		}
		if got.Label == Label(float32(want.Compound)) {
			labelOK++
		}
	}
	n := float64(len(sentences))
	cr, lr := float64(compoundOK)/n, float64(labelOK)/n
	t.Logf("%d sentences: compound within 0.01 %.2f%%, label %.2f%%", len(sentences), 100*cr, 100*lr)
	if cr < 0.98 {
		t.Errorf("compound agreement %.2f%% < 98%%", 100*cr)
	}
	if lr < 0.99 {
		t.Errorf("label agreement %.2f%% < 99%%", 100*lr)
	}
}
