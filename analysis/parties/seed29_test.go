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

// firmNameCases: a country's name or demonym inside the name of an
// airline, a trade unions' council or a business leaders' forum is no
// mention; the state's air force, a state's own council and two states
// joined by "and" stay mentions.
var firmNameCases = []agencyCase{
	{"Norwegian Air Shuttle cut its fares to Bangkok.", "", ""},
	{"Shares in Norwegian Air fell sharply.", "", ""},
	{"The New Zealand Council of Trade Unions opposed the bill.", "", ""},
	{"The Canada Council of Trade Unions backed the strike.", "", ""},
	{"The Australia New Zealand Leadership Forum held its yearly meeting in Sydney.", "", ""},
	{"The New Zealand Leadership Forum held its yearly meeting in Sydney.", "", ""},
	{"The Norwegian Air Force sent two jets.", "NO", "Norwegian"},
	{"The Indian Air Chief Marshal visited the base.", "IN", "Indian"},
	{"The New Zealand Defence Force held its yearly exercise in Waiouru.", "NZ", "New Zealand Defence Force"},
	{"The New Zealand government opposed the bill.", "NZ", "New Zealand"},
	{"Australia and New Zealand signed the pact after weeks of talks.", "AU,NZ", "Australia|New Zealand"},
	{"The Australia New Zealand Army Corps landed at Gallipoli in April 1915.", "AU,NZ", "Australia|New Zealand"},
	{"Australia New Zealand troops landed.", "AU,NZ", "Australia|New Zealand"},
	// A tag line before the sentence repeats the name.
	{"Canada Canada Green Party won two seats in the vote on Monday.", "CA", "Canada"},
}

func TestSeed29FirmNames(t *testing.T) { runAgencyCases(t, firmNameCases) }

// tradedArmsCases: a demonym before arms bought, sold or smuggled names
// goods of that origin, no mention; the state's deliveries, its weapons
// used or aimed and its own sales stay the state.
var tradedArmsCases = []agencyCase{
	{"Police broke up the illegal sale of Russian weapons to gangs.", "", ""},
	{"Customs seized smuggled Chinese missiles at the port.", "", ""},
	{"The ring dealt in the trafficking of Israeli drones.", "", ""},
	{"Militias bought Iranian rockets on the black market.", "", ""},
	{"Russian weapons deliveries to the rebels continued.", "RU", "Russian"},
	{"The rebels were hit by Russian weapons.", "RU", "Russian"},
	{"The sale of tanks angered Russian officials.", "RU", "Russian"},
	{"Inspectors counted Iranian missiles at the site.", "IR", "Iranian"},
}

func TestSeed29TradedArms(t *testing.T) { runAgencyCases(t, tradedArmsCases) }

// commonwealthCases: before the federal government's land, property,
// agencies and laws, "Commonwealth" is Australia's federal government,
// not the Commonwealth of Nations; its leaders, its countries and its
// secretariat stay the Commonwealth.
var commonwealthCases = []agencyCase{
	{"The Commonwealth land beside the harbour will be sold to developers.", "", ""},
	{"Two Commonwealth agencies will move to the regions.", "", ""},
	{"The plant was built on Commonwealth property.", "", ""},
	{"Commonwealth laws override the state's.", "", ""},
	{"Commonwealth leaders met in Kampala.", "CWEALTH", "Commonwealth"},
	{"Fiji was suspended from the Commonwealth in 2009.", "FJ,CWEALTH", "Fiji|Commonwealth"},
	{"Most Commonwealth countries backed the motion.", "CWEALTH", "Commonwealth"},
	{"The Commonwealth Secretariat sent observers.", "CWEALTH", "Commonwealth Secretariat"},
}

func TestSeed29Commonwealth(t *testing.T) { runAgencyCases(t, commonwealthCases) }

// africanUnionCases: "AU" is the African Union in a sentence with an
// African context, and "Africa Union" is a spelling of its name; "AU" with
// no such context, in an Australian one, as a currency or in a firm's
// name stays no mention.
var africanUnionCases = []agencyCase{
	{"He asked the chair of the AU (Africa Union) to step in.", "AUNION,AUNION", "AU|Africa Union"},
	{"The AU (African Union) sent observers.", "AUNION,AUNION", "AU|African Union"},
	{"AU troops in Darfur were attacked on Sunday.", "AUNION", "AU"},
	{"Kenya's envoy to the AU said the troops would be paid.", "KE,AUNION", "Kenya|AU"},
	{"The Africa Union opened its summit.", "AUNION", "Africa Union"},
	{"The AU said the talks had stalled.", "", ""},
	{"Tourism in NZ and AU rose, with South Africa close behind.", "ZA", "South Africa"},
	{"The Ghanaian firm paid AU$40m for the mine.", "", ""},
	{"AU Optronics opened a plant in Egypt.", "EG", "Egypt"},
}

func TestSeed29AfricanUnion(t *testing.T) { runAgencyCases(t, africanUnionCases) }

// locatedPlaceCases: a demonym before villages, towns, cities or regions in the
// plural locates places in the country, a mention (adjudication decision
// 1 of the labels); the singular that names one place ("the Israeli town
// of Sderot"), which the train labels read both ways, stays no mention, as
// do a name before "City" and a city's own things.
var locatedPlaceCases = []agencyCase{
	{"Troops were occupying 13 Georgian villages near the border.", "GE", "Georgian"},
	{"Rockets fell on Israeli towns overnight.", "IL", "Israeli"},
	{"Protests spread to several Greek cities.", "GR", "Greek"},
	{"Floods hit the southern Russian regions hardest.", "RU", "Russian"},
	{"Thirty US cities joined the protest.", "US", "US"},
	{"The mayor of the Israeli town of Sderot resigned.", "", ""},
	{"A Syrian village was shelled.", "", ""},
	{"The CBK warned lenders in Kuwait City about card fees.", "", ""},
	{"The Chinese city council met.", "", ""},
}

func TestSeed29Places(t *testing.T) { runAgencyCases(t, locatedPlaceCases) }

// epithetCases: "the Zionist entity" and "the Zionist regime" name Israel;
// the Zionist movement, Zionist settlers and a lower-case "zionist regime"
// are not the state.
var epithetCases = []agencyCase{
	{"The group vowed to fight the Zionist entity until the end.", "IL", "Zionist entity"},
	{"Tehran accused the Zionist regime of sabotage.", "IR,IL", "Tehran|Zionist regime"},
	{"The Zionist regime's jets struck the port.", "IL", "Zionist regime"},
	{"The Zionist movement held its first congress in Basel.", "", ""},
	{"Zionist settlers bought the land in the 1920s.", "", ""},
	{"The speech attacked the zionist regime at length.", "", ""},
}

func TestSeed29Epithets(t *testing.T) { runAgencyCases(t, epithetCases) }
