package parties_test

import "testing"

// The cases below are written for this test, after the seed-164 and
// seed-165 blind checks of the matcher.

// A country's name that is also a given name stays the country before a
// capitalised office, a head's title or the government's people; a
// surname after it makes it a first name.
func TestSeed164GivenNameCountry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Chad Prime Minister Pascal Yoadimnadji flew to Tripoli.", "2006-03-10", "TD,TD", "Chad|Pascal Yoadimnadji"},
		{"Chadian Prime Minister Pascal Yoadimnadji flew to Tripoli.", "2006-03-10", "TD,TD", "Chadian|Pascal Yoadimnadji"},
		{"Yoadimnadji flew to Tripoli on Friday.", "2006-03-10", "TD", "Yoadimnadji"},
		{"Yoadimnadji flew to Tripoli on Friday.", "2008-03-10", "", ""},
		{"Chad Foreign Minister Ahmat Allami denied the claim.", "2006-03-10", "TD,TD", "Chad|Ahmat Allami"},
		{"Chad Government troops retook the town.", "2006-03-10", "TD", "Chad"},
		{"Jordan Prime Minister Marouf al-Bakhit met the king.", "2006-03-10", "JO,JO", "Jordan|Marouf al-Bakhit"},
		{"Chad Hurley spoke at the launch.", "2006-03-10", "", ""},
		{"Jordan Peterson spoke at the launch.", "2006-03-10", "", ""},
	})
}

// Algeria's energy minister, a UK junior minister and a UK police agency.
func TestSeed164Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Chakib Khelil told OPEC delegates prices were too high.", "2005-05-10", "DZ,OPEC", "Chakib Khelil|OPEC"},
		{"Later, Khelil said the cartel would act in autumn.", "2008-06-20", "DZ", "Khelil"},
		{"Later, Khelil said the cartel would act in autumn.", "2012-06-20", "", ""},
		{"Norman Baker opened the new tram line.", "2011-05-10", "GB", "Norman Baker"},
		{"Norman Baker opened the new tram line.", "2016-05-10", "", ""},
		{"The Child Exploitation and Online Protection Centre arrested the man.", "2008-05-10", "GB", "Child Exploitation and Online Protection Centre"},
		{"CEOP officers arrested the man.", "2008-05-10", "GB", "CEOP"},
	})
}

// A capital before "spending" is its government; a capital before
// politicians may be a US state's and stays out.
func TestSeed164CapitalSpending(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Voters are tired of reckless Washington spending, he said.", "2009-02-01", "US", "Washington"},
		{"They want less Moscow spending on the war.", "2009-02-01", "RU", "Moscow"},
		{"Several Washington politicians signed the letter.", "2009-02-01", "", ""},
	})
}

// A country word before lower-case words of a trade and "industry" names
// the industry; a possessive before it, or a word of the state between,
// keeps the state.
func TestSeed164Industry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Regulators eyed the US money market mutual fund industry.", "2008-10-01", "", ""},
		{"Floods hurt the UK tourism industry last year.", "2008-10-01", "", ""},
		{"The levy hit the Kenyan cut flower industry.", "2008-10-01", "", ""},
		{"The blasts hurt Kenya's tourism industry.", "2008-10-01", "KE", "Kenya"},
		{"The deal helps the U.S. nuclear industry.", "2008-10-01", "US", "U.S."},
		{"The U.S. regulators warned the fund industry.", "2008-10-01", "US", "U.S."},
	})
}

// A court by its capitalised name or a judge by title after a country
// word is the court's; the country's justice ministry stays the state.
func TestSeed164Courts(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Protesters urged Peru's National Jury Tribunal to annul the vote.", "2006-07-10", "", ""},
		{"The Mexican Federal Electoral Tribunal rejected the appeal.", "2006-07-10", "", ""},
		{"The United States Chief Justice swore in the new president.", "2005-01-20", "", ""},
		{"Kenya's Chief Justice Evan Gicheru opened the session.", "2005-01-20", "", ""},
		{"US Justice Anne Hale wrote the dissent.", "2005-01-20", "", ""},
		{"The US Justice Department filed the suit.", "2005-01-20", "US,US", "US|Justice Department"},
		{"The Irish Justice Minister rejected the claim.", "2005-01-20", "IE", "Irish"},
		{"Mexico's government asked the tribunal to act.", "2006-07-10", "MX", "Mexico"},
	})
}

// A possessive that ends a party's name after "of" is the party's; a
// country's possessive elsewhere stays the state.
func TestSeed164PartyPossessive(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Labour Party of Norway's leader resigned.", "2006-05-20", "", ""},
		{"The Communist Party of Nepal's central committee met.", "2006-05-20", "", ""},
		{"Critics of Norway's plan spoke out.", "2006-05-20", "NO", "Norway"},
		{"The leader of Norway's government resigned.", "2006-05-20", "NO", "Norway"},
	})
}

// A capitalised compass word mid-sentence, the diagonal ones too, makes
// a region; opening the sentence it may be capitalised for its place.
func TestSeed164CompassRegion(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Mills across the Southeast United States closed.", "2005-07-20", "", ""},
		{"Storms hit the Northwest United States's ports.", "2005-07-20", "", ""},
		{"Rain fell on Southwestern China for a week.", "2005-07-20", "", ""},
		{"The United States closed its mills.", "2005-07-20", "US", "United States"},
	})
}

// A government's building won or lost in an election is the office as a
// prize; the building acting stays the government.
func TestSeed164WhiteHousePrize(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Democrats hope to win the White House in November.", "2008-06-20", "", ""},
		{"Democrats vowed they would re-take control of the White House soon.", "2008-06-20", "", ""},
		{"Republicans lost the White House in that election.", "2008-06-20", "", ""},
		{"They finally won the White House's backing for the bill.", "2008-06-20", "US", "White House"},
		{"Aides said the White House would veto the bill.", "2008-06-20", "US", "White House"},
		{"The senators took control of the agenda after the White House objected.", "2008-06-20", "US", "White House"},
	})
}
