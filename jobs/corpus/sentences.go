package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// ReadSentences reads the sentences of a NewsMTSC-format JSONL file (the
// "sentence_normalized" of each line), in file order, dropping a line that
// repeats the sentence before it (NewsMTSC gives a sentence one line per
// target in some files).
func ReadSentences(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var rec struct {
			Sentence string `json:"sentence_normalized"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if s := strings.TrimSpace(rec.Sentence); s != "" && (len(out) == 0 || out[len(out)-1] != s) {
			out = append(out, s)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// WriteSentences writes a corpus of real sentences under dir as JSONL
// files of o.PerFile articles (1,000 when unset): each article is perArticle sentences joined by spaces, taken in a
// shuffled order (seeded by o.Seed) that is drawn again each time the
// sentences run out, until o.Bytes of text are written. Article n is dated
// o.Start plus n mod o.Days days, so every date's partition is dense. The same options
// give the same files.
func WriteSentences(dir string, sentences []string, perArticle int, o Options) error {
	if len(sentences) == 0 {
		return fmt.Errorf("no sentences")
	}
	if perArticle <= 0 {
		perArticle = 20
	}
	if o.Days <= 0 {
		o.Days = 1
	}
	if o.PerFile <= 1 {
		o.PerFile = 1000
	}
	r := rand.New(rand.NewPCG(o.Seed, 0x5e17))
	order := make([]int, len(sentences))
	next := len(order) // the next position in order; drawn anew when spent
	article := func() string {
		parts := make([]string, 0, perArticle)
		for range perArticle {
			if next == len(order) {
				for i := range order {
					order[i] = i
				}
				r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
				next = 0
			}
			parts = append(parts, sentences[order[next]])
			next++
		}
		return strings.Join(parts, " ")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var written int64
	for file := 0; written < o.Bytes; file++ {
		var b []byte
		for j := 0; j < o.PerFile && written < o.Bytes; j++ {
			n := file*o.PerFile + j
			text := article()
			written += int64(len(text))
			line, err := json.Marshal(struct {
				ID   string `json:"id"`
				Date string `json:"date"`
				Text string `json:"text"`
			}{fmt.Sprintf("mtsc-%07d", n), o.Start.AddDate(0, 0, n%o.Days).Format(time.DateOnly), text})
			if err != nil {
				return err
			}
			b = append(append(b, line...), '\n')
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("mtsc-%05d.jsonl", file)), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
