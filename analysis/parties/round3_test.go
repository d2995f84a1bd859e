package parties_test

import "testing"

// The cases below are written for this test, after the errors of the
// matcher on the round-3 labels of the train split (issue 17). Each rule or
// registry entry is here both ways: a phrase it must match, or must leave
// out, beside a near phrase that must stay as it was.

type round3Case struct {
	date, sentence, want, surfaces string
}

func runRound3(t *testing.T, cases []round3Case) {
	t.Helper()
	_, m := defaultMatcher(t)
	for _, c := range cases {
		checkPartiesSurfaces(t, m, c.sentence, c.date, c.want, c.surfaces)
	}
}

// round3NameCases: names that hold a country's name or a seat (a strait, a
// dye, a memo, a party, a territory, a portfolio, a tourism board) are no
// mention; the country beside them stays one.
func TestRound3OtherNames(t *testing.T) {
	runRound3(t, []round3Case{
		{"2010-05-02", "Two destroyers sailed through the Taiwan Strait on Monday.", "", ""},
		{"2010-05-02", "Tension across the Taiwan Straits eased after the vote.", "", ""},
		{"2010-05-02", "Taiwan protested to Beijing on Monday.", "TW,CN", "Taiwan|Beijing"},
		{"2010-05-02", "Traces of Sudan Red were found in chilli powder.", "", ""},
		{"2010-05-02", "Sudan expelled the aid agencies.", "SD", "Sudan"},
		{"2010-05-02", "The leaked Downing Street memo caused a stir.", "", ""},
		{"2010-05-02", "Downing Street denied the report.", "GB", "Downing Street"},
		{"2010-05-02", "New Zealand First lost its seats in the election.", "", ""},
		{"2010-05-02", "New Zealand sent troops first.", "NZ", "New Zealand"},
		{"2010-05-02", "Tourism New Zealand opened an office in Beijing.", "", ""},
		{"2010-05-02", "Hurricane damage in the US Virgin Islands was heavy.", "", ""},
		{"2010-05-02", "The Indian Affairs department in Ottawa signed the treaty.", "", ""},
		{"2010-05-02", "Pakistan accused Delhi of meddling in Indian affairs of state.", "PK,IN", "Pakistan|Delhi"},
	})
}

// Private people, shops and customers after a country word.
func TestRound3PrivateNouns(t *testing.T) {
	runRound3(t, []round3Case{
		{"2010-05-02", "In the survey, US boys did better at maths than US girls.", "", ""},
		{"2010-05-02", "All UK residents will need an identity card.", "", ""},
		{"2010-05-02", "Most United States respondents said no.", "", ""},
		{"2010-05-02", "The film opens in 300 U.S. theaters on Friday.", "", ""},
		{"2010-05-02", "Data on millions held by United States retail stores leaked.", "", ""},
		{"2010-05-02", "The bank froze its UK customer accounts.", "", ""},
		{"2010-05-02", "U.S. businesses are short of workers.", "", ""},
		{"2010-05-02", "Crowds filed past the coffin in the U.S. Capitol.", "", ""},
		{"2010-05-02", "U.S. regulators fined the bank.", "US", "U.S."},
		{"2010-05-02", "The UK government froze the accounts.", "GB", "UK"},
	})
}

// A currency written with a space before "$", or a decimal amount that
// closes the sentence before the unit: no mention; a whole number counts
// people, and the country before a dollar word stays out as before.
func TestRound3Currency(t *testing.T) {
	runRound3(t, []round3Case{
		{"2010-05-02", "A one-way ticket cost US $49.00 in the sale.", "", ""},
		{"2010-05-02", "The grant is A$5 million (US $3.9 million).", "", ""},
		{"2010-05-02", "The euro closed the week at 1.42 U.S.", "", ""},
		{"2010-05-02", "A court in Madrid issued warrants for 4 U.S.", "US", "U.S."},
		{"2010-05-02", "US aid rose to $5 million.", "US", "US"},
	})
}

// Ministers and heads the registry lacked, by their terms, and forms of a
// head's name in another transliteration.
func TestRound3Officials(t *testing.T) {
	runRound3(t, []round3Case{
		{"2010-05-02", "Sports minister Vitaly Mutko opened the new stadium.", "RU", "Vitaly Mutko"},
		{"2017-05-02", "Vitaly Mutko opened the new stadium.", "", ""},
		{"2007-01-10", "Toshikatsu Matsuoka defended his office expenses.", "JP", "Toshikatsu Matsuoka"},
		{"2008-01-10", "Toshikatsu Matsuoka defended his office expenses.", "", ""},
		{"2005-03-10", "Felipe Pérez Roque met the Spanish envoy in Havana.", "CU,ES", "Felipe Pérez Roque|Spanish"},
		{"2005-03-10", "Mr Pérez won the tennis final.", "", ""},
		{"2005-03-10", "José Antonio Alonso said two suspects were held.", "ES", "José Antonio Alonso"},
		{"2005-03-10", "Fernando Alonso won the race; Mr Alonso was delighted.", "", ""},
		{"2004-05-10", "José Dirceu met the union leaders. Dirceu said little.", "BR,BR", "José Dirceu|Dirceu"},
		{"2007-05-10", "Lee Jae-joung will visit Pyongyang next week.", "KR", "Lee Jae-joung"},
		{"2005-01-10", "Mahmoud Hamoud told reporters that talks would go on.", "LB", "Mahmoud Hamoud"},
		{"2005-01-10", "Shopkeeper Ali Hammoud told reporters that trade was slow.", "", ""},
		{"2007-05-10", "Alexander Lukashenko dismissed the protests.", "BY", "Alexander Lukashenko"},
		{"2009-05-10", "Mikhail Saakashvili spoke in Tbilisi.", "GE", "Mikhail Saakashvili"},
		{"2003-05-10", "Mikhail Saakashvili spoke in Tbilisi.", "", ""},
		{"2007-05-10", "The rebels spurned President Rajapakse's offer.", "LK", "Rajapakse"},
		{"2007-05-10", "Fouad Siniora appealed for a truce.", "LB", "Fouad Siniora"},
		{"2007-05-10", "Abdullah Badawi opened the summit in Kuala Lumpur.", "MY", "Abdullah Badawi"},
	})
}

// A woman's honorific before a man's surname names his wife; "Mr" and a
// woman leader's own "Mrs" stay the leader.
func TestRound3Wives(t *testing.T) {
	runRound3(t, []round3Case{
		{"2006-05-10", "Mrs. Bush read to the children in Cairo.", "", ""},
		{"2006-05-10", "Ms Blair opened the new hospital wing.", "", ""},
		{"2006-05-10", "Mr. Bush read to the children in Cairo.", "US", "Bush"},
		{"2018-05-10", "Mrs May met the Irish leader in Dublin.", "GB,IE", "May|Irish"},
	})
}

// Bodies, names and demonyms the registry lacked.
func TestRound3Registry(t *testing.T) {
	runRound3(t, []round3Case{
		{"2010-05-02", "The DoJ dropped the charges.", "US", "DoJ"},
		{"2010-05-02", "The DHS issued a new alert.", "US", "DHS"},
		{"2010-05-02", "TSA screeners found a knife.", "US", "TSA"},
		{"2010-05-02", "DARPA funds the robot arm.", "US", "DARPA"},
		{"2010-05-02", "A GAO audit found waste in the contracts.", "US", "GAO"},
		{"2010-05-02", "Britain and the Irish Republic signed the deal.", "GB,IE", "Britain|Irish Republic"},
		{"2010-05-02", "The Irish Republican Army disarmed.", "", ""},
		{"2010-05-02", "Sanctions on N. Korea were tightened.", "KP", "N. Korea"},
		{"2010-05-02", "The Uzbek authorities closed the border.", "UZ", "Uzbek"},
		{"2010-05-02", "An Uzbek poet read in Tashkent.", "", ""},
	})
}

// Rules of the matcher: a capital after a compass word or before a part of
// the city named in four words is a place; a capital forced to act is the
// government, as are "officials of" a capital; a demonym that leads or
// backs is the state; a demonym opening a parenthesis before a colon is a
// language.
func TestRound3Rules(t *testing.T) {
	runRound3(t, []round3Case{
		{"2010-05-02", "The shelling hit eastern Kabul's market district.", "", ""},
		{"2010-05-02", "A bomb went off in a village between north Amman and Zarqa.", "", ""},
		{"2010-05-02", "Kabul's decision angered the tribes.", "AF", "Kabul"},
		{"2010-05-02", "Jets struck Beirut's Rafiq Hariri International Airport runway.", "", ""},
		{"2010-05-02", "The sanctions aim to force Pyongyang to scrap its reactor.", "KP", "Pyongyang"},
		{"2010-05-02", "The new rules force Pyongyang traders into the markets.", "", ""},
		{"2010-05-02", "Talks stalled, according to officials of Chisinau.", "MD", "Chisinau"},
		{"2010-05-02", "Talks stalled, according to the mayor of Chisinau.", "", ""},
		{"2010-05-02", "The Kenyan-led force entered the port.", "KE", "Kenyan"},
		{"2010-05-02", "Eritrean-backed militias attacked the town.", "ER", "Eritrean"},
		{"2010-05-02", "The Kenyan-born athlete won gold.", "", ""},
		{"2010-05-02", "He led the People's Party (Spanish: Partido Popular) for years.", "", ""},
		{"2010-05-02", "The prize (Danish and Swedish: Nordisk pris) is given yearly.", "", ""},
		{"2010-05-02", "The talks (Spanish officials said) went well.", "ES", "Spanish"},
	})
}

// A country's Red Cross or Red Crescent society, a flag carrier, the mass
// media and a corporation are private; a regulator of a trade is the
// state's.
func TestRound3PrivateAndRegulators(t *testing.T) {
	runRound3(t, []round3Case{
		{"2010-05-02", "The Kenya Red Cross flew in tents.", "", ""},
		{"2010-05-02", "The Indonesian National Red Crescent sent nurses.", "", ""},
		{"2010-05-02", "The Indonesian national police sent officers.", "ID", "Indonesian"},
		{"2010-05-02", "He flew with the Dutch flag carrier KLM.", "", ""},
		{"2010-05-02", "The Dutch flag flew over the embassy.", "NL", "Dutch"},
		{"2010-05-02", "The story was ignored by the U.S. mass media.", "", ""},
		{"2010-05-02", "Rosneft is a Russian oil corporation.", "", ""},
		{"2010-05-02", "The German food authorities recalled the sausages.", "DE", "German"},
		{"2010-05-02", "The UK and Irish food safety authorities issued lists.", "GB,IE", "UK|Irish"},
		{"2010-05-02", "The German food company recalled the sausages.", "", ""},
	})
}

// Names of councils and alliances of a profession, a cause or a party,
// and "Republic of China" inside "People's Republic of China".
func TestRound3OtherNamesOf(t *testing.T) {
	runRound3(t, []round3Case{
		{"2010-05-02", "The Law Council of Canada opposed the bill.", "", ""},
		{"2010-05-02", "The Health Council of Norway issued a warning.", "", ""},
		{"2010-05-02", "The Green Alliance of Finland won two seats.", "", ""},
		{"2010-05-02", "The Defence Council of Norway met on Monday.", "NO", "Norway"},
		{"2010-05-02", "The premier of the People's Republic of China flew to Oslo.", "CN", "People's Republic of China"},
		{"2010-05-02", "The Republic of China marked its national day.", "TW", "Republic of China"},
	})
}

// Demonyms before the state's units, investigations, exit, actions,
// emissaries and radar; a joint committee of two states joined by a
// hyphen; a demonym counted in millions is people; ranks inside an office
// phrase.
func TestRound3StateHeads(t *testing.T) {
	runRound3(t, []round3Case{
		{"2010-05-02", "Armenian units shelled the hills.", "AM", "Armenian"},
		{"2010-05-02", "The Armenian unit of the bank made a loss.", "", ""},
		{"2010-05-02", "They asked for an independent Afghan investigation.", "AF", "Afghan"},
		{"2010-05-02", "The Ethiopian exit left a vacuum.", "ET", "Ethiopian"},
		{"2010-05-02", "Turkish actions in the north were condemned.", "TR", "Turkish"},
		{"2010-05-02", "The Qatari emissary carried the note.", "QA", "Qatari"},
		{"2010-05-02", "The jets flew within range of Syrian radar.", "SY", "Syrian"},
		{"2010-05-02", "A joint Indian-Nepali committee will draw the line.", "IN,NP", "Indian|Nepali"},
		{"2010-05-02", "A joint Indian-Nepali film was shot in Pokhara.", "", ""},
		{"2010-05-02", "Up to 2 million Vietnamese fled by sea.", "", ""},
		{"2010-05-02", "The Vietnamese, who had refused, gave in.", "VN", "Vietnamese"},
		{"2010-05-02", "Egyptian Brigadier General Omar Hassan Said said the road was open.", "EG,EG", "Egyptian|Omar Hassan Said"},
	})
}
