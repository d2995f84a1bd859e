package parties_test

import "testing"

// The cases below are written for this test, after the seed-194 to
// seed-197 blind checks of the matcher.

// A chamber named by its own name after a country's possessive is its
// legislature, as "parliament" is; the country alone still counts.
func TestSeed194NamedChambers(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The visitor will address Ireland's Dáil on Tuesday.", "2006-05-20", "", ""},
		{"Germany's Bundestag approved the mission on Friday.", "2006-05-20", "", ""},
		{"Ireland will host the visitor on Tuesday.", "2006-05-20", "IE", "Ireland"},
	})
}

// A television series on the race for the presidency is not the White
// House; the health minister of Tunisia in 2018-19, within his term or
// titled in an undated sentence.
func TestSeed194Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The network aired \"Road to the White House\" on Sunday night.", "2007-02-02", "", ""},
		{"The White House aired its views on Sunday night.", "2007-02-02", "US", "White House"},
		{"Health Minister Abderraouf Cherif visited the ward.", "2019-01-15", "TN", "Abderraouf Cherif"},
		{"Health Minister Abderraouf Cherif visited the ward.", "", "TN", "Abderraouf Cherif"},
		{"Abderraouf Cherif visited the ward.", "2021-01-15", "", ""},
	})
}
