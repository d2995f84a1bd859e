package parties_test

import "testing"

// The cases below are written for this test, after the seed-53 blind check
// of the matcher (issue 17).

// A demonym's plural after "the" stands for the state's side ("talks with
// the Iranians"), but not people somewhere or of some kind, a team in a
// sentence about sport, voters, a name's word, or a plural without "the".
func TestPluralDemonyms(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"London insisted it had struck no bargain with the Iranians over the sailors.", "2007-04-05", "GB,IR", "London|Iranians"},
		{"The Russians turned the proposal down within a day.", "2007-04-05", "RU", "Russians"},
		{"Negotiators met the Israelis twice in Cairo.", "2007-04-05", "IL", "Israelis"},
		{"The Americans and the Chinese settled the tariff list late on Monday.", "2014-11-10", "US,CN", "Americans|Chinese"},
		{"Thousands of Iranians queued for bread.", "2007-04-05", "", ""},
		{"The Russians living in Riga protested against the law.", "2007-04-05", "", ""},
		{"The Iranians who left after 1979 kept their language.", "2007-04-05", "", ""},
		{"The Russians beat the hosts 3-1 in the final.", "2007-04-05", "", ""},
		{"The Italians voted against the reform by a wide margin.", "2016-12-05", "", ""},
	})
}

// A personal name after the comma closing "The head of the <body>" is its
// official; the White House's environment council and the nuclear security
// agency are US bodies.
func TestSeed53(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The head of the NNSA, Linton Brooks, stepped down after the breach.", "2007-01-05", "US,US", "NNSA|Linton Brooks"},
		{"The head of the nuclear agency said little.", "2007-01-05", "", ""},
		{"Committee staff asked the Council on Environmental Quality for its drafts.", "2007-02-11", "US", "Council on Environmental Quality"},
		{"The Council of Economic Advisers revised its forecast.", "2012-03-01", "US", "Council of Economic Advisers"},
	})
}
