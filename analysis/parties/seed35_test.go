package parties_test

import "testing"

// The cases below are written for this test, after the misses of the
// seed-35 blind check of the matcher (issue 17). Each rule or registry
// entry is here both ways: beside every phrase it finds, a near phrase
// that must stay as it was.

// An organisation's representatives and parliament are its own, where a
// country's are its legislators; a demonym's republic is a place in the
// country, as its provinces are; a state's travel advisory is its act;
// and Australia's immigration department of 2001-06 by its initials.
func TestSeed35Rules(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Aid was announced by the EU Representative in Niamey.", "2007-07-01", "EU", "EU"},
		{"Aid was announced by the US Representative from Ohio.", "2007-07-01", "", ""},
		{"The bill went back to the EU parliament.", "2007-07-01", "EU", "EU"},
		{"Most EU citizens voted in the referendum.", "2007-07-01", "", ""},
		{"Shots were fired in the southern Russian republic of Ingushetia.", "2007-07-01", "RU", "Russian"},
		{"The Czech Republic rejected the plan.", "2007-07-01", "CZ", "Czech Republic"},
		{"The tourists ignored a Canadian advisory against the trip.", "2007-07-01", "CA", "Canadian"},
		{"The tourists ignored a Canadian guide on the trip.", "2007-07-01", "", ""},
		{"DIMIA said the detainees would be moved.", "2005-07-01", "AU", "DIMIA"},
	})
}
