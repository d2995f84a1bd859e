package training

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stance-news/stance/analysis/stance"
)

// TestExportFeatures checks the three files of an export: one svmlight
// line per training example (data first, then the labels' train split)
// with ascending columns inside the feature space, the examples' table
// with the data's rows in every fold and one story's labels in one fold,
// and a name for every column.
func TestExportFeatures(t *testing.T) {
	shared := writeShared(t)
	sent := "Chile thanked Perú for its help, and Lima welcomed it."
	n := len([]rune(sent))
	rows := []LabelRow{
		{Split: "train", Source: "wikinews", DocID: "wn-1", SentStart: 18, SentEnd: 18 + n, From: 0, To: 5, Party: "CL", Label: LabelNeu, Surface: SurfaceDigest("Chile")},
		{Split: "train", Source: "wikinews", DocID: "wn-1", SentStart: 18, SentEnd: 18 + n, From: 14, To: 18, Party: "PE", Label: LabelPos, Surface: SurfaceDigest("Perú")},
		{Split: "test", Source: "newsmtsc", DocID: NewsMTSCKey("polusa_v1_77_-1_3_x\nY_0_5"), SentStart: 0, SentEnd: 23, From: 0, To: 4, Party: "ML", Label: LabelNeg, Surface: SurfaceDigest("Mali")},
	}
	labels := filepath.Join(t.TempDir(), "labels.tsv")
	if err := WriteLabels(labels, rows); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "x")
	cfg := TrainConfig{Data: []string{"testdata/newsmtsc-sample.jsonl"}, Labels: labels, Shared: shared, LabelsWeight: 4,
		Out: out, Seed: 7, Folds: 2, Model: stance.TrainConfig{HashBits: 10}}
	rep, err := ExportFeatures(context.Background(), testLexicon(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Examples != 9 || rep.Labelled != 2 || rep.Columns != rep.Features.Columns() {
		t.Fatalf("report %+v, want 7 data and 2 labelled examples", rep)
	}
	read := func(name string) []string {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	}
	svm, exs, cols := read(FeaturesFile), read(ExamplesFile), read(ColumnsFile)
	if len(svm) != 9 || len(exs) != 10 || len(cols) != rep.Columns+1 {
		t.Fatalf("%d svmlight lines, %d example rows, %d column rows; want 9, 10 (with a header), %d", len(svm), len(exs), len(cols), rep.Columns+1)
	}
	folds := map[string]bool{}
	for i, line := range svm {
		f := strings.Fields(line)
		ex := strings.Split(exs[i+1], "\t")
		if stance.Labels[atoi(t, f[0])] != ex[2] {
			t.Errorf("row %d: class %s in %s, label %s in %s", i, f[0], FeaturesFile, ex[2], ExamplesFile)
		}
		prev := -1
		for _, kv := range f[1:] {
			col, val, _ := strings.Cut(kv, ":")
			c := atoi(t, col)
			if c <= prev || c >= rep.Columns {
				t.Errorf("row %d: column %d after %d (columns %d)", i, c, prev, rep.Columns)
			}
			if v, err := strconv.ParseFloat(val, 32); err != nil || v == 0 {
				t.Errorf("row %d: value %q", i, val)
			}
			prev = c
		}
		switch set, fold := ex[1], ex[5]; {
		case i < 7 && (set != "newsmtsc-sample.jsonl" || fold != "-1"):
			t.Errorf("data row %d: set %s fold %s", i, set, fold)
		case i >= 7:
			if set != "labels" || ex[3] != "4" || (fold != "0" && fold != "1") {
				t.Errorf("label row %d: set %s weight %s fold %s", i, set, ex[3], fold)
			}
			folds[fold] = true
		}
	}
	if len(folds) != 1 {
		t.Errorf("one story's labels in folds %v, want one fold", folds)
	}
	cfg.Data = nil
	if _, err := ExportFeatures(context.Background(), testLexicon(t), cfg); !errors.Is(err, ErrUsage) {
		t.Errorf("no data: %v, want ErrUsage", err)
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
