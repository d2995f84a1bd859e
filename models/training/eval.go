package training

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/stance-news/stance/analysis/stance"
)

// EvalConfig selects the data and the ablation for Eval.
type EvalConfig struct {
	// Data is a NewsMTSC-format JSONL file.
	Data string
	// Labels is a real-news label file scored instead of Data, joined to
	// the texts under Shared; Split ("test" or "train") picks its rows.
	Labels, Split, Shared string
	// Ablate is "" (the full model), "lexicon-only" or "weights-only".
	Ablate string
	// Explain adds every target's gold and predicted label to the result.
	Explain bool
}

// EvalResult is what Eval measured.
type EvalResult struct {
	stance.Metrics
	// Targets lists each target's id and labels (EvalConfig.Explain).
	Targets []TargetResult
}

// TargetResult is one scored target.
type TargetResult struct {
	ID   string `json:"id"`
	Gold string `json:"gold"`
	Pred string `json:"pred"`
}

// MarshalJSON writes the metrics' fields, then targets when there are any.
func (r EvalResult) MarshalJSON() ([]byte, error) {
	m, err := json.Marshal(r.Metrics)
	if err != nil || len(r.Targets) == 0 {
		return m, err
	}
	t, err := json.Marshal(r.Targets)
	if err != nil {
		return nil, err
	}
	return append(append(append(m[:len(m)-1], `,"targets":`...), t...), '}'), nil
}

// Eval scores every target in cfg.Data (or cfg.Labels) with m and compares
// with the gold labels.
func Eval(ctx context.Context, m *stance.Model, cfg EvalConfig) (EvalResult, error) {
	mode, err := stance.ParseMode(cfg.Ablate)
	if err != nil {
		return EvalResult{}, fmt.Errorf("%w: %w", ErrUsage, err)
	}
	var exs []stance.Example
	if cfg.Labels != "" {
		exs, err = ReadLabelSplit(cfg.Labels, cfg.Shared, cfg.Split)
	} else {
		exs, err = ReadNewsMTSC(cfg.Data)
	}
	if err != nil {
		return EvalResult{}, err
	}
	pred, err := predictExamples(ctx, m, exs, mode)
	if err != nil {
		return EvalResult{}, err
	}
	gold := make([]int, len(exs))
	for i, ex := range exs {
		gold[i] = ex.Label
	}
	res := EvalResult{Metrics: stance.Evaluate(gold, pred)}
	if cfg.Explain {
		for i, ex := range exs {
			res.Targets = append(res.Targets, TargetResult{ID: ex.ID, Gold: stance.Labels[gold[i]], Pred: stance.Labels[pred[i]]})
		}
	}
	return res, nil
}

// ReadLabelSplit reads the rows of one split of a label file and joins them
// to the shared texts under shared as examples.
func ReadLabelSplit(path, shared, split string) ([]stance.Example, error) {
	rows, err := ReadLabels(path)
	if err != nil {
		return nil, err
	}
	kept := rows[:0]
	for _, r := range rows {
		if r.Split == split {
			kept = append(kept, r)
		}
	}
	st, err := ReadSharedText(shared)
	if err != nil {
		return nil, err
	}
	exs, err := LabelExamples(kept, st)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return exs, nil
}

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
// targets of one sentence together with stance.ScoreGroup, same-Group
// targets sharing one score, each sentence in its examples' annotation
// domain (the country domain for party-labelled data, as the batch scores;
// NewsMTSC's own domain for NewsMTSC-format data without parties).
// Consecutive examples of one sentence (as ReadNewsMTSC emits them) form a
// batch; anything else is scored alone.
func predictExamples(ctx context.Context, m *stance.Model, exs []stance.Example, mode stance.Mode) ([]int, error) {
	res, err := scoreExamples(ctx, m, exs, mode)
	if err != nil {
		return nil, err
	}
	pred := make([]int, len(res))
	for i, r := range res {
		pred[i] = labelIndex(r.Label)
	}
	return pred, nil
}

// scoreExamples is predictExamples with the whole results.
func scoreExamples(ctx context.Context, m *stance.Model, exs []stance.Example, mode stance.Mode) ([]stance.Result, error) {
	pred := make([]stance.Result, len(exs))
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
		opt := stance.Options{Mode: mode, Domain: ex.Domain}
		if n == 1 {
			pred[i] = m.ScoreWith(ex.Sentence, ex.Target, ex.Others, opt)
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
		copy(pred[i:], m.ScoreGroup(ex.Sentence, spans, groups, opt))
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
