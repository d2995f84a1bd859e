package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stance-news/stance/models/training"
)

func TestKappa(t *testing.T) {
	for _, c := range []struct {
		a, b []string
		want float64
	}{
		{[]string{"neg", "neu", "pos", "neu"}, []string{"neg", "neu", "pos", "neu"}, 1},
		// po = 0.5, pe = 0.5 (both always split evenly the same way)
		{[]string{"x", "x", "y", "y"}, []string{"x", "y", "x", "y"}, 0},
		// po = 0.75; pe = 0.5*0.75 + 0.5*0.25 = 0.5 -> kappa 0.5
		{[]string{"x", "x", "y", "y"}, []string{"x", "x", "x", "y"}, 0.5},
	} {
		if got := kappa(c.a, c.b); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("kappa(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestLocate(t *testing.T) {
	text := "Perú and Chile met; Chile's envoy left."
	for _, c := range []struct {
		spec     string
		from, to int
		ok       bool
	}{
		{"Chile", 9, 14, true},
		{"Chile#2", 20, 25, true},
		{"Chile#3", 0, 0, false},
		{"envoy", 28, 33, true},
		{"Peru", 0, 0, false},
	} {
		from, to, _, ok := locate(text, c.spec)
		if ok != c.ok || ok && (from != c.from || to != c.to) {
			t.Errorf("locate(%q) = %d, %d, %v; want %d, %d, %v", c.spec, from, to, ok, c.from, c.to, c.ok)
		}
	}
}

func TestIsTestSplit(t *testing.T) {
	n, moved := 0, 0
	for i := 0; i < 1000; i++ {
		key := string(rune('a'+i%26)) + string(rune('a'+i/26))
		if isTest(key, 16) {
			n++
		}
		if isTest(key, 16) != isTest(key, 17) {
			moved++
		}
	}
	if n < 150 || n > 250 {
		t.Errorf("%d of 1000 stories in the test split, want about 200", n)
	}
	if moved == 0 {
		t.Error("the seed does not change the split")
	}
}

// TestCollectLaterRound checks that a second round adds its rows after the
// label file's rows of other articles, replaces its own articles' rows when
// collected again, and writes its agreement under its own name.
func TestCollectLaterRound(t *testing.T) {
	dir := t.TempDir()
	labels := filepath.Join(dir, "labels", "realnews.tsv")
	old := []training.LabelRow{
		{Split: "train", Source: "wikinews", DocID: "w-old", SentEnd: 20, From: 0, To: 5, Party: "FR", Label: "neu", Surface: "aa"},
		{Split: "train", Source: "wikinews", DocID: "w-new", SentEnd: 20, From: 0, To: 5, Party: "FR", Label: "pos", Surface: "bb"},
	}
	if err := os.MkdirAll(filepath.Dir(labels), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := training.WriteLabels(labels, old); err != nil {
		t.Fatal(err)
	}
	work := filepath.Join(dir, "work")
	it := item{Item: "S0001", Source: "wikinews", DocID: "w-new", SentEnd: 31, Text: "Chile thanked Peru for its aid.",
		Cands: []candidate{{From: 0, To: 5, Surface: "Chile", Party: "CL"}}}
	raw, _ := json.Marshal(it)
	files := map[string]string{
		"items.jsonl":      string(raw) + "\n",
		"a1/out/b.tsv":     "S0001\tc1\tChile\tCL\tneu\nS0001\t+\tPeru\tPE\tpos\n",
		"b1/out/b.tsv":     "S0001\tc1\tChile\tCL\tneu\nS0001\t+\tPeru\tPE\tneu\n",
		"adjudication.tsv": "item\tcand\tsurface\tparty\tfirst\tsecond\tfinal\treason\nS0001\t+\tPeru\tPE\tpos\tneu\tpos\tthanked: guideline 3\n",
	}
	for name, body := range files {
		p := filepath.Join(work, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for range 2 { // collecting again gives the same file
		if err := collect(work, labels, 16, 2); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := training.ReadLabels(labels)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, fmt.Sprintf("%s %d-%d %s %s", r.DocID, r.From, r.To, r.Party, r.Label))
	}
	want := []string{"w-old 0-5 FR neu", "w-new 0-5 CL neu", "w-new 14-18 PE pos"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("rows:\n got %q\nwant %q", got, want)
	}
	for name, want := range map[string]bool{"agreement-r2.tsv": true, "adjudication-r2.tsv": true, "agreement.tsv": false} {
		if _, err := os.Stat(filepath.Join(dir, "labels", name)); (err == nil) != want {
			t.Errorf("%s exists: %v, want %v", name, err == nil, want)
		}
	}
}
