package stance_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/stance-news/stance/analysis/stance"
)

// minPatternAccuracy and minPatternMacroF1 are floors (percent) far below
// what the committed model achieves on testdata/patterns.jsonl; the
// per-target golden testdata/patterns.golden catches each flip.
const (
	minPatternAccuracy = 60
	minPatternMacroF1  = 60
)

func TestPatterns(t *testing.T) {
	m := loadDefault(t)
	f, err := os.Open("testdata/patterns.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var gold, pred []int
	var lines []string
	sents := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var l struct {
			Sentence string `json:"sentence_normalized"`
			Targets  []struct {
				From, To int
				Mention  string
				Polarity float64
				Party    string
			} `json:"targets"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("line %d: %v", sents+1, err)
		}
		sents++
		// code-point offsets -> byte offsets.
		offs := make([]int, 0, len(l.Sentence)+1)
		for i := range l.Sentence {
			offs = append(offs, i)
		}
		offs = append(offs, len(l.Sentence))
		spans := make([]stance.Span, len(l.Targets))
		groups := make([]int, len(l.Targets))
		ids := map[string]int{}
		for i, tg := range l.Targets {
			if tg.From < 0 || tg.To < tg.From || tg.To >= len(offs) {
				t.Fatalf("%q: bad span %d..%d", l.Sentence, tg.From, tg.To)
			}
			spans[i] = stance.Span{Start: offs[tg.From], End: offs[tg.To]}
			if got := l.Sentence[spans[i].Start:spans[i].End]; got != tg.Mention {
				t.Fatalf("%q: span %d..%d is %q, mention %q", l.Sentence, tg.From, tg.To, got, tg.Mention)
			}
			g, ok := ids[tg.Party]
			if !ok {
				g = len(ids)
				ids[tg.Party] = g
			}
			groups[i] = g
		}
		for i, r := range m.ScoreGroup(l.Sentence, spans, groups, stance.Options{}) {
			want := int(l.Targets[i].Polarity/2) - 1
			got := map[string]int{"negative": 0, "neutral": 1, "positive": 2}[r.Label]
			gold, pred = append(gold, want), append(pred, got)
			lines = append(lines, fmt.Sprintf("line %02d.%d %s\t%s", sents, i, l.Targets[i].Mention, r.Label))
			if got != want {
				t.Logf("miss: %q\n  %s (%s): got %s (neg %.2f neu %.2f pos %.2f) %v, want %s",
					l.Sentence, l.Targets[i].Mention, l.Targets[i].Party, r.Label, r.PNeg, r.PNeu, r.PPos,
					r.Evidence, stance.Labels[want])
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(gold) < 60 {
		t.Fatalf("%d targets, want at least 60", len(gold))
	}
	mt := stance.Evaluate(gold, pred)
	t.Logf("%d targets in %d sentences: accuracy %.1f%%, macro-F1 %.1f (negative %.1f, neutral %.1f, positive %.1f)",
		mt.N, sents, mt.Accuracy, mt.MacroF1, mt.PerClass[0].F1, mt.PerClass[1].F1, mt.PerClass[2].F1)
	if mt.Accuracy < minPatternAccuracy || mt.MacroF1 < minPatternMacroF1 {
		t.Errorf("accuracy %.1f%%, macro-F1 %.1f: want at least %d%% and %d", mt.Accuracy, mt.MacroF1,
			minPatternAccuracy, minPatternMacroF1)
	}
	checkGolden(t, "testdata/patterns.golden", lines)
}
