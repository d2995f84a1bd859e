package parties_test

import "testing"

// The cases below are written for this test, after the seed-60 and
// seed-61 blind checks of the matcher (issue 17), drawn at one commit.

// Thai prime ministers by their given names, in and out of office; New
// Zealand's central bank governor; Australia's council of governments;
// airlines, an opposition coalition, parties, a song and a holiday named
// after countries; a party or a title after a country's possessive; a
// body named as a party to a court case; a firm's outlets.
func TestSeeds60And61(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Thaksin dissolved the house and called an election.", "2006-02-24", "TH", "Thaksin"},
		{"Thaksin spoke to supporters from exile.", "2009-04-12", "", ""},
		{"Abhisit promised an early vote.", "2010-05-03", "TH", "Abhisit"},
		{"Bollard left the official cash rate unchanged.", "2007-06-07", "NZ", "Bollard"},
		// A joint body of the federal and state governments since seed 158.
		{"Premiers will meet at the Council of Australian Governments next month.", "2008-03-26", "", ""},
		{"The carrier China Eastern ordered new jets.", "2007-09-01", "", ""},
		{"Supporters of Other Russia marched in Moscow.", "2007-04-14", "", ""},
		{"Australia First fielded three candidates.", "2007-11-01", "", ""},
		{"Italy's centre-left parties opposed the war.", "2006-05-18", "", ""},
		{"Italy's government opposed the war.", "2006-05-18", "IT", "Italy"},
		{"The report first appeared in Britain's The Guardian.", "2011-04-09", "", ""},
		{"The justices ruled in Citizens United v. Federal Election Commission.", "2010-01-28", "", ""},
		{"The Federal Election Commission fined the campaign.", "2010-01-28", "US", "Federal Election Commission"},
		{"The chain reported sales from 14,000 U.S. locations.", "2010-01-28", "", ""},
	})
}
