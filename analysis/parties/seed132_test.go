package parties_test

import "testing"

// The cases below are written for this test, after the seed-132 and
// seed-133 blind checks of the matcher.

// A country's name that ends an organisation's, a movement's, a
// campaign's, a network's or an alliance's name after "in" is part of
// that name, past a possessive inside it; a group's work in the country
// after a lower-case name keeps it.
func TestSeed132OrganisationIn(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A spokeswoman for the Widows' Organization for Justice in Chad spoke.", "2006-03-01", "", ""},
		{"The Organisation of Farmers' Rights in Kenya held a march.", "2006-03-01", "", ""},
		{"The Movement for Clean Water in Bolivia filed a suit.", "2006-03-01", "", ""},
		{"The Alliance for Peace in Sudan met donors.", "2006-03-01", "", ""},
		{"The organisation for refugees works in Chad with the government.", "2006-03-01", "TD", "Chad"},
	})
}

// A title that the sentence calls lost ("dismissed", "sacked", "fired",
// "ousted") is no office on the term's last day, and the holder named
// again in the sentence is no more in it; a verb of dismissal before the
// title leaves the office to its day.
func TestSeed132LostOffice(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Her sacked Prime Minister Yulia Tymoshenko vowed to return, and Tymoshenko rallied her allies.", "2005-09-08", "", ""},
		{"A rift opened between the president and his fired Prime Minister over the budget, since Tymoshenko leads a bloc.", "2005-09-08", "", ""},
		{"Since Tymoshenko leads a bloc, the president dismissed Prime Minister Yulia Tymoshenko.", "2005-09-08", "UA,UA", "Tymoshenko|Yulia Tymoshenko"},
		{"Tymoshenko rallied her allies in Kiev on Thursday.", "2005-09-08", "UA", "Tymoshenko"},
	})
	runArticle(t, "2005-09-08", []articleStep{
		{"The cabinet of Prime Minister Yulia Tymoshenko was sent home.", "UA:Yulia Tymoshenko"},
		{"Her dismissed Prime Minister may run against him, as Tymoshenko has a bloc.", ""},
	})
}

// A demonym in a list whose last item is "and other" and a kind shares
// the list's head: people stay people, forces stay the state's.
func TestSeed132AndOther(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Buses brought Jordanian, Iraqi, and other non-Syrian groups to the march.", "2006-03-01", "", ""},
		{"The ship carried British and other foreign nationals to Cyprus.", "2006-07-17", "CY", "Cyprus"},
		{"Jordanian, Iraqi and other foreign troops guarded the border.", "2006-03-01", "JO,IQ", "Jordanian|Iraqi"},
	})
}

// A misspelt District of Columbia is the US capital's district, not
// Colombia.
func TestSeed132DistrictOfColombia(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Voters in 40 states and the District of Colombia cast ballots.", "2008-11-04", "", ""},
		{"Troops from Colombia crossed the river.", "2008-11-04", "CO", "Colombia"},
	})
}

// A leader's surname before their party's members or name is the
// party; before its government it is the state.
func TestSeed132LeaderParty(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Pledges made by the Harper Tories in the last race were dropped.", "2007-05-03", "", ""},
		{"Pledges made by the Harper conservatives were dropped.", "2007-05-03", "", ""},
		{"The Blair Labour party lost seats in the north.", "2005-05-03", "", ""},
		{"The Harper Conservative government dropped the pledge.", "2007-05-03", "CA", "Harper"},
		{"The Blair Labour government lost seats in the north.", "2005-05-03", "GB", "Blair"},
	})
}

// Exports and imports right after a demonym are goods of that origin; a
// country's possessive keeps its trade, and its tariffs stay the state's.
func TestSeed132Exports(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Weak demand hurt Japanese exports to Europe last year.", "2010-02-01", "", ""},
		{"Cheap Vietnamese imports flooded the market.", "2010-02-01", "", ""},
		{"Weak demand hurt Japan's exports to Europe last year.", "2010-02-01", "JP", "Japan"},
		{"Vietnamese tariffs on steel rose.", "2010-02-01", "VN", "Vietnamese"},
	})
}

// A country's name that a word of naming opens without quotes, before a
// base's, a camp's or a building's word that closes the name, is that
// place's name; a country named as a place after "called" stays.
func TestSeed132CalledPlace(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The militia held a compound known as Cuba Camp until March.", "2007-02-13", "", ""},
		{"Marines seized the gang's depot, called Haiti Base.", "2007-02-13", "", ""},
		{"She called Haiti home for ten years.", "2007-02-13", "HT", "Haiti"},
	})
}

// A capital and another place before an event that struck them are the
// event's places; dealings between two capitals stay theirs.
func TestSeed132CapitalsEvent(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Relatives marked the anniversary of the Madrid and Atocha blasts.", "2007-05-04", "", ""},
		{"The Dublin and Cork riots shocked the country.", "2007-05-04", "", ""},
		{"The Beijing and Tokyo talks resumed on Monday.", "2007-05-04", "CN", "Beijing"},
	})
}

// A government body of the registry and its chief executive, then a
// personal name or a peer's title and name, name that body's official; a
// past holder does not, and after a country's word "chief executive" is
// no office of the state's (a firm's may be).
func TestSeed132BodyChiefExecutive(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Ofcom chief executive Lord Carter welcomed the ruling.", "2004-06-01", "GB,GB", "Ofcom|Carter"},
		{"Ofcom chief executive Stephen Carter welcomed the ruling.", "2004-06-01", "GB,GB", "Ofcom|Stephen Carter"},
		{"The former Ofcom chief executive Stephen Carter welcomed the ruling.", "2004-06-01", "GB", "Ofcom"},
		{"Environment Agency chairman Baroness Young toured the flood plain.", "2007-07-22", "GB,GB", "Environment Agency|Young"},
		{"British chief executive Tom Hale resigned.", "2007-07-22", "GB", "British"},
	})
}

// A demonym's part or component of a force, a mission or an
// organisation is the state's share of it; the part of a country is a
// region.
func TestSeed132ForceShare(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Two medics of the Spanish part of the NATO force were hurt.", "2007-08-21", "ES,NATO", "Spanish|NATO"},
		{"The Dutch component of the mission left Uruzgan.", "2007-08-21", "NL", "Dutch"},
		{"The German part of Belgium voted on Sunday.", "2007-08-21", "BE", "Belgium"},
		{"The Spanish section of Oxfam sent a team.", "2007-08-21", "", ""},
	})
}

// Lebanon's armed forces commander before he became president, by his
// spellings and titles, and as president after; not "Mr Suleiman".
func TestSeed132Suleiman(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Army chief General Michel Suleiman met the envoy.", "2006-11-20", "LB", "Michel Suleiman"},
		{"Gen. Sleiman ordered troops into the camp.", "2007-05-25", "LB", "Sleiman"},
		{"Michel Sleiman took the oath in Beirut.", "2008-05-25", "LB", "Michel Sleiman"},
		{"Mr Suleiman flew to Gaza for the talks.", "2007-05-25", "", ""},
		{"Michel Suleiman met the envoy.", "1997-11-20", "", ""},
	})
}
