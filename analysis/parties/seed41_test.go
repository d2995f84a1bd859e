package parties_test

import "testing"

// The cases below are written for this test, after the seed-41 blind check
// of the matcher (issue 17) and the train split's false mentions read with
// it. Each rule is here both ways.

// The European Parliament's members (people, not the body, since seed
// 125), the two other spellings of Ecuador's demonym, and firms, aid
// workers and winds that a head word of the state's would otherwise have
// made the state.
func TestSeed41(t *testing.T) {
	runDatedCases(t, []datedCase{
		// Members, not the body, since seed 125 (seed124_test.go).
		{"The president told the MEPs that the courts were being reformed.", "2005-04-08", "", ""},
		{"Labour MEP Ann Birch spoke first.", "2005-04-08", "", ""},
		{"Ecuadorean troops moved to the border.", "2008-03-02", "EC", "Ecuadorean"},
		{"Ecuadoran officials said the talks would resume.", "2008-03-02", "EC", "Ecuadoran"},
		{"Stockmann, a Finnish department store chain, made a bid.", "2007-06-01", "", ""},
		{"The Finnish department of justice ruled on the bid.", "2007-06-01", "FI", "Finnish"},
		{"Two Indian aid workers were freed on Monday.", "2007-06-01", "", ""},
		{"Indian aid to the flooded region doubled.", "2007-06-01", "IN", "Indian"},
		{"Sailors feared the harsh Australian trade winds.", "2007-06-01", "", ""},
		{"Sailors feared the harsh Australian trade rules.", "2007-06-01", "AU", "Australian"},
	})
}
