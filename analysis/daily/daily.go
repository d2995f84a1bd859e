// Package daily summarises one day's mentions of a party: the uncertainty
// of the day's mean stance, given that mentions cluster in articles (one
// article about a summit mentions the same party many times, in the same
// tone).
//
// The package is pure: the same inputs and seed always give the same
// interval.
package daily

import (
	"math/rand/v2"
	"slices"
)

// Resamples is the number of bootstrap resamples Interval draws.
const Resamples = 400

// Article is one article's mentions of a party on the day.
type Article struct {
	// Sum is the sum of the mentions' stance scores, N their number.
	Sum float64
	N   int
}

// Interval returns a 95% percentile-bootstrap interval for the day's mean
// stance over mentions, resampling whole articles (with replacement), so
// that the interval is as wide as the articles' disagreement, not the
// mentions' number. seed fixes the resamples. ok is false with fewer than
// two articles: one article says nothing about how much articles differ.
func Interval(arts []Article, seed uint64) (lo, hi float64, ok bool) {
	if len(arts) < 2 {
		return 0, 0, false
	}
	r := rand.New(rand.NewPCG(seed, 0xda11))
	means := make([]float64, Resamples)
	for b := range means {
		var sum float64
		n := 0
		for range arts {
			a := arts[r.IntN(len(arts))]
			sum += a.Sum
			n += a.N
		}
		means[b] = sum / float64(n)
	}
	slices.Sort(means)
	return means[Resamples*25/1000], means[Resamples*975/1000-1], true
}
