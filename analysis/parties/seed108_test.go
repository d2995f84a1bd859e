package parties_test

import "testing"

// The cases below are written for this test, after the seed-108 and
// seed-109 blind checks of the matcher (issue 17).

// Demonyms of private people, firms and venues, and of the state.
func TestSeed108NotState(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Two Swiss peace experts visited the camp in March.", "2007-10-05", "", ""},
		{"Swiss peace talks resumed in March.", "2007-10-05", "CH", "Swiss"},
		{"The Irish air carrier Aer Lingus cut ten routes.", "2008-05-15", "", ""},
		{"Irish air strikes were never an option.", "2008-05-15", "IE", "Irish"},
		{"Shares of Japan Tobacco rose two percent on Monday.", "2008-06-01", "", ""},
		{"Japan Tobacco International opened a new plant in the north.", "2008-06-01", "", ""},
		{"Japan raised the tax on tobacco on Monday.", "2008-06-01", "JP", "Japan"},
		{"Ministers met in the Cabinet Office Briefing Room after the floods.", "2007-07-22", "", ""},
		{"The Cabinet Office said ministers met after the floods.", "2007-07-22", "GB", "Cabinet Office"},
		{"Air America, the talk radio network, filed for bankruptcy.", "2010-01-24", "", ""},
		{"America, the talk show host said, filed no protest.", "2010-01-24", "US", "America"},
		{"The survivors included Germans, Swiss and Dutch, the police said.", "2010-05-12", "", ""},
		{"The dead included Italian, Danish and Dutch students.", "2010-05-12", "", ""},
		{"The Dutch sent two frigates, the police said.", "2010-05-12", "NL", "Dutch"},
	})
}

// The state's empire past words that describe it; a body in a past
// office's title stays the body.
func TestSeed108PastAndEmpire(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Speakers denounced French settler colonialism at the rally.", "2009-03-24", "FR", "French"},
		{"Speakers denounced the French novelist at the rally.", "2009-03-24", "", ""},
		{"Portuguese brutal imperialism left deep scars.", "2009-03-24", "PT", "Portuguese"},
		{"The FEC chairman said the rule would stand.", "2007-05-16", "US", "FEC"},
		{"The former FBI agents were not charged.", "2007-05-16", "US", "FBI"},
		// A past office's title keeps its body, as the train labels do.
		{"The book is a former FEC chairman's memoir.", "2007-05-16", "US", "FEC"},
	})
}

// Officials and bodies the registry lacked, in their terms and out.
func TestSeed108Officials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Holbrooke flew to Kabul on Tuesday.", "2009-05-12", "US", "Holbrooke"},
		{"Richard Holbrooke addressed the Security Council.", "2000-01-18", "US,UN", "Richard Holbrooke|Security Council"},
		{"Holbrooke flew to Kabul on Tuesday.", "2011-05-12", "", ""},
		{"A lawyer of the Casa Civil denied the charge.", "2004-08-10", "BR", "Casa Civil"},
		{"An aide at the Ministry of Civilian Household resigned.", "2004-08-10", "BR", "Ministry of Civilian Household"},
		{"Lula's Civil House drafted the bill.", "2004-08-10", "BR,BR", "Lula|Civil House"},
		{"The old Civil House was sold to a bank.", "2004-08-10", "", ""},
		{"Villagers said SAF and Janjaweed raiders burned the market.", "2008-03-10", "SD", "SAF"},
		{"SAF raiders burned the market.", "2008-03-10", "", ""},
	})
}
