package parties_test

import "testing"

// The cases below are written for this test, after the seed-94 and
// seed-95 blind checks of the matcher (issue 17), drawn at one commit.

// People, places, campaigns, customs, firms' channels, buildings and
// titles that carry a country's word, a capital or a leader's surname,
// and are not the state: a professional trained there, a given name, a
// capital beside a city that no alias names, a head's election campaign,
// a place named after a surname, Georgia among US states, a country's
// customs, a firm's channels in a country, a body's building as a place,
// a union's name with "in", one person after "the first", flags waved, a
// quoted newspaper's title and a building one spoke in.
func TestSeed94Private(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Detectives say a U.S. trained chemist mixed the explosive.", "2005-07-20", "", ""},
		{"The clinic hired a US-trained senior surgeon last year.", "2005-07-20", "", ""},
		{"US-trained Iraqi troops took over the checkpoint.", "2005-07-20", "US,IQ", "US|Iraqi"},
		{"The panel heard from America Ruiz-Tello, of the youth forum.", "2006-03-01", "", ""},
		{"The panel heard that America Ruiz-Tello was at fault.", "2006-03-01", "US", "America"},
		{"The adviser backed the America Forward policy.", "2018-03-01", "US", "America"},
		{"A flight with dozens of tourists from Beijing and Guangzhou reached Gatwick.", "2008-05-01", "", ""},
		{"Both Beijing and Seoul objected to the flights.", "2008-05-01", "CN,KR", "Beijing|Seoul"},
		{"He joked about the gap between Las Vegas and Washington on spending.", "2009-06-01", "", ""},
		{"He spoke of the gap between Pyongyang and Washington on the talks.", "2009-06-01", "KP,US", "Pyongyang|Washington"},
		{"Governor Romney struck back at the Obama campaign on Monday.", "2012-05-01", "", ""},
		{"Governor Romney struck back at Obama on Monday.", "2012-05-01", "US", "Obama"},
		{"Officers surrounded the Iloilo provincial capitol overnight.", "2007-06-10", "", ""},
		{"Ferries to Iloilo City were halted.", "2007-06-10", "", ""},
		{"Ottawa and Manitoba share the cost of the plan.", "2007-06-10", "CA", "Ottawa"},
		{"Trading halted in Tokyo, Buenos Aires and Toronto on Monday.", "2008-10-13", "", ""},
		{"President Iloilo named a new cabinet.", "2007-06-10", "FJ", "Iloilo"},
		{"The governor praised Kansas, Oklahoma and Georgia for their schools.", "2007-04-11", "", ""},
		{"Moscow and Georgia traded charges over the border.", "2007-04-11", "RU,GE", "Moscow|Georgia"},
		{"The wedding followed old Brunei royal and Malay tradition.", "2006-05-30", "", ""},
		{"The wedding followed Brunei religious custom closely.", "2006-05-30", "", ""},
		{"Brunei royal officials welcomed the guests.", "2006-05-30", "BN", "Brunei"},
		{"Setanta's UK sports channels stopped broadcasting.", "2009-06-23", "", ""},
		{"The broadcaster's Irish channel kept running.", "2009-06-23", "", ""},
		{"Setanta hoped the UK regulators would step in.", "2009-06-23", "GB", "UK"},
		{"Pickets stood next to the new Veterans Affairs Department building downtown.", "2008-03-01", "", ""},
		{"The Veterans Affairs Department building was closed for repairs.", "2008-03-01", "US", "Veterans Affairs Department"},
		{"Leaders of the Union of Students in Ireland backed the strike.", "2008-03-01", "", ""},
		{"The Federation of Trade Unions in Poland called a strike.", "2008-03-01", "", ""},
		{"The Council of Ministers in Lebanon met on Monday.", "2008-03-01", "LB", "Lebanon"},
		{"She became the first Chinese to climb the north face.", "2008-03-01", "", ""},
		{"The first Chinese envoy to Britain arrived.", "2008-03-01", "CN,GB", "Chinese|Britain"},
		{"Supporters were waving Canadian flags along the route.", "2008-03-01", "", ""},
		{"Fans carried Mexican flags into the stadium.", "2008-03-01", "", ""},
		{"Rioters burned Danish flags near the consulate.", "2006-02-04", "DK", "Danish"},
		{"An editorial in the Bucharest daily 'România liberă' newspaper backed him.", "2008-03-01", "", ""},
		{"An editorial in the \"Romania Today\" paper backed him.", "2008-03-01", "", ""},
		{"România rejected the editorial.", "2008-03-01", "RO", "România"},
		{"The president, speaking in the White House on Friday, smiled.", "2008-03-01", "", ""},
		{"Tensions grew in the White House after the briefing.", "2008-03-01", "US", "White House"},
	})
}

// The state's officers, bodies and officials that the matcher missed:
// NATO's strategic commands, an American general past his stars, the
// Military Commissions' legal adviser, the National Intelligence Council,
// a Thai police spokesman, the Postmaster General, a head's officials in
// undated text, and the European Economic Community.
func TestSeed95Missed(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Allied Command Operations (ACO) moved its planners to Mons.", "2005-05-01", "NATO,NATO", "Allied Command Operations|ACO"},
		{"Allied Command Transformation held an exercise.", "2005-05-01", "NATO", "Allied Command Transformation"},
		{"The post always goes to an American four-star general.", "2005-05-01", "US", "American"},
		{"The post always goes to an American four star admiral.", "2005-05-01", "US", "American"},
		{"The post always goes to an American four times a decade.", "2005-05-01", "", ""},
		{"General Hartmann rejected the claims.", "2008-11-01", "US", "Hartmann"},
		{"Thomas W. Hartmann rejected the claims.", "2008-05-01", "US", "Thomas W. Hartmann"},
		{"Thomas Hartmann rejected the claims.", "2006-05-01", "", ""},
		{"Hartmann rejected the claims.", "2008-05-01", "", ""},
		{"She sat on the National Intelligence Council until 2005.", "2006-01-01", "US", "National Intelligence Council"},
		{"Ann Lowe, the head of the National Intelligence Council from 2001 to 2004, spoke.", "2006-01-01", "US", "National Intelligence Council"},
		{"Ann Lowe, the head of the National Intelligence Council, spoke.", "2006-01-01", "US,US", "Ann Lowe|National Intelligence Council"},
		{"Police spokesman Achirawit Suphanaphesat said two people were hurt.", "2006-03-25", "TH", "Achirawit Suphanaphesat"},
		{"Achirawit Suphanaphesat said two people were hurt.", "2009-03-25", "", ""},
		{"Postmaster General John Potter urged a cut in deliveries.", "2009-05-01", "US", "John Potter"},
		{"John Potter urged a cut in deliveries.", "2011-05-01", "", ""},
		{"Potter urged a cut in deliveries.", "2009-05-01", "", ""},
		{"The memo shows Obama officials playing down the threat.", "", "US", "Obama"},
		{"The Obama officials refused to comment.", "", "US", "Obama"},
		{"Obama refused to comment.", "", "", ""},
		{"In May officials refused to comment.", "2017-05-01", "", ""},
		{"Trade grew after the European Economic Community (EEC) was founded.", "2006-01-15", "EU,EU", "European Economic Community|EEC"},
		{"The European Community set the quota.", "2006-01-15", "EU", "European Community"},
		{"She asked the European community to stand together.", "2006-01-15", "", ""},
	})
}
