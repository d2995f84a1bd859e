package stance_test

import (
	"strings"
	"testing"

	"github.com/stance-news/stance/analysis/stance"
)

// spanOf returns the byte span of the n'th (from 1) occurrence of w in s.
func spanOf(tb testing.TB, s, w string, n int) stance.Span {
	tb.Helper()
	at := -1
	for from := 0; n > 0; n-- {
		i := strings.Index(s[from:], w)
		if i < 0 {
			tb.Fatalf("%q not %d times in %q", w, n, s)
		}
		at = from + i
		from = at + len(w)
	}
	return stance.Span{Start: at, End: at + len(w)}
}

// scoreAll scores every mention of a sentence together, grouped by party,
// as the pipeline does. mentions are "surface" or "surface#n" with a party.
func scoreAll(tb testing.TB, m *stance.Model, s string, mentions [][2]string) map[string]stance.Result {
	tb.Helper()
	var spans []stance.Span
	var groups []int
	ids := map[string]int{}
	for _, mp := range mentions {
		w, n := mp[0], 1
		if i := strings.LastIndexByte(w, '#'); i > 0 {
			w, n = w[:i], int(w[i+1]-'0')
		}
		spans = append(spans, spanOf(tb, s, w, n))
		if _, ok := ids[mp[1]]; !ok {
			ids[mp[1]] = len(ids)
		}
		groups = append(groups, ids[mp[1]])
	}
	out := map[string]stance.Result{}
	for i, r := range m.ScoreGroup(s, spans, groups, stance.Options{}) {
		out[mentions[i][1]] = r
	}
	return out
}

// TestRealNewsErrors holds one sentence, written for this test, for each
// systematic error that readers found in the scores of real news.
func TestRealNewsErrors(t *testing.T) {
	m := loadDefault(t)
	for _, c := range []struct {
		name     string
		sentence string
		mentions [][2]string
		party    string
		not      string // the label the party must not get ("" = none)
		want     string // the label it must get ("" = any but not)
	}{
		{"event name is not blame", "Oil prices have roughly tripled since the Iraq war began.",
			[][2]string{{"Iraq", "IQ"}}, "IQ", "negative", ""},
		{"event name, other country", "Veterans of the Gulf war gathered in Kuwait on Sunday.",
			[][2]string{{"Kuwait", "KW"}}, "KW", "negative", ""},
		{"crisis as an event name", "Gas prices in Europe have not recovered from the Ukraine crisis.",
			[][2]string{{"Ukraine", "UA"}}, "UA", "negative", ""},
		{"name with a sentiment word", "Standard & Poor's kept India's sovereign rating unchanged on Tuesday.",
			[][2]string{{"India", "IN"}}, "IN", "negative", ""},
		{"person's name with a sentiment word", "Harsh Vardhan Shringla briefed reporters in Delhi on the Bangladesh visit.",
			[][2]string{{"Bangladesh", "BD"}}, "BD", "negative", ""},
		{"stood at a figure", "Unemployment in Spain stood at 12 percent in the third quarter.",
			[][2]string{{"Spain", "ES"}}, "ES", "positive", ""},
		{"taken for granted", "Analysts said Japan could no longer take the alliance for granted.",
			[][2]string{{"Japan", "JP"}}, "JP", "positive", ""},
		{"pressure from X, in the same sentence as a neutral mention of X",
			"The visit sent a message to the Trump administration that Delhi would keep deepening its old friendship with Moscow, despite mounting American pressure.",
			[][2]string{{"Trump", "US"}, {"Delhi", "IN"}, {"Moscow", "RU"}, {"American", "US"}}, "US", "", "negative"},
		{"friendship with X", "The visit sent a message to the Trump administration that Delhi would keep deepening its old friendship with Moscow, despite mounting American pressure.",
			[][2]string{{"Trump", "US"}, {"Delhi", "IN"}, {"Moscow", "RU"}, {"American", "US"}}, "RU", "", "positive"},
		{"an independent foreign policy", "Nepal pursues an independent foreign policy, the minister said.",
			[][2]string{{"Nepal", "NP"}}, "NP", "negative", ""},
	} {
		rs := scoreAll(t, m, c.sentence, c.mentions)
		r := rs[c.party]
		if (c.not != "" && r.Label == c.not) || (c.want != "" && r.Label != c.want) {
			t.Errorf("%s: %q\n  %s: %s (neg %.2f neu %.2f pos %.2f) %v; want %s", c.name, c.sentence, c.party,
				r.Label, r.PNeg, r.PNeu, r.PPos, r.Evidence, map[bool]string{true: "not " + c.not, false: c.want}[c.not != ""])
		}
		// the words that the name and event rules take out of the score,
		// and the friendly act that "stood" and "granted" are not.
		for _, e := range r.Evidence {
			for _, bad := range []string{"-war", "-crisis", "-poor", "-harsh", "friendly-act:stood", "friendly-act:granted"} {
				if strings.HasSuffix(e, bad) {
					t.Errorf("%s: evidence %v includes %q", c.name, r.Evidence, bad)
				}
			}
		}
	}
}

// TestNoPartyPrior: the model scores the sentence, not the name. Replacing
// the mentioned parties' names with other parties' names changes no score.
func TestNoPartyPrior(t *testing.T) {
	m := loadDefault(t)
	for _, c := range stanceCases {
		sent, ts := parseMarked(t, c)
		swapped, ts2 := parseMarked(t, swapNames(c))
		for i := range ts {
			var o1, o2 []stance.Span
			for j := range ts {
				if j != i {
					o1, o2 = append(o1, ts[j].span), append(o2, ts2[j].span)
				}
			}
			a, b := m.Score(sent, ts[i].span, o1), m.Score(swapped, ts2[i].span, o2)
			if a.PNeg != b.PNeg || a.PNeu != b.PNeu || a.PPos != b.PPos {
				t.Errorf("%q vs %q: %s scores (%.3f %.3f %.3f), %s (%.3f %.3f %.3f)", sent, swapped,
					ts[i].text, a.PNeg, a.PNeu, a.PPos, ts2[i].text, b.PNeg, b.PNeu, b.PPos)
			}
		}
	}
}

// swapNames replaces each marked name with another party's name of as
// many words (the number of words moves the context's positions).
func swapNames(c string) string {
	repl := [][]string{1: {"Zambia", "Uruguay", "Mongolia"}, 2: {"Sri Lanka", "Costa Rica", "El Salvador"}}
	var sb strings.Builder
	k := 0
	for {
		i := strings.Index(c, "[[")
		if i < 0 {
			sb.WriteString(c)
			return sb.String()
		}
		j := strings.Index(c[i:], "|")
		n := len(strings.Fields(c[i+2 : i+j]))
		sb.WriteString(c[:i+2])
		sb.WriteString(repl[n][k%3])
		k++
		c = c[i+j:]
	}
}

// TestEvidenceReadable: every evidence entry is a content word or a rule
// anchored to one, and the word can be found in the sentence.
func TestEvidenceReadable(t *testing.T) {
	m := loadDefault(t)
	function := map[string]bool{"the": true, "to": true, "of": true, "do": true, "which": true, "a": true,
		"in": true, "and": true, "its": true, "for": true, "on": true, "with": true, "that": true, "by": true}
	for _, c := range stanceCases {
		sent, ts := parseMarked(t, c)
		lower := strings.ToLower(sent)
		for _, tg := range ts {
			r := m.Score(sent, tg.span, nil)
			for _, e := range r.Evidence {
				w := e[1:]
				if i := strings.LastIndexByte(w, ':'); i >= 0 {
					w = w[i+1:]
				}
				if w == "" || function[w] {
					t.Errorf("%q %s: evidence %q is not a content word", sent, tg.text, e)
				}
				if !strings.Contains(lower, w) {
					t.Errorf("%q %s: evidence %q is not in the sentence", sent, tg.text, e)
				}
			}
		}
	}
}
