// Package wordvec learns word vectors from unlabelled sentences with
// skip-gram and negative sampling (word2vec's SGNS). It is pure and
// deterministic: the same sentences and Config give the same vectors, bit
// for bit, because training is sequential and every random draw comes from
// one seeded generator.
package wordvec

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

// Config controls Train. The zero value selects the documented defaults.
type Config struct {
	// Dim is the length of a vector (default 32).
	Dim int `json:"dim"`
	// Window is the largest distance between a word and a context word
	// (default 5); each occurrence draws its own window in 1..Window.
	Window int `json:"window"`
	// Negative is the number of negative samples per pair (default 5).
	Negative int `json:"negative"`
	// MinCount drops words seen fewer times (default 5).
	MinCount int `json:"min_count"`
	// Epochs is the number of passes over the sentences (default 5).
	Epochs int `json:"epochs"`
	// Rate is the initial learning rate, decayed linearly (default 0.025).
	Rate float64 `json:"rate"`
	// Sample is the frequency above which words are randomly skipped
	// (default 1e-4; negative disables).
	Sample float64 `json:"sample"`
	// Seed drives every random draw.
	Seed uint64 `json:"seed"`
}

func (c Config) withDefaults() Config {
	if c.Dim == 0 {
		c.Dim = 32
	}
	if c.Window == 0 {
		c.Window = 5
	}
	if c.Negative == 0 {
		c.Negative = 5
	}
	if c.MinCount == 0 {
		c.MinCount = 5
	}
	if c.Epochs == 0 {
		c.Epochs = 5
	}
	if c.Rate == 0 {
		c.Rate = 0.025
	}
	if c.Sample == 0 {
		c.Sample = 1e-4
	}
	return c
}

// Defaults returns c with every zero field replaced by its default.
func (c Config) Defaults() Config { return c.withDefaults() }

// Vectors are the learned vectors: Words[i] has the vector
// Data[i*Dim:(i+1)*Dim], of unit length. Words are ordered by falling
// frequency, ties by the word.
type Vectors struct {
	Dim   int
	Words []string
	Data  []float32
}

// ErrNoWords reports a corpus with no word seen MinCount times.
var ErrNoWords = errors.New("wordvec: no word reaches the minimum count")

// Train learns vectors for the words of sentences (each a list of tokens).
func Train(sentences [][]string, cfg Config) (*Vectors, error) {
	cfg = cfg.withDefaults()
	if cfg.Dim < 1 || cfg.Window < 1 || cfg.Negative < 1 || cfg.Epochs < 1 {
		return nil, fmt.Errorf("wordvec: bad config %+v", cfg)
	}
	words, counts := vocabulary(sentences, cfg.MinCount)
	if len(words) == 0 {
		return nil, ErrNoWords
	}
	index := make(map[string]int32, len(words))
	var total float64
	for i, w := range words {
		index[w] = int32(i)
		total += float64(counts[w])
	}
	corpus := make([][]int32, 0, len(sentences))
	for _, s := range sentences {
		ids := make([]int32, 0, len(s))
		for _, w := range s {
			if i, ok := index[w]; ok {
				ids = append(ids, i)
			}
		}
		if len(ids) > 1 {
			corpus = append(corpus, ids)
		}
	}
	// keep[i] is the probability of keeping an occurrence of word i.
	keep := make([]float64, len(words))
	for i, w := range words {
		keep[i] = 1
		if cfg.Sample > 0 {
			f := float64(counts[w]) / total
			keep[i] = math.Min(1, (math.Sqrt(f/cfg.Sample)+1)*cfg.Sample/f)
		}
	}
	t := &trainer{cfg: cfg, keep: keep, table: unigramTable(words, counts, 1<<20),
		rng: rand.New(rand.NewPCG(cfg.Seed, 0x776f7264))}
	in := t.run(corpus, len(words))
	dim := cfg.Dim
	for i := range words {
		v := in[i*dim : (i+1)*dim]
		var n float64
		for _, x := range v {
			n += float64(x) * float64(x)
		}
		if n = math.Sqrt(n); n > 0 {
			for d := range v {
				v[d] = float32(float64(v[d]) / n)
			}
		}
	}
	return &Vectors{Dim: dim, Words: words, Data: in}, nil
}

// vocabulary returns the words seen at least minCount times, by falling
// count and then by the word, and every word's count.
func vocabulary(sentences [][]string, minCount int) ([]string, map[string]int) {
	counts := map[string]int{}
	for _, s := range sentences {
		for _, w := range s {
			counts[w]++
		}
	}
	var words []string
	for w, c := range counts {
		if c >= minCount {
			words = append(words, w)
		}
	}
	slices.SortFunc(words, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	return words, counts
}

// trainer is the state of one skip-gram training: the configuration,
// each word's keep probability, the negative-sampling table and the one
// random source every draw comes from.
type trainer struct {
	cfg   Config
	keep  []float64
	table []int32
	rng   *rand.Rand
}

// run trains input and output vectors for n words over corpus (sentences
// of word indices) and returns the input vectors.
func (t *trainer) run(corpus [][]int32, n int) []float32 {
	cfg, rng, dim := t.cfg, t.rng, t.cfg.Dim
	in := make([]float32, n*dim)
	out := make([]float32, n*dim)
	for i := range in {
		in[i] = (rng.Float32() - 0.5) / float32(dim)
	}
	var tokens int
	for _, s := range corpus {
		tokens += len(s)
	}
	steps := float64(cfg.Epochs * tokens)
	grad := make([]float32, dim)
	kept := make([]int32, 0, 256)
	done := 0
	for ep := 0; ep < cfg.Epochs; ep++ {
		for _, s := range corpus {
			kept = kept[:0]
			for _, id := range s {
				if t.keep[id] >= 1 || rng.Float64() < t.keep[id] {
					kept = append(kept, id)
				}
			}
			rate := float32(cfg.Rate * math.Max(1e-4, 1-float64(done)/steps))
			done += len(s)
			for pos, w := range kept {
				b := 1 + rng.IntN(cfg.Window)
				for c := max(0, pos-b); c <= min(len(kept)-1, pos+b); c++ {
					if c != pos {
						t.pair(in[int(kept[c])*dim:int(kept[c]+1)*dim], w, out, grad, rate)
					}
				}
			}
		}
	}
	return in
}

// pair takes one gradient step on the context vector ctx predicting word w
// against cfg.Negative words drawn from the unigram table.
func (t *trainer) pair(ctx []float32, w int32, out, grad []float32, rate float32) {
	dim := t.cfg.Dim
	clear(grad)
	for k := 0; k <= t.cfg.Negative; k++ {
		target, label := w, float32(1)
		if k > 0 {
			target = t.table[t.rng.IntN(len(t.table))]
			if target == w {
				continue
			}
			label = 0
		}
		o := out[int(target)*dim : int(target+1)*dim]
		var dot float32
		for d := range ctx {
			dot += ctx[d] * o[d]
		}
		g := (label - sigmoid(dot)) * rate
		for d := range ctx {
			grad[d] += g * o[d]
			o[d] += g * ctx[d]
		}
	}
	for d := range ctx {
		ctx[d] += grad[d]
	}
}

func sigmoid(x float32) float32 {
	if x > 8 {
		return 1
	}
	if x < -8 {
		return 0
	}
	return float32(1 / (1 + math.Exp(-float64(x))))
}

// unigramTable is the negative-sampling table: word i fills a share of it
// proportional to its count to the power 0.75.
func unigramTable(words []string, counts map[string]int, size int) []int32 {
	var z float64
	for _, w := range words {
		z += math.Pow(float64(counts[w]), 0.75)
	}
	table := make([]int32, 0, size)
	var cum float64
	for i, w := range words {
		cum += math.Pow(float64(counts[w]), 0.75) / z
		for len(table) < size && float64(len(table)) < cum*float64(size) {
			table = append(table, int32(i))
		}
	}
	for len(table) < size {
		table = append(table, int32(len(words)-1))
	}
	return table
}
