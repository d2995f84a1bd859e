package parties_test

import "testing"

// TestOtherNamesOfStates checks the names the news used for states beside
// their official ones (written for this test).
func TestOtherNamesOfStates(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Peacekeepers left East Timor in 2005.", "2006-05-10", "TL", "East Timor"},
		{"East Timorese police took over the posts.", "2006-05-10", "TL", "East Timorese"},
		{"Swaziland banned the rally.", "2008-09-01", "SZ", "Swaziland"},
		{"Macedonia applied to join the alliance.", "2008-04-01", "MK", "Macedonia"},
		{"Bosnia and Serbia traded accusations.", "2008-04-01", "BA,RS", "Bosnia|Serbia"},
		{"Bosnia-Herzegovina signed the pact.", "2008-04-01", "BA", "Bosnia-Herzegovina"},
		{"The Democratic Republic of Congo closed the border.", "2008-04-01", "CD", "Democratic Republic of Congo"},
		{"St Lucia joined the protest.", "2008-04-01", "LC", "St Lucia"},
		// A name that two states or a state and a region share stays out.
		{"Congo closed the border.", "2008-04-01", "", ""},
		{"Korea is divided.", "2008-04-01", "", ""},
	})
}
