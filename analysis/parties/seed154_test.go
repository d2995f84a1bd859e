package parties_test

import "testing"

// The cases below are written for this test, after the seed-154 and
// seed-155 blind checks of the matcher.

// Two State Department bureaus and the security service, by their full
// names.
func TestSeed154Bureaus(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Bureau of Diplomatic Security reviewed the cables.", "", "US", "Bureau of Diplomatic Security"},
		{"Agents of the Diplomatic Security Service guarded the consulate.", "", "US", "Diplomatic Security Service"},
		{"The Bureau of Information Resource Management runs the servers.", "", "US", "Bureau of Information Resource Management"},
	})
}

// "Secretariat", capitalised, beside the UN's names is the UN's; another
// organisation's secretariat, or one in lower case, is not.
func TestSeed154Secretariat(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Both the Secretariat and the Security Council ignored the warnings.", "2005-06-01", "UN,UN", "Secretariat|Security Council"},
		{"The Secretariat sent the draft to the General Assembly.", "2005-06-01", "UN,UN", "Secretariat|General Assembly"},
		{"The Secretariat sent the draft to the ministers.", "2005-06-01", "", ""},
		{"The ASEAN Secretariat welcomed the Security Council vote.", "2005-06-01", "ASEAN,UN", "ASEAN|Security Council"},
		{"The secretariat sent the draft to the General Assembly.", "2005-06-01", "UN", "General Assembly"},
		{"The Commonwealth Secretariat backed the Security Council vote.", "2005-06-01", "CWEALTH,UN", "Commonwealth Secretariat|Security Council"},
	})
}

// Pakistan's chief election commissioner within the window, by full name.
func TestSeed154Farooq(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Qazi Mohammed Farooq said the vote would be delayed.", "2008-01-03", "PK", "Qazi Mohammed Farooq"},
		{"Qazi Farooq said the vote would be delayed.", "2008-01-03", "PK", "Qazi Farooq"},
		{"Farooq said the vote would be delayed.", "2008-01-03", "", ""},
		{"Qazi Mohammed Farooq said the vote would be delayed.", "2010-01-03", "", ""},
	})
}

// A capitalised name ending in "Union of" a country is a trade union's;
// a union of states keeps its countries.
func TestSeed154UnionOf(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Rail Workers Union of Canada called a strike.", "2006-03-01", "", ""},
		{"The National Union of Students of Australia marched.", "2006-03-01", "", ""},
		{"Guyana and the Economic Union of Mexico and Chile talked.", "2005-03-01", "GY,MX,CL", "Guyana|Mexico|Chile"},
		{"The State Union of Serbia and Montenegro joined the talks.", "2005-03-01", "RS", "State Union of Serbia and Montenegro"},
		{"The union of Canada's rail workers called a strike.", "2006-03-01", "CA", "Canada"},
	})
}

// Samoobrona by its English names is a party, not Poland; the republic's
// name alone stays the state.
func TestSeed154SelfDefence(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Leaders of Self-Defence of the Republic of Poland quit the coalition.", "2007-08-01", "", ""},
		{"Leaders of Self-Defense of the Republic of Poland quit the coalition.", "2007-08-01", "", ""},
		{"The Republic of Poland signed the treaty.", "2007-08-01", "PL", "Republic of Poland"},
	})
}

// A demonym before a capitalised "War of Independence" is the war's
// name; a lower-case war, or the state after it, stays.
func TestSeed154IndependenceWar(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"His grandfather fought in the Greek War of Independence.", "2007-08-01", "", ""},
		{"Museums of the Croatian War of Independence opened.", "2007-08-01", "", ""},
		{"The Greek war on tax evasion began.", "2007-08-01", "GR", "Greek"},
		{"The Greek War Ministry denied it.", "2007-08-01", "GR", "Greek"},
	})
}

// A name after an envoy's, a representative's or a coordinator's "for",
// alone or joined to another by "and", is a posting for the party; the
// envoy's own party stays.
func TestSeed154PostedFor(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The US special envoy for Sudan and Chad arrived on Monday.", "2007-08-01", "US", "US"},
		{"The UN Special Representative for Somalia flew to Nairobi.", "2007-08-01", "UN", "UN"},
		{"The envoy met Sudan's president on Monday.", "2007-08-01", "SD", "Sudan"},
		{"The envoy pressed for Sudan and Chad to sign.", "2007-08-01", "SD,TD", "Sudan|Chad"},
	})
}

// A broadcaster's name, in capitals or hyphenated, between a country's
// name and "network" or "channel" is the broadcaster; an arm of the
// state there stays the state.
func TestSeed154Broadcaster(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The debate ran live on the US C-SPAN network.", "2007-08-01", "", ""},
		{"The debate ran live on the US PBS channel.", "2007-08-01", "", ""},
		{"The debate ran live on the US Army network.", "2007-08-01", "US", "US"},
		{"The debate ran live on a US network.", "2007-08-01", "US", "US"},
	})
}

// A title in quotes right after a noun of writing ("article", "essay",
// "report") holds no mention; speech in quotes after a verb keeps it.
func TestSeed154WritingTitle(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The weekly ran an article \"How the cartels reached Peru\" in May.", "2007-08-01", "", ""},
		{"Her essay \"Why we misread Iran\" won a prize.", "2007-08-01", "", ""},
		{"It cited a paper titled \"Annual Report on Iranian Oil Exports\" by the bank.", "2007-08-01", "", ""},
		{"The report said \"Iran must stop\" at once.", "2007-08-01", "IR", "Iran"},
		{"She wrote an article about Peru.", "2007-08-01", "PE", "Peru"},
	})
}

// "Commonwealth" inside the British foreign secretary's office is no
// mention of the Commonwealth of Nations; the office's ministry stays
// Britain's.
func TestSeed154ForeignCommonwealth(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"She became Secretary of State for Foreign and Commonwealth Affairs.", "2007-08-01", "", ""},
		{"The Foreign and Commonwealth Office issued a warning.", "2007-08-01", "GB", "Foreign and Commonwealth Office"},
		{"The Commonwealth suspended the junta.", "2007-08-01", "CWEALTH", "Commonwealth"},
	})
}

// "Union" before an office's words is no trade union's: the Union
// government's minister "of India" stays India.
func TestSeed154UnionMinister(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Union Finance Minister of India presented the budget.", "2008-03-01", "IN", "India"},
	})
}
