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

// stateForceCases: a demonym before a kind of state force ("coalition",
// "special", "ground", "elite") and a word of forces, or coordinated with
// such a force ("Afghan and coalition forces"), is the state's forces;
// rebels, militias, tribes and markets are not the state, nor are the
// coordinated demonyms' people ("Kenyan and foreign nationals"). A coalition
// government is the state; coalition talks and partners are parties'.
var stateForceCases = []agencyCase{
	{"Iraqi coalition troops secured the bridge at first light.", "IQ", "Iraqi"},
	{"Afghan special forces freed two hostages in the night.", "AF", "Afghan"},
	{"Israeli ground troops crossed the fence overnight.", "IL", "Israeli"},
	{"Iraqi elite units stormed the building.", "IQ", "Iraqi"},
	{"Fijian peacekeeping troops left the buffer zone.", "FJ", "Fijian"},
	{"Afghan and coalition forces cleared the village.", "AF", "Afghan"},
	{"Iraqi and international troops guarded the polling stations.", "IQ", "Iraqi"},
	{"Syrian rebel forces took the airbase.", "", ""},
	{"Libyan opposition forces entered the city.", "", ""},
	{"Afghan and tribal fighters held the ridge.", "", ""},
	{"Chinese market forces pushed prices up.", "", ""},
	{"Iraqi and coalition officials met the tribal elders.", "IQ", "Iraqi"},
	{"Iraqi and coalition supporters met the tribal elders.", "", ""},
	{"The blast hurt dozens of Kenyan and foreign nationals.", "", ""},
	{"The blast hurt dozens of Kenyan and British nationals.", "", ""},
	{"The Israeli coalition government survived the vote.", "IL", "Israeli"},
	{"German coalition talks dragged into a third week.", "", ""},
	{"Israeli coalition partners threatened to quit.", "", ""},
}

func TestStateForces(t *testing.T) { runAgencyCases(t, stateForceCases) }

// stateRaidCases: raids, strikes and offensives named by their time, their
// means or their aim ("dawn raids", "cross-border raids", "retaliatory
// strikes", "a ground offensive") are the state's forces acting; a
// general strike, a rail strike and a dock strike are workers'.
var stateRaidCases = []agencyCase{
	{"Israeli dawn raids on the camp left three dead.", "IL", "Israeli"},
	{"Turkish cross-border raids targeted rebel bases.", "TR", "Turkish"},
	{"Saudi retaliatory strikes hit the port.", "SA", "Saudi"},
	{"The Ethiopian ground offensive reached the town.", "ET", "Ethiopian"},
	{"Indian commando raids freed the hostages.", "IN", "Indian"},
	{"An Israeli land invasion looked likely.", "IL", "Israeli"},
	{"A Russian ground attack on the town failed.", "RU", "Russian"},
	{"A French general strike shut the ports.", "", ""},
	{"Italian rail strikes stranded travellers.", "", ""},
	{"Argentine dock strikes halted exports.", "", ""},
	{"Turkish cross-border smuggling rose.", "", ""},
	{"A French general warned the rebels.", "FR", "French"},
}

func TestStateRaids(t *testing.T) { runAgencyCases(t, stateRaidCases) }

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

// tagLineCases: a country's name in lower case that opens the text, before
// the first sentence's capitalised word, is a tag naming the country
// (the Wikinews pool has them); a lower-case name anywhere else, or
// before a lower-case word, stays a common noun.
var tagLineCases = []agencyCase{
	{"greece Two small bombs went off overnight in the capital.", "GR", "greece"},
	{"japan On Monday the cabinet approved the budget.", "JP", "japan"},
	{"turkey and stuffing were served at noon.", "", ""},
	{"They served turkey On Monday.", "", ""},
	{"A greece Two label was found.", "", ""},
}

func TestTagLines(t *testing.T) { runAgencyCases(t, tagLineCases) }
