package stance

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Example is one labelled target: the stance Sentence takes toward Target.
type Example struct {
	Sentence string
	Target   Span
	// Others are the other targets or party mentions in the sentence.
	Others []Span
	// Label is the gold class: 0 negative, 1 neutral, 2 positive.
	Label int
	// Weight scales the example in the loss; 0 means 1.
	Weight float64
	// Domain is the annotation domain of the example: DomainCountry (the
	// zero value; the country-stance guidelines) or DomainNews (NewsMTSC).
	Domain Domain
	// Group names the party the target refers to ("" = none). Targets of
	// one sentence with the same non-empty Group are the same party and,
	// under the country guidelines (rule 11), share one label: evaluation
	// scores them together with ScoreGroup.
	Group string
	// ID names the target for reports and goldens ("" = none).
	ID string
	// Doc names the document the sentence came from ("" = the sentence
	// alone): cross-validation keeps a document's examples in one fold.
	Doc string
}

// TrainConfig controls Train. The zero value selects the documented defaults.
type TrainConfig struct {
	// Seed is recorded with the model and drives Folds. The optimiser is
	// full-batch L-BFGS from zero weights, so the fit itself is
	// deterministic for any seed.
	Seed uint64 `json:"seed"`
	// HashBits is log2 of the number of hashed n-gram buckets (default 16).
	HashBits int `json:"hash_bits"`
	// L2 is the ridge penalty on the hashed n-gram weights (default 3e-3).
	L2 float64 `json:"l2"`
	// L2Dense is the ridge penalty on the lexicon and rule weights
	// (default 1e-3).
	L2Dense float64 `json:"l2_dense"`
	// L2Domain is the ridge penalty on the country-domain copies of the
	// lexicon and rule weights (default 1e-3): larger keeps the domains
	// closer to their shared weights.
	L2Domain float64 `json:"l2_domain"`
	// MaxIter bounds the L-BFGS iterations per head (default 300).
	MaxIter int `json:"max_iter"`
	// Balance is the exponent of the inverse class-frequency weights, 0..1
	// (0 selects the default 0.5; 1 is fully balanced; a negative value
	// disables class weighting).
	Balance float64 `json:"balance"`
	// BalanceDomains computes the class weights within each annotation
	// domain rather than over all examples, so that one domain's class
	// shares (real news is mostly neutral) do not reweight another's
	// classes. Each domain keeps its total weight.
	BalanceDomains bool `json:"balance_domains,omitempty"`
	// Pool is how scoring joins the mentions of one party in a sentence:
	// PoolMean (the default) or PoolPolar.
	Pool string `json:"pool"`
	// Vectors are word vectors for the model to read (nil = none); they
	// are stored with the weights.
	Vectors *Vectors `json:"-"`
	// L2Vec is the ridge penalty on the word-vector weights (default 1e-3).
	L2Vec float64 `json:"l2_vec,omitempty"`
}

func (c TrainConfig) withDefaults() TrainConfig {
	if c.HashBits == 0 {
		c.HashBits = 16
	}
	if c.L2 == 0 {
		c.L2 = 3e-3
	}
	if c.L2Dense == 0 {
		c.L2Dense = 1e-3
	}
	if c.L2Domain == 0 {
		c.L2Domain = 1e-3
	}
	if c.MaxIter == 0 {
		c.MaxIter = 300
	}
	if c.Balance == 0 {
		c.Balance = 0.5
	}
	if c.Balance < 0 {
		c.Balance = 0
	}
	if c.Pool == "" {
		c.Pool = PoolMean
	}
	if c.L2Vec == 0 && c.Vectors != nil {
		c.L2Vec = 1e-3
	}
	return c
}

// Defaults returns cfg with every zero field replaced by its default.
func (c TrainConfig) Defaults() TrainConfig { return c.withDefaults() }

// Train fits a model on examples: the full head and the two ablation heads,
// each a multinomial logistic regression with L2 penalties, minimised by
// L-BFGS. The same examples, lexicon and configuration give the same weights.
func Train(examples []Example, lex Lexicon, cfg TrainConfig) (*Model, error) {
	cfg = cfg.withDefaults()
	if len(examples) == 0 {
		return nil, fmt.Errorf("%w: no training examples", ErrConfig)
	}
	m, err := newTrainModel(cfg, lex)
	if err != nil {
		return nil, err
	}
	sc := &scratch{}
	feats := make([][]feat, len(examples))
	labels := make([]int, len(examples))
	weights := make([]float64, len(examples))
	var count [nDomains][3]float64
	doms := make([]Domain, len(examples))
	for i, ex := range examples {
		if ex.Label < 0 || ex.Label > 2 {
			return nil, fmt.Errorf("%w: example %d: label %d outside 0..2", ErrConfig, i, ex.Label)
		}
		if ex.Domain < 0 || ex.Domain >= nDomains {
			return nil, fmt.Errorf("%w: example %d: unknown domain %d", ErrConfig, i, ex.Domain)
		}
		m.extract(sc, ex.Sentence, ex.Target, ex.Others, ex.Domain)
		feats[i] = append([]feat(nil), sc.feats...)
		labels[i] = ex.Label
		w := ex.Weight
		if w == 0 {
			w = 1
		}
		weights[i] = w
		if cfg.BalanceDomains {
			doms[i] = ex.Domain
		}
		count[doms[i]][ex.Label] += w
	}
	for i := range weights {
		cd := count[doms[i]]
		if c := cd[labels[i]]; c > 0 {
			weights[i] *= math.Pow((cd[0]+cd[1]+cd[2])/(3*c), cfg.Balance)
		}
	}
	for mode := range m.heads {
		fitHead(&m.heads[mode], feats, labels, weights, cfg)
	}
	if m.vec != nil {
		m.project()
	}
	return m, nil
}

// newTrainModel checks cfg (with its defaults) and returns the empty
// model it describes, reading lex.
func newTrainModel(cfg TrainConfig, lex Lexicon) (*Model, error) {
	if cfg.HashBits < 8 || cfg.HashBits > 24 {
		return nil, fmt.Errorf("%w: HashBits %d outside 8..24", ErrConfig, cfg.HashBits)
	}
	if cfg.Pool != PoolMean && cfg.Pool != PoolPolar {
		return nil, fmt.Errorf("%w: Pool %q (want %q or %q)", ErrConfig, cfg.Pool, PoolMean, PoolPolar)
	}
	fc := FeatureConfig{Version: formatVersion, HashBits: cfg.HashBits, Dense: nDenseAll, Pool: cfg.Pool}
	if cfg.Vectors != nil {
		fc.VecDim = cfg.Vectors.Dim()
	}
	m := newModel(fc, lex)
	if cfg.Vectors != nil {
		m.setVectors(cfg.Vectors)
	}
	return m, nil
}

// fitHead minimises the weighted cross-entropy plus L2 penalties of one head.
func fitHead(h *head, feats [][]feat, labels []int, weights []float64, cfg TrainConfig) {
	nw := len(h.w)
	dim := nw + 3
	var wsum float64
	for _, w := range weights {
		wsum += w
	}
	denseEnd := 0
	if h.lo < uint32(nDenseAll) {
		denseEnd = 3 * int(min(uint32(nDenseAll), h.hi)-h.lo)
	}
	domLo, domHi := -1, -1
	if h.lo <= uint32(nDense) && h.hi >= uint32(nDenseAll) {
		domLo, domHi = 3*int(uint32(nDense)-h.lo), 3*int(uint32(fDomainCountry)-h.lo)
	}
	vecLo := 3 * int(uint32(nDenseAll)+1<<cfg.HashBits-h.lo)
	lambda := func(j int) float64 {
		if j >= vecLo {
			return cfg.L2Vec
		}
		if j >= domLo && j < domHi {
			return cfg.L2Domain
		}
		if j < denseEnd {
			return cfg.L2Dense
		}
		return cfg.L2
	}
	fg := func(grad, x []float64) float64 {
		if grad != nil {
			clear(grad)
		}
		var loss float64
		for i, fs := range feats {
			z := [3]float64{x[nw], x[nw+1], x[nw+2]}
			for _, f := range fs {
				if f.idx < h.lo || f.idx >= h.hi || f.val == 0 {
					continue
				}
				o := 3 * int(f.idx-h.lo)
				v := float64(f.val)
				z[0] += v * x[o]
				z[1] += v * x[o+1]
				z[2] += v * x[o+2]
			}
			p := softmax(z)
			y := labels[i]
			w := weights[i] / wsum
			loss -= w * math.Log(math.Max(p[y], 1e-300))
			if grad == nil {
				continue
			}
			var g [3]float64
			for c := range g {
				g[c] = p[c] * w
			}
			g[y] -= w
			grad[nw] += g[0]
			grad[nw+1] += g[1]
			grad[nw+2] += g[2]
			for _, f := range fs {
				if f.idx < h.lo || f.idx >= h.hi || f.val == 0 {
					continue
				}
				o := 3 * int(f.idx-h.lo)
				v := float64(f.val)
				grad[o] += v * g[0]
				grad[o+1] += v * g[1]
				grad[o+2] += v * g[2]
			}
		}
		for j := 0; j < nw; j++ {
			l := lambda(j)
			loss += 0.5 * l * x[j] * x[j]
			if grad != nil {
				grad[j] += l * x[j]
			}
		}
		return loss
	}
	x := lbfgs(fg, make([]float64, dim), cfg.MaxIter, 10)
	for j := 0; j < nw; j++ {
		h.w[j] = float32(x[j])
	}
	for c := 0; c < 3; c++ {
		h.b[c] = float32(x[nw+c])
	}
}

// Folds assigns each of n examples to one of k folds, balanced and shuffled
// by seed: the same n, k and seed always give the same assignment.
func Folds(n, k int, seed uint64) []int {
	r := rand.New(rand.NewPCG(seed, 0x5ca1ab1e))
	perm := r.Perm(n)
	out := make([]int, n)
	for i, p := range perm {
		out[p] = i % k
	}
	return out
}

// lbfgs minimises f (which writes its gradient into grad) from x0 with
// limited-memory BFGS and a backtracking Armijo line search. It is
// sequential and deterministic.
func lbfgs(f func(grad, x []float64) float64, x []float64, maxIter, mem int) []float64 {
	n := len(x)
	g := make([]float64, n)
	fx := f(g, x)
	s := make([][]float64, 0, mem)
	y := make([][]float64, 0, mem)
	rho := make([]float64, 0, mem)
	alpha := make([]float64, mem)
	d := make([]float64, n)
	xn := make([]float64, n)
	gn := make([]float64, n)
	dot := func(a, b []float64) float64 {
		var t float64
		for i := range a {
			t += a[i] * b[i]
		}
		return t
	}
	for it := 0; it < maxIter; it++ {
		// two-loop recursion: d = -H g.
		copy(d, g)
		for k := len(s) - 1; k >= 0; k-- {
			alpha[k] = rho[k] * dot(s[k], d)
			for i := range d {
				d[i] -= alpha[k] * y[k][i]
			}
		}
		gamma := 1.0
		if k := len(s) - 1; k >= 0 {
			gamma = dot(s[k], y[k]) / dot(y[k], y[k])
		} else if gn := math.Sqrt(dot(g, g)); gn > 0 {
			gamma = 1 / gn
		}
		for i := range d {
			d[i] *= gamma
		}
		for k := range s {
			b := rho[k] * dot(y[k], d)
			for i := range d {
				d[i] += s[k][i] * (alpha[k] - b)
			}
		}
		for i := range d {
			d[i] = -d[i]
		}
		gd := dot(g, d)
		if gd >= 0 { // not a descent direction: restart from steepest descent.
			s, y, rho = s[:0], y[:0], rho[:0]
			for i := range d {
				d[i] = -g[i]
			}
			gd = dot(g, d)
		}
		step := 1.0
		var fn float64
		ok := false
		for ls := 0; ls < 40; ls++ {
			for i := range x {
				xn[i] = x[i] + step*d[i]
			}
			fn = f(gn, xn)
			if fn <= fx+1e-4*step*gd {
				ok = true
				break
			}
			step *= 0.5
		}
		if !ok {
			break
		}
		var sk, yk []float64
		if len(s) == mem {
			sk, yk = s[0], y[0]
			s, y, rho = s[1:], y[1:], rho[1:]
		} else {
			sk, yk = make([]float64, n), make([]float64, n)
		}
		for i := range x {
			sk[i] = xn[i] - x[i]
			yk[i] = gn[i] - g[i]
		}
		if sy := dot(sk, yk); sy > 1e-12 {
			s, y, rho = append(s, sk), append(y, yk), append(rho, 1/sy)
		}
		conv := math.Abs(fx-fn) <= 1e-10*math.Max(1, math.Abs(fx))
		copy(x, xn)
		copy(g, gn)
		fx = fn
		if conv || math.Sqrt(dot(g, g)) < 1e-7 {
			break
		}
	}
	return x
}
