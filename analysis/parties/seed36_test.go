package parties_test

import "testing"

// The cases below are written for this test, after the misses of the
// seed-36 blind check of the matcher (issue 17). Each rule or registry
// entry is here both ways: beside every phrase it finds, a near phrase
// that must stay as it was.

// A body named in a former official's title is still the body, where a
// country's name or demonym there is a past office; service at a
// government's building is service in it; "Presidente" is a head's title;
// and the head of the British Army of 2003-06 by his knighthood, not by
// the singer's name.
func TestSeed36Rules(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A former CIA analyst wrote the memo.", "2009-05-01", "US", "CIA"},
		{"A former US analyst wrote the memo.", "2009-05-01", "", ""},
		{"She went on to work at the White House for two years.", "2009-05-01", "US", "White House"},
		{"Tourists took photographs at the White House fence.", "2009-05-01", "", ""},
		{"He met the Chilean Presidente on Monday.", "2009-05-01", "CL", "Chilean"},
		{"General Sir Mike Jackson visited the troops in Basra.", "2005-05-01", "GB", "Sir Mike Jackson"},
		{"General Sir Mike Jackson visited the troops in Basra.", "2008-05-01", "", ""},
		{"Michael Jackson visited the children's hospital.", "2005-05-01", "", ""},
	})
}
