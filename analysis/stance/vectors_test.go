package stance

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"
)

// toyVectors gives the listed words unit vectors in 4 dimensions: words in
// one group share a direction.
func toyVectors(t *testing.T, groups ...[]string) *Vectors {
	t.Helper()
	const dim = 4
	var words []string
	var data []float32
	for g, ws := range groups {
		for _, w := range ws {
			v := make([]float32, dim)
			v[g%dim] = 1
			words = append(words, w)
			data = append(data, v...)
		}
	}
	v, err := NewVectors(words, data, dim)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// verbExamples are "The minister <verb> <country> again." with the verb's
// label, over several countries.
func verbExamples(verbs map[string]int) []Example {
	var out []Example
	for _, c := range []string{"Chile", "Peru", "Ghana", "Laos", "Nepal", "Oman", "Fiji", "Mali"} {
		for _, v := range []string{"condemned", "praised", "visited", "met"} {
			label, ok := verbs[v]
			if !ok {
				continue
			}
			s := fmt.Sprintf("The minister %s %s again.", v, c)
			i := strings.Index(s, c)
			out = append(out, Example{Sentence: s, Target: Span{i, i + len(c)}, Label: label})
		}
	}
	return out
}

func TestVectorsGeneraliseToUnseenWords(t *testing.T) {
	vec := toyVectors(t, []string{"condemned", "glorped"}, []string{"praised", "blinted"}, []string{"visited", "met", "toured"})
	exs := verbExamples(map[string]int{"condemned": 0, "praised": 2, "visited": 1})
	m, err := Train(exs, nil, TrainConfig{HashBits: 12, MaxIter: 100, Vectors: vec})
	if err != nil {
		t.Fatal(err)
	}
	score := func(verb string) Result {
		s := "The minister " + verb + " Samoa again."
		i := strings.Index(s, "Samoa")
		return m.Score(s, Span{i, i + 5}, nil)
	}
	// "glorped" and "blinted" are on no word list and never occur in
	// training: only their vectors, next to "condemned" and "praised",
	// tell them apart.
	neg, pos := score("glorped"), score("blinted")
	if !(neg.Stance < -0.2 && pos.Stance > 0.2) {
		t.Errorf("unseen verbs: glorped %+.2f, blinted %+.2f; want their neighbours' signs", neg.Stance, pos.Stance)
	}
	if !strings.Contains(strings.Join(neg.Evidence, " "), "-glorped") {
		t.Errorf("glorped: evidence %v lacks the word that pushed it", neg.Evidence)
	}
	// without vectors the same model cannot tell them apart.
	plain, err := Train(exs, nil, TrainConfig{HashBits: 12, MaxIter: 100})
	if err != nil {
		t.Fatal(err)
	}
	s := "The minister glorped Samoa again."
	i := strings.Index(s, "Samoa")
	if r := plain.Score(s, Span{i, i + 5}, nil); r.Stance < -0.2 || r.Label != "neutral" {
		t.Errorf("without vectors, glorped gave %+.2f: the test does not isolate the vectors", r.Stance)
	}
}

func TestVectorProjectionMatchesFeatures(t *testing.T) {
	vec := toyVectors(t, []string{"condemned", "denounced"}, []string{"praised", "lauded"}, []string{"visited", "met", "minister", "again"})
	m, err := Train(verbExamples(map[string]int{"condemned": 0, "praised": 2, "visited": 1, "met": 1}), testLex,
		TrainConfig{HashBits: 10, MaxIter: 100, Vectors: vec})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"The minister denounced Samoa again.",
		"Samoa lauded the minister, who met officials and visited twice.",
		"Samoa",
		"After the minister praised it, Samoa condemned the pressure again and again.",
	} {
		target := Span{strings.Index(s, "Samoa"), strings.Index(s, "Samoa") + 5}
		sc := &scratch{}
		projected, _ := m.scoreOne(sc, s, target, nil, Options{})
		m.extract(sc, s, target, nil, DomainCountry)
		sc.dom = DomainCountry
		features, _ := m.classify(sc, &m.heads[Full])
		for c := range projected {
			if math.Abs(projected[c]-features[c]) > 1e-5 {
				t.Errorf("%q: projected %v, features %v", s, projected, features)
				break
			}
		}
	}
}

func TestVectorsRoundTrip(t *testing.T) {
	vec := toyVectors(t, []string{"condemned", "denounced"}, []string{"praised", "lauded"}, []string{"visited"})
	m, err := Train(verbExamples(map[string]int{"condemned": 0, "praised": 2, "visited": 1}), testLex,
		TrainConfig{HashBits: 10, MaxIter: 50, Vectors: vec})
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back, err := LoadModel(b, testLex)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := back.MarshalBinary()
	if !bytes.Equal(b, again) {
		t.Fatal("load + marshal does not round-trip a model with word vectors")
	}
	s := "The minister denounced Samoa again."
	i := strings.Index(s, "Samoa")
	if a, b := m.Score(s, Span{i, i + 5}, nil), back.Score(s, Span{i, i + 5}, nil); a.Stance != b.Stance {
		t.Errorf("loaded model scores %+.4f, trained %+.4f", b.Stance, a.Stance)
	}
	for cut := len(b) - 1; cut > len(b)-40; cut -= 7 {
		if _, err := LoadModel(b[:cut], testLex); err == nil {
			t.Errorf("weights cut to %d of %d bytes: want an error", cut, len(b))
		}
	}
	// The last byte is a vector component: -128/127 is outside [-1, 1].
	bad := append([]byte(nil), b...)
	bad[len(bad)-1] = 0x80
	if _, err := LoadModel(bad, testLex); err == nil {
		t.Error("a word vector component of -128/127: want an error")
	}
}

func TestNewVectorsErrors(t *testing.T) {
	for _, c := range []struct {
		name  string
		words []string
		data  []float32
		dim   int
	}{
		{"short data", []string{"a", "b"}, []float32{0, 1, 0}, 2},
		{"repeated word", []string{"a", "a"}, []float32{0, 1, 1, 0}, 2},
		{"empty word", []string{""}, []float32{0, 1}, 2},
		{"out of range", []string{"a"}, []float32{0, 1.5}, 2},
		{"NaN", []string{"a"}, []float32{0, float32(math.NaN())}, 2},
		{"no dimensions", []string{"a"}, nil, 0},
	} {
		if _, err := NewVectors(c.words, c.data, c.dim); err == nil {
			t.Errorf("%s: want an error", c.name)
		}
	}
}

func TestTemper(t *testing.T) {
	p := [3]float64{0.1, 0.2, 0.7}
	soft, sharp := Temper(p, 2), Temper(p, 0.5)
	if !(soft[2] < p[2] && sharp[2] > p[2]) {
		t.Errorf("Temper: t=2 gave %v, t=0.5 gave %v from %v", soft, sharp, p)
	}
	for _, q := range [][3]float64{soft, sharp, Temper(p, 1)} {
		if s := q[0] + q[1] + q[2]; math.Abs(s-1) > 1e-12 || !(q[2] > q[1] && q[1] > q[0]) {
			t.Errorf("Temper gave %v: not a distribution with p's order", q)
		}
	}
}

func TestTemperatureApplied(t *testing.T) {
	m, err := Train(verbExamples(map[string]int{"condemned": 0, "praised": 2, "visited": 1}), testLex,
		TrainConfig{HashBits: 10, MaxIter: 50})
	if err != nil {
		t.Fatal(err)
	}
	soft := m.WithTemperature(2)
	s := "The minister condemned Samoa again."
	span := Span{strings.Index(s, "Samoa"), strings.Index(s, "Samoa") + 5}
	raw, cal := m.Score(s, span, nil), soft.Score(s, span, nil)
	if !(cal.PNeg < raw.PNeg && cal.Label == raw.Label) {
		t.Errorf("temperature 2: p(negative) %.3f -> %.3f, label %s -> %s; want softer, same label", raw.PNeg, cal.PNeg, raw.Label, cal.Label)
	}
	if g := soft.ScoreGroup(s, []Span{span}, nil, Options{}); g[0].PNeg != cal.PNeg {
		t.Errorf("ScoreGroup p(negative) %.3f, Score %.3f: want the same calibration", g[0].PNeg, cal.PNeg)
	}
	news := Options{Domain: DomainNews}
	if a, b := m.ScoreWith(s, span, nil, news), soft.ScoreWith(s, span, nil, news); a.PNeg != b.PNeg {
		t.Errorf("news domain: p(negative) %.3f -> %.3f; the temperature is for the country domain only", a.PNeg, b.PNeg)
	}
}
