package stance

import (
	"math"
	"strings"
	"testing"
)

// TestFeaturesAreWhatTheFullHeadReads checks that the exported features,
// weighted by a trained model's full head, give the model's own scores:
// a learner fitted on them sees what Train sees, word vectors included.
func TestFeaturesAreWhatTheFullHeadReads(t *testing.T) {
	vec := toyVectors(t, []string{"condemned", "glorped"}, []string{"praised", "blinted"}, []string{"visited", "met"})
	exs := append(synthetic(), verbExamples(map[string]int{"condemned": 0, "praised": 2, "visited": 1})...)
	cfg := TrainConfig{HashBits: 10, MaxIter: 40, Vectors: vec}
	m, err := Train(exs, testLex, cfg)
	if err != nil {
		t.Fatal(err)
	}
	feats, fc, err := Features(exs, testLex, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if fc != m.Config() || len(feats) != len(exs) {
		t.Fatalf("config %+v and %d vectors, want %+v and %d", fc, len(feats), m.Config(), len(exs))
	}
	h := &m.heads[Full]
	for i, ex := range exs {
		var z [3]float64
		for c := range z {
			z[c] = float64(h.b[c])
		}
		for _, f := range feats[i] {
			if int(f.Column) >= fc.Columns() {
				t.Fatalf("example %d: column %d outside %d", i, f.Column, fc.Columns())
			}
			for c := range z {
				z[c] += float64(f.Value) * float64(h.w[3*int(f.Column)+c])
			}
		}
		want := softmax(z)
		got := m.ScoreWith(ex.Sentence, ex.Target, ex.Others, Options{Domain: ex.Domain})
		for c, p := range []float32{got.PNeg, got.PNeu, got.PPos} {
			if math.Abs(float64(p)-want[c]) > 1e-4 {
				t.Errorf("%q: class %d: features give %.5f, the model %.5f", ex.Sentence, c, want[c], p)
			}
		}
	}
	if _, _, err := Features(exs, testLex, TrainConfig{HashBits: 30}); err == nil {
		t.Error("HashBits 30: no error")
	}
}

func TestColumnName(t *testing.T) {
	fc := FeatureConfig{HashBits: 10, Dense: nDenseAll, VecDim: 4}
	if got, want := fc.Columns(), nDenseAll+1024+12; got != want {
		t.Fatalf("Columns() = %d, want %d", got, want)
	}
	cases := []struct {
		col  int
		want string
	}{
		{fSpeaker, "speaker"},
		{nDense + fSpeaker, "country:speaker"},
		{fDomainCountry, "domain:country"},
		{fDomainWritten, "domain:written"},
		{nDenseAll, "ngram:0"},
		{nDenseAll + 1023, "ngram:1023"},
		{nDenseAll + 1024, "vector:near:0"},
		{nDenseAll + 1024 + 5, "vector:clause:1"},
		{nDenseAll + 1024 + 11, "vector:sentence:3"},
		{nDenseAll + 1024 + 12, ""},
		{-1, ""},
	}
	seen := map[string]bool{}
	for _, c := range cases {
		got := fc.ColumnName(c.col)
		if c.want == "" {
			if got != "" {
				t.Errorf("ColumnName(%d) = %q, want empty", c.col, got)
			}
			continue
		}
		if !strings.HasSuffix(got, c.want) {
			t.Errorf("ColumnName(%d) = %q, want it to end in %q", c.col, got, c.want)
		}
	}
	for i := 0; i < fc.Columns(); i++ {
		n := fc.ColumnName(i)
		if n == "" || seen[n] {
			t.Fatalf("column %d: name %q empty or repeated", i, n)
		}
		seen[n] = true
	}
}
