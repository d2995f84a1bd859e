package parties_test

import "testing"

// The cases below are written for this test, after the seed-62 and
// seed-63 blind checks of the matcher (issue 17), drawn at one commit.

// Somalia's prime minister of 2004-07 by the spellings the news used; the
// Polish remembrance institute; a magistrate judge's court; an official
// named after a sentence's opening "And".
func TestSeeds62And63(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Gedi promised to return to the capital within a week.", "2006-06-05", "SO", "Gedi"},
		{"Gedi promised to return to the capital within a week.", "2009-06-05", "", ""},
		{"Historians at the National Remembrance Institute released the files.", "2008-06-20", "PL", "National Remembrance Institute"},
		{"He was remanded by United States Magistrate Judge Ann Cole.", "2005-10-01", "", ""},
		{"And Maria Lopez, spokeswoman for the State Department, declined to comment.", "2010-02-05", "US,US", "Maria Lopez|State Department"},
	})
}
