package stance

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sync"
)

// Lexicon gives the valence of a lower-case word, roughly -4..4 as in VADER.
type Lexicon interface {
	Valence(word string) (float64, bool)
}

// Span is a target or mention: byte offsets [Start, End) into the sentence.
type Span struct{ Start, End int }

// Result is the stance of a sentence toward one target.
type Result struct {
	// Stance is PPos - PNeg, in [-1, 1].
	Stance float32
	// Label is "negative", "neutral" or "positive": the most probable class.
	Label string
	// PNeg, PNeu and PPos are the class probabilities; they sum to 1.
	PNeg, PNeu, PPos float32
	// Evidence lists at most five contributing words or rules, most
	// influential first, each prefixed with the direction it pushes the
	// stance: "+partnership", "-contrast:despite".
	Evidence []string
}

// Labels are the class names, indexed by class (0 negative, 1 neutral, 2 positive).
var Labels = [3]string{"negative", "neutral", "positive"}

// Mode selects which part of a model scores: the full model or one of the
// two ablations.
type Mode int

const (
	// Full uses the lexicon and rule features together with the hashed
	// n-gram weights.
	Full Mode = iota
	// LexiconOnly uses only the lexicon and rule features (with their own
	// learned weights).
	LexiconOnly
	// WeightsOnly uses only the hashed, target-masked n-gram features.
	WeightsOnly
)

// String returns the mode's name as used by the eval command's --ablate flag.
func (m Mode) String() string {
	switch m {
	case Full:
		return "full"
	case LexiconOnly:
		return "lexicon-only"
	case WeightsOnly:
		return "weights-only"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// ParseMode maps "", "full", "lexicon-only" and "weights-only" to a Mode.
func ParseMode(s string) (Mode, error) {
	switch s {
	case "", "full":
		return Full, nil
	case "lexicon-only":
		return LexiconOnly, nil
	case "weights-only":
		return WeightsOnly, nil
	}
	return Full, fmt.Errorf("%w: ablation %q (want lexicon-only or weights-only)", ErrConfig, s)
}

// ErrFormat reports weights that cannot be decoded.
var ErrFormat = errors.New("stance: bad weights format")

// ErrConfig reports an invalid configuration.
var ErrConfig = errors.New("stance: bad configuration")

// head is one multinomial logistic regression over the feature indices
// [lo, hi); w holds three weights (negative, neutral, positive) per index.
type head struct {
	lo, hi uint32
	w      []float32
	b      [3]float32
}

// FeatureConfig describes the feature space a model was trained with.
type FeatureConfig struct {
	// Version is the feature extractor version the weights expect.
	Version int `json:"version"`
	// HashBits is log2 of the number of hashed n-gram buckets.
	HashBits int `json:"hash_bits"`
	// Dense is the number of lexicon and rule features.
	Dense int `json:"dense"`
	// Pool says how ScoreGroup joins the mentions of one party in a
	// sentence: PoolMean or PoolPolar.
	Pool string `json:"pool"`
	// Offsets are added to the negative, neutral and positive logits of
	// every score in the country domain: a prior correction chosen by
	// cross-validation on real news.
	Offsets [3]float64 `json:"offsets"`
	// Temperature divides the log-probabilities of every score in the
	// country domain, after Offsets and after one party's mentions are
	// joined (0 or 1 = none): a calibration chosen by cross-validation on
	// real news, so that a probability of 0.7 is right about 70% of the
	// time. It never changes a label.
	Temperature float64 `json:"temperature,omitempty"`
	// VecDim is the length of the word vectors the model reads (0 = none);
	// the vectors travel in the weights file.
	VecDim int `json:"vec_dim,omitempty"`
}

// Ways of joining the scores of one party's mentions in a sentence.
const (
	// PoolMean averages the mentions' class probabilities.
	PoolMean = "mean"
	// PoolPolar gives every mention the probabilities of the mention
	// least likely to be neutral, so that one clearly evaluative context
	// ("American pressure") is not averaged away by a neutral one ("the
	// Biden administration").
	PoolPolar = "polar"
)

// Model scores stance. It is immutable and safe for concurrent use.
type Model struct {
	fc       FeatureConfig
	hashMask uint64
	lex      Lexicon
	heads    [3]head // indexed by Mode
	pool     sync.Pool
	// words is wordInfos, with the lexicon's valences when merged is set
	// (the lexicon can list its words); otherwise prepare asks lex.
	words  map[string]wordInfo
	merged bool
	// vec are the word vectors, when FeatureConfig.VecDim is set, and
	// proj each word's vector projected onto the full head's weights for
	// each pool and class (see vectorFeatures).
	vec  *Vectors
	proj []float32
}

const (
	formatVersion = 5
	magic         = "STANCEW1"
)

func newModel(fc FeatureConfig, lex Lexicon) *Model {
	m := &Model{fc: fc, hashMask: 1<<fc.HashBits - 1, lex: lex, words: wordInfos}
	if wl, ok := lex.(wordLister); ok {
		m.words, m.merged = mergeLexicon(wl), true
	}
	m.pool.New = func() any { return &scratch{} }
	dim := uint32(nDenseAll) + 1<<fc.HashBits + uint32(nVecPools*fc.VecDim)
	m.heads[Full] = head{lo: 0, hi: dim}
	m.heads[LexiconOnly] = head{lo: 0, hi: uint32(nDenseAll)}
	m.heads[WeightsOnly] = head{lo: uint32(nDenseAll), hi: dim}
	for i := range m.heads {
		m.heads[i].w = make([]float32, 3*(m.heads[i].hi-m.heads[i].lo))
	}
	return m
}

// Config returns the feature configuration of the model.
func (m *Model) Config() FeatureConfig { return m.fc }

// WithOffsets returns a copy of m whose scores add off to the negative,
// neutral and positive logits (FeatureConfig.Offsets).
func (m *Model) WithOffsets(off [3]float64) *Model {
	c := newModel(m.fc, m.lex)
	c.fc.Offsets = off
	c.heads = m.heads
	c.vec, c.words, c.proj = m.vec, m.words, m.proj
	return c
}

// WithTemperature returns a copy of m whose country-domain probabilities
// are calibrated by temperature t (FeatureConfig.Temperature).
func (m *Model) WithTemperature(t float64) *Model {
	c := m.WithOffsets(m.fc.Offsets)
	c.fc.Temperature = t
	return c
}

// calibrate applies the model's temperature to p when dom is the country
// domain, where the offsets apply too.
func (m *Model) calibrate(p [3]float64, dom Domain) [3]float64 {
	t := m.fc.Temperature
	if t == 0 || t == 1 || dom == DomainNews || dom == DomainWritten {
		return p
	}
	return Temper(p, t)
}

// Temper divides the log of each of p's probabilities by t and
// renormalises: t > 1 softens p toward uniform, t < 1 sharpens it. The
// most probable class stays the most probable.
func Temper(p [3]float64, t float64) [3]float64 {
	var z [3]float64
	for c := range p {
		z[c] = math.Log(math.Max(p[c], 1e-300)) / t
	}
	return softmax(z)
}

// MarshalBinary encodes the weights: a magic string, the feature
// configuration as JSON, then each head's biases and weights as
// little-endian float32, then the word vectors when there are any (see
// marshalVectors). The same model always gives the same bytes.
func (m *Model) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(magic)
	cfg, err := json.Marshal(m.fc)
	if err != nil {
		return nil, err
	}
	_ = binary.Write(&buf, binary.LittleEndian, uint32(len(cfg)))
	buf.Write(cfg)
	for i := range m.heads {
		h := &m.heads[i]
		_ = binary.Write(&buf, binary.LittleEndian, h.b)
		_ = binary.Write(&buf, binary.LittleEndian, h.w)
	}
	if m.fc.VecDim > 0 {
		marshalVectors(&buf, m.vec)
	}
	return buf.Bytes(), nil
}

// LoadModel decodes weights written by MarshalBinary. lex provides word
// valences for the lexicon features; nil disables them.
func LoadModel(weights []byte, lex Lexicon) (*Model, error) {
	if len(weights) < len(magic)+4 || string(weights[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: missing magic %q", ErrFormat, magic)
	}
	r := bytes.NewReader(weights[len(magic):])
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil || int(n) > r.Len() {
		return nil, fmt.Errorf("%w: bad config length", ErrFormat)
	}
	cfgb := make([]byte, n)
	_, _ = r.Read(cfgb)
	var fc FeatureConfig
	if err := json.Unmarshal(cfgb, &fc); err != nil {
		return nil, fmt.Errorf("%w: config: %w", ErrFormat, err)
	}
	if fc.Version != formatVersion || fc.Dense != nDenseAll || fc.HashBits < 8 || fc.HashBits > 24 ||
		(fc.Pool != PoolMean && fc.Pool != PoolPolar) || fc.VecDim < 0 || fc.VecDim > 1024 ||
		fc.Temperature < 0 || fc.Temperature > 100 {
		return nil, fmt.Errorf("%w: config %+v does not match this build (version %d, %d dense features)",
			ErrFormat, fc, formatVersion, nDenseAll)
	}
	m := newModel(fc, lex)
	for i := range m.heads {
		h := &m.heads[i]
		if err := binary.Read(r, binary.LittleEndian, &h.b); err != nil {
			return nil, fmt.Errorf("%w: head %d: %w", ErrFormat, i, err)
		}
		if err := binary.Read(r, binary.LittleEndian, h.w); err != nil {
			return nil, fmt.Errorf("%w: head %d: %w", ErrFormat, i, err)
		}
	}
	if fc.VecDim > 0 {
		v, err := unmarshalVectors(r, fc.VecDim)
		if err != nil {
			return nil, err
		}
		m.setVectors(v)
		m.project()
	}
	if r.Len() != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, r.Len())
	}
	return m, nil
}

// Domain selects which annotation conventions a model scores by. Models are
// trained on NewsMTSC (political news about people, where a person who
// criticises or praises carries that polarity) and on the country set
// (foreign-affairs news about countries and organisations, where the
// speaker of criticism or praise is neutral and every mention of one party
// in a sentence shares a label). Shared weights learn what both agree on;
// country-domain weights learn where they differ.
type Domain int

const (
	// DomainCountry is the product's domain and the default: stance toward
	// countries and organisations in foreign-affairs news.
	DomainCountry Domain = iota
	// DomainNews is NewsMTSC's domain (targets are people); use it to
	// evaluate on NewsMTSC-format data without party annotations.
	DomainNews
	// DomainWritten is the country guidelines on sentences written for the
	// project (the country set and the supplement), which are far more
	// often polar than real news: they share the country domain's weights
	// but have a class prior of their own, so that scoring in the country
	// domain keeps real news's prior.
	DomainWritten
	// nDomains counts the domains.
	nDomains
)

// String returns "country", "news" or "written".
func (d Domain) String() string {
	switch d {
	case DomainNews:
		return "news"
	case DomainWritten:
		return "written"
	}
	return "country"
}

// Options select the head and the domain a Score call uses. The zero value
// is the full model in the country domain, which is what Score uses.
type Options struct {
	Mode   Mode
	Domain Domain
}

// Score returns the stance sentence takes toward target. others are the
// other party mentions in the sentence; they are masked in the context.
// It scores in the default (country) domain with the full model.
func (m *Model) Score(sentence string, target Span, others []Span) Result {
	return m.ScoreWith(sentence, target, others, Options{})
}

// ScoreMode is Score with a choice of the full model or an ablation.
func (m *Model) ScoreMode(sentence string, target Span, others []Span, mode Mode) Result {
	return m.ScoreWith(sentence, target, others, Options{Mode: mode})
}

// ScoreWith is Score with a choice of head and domain.
func (m *Model) ScoreWith(sentence string, target Span, others []Span, opt Options) Result {
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	p, ev := m.scoreOne(sc, sentence, target, others, opt)
	return result(m.calibrate(p, opt.Domain), ev)
}

// ScoreGroup scores every mention of a sentence at once. spans are all the
// party mentions in the sentence; each is scored with the others as its
// others (exactly as Score would be called). groups, when not nil, has one
// entry per span naming its party (e.g. a dense party index); spans with the
// same non-negative group get one set of class probabilities (the model's
// Pool: their mean, or those of the most polar mention), so every
// mention of one party in a sentence gets the same stance and label
// (country guideline 11). A negative group keeps the span on its own.
// Evidence stays per span. The result has one entry per span, in order.
func (m *Model) ScoreGroup(sentence string, spans []Span, groups []int, opt Options) []Result {
	out := make([]Result, len(spans))
	if len(spans) == 0 {
		return out
	}
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	probs := growProbs(sc.probs, len(spans))
	sc.probs = probs
	others := sc.others[:0]
	m.prepare(sc, sentence, Span{}, spans)
	for i := range spans {
		others = others[:0]
		for j := range spans {
			if j != i {
				others = append(others, spans[j])
			}
		}
		probs[i], out[i].Evidence = m.scorePrepared(sc, sentence, spans[i], others, opt)
	}
	sc.others = others
	for i := range spans {
		p := probs[i]
		if groups != nil && i < len(groups) && groups[i] >= 0 {
			p = m.joinGroup(probs, groups, groups[i])
		}
		out[i] = result(m.calibrate(p, opt.Domain), out[i].Evidence)
	}
	return out
}

// joinGroup joins the probabilities of the spans in group g (see Pool).
func (m *Model) joinGroup(probs [][3]float64, groups []int, g int) [3]float64 {
	var sum [3]float64
	k, best := 0, -1
	for j := range probs {
		if j >= len(groups) || groups[j] != g {
			continue
		}
		if best < 0 || probs[j][1] < probs[best][1] {
			best = j
		}
		for c := range sum {
			sum[c] += probs[j][c]
		}
		k++
	}
	if m.fc.Pool == PoolPolar {
		return probs[best]
	}
	for c := range sum {
		sum[c] /= float64(k)
	}
	return sum
}

func growProbs(b [][3]float64, n int) [][3]float64 {
	if cap(b) < n {
		return make([][3]float64, n)
	}
	return b[:n]
}

func (m *Model) scoreOne(sc *scratch, sentence string, target Span, others []Span, opt Options) ([3]float64, []string) {
	m.prepare(sc, sentence, target, others)
	return m.scorePrepared(sc, sentence, target, others, opt)
}

// scorePrepared is scoreOne for the sentence prepare last saw.
func (m *Model) scorePrepared(sc *scratch, sentence string, target Span, others []Span, opt Options) ([3]float64, []string) {
	mode := opt.Mode
	if mode < Full || mode > WeightsOnly {
		mode = Full
	}
	dom := opt.Domain
	if dom != DomainNews && dom != DomainWritten {
		dom = DomainCountry
	}
	sc.projected = mode == Full && m.proj != nil
	m.extractPrepared(sc, sentence, target, others, dom)
	sc.dom = dom
	h := &m.heads[mode]
	return m.classify(sc, h)
}

func result(p [3]float64, ev []string) Result {
	res := Result{PNeg: float32(p[0]), PNeu: float32(p[1]), PPos: float32(p[2]), Evidence: ev}
	res.Stance = res.PPos - res.PNeg
	best := 0
	for c := 1; c < 3; c++ {
		if p[c] > p[best] {
			best = c
		}
	}
	res.Label = Labels[best]
	return res
}

func softmax(z [3]float64) [3]float64 {
	mx := math.Max(z[0], math.Max(z[1], z[2]))
	var s float64
	for i := range z {
		z[i] = math.Exp(z[i] - mx)
		s += z[i]
	}
	for i := range z {
		z[i] /= s
	}
	return z
}

// classify returns the class probabilities of the extracted features under
// h, and the evidence: the tokens and rules ranked by their push toward
// positive minus negative, the top five rendered.
func (m *Model) classify(sc *scratch, h *head) ([3]float64, []string) {
	n := len(sc.toks)
	if cap(sc.acc) < n {
		sc.acc = make([]float32, n)
	}
	acc := sc.acc[:n]
	clear(acc)
	clear(sc.ruleAc[:])
	for i := range sc.ruleAn {
		sc.ruleAn[i] = -1
	}
	z := [3]float64{float64(h.b[0]), float64(h.b[1]), float64(h.b[2])}
	if sc.dom == DomainCountry {
		off := &m.fc.Offsets
		z[0], z[1], z[2] = z[0]+off[0], z[1]+off[1], z[2]+off[2]
	}
	if sc.projected {
		z[0], z[1], z[2] = z[0]+sc.vecZ[0], z[1]+sc.vecZ[1], z[2]+sc.vecZ[2]
		for _, ev := range sc.vecEv {
			acc[ev.tok] += ev.c
		}
	}
	for _, f := range sc.feats {
		if f.idx < h.lo || f.idx >= h.hi || f.val == 0 {
			continue
		}
		w := h.w[3*(f.idx-h.lo) : 3*(f.idx-h.lo)+3]
		v := float64(f.val)
		z[0] += v * float64(w[0])
		z[1] += v * float64(w[1])
		z[2] += v * float64(w[2])
		c := f.val * (w[2] - w[0])
		if f.rule > 0 {
			sc.ruleAc[f.rule-1] += c
			sc.ruleAn[f.rule-1] = f.anchor
		} else if f.anchor >= 0 && int(f.anchor) < n {
			acc[f.anchor] += c
		}
	}
	type item struct {
		c      float32
		anchor int32
		rule   int
	}
	var top [5]item
	k := 0
	consider := func(it item) {
		a := it.c
		if a < 0 {
			a = -a
		}
		if a < 0.05 {
			return
		}
		// insertion into a fixed top-5, ordered by |c| then position.
		pos := k
		for pos > 0 {
			b := top[pos-1].c
			if b < 0 {
				b = -b
			}
			if b >= a {
				break
			}
			pos--
		}
		if pos >= len(top) {
			return
		}
		if k < len(top) {
			k++
		}
		copy(top[pos+1:k], top[pos:k-1])
		top[pos] = it
	}
	for i, c := range acc {
		if c < 0.05 && c > -0.05 {
			continue // below consider's threshold: spare the word checks
		}
		if t := &sc.toks[i]; t.role == 0 && t.kind == kindWord && !t.name && isContentWord(t) {
			consider(item{c: c, anchor: int32(i)})
		}
	}
	// A rule is evidence only when anchored to a word of the sentence
	// that a reader can find ("-pressure-from:pressure"); sentence-wide
	// rules (quote, subject, question) explain nothing on their own.
	for r := range sc.ruleAc {
		if a := sc.ruleAn[r]; a >= 0 && int(a) < n && sc.toks[a].role == 0 {
			consider(item{c: sc.ruleAc[r], anchor: a, rule: r + 1})
		}
	}
	p := softmax(z)
	if k == 0 {
		return p, nil
	}
	out := make([]string, k)
	for i := 0; i < k; i++ {
		it := top[i]
		b := sc.evBuf[:0]
		if it.c < 0 {
			b = append(b, '-')
		} else {
			b = append(b, '+')
		}
		if it.rule != 0 {
			b = append(append(b, denseNames[it.rule-1]...), ':')
		}
		b = append(b, sc.toks[it.anchor].text...)
		sc.evBuf = b
		out[i] = sc.intern(b)
	}
	return p, out
}

// internSlots is the number of evidence strings a scratch keeps for reuse
// (a power of two).
const internSlots = 1 << 14

// intern returns b as a string, reusing the string of an earlier equal b:
// evidence strings repeat across sentences, and sharing them spares an
// allocation per string and the memory of the rows that hold them. The
// strings are cached by hash, a newer string taking the slot of an older.
func (sc *scratch) intern(b []byte) string {
	if sc.interned == nil {
		sc.interned = make([]string, internSlots)
	}
	h := uint64(fnvOffset)
	for _, c := range b {
		h = hByte(h, c)
	}
	slot := &sc.interned[mix(h)&(internSlots-1)]
	if *slot == string(b) {
		return *slot
	}
	*slot = string(b)
	return *slot
}
