package parties_test

import "testing"

// The cases below are written for this test, after the seed-140 and
// seed-141 blind checks of the matcher.

// An initial written onto a surname with its full stop and no space, after
// an office phrase, opens a personal name; India's minister of state for
// external affairs of 2004-09 is in the registry in the news's spellings,
// and "Mr Ahmed" stays anyone's.
func TestSeed140InitialOnto(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Kenya's Deputy Trade Minister J.Mwangi told the traders to wait.", "2006-09-03", "KE,KE", "Kenya|J.Mwangi"},
		{"Deputy minister E.Ahmed flew to Riyadh for talks on the hostages.", "2006-09-03", "IN", "E.Ahmed"},
		{"E. Ahamed met the visiting envoy on Monday.", "2007-02-11", "IN", "E. Ahamed"},
		{"Mr Ahmed met the visiting envoy on Monday.", "2007-02-11", "", ""},
		{"E. Ahamed met the visiting envoy on Monday.", "2010-02-11", "", ""},
	})
}

// A country's name and a possessive right after a leader's surname own
// what follows, no part of a personal name; another capitalised name
// there makes the surname someone else's first name.
func TestSeed140SurnameBeforeOwner(t *testing.T) {
	runDatedCases(t, []datedCase{
		{`"We offer Lula Chile's warm support," the envoy said.`, "2005-02-06", "BR,CL", "Lula|Chile"},
		{`"We offer Lula Carvalho our warm support," the envoy said.`, "2005-02-06", "", ""},
	})
}

// A titled surname that another capitalised word goes on with is someone
// else's name, and another party's demonym or possessive before the title
// says whose office it is; the leader the title names stays theirs, and a
// day after the name is no part of it.
func TestSeed140TitledSurname(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Prime Minister Lee Kwang-su opened the trade fair.", "2005-04-26", "", ""},
		{"The Japanese Prime Minister Lee greeted the guests.", "2005-04-26", "JP", "Japanese"},
		{"Prime Minister Lee greeted the guests.", "2005-04-26", "SG", "Lee"},
		{"The Singaporean Prime Minister Lee greeted the guests.", "2005-04-26", "SG,SG", "Singaporean|Lee"},
		{"Prime Minister Lee Hsien Loong greeted the guests.", "2005-04-26", "SG", "Lee Hsien Loong"},
		{"President Bush Tuesday signed the farm bill.", "2006-03-01", "US", "Bush"},
		{"South Korea's premier Lee Hai-chan met the Chinese envoy.", "2005-04-26", "KR,KR,CN", "South Korea|Lee Hai-chan|Chinese"},
	})
}

// "AU" is the African Union beside troops, forces or the UN, and in an
// article that has named the African Union; beside Australia, and as a
// currency's initials, it is not.
func TestSeed140AfricanUnionInitials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Some 5,000 AU soldiers guard the camps near the border.", "2006-05-07", "AUNION", "AU"},
		{"Envoys of the UN and the AU met the rebels on Friday.", "2006-05-07", "UN,AUNION", "UN|AU"},
		{"AU troops joined the Australian forces in the drill.", "2006-05-07", "AU", "Australian"},
		{"The ticket costs AU$30 for the troops.", "2006-05-07", "", ""},
		{"The AU is still looking into the raid.", "2006-05-07", "", ""},
	})
	runArticle(t, "2006-05-07", []articleStep{
		{"The African Union met on Monday.", "AUNION:African Union"},
		{"The AU is still looking into the raid.", "AUNION:AU"},
	})
}

// The School of the Americas and its successor are US bodies, the Royal
// Military Police a British one, and "United Nationa" a misspelling of
// the UN.
func TestSeed140Bodies(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Several officers trained at the School of the Americas for a year.", "2004-11-22", "US", "School of the Americas"},
		{"The Western Hemisphere Institute for Security Cooperation trains police too.", "2004-11-22", "US", "Western Hemisphere Institute for Security Cooperation"},
		{"Two Royal Military Police officers were hurt in the riot.", "2005-07-16", "GB", "Royal Military Police"},
		{"They wanted the talks held under a United Nationa mandate.", "2007-09-08", "UN", "United Nationa"},
	})
}

// A country's possessive before a newspaper named by its language ("the
// Arabic-language paper") is the paper's, as before a paper alone; before
// the state's decision it stays the state.
func TestSeed140LanguagePaper(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Egypt's Arabic-language paper reported the arrests on Monday.", "2006-03-01", "", ""},
		{"Egypt's English-language daily newspaper ran the story first.", "2006-03-01", "", ""},
		{"Egypt's decision surprised the paper.", "2006-03-01", "EG", "Egypt"},
	})
}

// A veteran of a war or of a state's forces is a private person; the
// forces themselves, the war's capitalised name and the veterans' minister
// stay the state.
func TestSeed140Veterans(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Afghan war veteran Omar Dahl ran for the city council.", "2006-03-22", "", ""},
		{"A British Army veteran ran for the city council.", "2006-03-22", "", ""},
		{"U.S. Army veteran Tom Hale ran for the city council.", "2006-03-22", "", ""},
		{"A US Marine Corps veteran ran for the city council.", "2006-03-22", "", ""},
		{"The US Army sent a band to the parade.", "2006-03-22", "US", "US"},
		{"Afghan war planes struck the camp.", "2006-03-22", "AF", "Afghan"},
		{"The UK veterans minister opened the home.", "2006-03-22", "GB", "UK"},
	})
}

// A country's word before a portfolio's word that names a trade and then a
// firm is the firm's origin; the portfolio's minister and ministry stay
// the state's.
func TestSeed140TradePortfolio(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"She sits on the board of UK finance company Acme Holdings.", "2008-05-04", "", ""},
		{"A US health insurer raised its premiums.", "2008-05-04", "", ""},
		{"The UK finance ministry raised the duty.", "2008-05-04", "GB", "UK"},
		{"US health officials declared the outbreak over.", "2008-05-04", "US", "US"},
	})
}

// "Operation" or "operations" after a trade's word is a firm's business;
// after a word of the forces or of security it stays the state's.
func TestSeed140TradeOperations(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Prices rose, said Canadian mining operation Acme Resources.", "2005-04-04", "", ""},
		{"The firm sold its US oil operations last year.", "2005-04-04", "", ""},
		{"The Canadian military operation ended in May.", "2005-04-04", "CA", "Canadian"},
		{"The US security operation ended in May.", "2005-04-04", "US", "US"},
	})
}

// A country's name in a short quoted name that a verb of naming opens and
// the name closes, lower-case words and all, names the movement or the
// work; speech in quotes keeps it.
func TestSeed140LooseQuotedName(t *testing.T) {
	runDatedCases(t, []datedCase{
		{`The rally was led by a group called "We are Peru", the police said.`, "2008-02-04", "", ""},
		{`He played a song named "Home to Peru" at the end.`, "2008-02-04", "", ""},
		{`He called "Peru a danger to the region" in a speech.`, "2008-02-04", "PE", "Peru"},
		{`He has been called "a friend of Peru" by the press.`, "2008-02-04", "PE", "Peru"},
	})
}

// A title after "titled" or "entitled" names a work: in quotes up to
// twelve words, or without them from a capitalised word to a colon or the
// clause's end; "entitled to" is no title.
func TestSeed140Titles(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"She wrote a study entitled Arms Sales and Military Aid to Chile: A Review of Ten Years.", "2006-07-23", "", ""},
		{`A later paper, titled "Second Field Survey of Libyan Suspected Chemical Storage Sites in the Desert," followed.`, "2006-04-15", "", ""},
		{"Chile is entitled to Peru's water, the court ruled.", "2006-07-23", "CL,PE", "Chile|Peru"},
		{"She wrote a study entitled Chile, which the minister read.", "2006-07-23", "CL", "Chile"},
	})
}

// Countries between which a game is played are the teams; talks and
// clashes between them stay the states'.
func TestSeed140MatchBetween(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"After the World Cup match between Ghana and Brazil, fans marched.", "2010-06-15", "", ""},
		{"The cup final between the Netherlands and Spain drew a record crowd.", "2010-06-15", "", ""},
		{"Talks between Israel and Syria in the World Cup year stalled.", "2010-06-15", "IL,SY", "Israel|Syria"},
	})
}

// A capital before a campaign to secure it ("security plan", "security
// crackdown", a "crackdown" of its own) names the city; a crackdown on
// someone, and the city's security officials, stay the government's.
func TestSeed140CityCrackdown(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Militants fled the Kabul security crackdown in March.", "2007-05-11", "", ""},
		{"The Kabul security plan began in February.", "2007-05-11", "", ""},
		{"The Kabul crackdown began in February.", "2007-05-11", "", ""},
		{"A Beijing crackdown on dissent followed the protests.", "2007-05-11", "CN", "Beijing"},
		{"Kabul security officials said the plan had failed.", "2007-05-11", "AF", "Kabul"},
	})
}
