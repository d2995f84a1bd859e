package parties_test

import "testing"

// The cases below are written for this test, after the errors of the
// seed-31 blind check of the matcher (issue 17). Each rule or registry
// entry is here both ways: beside every phrase it finds or leaves out, a
// near phrase that must stay as it was.

// Registry entries: the US air force by its initials; Palestinian
// fighters and snipers, who belong to armed groups; industries and an
// airline's routes named by a country; a trade's word before a minister
// is a portfolio. The state's own forces, aircraft and ministers stay
// mentions.
func TestSeed31Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Two USAF cargo planes landed at the base overnight.", "2008-03-01", "US", "USAF"},
		{"The Turkish fighters turned back before reaching the islands.", "2008-03-01", "TR", "Turkish"},
		{"Shells fired by Palestinian fighters fell near the kibbutz fence.", "2006-11-15", "", ""},
		{"A Palestinian sniper wounded a guard at the crossing.", "2006-11-15", "", ""},
		{"Palestinian security forces took over the checkpoint.", "2006-11-15", "PS", "Palestinian"},
		{"Tariffs will not rescue the Canadian lumber industry, growers warned.", "2005-05-21", "", ""},
		{"Exporters lobbied hard, but the Canadian industry minister refused.", "2005-05-21", "CA", "Canadian"},
		{"Output will rise next month, the Kuwaiti oil minister told delegates.", "2006-06-26", "KW", "Kuwaiti"},
		{"Kuwaiti oil output will rise next month, traders said.", "2006-06-26", "", ""},
		{"The carrier added four US routes to its summer timetable.", "2007-06-09", "", ""},
		{"The carrier added four flights to the US this summer.", "2007-06-09", "US", "US"},
	})
}

// A country's name right before a body of the registry whose name opens
// with a trade's word stays the state (the US and its Food and Drug
// Administration, Canada and its Bank of Canada); before the trade or its
// firms alone it is private.
func TestSeed31NameBeforeBody(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Two U.S. Food and Drug Administration inspectors toured the dairy.", "2006-08-03", "US,US", "U.S.|Food and Drug Administration"},
		{"Labels worry United States food sellers, a trade group said.", "2006-08-03", "", ""},
		{"Canada's Bank of Canada held its key rate on Tuesday.", "2007-12-12", "CA,CA", "Canada|Bank of Canada"},
		{"Canada's banks held their prime rates on Tuesday.", "2007-12-12", "", ""},
	})
}

// Where goods were made or who owns a firm, after a country word and a
// hyphen ("US-made", "Chinese-owned"), is no mention; the state backing or
// leading something ("US-backed") and the country before a verb ("the US
// made clear") stay mentions.
func TestSeed31Origin(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Police seized two Russian-made rifles in the raid.", "2005-02-19", "", ""},
		{"The smelter is Chinese-owned and employs 900 people.", "2005-02-19", "", ""},
		{"The US made clear it would veto the draft.", "2005-02-19", "US", "US"},
		{"Russian-backed rebels seized the airfield.", "2005-02-19", "RU", "Russian"},
	})
}

// A country's name or demonym alone in brackets after the name of a person,
// a firm or a city, or before a comma there, is their nationality or the
// city's country; the country's initials after its own name, and a
// bracket after a lower-case word, stay mentions.
func TestSeed31NationalityBracket(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Signed: Pilar Ortega (Chilean, painter)", "2005-01-17", "", ""},
		{"Signed: Tomas Berg (Norway)", "2005-01-17", "", ""},
		{"The fair opened in Ghent (Belgium) on Monday.", "2005-01-17", "", ""},
		{"The United Kingdom (UK) voted against the budget.", "2005-01-17", "GB,GB", "United Kingdom|UK"},
		{"Two of the donors (Norway, Sweden) raised their pledges.", "2005-01-17", "NO,SE", "Norway|Sweden"},
	})
}

// A state's snipers are its forces (armed groups' snipers are in
// TestSeed31Registry); a country's presidential race or campaign is its
// election, but a candidate's campaign and a candidate are not the state.
func TestSeed31ForcesAndElections(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A Syrian sniper fired on the crowd from a rooftop.", "2012-04-10", "SY", "Syrian"},
		{"Donors poured money into the 2016 US presidential race.", "2017-08-01", "US", "US"},
		{"She ran the French presidential campaign of a centrist.", "2017-08-01", "FR", "French"},
		{"He gave money to Smith's US presidential campaign.", "2017-08-01", "", ""},
		{"The US presidential nominee flew to Ohio.", "2017-08-01", "", ""},
	})
}

// A lower-case compass word before a country's name names a part of the
// country, which stays the country; a capitalised one mid-sentence names a
// region, a geographic name (since seed 115: seed114_test.go), as the
// lands named so (Northern Ireland, Western Australia) are; a longer name
// that goes on after the country and a name after "of" are not the country.
func TestSeed31CompassParts(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Mortar rounds landed in Northern Israel overnight.", "2009-02-01", "", ""},
		{"Mortar rounds landed in northern Israel overnight.", "2009-02-01", "IL", "Israel"},
		{"Aid trucks reached Western Afghanistan on Friday.", "2006-08-27", "", ""},
		{"Aid trucks reached western Afghanistan on Friday.", "2006-08-27", "AF", "Afghanistan"},
		{"Floods hit Western Australia on Friday.", "2006-08-27", "", ""},
		{"She grew up in Northern Ireland before moving away.", "2006-08-27", "", ""},
		{"The Eastern Kenya Farmers Cooperative shut its depot.", "2008-09-20", "", ""},
		{"A judge of the Appeals Court of Western Norway ruled on it.", "2008-09-20", "", ""},
	})
}

// A capital's possessive before a place of the city named at length, its
// airport among them, makes the capital a place; before an act it is the
// government. A capital inside the name of an institute or an association
// is that name; before the government's own words it is the government.
func TestSeed31CapitalPlaces(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Jets struck Damascus's Bashar al-Amin International Airport at dawn.", "2006-07-13", "", ""},
		{"Jets struck Damascus's new airport at dawn.", "2006-07-13", "", ""},
		{"Damascus's refusal of the truce drew more strikes.", "2006-07-13", "SY", "Damascus"},
		{"Dinner was hosted by the Warsaw Trade Policy Institute.", "2007-06-05", "", ""},
		{"Warsaw trade policy angered the farmers.", "2007-06-05", "PL", "Warsaw"},
	})
}

// A head of government's surname after "the" and before "government",
// "administration", "cabinet" or "regime" is the party in the head's terms,
// also where the registry leaves the surname alone out; the span is the
// surname. Outside the terms, without "the" (unless the government word is
// capitalised, seed45_test.go), and with a first name before the surname
// that is someone else's, it is not.
func TestSeed31HeadGovernments(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Critics said the Howard Government ignored the report.", "2006-08-21", "AU", "Howard"},
		{"Critics said the second Howard cabinet ignored the report.", "2006-08-21", "AU", "Howard"},
		{"Critics said the Howard Government ignored the report.", "2009-08-21", "", ""},
		{"Critics said Howard government ignored the report.", "2006-08-21", "", ""},
		{"Critics said the Ryan Howard government ignored the report.", "2006-08-21", "", ""},
		{"Critics said the Bush administration ignored the report.", "2006-08-21", "US", "Bush"},
		{"In May government borrowing fell again.", "2017-05-21", "", ""},
	})
}

// A country's possessive before its industry is the country, as before its
// economy; the demonym before the industry is the trade (TestSeed31Registry),
// and the possessive before a firm is the firm's.
func TestSeed31PossessedIndustry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Peru's fishing industry lost a third of its boats.", "2010-10-16", "PE", "Peru"},
		{"The Peruvian fishing industry lost a third of its boats.", "2010-10-16", "", ""},
		{"Peru's largest bank lost a third of its clients.", "2010-10-16", "", ""},
	})
}
