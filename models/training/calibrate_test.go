package training

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stance-news/stance/analysis/stance"
)

// overconfident draws n scores whose gold class follows calibrated
// probabilities, and reports them sharpened by temperature 1/t (as an
// overconfident model would), split into folds.
func overconfident(n, folds int, t float64) []oofResult {
	r := rand.New(rand.NewPCG(11, 12))
	out := make([]oofResult, n)
	for i := range out {
		var z [3]float64
		for c := range z {
			z[c] = 2 * r.NormFloat64()
		}
		p := softmaxOf(z)
		u, gold := r.Float64(), 2
		if u < p[0] {
			gold = 0
		} else if u < p[0]+p[1] {
			gold = 1
		}
		q := stance.Temper(p, 1/t)
		out[i] = oofResult{gold: gold, fold: i % folds,
			res: stance.Result{PNeg: float32(q[0]), PNeu: float32(q[1]), PPos: float32(q[2])}}
	}
	return out
}

func softmaxOf(z [3]float64) [3]float64 {
	var s float64
	var p [3]float64
	for c := range z {
		p[c] = math.Exp(z[c])
		s += p[c]
	}
	for c := range p {
		p[c] /= s
	}
	return p
}

func TestCalibrateRecoversTemperature(t *testing.T) {
	for _, want := range []float64{0.7, 1, 1.8} {
		rep := calibrate(overconfident(2000, 5, want), [3]float64{}, 5)
		if math.Abs(rep.Temperature-want) > 0.1*want {
			t.Errorf("scores sharpened by 1/%.1f: fitted temperature %.2f", want, rep.Temperature)
		}
		if want != 1 && !(rep.ECEAfter < rep.ECEBefore && rep.LogLossAfter < rep.LogLossBefore) {
			t.Errorf("temperature %.1f: ECE %.2f -> %.2f, log loss %.3f -> %.3f; want both lower after",
				want, rep.ECEBefore, rep.ECEAfter, rep.LogLossBefore, rep.LogLossAfter)
		}
	}
}

func TestCalibration(t *testing.T) {
	// two scores at 0.9 (one right), two at 0.6 (both right): bins 9 and
	// 6, |0.5-0.9|*2/4 + |1-0.6|*2/4 = 0.4, in points.
	probs := [][3]float64{{0.9, 0.05, 0.05}, {0.9, 0.05, 0.05}, {0.2, 0.6, 0.2}, {0.2, 0.6, 0.2}}
	ece, loss := calibration(probs, []int{0, 1, 1, 1})
	if math.Abs(ece-40) > 1e-9 {
		t.Errorf("ECE %.4f, want 40", ece)
	}
	wantLoss := -(math.Log(0.9) + math.Log(0.05) + 2*math.Log(0.6)) / 4
	if math.Abs(loss-wantLoss) > 1e-12 {
		t.Errorf("log loss %.6f, want %.6f", loss, wantLoss)
	}
}

func TestWithOffsets(t *testing.T) {
	p := [3]float64{0.2, 0.6, 0.2}
	q := withOffsets(p, [3]float64{math.Log(3), 0, 0})
	// the negative logit gains log 3: 0.6 : 0.6 : 0.2.
	want := [3]float64{0.6 / 1.4, 0.6 / 1.4, 0.2 / 1.4}
	for c := range q {
		if math.Abs(q[c]-want[c]) > 1e-12 {
			t.Fatalf("withOffsets gave %v, want %v", q, want)
		}
	}
}
