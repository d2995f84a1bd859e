package jobs

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stance-news/stance/analysis/sentiment"
	"github.com/stance-news/stance/analysis/stance"
	"github.com/stance-news/stance/models"
)

func TestReadNewsMTSC(t *testing.T) {
	exs, err := ReadNewsMTSC("testdata/newsmtsc-sample.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(exs) != 7 {
		t.Fatalf("got %d examples, want 7", len(exs))
	}
	want := []struct {
		mention string
		label   int
		others  int
	}{
		{"Hanoi", 1, 1}, {"Tokyo", 2, 1}, {"Beijing", 0, 1}, {"Vilnius", 2, 1},
		{"Chile", 1, 1}, {"Peru", 1, 1}, {"Ürümqi’s envoy", 0, 0},
	}
	for i, w := range want {
		ex := exs[i]
		if got := ex.Sentence[ex.Target.Start:ex.Target.End]; got != w.mention {
			t.Errorf("example %d: span %v = %q, want %q (code points must become bytes)", i, ex.Target, got, w.mention)
		}
		if ex.Label != w.label || len(ex.Others) != w.others {
			t.Errorf("example %d: label %d others %d, want %d %d", i, ex.Label, len(ex.Others), w.label, w.others)
		}
	}
	// Tokyo sits after the multi-byte € sign: its Others must be Hanoi.
	if o := exs[1].Others[0]; exs[1].Sentence[o.Start:o.End] != "Hanoi" {
		t.Errorf("Tokyo's other target = %q", exs[1].Sentence[o.Start:o.End])
	}
}

func TestReadNewsMTSCErrors(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{
		"bad json":     `{"sentence_normalized": "x", "targets": [}`,
		"bad polarity": `{"sentence_normalized": "Chile won.", "targets": [{"from": 0, "to": 5, "polarity": 3.0}]}`,
		"bad span":     `{"sentence_normalized": "Chile won.", "targets": [{"from": 0, "to": 50, "polarity": 4.0}]}`,
		"no sentence":  `{"targets": []}`,
		"no polarity":  `{"sentence_normalized": "Chile won.", "targets": [{"from": 0, "to": 5}]}`,
	}
	for name, line := range cases {
		p := filepath.Join(dir, "bad.jsonl")
		ok := `{"sentence_normalized": "Peru won.", "targets": [{"from": 0, "to": 4, "polarity": 6.0}]}`
		if err := os.WriteFile(p, []byte(ok+"\n"+line+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := ReadNewsMTSC(p)
		if !errors.Is(err, ErrData) || !errors.Is(err, ErrConfig) {
			t.Errorf("%s: err = %v, want ErrData", name, err)
			continue
		}
		if !bytes.Contains([]byte(err.Error()), []byte("bad.jsonl:2")) {
			t.Errorf("%s: error %q lacks file:line", name, err)
		}
	}
	if _, err := ReadNewsMTSC(filepath.Join(dir, "missing.jsonl")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v", err)
	}
}

func testLexicon(t testing.TB) stance.Lexicon {
	t.Helper()
	b, err := models.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	vader, err := models.VADERLexicon()
	if err != nil {
		t.Fatal(err)
	}
	news, err := b.File("artifacts/lexicon/news.tsv")
	if err != nil {
		t.Fatal(err)
	}
	lex, err := sentiment.ParseLexicon(vader, news)
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

func TestTrainWritesReproducibleArtifacts(t *testing.T) {
	lex := testLexicon(t)
	var outs [2][]byte
	for i := range outs {
		out := filepath.Join(t.TempDir(), "m")
		rep, err := Train(context.Background(), lex, TrainConfig{
			Data:  []string{"testdata/newsmtsc-sample.jsonl"},
			Dev:   []string{"testdata/newsmtsc-sample.jsonl"},
			Out:   out,
			Seed:  7,
			Model: stance.TrainConfig{HashBits: 10, MaxIter: 20},
		})
		if err != nil {
			t.Fatal(err)
		}
		w, err := os.ReadFile(rep.Weights)
		if err != nil {
			t.Fatal(err)
		}
		man, err := os.ReadFile(rep.Manifest)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(man, []byte(rep.WeightsSHA256)) || !bytes.Contains(man, []byte(`"macro_f1"`)) {
			t.Errorf("manifest lacks the weights digest or metrics:\n%s", man)
		}
		outs[i] = append(w, man...)
		m, err := stance.LoadModel(w, lex)
		if err != nil {
			t.Fatal(err)
		}
		met, err := Eval(context.Background(), m, EvalConfig{Data: "testdata/newsmtsc-sample.jsonl", Ablate: "weights-only"})
		if err != nil || met.N != 7 {
			t.Fatalf("eval: %+v %v", met, err)
		}
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("two trainings on the same data and seed wrote different bytes")
	}
}

func TestEvalBadAblation(t *testing.T) {
	_, err := Eval(context.Background(), nil, EvalConfig{Data: "testdata/newsmtsc-sample.jsonl", Ablate: "rules"})
	if !errors.Is(err, ErrUsage) {
		t.Errorf("err = %v, want ErrUsage", err)
	}
}

// sharedData returns a path under ../shared/data, skipping when absent (a
// fresh clone has no shared data).
func sharedData(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join("..", "..", "shared", "data", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data %s not present", rel)
	}
	return p
}

func defaultModel(t *testing.T) *stance.Model {
	t.Helper()
	b, err := models.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	w, err := b.File("artifacts/stance/weights.bin")
	if err != nil {
		t.Fatal(err)
	}
	m, err := stance.LoadModel(w, testLexicon(t))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestDevSets checks the committed weights on the NewsMTSC dev sets against
// the floors the issue sets, and that the full model beats both ablations.
func TestDevSets(t *testing.T) {
	for _, c := range []struct {
		file  string
		floor float64
	}{{"newsmtsc/dev-rw.jsonl", 66}, {"newsmtsc/dev-mt.jsonl", 62}} {
		p := sharedData(t, c.file)
		m := defaultModel(t)
		var f1 [3]float64
		for i, ab := range []string{"", "lexicon-only", "weights-only"} {
			met, err := Eval(context.Background(), m, EvalConfig{Data: p, Ablate: ab})
			if err != nil {
				t.Fatal(err)
			}
			f1[i] = met.MacroF1
		}
		t.Logf("%s: full %.1f, lexicon-only %.1f, weights-only %.1f", c.file, f1[0], f1[1], f1[2])
		if f1[0] <= f1[1] || f1[0] <= f1[2] {
			t.Errorf("%s: full model does not beat both ablations", c.file)
		}
		if f1[0] < c.floor {
			t.Logf("%s: macro-F1 %.1f is below the issue's target %.0f", c.file, f1[0], c.floor)
		}
	}
}
