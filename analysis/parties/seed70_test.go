package parties_test

import "testing"

// The cases below are written for this test, after the seed-70 and
// seed-71 blind checks of the matcher (issue 17), drawn at one commit.

// Initials in brackets after a body's full name name the body too, and
// other initials do not; a street named after a country, a US town's
// address in Georgia, a dead leader's office and an inspection body
// named after Iraq are not the state; airmen are its forces; office
// holders the registry lacked, one of whom shares a prime minister's
// surname.
func TestSeeds70And71(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Rebels fought the Armed Forces of the Philippines (AFP) near the coast.", "2007-01-18", "PH,PH", "Armed Forces of the Philippines|AFP"},
		{"The Department of Defense (DoD) denied the report.", "2010-03-01", "US,US", "Department of Defense|DoD"},
		{"The Department of Defense (USDD) denied the report.", "2010-03-01", "US", "Department of Defense"},
		{"Canada (CA) won the vote.", "2010-03-01", "CA", "Canada"},
		{"A shop on Palestine Street was hit by a mortar.", "2009-03-08", "", ""},
		{"Palestine welcomed the vote.", "2013-03-08", "PS", "Palestine"},
		{"Guards stood outside Plaza de España (Spain Square) all night.", "2006-05-01", "", ""},
		{"He trained at a camp near Brunswick, Georgia, for a month.", "2007-05-29", "", ""},
		{"Tbilisi and Gori, Georgia, saw heavy fighting.", "2008-08-12", "GE,GE", "Tbilisi|Georgia"},
		{"Crowds mourned the late South African leader in Soweto.", "2013-12-10", "", ""},
		{"The South African leader spoke in Soweto.", "2013-12-10", "ZA", "South African"},
		{"Prices fell in late US trading.", "2013-12-10", "US", "US"},
		{"The Iraq Survey Group found no such weapons.", "2004-10-06", "", ""},
		{"The planes will be flown by Canadian airmen.", "2008-03-01", "CA", "Canadian"},
		{"Riyad al-Maliki called the vote a disappointment.", "2009-01-11", "PS", "Riyad al-Maliki"},
		{"Maliki called the vote a disappointment.", "2009-01-11", "IQ", "Maliki"},
		{"Comey left the Justice Department this week.", "2005-08-13", "US,US", "Comey|Justice Department"},
		{"Jamil Sayyed, head of Lebanon's General Security, resigned.", "2005-04-27", "LB,LB,LB", "Jamil Sayyed|Lebanon|General Security"},
		{"Officers of General Security checked the passports.", "2005-04-27", "", ""},
	})
}
