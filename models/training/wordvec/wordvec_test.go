package wordvec

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
)

// toyCorpus has two topics whose words never share a sentence: harbour
// words ("ship", "port", "dock", "cargo") and orchard words ("apple",
// "pear", "plum", "cider"), each sentence mixing one topic's words with
// common filler.
func toyCorpus() [][]string {
	r := rand.New(rand.NewPCG(7, 7))
	topics := [][]string{{"ship", "port", "dock", "cargo"}, {"apple", "pear", "plum", "cider"}}
	filler := []string{"the", "a", "of", "and", "today"}
	var out [][]string
	for i := 0; i < 3000; i++ {
		t := topics[i%2]
		var s []string
		for j := 0; j < 8; j++ {
			if r.IntN(3) == 0 {
				s = append(s, filler[r.IntN(len(filler))])
			} else {
				s = append(s, t[r.IntN(len(t))])
			}
		}
		out = append(out, s)
	}
	return out
}

func TestTrainLearnsTopics(t *testing.T) {
	v, err := Train(toyCorpus(), Config{Dim: 8, Epochs: 3, Seed: 1, Sample: -1})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		word  string
		topic []string
	}{
		{"ship", []string{"port", "dock", "cargo"}},
		{"plum", []string{"apple", "pear", "cider"}},
	} {
		near := nearest(v, c.word, 3)
		for _, w := range near {
			if !slices.Contains(c.topic, w) {
				t.Errorf("nearest to %q: %v, want words of its topic %v", c.word, near, c.topic)
				break
			}
		}
	}
	for i := range v.Words {
		var n float64
		for _, x := range v.Data[i*v.Dim : (i+1)*v.Dim] {
			n += float64(x) * float64(x)
		}
		if n < 0.999 || n > 1.001 {
			t.Errorf("%q: squared length %v, want 1", v.Words[i], n)
		}
	}
	if nearest(v, "absent", 3) != nil {
		t.Error("nearest of a word without a vector: want nil")
	}
}

func TestTrainDeterministic(t *testing.T) {
	cfg := Config{Dim: 6, Epochs: 2, Seed: 3}
	a, err := Train(toyCorpus(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Train(toyCorpus(), cfg)
	if !slices.Equal(a.Words, b.Words) || !slices.Equal(a.Data, b.Data) {
		t.Fatal("the same corpus and config gave different vectors")
	}
	cfg.Seed = 4
	c, _ := Train(toyCorpus(), cfg)
	if slices.Equal(a.Data, c.Data) {
		t.Error("another seed gave the same vectors")
	}
	// words by falling count, ties by the word.
	counts := map[string]int{}
	for _, s := range toyCorpus() {
		for _, w := range s {
			counts[w]++
		}
	}
	for i := 1; i < len(a.Words); i++ {
		p, w := a.Words[i-1], a.Words[i]
		if counts[p] < counts[w] || (counts[p] == counts[w] && p > w) {
			t.Errorf("word %d %q (%d) after %q (%d): want falling count, ties by the word", i, w, counts[w], p, counts[p])
		}
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train([][]string{{"rare", "words"}}, Config{}); !errors.Is(err, ErrNoWords) {
		t.Errorf("corpus below the minimum count: got %v, want ErrNoWords", err)
	}
	if _, err := Train(toyCorpus(), Config{Dim: -1}); err == nil {
		t.Error("negative Dim: want an error")
	}
}

// nearest returns the k words whose vectors are closest to word's by
// cosine, most similar first (nil when word has no vector).
func nearest(v *Vectors, word string, k int) []string {
	q := -1
	for i, w := range v.Words {
		if w == word {
			q = i
			break
		}
	}
	if q < 0 {
		return nil
	}
	type sim struct {
		i int
		s float32
	}
	sims := make([]sim, 0, len(v.Words))
	qv := v.Data[q*v.Dim : (q+1)*v.Dim]
	for i := range v.Words {
		if i == q {
			continue
		}
		var s float32
		for d, x := range v.Data[i*v.Dim : (i+1)*v.Dim] {
			s += x * qv[d]
		}
		sims = append(sims, sim{i, s})
	}
	slices.SortFunc(sims, func(a, b sim) int {
		if a.s != b.s {
			if a.s > b.s {
				return -1
			}
			return 1
		}
		return a.i - b.i
	})
	out := make([]string, 0, k)
	for _, s := range sims[:min(k, len(sims))] {
		out = append(out, v.Words[s.i])
	}
	return out
}
