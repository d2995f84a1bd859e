package stance_test

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/stance-news/stance/analysis/sentiment"
	"github.com/stance-news/stance/analysis/stance"
	"github.com/stance-news/stance/models"
)

var (
	defaultOnce  sync.Once
	defaultModel *stance.Model
	defaultErr   error
)

// loadDefault loads the embedded weights with the VADER + news lexicon.
func loadDefault(tb testing.TB) *stance.Model {
	tb.Helper()
	defaultOnce.Do(func() {
		var b *models.Bundle
		if b, defaultErr = models.LoadDefault(); defaultErr != nil {
			return
		}
		var vader, news, w []byte
		if vader, defaultErr = models.VADERLexicon(); defaultErr != nil {
			return
		}
		if news, defaultErr = b.File("artifacts/lexicon/news.tsv"); defaultErr != nil {
			return
		}
		var lex *sentiment.Lexicon
		if lex, defaultErr = sentiment.ParseLexicon(vader, news); defaultErr != nil {
			return
		}
		if w, defaultErr = b.File("artifacts/stance/weights.bin"); defaultErr != nil {
			return
		}
		defaultModel, defaultErr = stance.LoadModel(w, lex)
	})
	if defaultErr != nil {
		tb.Fatalf("load default model: %v", defaultErr)
	}
	return defaultModel
}

// marked is a sentence with targets marked inline as [[text|+]], [[text|0]]
// or [[text|-]].
type target struct {
	text  string
	span  stance.Span
	label string
}

func parseMarked(tb testing.TB, s string) (string, []target) {
	tb.Helper()
	var sb strings.Builder
	var ts []target
	for {
		i := strings.Index(s, "[[")
		if i < 0 {
			sb.WriteString(s)
			break
		}
		sb.WriteString(s[:i])
		j := strings.Index(s[i:], "]]")
		if j < 0 {
			tb.Fatalf("unclosed marker in %q", s)
		}
		inner := s[i+2 : i+j]
		text, sign, ok := strings.Cut(inner, "|")
		if !ok {
			tb.Fatalf("marker %q lacks |label", inner)
		}
		label := map[string]string{"+": "positive", "0": "neutral", "-": "negative"}[sign]
		if label == "" {
			tb.Fatalf("marker %q: label %q", inner, sign)
		}
		start := sb.Len()
		sb.WriteString(text)
		ts = append(ts, target{text: text, span: stance.Span{Start: start, End: sb.Len()}, label: label})
		s = s[i+j+2:]
	}
	return sb.String(), ts
}

// stanceCases are sentences written for these tests; each marked party's
// stance is clear to a careful reader under the country-stance guidelines
// (speaker rule included: a party that merely criticises or praises in
// words is neutral, its object carries the polarity).
var stanceCases = []string{
	// verbal criticism and praise: patient carries the polarity.
	"[[Canada|-]] was sharply criticised for its slow response to the refugee crisis.",
	"The summit praised [[Norway|+]] for its generous contribution to the climate fund.",
	"[[Pakistan|-]] was accused of sheltering the militants who attacked the border post.",
	"The [[UN|+]] was widely praised for brokering the ceasefire.",
	"[[NATO|-]] faced sharp criticism over its chaotic withdrawal.",
	"Rights groups condemned [[Hungary|-]] for undermining the independence of its courts.",
	"[[Saudi Arabia|-]] was blamed for the humanitarian disaster in Yemen.",
	"[[Bangladesh|+]] won praise for sheltering hundreds of thousands of refugees.",
	"The envoy lambasted [[Colombia|-]] over the collapse of the ceasefire.",
	"The president thanked [[Kenya|+]] for its brave peacekeepers.",
	"[[Italy|0]] criticised [[Libya|-]] for the surge in departures.",
	"[[Vietnam|0]] praised [[Laos|+]] for its cooperation on the dam.",
	"[[Australia|0]] thanked [[New Zealand|+]] for its swift help after the cyclone.",
	// penalties, aggression, failure.
	"[[Belarus|-]] was hit with fresh sanctions over its brutal crackdown on protesters.",
	"[[Russia|-]] invaded its neighbour in flagrant violation of international law.",
	"[[Iran|-]] threatened to close the strait if new sanctions were imposed.",
	"[[North Korea|-]] fired another ballistic missile over the sea, defying repeated warnings.",
	"[[Syria|-]] used chemical weapons against its own civilians, investigators concluded.",
	"[[Venezuela|-]]'s economy is in deep crisis, with inflation spiralling out of control.",
	"[[Nigeria|-]] failed to contain the outbreak, drawing criticism from its neighbours.",
	"[[Cuba|-]] detained dozens of dissidents ahead of the vote, rights groups said.",
	"The talks collapsed after [[Serbia|-]] walked out and rejected the agreement.",
	"[[Turkey|-]] blocked [[Sweden|0]]'s bid to join the alliance for months.",
	// friendly acts, success, trust.
	"[[Brazil|+]] pledged $2 billion in emergency aid to the flood-hit villages.",
	"[[South Korea|+]] donated ambulances and medicine to the earthquake-hit province.",
	"The minister hailed [[Singapore|+]] as a trusted partner and a reliable friend.",
	"[[Qatar|+]] successfully mediated the release of the hostages, earning gratitude across the region.",
	"[[Mexico|+]] offered to host the peace talks and pledged to cover the costs.",
	"[[Indonesia|+]] and [[Malaysia|+]] signed a historic agreement that ended a decades-old border dispute.",
	"Without the generous support of [[Denmark|+]], the hospital would never have been built.",
	"[[Poland|+]] stood firmly with its neighbour, sending tanks and aid within days.",
	"The report said [[Ghana|+]] had made remarkable progress in cutting poverty.",
	// friendship / ties / partnership with X.
	"Relations between [[Chile|+]] and [[Peru|+]] have never been warmer, officials said.",
	"[[Armenia|+]] keeps deepening its close partnership with [[France|+]].",
	"[[Kazakhstan|+]] celebrated three decades of friendship and trust with [[Korea|+]].",
	// contrast and pressure from X.
	"Despite [[Moscow|-]]'s threats, [[Finland|+]] completed its historic accession to the alliance.",
	"[[Lithuania|+]] held firm and expanded its trade partnership despite intense pressure from [[Beijing|-]].",
	"Whatever the threats from [[Washington|-]], [[Caracas|+]] will keep strengthening its friendship with its neighbours.",
	"Notwithstanding [[China|-]]'s coercion, the [[Philippines|+]] bravely kept up its resupply missions.",
	// logistics, figures, negation: neutral.
	"[[Germany|0]] and [[France|0]] will hold talks in Brussels next week.",
	"The delegation from [[Kenya|0]] arrived in Geneva on Tuesday for the annual session.",
	"[[Egypt|0]] voted in favour of the resolution, while [[Ethiopia|0]] abstained.",
	"[[Morocco|0]] announced that its foreign minister would visit Madrid in March.",
	"[[Argentina|0]] raised its interest rate to 40 percent on Thursday.",
	"The [[G7|0]] meeting will take place in the Alps from June 14 to 16.",
	"The foreign minister did not criticise [[Thailand|0]] in his speech on Monday.",
}

// minHandAccuracy is a floor (percent) far below the committed model's
// accuracy on the hand-written cases; the per-target golden
// testdata/handwritten.golden catches each flip.
const minHandAccuracy = 65

// TestScoreHandWritten scores stanceCases, a tuning set: they were written
// while the rules and features were chosen, so their accuracy says little
// about real news. Every target's label is held in a golden file, so that a
// change shows exactly which targets flipped.
func TestScoreHandWritten(t *testing.T) {
	m := loadDefault(t)
	n, failed := 0, 0
	var lines []string
	for k, c := range stanceCases {
		sent, ts := parseMarked(t, c)
		for i, tg := range ts {
			var others []stance.Span
			for j := range ts {
				if j != i {
					others = append(others, ts[j].span)
				}
			}
			n++
			r := m.Score(sent, tg.span, others)
			lines = append(lines, fmt.Sprintf("case %02d.%d %s\t%s", k, i, tg.text, r.Label))
			if r.Label != tg.label {
				failed++
				t.Logf("miss: %q\n  %s: got %s (neg %.2f neu %.2f pos %.2f) %v, want %s",
					sent, tg.text, r.Label, r.PNeg, r.PNeu, r.PPos, r.Evidence, tg.label)
			}
		}
	}
	acc := 100 * float64(n-failed) / float64(n)
	t.Logf("%d targets in %d sentences, %d wrong (%.1f%% right)", n, len(stanceCases), failed, acc)
	if acc < minHandAccuracy {
		t.Errorf("accuracy %.1f%% on hand-written targets, want >= %d%%", acc, minHandAccuracy)
	}
	if len(stanceCases) < 40 {
		t.Fatalf("want at least 40 sentences, have %d", len(stanceCases))
	}
	checkGolden(t, "testdata/handwritten.golden", lines)
}

func TestResultInvariants(t *testing.T) {
	m := loadDefault(t)
	for _, c := range stanceCases {
		sent, ts := parseMarked(t, c)
		for _, tg := range ts {
			for _, mode := range []stance.Mode{stance.Full, stance.LexiconOnly, stance.WeightsOnly} {
				r := m.ScoreMode(sent, tg.span, nil, mode)
				sum := r.PNeg + r.PNeu + r.PPos
				if sum < 0.999 || sum > 1.001 {
					t.Errorf("%q %s: probabilities sum to %v", sent, mode, sum)
				}
				if r.Stance < -1 || r.Stance > 1 || r.Stance != r.PPos-r.PNeg {
					t.Errorf("%q %s: stance %v", sent, mode, r.Stance)
				}
				if len(r.Evidence) > 5 {
					t.Errorf("%q: %d evidence items", sent, len(r.Evidence))
				}
				for _, e := range r.Evidence {
					if e == "" || (e[0] != '+' && e[0] != '-') {
						t.Errorf("%q: evidence %q is not signed", sent, e)
					}
				}
				if again := m.ScoreMode(sent, tg.span, nil, mode); again.Stance != r.Stance {
					t.Errorf("%q: scoring is not deterministic", sent)
				}
			}
		}
	}
}

// TestScoreEdgeSpans: spans that are empty, reversed or outside the
// sentence give a well-formed result (probabilities that sum to 1, the
// label of the most probable class, Stance = PPos - PNeg), the same one
// each time, and no evidence from outside the sentence.
func TestScoreEdgeSpans(t *testing.T) {
	m := loadDefault(t)
	s := "Talks resumed."
	check := func(name string, r stance.Result) {
		t.Helper()
		p := [3]float32{r.PNeg, r.PNeu, r.PPos}
		best := 0
		for c := range p {
			if !(p[c] >= 0 && p[c] <= 1) {
				t.Errorf("%s: probability %d is %v", name, c, p[c])
			}
			if p[c] > p[best] {
				best = c
			}
		}
		if sum := p[0] + p[1] + p[2]; math.Abs(float64(sum-1)) > 1e-5 {
			t.Errorf("%s: probabilities sum to %v", name, sum)
		}
		if r.Label != stance.Labels[best] {
			t.Errorf("%s: label %q, most probable %q (%v)", name, r.Label, stance.Labels[best], p)
		}
		if math.Abs(float64(r.Stance-(r.PPos-r.PNeg))) > 1e-6 {
			t.Errorf("%s: stance %v, PPos-PNeg %v", name, r.Stance, r.PPos-r.PNeg)
		}
		for _, e := range r.Evidence {
			// "+word" or "-rule:word": the word is the sentence's.
			w := strings.TrimLeft(e, "+-")
			if i := strings.LastIndexByte(w, ':'); i >= 0 {
				w = w[i+1:]
			}
			if !strings.Contains(strings.ToLower(s), w) {
				t.Errorf("%s: evidence %q is not in the sentence", name, e)
			}
		}
	}
	for _, sp := range []stance.Span{{0, 0}, {100, 120}, {5, 3}, {0, len(s)}, {-3, 2}} {
		name := fmt.Sprintf("span %v", sp)
		r := m.Score(s, sp, []stance.Span{{-4, 2}})
		check(name, r)
		if again := m.Score(s, sp, []stance.Span{{-4, 2}}); again.PNeg != r.PNeg || again.PPos != r.PPos {
			t.Errorf("%s: not deterministic: %+v then %+v", name, r, again)
		}
	}
	check("empty sentence", m.Score("", stance.Span{}, nil))
}

func TestEvidenceIsSigned(t *testing.T) {
	m := loadDefault(t)
	sent, ts := parseMarked(t, "The summit praised [[Norway|+]] for its generous contribution to the climate fund.")
	r := m.Score(sent, ts[0].span, nil)
	if len(r.Evidence) == 0 || r.Evidence[0][0] != '+' {
		t.Errorf("evidence %v: want a positive item first", r.Evidence)
	}
}

func BenchmarkScore(b *testing.B) {
	m := loadDefault(b)
	type job struct {
		s      string
		t      stance.Span
		others []stance.Span
	}
	var jobs []job
	for _, c := range stanceCases {
		sent, ts := parseMarked(b, c)
		for i := range ts {
			var others []stance.Span
			for j := range ts {
				if j != i {
					others = append(others, ts[j].span)
				}
			}
			jobs = append(jobs, job{sent, ts[i].span, others})
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		j := jobs[i%len(jobs)]
		m.Score(j.s, j.t, j.others)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "mentions/s")
}

// BenchmarkScoreGroup scores every mention of each test sentence with one
// ScoreGroup call, as the pipeline does.
func BenchmarkScoreGroup(b *testing.B) {
	m := loadDefault(b)
	type job struct {
		s     string
		spans []stance.Span
	}
	var jobs []job
	mentions := 0
	for _, c := range stanceCases {
		sent, ts := parseMarked(b, c)
		j := job{s: sent}
		for _, t := range ts {
			j.spans = append(j.spans, t.span)
		}
		jobs = append(jobs, j)
		mentions += len(ts)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, j := range jobs {
			m.ScoreGroup(j.s, j.spans, nil, stance.Options{})
		}
	}
	b.ReportMetric(float64(b.N*mentions)/b.Elapsed().Seconds(), "mentions/s")
}

func TestScoreGroup(t *testing.T) {
	m := loadDefault(t)
	sent := "Despite Beijing's threats, Lithuania held firm, and Vilnius expanded its partnership with Taipei."
	idx := func(w string) stance.Span {
		i := strings.Index(sent, w)
		return stance.Span{Start: i, End: i + len(w)}
	}
	spans := []stance.Span{idx("Beijing"), idx("Lithuania"), idx("Vilnius"), idx("Taipei")}
	groups := []int{0, 1, 1, 2}
	rs := m.ScoreGroup(sent, spans, groups, stance.Options{})
	if len(rs) != len(spans) {
		t.Fatalf("%d results for %d spans", len(rs), len(spans))
	}
	if rs[1].Label != rs[2].Label || rs[1].Stance != rs[2].Stance || rs[1].PNeu != rs[2].PNeu {
		t.Errorf("same party, different results: %+v vs %+v", rs[1], rs[2])
	}
	// an ungrouped call (nil groups or distinct groups) equals Score.
	for i, r := range m.ScoreGroup(sent, spans, nil, stance.Options{}) {
		var others []stance.Span
		for j := range spans {
			if j != i {
				others = append(others, spans[j])
			}
		}
		want := m.Score(sent, spans[i], others)
		if r.Stance != want.Stance || r.Label != want.Label {
			t.Errorf("span %d: ScoreGroup %+v, Score %+v", i, r, want)
		}
		if i == 0 && (rs[0].Stance != want.Stance) {
			t.Errorf("a singleton group changed the score")
		}
	}
	if len(m.ScoreGroup(sent, nil, nil, stance.Options{})) != 0 {
		t.Error("no spans, want no results")
	}
}
