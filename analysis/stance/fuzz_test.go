package stance_test

import (
	"math"
	"strings"
	"testing"

	"github.com/stance-news/stance/analysis/stance"
)

// FuzzScore scores arbitrary sentences toward arbitrary spans, including
// spans that are empty, reversed, outside the sentence or split a UTF-8
// sequence, with arbitrary other mentions. It checks that every mode returns
// probabilities in [0, 1] summing to 1, stance = PPos - PNeg in [-1, 1], the
// label of the most probable class, at most five signed evidence items, and
// the same result twice.
func FuzzScore(f *testing.F) {
	for _, c := range []struct {
		s                  string
		start, end, o1, o2 int
	}{
		{"New Delhi will keep strengthening its partnership with Moscow, whatever the pressure from Washington.", 50, 56, 84, 94},
		{"The summit praised Norway for its generous contribution.", 19, 25, -1, -1},
		{"", 0, 0, 0, 0},
		{"Talks resumed.", 100, 120, -4, 2},
		{"Talks resumed.", 5, 3, 0, 14},
		{"“Beijing condemned Washington,” he said.", 3, 10, 21, 31},
		{"Caf\u00e9 \xff\xfe Moscow", 4, 6, 0, 100},
		{strings.Repeat("India ", 50) + "condemned", 0, 5, 6, 11},
		{"not not not good for China despite US pressure", 23, 28, 36, 38},
		{"\xe9\xf6!1A\"00 China", 0, 3, 8, 13},
	} {
		f.Add(c.s, c.start, c.end, c.o1, c.o2)
	}
	m := loadDefault(f)
	f.Fuzz(func(t *testing.T, s string, start, end, o1, o2 int) {
		target := stance.Span{Start: start, End: end}
		others := []stance.Span{{Start: o1, End: o2}, {Start: o2, End: o1}}
		for _, mode := range []stance.Mode{stance.Full, stance.LexiconOnly, stance.WeightsOnly} {
			r := m.ScoreMode(s, target, others, mode)
			ps := []float32{r.PNeg, r.PNeu, r.PPos}
			best := 0
			for c, p := range ps {
				if math.IsNaN(float64(p)) || p < 0 || p > 1 {
					t.Fatalf("%q %v %s: probability %v outside [0, 1]", s, target, mode, p)
				}
				if p > ps[best] {
					best = c
				}
			}
			if sum := r.PNeg + r.PNeu + r.PPos; math.Abs(float64(sum)-1) > 1e-3 {
				t.Fatalf("%q %v %s: probabilities sum to %v", s, target, mode, sum)
			}
			if r.Stance < -1 || r.Stance > 1 || r.Stance != r.PPos-r.PNeg {
				t.Fatalf("%q %v %s: stance %v for %+v", s, target, mode, r.Stance, r)
			}
			if r.Label != stance.Labels[best] {
				t.Fatalf("%q %v %s: label %q, most probable class %q (%+v)", s, target, mode, r.Label, stance.Labels[best], r)
			}
			if len(r.Evidence) > 5 {
				t.Fatalf("%q %v %s: %d evidence items", s, target, mode, len(r.Evidence))
			}
			for _, e := range r.Evidence {
				if len(e) < 2 || (e[0] != '+' && e[0] != '-') {
					t.Fatalf("%q %v %s: evidence %q is not a signed word", s, target, mode, e)
				}
			}
			again := m.ScoreMode(s, target, others, mode)
			if again.Stance != r.Stance || again.Label != r.Label || strings.Join(again.Evidence, " ") != strings.Join(r.Evidence, " ") {
				t.Fatalf("%q %v %s: not deterministic: %+v then %+v", s, target, mode, r, again)
			}
		}
	})
}
