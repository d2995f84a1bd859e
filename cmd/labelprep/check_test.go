package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stance-news/stance/analysis/parties"
	"github.com/stance-news/stance/models/training"
)

func TestNthIndex(t *testing.T) {
	s := "Él dijo: Chile, y luego Chile otra vez."
	for _, c := range []struct {
		sub      string
		n        int
		from, to int
		ok       bool
	}{
		{"Chile", 0, 9, 14, true},
		{"Chile", 1, 24, 29, true}, // code points: "É" is one
		{"Chile", 2, 0, 0, false},
		{"Perú", 0, 0, 0, false},
		{"Chil", 0, 0, 0, false}, // not a whole word
	} {
		from, to, ok := nthIndex(s, c.sub, c.n)
		if from != c.from || to != c.to || ok != c.ok {
			t.Errorf("nthIndex(%q, %d) = %d, %d, %v; want %d, %d, %v", c.sub, c.n, from, to, ok, c.from, c.to, c.ok)
		}
	}
}

func TestOccurrence(t *testing.T) {
	for _, c := range []struct {
		surface string
		used    int
		text    string
		n       int
	}{
		{"Australian", 1, "Australian", 1},
		{"Australian#2", 0, "Australian", 1},
		{"C#", 0, "C#", 0},
		{"#1", 0, "#1", 0},
	} {
		if text, n := occurrence(c.surface, c.used); text != c.text || n != c.n {
			t.Errorf("occurrence(%q, %d) = %q, %d; want %q, %d", c.surface, c.used, text, n, c.text, c.n)
		}
	}
}

// The check's pool leaves out every sentence of the label file, NewsMTSC
// ones included, whose label rows name them by training.NewsMTSCKey.
func TestCheckPoolLeavesOutLabelledSentences(t *testing.T) {
	shared := t.TempDir()
	write := func(rel, body string) {
		t.Helper()
		p := filepath.Join(shared, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("news-pool/wikinews.jsonl", `{"id":"w1","date":"2006-05-01","title":"T","text":"Peru signed the pact."}`+"\n")
	labelledGID, otherGID := "allsides_1_2_3_Chile_0_5", "allsides_1_2_4_Chile_0_5"
	write("newsmtsc/train.jsonl",
		`{"primary_gid":"`+labelledGID+`","sentence_normalized":"Chile signed the pact."}`+"\n"+
			`{"primary_gid":"`+otherGID+`","sentence_normalized":"Chile rejected the pact."}`+"\n")
	labels := filepath.Join(shared, "labels.tsv")
	if err := training.WriteLabels(labels, []training.LabelRow{{Split: "train", Source: "newsmtsc",
		DocID: training.NewsMTSCKey(labelledGID), SentEnd: 22, From: 0, To: 5, Party: "CL", Label: training.LabelNeu,
		Surface: training.SurfaceDigest("Chile")}}); err != nil {
		t.Fatal(err)
	}
	reg, err := parties.Parse([]byte(`version: 1
parties:
  - {id: CL, name: Chile, kind: country, names: [Chile]}
  - {id: PE, name: Peru, kind: country, names: [Peru]}
`))
	if err != nil {
		t.Fatal(err)
	}
	pool, err := checkPool(shared, labels, reg)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range pool {
		got = append(got, s.Source+" "+s.DocID)
		if strings.Contains(s.DocID, "Chile") {
			t.Errorf("%s: the pool keeps a NewsMTSC id, which holds shared text", s.DocID)
		}
	}
	want := []string{"newsmtsc " + training.NewsMTSCKey(otherGID), "wikinews w1"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("pool %v, want %v", got, want)
	}
}
