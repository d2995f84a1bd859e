package jobs

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/stance-news/stance/analysis/stance"
	"github.com/stance-news/stance/models"
)

// ErrData reports a NewsMTSC-format file that cannot be read as labelled
// targets; it wraps ErrConfig so the CLI exits 78.
var ErrData = fmt.Errorf("%w: bad stance data", ErrConfig)

// mtscLine is one sentence of a NewsMTSC-format JSONL file.
type mtscLine struct {
	Sentence string `json:"sentence_normalized"`
	Targets  []struct {
		From     *int     `json:"from"`
		To       *int     `json:"to"`
		Polarity *float64 `json:"polarity"`
		Mention  string   `json:"mention"`
		Party    *string  `json:"party"`
	} `json:"targets"`
}

// ReadNewsMTSC reads a NewsMTSC-format JSONL file (sentence_normalized and
// targets with code-point offsets from/to and polarity 2.0, 4.0 or 6.0) into
// one example per target, with byte-offset spans and the sentence's other
// targets as Others. A sentence whose targets carry a "party" field (the
// country set) gives DomainCountry examples grouped by party; any other
// sentence gives DomainNews examples, grouped by identical mention text.
func ReadNewsMTSC(path string) ([]stance.Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read stance data: %w", err)
	}
	defer f.Close()
	var out []stance.Example
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Bytes()
		if len(trimSpaceBytes(raw)) == 0 {
			continue
		}
		exs, err := parseNewsMTSCLine(raw)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, exs...)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", path, line+1, err)
	}
	return out, nil
}

func trimSpaceBytes(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// parseNewsMTSCLine turns one JSONL line into examples.
func parseNewsMTSCLine(raw []byte) ([]stance.Example, error) {
	var l mtscLine
	if err := json.Unmarshal(raw, &l); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrData, err)
	}
	if l.Sentence == "" {
		return nil, fmt.Errorf("%w: missing sentence_normalized", ErrData)
	}
	if !utf8.ValidString(l.Sentence) {
		return nil, fmt.Errorf("%w: sentence_normalized is not valid UTF-8", ErrData)
	}
	// code point index -> byte offset, with one past the end.
	offs := make([]int, 0, len(l.Sentence)+1)
	for i := range l.Sentence {
		offs = append(offs, i)
	}
	offs = append(offs, len(l.Sentence))
	spans := make([]stance.Span, len(l.Targets))
	labels := make([]int, len(l.Targets))
	for i, t := range l.Targets {
		if t.From == nil || t.To == nil || t.Polarity == nil {
			return nil, fmt.Errorf("%w: target %d: from, to and polarity are required", ErrData, i)
		}
		from, to := *t.From, *t.To
		if from < 0 || to < from || to >= len(offs) {
			return nil, fmt.Errorf("%w: target %d: span [%d,%d) outside the sentence (%d code points)",
				ErrData, i, from, to, len(offs)-1)
		}
		spans[i] = stance.Span{Start: offs[from], End: offs[to]}
		switch *t.Polarity {
		case 2:
			labels[i] = 0
		case 4:
			labels[i] = 1
		case 6:
			labels[i] = 2
		default:
			return nil, fmt.Errorf("%w: target %d: polarity %v (want 2.0, 4.0 or 6.0)", ErrData, i, *t.Polarity)
		}
	}
	dom := stance.DomainNews
	for _, t := range l.Targets {
		if t.Party != nil {
			dom = stance.DomainCountry
		}
	}
	out := make([]stance.Example, len(spans))
	for i := range spans {
		group := ""
		if t := l.Targets[i]; t.Party != nil && *t.Party != "" {
			group = "party:" + *t.Party
		} else if dom == stance.DomainNews && groupNewsByText {
			group = "text:" + l.Sentence[spans[i].Start:spans[i].End]
		}
		var others []stance.Span
		for j := range spans {
			if j != i {
				others = append(others, spans[j])
			}
		}
		out[i] = stance.Example{Sentence: l.Sentence, Target: spans[i], Others: others, Label: labels[i],
			Domain: dom, Group: group}
	}
	return out, nil
}

// EvalConfig selects the data and the ablation for Eval.
type EvalConfig struct {
	// Data is a NewsMTSC-format JSONL file.
	Data string
	// Ablate is "" (the full model), "lexicon-only" or "weights-only".
	Ablate string
}

// Eval scores every target in cfg.Data with m and compares with the gold
// labels.
func Eval(ctx context.Context, m *stance.Model, cfg EvalConfig) (stance.Metrics, error) {
	mode, err := stance.ParseMode(cfg.Ablate)
	if err != nil {
		return stance.Metrics{}, fmt.Errorf("%w: %w", ErrUsage, err)
	}
	exs, err := ReadNewsMTSC(cfg.Data)
	if err != nil {
		return stance.Metrics{}, err
	}
	return evalExamples(ctx, m, exs, mode)
}

// groupNewsByText makes NewsMTSC mentions with identical text in one
// sentence share a label, as same-party mentions do in the batch.
const groupNewsByText = true

func evalExamples(ctx context.Context, m *stance.Model, exs []stance.Example, mode stance.Mode) (stance.Metrics, error) {
	gold := make([]int, len(exs))
	for i, ex := range exs {
		gold[i] = ex.Label
	}
	pred, err := predictExamples(ctx, m, exs, mode)
	if err != nil {
		return stance.Metrics{}, err
	}
	return stance.Evaluate(gold, pred), nil
}

// predictExamples labels exs the way the batch scores a sentence: all
// targets of one sentence together with stance.ScoreGroup, in the default
// (country) domain that Score and the batch use, same-Group targets sharing
// their averaged probabilities. An example's Domain only matters in training.
// Consecutive examples of one sentence (as ReadNewsMTSC emits them) form a
// batch; anything else is scored alone.
func predictExamples(ctx context.Context, m *stance.Model, exs []stance.Example, mode stance.Mode) ([]int, error) {
	pred := make([]int, len(exs))
	var spans []stance.Span
	var groups []int
	for i := 0; i < len(exs); {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		ex := exs[i]
		n := len(ex.Others) + 1
		if i+n > len(exs) {
			n = 1
		}
		for j := i + 1; j < i+n; j++ {
			if exs[j].Sentence != ex.Sentence || len(exs[j].Others) != n-1 {
				n = 1
				break
			}
		}
		opt := stance.Options{Mode: mode}
		if n == 1 {
			pred[i] = labelIndex(m.ScoreWith(ex.Sentence, ex.Target, ex.Others, opt).Label)
			i++
			continue
		}
		spans, groups = spans[:0], groups[:0]
		ids := map[string]int{}
		for j := i; j < i+n; j++ {
			spans = append(spans, exs[j].Target)
			g := -1
			if k := exs[j].Group; k != "" {
				if id, ok := ids[k]; ok {
					g = id
				} else {
					g = len(ids)
					ids[k] = g
				}
			}
			groups = append(groups, g)
		}
		for j, r := range m.ScoreGroup(ex.Sentence, spans, groups, opt) {
			pred[i+j] = labelIndex(r.Label)
		}
		i += n
	}
	return pred, nil
}

func labelIndex(label string) int {
	for i, l := range stance.Labels {
		if l == label {
			return i
		}
	}
	return -1
}

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
	// when it is also listed there) plus the other folds.
	CrossValidate []string
	// Folds is the k of cross-validation (default 5).
	Folds int
	// Model holds the learning hyper-parameters (zero = defaults).
	Model stance.TrainConfig
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
	// Features is the feature configuration of the weights.
	Features stance.FeatureConfig `json:"features"`
	// Train is the learning configuration with defaults filled in.
	Train stance.TrainConfig `json:"train"`
	// Dev maps each dev file's base name to its metrics.
	Dev map[string]ModeMetrics `json:"dev,omitempty"`
	// CV maps each cross-validated file's base name to its pooled
	// out-of-fold metrics.
	CV map[string]ModeMetrics `json:"cv,omitempty"`
	// Folds is the k used for CV.
	Folds int `json:"folds,omitempty"`
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
	rep := TrainReport{Seed: cfg.Seed, Train: cfg.Model.Defaults()}
	if len(cfg.Data) == 0 || cfg.Out == "" {
		return rep, fmt.Errorf("%w: train needs --data and --out", ErrUsage)
	}
	if cfg.Folds == 0 {
		cfg.Folds = 5
	}
	sets := make([][]stance.Example, len(cfg.Data))
	for i, p := range cfg.Data {
		exs, digest, err := readDigested(p)
		if err != nil {
			return rep, err
		}
		w := 1.0
		if i < len(cfg.DataWeights) && cfg.DataWeights[i] != 0 {
			w = cfg.DataWeights[i]
		}
		for j := range exs {
			exs[j].Weight = w
		}
		sets[i] = exs
		df := DataFile{Name: filepath.Base(p), SHA256: digest, Examples: len(exs)}
		if w != 1 {
			df.Weight = w
		}
		rep.Data = append(rep.Data, df)
	}
	var all []stance.Example
	for _, s := range sets {
		all = append(all, s...)
	}
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	m, err := stance.Train(all, lex, cfg.Model)
	if err != nil {
		return rep, fmt.Errorf("train: %w", err)
	}
	rep.Features = m.Config()
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
	if len(cfg.CrossValidate) > 0 {
		rep.CV = map[string]ModeMetrics{}
		rep.Folds = cfg.Folds
	}
	for _, p := range cfg.CrossValidate {
		mm, err := crossValidate(ctx, lex, cfg, sets, p)
		if err != nil {
			return rep, err
		}
		rep.CV[filepath.Base(p)] = mm
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
	if err := writeFileAtomic(rep.Weights, weights); err != nil {
		return rep, err
	}
	if err := writeFileAtomic(rep.Manifest, append(manifest, '\n')); err != nil {
		return rep, err
	}
	return rep, nil
}

// crossValidate pools out-of-fold predictions on the file at path: each
// fold's model is trained on the other training files plus the file's other
// folds, with the file's own weight when it is also a training file.
func crossValidate(ctx context.Context, lex stance.Lexicon, cfg TrainConfig, sets [][]stance.Example, path string) (ModeMetrics, error) {
	target, err := ReadNewsMTSC(path)
	if err != nil {
		return ModeMetrics{}, err
	}
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
	sentIdx := map[string]int{}
	var order []string
	for _, ex := range target {
		if _, ok := sentIdx[ex.Sentence]; !ok {
			sentIdx[ex.Sentence] = len(order)
			order = append(order, ex.Sentence)
		}
	}
	folds := stance.Folds(len(order), cfg.Folds, cfg.Seed)
	var gold []int
	preds := [3][]int{}
	for k := 0; k < cfg.Folds; k++ {
		if err := ctx.Err(); err != nil {
			return ModeMetrics{}, err
		}
		train := append([]stance.Example(nil), base...)
		var test []stance.Example
		for _, ex := range target {
			if folds[sentIdx[ex.Sentence]] == k {
				test = append(test, ex)
			} else {
				ex.Weight = weight
				train = append(train, ex)
			}
		}
		m, err := stance.Train(train, lex, cfg.Model)
		if err != nil {
			return ModeMetrics{}, fmt.Errorf("cv %s fold %d: %w", filepath.Base(path), k, err)
		}
		for _, ex := range test {
			gold = append(gold, ex.Label)
		}
		for mode := range preds {
			p, err := predictExamples(ctx, m, test, stance.Mode(mode))
			if err != nil {
				return ModeMetrics{}, err
			}
			preds[mode] = append(preds[mode], p...)
		}
	}
	return ModeMetrics{
		Full:        stance.Evaluate(gold, preds[stance.Full]),
		LexiconOnly: stance.Evaluate(gold, preds[stance.LexiconOnly]),
		WeightsOnly: stance.Evaluate(gold, preds[stance.WeightsOnly]),
	}, nil
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
