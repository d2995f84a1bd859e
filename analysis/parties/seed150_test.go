package parties_test

import "testing"

// The cases below are written for this test, after the seed-150 and
// seed-151 blind checks of the matcher.

// "Acting" may open the title of an office in undated text, which then
// names its holder as the office alone does; a past office does not, and
// dated text asks the registry's terms.
func TestSeed150ActingOffice(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Critics say Acting Attorney General Sally Yates defied the order.", "", "US", "Sally Yates"},
		{"Officials like Acting Attorney General Yates stayed on.", "", "US", "Yates"},
		{"The memo was signed by Acting Attorney General James Comey.", "", "US", "James Comey"},
		{"Critics say former Acting Attorney General Sally Yates erred.", "", "", ""},
		{"Sally Yates refused to defend the order.", "2017-01-27", "US", "Sally Yates"},
		{"Sally Yates spoke at the law school.", "2018-03-01", "", ""},
	})
}

// A demonym before "watchdog" is the state's regulator; a watchdog group,
// organisation or NGO, one word before "watchdog" or not, is private.
func TestSeed150Watchdogs(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Irish watchdog fined the bank on Monday.", "2009-05-05", "IE", "Irish"},
		{"The Australian consumer watchdog sued the retailer.", "2009-05-05", "AU", "Australian"},
		{"A US watchdog group sued the agency.", "2009-05-05", "", ""},
		{"A U.S. budget watchdog organization praised the bill.", "2009-05-05", "", ""},
		{"A British rights NGO criticised the plan.", "2009-05-05", "", ""},
	})
}

// "Deposed", "ousted" and the like before the party's demonym and a
// head's title mark the office as lost, as right before the title; the
// demonym stays the state, and the same title without them names the
// holder in their term.
func TestSeed150LostTitleAfterDemonym(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"In Moscow, deposed Kyrgyz president Askar Akayev gave an interview.", "2005-03-30", "KG", "Kyrgyz"},
		{"He met the ousted Kyrgyz President Akayev in Moscow.", "2005-03-30", "KG", "Kyrgyz"},
		{"In Bishkek, Kyrgyz president Askar Akayev gave an interview.", "2005-03-01", "KG,KG", "Kyrgyz|Askar Akayev"},
	})
}

// A named room of a seat of government "of the" seat is a venue; the
// seat's statements stay the government's.
func TestSeed150RoomOfSeat(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The two leaders talked in the famed Oval Office of the White House on Friday.", "2008-05-02", "", ""},
		{"A dinner filled the grand East Room of the White House.", "2008-05-02", "", ""},
		{"The press office of the White House said the talks went well.", "2008-05-02", "US", "White House"},
	})
}

// A court "of" an organisation, lower case or capitalised, and the
// Court of Justice "of" it, are courts; its parliament stays its body.
func TestSeed150CourtOfOrganisation(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The ruling came from the top court of the European Union.", "2010-03-03", "", ""},
		{"The Court of Justice of the European Union ruled on Tuesday.", "2010-03-03", "", ""},
		{"The parliament of the European Union voted on Tuesday.", "2010-03-03", "EU", "European Union"},
	})
}

// A capital before a capitalised firm's name that ends in "Co." is part
// of the name; the capital's government stays a mention.
func TestSeed150CapitalFirm(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The stake went to Abu Dhabi Water and Power Co. last year.", "2008-02-02", "", ""},
		{"Abu Dhabi rejected the offer last year.", "2008-02-02", "AE", "Abu Dhabi"},
	})
}

// A country's word before lower-case "channels", its medium's words
// between or not, names broadcasters; diplomatic channels stay the
// state's.
func TestSeed150Channels(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Several UK channels dropped the show.", "2009-07-01", "", ""},
		{"Two US cable channels aired the debate.", "2009-07-01", "", ""},
		{"The UK diplomatic channels stayed open.", "2009-07-01", "GB", "UK"},
		{"Iran said the UK had used official channels.", "2009-07-01", "IR,GB", "Iran|UK"},
	})
}

// Demonyms, or their combining forms, joined by hyphens before a
// capitalised "War" name a historic war; a country's name before "War"
// and a war in lower case stay the states'.
func TestSeed150CompoundWars(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"He studied the Second Anglo-Afghan War at school.", "2007-04-04", "", ""},
		{"Grant fought in the Mexican-American War as a young man.", "2007-04-04", "", ""},
		{"The border was fixed after the Sino-Indian War.", "2007-04-04", "", ""},
		{"He studied the Iran-Iraq War at school.", "2007-04-04", "IR,IQ", "Iran|Iraq"},
		{"Both sides lost men in the Israeli-Lebanese war last summer.", "2007-04-04", "IL,LB", "Israeli|Lebanese"},
	})
}

// "The Commonwealth" alone is Australia's federal government beside the
// words of Australia's states or in an article that has named Australia
// before; elsewhere it stays the Commonwealth of Nations, and a
// capitalised word after it makes another name.
func TestSeed150CommonwealthOfAustralia(t *testing.T) {
	runArticle(t, "2006-04-04", []articleStep{
		{"Australia's states argued over water.", "AU:Australia"},
		{"The premier said the Commonwealth had broken its word.", "AU:Commonwealth"},
		{"The Commonwealth Scientific and Industrial Research Organisation agreed.", ""},
	})
	runArticle(t, "2006-04-04", []articleStep{
		{"Federal officials met the premiers over the Commonwealth offer.", "AU:Commonwealth"},
		{"The Commonwealth and the states agreed on the plan, a federal minister said.", "AU:Commonwealth"},
	})
	runArticle(t, "2006-04-04", []articleStep{
		{"Ministers met in London on Monday.", ""},
		{"The Commonwealth suspended Fiji after the coup.", "CWEALTH:Commonwealth|FJ:Fiji"},
	})
}
