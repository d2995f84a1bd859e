package daily

import (
	"math"
	"testing"

	"github.com/stance-news/stance/analysis/pipeline"
)

// TestDayIntervals: a party's day keeps one stance sum per article for
// its interval and counts the confident mentions.
func TestDayIntervals(t *testing.T) {
	d := NewDay()
	m := func(party string, stance, pneg, pneu, ppos float32) pipeline.Mention {
		return pipeline.Mention{Party: party, Stance: stance, PNegative: pneg, PNeutral: pneu, PPositive: ppos, Label: "neutral"}
	}
	d.Add("a1", 0, m("US", -0.5, 0.6, 0.3, 0.1))
	d.Add("a1", 1, m("US", -0.3, 0.4, 0.5, 0.1))
	d.Add("a2", 0, m("US", 0.2, 0.1, 0.6, 0.3))
	d.Add("a2", 0, m("RU", 0.1, 0.2, 0.5, 0.3))
	us, ru := d.parties["US"], d.parties["RU"]
	if us.articles != 2 || us.mentions != 3 || us.confident != 2 || len(us.perArticle) != 2 {
		t.Fatalf("US: %+v", us)
	}
	if a := us.perArticle[0]; a.N != 2 || math.Abs(a.Sum+0.8) > 1e-6 {
		t.Errorf("US article 1: %+v", a)
	}
	if ru.confident != 0 || len(ru.perArticle) != 1 {
		t.Errorf("RU: %+v", ru)
	}
	if IntervalSeed(100, "US") == IntervalSeed(101, "US") || IntervalSeed(100, "US") == IntervalSeed(100, "RU") {
		t.Error("interval seeds do not depend on the date and the party")
	}
}
