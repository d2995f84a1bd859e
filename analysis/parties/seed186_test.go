package parties_test

import "testing"

// The cases below are written for this test, after the seed-186 to
// seed-189 blind checks of the matcher.

// A two-word demonym's plural after "the" is the state's side, as a
// one-word one is ("the Israelis"); not some of a group of people, nor a
// people living somewhere.
func TestSeed186PluralOfTwoWordDemonym(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The envoys will press the North Koreans to freeze the reactor.", "2007-03-02", "KP", "North Koreans"},
		{"Talks stalled when the South Koreans asked for more time.", "2007-03-02", "KR", "South Koreans"},
		{"Two of the North Koreans asked for asylum at the embassy.", "2007-03-02", "", ""},
		{"The North Koreans living in Seoul held a vigil.", "2007-03-02", "", ""},
		{"Three of the Israelis were released on Sunday.", "2007-03-02", "", ""},
	})
}

// The head of the ILO, a UN agency, within his term only.
func TestSeed186Somavia(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Juan Somavía opened the labour conference in Geneva.", "2004-06-01", "UN", "Juan Somavía"},
		{"Child labour is falling, Somavia told delegates.", "2010-06-10", "UN", "Somavia"},
		{"Child labour is falling, Somavia told delegates.", "2014-06-10", "", ""},
	})
}

// A community council named after the country is not its government.
func TestSeed186MulticulturalCouncil(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Multicultural Council of Australia welcomed the plan.", "2006-01-27", "", ""},
		{"Australia welcomed the plan.", "2006-01-27", "AU", "Australia"},
	})
}

// Registry entries after seeds 185 to 187: ministers and officials within
// their terms only, and bodies by their full names.
func TestSeed186Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Benson-Pope told skippers to keep to the code.", "2005-05-20", "NZ", "Benson-Pope"},
		{"Benson-Pope told skippers to keep to the code.", "2009-05-20", "", ""},
		{"The parade honoured Culture Minister Gilberto Gil.", "2006-02-02", "BR", "Gilberto Gil"},
		{"Gilberto Gil played to a packed stadium.", "2010-02-02", "", ""},
		{"Kulov promised that the police would be back on the streets.", "2005-03-26", "KG", "Kulov"},
		{"Kulov promised that the police would be back on the streets.", "2005-06-26", "", ""},
		{"Imports fell, said the General Administration for Customs.", "2009-02-02", "CN", "General Administration for Customs"},
		{"The Congregation for Divine Worship sent new rules to bishops.", "2016-02-02", "VA", "Congregation for Divine Worship"},
		{"Cardinal Bertone wrote to the nuncio.", "2010-02-02", "VA", "Cardinal Bertone"},
		{"Cardinal Bertone wrote to the nuncio.", "2015-02-02", "", ""},
		{"Robert Sarah asked priests to face east.", "2016-07-05", "VA", "Robert Sarah"},
		{"Sarah asked the priest to face east.", "2016-07-05", "", ""},
	})
}
