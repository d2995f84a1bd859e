package parties_test

import "testing"

// The cases below are written for this test, after the seed-44 and
// seed-45 blind checks of the matcher (issue 17). Each rule is here both
// ways.

// An officer named by rank after the state's name or demonym and its
// forces is its official; a rank word that is no rank is not.
func TestSeed45Officers(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"U.S. Army Lt. Col. Ben Voss would not comment.", "2006-06-01", "US,US", "U.S.|Ben Voss"},
		{"Israeli Maj. Gen. Avi Tal said the army will not waver.", "2005-08-01", "IL,IL", "Israeli|Avi Tal"},
		{"British Army Major Tom Reed said the road was open.", "2006-06-01", "GB,GB", "British|Tom Reed"},
		{"A British major bank failed.", "2006-06-01", "", ""},
		{"The Italian captain scored twice.", "2006-06-01", "", ""},
	})
}

// A head's government written as a name without an article inside a
// sentence, but not a month's; and East Timor's foreign minister, later
// premier, as the news writes him without the hyphen.
func TestSeed45Names(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The inquiry could not judge the conduct of Howard Government ministers.", "2006-06-01", "AU", "Howard"},
		{"The inquiry could not judge the conduct of Howard government ministers.", "2006-06-01", "", ""},
		{"In May Government spending rose.", "2017-06-01", "", ""},
		{"Ramos Horta said the groups must be disarmed.", "2005-06-01", "TL", "Ramos Horta"},
		{"Ramos Horta said the groups must be disarmed.", "2015-06-01", "", ""},
	})
}
