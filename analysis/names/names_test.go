package names

import (
	"strings"
	"testing"
)

// words splits a sentence on spaces; a word after ". " or at the start is
// initial, as the scorers mark it.
func words(s string) []Word {
	var ws []Word
	initial := true
	for _, f := range strings.Fields(s) {
		w := strings.Trim(f, ".,:;\"“”'")
		ws = append(ws, Word{Text: w, Initial: initial || strings.ContainsAny(f[:1], "\"“(")})
		initial = strings.ContainsAny(f[len(f)-1:], ".:;")
	}
	return ws
}

func TestMark(t *testing.T) {
	for _, c := range []struct {
		sentence string
		names    string // the words marked, space-separated
	}{
		{"Harsh Vardhan Shringla met the envoy on Monday.", "Harsh Vardhan Shringla Monday"},
		{"Harsh words were exchanged at the border meeting.", ""},
		{"The agency Standard & Poor's cut the rating of Ruritania.", "Standard Poor's Ruritania"},
		{"Bad weather delayed the talks.", ""},
		{"Officials said: Terrible floods have displaced thousands.", ""},
		{"He called it \"Great progress\" for both sides.", ""},
		{"Shares of Swiss Re fell after the Grand Old Party vote.", "Swiss Re Grand Old Party"},
		{"Peace Talks Collapse After Border Clash", ""}, // title case: nothing is marked
		{"The US and NATO met. Poor turnout marked the vote.", ""},
		{"", ""},
	} {
		ws := words(c.sentence)
		mark := Mark(nil, ws)
		if len(mark) != len(ws) {
			t.Fatalf("%q: %d marks for %d words", c.sentence, len(mark), len(ws))
		}
		var got []string
		for i, m := range mark {
			if m {
				got = append(got, ws[i].Text)
			}
		}
		if g := strings.Join(got, " "); g != c.names {
			t.Errorf("%q: names %q, want %q", c.sentence, g, c.names)
		}
	}
}

func TestMarkReusesBuffer(t *testing.T) {
	buf := make([]bool, 1, 16)
	buf[0] = true
	got := Mark(buf, words("the talks resumed"))
	if len(got) != 3 || got[0] {
		t.Errorf("Mark(reused buffer) = %v, want three cleared marks", got)
	}
}
