package sentiment

import (
	"math"
	"sync"
	"testing"

	"github.com/jonreiter/govader"
)

var (
	vaderOnce sync.Once
	vaderA    *Analyzer
	newsA     *Analyzer
)

func analyzers(t testing.TB) (vader, news *Analyzer) {
	t.Helper()
	vaderOnce.Do(func() {
		vaderA = New(loadLexicon(t, false))
		newsA = New(loadLexicon(t, true))
	})
	return vaderA, newsA
}

func near(a, b float32) bool { return math.Abs(float64(a-b)) < 1e-4 }

// compound is VADER's normalisation of a valence sum (alpha 15).
func compound(sum float64) float32 { return float32(sum / math.Sqrt(sum*sum+15)) }

// TestRules checks each VADER rule against a hand-computed valence sum
// (good = 1.9, bad = -2.5, great = 3.1 in the VADER lexicon). The rule
// constants below are VADER's published values, written out here rather
// than taken from rules.go, so that a changed constant fails the test.
func TestRules(t *testing.T) {
	const (
		boostIncr     = 0.293
		boostDecr     = -0.293
		capsIncr      = 0.733
		negScalar     = -0.74
		neverSoScalar = 1.25
		boostDecay1   = 0.95
		contrastLow   = 0.5
		contrastHigh  = 1.5
		exclaimAmp    = 0.292
		exclaimMax    = 4
		questionAmp   = 0.18
		questionMax   = 0.96
	)
	a, _ := analyzers(t)
	for _, tc := range []struct {
		rule, text string
		sum        float64
	}{
		{"lexicon", "The talks were good.", 1.9},
		{"no sentiment", "The minister flew to Moscow.", 0},
		{"punctuation stripped", "(good)", 1.9},
		{"short token kept whole", ":)", 2.0},
		{"negation not", "The talks were not good.", 1.9 * negScalar},
		{"negation n't", "It wasn't good.", 1.9 * negScalar},
		{"negation without contraction", "It isnt good.", 1.9 * negScalar},
		{"negation two back", "It is not a good deal.", 1.9 * negScalar},
		{"negation three back", "Never was a good deal.", 1.9 * negScalar},
		{"negation never", "It was never good.", 1.9 * negScalar},
		{"negation without", "It went without good news.", 1.9 * negScalar},
		{"never so", "It was never so good.", (1.9 + boostIncr) * neverSoScalar},
		{"without doubt", "Without doubt good.", -1.5*negScalar + 1.9}, // doubt is negated, good is not
		{"no before sentiment word", "There was no good news.", 1.9 * negScalar},
		{"no two back", "No really good news.", -1.2 + 1.9*negScalar - boostIncr}, // "no" keeps -1.2: "really" is no lexicon word
		{"no or", "No hope or joy.", 1.9*negScalar + 2.8*negScalar},               // hope 1.9, joy 2.8; "no" itself 0
		{"no alone", "There was no news.", -1.2},
		{"booster", "The talks were very good.", 1.9 + boostIncr},
		{"booster negative", "The talks were very bad.", -2.5 - boostIncr},
		{"booster two back", "very much good", 1.9 + boostIncr*boostDecay1},
		{"dampener", "The talks were slightly good.", 1.9 + boostDecr},
		{"kind of", "It was kind of good.", 1.9 + boostDecr},
		{"kind alone", "It was kind.", 2.4},
		{"caps", "The talks were GOOD.", 1.9 + capsIncr},
		{"caps booster", "The talks were VERY good.", 1.9 + boostIncr + capsIncr},
		{"all caps no emphasis", "THE TALKS WERE GOOD.", 1.9},
		{"but", "Good but bad.", 1.9*contrastLow - 2.5*contrastHigh},
		{"but first only", "Good but bad but great.", 1.9*contrastLow - 2.5*contrastHigh + 3.1*contrastHigh},
		{"least", "the least good plan", 1.9 * negScalar},
		{"at least", "at least good news", 1.9},
		{"least first", "least good", 1.9 * negScalar},
		{"idiom", "the new plan is the bomb", 3},
		{"idiom yeah right", "the talks were yeah right", -2},
		{"exclamation", "Good!", 1.9 + exclaimAmp},
		{"exclamation capped", "Good!!!!!!", 1.9 + exclaimMax*exclaimAmp},
		{"exclamation negative", "Bad!!", -2.5 - 2*exclaimAmp},
		{"single question", "Good?", 1.9},
		{"questions", "Good??", 1.9 + 2*questionAmp},
		{"many questions", "Good?????", 1.9 + questionMax},
		{"whitespace runs", "not \n\t good", 1.9 * negScalar},
	} {
		got := a.Score(tc.text)
		if want := compound(tc.sum); !near(got.Compound, want) {
			t.Errorf("%s: Score(%q).Compound = %.4f, want %.4f (sum %.3f)", tc.rule, tc.text, got.Compound, want, tc.sum)
		}
	}
}

func TestNormalisationAndProportions(t *testing.T) {
	a, _ := analyzers(t)
	r := a.Score("good good good good good good good good good good great great great!!!!")
	if r.Compound > 1 || r.Compound < 0.99 {
		t.Errorf("saturated compound = %v", r.Compound)
	}
	r = a.Score("The talks were good but the outcome was bad.")
	if sum := r.Pos + r.Neu + r.Neg; !near(sum, 1) {
		t.Errorf("Pos+Neu+Neg = %v", sum)
	}
	if r := a.Score(""); r.Compound != 0 || r.Label != "neutral" {
		t.Errorf("empty: %+v", r)
	}
	if r := a.Score("   "); r.Compound != 0 || r.Label != "neutral" {
		t.Errorf("blank: %+v", r)
	}
}

func TestLabel(t *testing.T) {
	for c, want := range map[float32]string{
		0: "neutral", 0.0499: "neutral", 0.05: "positive", 1: "positive",
		-0.0499: "neutral", -0.05: "negative", -1: "negative",
	} {
		if got := Label(c); got != want {
			t.Errorf("Label(%v) = %q, want %q", c, got, want)
		}
	}
}

func TestNewsLexiconSwitch(t *testing.T) {
	vader, news := analyzers(t)
	for _, tc := range []struct {
		text          string
		vaderL, newsL string
	}{
		{"The West announced sanctions on Moscow.", "neutral", "negative"},
		{"India and Russia are time-tested allies.", "neutral", "positive"},
		{"The ruling party won the election in Delhi.", "positive", "positive"},
		{"The party met in Delhi.", "positive", "neutral"},
		{"Talks with the United States resumed.", "positive", "positive"},
		{"The United Nations met on Monday.", "positive", "neutral"},
		{"Countries like India abstained.", "positive", "neutral"},
		{"The ceasefire held overnight.", "neutral", "positive"},
		{"Beijing condemned the annexation.", "negative", "negative"},
	} {
		if got := vader.Score(tc.text).Label; got != tc.vaderL {
			t.Errorf("VADER %q: %s, want %s", tc.text, got, tc.vaderL)
		}
		if got := news.Score(tc.text).Label; got != tc.newsL {
			t.Errorf("news %q: %s, want %s", tc.text, got, tc.newsL)
		}
	}
	// News-only rules: declared negators and contrast words, curly quotes
	// and apostrophes, trailing punctuation on short words.
	for _, tc := range []struct {
		text string
		sum  float64
	}{
		{"Nobody happy.", 2.7 * negScalar},
		{"Good, however bad.", 1.9*contrastLow - 2.5*contrastHigh},
		{"It wasn\u2019t good.", 1.9 * negScalar},
		{"\u201cgood\u201d", 1.9},
		{"Is it good? No.", 1.9 - 1.2},
	} {
		if got, want := news.Score(tc.text).Compound, compound(tc.sum); !near(got, want) {
			t.Errorf("news %q = %.4f, want %.4f", tc.text, got, want)
		}
	}
	if got := vader.Score("Good, however bad.").Compound; !near(got, compound(1.9-2.5)) {
		t.Errorf("however must not contrast without the news lexicon: %v", got)
	}
}

func TestScoreExplain(t *testing.T) {
	a, _ := analyzers(t)
	r := a.ScoreExplain("The talks were very good but the outcome was TERRIBLE and sad.")
	if len(r.Evidence) != 3 {
		t.Fatalf("Evidence = %+v, want good, terrible, sad", r.Evidence)
	}
	if r.Evidence[0].Word != "terrible" || r.Evidence[0].Valence >= 0 {
		t.Errorf("most influential = %+v, want terrible (negative)", r.Evidence[0])
	}
	for i := 1; i < len(r.Evidence); i++ {
		if math.Abs(float64(r.Evidence[i].Valence)) > math.Abs(float64(r.Evidence[i-1].Valence)) {
			t.Errorf("evidence not ordered: %+v", r.Evidence)
		}
	}
	plain := a.Score("The talks were very good but the outcome was TERRIBLE and sad.")
	if plain.Evidence != nil || plain.Compound != r.Compound {
		t.Errorf("Score must match ScoreExplain without evidence: %+v vs %+v", plain, r)
	}
	if got := a.ScoreExplain("The minister flew to Moscow.").Evidence; len(got) != 0 {
		t.Errorf("neutral sentence evidence = %+v", got)
	}
}

func TestScoreAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items under the race detector")
	}
	a, news := analyzers(t)
	for _, s := range []string{
		"the talks were not very good but the outcome was kind of bad!!",
		"The Talks Were NOT Very Good, But The Outcome Was Sort Of Bad At Least!!",
	} {
		a.Score(s) // warm the scratch pool
		// At most one allocation: the lower-cased copy of a sentence with capitals.
		if n := testing.AllocsPerRun(100, func() { a.Score(s); news.Score(s) }); n > 2 {
			t.Errorf("%q: %v allocs per 2 Score calls, want <= 2", s, n)
		}
	}
}

func TestConcurrent(t *testing.T) {
	a, _ := analyzers(t)
	sentences := generatedSentences(50)
	want := make([]Result, len(sentences))
	for i, s := range sentences {
		want[i] = a.Score(s)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, s := range sentences {
				if got := a.Score(s); got.Compound != want[i].Compound {
					t.Errorf("%q: %v != %v", s, got.Compound, want[i].Compound)
				}
			}
		}()
	}
	wg.Wait()
}

// TestDeliberateDifferences pins the cases where we follow the published
// vaderSentiment rules and govader does not (see README.md).
func TestDeliberateDifferences(t *testing.T) {
	a, _ := analyzers(t)
	ref := govader.NewSentimentIntensityAnalyzer()
	for _, tc := range []struct {
		why, text string
		sum       float64
	}{
		{"at least is case-insensitive", "At least good news arrived.", 1.9},
		{"newlines and tabs separate words", "The talks were not\ngood.", 1.9 * negScalar},
	} {
		got := a.Score(tc.text).Compound
		if want := compound(tc.sum); !near(got, want) {
			t.Errorf("%s: %q = %.4f, want %.4f", tc.why, tc.text, got, want)
		}
		if r := ref.PolarityScores(tc.text).Compound; near(float32(r), got) {
			t.Logf("%s: govader now agrees (%.4f); the difference can be dropped", tc.why, r)
		}
	}
}

// TestNamesCarryNoSentiment: in news mode, capitalised words inside names
// and titles carry no valence, while the same words as ordinary words,
// sentence-initial ones included, still count.
func TestNamesCarryNoSentiment(t *testing.T) {
	_, news := analyzers(t)
	for _, c := range []struct {
		sentence string
		want     string // "neutral", "negative" or "positive"
		noWord   string // a word that must not be evidence ("" = none)
	}{
		{"Foreign Secretary Harsh Mehra met the visiting delegation in the capital.", "neutral", "harsh"},
		{"Harsh Mehra met the visiting delegation in the capital.", "neutral", "harsh"},
		{"Harsh sanctions were imposed on the regime last week.", "negative", ""},
		{"The ratings agency Standard & Poor's reviewed the country's rating on Friday.", "neutral", "poor's"},
		{"Poor harvests have left millions short of food.", "negative", ""},
		{"Shares of Swiss Re moved after the Grand Old Party convention.", "neutral", "grand"},
		{"Officials said: Terrible floods have displaced thousands of families.", "negative", ""},
		{"He called it \"Great progress\" for both countries.", "positive", ""},
	} {
		r := news.ScoreExplain(c.sentence)
		if r.Label != c.want {
			t.Errorf("%q: %s (%.3f) %v, want %s", c.sentence, r.Label, r.Compound, r.Evidence, c.want)
		}
		for _, e := range r.Evidence {
			if c.noWord != "" && e.Word == c.noWord {
				t.Errorf("%q: evidence %v includes the name word %q", c.sentence, r.Evidence, c.noWord)
			}
		}
	}
}
