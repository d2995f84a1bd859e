package parties_test

import "testing"

// The cases below are written for this test, after the seed-118 and
// seed-119 blind checks of the matcher (issue 17).

// A Swedish minister and Guinea-Bissau under its Portuguese name.
func TestSeed118Names(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Sahlin unveiled a plan for greener housing.", "2005-09-12", "SE", "Sahlin"},
		{"Mona Sahlin unveiled a plan for greener housing.", "2005-09-12", "SE", "Mona Sahlin"},
		{"Sahlin unveiled a plan for greener housing.", "2008-09-12", "", ""},
		{"Troops in Guiné-Bissau stayed in their barracks.", "2009-03-04", "GW", "Guiné-Bissau"},
	})
}

// A country's Red Crescent society, its podcasts, the Muslim bodies named
// after Britain are not the state.
func TestSeed118NotState(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Volunteers from the UAE RC handed out blankets.", "2010-01-20", "", ""},
		{"The UAE government handed out blankets.", "2010-01-20", "AE", "UAE"},
		{"Two New Zealand podcasts topped the charts this week.", "2020-05-02", "", ""},
		{"Two New Zealand ministers topped the charts this week.", "2020-05-02", "NZ", "New Zealand"},
		{"A spokesman for the Muslim Council of Britain urged calm.", "2006-02-03", "", ""},
		{"Members of the Muslim Association of Britain marched on Sunday.", "2006-02-03", "", ""},
		{"A spokesman for Britain urged calm.", "2006-02-03", "GB", "Britain"},
	})
}

// Exit polls are the pollsters' and voters', not the state's.
func TestSeed118ExitPolls(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Early Israeli exit polls put the two blocs level.", "2009-02-10", "", ""},
		{"A Mexican exit poll put the two blocs level.", "2006-07-02", "", ""},
		{"An Israeli exit from the talks put the two blocs level.", "2009-02-10", "IL", "Israeli"},
	})
}
