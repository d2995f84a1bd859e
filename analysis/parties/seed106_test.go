package parties_test

import "testing"

// The cases below are written for this test, after the seed-106 and
// seed-107 blind checks of the matcher (issue 17).

// Words that carry a country's name and are not the state.
func TestSeed106NotState(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The duchy was annexed by Austro-Hungary long ago.", "2006-06-21", "", ""},
		{"Troops of Austria-Hungary crossed the river in 1914.", "2006-06-21", "", ""},
		{"An Austro-Hungarian officer drew the first map.", "2006-06-21", "", ""},
		{"Hungary and Austria opened the border crossing.", "2006-06-21", "HU,AT", "Hungary|Austria"},
		{"Johnson said the agency would drop the pesticide study.", "2005-04-09", "", ""},
		{"Alan Johnson said pensions would rise next spring.", "2005-04-09", "GB", "Alan Johnson"},
		{"Mr Johnson said pensions would rise next spring.", "2005-04-09", "GB", "Johnson"},
		{"A New Zealand political party wants a new flag.", "2007-01-28", "", ""},
		{"New Zealand wants a new flag, the minister said.", "2007-01-28", "NZ", "New Zealand"},
		{"Ferries in Tacoma, Washington carried fewer riders this year.", "2007-09-19", "", ""},
		{"Officials in Beijing, Washington and Tokyo condemned the test.", "2007-09-19", "CN,US,JP", "Beijing|Washington|Tokyo"},
		{"Despite the warning, Washington sent more troops.", "2007-09-19", "US", "Washington"},
		{"On Friday, Washington sent more troops.", "2007-09-19", "US", "Washington"},
		{"Police in Olympia, Washington arrested two men.", "2007-09-19", "", ""},
	})
}

// A demonym before a crisis or a referendum is the state's.
func TestSeed106Demonyms(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Mediators sought an end to the Kenyan crisis this week.", "2008-02-07", "KE", "Kenyan"},
		{"Banks never recovered from the Asian financial crisis.", "2008-02-07", "", ""},
		{"Voters rejected the plan in the Dutch referendum last year.", "2005-06-01", "NL", "Dutch"},
		{"The Dutch referee sent off two players.", "2005-06-01", "", ""},
	})
}

// Officials and bodies the registry lacked, in their terms and out.
func TestSeed106Officials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Guests included Shui-bian Chen and Fu-mei Chang at the fair.", "2007-12-02", "TW,TW", "Shui-bian Chen|Fu-mei Chang"},
		{"Chun-hsiung Chang opened the trade show on Monday.", "2007-12-02", "TW", "Chun-hsiung Chang"},
		{"Chun-hsiung Chang opened the trade show on Monday.", "2004-12-02", "", ""},
		{"Chin-chu Weng and Cheng-sheng Du toured the stands.", "2007-12-02", "TW,TW", "Chin-chu Weng|Cheng-sheng Du"},
		{"Steve Ruey-long Chen spoke about chip exports.", "2007-12-02", "TW", "Steve Ruey-long Chen"},
		{"Steve Ruey-long Chen spoke about chip exports.", "2010-12-02", "", ""},
		{"Mr Du ran the stall at the fair.", "2007-12-02", "", ""},
		{"The Overseas Compatriot Affairs Commission funded the tour.", "2007-12-02", "TW", "Overseas Compatriot Affairs Commission"},
		{"The Council for Cultural Affairs paid for the show.", "2007-12-02", "TW", "Council for Cultural Affairs"},
		{"The blunder was grave, said Major General Richard Newton of the Air Force.", "2007-10-20", "US", "Richard Newton"},
		{"The blunder was grave, said Major General Richard Newton of the Air Force.", "2010-10-20", "", ""},
		{"Newton told the panel that the crew had erred.", "2007-10-20", "", ""},
		{"George Mitchell flew to Cairo for talks on the truce.", "2009-01-27", "US", "George Mitchell"},
		{"The envoy Mitchell flew to Cairo for talks on the truce.", "2009-01-27", "US", "Mitchell"},
		{"Mitchell scored the winning goal on Sunday.", "2009-01-27", "", ""},
		{"George Mitchell flew to Cairo for talks on the truce.", "2012-01-27", "", ""},
	})
}
