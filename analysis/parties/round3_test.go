package parties_test

import "testing"

// The cases below are written for this test, after the errors of the
// matcher on the round-3 labels of the train split (issue 17). Each rule or
// registry entry is here both ways: a phrase it must match, or must leave
// out, beside a near phrase that must stay as it was.

// round3NameCases: names that hold a country's name or a seat (a strait, a
// dye, a memo, a party, a territory, a portfolio, a tourism board) are no
// mention; the country beside them stays one.
func TestRound3OtherNames(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Two destroyers sailed through the Taiwan Strait on Monday.", "2010-05-02", "", ""},
		{"Tension across the Taiwan Straits eased after the vote.", "2010-05-02", "", ""},
		{"Taiwan protested to Beijing on Monday.", "2010-05-02", "TW,CN", "Taiwan|Beijing"},
		{"Traces of Sudan Red were found in chilli powder.", "2010-05-02", "", ""},
		{"Sudan expelled the aid agencies.", "2010-05-02", "SD", "Sudan"},
		{"The leaked Downing Street memo caused a stir.", "2010-05-02", "", ""},
		{"Downing Street denied the report.", "2010-05-02", "GB", "Downing Street"},
		{"New Zealand First lost its seats in the election.", "2010-05-02", "", ""},
		{"New Zealand sent troops first.", "2010-05-02", "NZ", "New Zealand"},
		{"Tourism New Zealand opened an office in Beijing.", "2010-05-02", "", ""},
		{"Hurricane damage in the US Virgin Islands was heavy.", "2010-05-02", "", ""},
		{"The Indian Affairs department in Ottawa signed the treaty.", "2010-05-02", "", ""},
		{"Pakistan accused Delhi of meddling in Indian affairs of state.", "2010-05-02", "PK,IN", "Pakistan|Delhi"},
	})
}

// Private people, shops and customers after a country word.
func TestRound3PrivateNouns(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"In the survey, US boys did better at maths than US girls.", "2010-05-02", "", ""},
		{"All UK residents will need an identity card.", "2010-05-02", "", ""},
		{"Most United States respondents said no.", "2010-05-02", "", ""},
		{"The film opens in 300 U.S. theaters on Friday.", "2010-05-02", "", ""},
		{"Data on millions held by United States retail stores leaked.", "2010-05-02", "", ""},
		{"The bank froze its UK customer accounts.", "2010-05-02", "", ""},
		{"U.S. businesses are short of workers.", "2010-05-02", "", ""},
		{"Crowds filed past the coffin in the U.S. Capitol.", "2010-05-02", "", ""},
		{"U.S. regulators fined the bank.", "2010-05-02", "US", "U.S."},
		{"The UK government froze the accounts.", "2010-05-02", "GB", "UK"},
	})
}

// A currency written with a space before "$", or a decimal amount that
// closes the sentence before the unit: no mention; a whole number counts
// people, and the country before a dollar word stays out as before.
func TestRound3Currency(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A one-way ticket cost US $49.00 in the sale.", "2010-05-02", "", ""},
		{"The grant is A$5 million (US $3.9 million).", "2010-05-02", "", ""},
		{"The euro closed the week at 1.42 U.S.", "2010-05-02", "", ""},
		{"A court in Madrid issued warrants for 4 U.S.", "2010-05-02", "US", "U.S."},
		{"US aid rose to $5 million.", "2010-05-02", "US", "US"},
	})
}

// Ministers and heads the registry lacked, by their terms, and forms of a
// head's name in another transliteration.
func TestRound3Officials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Sports minister Vitaly Mutko opened the new stadium.", "2010-05-02", "RU", "Vitaly Mutko"},
		{"Vitaly Mutko opened the new stadium.", "2017-05-02", "", ""},
		{"Toshikatsu Matsuoka defended his office expenses.", "2007-01-10", "JP", "Toshikatsu Matsuoka"},
		{"Toshikatsu Matsuoka defended his office expenses.", "2008-01-10", "", ""},
		{"Felipe Pérez Roque met the Spanish envoy in Havana.", "2005-03-10", "CU,ES", "Felipe Pérez Roque|Spanish"},
		{"Mr Pérez won the tennis final.", "2005-03-10", "", ""},
		{"José Antonio Alonso said two suspects were held.", "2005-03-10", "ES", "José Antonio Alonso"},
		{"Fernando Alonso won the race; Mr Alonso was delighted.", "2005-03-10", "", ""},
		{"José Dirceu met the union leaders. Dirceu said little.", "2004-05-10", "BR,BR", "José Dirceu|Dirceu"},
		{"Lee Jae-joung will visit Pyongyang next week.", "2007-05-10", "KR", "Lee Jae-joung"},
		{"Mahmoud Hamoud told reporters that talks would go on.", "2005-01-10", "LB", "Mahmoud Hamoud"},
		{"Shopkeeper Ali Hammoud told reporters that trade was slow.", "2005-01-10", "", ""},
		{"Alexander Lukashenko dismissed the protests.", "2007-05-10", "BY", "Alexander Lukashenko"},
		{"Mikhail Saakashvili spoke in Tbilisi.", "2009-05-10", "GE", "Mikhail Saakashvili"},
		{"Mikhail Saakashvili spoke in Tbilisi.", "2003-05-10", "", ""},
		{"The rebels spurned President Rajapakse's offer.", "2007-05-10", "LK", "Rajapakse"},
		{"Fouad Siniora appealed for a truce.", "2007-05-10", "LB", "Fouad Siniora"},
		{"Abdullah Badawi opened the summit in Kuala Lumpur.", "2007-05-10", "MY", "Abdullah Badawi"},
	})
}

// A woman's honorific before a man's surname names his wife; "Mr" and a
// woman leader's own "Mrs" stay the leader.
func TestRound3Wives(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Mrs. Bush read to the children in Cairo.", "2006-05-10", "", ""},
		{"Ms Blair opened the new hospital wing.", "2006-05-10", "", ""},
		{"Mr. Bush read to the children in Cairo.", "2006-05-10", "US", "Bush"},
		{"Mrs May met the Irish leader in Dublin.", "2018-05-10", "GB,IE", "May|Irish"},
	})
}

// Bodies, names and demonyms the registry lacked.
func TestRound3Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The DoJ dropped the charges.", "2010-05-02", "US", "DoJ"},
		{"The DHS issued a new alert.", "2010-05-02", "US", "DHS"},
		{"TSA screeners found a knife.", "2010-05-02", "US", "TSA"},
		{"DARPA funds the robot arm.", "2010-05-02", "US", "DARPA"},
		{"A GAO audit found waste in the contracts.", "2010-05-02", "US", "GAO"},
		{"Britain and the Irish Republic signed the deal.", "2010-05-02", "GB,IE", "Britain|Irish Republic"},
		{"The Irish Republican Army disarmed.", "2010-05-02", "", ""},
		{"Sanctions on N. Korea were tightened.", "2010-05-02", "KP", "N. Korea"},
		{"The Uzbek authorities closed the border.", "2010-05-02", "UZ", "Uzbek"},
		{"An Uzbek poet read in Tashkent.", "2010-05-02", "", ""},
	})
}

// Rules of the matcher: a capital after a compass word or before a part of
// the city named in four words is a place; a capital forced to act is the
// government, as are "officials of" a capital; a demonym that leads or
// backs is the state; a demonym opening a parenthesis before a colon is a
// language.
func TestRound3Rules(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The shelling hit eastern Kabul's market district.", "2010-05-02", "", ""},
		{"A bomb went off in a village between north Amman and Zarqa.", "2010-05-02", "", ""},
		{"Kabul's decision angered the tribes.", "2010-05-02", "AF", "Kabul"},
		{"Jets struck Beirut's Rafiq Hariri International Airport runway.", "2010-05-02", "", ""},
		{"The sanctions aim to force Pyongyang to scrap its reactor.", "2010-05-02", "KP", "Pyongyang"},
		{"The new rules force Pyongyang traders into the markets.", "2010-05-02", "", ""},
		{"Talks stalled, according to officials of Chisinau.", "2010-05-02", "MD", "Chisinau"},
		{"Talks stalled, according to the mayor of Chisinau.", "2010-05-02", "", ""},
		{"The Kenyan-led force entered the port.", "2010-05-02", "KE", "Kenyan"},
		{"Eritrean-backed militias attacked the town.", "2010-05-02", "ER", "Eritrean"},
		{"The Kenyan-born athlete won gold.", "2010-05-02", "", ""},
		{"He led the People's Party (Spanish: Partido Popular) for years.", "2010-05-02", "", ""},
		{"The prize (Danish and Swedish: Nordisk pris) is given yearly.", "2010-05-02", "", ""},
		{"The talks (Spanish officials said) went well.", "2010-05-02", "ES", "Spanish"},
	})
}

// A country's Red Cross or Red Crescent society, a flag carrier, the mass
// media and a corporation are private; a regulator of a trade is the
// state's.
func TestRound3PrivateAndRegulators(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Kenya Red Cross flew in tents.", "2010-05-02", "", ""},
		{"The Indonesian National Red Crescent sent nurses.", "2010-05-02", "", ""},
		{"The Indonesian national police sent officers.", "2010-05-02", "ID", "Indonesian"},
		{"He flew with the Dutch flag carrier KLM.", "2010-05-02", "", ""},
		{"The Dutch flag flew over the embassy.", "2010-05-02", "NL", "Dutch"},
		{"The story was ignored by the U.S. mass media.", "2010-05-02", "", ""},
		{"Rosneft is a Russian oil corporation.", "2010-05-02", "", ""},
		{"The German food authorities recalled the sausages.", "2010-05-02", "DE", "German"},
		{"The UK and Irish food safety authorities issued lists.", "2010-05-02", "GB,IE", "UK|Irish"},
		{"The German food company recalled the sausages.", "2010-05-02", "", ""},
	})
}

// Names of councils and alliances of a profession, a cause or a party,
// and "Republic of China" inside "People's Republic of China".
func TestRound3OtherNamesOf(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Law Council of Canada opposed the bill.", "2010-05-02", "", ""},
		{"The Health Council of Norway issued a warning.", "2010-05-02", "", ""},
		{"The Green Alliance of Finland won two seats.", "2010-05-02", "", ""},
		{"The Defence Council of Norway met on Monday.", "2010-05-02", "NO", "Norway"},
		{"The premier of the People's Republic of China flew to Oslo.", "2010-05-02", "CN", "People's Republic of China"},
		{"The Republic of China marked its national day.", "2010-05-02", "TW", "Republic of China"},
	})
}

// Demonyms before the state's units, investigations, exit, actions,
// emissaries and radar; a joint committee of two states joined by a
// hyphen; a demonym counted in millions is people; ranks inside an office
// phrase.
func TestRound3StateHeads(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Armenian units shelled the hills.", "2010-05-02", "AM", "Armenian"},
		{"The Armenian unit of the bank made a loss.", "2010-05-02", "", ""},
		{"They asked for an independent Afghan investigation.", "2010-05-02", "AF", "Afghan"},
		{"The Ethiopian exit left a vacuum.", "2010-05-02", "ET", "Ethiopian"},
		{"Turkish actions in the north were condemned.", "2010-05-02", "TR", "Turkish"},
		{"The Qatari emissary carried the note.", "2010-05-02", "QA", "Qatari"},
		{"The jets flew within range of Syrian radar.", "2010-05-02", "SY", "Syrian"},
		{"A joint Indian-Nepali committee will draw the line.", "2010-05-02", "IN,NP", "Indian|Nepali"},
		{"A joint Indian-Nepali film was shot in Pokhara.", "2010-05-02", "", ""},
		{"Up to 2 million Vietnamese fled by sea.", "2010-05-02", "", ""},
		{"The Vietnamese, who had refused, gave in.", "2010-05-02", "VN", "Vietnamese"},
		{"Egyptian Brigadier General Omar Hassan Said said the road was open.", "2010-05-02", "EG,EG", "Egyptian|Omar Hassan Said"},
	})
}
