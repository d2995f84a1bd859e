package parties_test

import "testing"

// The cases below are written for this test, after the seed-146 and
// seed-147 blind checks of the matcher.

// Cuba's brothers are named by their given names alone within their
// terms; a given name before another surname is someone else's, and the
// elder brother after his term is a past office. Letters with an acute
// accent fold to their base letters, so "Raul" spells "Raúl".
func TestSeed146GivenNames(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Raul flew to Caracas after Fidel fell ill.", "2006-09-10", "CU,CU", "Raul|Fidel"},
		{"Raúl opened the congress on Monday.", "2009-05-01", "CU", "Raúl"},
		{"Raul Castro opened the congress on Monday.", "2009-05-01", "CU", "Raul Castro"},
		{"Fidel wrote another column on Monday.", "2009-05-01", "", ""},
		{"Raul Reyes opened the meeting on Monday.", "2007-05-01", "", ""},
		{"Fidel Ramos opened the meeting on Monday.", "2007-05-01", "", ""},
		{"Justice Secretary Raul M. Gonzalez met the envoy.", "2009-02-09", "", ""},
	})
}

// "Júnior" folds to the English word, no surname of Guinea-Bissau's prime
// minister of 2004-05 on its own; his two family names stay his.
func TestSeed146Junior(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A Junior Sergeant was hurt in the blast.", "2005-03-10", "", ""},
		{"Prime Minister Gomes Junior met the envoy.", "2005-03-10", "GW", "Gomes Junior"},
		{"Carlos Gomes Júnior met the envoy.", "2005-03-10", "GW", "Carlos Gomes Júnior"},
	})
}

// Demonyms some news spells otherwise than the factbook: the state's
// government and army; a language stays a language.
func TestSeed146Demonyms(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Botswanan government sold part of its stake.", "2011-11-04", "BW", "Botswanan"},
		{"The Salvadorean army closed the border.", "2011-11-04", "SV", "Salvadorean"},
		{"The Slovene government resigned after the vote.", "2011-11-04", "SI", "Slovene"},
		{"She speaks Slovene at home.", "2011-11-04", "", ""},
	})
}

// A power generator after a trade's word, a web host and media agencies
// are firms and the press; a minister of the trade, rules and regulators
// stay the state's.
func TestSeed146Firms(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Australian power generator and retailer Origin plans a plant.", "2011-11-04", "", ""},
		{"The Australian power minister plans a plant.", "2011-11-04", "AU", "Australian"},
		{"A U.S. Web hosting firm took the site down.", "2011-11-04", "", ""},
		{"The U.S. Web hosting rules took effect.", "2011-11-04", "US", "U.S."},
		{"Pakistani media agencies said the talks failed.", "2011-11-04", "", ""},
		{"Pakistani media regulators banned the channel.", "2011-11-04", "PK", "Pakistani"},
	})
}

// A possessive before a legislature's lower or upper house or chamber, or
// its "House of" name, names the legislature; other "lower" things stay
// the state's.
func TestSeed146Chambers(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The reform passed Canada's lower house on Friday.", "2011-11-04", "", ""},
		{"The reform stalled in Italy's upper chamber.", "2011-11-04", "", ""},
		{"The bill went to Japan's House of Councillors.", "2011-11-04", "", ""},
		{"Canada's lower tariffs helped the farmers.", "2011-11-04", "CA", "Canada"},
	})
}

// A leader's family after the surname in an editor's brackets is the
// family; the bracketed surname alone stays the leader.
func TestSeed146BracketedFamily(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Looters raided a store of the [Akayev] family.", "2005-03-20", "", ""},
		{"Protesters demanded that [Akayev] resign.", "2005-03-20", "KG", "Akayev"},
	})
}

// A demonym after a university's department, school or teacher and "of"
// is a language taught, with a second one after "and"; people after the
// demonyms make them the states' again.
func TestSeed146AcademicSubjects(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"She heads the Department of Thai and Vietnamese, Monash University.", "2005-11-11", "", ""},
		{"He is a lecturer of Italian at the college.", "2005-11-11", "", ""},
		{"The school for Thai and Vietnamese diplomats opened.", "2005-11-11", "TH,VN", "Thai|Vietnamese"},
	})
}

// Names in a list that "teams" or "squads" open with a colon or a dash
// are national teams; the same list after "nations" stays the states.
func TestSeed146TeamLists(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Six squads: Ghana, Japan, the United States and Chile will play in the cup.", "2006-10-10", "", ""},
		{"Four teams — Peru, Mexico and Spain among them — reached the final round.", "2006-10-10", "", ""},
		{"Six nations: Ghana, Japan, the United States and Chile signed the pact.", "2006-10-10", "GH,JP,US,CL", "Ghana|Japan|United States|Chile"},
	})
}

// Downing Street after a place word and its house number, written after
// "Number" or "No.", is the address; its officials and its statements
// stay the government's.
func TestSeed146NumberTen(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Protesters stood outside Number 10 Downing Street all day.", "2008-02-01", "", ""},
		{"Protesters stood outside No. 10 Downing Street all day.", "2008-02-01", "", ""},
		{"Downing Street said the plan stands.", "2008-02-01", "GB", "Downing Street"},
	})
}
