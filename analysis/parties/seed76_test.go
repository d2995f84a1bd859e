package parties_test

import "testing"

// The cases below are written for this test, after the seed-76 and
// seed-77 blind checks of the matcher (issue 17), drawn at one commit.

// A legislature or a court before "of" and the country, a country's top
// court, a capital's governor, a federal member of parliament, an
// "Afro-" origin, polls, kava, an identity card's, a firm's and a novel's
// names, and a banknote's country are not the state; a state's claim and
// a demonym before "backed" without its hyphen are; office holders and a
// body the registry lacked or held under another form.
func TestSeeds76And77(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The parliament of Fiji passed the budget.", "2009-02-06", "", ""},
		{"The president of Fiji signed the budget.", "2009-02-06", "FJ", "Fiji"},
		{"The Supreme Court of Canada heard the case.", "2009-02-06", "", ""},
		{"Kenya's top court threw out the petition.", "2009-02-06", "", ""},
		{"Kenya's top diplomat threw out the petition.", "2009-02-06", "KE", "Kenya"},
		{"Jakarta Governor Fauzi Bowo closed the schools.", "2009-02-06", "", ""},
		{"Jakarta closed its embassy.", "2009-02-06", "ID", "Jakarta"},
		{"Canadian federal member for Kenora, a Liberal, retired.", "2007-11-04", "", ""},
		{"Canadian federal officials retired the plan.", "2007-11-04", "CA", "Canadian"},
		{"He was hailed as the first Afro-Cuban to win.", "2008-11-07", "", ""},
		{"A German poll found most voters undecided.", "2006-10-27", "", ""},
		{"Fiji kava sales rose.", "2005-07-01", "", ""},
		{"The debate recalled the Australia Card of 1987.", "2006-02-02", "", ""},
		{"Printers showed off the redesigned United States one hundred-dollar note.", "2010-04-22", "", ""},
		{"A 1906 British claim on the islands lapsed.", "2005-04-20", "GB", "British"},
		{"The US and British backed resolution passed.", "2005-03-13", "US,GB", "US|British"},
		{"President Cavaco Silva named the cabinet.", "2006-06-30", "PT", "Cavaco Silva"},
		{"Freitas do Amaral resigned for reasons of health.", "2006-06-30", "PT", "Freitas do Amaral"},
		{"Ruth Kelly unveiled the rail plan.", "2007-07-24", "GB", "Ruth Kelly"},
		{"Yekhanurov faces a vote in parliament.", "2005-09-08", "UA", "Yekhanurov"},
		{"Cristina Gallach said the talks would go on.", "2006-10-06", "EU", "Cristina Gallach"},
		{"An official of the IECI denied the report.", "2005-10-18", "IQ", "IECI"},
	})
}
