package parties_test

import "testing"

// The cases below are written for this test, after the seed-54 blind check
// of the matcher (issue 17).

// A body or a capital before "reporters" or "correspondent" is a
// journalist's beat; a court may carry two kinds before its name; "the"
// and a demonym in a sentence about polls are voters; Indonesia's West
// Timor and a trade council named after Taiwan are not the states; a
// demonym coordinated with "government forces" is the state's forces.
func TestSeed54(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The defence secretary briefed Pentagon reporters on the plan.", "2006-11-08", "", ""},
		{"Pentagon officials briefed reporters on the plan.", "2006-11-08", "US", "Pentagon"},
		{"Our Moscow correspondent filed the story.", "2006-11-08", "", ""},
		{"The German federal Constitutional Court heard the case.", "2005-08-25", "", ""},
		{"The German federal government appealed.", "2005-08-25", "DE", "German"},
		{"The premier had lost the trust of the French, as polls showed.", "2005-06-02", "", ""},
		{"The French rejected the offer on Tuesday.", "2005-06-02", "FR", "French"},
		{"The West Timorese stayed in the camp.", "2006-03-30", "", ""},
		{"The show was run by the Taiwan External Trade Development Council.", "2008-06-03", "", ""},
		{"Militants planned to strike Canadian or government forces near the border.", "2006-06-01", "CA", "Canadian"},
	})
}
