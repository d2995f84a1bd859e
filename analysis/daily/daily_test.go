package daily

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestCoverage draws simulated days from a population of articles whose
// mentions share an article-level tone, as real coverage does, and checks
// that the interval holds the population's mean stance in at least 90% of
// days.
func TestCoverage(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	// a population of articles: each has 1 to 8 mentions around a tone of
	// its own (mostly near neutral, some clearly polar), clipped to [-1, 1].
	pop := make([]Article, 5000)
	var sum float64
	var n int
	for i := range pop {
		tone := r.NormFloat64() * 0.25
		if r.Float64() < 0.2 {
			tone += 0.5 * float64(1-2*r.IntN(2))
		}
		k := 1 + r.IntN(8)
		for j := 0; j < k; j++ {
			s := math.Max(-1, math.Min(1, tone+r.NormFloat64()*0.2))
			pop[i].Sum += s
			pop[i].N++
		}
		sum += pop[i].Sum
		n += pop[i].N
	}
	truth := sum / float64(n)
	days, covered := 600, 0
	for d := 0; d < days; d++ {
		arts := make([]Article, 8+r.IntN(40))
		for i := range arts {
			arts[i] = pop[r.IntN(len(pop))]
		}
		lo, hi, ok := Interval(arts, uint64(d))
		if !ok || lo > hi {
			t.Fatalf("day %d: interval %v..%v ok %v", d, lo, hi, ok)
		}
		if lo <= truth && truth <= hi {
			covered++
		}
	}
	cov := float64(covered) / float64(days)
	t.Logf("coverage %.3f over %d simulated days", cov, days)
	if cov < 0.90 {
		t.Errorf("the interval held the true mean on %.1f%% of days, want >= 90%%", 100*cov)
	}
}

func TestIntervalEdges(t *testing.T) {
	if _, _, ok := Interval([]Article{{Sum: 0.5, N: 1}}, 1); ok {
		t.Error("one article gave an interval")
	}
	arts := []Article{{Sum: 1, N: 2}, {Sum: -1, N: 2}, {Sum: 0, N: 1}}
	lo1, hi1, _ := Interval(arts, 7)
	lo2, hi2, _ := Interval(arts, 7)
	if lo1 != lo2 || hi1 != hi2 {
		t.Error("same seed, different interval")
	}
	if lo1 < -0.5 || hi1 > 0.5 || lo1 > hi1 {
		t.Errorf("interval %v..%v outside the articles' means", lo1, hi1)
	}
	// identical articles: no uncertainty left.
	same := []Article{{Sum: 0.4, N: 2}, {Sum: 0.4, N: 2}, {Sum: 0.4, N: 2}}
	if lo, hi, _ := Interval(same, 3); math.Abs(lo-0.2) > 1e-12 || math.Abs(hi-0.2) > 1e-12 {
		t.Errorf("identical articles: %v..%v, want 0.2..0.2", lo, hi)
	}
}
