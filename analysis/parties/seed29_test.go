package parties_test

import "testing"

// The cases below are written for this test, after the errors of the
// seed-29 blind check of the matcher. Each shape is here both ways: beside
// every case the rule or the registry entry finds, a nearby phrase that
// must stay a mention (or stay no mention).

// privateNounCases: a country's name, as a demonym, before private
// employers, traders and makers is no mention; its forces, its economy and
// its ministers stay the state.
var privateNounCases = []agencyCase{
	{"United Kingdom confectioners Rowntree shut a plant in York.", "", ""},
	{"Several US multinationals moved their profits offshore.", "", ""},
	{"U.S. employers shed 240,000 jobs in March.", "", ""},
	{"Canadian employers added jobs last month.", "", ""},
	{"Japanese corporations hoard cash.", "", ""},
	{"British wholesalers raised prices.", "", ""},
	{"US arms dealers sold rifles to both sides.", "", ""},
	{"The deal was struck by Chinese property developers.", "", ""},
	{"US forces entered the town at dawn.", "US", "US"},
	{"The US economy shed 240,000 jobs in March.", "US", "US"},
	{"Canada's labour minister praised employers.", "CA", "Canada"},
	{"US troops joined the multinational force.", "US", "US"},
	{"The United Kingdom said employers must pay the levy.", "GB", "United Kingdom"},
}

func TestSeed29PrivateNouns(t *testing.T) { runAgencyCases(t, privateNounCases) }

// nationalityCases: a person's nationality is no mention, whether
// "national" is the noun ("a Singaporean national of Malaysian birth") or
// the nationality changes between demonyms; "national" before a state's
// word and a state that grants or strips citizenship stay the state.
var nationalityCases = []agencyCase{
	{"Dana Lim, a Singaporean national of Malaysian birth, was charged.", "", ""},
	{"The Chinese national was freed on bail.", "", ""},
	{"He is a British national.", "", ""},
	{"He changed his nationality from American to British.", "", ""},
	{"She switched her citizenship from Canadian to Swiss in 2004.", "", ""},
	{"The Russian national security adviser flew to Delhi.", "RU", "Russian"},
	{"The Chinese national government rejected the plan.", "CN", "Chinese"},
	{"Britain stripped him of his citizenship.", "GB", "Britain"},
	{"He changed his mind after talks with the British.", "GB", "British"},
	{"The new citizenship law angered the French, who protested.", "FR", "French"},
}

func TestSeed29Nationality(t *testing.T) { runAgencyCases(t, nationalityCases) }
