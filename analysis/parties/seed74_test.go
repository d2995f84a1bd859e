package parties_test

import "testing"

// The cases below are written for this test, after the seed-74 and
// seed-75 blind checks of the matcher (issue 17), drawn at one commit.

// Kosovo is a party, with its leaders in their terms, but not in "Kosovo
// Serbs", NATO's Kosovo Force or a party's name; a law's name is not the
// state where the country's word is inside its title, and is the state's
// law where the country's word comes first; a city's own authorities, a
// firm named after London, a rank before "Jordan", a provider's support,
// hamburger chains and a guest invited to the White House are not the
// state; abbreviated Korean demonyms are; office holders and bodies the
// registry lacked.
func TestSeeds74And75(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Kosovo declared independence on Sunday.", "2008-02-17", "XK", "Kosovo"},
		{"Kosovo Serbs rallied in the north.", "2008-02-18", "", ""},
		{"Kosovo Force troops guarded the bridge.", "2008-02-18", "", ""},
		{"Prime Minister Thaçi thanked the envoys.", "2008-02-18", "XK", "Thaçi"},
		{"Prime Minister Thaçi thanked the envoys.", "2007-10-25", "", ""},
		{"Congress debated the Protect Canada Act.", "2008-02-26", "", ""},
		{"Congress debated the Defense Department Authorization Act.", "2005-06-02", "", ""},
		{"The Defense Department acted at once.", "2005-06-02", "US", "Defense Department"},
		{"The US Fair Lending Act requires disclosure.", "2007-12-05", "US", "US"},
		{"The bar was closed by Warsaw local authorities.", "2007-07-20", "", ""},
		{"Uber London's manager said the ban was wrong.", "2017-09-25", "", ""},
		{"Sergeant Jordan's lawyer spoke to reporters.", "2006-05-07", "", ""},
		{"Jordan's king spoke to reporters.", "2006-05-07", "JO", "Jordan"},
		{"Many U.S. providers stayed out of the alliance.", "2006-06-15", "", ""},
		{"It ranks third among United States hamburger chains.", "2012-03-20", "", ""},
		{"Trump invited her to the White House.", "", "", ""},
		{"The White House invited her to the talks.", "", "US", "White House"},
		{"S. Korean envoys met N. Korean officials.", "2008-06-01", "KR,KP", "S. Korean|N. Korean"},
		{"Murilo Portugal spoke for the fund.", "2009-10-06", "IMF", "Murilo Portugal"},
		{"The Defence Materiel Organisation could not justify the payments.", "2006-05-17", "AU", "Defence Materiel Organisation"},
		{"The PA paid salaries in Gaza.", "2008-06-01", "PS", "PA"},
		{"The PA reported the scores.", "2008-06-01", "", ""},
	})
}
