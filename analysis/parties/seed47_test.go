package parties_test

import "testing"

// The cases below are written for this test, after the seed-47 blind check
// of the matcher (issue 17). Each rule is here both ways.

// A correspondent's beat and a country's audiences are not the state; a
// regiment is; a bus company named after a district is not the country.
func TestSeed47(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Veteran White House correspondent Ann Cole asked the first question.", "2007-06-01", "", ""},
		{"The White House said the question was fair.", "2007-06-01", "US", "White House"},
		{"The rules bar propaganda aimed at US audiences.", "2007-06-01", "", ""},
		{"The rules bar propaganda aimed at US allies.", "2007-06-01", "US", "US"},
		{"She served with Princess Patricia's Canadian Light Infantry in Kandahar.", "2007-06-01", "CA", "Princess Patricia's Canadian Light Infantry"},
		{"The strike hit Triboro Coach and Jamaica Buses.", "2005-12-19", "", ""},
		{"The strike hit ports in Jamaica.", "2005-12-19", "JM", "Jamaica"},
	})
}
