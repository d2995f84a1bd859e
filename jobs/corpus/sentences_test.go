package corpus

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestWriteSentences: ReadSentences drops a repeated line, WriteSentences
// joins perArticle sentences to an article, uses every sentence once before
// any twice, cycles the dates, stops at the byte budget, and gives the same
// files for the same seed.
func TestWriteSentences(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "train.jsonl")
	lines := `{"sentence_normalized": "One.", "targets": []}
{"sentence_normalized": "One.", "targets": []}
{"sentence_normalized": "Two.", "targets": []}

{"sentence_normalized": "Three.", "targets": []}
`
	if err := os.WriteFile(src, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	sents, err := ReadSentences(src)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(sents, "|") != "One.|Two.|Three." {
		t.Fatalf("ReadSentences = %q", sents)
	}
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	write := func(out string, seed uint64) []byte {
		o := Options{Bytes: 200, Days: 2, Start: start, Seed: seed, PerFile: 4}
		if err := WriteSentences(out, sents, 2, o); err != nil {
			t.Fatal(err)
		}
		var all []byte
		files, _ := filepath.Glob(filepath.Join(out, "*.jsonl"))
		for _, f := range files {
			b, _ := os.ReadFile(f)
			all = append(all, b...)
		}
		return all
	}
	a, b := write(filepath.Join(dir, "a"), 1), write(filepath.Join(dir, "b"), 1)
	if string(a) != string(b) {
		t.Errorf("same seed, different files")
	}
	var texts []string
	var total int
	sc := bufio.NewScanner(strings.NewReader(string(a)))
	for i := 0; sc.Scan(); i++ {
		var rec struct{ ID, Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		if want := start.AddDate(0, 0, i%2).Format(time.DateOnly); rec.Date != want {
			t.Errorf("article %d dated %s, want %s", i, rec.Date, want)
		}
		texts = append(texts, rec.Text)
		total += len(rec.Text)
	}
	if total < 200 || total-len(texts[len(texts)-1]) >= 200 {
		t.Errorf("%d bytes of text in %d articles; want the first article to pass 200", total, len(texts))
	}
	// The first three sentences drawn are the three sentences.
	first := strings.Fields(texts[0] + " " + texts[1])[:3]
	seen := map[string]bool{}
	for _, s := range first {
		seen[s] = true
	}
	if len(seen) != 3 {
		t.Errorf("first three sentences drawn %q repeat one", first)
	}
	if c := write(filepath.Join(dir, "c"), 2); string(c) == string(a) {
		t.Errorf("another seed gave the same files")
	}
}
