package parties_test

import "testing"

// The cases below are written for this test, after the seed-64 and
// seed-65 blind checks of the matcher (issue 17), drawn at one commit.

// A vice-president titled in an undated sentence is an official, not
// after "former"; a list's last demonym after a comma and "and" shares the
// list's head; office holders the registry lacked; "Murphy" never alone.
func TestSeeds64And65(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Vice President Joe Biden spoke at the funeral.", "", "US", "Joe Biden"},
		{"Former Vice President Joe Biden spoke at the funeral.", "", "", ""},
		{"The crew were Chilean, Peruvian, and Bolivian nationals.", "2006-06-01", "", ""},
		{"Chilean, Peruvian, and Bolivian troops guarded the border.", "2006-06-01", "CL,PE,BO", "Chilean|Peruvian|Bolivian"},
		{"Caruso told the hearing that supply was tight.", "2008-02-27", "US", "Caruso"},
		{"Mr Murphy met the parties at Stormont.", "2004-03-01", "GB", "Murphy"},
		{"Murphy met the parties at Stormont.", "2004-03-01", "", ""},
		{"He resigned from the Office of Military Commissions.", "2008-11-01", "US", "Office of Military Commissions"},
	})
}
