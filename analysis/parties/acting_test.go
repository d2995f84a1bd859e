package parties_test

import "testing"

// actingCases are written for this test: each demonym or capital once as
// people, things or a place (no mention, country guideline 9) and once
// standing for the state (guideline 8), as acting.go decides.
var actingCases = []struct {
	sentence, want string
}{
	// Demonyms: the head of the phrase decides.
	{"The Bolivian elite cheered the speech.", ""},
	{"The Bolivian government cheered the speech.", "BO"},
	{"An Afghan interpreter was hurt in the blast.", ""},
	{"Afghan troops were hurt in the blast.", "AF"},
	{"A Danish tabloid printed the drawings.", ""},
	{"The Danish embassy protested the drawings.", "DK"},
	{"Iranian lawmakers praised the offer.", ""},
	{"The Iranian foreign minister praised the offer.", "IR"},
	{"Russian meddling in the vote was denied.", "RU"},
	{"Russian novels filled the shelves.", ""},
	// Coordinated and hyphenated demonyms share the head.
	{"American and British forces crossed the river.", "US,GB"},
	{"American and British tourists crossed the river.", ""},
	{"Ministers praised the Israeli-Palestinian peace effort.", "IL,PS"},
	{"Ministers praised the Israeli-Palestinian film festival.", ""},
	// A capitalised run: a title is the state, another name is not.
	{"The Italian Reforms Minister resigned on Tuesday.", "IT"},
	{"The American Legion held its convention.", ""},
	// The demonym as a noun: the phrase ends, or a verb follows.
	{"The talks were hosted by the Chinese, who offered tea.", "CN"},
	{"The Chinese agreed to cut the tariffs.", "CN"},
	{"The Chinese community gathered for the festival.", ""},
	// "The" and a demonym in a sentence about a referendum are the
	// nation's voters, not the state.
	{"The Danes' neighbours hoped the Swiss would back the pact in a referendum.", ""},
	{"The neighbours hoped the Swiss would back the pact at the summit.", "CH"},
	{"The Irish rejected the treaty in a referendum.", ""},
	{"The Irish government put the treaty to a referendum.", "IE"},
	// A party named by a demonym and a capitalised run, with its kind in
	// lower case after it; the state's title in a run keeps the demonym.
	{"He joined the Somali National Accord party in 1999.", ""},
	{"He joined the Somali National Security Agency in 1999.", "SO"},
	{"Delegates of the Kenyan African National Congress walked out.", ""},
	// Advisers and instructors the state sends are its personnel; a
	// private adviser's trade in between is not.
	{"The Cuban advisers who trained the militia went home.", "CU"},
	{"The Cuban financial advisers who ran the fund went home.", ""},
	{"Danish instructors trained the coast guard.", "DK"},
	{"Danish yoga instructors opened a studio.", ""},
	// Capitals: acting or acted on as a government.
	{"A Paris apartment was searched at dawn.", ""},
	{"Paris protested the search at dawn.", "FR"},
	{"Tel Aviv was quiet on Sunday night.", ""},
	{"Sanctions against Damascus were renewed.", "SY"},
	{"The road between Vienna and Bratislava was closed.", ""},
	{"Talks between Vienna and Bratislava stalled.", "AT,SK"},
	{"London, United Kingdom is the venue.", "GB"},
	{"London's answer was a firm no.", "GB"},
	{"Georgia's bid angered Moscow.", "GE,RU"},
	{"Pressure on Pyongyang mounted after the test.", "KP"},
	{"A concert near Pyongyang drew crowds.", ""},
	{"The Washington area had snow on Sunday.", ""},
	{"Washington imposed new tariffs on Sunday.", "US"},
	// The state's objections, custody, soil, prisons, flags, membership and
	// envoys.
	{"The deal went ahead despite Chilean objections.", "CL"},
	{"The deal went ahead despite Chilean weather.", ""},
	{"The suspect was handed to Peruvian custody.", "PE"},
	{"The suspect was handed to Peruvian relatives.", ""},
	{"Protesters burned Norwegian flags outside the mission.", "NO"},
	{"Protesters burned Norwegian salmon outside the mission.", ""},
	{"He backs Albanian membership of the bloc.", "AL"},
	{"The Cuban charge d'affaires was summoned.", "CU"},
	// Two demonyms joined by a hyphen before a matter, a deal or a bond
	// between them are the two states; before other things, or as an
	// American people of another origin, they are not.
	{"He called the dispute a Chilean-Peruvian affair.", "CL,PE"},
	{"He called the dance a Chilean-Peruvian tradition.", ""},
	{"Diplomats welcomed the Indian-Nepalese accord.", "IN,NP"},
	{"Diplomats toured the Indian-Nepalese exhibition.", ""},
	{"A Mexican-American issue dominated the town meeting.", ""},
	{"A Russian-American treaty capped the warheads.", "RU,US"},
	// The state's permission, consent and veto.
	{"The ships need Turkish permission to pass the straits.", "TR"},
	{"The ships need Turkish pilots to pass the straits.", ""},
	{"A Chinese veto sank the draft.", "CN"},
	{"A Chinese freighter sank near the coast.", ""},
	// A feature of the land or the coast is a place (guideline 9); the
	// coast guard, the territorial waters and the territory are the
	// state's.
	{"Two frigates patrolled off the Syrian coast.", ""},
	{"The Syrian coast guard boarded the ferry.", "SY"},
	{"The Maltese coastguard boarded the ferry.", "MT"},
	{"The refugees finally reached Greek shores.", ""},
	{"The trawler strayed into Greek territorial waters.", "GR"},
	{"The trawler strayed into Greek territory.", "GR"},
	{"Tourists crowded the Croatian coastline in August.", ""},
	{"Smog drifted over the Chinese mainland.", ""},
}

func TestActing(t *testing.T) {
	_, m := defaultMatcher(t)
	checkParties(t, m, actingCases)
}
