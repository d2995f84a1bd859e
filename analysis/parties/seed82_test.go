package parties_test

import "testing"

// The cases below are written for this test, after the seed-82 and
// seed-83 blind checks of the matcher (issue 17), drawn at one commit.

// A demonym before one of its own state's bodies is the state's, before
// another party's body not; a country's inflation and perspective are the
// state's; a civilian court, a currency's initials after a dollar amount,
// a leader's family, stock indexes, an order of chivalry, a plane's
// nickname, a state railway firm, a person named Bharat and Pakistan's
// Foreign Office are not the UK's or the state's; office holders and a
// weather service the registry lacked.
func TestSeeds82And83(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Russian Federal Security Service detained him.", "2008-03-01", "RU,RU", "Russian|Federal Security Service"},
		{"The German UNIFIL contingent sailed.", "2006-08-20", "UN", "UNIFIL"},
		{"Danish inflation rose in May.", "2005-06-11", "DK", "Danish"},
		{"The column gave the Japanese perspective on the treaty.", "2005-03-15", "JP", "Japanese"},
		{"He will face a U.S. civilian court.", "2010-01-28", "", ""},
		{"The spot cost $2 million US for the night.", "2009-02-06", "", ""},
		{"Critics named the Musharraf family in the suit.", "2006-02-06", "", ""},
		{"Musharraf named his critics in the suit.", "2006-02-06", "PK", "Musharraf"},
		{"Two Japanese indexes fell today.", "2010-07-08", "", ""},
		{"The actor joined the Order of the British Empire last year.", "2008-08-11", "", ""},
		{"Reporters called the jet Blair Force One.", "2006-06-20", "", ""},
		{"The State Railway of Thailand cancelled the trains.", "2007-06-08", "", ""},
		{"The lawyer, Bharat Kumar, asked for bail.", "2009-01-12", "", ""},
		{"Bharat and China agreed on the border talks.", "2009-01-12", "IN,CN", "Bharat|China"},
		{"The Foreign Office in Islamabad lodged a complaint.", "2006-01-14", "", ""},
		{"The Foreign Office in London issued advice.", "2006-01-14", "GB", "Foreign Office"},
		{"Foreign Secretary Riaz Khan delivered the note.", "2006-01-14", "PK", "Riaz Khan"},
		{"Ms Khan spoke to the press.", "2006-01-14", "", ""},
		{"Mr Begag was stopped at the airport.", "2006-04-20", "FR", "Begag"},
		{"The National Weather Service issued a flood watch.", "2008-06-01", "US", "National Weather Service"},
	})
}
