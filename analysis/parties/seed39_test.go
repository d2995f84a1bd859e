package parties_test

import "testing"

// The cases below are written for this test, after the misses of the
// seed-39 blind check of the matcher (issue 17): two national agencies by
// their initials and full names, each beside a phrase that is not them.
func TestSeed39Bodies(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"USGS scientists placed the quake offshore.", "2006-05-01", "US", "USGS"},
		{"Local scientists placed the quake offshore.", "2006-05-01", "", ""},
		{"The UK Passport Service cleared the backlog.", "2006-05-01", "GB", "UK Passport Service"},
		{"The Identity and Passport Service cleared the backlog.", "2008-05-01", "GB", "Identity and Passport Service"},
		{"The passport office cleared the backlog.", "2008-05-01", "", ""},
	})
}
