package parties_test

import "testing"

// The cases below are written for this test, after the misses of the
// seed-27 blind check: a demonym standing for the state through what the
// state does, named by a noun with a word of its kind before it ("fuel
// cuts", "coalition forces", "dawn raids"), or by a noun of the state's
// acts alone. Each shape is here both ways: beside every case the rule
// finds, a nearby phrase of private actors that must stay no mention.

// stateActNounCases: a demonym right before a deployment, an annexation,
// restrictions, a refusal or recognition is the state acting; another
// word between makes the noun someone else's ("facial recognition"), and
// deportations, which after a demonym name their victims as often as
// their authors ("the Armenian deportations"), are left out.
var stateActNounCases = []agencyCase{
	{"The Canadian deployment to Kandahar was extended.", "CA", "Canadian"},
	{"Western capitals rejected the Russian annexation of the peninsula.", "RU", "Russian"},
	{"Exporters complained about Chinese restrictions on rare earths.", "CN", "Chinese"},
	{"The Iranian refusal to admit inspectors drew a rebuke.", "IR", "Iranian"},
	{"The breakaway region still seeks Spanish recognition.", "ES", "Spanish"},
	{"Chinese facial recognition cameras watched the square.", "", ""},
	{"Survivors recalled the Armenian deportations of 1915.", "", ""},
	{"The Canadian software deployment ran late.", "", ""},
}

func TestStateActNouns(t *testing.T) { runAgencyCases(t, stateActNounCases) }
