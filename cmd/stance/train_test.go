package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// unlabelledNews lays out a shared data directory with the two files word
// vectors are learned from, holding sentences written for this test.
func unlabelledNews(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	var pool, mtsc strings.Builder
	words := []string{"ministers", "talks", "trade", "border", "troops", "sanctions", "summit", "envoy"}
	for i := 0; i < 40; i++ {
		text := fmt.Sprintf("The %s and the %s were discussed again. Officials said the %s would continue.",
			words[i%8], words[(i+3)%8], words[(i+5)%8])
		fmt.Fprintf(&pool, `{"id": "a%d", "date": "2020-01-01", "text": %q}`+"\n", i, text)
		fmt.Fprintf(&mtsc, `{"primary_gid": "s_x_%d_y", "sentence_normalized": %q, "targets": []}`+"\n", i,
			"Negotiators met about "+words[i%8]+" and "+words[(i+1)%8]+".")
	}
	for name, body := range map[string]string{"news-pool/wikinews.jsonl": pool.String(), "newsmtsc/train.jsonl": mtsc.String()} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// pretrainedVectors writes a small file of pretrained word vectors, in the
// wink-embeddings layout, of four components each.
func pretrainedVectors(t *testing.T) string {
	t.Helper()
	var words, vecs []string
	for i, w := range []string{"the", "talks", "trade", "troops", "sanctions", "peace", "war"} {
		words = append(words, fmt.Sprintf("%q", w))
		vecs = append(vecs, fmt.Sprintf(`%q: [%d, 1, -1, 0.5, 2, %d]`, w, i%3, i))
	}
	p := filepath.Join(t.TempDir(), "vectors.json")
	body := fmt.Sprintf(`{"dimensions": 4, "words": [%s], "vectors": {%s}}`, strings.Join(words, ","), strings.Join(vecs, ","))
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestTrainThenEval: stance train writes weights, word vectors included
// (learned here and joined to pretrained ones), that stance eval --models
// loads, and the same data and flags give the same bytes.
func TestTrainThenEval(t *testing.T) {
	data := "../../models/training/testdata/newsmtsc-sample.jsonl"
	shared := unlabelledNews(t)
	pre := pretrainedVectors(t)
	train := func(out string) []byte {
		t.Helper()
		var stdout, stderr bytes.Buffer
		args := []string{"train", "--data", data, "--data-weights", "1", "--labels=", "--cv=", "--curve=",
			"--iter", "30", "--hash-bits", "10", "--shared", shared, "--vector-dim", "8", "--pretrained-vectors", pre, "--out", out}
		if code := run(args, strings.NewReader(""), &stdout, &stderr); code != 0 {
			t.Fatalf("train: exit %d: %s", code, stderr.String())
		}
		w, err := os.ReadFile(filepath.Join(out, "weights.bin"))
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	dir := t.TempDir()
	a, b := train(filepath.Join(dir, "a")), train(filepath.Join(dir, "b"))
	if !bytes.Equal(a, b) {
		t.Error("two trainings on the same data gave different weights")
	}
	var manifest struct {
		Features struct {
			VecDim int `json:"vec_dim"`
		}
		Vectors struct {
			Words, Sentences int
			Pretrained       struct{ Words int }
		}
	}
	raw, err := os.ReadFile(filepath.Join(dir, "a", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &manifest); err != nil {
		t.Fatal(err)
	}
	if manifest.Features.VecDim != 8+4 || manifest.Vectors.Sentences != 120 || manifest.Vectors.Words == 0 ||
		manifest.Vectors.Pretrained.Words != 7 {
		t.Errorf("manifest: vector dim %d, %d sentences, %d words, %d pretrained; want 12, 120, some words and 7",
			manifest.Features.VecDim, manifest.Vectors.Sentences, manifest.Vectors.Words, manifest.Vectors.Pretrained.Words)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"eval", "--models", filepath.Join(dir, "a"), "--data", data, "--explain"},
		strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("eval: exit %d: %s", code, stderr.String())
	}
	var res struct {
		N       int `json:"n"`
		Targets []struct{ ID, Gold, Pred string }
	}
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatalf("eval output: %v\n%s", err, stdout.String())
	}
	if res.N != 7 || len(res.Targets) != 7 || res.Targets[0].Gold == "" || res.Targets[0].Pred == "" {
		t.Errorf("eval: n %d, targets %+v", res.N, res.Targets)
	}
	// eval needs a data set.
	stderr.Reset()
	if code := run([]string{"eval"}, strings.NewReader(""), &stdout, &stderr); code != 2 {
		t.Errorf("eval without data: exit %d, want 2 (%s)", code, stderr.String())
	}
}

// TestAllRejectedExits1: a run that accepted no article from a non-empty
// input fails with exit 1 and says why; its summary says failed.
func TestAllRejectedExits1(t *testing.T) {
	out := t.TempDir()
	r := stance(t, "", "run", "--input", filepath.Join(corpus, "odd"), "--out", out, "--json")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "no article accepted") || !strings.Contains(r.stderr, "no_date: 1") {
		t.Errorf("stderr does not say why: %s", r.stderr)
	}
	var sum struct{ Status string }
	if err := json.Unmarshal([]byte(r.stdout), &sum); err != nil || sum.Status != "failed" {
		t.Errorf("summary status %q (%v), want failed", sum.Status, err)
	}
	// the structured record closing the run, for logs.
	if !strings.Contains(r.stderr, `"msg":"run finished"`) {
		t.Errorf("no run-finished record on stderr: %s", r.stderr)
	}
}
