package parties_test

import "testing"

// The cases below are written for this test, after the seed-156 and
// seed-157 blind checks of the matcher.

// A leader's two-word name with a middle initial between, within the
// terms; outside them it is no one's in office.
func TestSeed156MiddleInitial(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Robert M. Gates flew to Kabul on Tuesday.", "2008-03-04", "US", "Robert M. Gates"},
		{"Robert Gates flew to Kabul on Tuesday.", "2008-03-04", "US", "Robert Gates"},
		{"Donald H. Rumsfeld toured the base at dawn.", "2004-03-04", "US", "Donald H. Rumsfeld"},
		{"Donald H. Rumsfeld toured the base at dawn.", "2012-03-04", "", ""},
		{"George W. Bush toured the base at dawn.", "2004-03-04", "US", "George W. Bush"},
	})
}

// A deputy's surname joined by a hyphen to the head's before the
// government's word: the head's government.
func TestSeed156JoinedAdministration(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Critics said the Bush-Cheney administration misled the public.", "2006-04-04", "US", "Bush-Cheney"},
		{"Critics said the Bush administration misled the public.", "2006-04-04", "US", "Bush"},
		{"Critics said the Bush-Cheney administration misled the public.", "2012-04-04", "", ""},
	})
}

// Italy's interior minister of 2002-06.
func TestSeed156Pisanu(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Interior Minister Giuseppe Pisanu ordered more patrols.", "2004-08-01", "IT", "Giuseppe Pisanu"},
		{"Pisanu ordered more patrols at the stations.", "2004-08-01", "IT", "Pisanu"},
		{"Giuseppe Pisanu ordered more patrols.", "2008-08-01", "", ""},
	})
}

// A country's possessive before its biggest city or town locates the
// place (decision 1); before its largest bank it is the firm's.
func TestSeed156PossessedTown(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Floods cut off Peru's second-largest city for a week.", "2007-02-01", "PE", "Peru"},
		{"Floods cut off Brazil's biggest town in the region.", "2007-02-01", "BR", "Brazil"},
		{"Shares of France's largest bank fell sharply.", "2007-02-01", "", ""},
	})
}

// A country word before "members of" a legislature names legislators;
// its ministers stay the state's.
func TestSeed156MembersOfParliament(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Dozens of Irish Members of Parliament signed the letter.", "2008-06-01", "", ""},
		{"Kenya's members of the national assembly rejected the budget.", "2008-06-01", "", ""},
		{"Irish ministers signed the letter.", "2008-06-01", "IE", "Irish"},
	})
}

// A firm's national arm after trade words ("its", "their" before the
// country); the country's own arms stay the state's.
func TestSeed156TradeArm(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The insurer plans to sell its UK life insurance unit next year.", "2009-02-01", "", ""},
		{"The group will close its German car rental subsidiary.", "2009-02-01", "", ""},
		{"The UK plans to sell its stake in the bank next year.", "2009-02-01", "GB", "UK"},
	})
}

// A country word before trade words and "goods" or "products" is the
// goods of private trade.
func TestSeed156TradeGoods(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The treaty lowers tariffs on Chinese dairy and industrial products.", "2005-09-01", "", ""},
		{"The treaty lowers tariffs on US consumer goods.", "2005-09-01", "", ""},
		{"The treaty lowers tariffs, US negotiators said.", "2005-09-01", "US", "US"},
	})
}

// Magazines after a country's name are the press.
func TestSeed156Magazines(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The publisher owns several Irish and South Africa magazines.", "2005-12-01", "", ""},
		{"The publisher owns several Canada magazines.", "2005-12-01", "", ""},
		{"Canada sued the publisher of the magazines.", "2005-12-01", "CA", "Canada"},
	})
}

// A demonym and another word before a counted flag: cloth, not the state;
// "the ... flag" stays as it was.
func TestSeed156FlagPair(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The school bought a Welsh and Cornish flag for the hall.", "2006-01-01", "", ""},
		{"The British flag was lowered at the consulate.", "2006-01-01", "GB", "British"},
	})
}

// "The Commonwealth" beside a city of a US commonwealth state is the
// state.
func TestSeed156CommonwealthState(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Roads across the Commonwealth were closed, officials in Pittsburgh said.", "2008-01-01", "", ""},
		{"Leaders of the Commonwealth met in Kampala.", "2008-01-01", "CWEALTH", "Commonwealth"},
	})
}

// The soldiers' web forum named after the army.
func TestSeed156RumourService(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Posts on the British Army Rumour Service mocked the new boots.", "2006-10-01", "", ""},
		{"The British Army replaced the boots.", "2006-10-01", "GB", "British"},
	})
}
