package training

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
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
		if !errors.Is(err, ErrData) {
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

// TestCrossValidateMultiTarget checks that cross-validating a file reports
// its sentences with two or more targets apart (the sample has three such
// sentences of two targets and one of one), and those whose targets differ
// in polarity (two of the three).
func TestCrossValidateMultiTarget(t *testing.T) {
	rep, err := Train(context.Background(), testLexicon(t), TrainConfig{
		Data:          []string{"testdata/newsmtsc-sample.jsonl"},
		CrossValidate: []string{"testdata/newsmtsc-sample.jsonl"},
		Folds:         2,
		Out:           filepath.Join(t.TempDir(), "m"),
		Seed:          7,
		Model:         stance.TrainConfig{HashBits: 10, MaxIter: 20},
	})
	if err != nil {
		t.Fatal(err)
	}
	all, multi := rep.CV["newsmtsc-sample.jsonl"], rep.CV["newsmtsc-sample.jsonl"+MultiTargetSuffix]
	if all.Full.N != 7 || multi.Full.N != 6 || multi.WeightsOnly.N != 6 {
		t.Errorf("cross-validated %d targets, %d of them in multi-target sentences (%d weights-only); want 7 and 6",
			all.Full.N, multi.Full.N, multi.WeightsOnly.N)
	}
	if mixed := rep.CV["newsmtsc-sample.jsonl"+MixedPolaritySuffix]; mixed.Full.N != 4 || mixed.LexiconOnly.N != 4 {
		t.Errorf("%d targets (%d lexicon-only) in mixed-polarity sentences, want 4", mixed.Full.N, mixed.LexiconOnly.N)
	}
}

// TestMixedWeight checks that MixedWeight scales exactly the examples whose
// sentence has targets of different polarities, and changes the weights.
func TestMixedWeight(t *testing.T) {
	exs, err := ReadNewsMTSC("testdata/newsmtsc-sample.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	mixed := mixedSentences(exs)
	cfg := TrainConfig{MixedWeight: 3}
	n := 0
	for _, ex := range exs {
		if f := cfg.mixedFactor(mixed, ex); f == 3 {
			n++
		} else if f != 1 {
			t.Errorf("factor %v, want 1 or 3", f)
		}
	}
	if n != 4 {
		t.Errorf("%d examples weighted up, want the 4 in mixed-polarity sentences", n)
	}
	if f := (TrainConfig{}).mixedFactor(mixed, exs[0]); f != 1 {
		t.Errorf("no MixedWeight: factor %v, want 1", f)
	}
	var outs [2][]byte
	for i, w := range []float64{1, 3} {
		rep, err := Train(context.Background(), testLexicon(t), TrainConfig{
			Data: []string{"testdata/newsmtsc-sample.jsonl"}, MixedWeight: w,
			Out: filepath.Join(t.TempDir(), "m"), Seed: 7, Model: stance.TrainConfig{HashBits: 10, MaxIter: 20},
		})
		if err != nil {
			t.Fatal(err)
		}
		if outs[i], err = os.ReadFile(rep.Weights); err != nil {
			t.Fatal(err)
		}
	}
	if bytes.Equal(outs[0], outs[1]) {
		t.Error("MixedWeight 3 wrote the same weights as 1")
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
	p := filepath.Join("..", "..", "..", "shared", "data", rel)
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

var updateGolden = flag.Bool("update", false, "rewrite testdata/heldout.golden")

// heldOutFloors are macro-F1 floors far below the committed model's figures
// on the held-out sets; testdata/heldout.golden catches each flipped target.
var heldOutFloors = map[string]float64{"realnews-test": 40, "dev-rw": 50, "dev-mt": 35}

// TestHeldOut scores the committed weights on the held-out sets (the
// untouched test split of the real-news labels and NewsMTSC dev-rw and
// dev-mt, none of which chose anything in the recipe) against a committed
// per-target golden, and fails below the floors or when the full model does
// not beat the lexicon-only ablation. It skips without ../shared.
func TestHeldOut(t *testing.T) {
	labels := filepath.Join("..", "labels", "realnews.tsv")
	shared := filepath.Dir(filepath.Dir(sharedData(t, "news-pool/wikinews.jsonl")))
	m := defaultModel(t)
	sets := []struct {
		name string
		cfg  EvalConfig
	}{
		{"realnews-test", EvalConfig{Labels: labels, Split: "test", Shared: shared}},
		{"dev-rw", EvalConfig{Data: sharedData(t, "newsmtsc/dev-rw.jsonl")}},
		{"dev-mt", EvalConfig{Data: sharedData(t, "newsmtsc/dev-mt.jsonl")}},
	}
	var lines []string
	for _, set := range sets {
		var f1 [3]float64
		for i, ab := range []string{"", "lexicon-only", "weights-only"} {
			cfg := set.cfg
			cfg.Ablate, cfg.Explain = ab, ab == ""
			res, err := Eval(context.Background(), m, cfg)
			if err != nil {
				t.Fatal(err)
			}
			f1[i] = res.MacroF1
			for _, tr := range res.Targets {
				lines = append(lines, set.name+" "+fieldEscaper.Replace(tr.ID)+"\t"+tr.Pred)
			}
			if ab == "" {
				t.Logf("%s: macro-F1 %.1f, accuracy %.1f, neutral recall %.1f", set.name, res.MacroF1, res.Accuracy, res.PerClass[1].Recall)
			}
		}
		t.Logf("%s: full %.1f, lexicon-only %.1f, weights-only %.1f", set.name, f1[0], f1[1], f1[2])
		// The full model beats the lexicon-only ablation everywhere; on the
		// real-news test split the weights-only ablation scored higher when
		// it was scored (see models/labels/README.md), so that is logged.
		if f1[0] <= f1[1] {
			t.Errorf("%s: the full model (%.1f) does not beat the lexicon-only ablation (%.1f)", set.name, f1[0], f1[1])
		}
		if f1[0] < heldOutFloors[set.name] {
			t.Errorf("%s: macro-F1 %.1f is below the floor %.0f", set.name, f1[0], heldOutFloors[set.name])
		}
	}
	golden := filepath.Join("testdata", "heldout.golden")
	got := strings.Join(lines, "\n") + "\n"
	if *updateGolden {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	raw, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (go test -run TestHeldOut -update writes it)", err)
	}
	want := strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
	if len(want) != len(lines) {
		t.Fatalf("%d targets scored, %s has %d", len(lines), golden, len(want))
	}
	flips := 0
	for i := range lines {
		if lines[i] != want[i] {
			flips++
			t.Errorf("flipped: %s -> %s", want[i], lines[i][strings.LastIndexByte(lines[i], '\t')+1:])
		}
	}
	if flips > 0 {
		t.Errorf("%d of %d targets differ from %s; if intended, rerun with -update and review the diff", flips, len(lines), golden)
	}
}
