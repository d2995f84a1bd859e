package parties_test

import "testing"

// The cases below are written for this test, after the seed-57 blind check
// of the matcher (issue 17).

// The WTO's Doha round, a market index or a stock market after a
// country's possessive and a legislature after "federal" or "national"
// are not the state; a peer's title before a minister's surname is left
// out of the span, as "Mr" is.
func TestSeed57(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Leaders pledged to revive the Doha trade talks.", "2006-11-19", "", ""},
		{"Ministers met in Doha, and Doha's offer was welcomed.", "2006-11-19", "QA", "Doha"},
		{"Japan's Nikkei index fell sharply.", "2008-10-10", "", ""},
		{"Japan's finance ministry intervened.", "2008-10-10", "JP", "Japan"},
		{"The Brazilian Federal Senate published the files.", "2008-06-01", "", ""},
		{"The Brazilian federal police published the files.", "2008-06-01", "BR", "Brazilian"},
		{"Lord Mandelson, the business secretary, defended the loan.", "2009-01-27", "GB", "Mandelson"},
		{"Lord Mandelson defended the loan.", "2012-01-27", "", ""},
	})
}
