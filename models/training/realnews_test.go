package training

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stance-news/stance/analysis/stance"
)

// writeShared lays out a tiny shared data directory with texts written for
// this test.
func writeShared(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "news-pool"), 0o755))
	must(os.MkdirAll(filepath.Join(dir, "newsmtsc"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "news-pool", "wikinews.jsonl"), []byte(
		`{"id":"wn-1","date":"2006-05-01","text":"Ökonomen warnten. Chile thanked Perú for its help, and Lima welcomed it."}`+"\n"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "newsmtsc", "train.jsonl"), []byte(
		`{"primary_gid":"polusa_v1_77_-1_3_x\nY_0_5","sentence_normalized":"Mali rejected the plan.","targets":[]}`+"\n"), 0o644))
	return dir
}

func TestLabelsRoundTripAndJoin(t *testing.T) {
	shared := writeShared(t)
	// "Chile thanked Perú ..." starts at code point 18 of the article.
	sent := "Chile thanked Perú for its help, and Lima welcomed it."
	rows := []LabelRow{
		{Split: "train", Source: "wikinews", DocID: "wn-1", SentStart: 18, SentEnd: 18 + len([]rune(sent)), From: 0, To: 5, Party: "CL", Label: LabelNeu, Surface: SurfaceDigest("Chile")},
		{Split: "train", Source: "wikinews", DocID: "wn-1", SentStart: 18, SentEnd: 18 + len([]rune(sent)), From: 14, To: 18, Party: "PE", Label: LabelPos, Surface: SurfaceDigest("Perú")},
		{Split: "train", Source: "wikinews", DocID: "wn-1", SentStart: 18, SentEnd: 18 + len([]rune(sent)), From: 37, To: 41, Party: "PE", Label: LabelPos, Surface: SurfaceDigest("Lima")},
		{Split: "test", Source: "newsmtsc", DocID: NewsMTSCKey("polusa_v1_77_-1_3_x\nY_0_5"), SentStart: 0, SentEnd: 23, From: 0, To: 4, Party: "ML", Label: LabelNeg, Surface: SurfaceDigest("Mali")},
		{Split: "train", Source: "wikinews", DocID: "wn-1", SentStart: 0, SentEnd: 17, From: 0, To: 8, Party: "DE", Label: LabelNone, Surface: SurfaceDigest("Ökonomen")},
	}
	path := filepath.Join(t.TempDir(), "labels.tsv")
	if err := WriteLabels(path, rows); err != nil {
		t.Fatal(err)
	}
	back, err := ReadLabels(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(rows) || back[3].DocID != rows[3].DocID {
		t.Fatalf("round trip: %+v", back)
	}
	st, err := ReadSharedText(shared)
	if err != nil {
		t.Fatal(err)
	}
	exs, err := LabelExamples(back, st)
	if err != nil {
		t.Fatal(err)
	}
	// four mentions (the none row gives no example), in sentence order.
	if len(exs) != 4 {
		t.Fatalf("%d examples, want 4", len(exs))
	}
	if got := exs[1].Sentence[exs[1].Target.Start:exs[1].Target.End]; got != "Perú" {
		t.Errorf("span of the second mention = %q", got)
	}
	if len(exs[0].Others) != 2 || exs[1].Group != exs[2].Group || exs[0].Doc != "wn-1" {
		t.Errorf("others/group/doc: %+v", exs[:3])
	}
	if exs[3].Doc != "polusa_77" || exs[3].Label != 0 {
		t.Errorf("newsmtsc example: doc %q label %d", exs[3].Doc, exs[3].Label)
	}
	test, err := ReadLabelSplit(path, shared, "test")
	if err != nil || len(test) != 1 {
		t.Fatalf("test split: %d examples, %v", len(test), err)
	}

	// a digest that does not match the text is an error naming the place.
	bad := append([]LabelRow(nil), rows...)
	bad[0].Surface = SurfaceDigest("Chili")
	if _, err := LabelExamples(bad, st); !errors.Is(err, ErrData) || !strings.Contains(err.Error(), "wn-1") {
		t.Errorf("digest mismatch: %v", err)
	}
	bad = append([]LabelRow(nil), rows...)
	bad[0].DocID = "wn-404"
	if _, err := LabelExamples(bad, st); !errors.Is(err, ErrData) {
		t.Errorf("unknown article: %v", err)
	}
}

func TestReadLabelsErrors(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"header": "split\tsource\n",
		"fields": labelColumns + "\ntrain\twikinews\n",
		"offset": labelColumns + "\ntrain\twikinews\twn-1\tx\t5\t0\t1\tCL\tneu\tabcd1234\n",
		"split":  labelColumns + "\ndev\twikinews\twn-1\t0\t5\t0\t1\tCL\tneu\tabcd1234\n",
		"label":  labelColumns + "\ntrain\twikinews\twn-1\t0\t5\t0\t1\tCL\tgood\tabcd1234\n",
		"span":   labelColumns + "\ntrain\twikinews\twn-1\t0\t5\t3\t3\tCL\tneu\tabcd1234\n",
	} {
		p := filepath.Join(dir, name+".tsv")
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadLabels(p); !errors.Is(err, ErrData) {
			t.Errorf("%s: err %v, want ErrData", name, err)
		}
	}
}

func TestNewsMTSCKey(t *testing.T) {
	gid := "allsides_1000_401_25_Reality Leigh Winner_0_6"
	k := NewsMTSCKey(gid)
	if !strings.HasPrefix(k, "allsides_401:") || len(k) != len("allsides_401:")+12 || strings.Contains(k, "Winner") {
		t.Errorf("NewsMTSCKey(%q) = %q", gid, k)
	}
	if storyOfKey(k) != "allsides_401" || NewsMTSCKey(gid+"x") == k {
		t.Errorf("story %q; keys of different gids must differ", storyOfKey(k))
	}
}

func TestNewsMTSCStory(t *testing.T) {
	for gid, want := range map[string]string{
		"allsides_1000_401_25_Reality Leigh Winner_0_6": "allsides_401",
		"polusa_v1_113704059_-1_35_Northam_148_155":     "polusa_113704059",
		"cd-001": "cd-001",
	} {
		if got := NewsMTSCStory(gid); got != want {
			t.Errorf("NewsMTSCStory(%q) = %q, want %q", gid, got, want)
		}
	}
}

// TestLabelsMixedWeight checks that LabelsMixedWeight multiplies the weight
// of the labels whose sentence has parties of different polarities, and
// only those.
func TestLabelsMixedWeight(t *testing.T) {
	shared := writeShared(t)
	sent := "Chile thanked Perú for its help, and Lima welcomed it."
	n := len([]rune(sent))
	for _, c := range []struct {
		chile string
		want  float64
	}{
		{LabelNeu, 2 * 3}, // Chile neutral, Peru favourable: mixed
		{LabelPos, 2},     // both favourable: not mixed
	} {
		rows := []LabelRow{
			{Split: "train", Source: "wikinews", DocID: "wn-1", SentStart: 18, SentEnd: 18 + n, From: 0, To: 5, Party: "CL", Label: c.chile, Surface: SurfaceDigest("Chile")},
			{Split: "train", Source: "wikinews", DocID: "wn-1", SentStart: 18, SentEnd: 18 + n, From: 14, To: 18, Party: "PE", Label: LabelPos, Surface: SurfaceDigest("Perú")},
		}
		path := filepath.Join(t.TempDir(), "labels.tsv")
		if err := WriteLabels(path, rows); err != nil {
			t.Fatal(err)
		}
		cfg := TrainConfig{Labels: path, Shared: shared, LabelsWeight: 2, LabelsMixedWeight: 3}
		_, exs, _, err := readLabelled(cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(exs) != 2 {
			t.Fatalf("%d examples, want 2", len(exs))
		}
		for _, ex := range exs {
			if ex.Weight != c.want {
				t.Errorf("Chile %s: weight %v, want %v", c.chile, ex.Weight, c.want)
			}
		}
	}
}

func TestAppendOutsideFold(t *testing.T) {
	sentIdx := map[string]int{"Mali rejected the plan.": 0, "Chad agreed.": 1}
	folds := []int{0, 1}
	labelled := []stance.Example{
		{Sentence: "Mali rejected the plan.", ID: "mali"}, // cross-validated, fold 0
		{Sentence: "Chad agreed.", ID: "chad"},            // cross-validated, fold 1
		{Sentence: "Chile thanked Peru.", ID: "chile"},    // not in the file
	}
	for k, want := range []string{"chad chile", "mali chile"} {
		got := appendOutsideFold([]stance.Example{{ID: "base"}}, labelled, sentIdx, folds, k)
		var ids []string
		for _, ex := range got {
			ids = append(ids, ex.ID)
		}
		if g := strings.Join(ids, " "); g != "base "+want {
			t.Errorf("fold %d trains on %q, want %q", k, g, "base "+want)
		}
	}
}
