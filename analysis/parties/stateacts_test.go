package parties_test

import "testing"

// The cases below are written for this test, after the misses of the
// seed-27 blind check: a demonym standing for the state through what the
// state does, named by a noun with a word of its kind before it ("fuel
// cuts", "coalition forces", "dawn raids"), or by a noun of the state's
// acts alone. Each shape is here both ways: beside every case the rule
// finds, a nearby phrase of private actors that must stay no mention.

// stateCutCases: cuts of a state's supplies, spending, benefits or rates
// are the state's acts; cuts of jobs, output or pay are firms'.
var stateCutCases = []agencyCase{
	{"Bakeries in the enclave shut after the Egyptian fuel cuts took hold.", "EG", "Egyptian"},
	{"Pensioners marched against the Greek pension cuts on Monday.", "GR", "Greek"},
	{"Traders had priced in further Indian rate cuts.", "IN", "Indian"},
	{"British spending cuts hit the councils hardest.", "GB", "British"},
	{"The Nigerian fuel subsidy cuts angered drivers.", "NG", "Nigerian"},
	{"Analysts expect more American job cuts this quarter.", "", ""},
	{"Japanese production cuts slowed the car market.", "", ""},
	{"Staff at the plant feared Swedish pay cuts.", "", ""},
	{"The Egyptian fuel traders raised prices.", "", ""},
}

func TestStateCuts(t *testing.T) { runAgencyCases(t, stateCutCases) }

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
