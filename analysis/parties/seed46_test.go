package parties_test

import "testing"

// The cases below are written for this test, after the seed-46 blind check
// of the matcher (issue 17). Each rule is here both ways.

// A country's income from an industry is its economy, a firm of the
// industry is not; a country's jobs and prices are not the state; and
// Britain's army chief of 2006-09 by the registry.
func TestSeed46(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Iraq's oil revenues will be shared between the regions.", "2006-06-01", "IQ", "Iraq"},
		{"Iraq's oil companies will be sold.", "2006-06-01", "", ""},
		{"The tariff will save 10,000 U.S. jobs.", "2006-06-01", "", ""},
		{"The duties were based on U.S. prices.", "2006-06-01", "", ""},
		{"The duties were set by U.S. officials.", "2006-06-01", "US", "U.S."},
		{"Dannatt's comments angered the prime minister.", "2006-10-13", "GB", "Dannatt"},
		{"Dannatt's comments angered the prime minister.", "2012-10-13", "", ""},
	})
}
