package parties_test

import "testing"

// The cases below are written for this test, after the seed-174 to
// seed-177 blind checks of the matcher (part B).

// A part of the White House's building or grounds after its name is the
// building; its security and its staff stay the state's.
func TestSeed174bBuildingParts(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The old limousine was kept in the White House garage for years.", "2009-02-01", "", ""},
		{"A chef cooked for guests in the White House kitchen last night.", "2009-02-01", "", ""},
		{"The White House security chief resigned on Monday.", "2009-02-01", "US", "White House"},
		{"The White House staff drafted the memo.", "2009-02-01", "US", "White House"},
	})
}

// A people's plural that opens a law's title with "with" or "for" is the
// law; the people elsewhere stay a mention where they act.
func TestSeed174bPeopleLaw(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The senator wants more money for the Americans with Disabilities Act next year.", "2006-04-01", "", ""},
		{"Campaigners cited the Canadians for Clean Water Act in court.", "2006-04-01", "", ""},
		{"The Americans with the most votes won the contest.", "2006-04-01", "", ""},
		{"The US Truth in Lending Act was amended.", "2006-04-01", "US", "US"},
	})
}

// The French news agency under its names, spaced or hyphenated; France
// named on its own stays.
func TestSeed174bNewsAgency(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The minister spoke to Agence France Presse by phone.", "2007-10-01", "", ""},
		{"The minister spoke to Agence France-Presse by phone.", "2007-10-01", "", ""},
		{"The minister spoke to France's envoy by phone.", "2007-10-01", "FR", "France"},
	})
}

// "United States of" and a place other than America is another union of
// states; the full name of the US stays the US.
func TestSeed174bOtherUnitedStates(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Some dream of a United States of Europe one day.", "2004-12-10", "", ""},
		{"Leaders again spoke of a United States of Africa.", "2004-12-10", "", ""},
		{"The United States of America sent aid.", "2004-12-10", "US", "United States of America"},
		{"The United States sent aid to many of its allies.", "2004-12-10", "US", "United States"},
	})
}

// A firm's name that ends in a firm's word before "of" and the country
// ("Cement Holdings of Kenya"); a central bank "of" a country stays the
// state's.
func TestSeed174bFirmOfCountry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Sugar Mills of Fiji cut forty jobs last week.", "2005-07-05", "", ""},
		{"Shares of East African Breweries of Kenya fell.", "2005-07-05", "", ""},
		{"The Reserve Bank of Fiji cut its rate last week.", "2005-07-05", "FJ", "Fiji"},
		{"The mills of Fiji cut forty jobs last week.", "2005-07-05", "FJ", "Fiji"},
	})
}

// Airports and seaports that a country's word locates are facilities; the
// country's aviation regulator stays the state's.
func TestSeed174bAirports(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Flights at other Canadian airports left on time.", "2011-05-01", "", ""},
		{"Cargo piled up at several US seaports.", "2011-05-01", "", ""},
		{"Canadian officials closed the airport.", "2011-05-01", "CA", "Canadian"},
	})
}

// Initials that the capitalised words before them spell, after ", or" or
// in brackets, are those words' name, not the party whose initials they
// also are; alone they stay the party.
func TestSeed174bDefinedInitials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Palestine Reform Council, or PRC, denied the claim.", "2005-09-10", "", ""},
		{"The Palestine Reform Council (PRC) denied the claim.", "2005-09-10", "", ""},
		{"The PRC denied the claim on Sunday.", "2005-09-10", "CN", "PRC"},
		{"Officials in the PRC, or mainland China, denied it.", "2005-09-10", "CN,CN", "PRC|mainland China"},
	})
}

// Quoted names of a militia and of an airline, a seabird named after a
// man, and an anniversary's weekend are names; the country and the
// minister named plainly stay.
func TestSeed174bNames(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Three Sons of Iraq fighters guarded the market.", "2008-04-02", "", ""},
		{"The imam asked the sons of Iraq to unite.", "2008-04-02", "IQ", "Iraq"},
		{"The jet flew for the \"Moldova\" airline last winter.", "2009-12-30", "", ""},
		{"The jet was leased by \"Moldova\" and its ministry last winter.", "2009-12-30", "MD", "Moldova"},
		{"The clearing threatens Abbott's booby nests on the island.", "2005-12-01", "", ""},
		{"Abbott's office declined to comment on the nests.", "2005-12-01", "AU", "Abbott"},
		{"Tenants left Housing New Zealand homes in Otara.", "2006-09-10", "", ""},
		{"The town booked an America's Anniversary Weekend parade.", "2006-11-20", "", ""},
		{"The town backed America's allies in a vote.", "2006-11-20", "US", "America"},
	})
}

// In an undated sentence, a head titled after "under" and a job that
// "former" opened, or after "served under", is a past administration's;
// a current job under the head stays theirs.
func TestSeed174bUnderFormer(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Jim Bay, a former budget adviser under President Barack Obama, joined the board.", "", "", ""},
		{"Jim Bay, who served under President Obama, joined the board.", "", "", ""},
		{"Jim Bay, a budget adviser under President Barack Obama, joined the board.", "", "US", "Barack Obama"},
		{"Jim Bay, a budget adviser under President Barack Obama, joined the board.", "2015-05-01", "US", "Barack Obama"},
	})
}
