package stance

import (
	"fmt"
	"strconv"
)

// Feature is one active feature of an example: its column in the weight
// space of FeatureConfig and its value. A column may appear more than once
// in one example; its values add up.
type Feature struct {
	Column uint32
	Value  float32
}

// Features returns, for each example, the features Train fits on (the
// same extraction, lexicon and word vectors), and the feature
// configuration whose columns they index: the input of another learner
// that is to be compared with Train on equal terms.
func Features(examples []Example, lex Lexicon, cfg TrainConfig) ([][]Feature, FeatureConfig, error) {
	cfg = cfg.withDefaults()
	m, err := newTrainModel(cfg, lex)
	if err != nil {
		return nil, FeatureConfig{}, err
	}
	sc := &scratch{}
	out := make([][]Feature, len(examples))
	for i, ex := range examples {
		if ex.Domain < 0 || ex.Domain >= nDomains {
			return nil, FeatureConfig{}, fmt.Errorf("%w: example %d: unknown domain %d", ErrConfig, i, ex.Domain)
		}
		m.extract(sc, ex.Sentence, ex.Target, ex.Others, ex.Domain)
		fs := make([]Feature, 0, len(sc.feats))
		for _, f := range sc.feats {
			if f.val != 0 {
				fs = append(fs, Feature{Column: f.idx, Value: f.val})
			}
		}
		out[i] = fs
	}
	return out, m.fc, nil
}

// Columns is the number of columns of the weight space: the lexicon and
// rule features, the hashed n-grams and the word-vector pools.
func (fc FeatureConfig) Columns() int {
	return fc.Dense + 1<<fc.HashBits + nVecPools*fc.VecDim
}

// ColumnName names column i of the weight space for people reading an
// export: "dense:<name>" for a lexicon or rule feature ("country:" before
// the name for its country-domain copy), "domain:country" and
// "domain:written" for the domain priors, "ngram:<bucket>" for a hashed
// n-gram and "vector:<pool>:<k>" for a word-vector pool (pools near,
// clause and sentence). It returns "" outside the columns.
func (fc FeatureConfig) ColumnName(i int) string {
	hashed := fc.Dense + 1<<fc.HashBits
	switch {
	case i < 0 || i >= fc.Columns():
		return ""
	case i == fDomainCountry:
		return "domain:country"
	case i == fDomainWritten:
		return "domain:written"
	case i < nDense:
		return "dense:" + strconv.Itoa(i) + ":" + denseNames[i]
	case i < 2*nDense:
		return "dense:" + strconv.Itoa(i) + ":country:" + denseNames[i-nDense]
	case i < hashed:
		return "ngram:" + strconv.Itoa(i-fc.Dense)
	}
	k := i - hashed
	return "vector:" + vecPoolNames[k/fc.VecDim] + ":" + strconv.Itoa(k%fc.VecDim)
}

// vecPoolNames name the word-vector pools of vectorFeatures.
var vecPoolNames = [nVecPools]string{"near", "clause", "sentence"}
