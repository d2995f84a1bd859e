package parties_test

import "testing"

// The cases below are written for this test, after the matcher's misses on
// the train split of the real-news labels (a tuning set), read in session
// 23. Each rule and registry entry is here both ways.

// A demonym before the state's fleet, its relationship with another state
// and a capitalised secretary's title is the state; a fishing fleet and a
// private secretary are not.
func TestTrain23Demonyms(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Russian fleet sailed into port before dawn.", "2008-08-20", "RU", "Russian"},
		{"The Russian fishing fleet sailed into port before dawn.", "2008-08-20", "", ""},
		{"Analysts spoke of the Russian relationship with Europe.", "2008-08-20", "RU", "Russian"},
		{"The British Home Secretary met the police chiefs.", "2006-04-20", "GB", "British"},
		{"A British secretary was hired by the bank.", "2006-04-20", "", ""},
	})
}

// Antigua for the state of Antigua and Barbuda, not Guatemala's old capital;
// Iran's Expediency Council and its chairman; the head of the US mission in
// Havana, each inside and outside the window of his post.
func TestTrain23Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"When the trade body agreed, Antigua pressed for damages.", "2007-12-29", "AG", "Antigua"},
		{"We flew into Antigua Guatemala for the festival.", "2007-12-29", "", ""},
		{"The Expediency Council will rule on the bill.", "2006-05-01", "IR", "Expediency Council"},
		{"Rafsanjani told the council that talks could resume.", "2006-05-01", "IR", "Rafsanjani"},
		{"Rafsanjani told the council that talks could resume.", "2019-05-01", "", ""},
		{"Mehdi Rafsanjani was arrested at the airport.", "2006-05-01", "", ""},
		{"Parmly gave a speech on rights day.", "2006-12-10", "US", "Parmly"},
		{"Parmly gave a speech on rights day.", "2012-12-10", "", ""},
	})
}
