package parties_test

import "testing"

// The cases below are written for this test, after the seed-120 and
// seed-121 blind checks of the matcher (issue 17).

// Initials after a country's name that the registry does not list are
// another body's or a private one's; the state's agencies, its economy's
// figures and its weapons stay the state's.
func TestSeed120Initials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The studio sued on behalf of the U.S. RIAA last week.", "2007-04-02", "", ""},
		{"The network bid for the US NFL rights again.", "2007-04-02", "", ""},
		{"The firm plans a US IPO next spring.", "2007-04-02", "", ""},
		{"The studio sued on behalf of the U.S. FDA last week.", "2007-04-02", "US,US", "U.S.|FDA"},
		{"The contract went to the US DOD last week.", "2007-04-02", "US", "US"},
		{"A memo from the UK FCO leaked last week.", "2007-04-02", "GB", "UK"},
		{"Figures showed U.S. GDP shrank by 2% in the quarter.", "2007-04-02", "US", "U.S."},
		{"The panel studied the Iran WMD claims.", "2007-04-02", "IR", "Iran"},
		{"The RETRACTED RUSSIA STORY ran on Monday.", "2017-07-01", "RU", "RUSSIA"},
	})
}

// A war's name between the country and its veterans is the war's: the
// veterans are private people.
func TestSeed120WarVeterans(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Only two remaining UK WWI veterans attended the parade.", "2008-11-11", "", ""},
		{"Several US World War II veterans attended the parade.", "2008-11-11", "", ""},
		{"Several US war veterans attended the parade.", "2008-11-11", "", ""},
		{"Several US Army officers attended the parade.", "2008-11-11", "US", "US"},
		{"He served as the UK veterans minister.", "2008-11-11", "GB", "UK"},
		{"A decorated Iraq War veteran attended the parade.", "2008-11-11", "IQ", "Iraq"},
	})
}

// A sport's gerund before a country's name at the start of a sentence, a
// station, a firm's subsidiary, an organisation's traders, products and a
// custom are not the state.
func TestSeed120Names(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Cycling Canada, which picks the team, named six riders.", "2008-05-01", "", ""},
		{"Swimming Australia said the trials would go ahead.", "2008-05-01", "", ""},
		{"Invading Iraq, the senator said, was a mistake.", "2008-05-01", "IQ", "Iraq"},
		{"The shuttle stops at Jamaica Sta. before the airport.", "2008-05-01", "", ""},
		{"Jamaica stopped the shuttle before the airport.", "2008-05-01", "JM", "Jamaica"},
		{"The guards work for Securitas, a subsidiary of Garda.", "2008-05-01", "", ""},
		{"A spokesman for the Garda said the guards were arrested.", "2008-05-01", "IE", "Garda"},
		{"EU exporters and Indian buyers asked for lower tariffs.", "2008-05-01", "", ""},
		{"EU officials and Indian buyers asked for lower tariffs.", "2008-05-01", "EU", "EU"},
		{"The jets are made mostly from US components.", "2008-05-01", "", ""},
		{"The deal relies on French technology and Russian money.", "2008-05-01", "", ""},
		{"Congress blocked the sale, which included U.S. technology.", "2008-05-01", "", ""},
		{"Congress blocked the sale under U.S. technology rules.", "2008-05-01", "US", "U.S."},
		{"It follows the UK culinary tradition of a Sunday roast.", "2008-05-01", "", ""},
		{"It is UK practice for ministers to answer questions.", "2008-05-01", "GB", "UK"},
	})
}

// One of a country's states is a place; the state's own media and a
// state of the country named after "of" stay mentions.
func TestSeed120Substates(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Oregon became the first U.S. state to ban the pesticide.", "2009-05-01", "", ""},
		{"The law makes it the only US state that taxes bread.", "2009-05-01", "", ""},
		{"The US state of Ohio banned the pesticide.", "2009-05-01", "US", "US"},
		{"Officials in Iraq state that the road is open.", "2009-05-01", "IQ", "Iraq"},
	})
}

// A title of a review that names the country's economy is the title.
func TestSeed120ReviewTitle(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The bank cited its annual Review of the Canadian Economy.", "2006-05-01", "", ""},
		{"The bank cited its annual review of the Canadian economy.", "2006-05-01", "CA", "Canadian"},
	})
}

// A leader whom a sentence has succeeded or replaced is their predecessor,
// out of the office the sentence speaks of; one who will be succeeded is
// still in office.
func TestSeed120Predecessors(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Robert Gates succeeds Donald Rumsfeld at the Pentagon.", "2006-12-18", "US,US", "Robert Gates|Pentagon"},
		{"Robert Gates replaced Donald Rumsfeld at the Pentagon.", "2006-12-18", "US,US", "Robert Gates|Pentagon"},
		{"Robert Gates will succeed Donald Rumsfeld at the Pentagon.", "2006-12-08", "US,US", "Donald Rumsfeld|Pentagon"},
		{"Donald Rumsfeld left the Pentagon.", "2006-12-18", "US,US", "Donald Rumsfeld|Pentagon"},
	})
}

// In undated text, a holder after "the firing of" and the like has lost
// the office; a call for the firing leaves them in it.
func TestSeed120Removed(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The dismissal of FBI Director James Comey shocked Washington.", "", "US", "FBI"},
		{"Critics demanded the firing of FBI Director James Comey.", "", "US,US", "FBI|James Comey"},
		{"The sacking of Health Secretary Tomas Verlaine was announced by the US government.", "", "US", "US"},
		{"Health Secretary Tomas Verlaine was praised by the US government.", "", "US", "US"},
		{"The ouster of President Mohamed Morsi divided Egypt.", "", "EG", "Egypt"},
		{"President Mohamed Morsi divided Egypt.", "", "EG,EG", "Mohamed Morsi|Egypt"},
	})
}

// "Mr" before a woman leader's surname is a man; "Mrs" and "Ms" name her,
// and "Mr" a man leader.
func TestSeed120WomenLeaders(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Mr Clark told the court he was innocent.", "2005-06-01", "", ""},
		{"Ms Clark told the conference she was confident.", "2005-06-01", "NZ", "Clark"},
		{"Mr May told the court he was innocent.", "2017-06-01", "", ""},
		{"Mrs May told the conference she was confident.", "2017-06-01", "GB", "May"},
		{"Mr Rudd told the conference he was confident.", "2008-06-01", "AU", "Rudd"},
	})
}

// An adviser's or an envoy's portfolio "for" a country is not that
// country's office; an organisation's office with its portfolio's place
// ("WHO Regional Director for Africa") is the organisation's.
// Since seed 154 a country after an envoy's "for" is no mention either
// (postedFor); an adviser's portfolio keeps it.
func TestSeed120Portfolios(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Tomas Verlaine, the deputy adviser for Iraq and Syria, said the plan was working.", "2006-03-01", "IQ,SY", "Iraq|Syria"},
		{"Tomas Verlaine, the special envoy for Sudan, said the plan was working.", "2006-03-01", "", ""},
		{"Tomas Verlaine, a spokesman for Israel, said the plan was working.", "2006-03-01", "IL,IL", "Tomas Verlaine|Israel"},
		{"Tomas Verlaine, the UN envoy for Iraq, said the plan was working.", "2006-03-01", "UN,UN", "Tomas Verlaine|UN"},
		{"The outbreak is over, said WHO Regional Director for Europe Tomas Verlaine on Monday.", "2008-06-01", "WHO,WHO", "WHO|Tomas Verlaine"},
		{"The outbreak is over, said WHO spokesman Tomas Verlaine on Monday.", "2008-06-01", "WHO,WHO", "WHO|Tomas Verlaine"},
		{"The talks were led by UN Special Envoy for the Middle East Tomas Verlaine, who arrived on Monday.", "2008-06-01", "UN,UN", "UN|Tomas Verlaine"},
		{"The talks were led by UN Special Envoy for Syria Tomas Verlaine, who arrived on Monday.", "2008-06-01", "UN,UN", "UN|Tomas Verlaine"},
		{"Chile's Assistant Secretary for Pacific Islands Ana Ruiz spoke to reporters about the new rules.", "2011-03-02", "CL", "Chile"},
	})
}

// "The North" is North Korea in a sentence about the Koreas, and nothing
// in a longer name or beside another land with a north.
func TestSeed120North(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Seoul asked the North to return to the six-party talks.", "2008-09-25", "KR,KP", "Seoul|North"},
		{"North and South Korea agreed to reopen the rail link.", "2007-05-17", "KP,KR", "North|South Korea"},
		{"Pyongyang said the North would test no more missiles.", "2008-09-25", "KP,KP", "Pyongyang|North"},
		{"Voters in the North rejected the deal, the Irish minister said.", "2008-09-25", "IE", "Irish"},
		{"The North Korean envoy met the South Korean minister.", "2008-09-25", "KP,KR", "North Korean|South Korean"},
		{"The North voted for the party, a Korean-American analyst said.", "2008-09-25", "KP", "North"},
		{"The North Pole expedition left in May.", "2008-09-25", "", ""},
		{"The North won the war, the historian said.", "2008-09-25", "", ""},
	})
}

// Office holders and a body the registry lacked.
func TestSeed120Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Lord Goldsmith, the Attorney General, defended the advice.", "2005-03-01", "GB", "Goldsmith"},
		{"Lord Goldsmith defended the advice.", "2009-03-01", "", ""},
		{"Mr Goldsmith defended the advice.", "2005-03-01", "", ""},
		{"\"The audit is complete,\" said spokesman Stephane Dujarric.", "2006-04-02", "UN", "Stephane Dujarric"},
		{"Dujarric said the audit was complete.", "2016-04-02", "UN", "Dujarric"},
		{"Dujarric said the audit was complete.", "2010-04-02", "", ""},
		{"Prosecutor Patrick Fitzgerald filed the charges.", "2007-02-01", "US", "Patrick Fitzgerald"},
		{"Fitzgerald filed the charges.", "2007-02-01", "", ""},
		{"Patrick Fitzgerald filed the charges.", "2013-02-01", "", ""},
		{"The Department of the Interior and Local Government ordered the audit.", "2006-10-17", "PH", "Department of the Interior and Local Government"},
		{"The DILG ordered the audit.", "2006-10-17", "PH", "DILG"},
		{"The Department of Interior and Local Government ordered the audit.", "2006-10-17", "PH", "Department of Interior and Local Government"},
	})
}
