package parties_test

import "testing"

// The cases below are written for this test, after the seed-66 and
// seed-67 blind checks of the matcher (issue 17), drawn at one commit.

// Airlines, a firm, a holiday, a law, a court and associations named after
// countries are not the state; a party up to three words after a
// country's possessive is not, another phrase before "party" is; office
// holders the registry lacked.
func TestSeeds66And67(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Air France cancelled the flight.", "2009-06-01", "", ""},
		{"France cancelled the visit.", "2009-06-01", "FR", "France"},
		{"Shareholders of Petro-Canada approved the merger.", "2009-03-23", "", ""},
		{"Crowds marked Australia Day in Sydney.", "2008-01-26", "", ""},
		{"The U.S. may act under the Taiwan Relations Act.", "2008-01-26", "US", "U.S."},
		{"The International Criminal Tribunal for Rwanda sentenced him.", "2008-01-26", "", ""},
		{"Japan's main opposition Democratic Party rejected the bill.", "2007-09-21", "", ""},
		{"Hakim matters in Iraq's politics because his party holds seats.", "2007-09-21", "IQ", "Iraq"},
		{"Vice-President Bhairon Singh Shekhawat attended.", "2005-01-26", "IN", "Bhairon Singh Shekhawat"},
		{"McCreevy proposed new rules for the internal market.", "2006-05-10", "EU", "McCreevy"},
	})
}
