package main

import "testing"

func TestMarkCandidates(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		cands []candidate
		want  string
	}{
		{"second occurrence", "Peru met Chile, and Chile agreed.",
			[]candidate{{From: 0, To: 4}, {From: 20, To: 25}},
			"[[Peru]]c1 met Chile, and [[Chile]]c2 agreed."},
		{"offsets in code points", "Ankara’s envoy met Ankara’s critics.",
			[]candidate{{From: 19, To: 25}},
			"Ankara’s envoy met [[Ankara]]c1’s critics."},
		{"overlap and out of range left unmarked", "Oman and Qatar.",
			[]candidate{{From: 0, To: 4}, {From: 2, To: 6}, {From: 9, To: 40}},
			"[[Oman]]c1 and Qatar."},
		{"none", "No party here.", nil, "No party here."},
	}
	for _, c := range cases {
		if got := markCandidates(c.text, c.cands); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
