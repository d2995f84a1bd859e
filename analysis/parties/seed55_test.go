package parties_test

import "testing"

// The cases below are written for this test, after the seed-55 blind check
// of the matcher (issue 17).

// "the" and a demonym before "nation" is the country, not one nation of
// several nor a name; a personal name after the comma closing "The <office>
// for the <party> <body>," is its official, however many capitalised words
// the body's name has; "World Food Program" in its American spelling is the
// UN's; Centrelink is Australia's.
func TestSeed55(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Turkish nation will not accept the charge, the minister said.", "2006-10-12", "TR", "Turkish"},
		{"The tribe called itself an Indian nation with its own treaties.", "2006-10-12", "", ""},
		{"The Iranian Nation Bank will open a branch in Basra.", "2007-01-30", "", ""},
		{"The chief spokesman for the U.N. World Food Program, Anna Kovacs, said trucks were waiting.", "2006-08-11", "UN,UN,UN", "U.N.|World Food Program|Anna Kovacs"},
		{"The chief spokesman for a charity, Anna Kovacs, said trucks were waiting.", "2006-08-11", "", ""},
		{"Claims are handled by Centrelink staff in each town.", "2006-06-01", "AU", "Centrelink"},
	})
}

// A capitalised party's name after a country's possessive, a market of
// homes, a capital's prosecutors, bands and a name with "New" before the
// demonym are not the state; the state's ministers for housing, a
// capital's officials and a sentence's first "New" stay.
func TestSeed55Precision(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Thailand's Democrats will boycott the vote.", "2006-03-01", "", ""},
		{"Thailand's government will hold the vote.", "2006-03-01", "TH", "Thailand"},
		{"Few banks hold subprime US housing debt.", "2007-08-10", "", ""},
		{"The US housing secretary resigned.", "2007-08-10", "US", "US"},
		{"The case was closed by Moscow prosecutors.", "2006-10-08", "", ""},
		{"Moscow officials denied the claim.", "2006-10-08", "RU", "Moscow"},
		{"Two New Zealand bands played the festival.", "2006-10-08", "", ""},
		{"He works at the Project for the New American Century.", "2006-10-08", "", ""},
		{"New American sanctions were announced.", "2006-10-08", "US", "American"},
	})
}
