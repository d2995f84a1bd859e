package parties_test

import "testing"

// The cases below are written for this test, after the seed-114 and
// seed-115 blind checks of the matcher (issue 17).

// Firms, markets, trades and private people named by a country word, and
// a profession's council, are not the state.
func TestSeed114NotState(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Orient Thai said its jets would keep flying to Phuket.", "2007-06-01", "", ""},
		{"Thai regulators grounded the jets of the budget carrier.", "2007-06-01", "TH", "Thai"},
		{"Takings from US horse race betting fell.", "2007-06-01", "", ""},
		{"US casinos reported record takings.", "2007-06-01", "", ""},
		{"Takings from US horse race meetings fell.", "2007-06-01", "US", "US"},
		{"The US banned online betting on Monday.", "2007-06-01", "US", "US"},
		{"Two New Zealand artists won the prize.", "2007-06-01", "", ""},
		{"The prize went to US singers this year.", "2007-06-01", "", ""},
		{"Two New Zealand envoys won the prize.", "2007-06-01", "NZ", "New Zealand"},
		{"The Australian Law Council criticised the bill.", "2007-06-01", "", ""},
		{"The Australian Foreign Minister criticised the bill.", "2007-06-01", "AU", "Australian"},
		{"The firm's shares trade on the U.S. Nasdaq exchange.", "2007-06-01", "", ""},
		{"The U.S. Nasdaq Exchange Commission opened an inquiry.", "2007-06-01", "US", "U.S."},
		{"Canada Apple Computers recalled its laptops.", "2007-06-01", "", ""},
		{"The British Navy Computers were hacked.", "2007-06-01", "GB", "British"},
	})
}

// A capitalised compass word mid-sentence names a region; in lower case,
// or opening the sentence, the country stays.
func TestSeed114CompassRegions(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The army shelled villages in Eastern Turkey on Sunday.", "2007-06-01", "", ""},
		{"The army shelled villages in eastern Turkey on Sunday.", "2007-06-01", "TR", "Turkey"},
		{"Southern Lebanon was shelled overnight.", "2007-06-01", "LB", "Lebanon"},
	})
}

// A past office coordinated before another makes both past; a state's
// displeasure and its sensibilities are its reaction.
func TestSeed114OfficesAndReactions(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The former Senate Minority Leader and White House spokesman Tom Miller spoke.", "2007-06-01", "US", "White House"},
		{"The Senate Minority Leader and White House spokesman Tom Miller spoke.", "2007-06-01", "US,US", "White House|Tom Miller"},
		{"He vowed to speak out regardless of Russian sensibilities.", "2007-06-01", "RU", "Russian"},
		{"The move drew Russian displeasure.", "2007-06-01", "RU", "Russian"},
		{"The painting shows a Russian sensibility.", "2007-06-01", "", ""},
	})
}
