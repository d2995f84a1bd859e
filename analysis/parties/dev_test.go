package parties_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// devPath is the labelled country-stance development set, kept outside the
// repository (../shared from the repository root). Its text is never copied
// into the repository; the test reads it only when present.
var devPath = filepath.Join("..", "..", "..", "shared", "data", "country-dev", "country_stance_dev.jsonl")

type devRecord struct {
	Sentence string `json:"sentence_normalized"`
	Date     string `json:"date"`
	Targets  []struct {
		From    int    `json:"from"`
		To      int    `json:"to"`
		Mention string `json:"mention"`
		Party   string `json:"party"`
	} `json:"targets"`
}

// TestCountryDev measures mention precision and recall against the labelled
// targets: a mention is correct when party and code-point span agree exactly;
// "party" scores compare the set of parties per sentence.
func TestCountryDev(t *testing.T) {
	f, err := os.Open(devPath)
	if err != nil {
		t.Skipf("country-dev data not available: %v", err)
	}
	defer f.Close()
	_, m := defaultMatcher(t)
	var tp, fp, fn, ptp, pfp, pfn int
	misses := map[string]int{}
	extras := map[string]int{}
	for _, r := range readDevRecords(t, f) {
		gold := map[string]bool{}
		goldParty := map[string]bool{}
		for _, tg := range r.Targets {
			gold[fmt.Sprintf("%s:%d:%d", tg.Party, tg.From, tg.To)] = true
			goldParty[tg.Party] = true
		}
		pred := map[string]bool{}
		predParty := map[string]bool{}
		for _, mm := range m.Match(r.Sentence, day(r.Date)) {
			k := fmt.Sprintf("%s:%d:%d", mm.Party, mm.Start, mm.End)
			pred[k] = true
			predParty[mm.Party] = true
			if gold[k] {
				tp++
			} else {
				fp++
				extras[mm.Party+" "+mm.Surface]++
			}
		}
		for k := range gold {
			if !pred[k] {
				fn++
				for _, tg := range r.Targets {
					if fmt.Sprintf("%s:%d:%d", tg.Party, tg.From, tg.To) == k {
						misses[tg.Party+" "+tg.Mention]++
					}
				}
			}
		}
		for p := range predParty {
			if goldParty[p] {
				ptp++
			} else {
				pfp++
			}
		}
		for p := range goldParty {
			if !predParty[p] {
				pfn++
			}
		}
	}
	prec := float64(tp) / float64(tp+fp)
	rec := float64(tp) / float64(tp+fn)
	t.Logf("mentions: tp=%d fp=%d fn=%d precision=%.3f recall=%.3f F1=%.3f", tp, fp, fn, prec, rec, 2*prec*rec/(prec+rec))
	pp := float64(ptp) / float64(ptp+pfp)
	pr := float64(ptp) / float64(ptp+pfn)
	t.Logf("sentence party sets: precision=%.3f recall=%.3f", pp, pr)
	if os.Getenv("PARTIES_DEV_VERBOSE") != "" {
		t.Logf("misses: %v", top(misses))
		t.Logf("extras: %v", top(extras))
	}
	if rec < 0.85 || prec < 0.80 {
		t.Errorf("mention precision %.3f / recall %.3f below the 0.80 / 0.85 floor", prec, rec)
	}
}

// readDevRecords reads the JSON lines of a labelled sentence file (the
// development set's format, which the repository's supplement shares).
func readDevRecords(t testing.TB, r io.Reader) []devRecord {
	t.Helper()
	var recs []devRecord
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var rec devRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return recs
}

func top(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = fmt.Sprintf("%s×%d", k, m[k])
	}
	return out
}
