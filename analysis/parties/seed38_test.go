package parties_test

import "testing"

// The cases below are written for this test, after the misses of the
// seed-38 blind check of the matcher (issue 17). Each rule or registry
// entry is here both ways: beside every phrase it finds, a near phrase
// that must stay as it was.

// A country's name before a portfolio's department or minister is the
// state, though the portfolio's word alone ("labor") is not; a
// misspelling of a minister's first name; and a minister's earlier
// portfolio.
func TestSeed38Rules(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The US Labor Department counted fewer claims.", "2009-10-02", "US,US", "US|Labor Department"},
		{"US labor unions counted fewer members.", "2009-10-02", "", ""},
		{"Nicholas Sarkozy toured the suburbs again.", "2006-11-18", "FR", "Nicholas Sarkozy"},
		{"Malcolm Turnbull announced the water plan.", "2007-10-04", "AU", "Malcolm Turnbull"},
		{"Malcolm Turnbull announced the water plan.", "2010-10-04", "", ""},
	})
}
