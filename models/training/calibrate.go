package training

import (
	"math"

	"github.com/stance-news/stance/analysis/stance"
)

// CalibrationReport is the temperature Train chose for the country-domain
// probabilities and what it did to their calibration on real news.
type CalibrationReport struct {
	// Temperature minimises the log loss of the out-of-fold scores (with
	// the offsets) on the labelled training stories.
	Temperature float64 `json:"temperature"`
	// ECEBefore and ECEAfter are the expected calibration error of the
	// top class probability (10 equal-width bins), in points, before and
	// after. ECEAfter is cross-fitted: each fold's scores are tempered by
	// the temperature fitted on the other folds.
	ECEBefore float64 `json:"ece_before"`
	ECEAfter  float64 `json:"ece_after"`
	// LogLossBefore and LogLossAfter are the mean negative log-likelihood
	// of the gold class, ECEAfter's way.
	LogLossBefore float64 `json:"log_loss_before"`
	LogLossAfter  float64 `json:"log_loss_after"`
}

// calibrate fits the temperature of the out-of-fold scores (offsets
// applied) and measures calibration before and after; folds is the number
// of cross-validation folds the scores came from.
func calibrate(oof []oofResult, off [3]float64, folds int) CalibrationReport {
	probs := make([][3]float64, len(oof))
	gold := make([]int, len(oof))
	for i, o := range oof {
		gold[i] = o.gold
		probs[i] = withOffsets([3]float64{float64(o.res.PNeg), float64(o.res.PNeu), float64(o.res.PPos)}, off)
	}
	all := func(int) bool { return true }
	rep := CalibrationReport{Temperature: fitTemperature(probs, gold, all)}
	rep.ECEBefore, rep.LogLossBefore = calibration(probs, gold)
	after := make([][3]float64, len(probs))
	for k := 0; k < folds; k++ {
		t := fitTemperature(probs, gold, func(i int) bool { return oof[i].fold != k })
		for i := range probs {
			if oof[i].fold == k {
				after[i] = stance.Temper(probs[i], t)
			}
		}
	}
	rep.ECEAfter, rep.LogLossAfter = calibration(after, gold)
	return rep
}

// withOffsets adds off to the logits of p: each probability scaled by
// e^off and the whole renormalised.
func withOffsets(p [3]float64, off [3]float64) [3]float64 {
	var s float64
	for c := range p {
		p[c] *= math.Exp(off[c])
		s += p[c]
	}
	for c := range p {
		p[c] /= s
	}
	return p
}

// fitTemperature returns the temperature, on a grid of 0.01 in [0.25, 4],
// that minimises the log loss of the scores that use selects.
func fitTemperature(probs [][3]float64, gold []int, use func(int) bool) float64 {
	best, bestLoss := 1.0, math.Inf(1)
	for k := 25; k <= 400; k++ {
		t := float64(k) / 100
		var loss float64
		for i, p := range probs {
			if use(i) {
				loss -= math.Log(math.Max(stance.Temper(p, t)[gold[i]], 1e-300))
			}
		}
		if loss < bestLoss-1e-12 {
			best, bestLoss = t, loss
		}
	}
	return best
}

// calibration returns the expected calibration error of the top class
// probability over 10 equal-width bins, in points, and the mean log loss.
func calibration(probs [][3]float64, gold []int) (ece, logLoss float64) {
	var n, conf, right [10]float64
	for i, p := range probs {
		top := 0
		for c := 1; c < 3; c++ {
			if p[c] > p[top] {
				top = c
			}
		}
		b := min(int(p[top]*10), 9)
		n[b]++
		conf[b] += p[top]
		if top == gold[i] {
			right[b]++
		}
		logLoss -= math.Log(math.Max(p[gold[i]], 1e-300))
	}
	total := float64(len(probs))
	if total == 0 {
		return 0, 0
	}
	for b := range n {
		if n[b] > 0 {
			ece += math.Abs(right[b]-conf[b]) / total
		}
	}
	return 100 * ece, logLoss / total
}
