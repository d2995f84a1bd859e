package parties_test

import (
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/stance-news/stance/analysis/parties"
)

// uncued holds the last matcher checkCues was given and its copy that
// ignores the cue groups (parties.WithoutCues), as most tests match many
// sentences with one matcher.
var uncued struct {
	sync.Mutex
	m, without *parties.Matcher
}

// withoutCues returns m's copy that ignores the cue groups.
func withoutCues(m *parties.Matcher) *parties.Matcher {
	uncued.Lock()
	defer uncued.Unlock()
	if uncued.m != m {
		uncued.m, uncued.without = m, parties.WithoutCues(m)
	}
	return uncued.without
}

// checkCues fails unless got, m's mentions of sentence dated d, are those
// of m's copy that skips no rule for want of its cue words: a cue group
// must hold a word of every case of its rules. The table tests call it for
// each sentence they match.
func checkCues(t testing.TB, m *parties.Matcher, sentence string, d time.Time, got []parties.Mention) {
	t.Helper()
	if want := withoutCues(m).Match(sentence, d); !slices.Equal(got, want) {
		t.Errorf("%q: %v, but %v without the cue groups", sentence, describe(got), describe(want))
	}
}

// TestCues compares the matcher with its copy that ignores the cue groups
// on the labelled sentences of the repository's supplement and, when it
// is present, of the development set, as well as every sentence of the
// table tests (checkCues).
func TestCues(t *testing.T) {
	_, m := defaultMatcher(t)
	n := 0
	for _, path := range []string{filepath.Join("..", "..", "models", "labels", "supplement.jsonl"), devPath} {
		f, err := os.Open(path)
		if err != nil {
			if path == devPath {
				continue
			}
			t.Fatal(err)
		}
		recs := readDevRecords(t, f)
		f.Close()
		for _, r := range recs {
			checkCues(t, m, r.Sentence, day(r.Date), m.Match(r.Sentence, day(r.Date)))
			n++
		}
	}
	if n < 400 {
		t.Fatalf("only %d sentences", n)
	}
}
