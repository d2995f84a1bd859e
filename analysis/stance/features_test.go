package stance

import (
	"bytes"
	"strings"
	"testing"
)

type mapLex map[string]float64

func (l mapLex) Valence(w string) (float64, bool) { v, ok := l[w]; return v, ok }

var testLex = mapLex{"pressure": -1.5, "threats": -2, "friendship": 2.5, "praised": 2.6, "criticised": -2,
	"good": 1.9, "warmer": 1.2, "coercion": -2}

// dense returns the names of the dense features that fire for the target
// (the first occurrence of word) in s, with "+"/"-" for valence features.
func denseFired(t *testing.T, s, word string, others ...string) map[string]float32 {
	t.Helper()
	m := newModel(FeatureConfig{Version: formatVersion, HashBits: 10, Dense: nDense, Pool: PoolMean}, testLex)
	span := func(w string) Span {
		i := strings.Index(s, w)
		if i < 0 {
			t.Fatalf("%q not in %q", w, s)
		}
		return Span{i, i + len(w)}
	}
	var os []Span
	for _, o := range others {
		os = append(os, span(o))
	}
	sc := &scratch{}
	m.extract(sc, s, span(word), os, DomainNews)
	out := map[string]float32{}
	for _, f := range sc.feats {
		if f.idx < uint32(nDense) && f.val != 0 {
			out[featName(int(f.idx))] += f.val
		}
	}
	return out
}

func featName(i int) string {
	switch i {
	case fValClausePos, fValOutPos, fValDistPos, fValNearPos, fValConcPos, fValOtherPos:
		return denseNames[i] + "+"
	case fValClauseNeg, fValOutNeg, fValDistNeg, fValNearNeg, fValConcNeg, fValOtherNeg:
		return denseNames[i] + "-"
	}
	return denseNames[i]
}

func TestFeatures(t *testing.T) {
	cases := []struct {
		s, target string
		others    []string
		want      []string
		not       []string
	}{
		{"Despite pressure from Washington, Delhi kept buying oil.", "Washington", []string{"Delhi"},
			[]string{"contrast", "pressure-from", "agent-of-aggression"}, []string{"contrast-main", "concessive-"}},
		{"Despite pressure from Washington, Delhi kept buying oil.", "Delhi", []string{"Washington"},
			[]string{"contrast-main", "concessive-"}, []string{"contrast", "val-clause-", "val-near-"}},
		{"Notwithstanding Beijing's coercion, Manila held firm.", "Beijing", nil,
			[]string{"contrast", "poss"}, nil},
		{"Japan criticised Korea over the dispute.", "Japan", []string{"Korea"},
			[]string{"agent-of-criticism", "subject"}, []string{"patient-of-criticism"}},
		{"Japan criticised Korea over the dispute.", "Korea", []string{"Japan"},
			[]string{"patient-of-criticism"}, []string{"agent-of-criticism", "subject"}},
		{"Korea was criticised by Japan.", "Korea", []string{"Japan"}, []string{"patient-of-criticism"}, nil},
		{"Korea was criticised by Japan.", "Japan", []string{"Korea"}, []string{"agent-of-criticism"}, nil},
		{"The summit praised Norway for its aid.", "Norway", nil, []string{"patient-of-praise", "val-near+"}, nil},
		{"Canada faced sharp criticism over the deal.", "Canada", nil, []string{"patient-of-criticism"},
			[]string{"agent-of-criticism"}},
		{"Russia sanctioned Latvia and threatened Estonia.", "Latvia", []string{"Russia", "Estonia"},
			[]string{"patient-of-penalty"}, nil},
		{"Japan did not criticise Korea.", "Korea", []string{"Japan"}, []string{"negated-act", "negation"},
			[]string{"patient-of-criticism"}},
		{"It was not a good day for Chile.", "Chile", nil, []string{"val-clause-"}, []string{"val-clause+"}},
		{"Ties with Chile have never been warmer.", "Chile", nil, []string{"ties", "val-clause+"}, nil},
		{"India values its friendship with Russia.", "Russia", []string{"India"}, []string{"ties", "val-near+"}, nil},
		{"Sanctions against Iran were tightened.", "Iran", nil, []string{"against"}, nil},
		{"Iran said the talks were over, according to Oman.", "Iran", []string{"Oman"}, []string{"speaker"}, nil},
		{"Iran said the talks were over, according to Oman.", "Oman", []string{"Iran"}, []string{"speaker"}, nil},
		{"He called Kenya \"a true friend\" on Monday.", "Kenya", nil, []string{"quote"}, []string{"in-quote"}},
		// valence nearer another mention or a name than the target is
		// what the sentence says of them.
		{"Chile signed the pact on Friday, while Peru faced threats.", "Chile", []string{"Peru"},
			[]string{"val-other-", "val-out-"}, []string{"val-clause-"}},
		{"Chile signed the pact on Friday, while Peru faced threats.", "Peru", []string{"Chile"},
			[]string{"val-clause-"}, []string{"val-other-"}},
		{"Chile signed the pact on Friday after Governor Alvarado made threats.", "Chile", nil,
			[]string{"val-other-"}, nil},
		{"Chile made threats on Friday, said Governor Alvarado.", "Chile", nil, []string{"val-near-"},
			[]string{"val-other-"}},
		// a participle followed by its agent is suffered: "X's patrols
		// attacked by militants".
		{"Two Kenyan patrols attacked by raiders lost a truck.", "Kenyan", nil,
			[]string{"patient-of-aggression"}, []string{"agent-of-aggression"}},
		{"Two Kenyan patrols attacked the raiders.", "Kenyan", nil,
			[]string{"agent-of-aggression"}, []string{"patient-of-aggression"}},
	}
	for _, c := range cases {
		got := denseFired(t, c.s, c.target, c.others...)
		for _, w := range c.want {
			if got[w] == 0 {
				t.Errorf("%q / %s: want %s, got %v", c.s, c.target, w, got)
			}
		}
		for _, w := range c.not {
			if got[w] != 0 {
				t.Errorf("%q / %s: unexpected %s in %v", c.s, c.target, w, got)
			}
		}
	}
}

func TestTokenize(t *testing.T) {
	s := "Beijing’s “coercion” didn't stop the U.S.-India deal; it’s 9.5% bigger."
	toks := tokenize(nil, s, lowerSentence(s))
	var words []string
	for _, tk := range toks {
		if tk.kind == kindWord {
			words = append(words, tk.text)
		}
		if s[tk.start:tk.end] == "" {
			t.Errorf("empty token %+v", tk)
		}
	}
	got := strings.Join(words, " ")
	want := "beijing coercion didn't stop the u.s india deal it 9.5 bigger"
	if got != want {
		t.Errorf("words = %q\nwant    %q", got, want)
	}
	if !toks[0].poss {
		t.Error("Beijing’s: possessive not flagged")
	}
}

func TestLowerKeepsOffsets(t *testing.T) {
	for _, s := range []string{"ÜRÜMQI and İstanbul", "ASCII Only", "ẞtraße Ⅻ"} {
		if l := lowerSentence(s); len(l) != len(s) {
			t.Errorf("%q: lower-cased length %d != %d", s, len(l), len(s))
		}
	}
}

func synthetic() []Example {
	var exs []Example
	pos := []string{"%s praised the friendship with its partners.", "The summit hailed %s as a reliable friend.",
		"%s donated aid to the flood victims."}
	neg := []string{"%s faced criticism over its threats.", "Critics condemned %s for the crackdown.",
		"%s was sanctioned for the invasion."}
	neu := []string{"%s will host talks next week.", "The delegation from %s arrived on Monday.",
		"%s voted on the resolution."}
	for i, name := range []string{"Chile", "Peru", "Ghana", "Laos", "Oman", "Fiji"} {
		for label, set := range [][]string{neg, neu, pos} {
			s := strings.Replace(set[i%3], "%s", name, 1)
			j := strings.Index(s, name)
			exs = append(exs, Example{Sentence: s, Target: Span{j, j + len(name)}, Label: label})
		}
	}
	return exs
}

func TestTrainDeterministic(t *testing.T) {
	cfg := TrainConfig{Seed: 3, HashBits: 12, MaxIter: 50}
	var out [2][]byte
	for i := range out {
		m, err := Train(synthetic(), testLex, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if out[i], err = m.MarshalBinary(); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Fatal("training twice gave different bytes")
	}
	m, err := LoadModel(out[0], testLex)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := m.MarshalBinary()
	if !bytes.Equal(again, out[0]) {
		t.Fatal("load + marshal does not round-trip")
	}
	// the model fits its own training data.
	var gold, pred []int
	for _, ex := range synthetic() {
		gold = append(gold, ex.Label)
		r := m.Score(ex.Sentence, ex.Target, nil)
		pred = append(pred, map[string]int{"negative": 0, "neutral": 1, "positive": 2}[r.Label])
	}
	if met := Evaluate(gold, pred); met.Accuracy < 90 {
		t.Errorf("training accuracy %.1f", met.Accuracy)
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train(nil, testLex, TrainConfig{}); err == nil {
		t.Error("no examples: want error")
	}
	if _, err := Train(synthetic(), testLex, TrainConfig{HashBits: 40}); err == nil {
		t.Error("HashBits 40: want error")
	}
	bad := []Example{{Sentence: "x", Label: 5}}
	if _, err := Train(bad, testLex, TrainConfig{}); err == nil {
		t.Error("label 5: want error")
	}
	if _, err := Train([]Example{{Sentence: "x", Domain: nDomains}}, testLex, TrainConfig{}); err == nil {
		t.Error("unknown domain: want error")
	}
	if _, err := LoadModel([]byte("nope"), nil); err == nil {
		t.Error("bad weights: want error")
	}
}

func TestEvaluate(t *testing.T) {
	m := Evaluate([]int{0, 0, 1, 2, 2, 2}, []int{0, 1, 1, 2, 2, 0})
	if m.N != 6 || m.Confusion[0][1] != 1 || m.Confusion[2][0] != 1 {
		t.Fatalf("%+v", m)
	}
	if p := m.PerClass[2].Precision; p != 100 {
		t.Errorf("positive precision %v", p)
	}
	if r := m.PerClass[2].Recall; r < 66.6 || r > 66.7 {
		t.Errorf("positive recall %v", r)
	}
	b, _ := m.MarshalJSON()
	for _, k := range []string{`"n":6`, `"macro_f1"`, `"per_class":{"negative":{"precision"`, `"confusion":[[1,1,0]`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("JSON %s lacks %s", b, k)
		}
	}
	var back Metrics
	if err := back.UnmarshalJSON(b); err != nil || back != m {
		t.Errorf("round trip: %+v %v", back, err)
	}
}

// TestHStr3 checks that hStr3 hashes as three calls of hStr would.
func TestHStr3(t *testing.T) {
	for _, s := range []string{"", "a", "sanctions", "<t>", "Zürich", strings.Repeat("long", 50)} {
		for _, h := range [][3]uint64{{fnvOffset, 1, 2}, {hByte(fnvOffset, 'u'), hByte(fnvOffset, 'p'), 1 << 63}} {
			a, b, c := hStr3(h[0], h[1], h[2], s)
			if want := [3]uint64{hStr(h[0], s), hStr(h[1], s), hStr(h[2], s)}; [3]uint64{a, b, c} != want {
				t.Errorf("hStr3(%x, %q) = %x, %x, %x; want %x", h, s, a, b, c, want)
			}
		}
	}
}

// TestRealNewsRules checks, feature by feature, the rules that keep names,
// event names and idioms out of a target's score.
func TestRealNewsRules(t *testing.T) {
	lex := mapLex{"war": -2.9, "harsh": -1.9, "poor": -2.1, "support": 1.7}
	m := newModel(FeatureConfig{Version: formatVersion, HashBits: 10, Dense: nDense, Pool: PoolMean}, lex)
	// valence words that fire for target in s.
	valenced := func(s, target string) []string {
		t.Helper()
		i := strings.Index(s, target)
		sc := &scratch{}
		m.extract(sc, s, Span{i, i + len(target)}, nil, DomainCountry)
		var ws []string
		for _, f := range sc.feats {
			if (f.idx == fValClausePos || f.idx == fValClauseNeg || f.idx == fValOutPos || f.idx == fValOutNeg) && f.anchor >= 0 {
				ws = append(ws, sc.toks[f.anchor].text)
			}
		}
		return ws
	}
	for _, c := range []struct {
		s, target, want string
	}{
		{"They opposed the USA war in Asia.", "USA", ""},                // event noun joins an all-caps mention
		{"Prices rose after the Gulf war ended in Chile.", "Chile", ""}, // event named after a place
		{"Harsh Mehra met officials from Peru.", "Peru", ""},            // a name's first word
		{"Harsh words came from Peru.", "Peru", "harsh"},                // an ordinary first word
		{"Standard & Poor's cut the rating of Peru.", "Peru", ""},
		{"Peru lost the war.", "Peru", "war"},
		{"Peru ended its support for the plan.", "Peru", "support"},
	} {
		if got := strings.Join(valenced(c.s, c.target), " "); got != c.want {
			t.Errorf("%q, target %s: valence from %q, want %q", c.s, c.target, got, c.want)
		}
	}
	// relations: "taken for granted" is no friendly act, "granted asylum" is.
	rel := func(s, w string) uint8 {
		sc := &scratch{}
		m.prepare(sc, s, Span{}, nil)
		for _, tk := range sc.toks {
			if tk.text == w {
				return tk.rel
			}
		}
		t.Fatalf("%q not in %q", w, s)
		return 0
	}
	if r := rel("Analysts said Japan took the alliance for granted.", "granted"); r != relNone {
		t.Errorf("taken for granted: relation %s, want none", relNames[r])
	}
	if r := rel("Chile granted asylum to the dissident.", "granted"); r != relFriend {
		t.Errorf("granted asylum: relation %s, want friendly-act", relNames[r])
	}
	if r := rel("Unemployment stood at 9 percent.", "stood"); r != relNone {
		t.Errorf("stood at: relation %s, want none", relNames[r])
	}
}

// TestVictimAfter checks guideline 7 for a victim named before the act: the
// aggression a target suffers in the passive carries no valence for it.
func TestVictimAfter(t *testing.T) {
	cases := []struct {
		s, target string
		victim    string // the aggression word suffered, or ""
	}{
		{"Nine Malian soldiers were killed near the border.", "Malian", "killed"},
		{"Malian soldiers killed by a mine were buried today.", "Malian", "killed"},
		{"Mali was attacked at dawn.", "Mali", "attacked"},
		{"Malian soldiers killed nine raiders.", "Malian", ""},
		{"Mali attacked the camp at dawn.", "Mali", ""},
		{"Mali was praised, then attacked.", "Mali", ""},
	}
	m := newModel(FeatureConfig{Version: formatVersion, HashBits: 10, Dense: nDense, Pool: PoolMean}, testLex)
	for _, c := range cases {
		i := strings.Index(c.s, c.target)
		span := Span{i, i + len(c.target)}
		sc := &scratch{}
		m.prepare(sc, c.s, span, nil)
		last := -1
		for k, tk := range sc.toks {
			if tk.start < span.End && tk.end > span.Start {
				last = k
			}
		}
		got := ""
		if v := victimAfter(sc.toks, last); v >= 0 {
			got = sc.toks[v].text
		}
		if got != c.victim {
			t.Errorf("%q / %s: victim of %q, want %q", c.s, c.target, got, c.victim)
		}
	}
}

// TestVictimValence checks the wiring of victimAfter: in the country
// domain the aggression a victim named before it suffers carries no valence
// for it; in NewsMTSC's domain it still does.
func TestVictimValence(t *testing.T) {
	lex := mapLex{"killed": -3}
	m := newModel(FeatureConfig{Version: formatVersion, HashBits: 10, Dense: nDense, Pool: PoolMean}, lex)
	s := "Nine Malian soldiers were killed near the border."
	i := strings.Index(s, "Malian")
	for _, c := range []struct {
		dom  Domain
		want bool
	}{{DomainCountry, false}, {DomainNews, true}} {
		sc := &scratch{}
		m.extract(sc, s, Span{i, i + len("Malian")}, nil, c.dom)
		got := false
		for _, f := range sc.feats {
			if f.idx == uint32(fValClauseNeg) && f.val != 0 {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("domain %v: negative clause valence from %q = %v, want %v", c.dom, "killed", got, c.want)
		}
	}
}

func TestTrainBalanceDomains(t *testing.T) {
	// One domain alone: balancing within it is balancing over all.
	cfg := TrainConfig{HashBits: 12, MaxIter: 50}
	bal := cfg
	bal.BalanceDomains = true
	var out [2][]byte
	for i, c := range []TrainConfig{cfg, bal} {
		m, err := Train(synthetic(), testLex, c)
		if err != nil {
			t.Fatal(err)
		}
		out[i], _ = m.MarshalBinary()
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Error("one domain: BalanceDomains changed the weights")
	}

	// A news domain with balanced classes and a country domain that is
	// mostly neutral: over all examples, the country domain's neutral share
	// weighs the news domain's neutral examples down and its prior turns
	// polar; within each domain, the news prior stays even.
	exs := synthetic()
	for i := range exs {
		exs[i].Domain = DomainNews
	}
	for i, name := range []string{"Chile", "Peru", "Ghana", "Laos", "Oman", "Fiji", "Chad", "Mali", "Iraq", "Iran"} {
		for j, s := range []string{"%s will host talks next week.", "The delegation from %s arrived on Monday.",
			"%s voted on the resolution.", "Envoys of %s met in the capital.", "%s published its budget."} {
			s = strings.Replace(s, "%s", name, 1)
			k := strings.Index(s, name)
			label := 1
			if i == 0 && j < 2 {
				label = 2 * j // one negative, one positive
			}
			exs = append(exs, Example{Sentence: s, Target: Span{k, k + len(name)}, Label: label, Domain: DomainCountry})
		}
	}
	s := "Tonga sent observers."
	target := Span{strings.Index(s, "Tonga"), strings.Index(s, "Tonga") + 5}
	var pNeu [2]float32
	for i, c := range []TrainConfig{cfg, bal} {
		c.Balance = 1
		m, err := Train(exs, testLex, c)
		if err != nil {
			t.Fatal(err)
		}
		pNeu[i] = m.ScoreWith(s, target, nil, Options{Domain: DomainNews}).PNeu
	}
	if pNeu[1] <= pNeu[0]+0.05 {
		t.Errorf("news-domain P(neutral) of a sentence without valence: %.3f balanced over all, %.3f within domains; want the second clearly higher", pNeu[0], pNeu[1])
	}
}
