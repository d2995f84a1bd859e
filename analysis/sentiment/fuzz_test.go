package sentiment

import (
	"math"
	"strings"
	"testing"
)

// FuzzScore checks the scorer on arbitrary input: no panic, a finite
// compound in [-1, 1] whose label agrees with Label, proportions in [0, 1]
// that sum to 1 (or are all 0 for a sentence with no sentiment words),
// ScoreExplain giving the same numbers, and determinism.
func FuzzScore(f *testing.F) {
	for _, s := range []string{
		"The talks were good.", "The talks were NOT good!!!", "It was kind of bad, but great overall :)",
		"", " ", "\xff\xfe bad", "GOOD GOOD GOOD", "no no no never", "the shit hit the fan",
		"very very very very very extremely good", strings.Repeat("!", 50), strings.Repeat("bad ", 200),
		"“Great,” he said — but…", "b\u0000ad", "not bad at all", "least good", "without doubt",
		"??!?!", "kinda sorta", "HORRIBLE but FANTASTIC", "😀 😢",
	} {
		f.Add(s)
	}
	_, a := analyzers(f)
	f.Fuzz(func(t *testing.T, s string) {
		r := a.Score(s)
		if math.IsNaN(float64(r.Compound)) || r.Compound < -1 || r.Compound > 1 {
			t.Fatalf("%q: compound %v outside [-1, 1]", s, r.Compound)
		}
		if r.Label != Label(r.Compound) {
			t.Fatalf("%q: label %q for compound %v, want %q", s, r.Label, r.Compound, Label(r.Compound))
		}
		for _, p := range []float32{r.Pos, r.Neu, r.Neg} {
			if math.IsNaN(float64(p)) || p < 0 || p > 1 {
				t.Fatalf("%q: proportion %v outside [0, 1] (%+v)", s, p, r)
			}
		}
		if sum := r.Pos + r.Neu + r.Neg; sum != 0 && math.Abs(float64(sum)-1) > 2e-3 {
			t.Fatalf("%q: proportions sum to %v (%+v)", s, sum, r)
		}
		e := a.ScoreExplain(s)
		if e.Compound != r.Compound || e.Label != r.Label || e.Pos != r.Pos || e.Neg != r.Neg || e.Neu != r.Neu {
			t.Fatalf("%q: ScoreExplain %+v differs from Score %+v", s, e, r)
		}
		if r.Compound != 0 && len(e.Evidence) == 0 {
			t.Fatalf("%q: compound %v with no evidence", s, r.Compound)
		}
		if again := a.Score(s); again.Compound != r.Compound {
			t.Fatalf("%q: not deterministic: %v then %v", s, r.Compound, again.Compound)
		}
	})
}
