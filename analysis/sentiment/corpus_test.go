package sentiment

import (
	"bufio"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// testdataSentences reads testdata/agreement.txt, skipping comments.
func testdataSentences(t testing.TB) []string {
	t.Helper()
	f, err := os.Open("testdata/agreement.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// generatedSentences builds n sentences from our own templates with a fixed
// seed, so the corpus is the same on every run.
func generatedSentences(n int) []string {
	rng := rand.New(rand.NewPCG(2024, 7))
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	subjects := []string{"The talks", "The deal", "The minister's visit", "Relations with the neighbour",
		"The summit", "The new policy", "The response from the capital", "The outcome", "The treaty",
		"The economy", "The government's plan", "Public opinion"}
	verbs := []string{"was", "is", "seemed", "has been", "looked", "remains"}
	negs := []string{"", "", "", "not", "never", "hardly", "not really", "no longer", "without doubt", "never so",
		"at least", "least"}
	boosts := []string{"", "", "", "very", "extremely", "slightly", "somewhat", "really", "kind of", "sort of",
		"VERY", "quite", "deeply", "barely"}
	adjs := []string{"good", "bad", "great", "terrible", "hopeful", "disappointing", "excellent", "awful",
		"fair", "tense", "successful", "hostile", "friendly", "weak", "strong", "happy", "sad", "angry",
		"calm", "useless", "helpful", "peaceful", "dangerous", "positive", "negative", "uncertain"}
	nouns := []string{"progress", "hope", "trust", "violence", "anger", "support", "criticism", "praise",
		"fear", "success", "failure", "peace", "war"}
	clauses := []string{"", "", " but the reaction was %", " and the mood was %", ", but critics were %",
		" while the markets were %", ", yet the public was %"}
	puncts := []string{".", ".", ".", "!", "!!", "?", "??", "...", "!?", "???", "!!!!!"}
	adj := func() string {
		a := pick(adjs)
		if rng.IntN(10) == 0 {
			a = strings.ToUpper(a)
		}
		return a
	}
	out := make([]string, 0, n)
	for len(out) < n {
		var parts []string
		switch rng.IntN(4) {
		case 0:
			parts = []string{"There was", pick([]string{"no", "some", "little", "much", "no real"}), pick(nouns),
				pick([]string{"", "or " + pick(nouns), "nor " + pick(nouns), "in the region"})}
		default:
			parts = []string{pick(subjects), pick(verbs), pick(negs), pick(boosts), adj()}
		}
		s := strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
		if c := pick(clauses); c != "" {
			s += strings.ReplaceAll(c, "%", strings.TrimSpace(pick(boosts)+" "+adj()))
			s = strings.Join(strings.Fields(s), " ")
		}
		out = append(out, s+pick(puncts))
	}
	return out
}
