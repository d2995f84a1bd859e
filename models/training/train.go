package training

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/stance-news/stance/analysis/stance"
	"github.com/stance-news/stance/internal/durable"
	"github.com/stance-news/stance/models"
	"github.com/stance-news/stance/models/training/wordvec"
)

// TrainConfig controls Train.
type TrainConfig struct {
	// Data are the NewsMTSC-format training files.
	Data []string
	// DataWeights optionally weights each Data file's examples (same length
	// as Data; missing or 0 means 1).
	DataWeights []float64
	// Out is the directory that receives weights.bin and manifest.json.
	Out string
	// Seed is recorded and drives the cross-validation folds.
	Seed uint64
	// Dev are files to report metrics on (never trained on).
	Dev []string
	// CrossValidate are files to report k-fold cross-validated metrics on:
	// for each fold the model is trained on Data (minus the file itself,
	// when it is also listed there), the labels' train split (minus the
	// fold's own sentences) and the other folds.
	CrossValidate []string
	// Folds is the k of cross-validation (default 5).
	Folds int
	// Model holds the learning hyper-parameters (zero = defaults).
	Model stance.TrainConfig
	// Labels is a real-news label file (ReadLabels; "" = none). Its train
	// split is trained on, with weight LabelsWeight, and cross-validated in
	// folds grouped by story; its test split is never read here. NewsMTSC
	// sentences of the test split's stories are left out of Data.
	Labels string
	// LabelsWeight is the example weight of the labels (0 = 1).
	LabelsWeight float64
	// LabelsMixedWeight multiplies the weight of the labels whose sentence
	// has parties of different polarities (0 or 1 = no change).
	LabelsMixedWeight float64
	// MixedWeight multiplies the weight of the Data examples whose
	// sentence has targets of different polarities, the sentences that
	// teach whose the valence is (0 or 1 = no change).
	MixedWeight float64
	// Shared is the shared data directory the labels point into.
	Shared string
	// Curve lists the shares of the labelled training stories (each in
	// (0, 1)) for which the cross-validation is repeated, giving a
	// learning curve; the full share is always reported.
	Curve []float64
	// WrittenDomain, with Labels, trains Data's country-domain examples
	// (sentences written for the project) as DomainWritten, with a class
	// prior of their own.
	WrittenDomain bool
	// MinNeutralRecall, when above 0, has Train choose logit offsets on
	// the labels' out-of-fold scores (the best macro-F1 that keeps neutral
	// recall at or above it) and ship them with the weights.
	MinNeutralRecall float64
	// Calibrate, with Labels, has Train fit a temperature to the labels'
	// out-of-fold scores (after the offsets) and ship it with the weights
	// (stance.FeatureConfig.Temperature).
	Calibrate bool
	// Vectors, when its Dim is above 0, has Train learn word vectors from
	// the unlabelled news under Shared (package wordvec; its Seed is
	// Seed) and fit the model over them; they ship inside the weights.
	// The stories of the labels' test split are left out of their text.
	Vectors wordvec.Config
	// Pretrained, when set, is a file of pretrained word vectors (the
	// wink-embeddings JSON layout) whose PretrainedWords most frequent
	// words the model reads: joined side by side to the vectors learned
	// here, or alone when Vectors.Dim is 0. They ship inside the weights.
	Pretrained      string
	PretrainedWords int
	// CVPredictions, when set, receives the full model's out-of-fold
	// prediction for every labelled training mention (id, gold, predicted),
	// for error analysis.
	CVPredictions string
}

// ModeMetrics are the metrics of the full model and its two ablations.
type ModeMetrics struct {
	Full        stance.Metrics `json:"full"`
	LexiconOnly stance.Metrics `json:"lexicon-only"`
	WeightsOnly stance.Metrics `json:"weights-only"`
}

// DataFile identifies a data file by base name, digest and size.
type DataFile struct {
	Name     string  `json:"name"`
	SHA256   string  `json:"sha256"`
	Examples int     `json:"examples"`
	Weight   float64 `json:"weight,omitempty"`
}

// TrainReport is what Train did; it is also written as manifest.json.
type TrainReport struct {
	// Weights and Manifest are the paths written.
	Weights  string `json:"-"`
	Manifest string `json:"-"`
	// WeightsSHA256 is the digest of the weights file.
	WeightsSHA256 string `json:"weights_sha256"`
	// WeightsFile is the weights file's base name.
	WeightsFile string `json:"weights_file"`
	// Data lists the training files.
	Data []DataFile `json:"data"`
	// Seed is the configured seed.
	Seed uint64 `json:"seed"`
	// MixedWeight is TrainConfig.MixedWeight (0 when unset).
	MixedWeight float64 `json:"mixed_weight,omitempty"`
	// Features is the feature configuration of the weights.
	Features stance.FeatureConfig `json:"features"`
	// Train is the learning configuration with defaults filled in.
	Train stance.TrainConfig `json:"train"`
	// Dev maps each dev file's base name to its metrics.
	Dev map[string]ModeMetrics `json:"dev,omitempty"`
	// CV maps each cross-validated file's base name to its pooled
	// out-of-fold metrics, the base name plus MultiTargetSuffix to those
	// of its sentences with two or more targets, and plus
	// MixedPolaritySuffix to those whose targets differ in polarity.
	CV map[string]ModeMetrics `json:"cv,omitempty"`
	// Folds is the k used for CV.
	Folds int `json:"folds,omitempty"`
	// Labels describes the real-news label file, when one was used.
	Labels *LabelsReport `json:"labels,omitempty"`
	// Vectors describes the word vectors, when the model has them.
	Vectors *VectorsReport `json:"vectors,omitempty"`
}

// LabelsReport is what training took from a real-news label file. Its
// metrics are tuning figures: cross-validated on the train split, in folds
// grouped by story, and used to choose the recipe.
type LabelsReport struct {
	DataFile
	// Train and Test count the mentions of each split; Excluded counts
	// the Data examples left out because their story is in the test split.
	Train, Test, Excluded int
	// MixedWeight is TrainConfig.LabelsMixedWeight when it changes weights.
	MixedWeight float64 `json:"mixed_weight,omitempty"`
	// CV is the pooled out-of-fold metrics on the train split, before
	// any offsets.
	CV ModeMetrics `json:"cv"`
	// Offsets are the logit offsets chosen on the out-of-fold scores
	// (TrainConfig.MinNeutralRecall), and CVTuned the full model's
	// out-of-fold metrics with them: optimistic, since the offsets were
	// chosen on these same scores.
	Offsets [3]float64      `json:"offsets"`
	CVTuned *stance.Metrics `json:"cv_tuned,omitempty"`
	// Calibration is the temperature chosen on the out-of-fold scores and
	// the calibration error before and after (TrainConfig.Calibrate).
	Calibration *CalibrationReport `json:"calibration,omitempty"`
	// Curve maps a share of the training stories ("0.25") to the full
	// model's cross-validated metrics with that share in each fold.
	Curve map[string]stance.Metrics `json:"curve,omitempty"`
}

// WeightsFile and ManifestFile are the names Train writes inside Out.
const (
	WeightsFile  = "weights.bin"
	ManifestFile = "manifest.json"
)

// Train fits the stance model on cfg.Data, reports metrics on the dev and
// cross-validation files, and writes the weights and a manifest under
// cfg.Out. The same data and configuration give the same bytes.
func Train(ctx context.Context, lex stance.Lexicon, cfg TrainConfig) (TrainReport, error) {
	cfg.Model.Seed = cfg.Seed
	rep := TrainReport{Seed: cfg.Seed, Train: cfg.Model.Defaults(), MixedWeight: cfg.MixedWeight}
	if len(cfg.Data) == 0 || cfg.Out == "" {
		return rep, fmt.Errorf("%w: training needs data files and an output directory", ErrUsage)
	}
	if cfg.Folds == 0 {
		cfg.Folds = 5
	}
	in, err := readInputs(&cfg)
	if err != nil {
		return rep, err
	}
	sets, labelled, vs := in.sets, in.labelled, in.vs
	rep.Data, rep.Labels, rep.Vectors = in.files, in.labels, in.vectors
	rep.Train = cfg.Model.Defaults()
	all := in.all()
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	m, err := stance.Train(all, lex, cfg.Model)
	if err != nil {
		return rep, fmt.Errorf("train: %w", err)
	}
	rep.Features = m.Config()
	if len(cfg.CrossValidate) > 0 {
		rep.CV = map[string]ModeMetrics{}
		rep.Folds = cfg.Folds
	}
	for _, p := range cfg.CrossValidate {
		mm, multi, mixed, err := crossValidate(ctx, lex, cfg, sets, labelled, p)
		if err != nil {
			return rep, err
		}
		rep.CV[filepath.Base(p)] = mm
		if multi.Full.N > 0 && multi.Full.N < mm.Full.N {
			rep.CV[filepath.Base(p)+MultiTargetSuffix] = multi
		}
		if mixed.Full.N > 0 && mixed.Full.N < mm.Full.N {
			rep.CV[filepath.Base(p)+MixedPolaritySuffix] = mixed
		}
	}
	if rep.Labels != nil {
		if m, err = crossValidateLabels(ctx, lex, cfg, vs, sets, labelled, m, rep.Labels); err != nil {
			return rep, err
		}
		rep.Features = m.Config()
	}
	if len(cfg.Dev) > 0 {
		rep.Dev = map[string]ModeMetrics{}
	}
	for _, p := range cfg.Dev {
		exs, err := ReadNewsMTSC(p)
		if err != nil {
			return rep, err
		}
		mm, err := allModes(ctx, m, exs)
		if err != nil {
			return rep, err
		}
		rep.Dev[filepath.Base(p)] = mm
	}
	weights, err := m.MarshalBinary()
	if err != nil {
		return rep, fmt.Errorf("train: encode weights: %w", err)
	}
	rep.WeightsFile = WeightsFile
	rep.WeightsSHA256 = models.Digest(weights)
	manifest, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return rep, fmt.Errorf("train: manifest: %w", err)
	}
	if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
		return rep, fmt.Errorf("train: %w", err)
	}
	rep.Weights = filepath.Join(cfg.Out, WeightsFile)
	rep.Manifest = filepath.Join(cfg.Out, ManifestFile)
	if err := durable.WriteAtomic(rep.Weights, weights); err != nil {
		return rep, err
	}
	if err := durable.WriteAtomic(rep.Manifest, append(manifest, '\n')); err != nil {
		return rep, err
	}
	return rep, nil
}

// inputs are what Train fits on: the data files' examples, the real-news
// labels' train split and the word vectors' source.
type inputs struct {
	sets     [][]stance.Example
	files    []DataFile
	labelled []stance.Example
	labels   *LabelsReport
	vs       *vectorSource
	vectors  *VectorsReport
}

// all is every training example: the data files' and then the labels'.
func (in *inputs) all() []stance.Example {
	var all []stance.Example
	for _, s := range in.sets {
		all = append(all, s...)
	}
	return append(all, in.labelled...)
}

// readInputs reads cfg's data and labels and learns its word vectors,
// which it sets in cfg.Model.
func readInputs(cfg *TrainConfig) (*inputs, error) {
	sets, files, err := readData(*cfg)
	if err != nil {
		return nil, err
	}
	in := &inputs{sets: sets, files: files}
	test := map[string]bool{}
	if cfg.Labels != "" {
		lr, exs, testDocs, err := readLabelled(*cfg, sets)
		if err != nil {
			return nil, err
		}
		in.labels, in.labelled, test = lr, exs, testDocs
	}
	if cfg.Vectors.Dim > 0 || cfg.Pretrained != "" {
		if in.vs, err = newVectorSource(*cfg, test); err != nil {
			return nil, err
		}
		v, vr, err := in.vs.learn(nil)
		if err != nil {
			return nil, err
		}
		cfg.Model.Vectors, in.vectors = v, &vr
	}
	if cfg.Labels != "" && cfg.WrittenDomain {
		// The real-news labels own the country domain's prior; the
		// country-domain sentences of Data were written for the project.
		for _, set := range sets {
			for i := range set {
				if set[i].Domain == stance.DomainCountry {
					set[i].Domain = stance.DomainWritten
				}
			}
		}
	}
	return in, nil
}

// MultiTargetSuffix names, in TrainReport.CV, the out-of-fold metrics of a
// file's sentences with two or more targets (the shape of NewsMTSC's mt
// splits).
const MultiTargetSuffix = ":multi-target"

// MixedPolaritySuffix names, in TrainReport.CV, the out-of-fold metrics of
// a file's sentences whose targets have different gold polarities: the
// sentences where telling whose the valence is decides the label.
const MixedPolaritySuffix = ":mixed-polarity"

// crossValidate pools out-of-fold predictions on the file at path: each
// fold's model is trained on the other training files, the real-news
// labels (but for those of the fold's own sentences, which NewsMTSC shares)
// and the file's other folds, with the file's own weight when it is also a
// training file: the fold's model is the shipped recipe's. multi is the
// same over the sentences with two or more targets, and mixedM over those
// whose targets have different gold polarities.
func crossValidate(ctx context.Context, lex stance.Lexicon, cfg TrainConfig, sets [][]stance.Example, labelled []stance.Example, path string) (all, multi, mixedM ModeMetrics, err error) {
	target, err := ReadNewsMTSC(path)
	if err != nil {
		return all, multi, mixedM, err
	}
	perSentence := map[string]int{}
	for _, ex := range target {
		perSentence[ex.Sentence]++
	}
	mixed := mixedSentences(target)
	abs, _ := filepath.Abs(path)
	var base []stance.Example
	weight := 1.0
	for i, p := range cfg.Data {
		if pa, _ := filepath.Abs(p); pa == abs {
			if i < len(cfg.DataWeights) && cfg.DataWeights[i] != 0 {
				weight = cfg.DataWeights[i]
			}
			continue
		}
		base = append(base, sets[i]...)
	}
	// Fold by sentence, so targets of one sentence never straddle folds.
	sentIdx, nSent := groupIndex(target, func(ex stance.Example) string { return ex.Sentence })
	folds := stance.Folds(nSent, cfg.Folds, cfg.Seed)
	var gold, multiGold, mixedGold []int
	preds, multiPreds, mixedPreds := [3][]int{}, [3][]int{}, [3][]int{}
	for k := 0; k < cfg.Folds; k++ {
		if err := ctx.Err(); err != nil {
			return all, multi, mixedM, err
		}
		train := append([]stance.Example(nil), base...)
		train = appendOutsideFold(train, labelled, sentIdx, folds, k)
		var test []stance.Example
		for _, ex := range target {
			if folds[sentIdx[ex.Sentence]] == k {
				test = append(test, ex)
			} else {
				ex.Weight = weight * cfg.mixedFactor(mixed, ex)
				if cfg.Labels != "" && cfg.WrittenDomain && ex.Domain == stance.DomainCountry {
					ex.Domain = stance.DomainWritten // as Train marks Data
				}
				train = append(train, ex)
			}
		}
		m, err := stance.Train(train, lex, cfg.Model)
		if err != nil {
			return all, multi, mixedM, fmt.Errorf("cv %s fold %d: %w", filepath.Base(path), k, err)
		}
		for _, ex := range test {
			gold = append(gold, ex.Label)
			if perSentence[ex.Sentence] > 1 {
				multiGold = append(multiGold, ex.Label)
			}
			if mixed[ex.Sentence] {
				mixedGold = append(mixedGold, ex.Label)
			}
		}
		for mode := range preds {
			p, err := predictExamples(ctx, m, test, stance.Mode(mode))
			if err != nil {
				return all, multi, mixedM, err
			}
			preds[mode] = append(preds[mode], p...)
			for i, ex := range test {
				if perSentence[ex.Sentence] > 1 {
					multiPreds[mode] = append(multiPreds[mode], p[i])
				}
				if mixed[ex.Sentence] {
					mixedPreds[mode] = append(mixedPreds[mode], p[i])
				}
			}
		}
	}
	metrics := func(gold []int, preds [3][]int) ModeMetrics {
		return ModeMetrics{
			Full:        stance.Evaluate(gold, preds[stance.Full]),
			LexiconOnly: stance.Evaluate(gold, preds[stance.LexiconOnly]),
			WeightsOnly: stance.Evaluate(gold, preds[stance.WeightsOnly]),
		}
	}
	return metrics(gold, preds), metrics(multiGold, multiPreds), metrics(mixedGold, mixedPreds), nil
}

// appendOutsideFold appends to dst the examples of exs whose sentence is
// not in fold k (sentIdx numbers the cross-validated file's sentences,
// folds gives each its fold): a labelled sentence the file also holds
// trains only the folds that do not test it.
func appendOutsideFold(dst, exs []stance.Example, sentIdx map[string]int, folds []int, k int) []stance.Example {
	for _, ex := range exs {
		if i, ok := sentIdx[ex.Sentence]; !ok || folds[i] != k {
			dst = append(dst, ex)
		}
	}
	return dst
}

func allModes(ctx context.Context, m *stance.Model, exs []stance.Example) (ModeMetrics, error) {
	var mm ModeMetrics
	var err error
	if mm.Full, err = evalExamples(ctx, m, exs, stance.Full); err != nil {
		return mm, err
	}
	if mm.LexiconOnly, err = evalExamples(ctx, m, exs, stance.LexiconOnly); err != nil {
		return mm, err
	}
	mm.WeightsOnly, err = evalExamples(ctx, m, exs, stance.WeightsOnly)
	return mm, err
}

// readDigested reads a data file and returns its examples and SHA-256.
func readDigested(path string) ([]stance.Example, string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("read stance data: %w", err)
	}
	exs, err := ReadNewsMTSC(path)
	if err != nil {
		return nil, "", err
	}
	return exs, models.Digest(raw), nil
}

// readLabelled reads cfg.Labels, joins its train split to the shared text
// as examples weighted cfg.LabelsWeight, and removes from sets the examples
// of the test split's stories, which it returns (Wikinews article ids and
// NewsMTSC stories).
func readLabelled(cfg TrainConfig, sets [][]stance.Example) (*LabelsReport, []stance.Example, map[string]bool, error) {
	raw, err := os.ReadFile(cfg.Labels)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("read labels: %w", err)
	}
	rows, err := ReadLabels(cfg.Labels)
	if err != nil {
		return nil, nil, nil, err
	}
	if cfg.Shared == "" {
		return nil, nil, nil, fmt.Errorf("%w: labels need the shared data directory", ErrUsage)
	}
	st, err := ReadSharedText(cfg.Shared)
	if err != nil {
		return nil, nil, nil, err
	}
	var train []LabelRow
	testDocs := map[string]bool{}
	lr := &LabelsReport{DataFile: DataFile{Name: filepath.Base(cfg.Labels), SHA256: models.Digest(raw)}}
	for _, r := range rows {
		if r.Split == "test" {
			if r.Label != LabelNone {
				lr.Test++
			}
			doc := r.DocID
			if r.Source == "newsmtsc" {
				doc = storyOfKey(r.DocID)
			}
			testDocs[doc] = true
			continue
		}
		train = append(train, r)
	}
	exs, err := LabelExamples(train, st)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %w", cfg.Labels, err)
	}
	w := cfg.LabelsWeight
	if w == 0 {
		w = 1
	}
	mixed, mw := mixedSentences(exs), TrainConfig{MixedWeight: cfg.LabelsMixedWeight}
	for i := range exs {
		exs[i].Weight = w * mw.mixedFactor(mixed, exs[i])
	}
	lr.Train, lr.Examples = len(exs), len(exs)
	if w != 1 {
		lr.Weight = w
	}
	if cfg.LabelsMixedWeight > 0 && cfg.LabelsMixedWeight != 1 {
		lr.MixedWeight = cfg.LabelsMixedWeight
	}
	for i, set := range sets {
		kept := set[:0:0]
		for _, ex := range set {
			if ex.Doc != "" && testDocs[ex.Doc] {
				lr.Excluded++
				continue
			}
			kept = append(kept, ex)
		}
		sets[i] = kept
	}
	return lr, exs, testDocs, nil
}

// crossValidateDocs pools out-of-fold predictions on labelled, in folds
// grouped by Doc: each fold's model is trained on base plus a share of the
// other folds' documents (chosen by the seed). With allModes it scores the
// ablations too; otherwise only the full model. With vs, each fold's model
// reads word vectors learned without the fold's documents.
func crossValidateDocs(ctx context.Context, lex stance.Lexicon, cfg TrainConfig, vs *vectorSource, base, labelled []stance.Example, share float64, allModes bool) (ModeMetrics, []oofResult, error) {
	docIdx, nDocs, folds := storyFolds(labelled, cfg)
	// the share of training documents: a fixed random order, cut at share.
	keep := make([]bool, nDocs)
	for i, p := range stance.Folds(nDocs, nDocs, cfg.Seed+1) {
		keep[i] = float64(p) < share*float64(nDocs)
	}
	var gold, foldOf []int
	var ids []string
	var full []stance.Result
	preds := [3][]int{}
	for k := 0; k < cfg.Folds; k++ {
		if err := ctx.Err(); err != nil {
			return ModeMetrics{}, nil, err
		}
		train := append([]stance.Example(nil), base...)
		var test []stance.Example
		leave := map[string]bool{}
		for _, ex := range labelled {
			d := docIdx[ex.Doc]
			switch {
			case folds[d] == k:
				test = append(test, ex)
				leave[ex.Doc] = true
			case keep[d]:
				train = append(train, ex)
			}
		}
		mc := cfg.Model
		if vs != nil {
			v, err := vs.fold(k, leave)
			if err != nil {
				return ModeMetrics{}, nil, err
			}
			mc.Vectors = v
		}
		m, err := stance.Train(train, lex, mc)
		if err != nil {
			return ModeMetrics{}, nil, fmt.Errorf("cv labels fold %d: %w", k, err)
		}
		for _, ex := range test {
			gold = append(gold, ex.Label)
			ids = append(ids, ex.ID)
			foldOf = append(foldOf, k)
		}
		for mode := range preds {
			if mode != int(stance.Full) && !allModes {
				continue
			}
			res, err := scoreExamples(ctx, m, test, stance.Mode(mode))
			if err != nil {
				return ModeMetrics{}, nil, err
			}
			for _, r := range res {
				preds[mode] = append(preds[mode], labelIndex(r.Label))
				if mode == int(stance.Full) {
					full = append(full, r)
				}
			}
		}
	}
	mm := ModeMetrics{Full: stance.Evaluate(gold, preds[stance.Full])}
	if allModes {
		mm.LexiconOnly = stance.Evaluate(gold, preds[stance.LexiconOnly])
		mm.WeightsOnly = stance.Evaluate(gold, preds[stance.WeightsOnly])
	}
	oof := make([]oofResult, len(gold))
	for i := range gold {
		oof[i] = oofResult{id: ids[i], gold: gold[i], fold: foldOf[i], res: full[i]}
	}
	return mm, oof, nil
}

// storyFolds numbers the stories of the labelled examples and gives each
// story its cross-validation fold, by cfg's folds and seed.
func storyFolds(labelled []stance.Example, cfg TrainConfig) (docIdx map[string]int, nDocs int, folds []int) {
	docIdx, nDocs = groupIndex(labelled, func(ex stance.Example) string { return ex.Doc })
	return docIdx, nDocs, stance.Folds(nDocs, cfg.Folds, cfg.Seed)
}

// oofResult is a labelled mention's out-of-fold score.
type oofResult struct {
	id   string
	gold int
	fold int
	res  stance.Result
}

// tuneOffsets chooses the negative and positive logit offsets (on a grid
// of 0.1 in [-2, 2]) that maximise the macro-F1 of the out-of-fold scores,
// among those that keep neutral recall at or above minNeuRecall.
func tuneOffsets(oof []oofResult, minNeuRecall float64) ([3]float64, stance.Metrics) {
	gold := make([]int, len(oof))
	logp := make([][3]float64, len(oof))
	for i, o := range oof {
		gold[i] = o.gold
		p := [3]float32{o.res.PNeg, o.res.PNeu, o.res.PPos}
		for c := range p {
			logp[i][c] = math.Log(math.Max(float64(p[c]), 1e-12))
		}
	}
	pred := make([]int, len(oof))
	var best [3]float64
	bestM := stance.Metrics{MacroF1: -1}
	for a := -20; a <= 20; a++ {
		for b := -20; b <= 20; b++ {
			off := [3]float64{float64(a) / 10, 0, float64(b) / 10}
			for i, l := range logp {
				k := 0
				for c := 1; c < 3; c++ {
					if l[c]+off[c] > l[k]+off[k] {
						k = c
					}
				}
				pred[i] = k
			}
			m := stance.Evaluate(gold, pred)
			if m.PerClass[1].Recall < 100*minNeuRecall {
				continue
			}
			if m.MacroF1 > bestM.MacroF1+1e-9 {
				best, bestM = off, m
			}
		}
	}
	return best, bestM
}

// mixedSentences returns the sentences of exs whose targets have more
// than one gold polarity.
func mixedSentences(exs []stance.Example) map[string]bool {
	first := map[string]int{}
	mixed := map[string]bool{}
	for _, ex := range exs {
		if l, ok := first[ex.Sentence]; !ok {
			first[ex.Sentence] = ex.Label
		} else if l != ex.Label {
			mixed[ex.Sentence] = true
		}
	}
	return mixed
}

// mixedFactor is the weight factor of ex: MixedWeight when its sentence is
// in mixed, else 1.
func (c TrainConfig) mixedFactor(mixed map[string]bool, ex stance.Example) float64 {
	if c.MixedWeight > 0 && mixed[ex.Sentence] {
		return c.MixedWeight
	}
	return 1
}

// readData reads cfg.Data, weighting each file's examples by its
// DataWeights entry, and describes each file for the report.
func readData(cfg TrainConfig) ([][]stance.Example, []DataFile, error) {
	sets := make([][]stance.Example, len(cfg.Data))
	var files []DataFile
	for i, p := range cfg.Data {
		exs, digest, err := readDigested(p)
		if err != nil {
			return nil, nil, err
		}
		w := 1.0
		if i < len(cfg.DataWeights) && cfg.DataWeights[i] != 0 {
			w = cfg.DataWeights[i]
		}
		mixed := mixedSentences(exs)
		for j := range exs {
			exs[j].Weight = w * cfg.mixedFactor(mixed, exs[j])
		}
		sets[i] = exs
		df := DataFile{Name: filepath.Base(p), SHA256: digest, Examples: len(exs)}
		if w != 1 {
			df.Weight = w
		}
		files = append(files, df)
	}
	return sets, files, nil
}

// crossValidateLabels cross-validates the full model m on the labelled
// training stories (folds by story) into lr: the metrics, the offsets
// chosen on the out-of-fold scores (when cfg.MinNeutralRecall is set, in
// which case m comes back with them), the out-of-fold predictions file and
// the learning curve.
func crossValidateLabels(ctx context.Context, lex stance.Lexicon, cfg TrainConfig, vs *vectorSource, sets [][]stance.Example, labelled []stance.Example, m *stance.Model, lr *LabelsReport) (*stance.Model, error) {
	var base []stance.Example
	for _, s := range sets {
		base = append(base, s...)
	}
	cv, oof, err := crossValidateDocs(ctx, lex, cfg, vs, base, labelled, 1, true)
	if err != nil {
		return m, err
	}
	lr.CV = cv
	if cfg.MinNeutralRecall > 0 {
		off, tuned := tuneOffsets(oof, cfg.MinNeutralRecall)
		lr.Offsets, lr.CVTuned = off, &tuned
		m = m.WithOffsets(off)
	}
	if cfg.Calibrate {
		cal := calibrate(oof, lr.Offsets, cfg.Folds)
		lr.Calibration = &cal
		m = m.WithTemperature(cal.Temperature)
	}
	if cfg.CVPredictions != "" {
		var b strings.Builder
		b.WriteString("id\tgold\tpred\tp_negative\tp_neutral\tp_positive\n")
		for _, o := range oof {
			fmt.Fprintf(&b, "%s\t%s\t%s\t%.4f\t%.4f\t%.4f\n", fieldEscaper.Replace(o.id), stance.Labels[o.gold], o.res.Label,
				o.res.PNeg, o.res.PNeu, o.res.PPos)
		}
		if err := durable.WriteAtomic(cfg.CVPredictions, []byte(b.String())); err != nil {
			return m, err
		}
	}
	for _, share := range cfg.Curve {
		if share <= 0 || share >= 1 {
			return m, fmt.Errorf("%w: learning-curve share %v outside (0, 1)", ErrUsage, share)
		}
		mm, _, err := crossValidateDocs(ctx, lex, cfg, vs, base, labelled, share, false)
		if err != nil {
			return m, err
		}
		if lr.Curve == nil {
			lr.Curve = map[string]stance.Metrics{"1": lr.CV.Full}
		}
		lr.Curve[strconv.FormatFloat(share, 'f', -1, 64)] = mm.Full
	}
	return m, nil
}

// groupIndex numbers the groups of exs (by key) in order of first
// appearance, for folds that keep a group together, and returns the number
// of groups.
func groupIndex(exs []stance.Example, key func(stance.Example) string) (map[string]int, int) {
	idx := map[string]int{}
	for _, ex := range exs {
		if _, ok := idx[key(ex)]; !ok {
			idx[key(ex)] = len(idx)
		}
	}
	return idx, len(idx)
}
