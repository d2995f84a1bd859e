package training

import (
	"encoding/json"
	"fmt"
	"path/filepath"

	"github.com/stance-news/stance/analysis/segment"
	"github.com/stance-news/stance/analysis/stance"
	"github.com/stance-news/stance/models/training/wordvec"
)

// VectorsReport describes the word vectors Train learned: from what text,
// how, and how many words got one.
type VectorsReport struct {
	// Config is the wordvec configuration with its defaults filled in.
	Config wordvec.Config `json:"config"`
	// Articles and Sentences count the news-pool articles and all the
	// sentences (articles' and NewsMTSC's) read; Tokens their words.
	Articles  int `json:"articles"`
	Sentences int `json:"sentences"`
	Tokens    int `json:"tokens"`
	// Words is the number of words with a vector.
	Words int `json:"words"`
	// Pretrained describes the pretrained vectors read or joined to the
	// learned ones (TrainConfig.Pretrained), when there are any.
	Pretrained *PretrainedReport `json:"pretrained,omitempty"`
}

// docWords is one unlabelled sentence as the model's words, with the
// story it belongs to (a Wikinews article id or a NewsMTSC story, as
// stance.Example.Doc names them).
type docWords struct {
	doc     string
	words   []string
	article bool // from the news pool
}

// vectorCorpus reads the unlabelled sentences word vectors are learned
// from: every sentence of the news-pool articles and every NewsMTSC train
// sentence.
func vectorCorpus(shared string) ([]docWords, error) {
	var sents []docWords
	seg := segment.New()
	err := EachJSONL(filepath.Join(shared, "news-pool", "wikinews.jsonl"), func(raw []byte) error {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(raw, &a); err != nil {
			return err
		}
		for _, s := range seg.Split(a.Text) {
			sents = append(sents, docWords{a.ID, stance.Words(a.Text[s.ByteStart:s.ByteEnd]), true})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("word vectors: %w", err)
	}
	err = EachJSONL(filepath.Join(shared, "newsmtsc", "train.jsonl"), func(raw []byte) error {
		var l mtscLine
		if err := json.Unmarshal(raw, &l); err != nil {
			return err
		}
		sents = append(sents, docWords{NewsMTSCStory(l.GID), stance.Words(l.Sentence), false})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("word vectors: %w", err)
	}
	return sents, nil
}

// vectorSource learns word vectors from the unlabelled corpus, leaving
// out the stories of the labels' test split and, for a cross-validation
// fold, the fold's own stories: a fold's model never reads vectors shaped
// by the text it is scored on, as the shipped model never reads vectors
// shaped by the test split's. Pretrained vectors, learned elsewhere from
// none of this text, are the same for every fold.
type vectorSource struct {
	cfg   wordvec.Config
	sents []docWords
	test  map[string]bool
	folds map[int]*stance.Vectors
	// pre are the pretrained vectors (TrainConfig.Pretrained), joined to
	// every set of learned ones; fixed, when nothing is learned, are the
	// vectors every model reads.
	pre   *wordVectors
	prep  PretrainedReport
	fixed *stance.Vectors
}

func newVectorSource(cfg TrainConfig, test map[string]bool) (*vectorSource, error) {
	var vs vectorSource
	if cfg.Pretrained != "" {
		pre, rep, err := readPretrained(cfg.Pretrained, cfg.PretrainedWords)
		if err != nil {
			return nil, err
		}
		vs.pre, vs.prep = &pre, rep
		if cfg.Vectors.Dim == 0 {
			if vs.fixed, err = stance.NewVectors(pre.words, pre.data, pre.dim); err != nil {
				return nil, fmt.Errorf("pretrained vectors %s: %w", cfg.Pretrained, err)
			}
			return &vs, nil
		}
	}
	if cfg.Shared == "" {
		return nil, fmt.Errorf("%w: word vectors need the shared data directory", ErrUsage)
	}
	sents, err := vectorCorpus(cfg.Shared)
	if err != nil {
		return nil, fmt.Errorf("%w (word vectors are learned from the unlabelled news under %s; --vector-dim 0 trains without them)", err, cfg.Shared)
	}
	vs.cfg = cfg.Vectors
	vs.cfg.Seed = cfg.Seed
	vs.sents, vs.test, vs.folds = sents, test, map[int]*stance.Vectors{}
	return &vs, nil
}

// learn learns vectors from the sentences of every story but the test
// split's and those in leave.
func (vs *vectorSource) learn(leave map[string]bool) (*stance.Vectors, VectorsReport, error) {
	if vs.fixed != nil {
		p := vs.prep
		return vs.fixed, VectorsReport{Words: vs.fixed.Len(), Pretrained: &p}, nil
	}
	rep := VectorsReport{Config: vs.cfg.Defaults()}
	var sents [][]string
	articles := map[string]bool{}
	for _, s := range vs.sents {
		if vs.test[s.doc] || leave[s.doc] {
			continue
		}
		sents = append(sents, s.words)
		rep.Tokens += len(s.words)
		if s.article {
			articles[s.doc] = true
		}
	}
	rep.Sentences, rep.Articles = len(sents), len(articles)
	wv, err := wordvec.Train(sents, vs.cfg)
	if err != nil {
		return nil, rep, fmt.Errorf("word vectors: %w", err)
	}
	wvs := wordVectors{wv.Words, wv.Data, wv.Dim}
	if vs.pre != nil {
		wvs = joinVectors(wvs, *vs.pre)
		p := vs.prep
		rep.Pretrained = &p
	}
	v, err := stance.NewVectors(wvs.words, wvs.data, wvs.dim)
	if err != nil {
		return nil, rep, fmt.Errorf("word vectors: %w", err)
	}
	rep.Words = v.Len()
	return v, rep, nil
}

// fold returns the vectors of cross-validation fold k, whose stories are
// leave, learning them the first time.
func (vs *vectorSource) fold(k int, leave map[string]bool) (*stance.Vectors, error) {
	if vs.fixed != nil {
		return vs.fixed, nil
	}
	if v, ok := vs.folds[k]; ok {
		return v, nil
	}
	v, _, err := vs.learn(leave)
	if err != nil {
		return nil, fmt.Errorf("fold %d: %w", k, err)
	}
	vs.folds[k] = v
	return v, nil
}
