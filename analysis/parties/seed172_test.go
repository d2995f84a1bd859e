package parties_test

import "testing"

// The cases below are written for this test, after the seed-172 and
// seed-173 blind checks of the matcher.

// Shimon Peres by his surname in his two terms as Israel's vice premier,
// not in the months between them.
func TestSeed172Peres(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Peres greeted the visiting delegation at noon.", "2005-06-02", "IL", "Peres"},
		{"The envoy later met Peres in Jerusalem.", "2006-09-14", "IL", "Peres"},
		{"The envoy later met Peres in Jerusalem.", "2006-02-14", "", ""},
	})
}

// Jack Straw as Leader of the House of Commons, between his terms at the
// Foreign Office and at Justice; his surname alone stays a common word.
func TestSeed172Straw(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Jack Straw asked women to lift their veils at his surgery.", "2006-10-20", "GB", "Jack Straw"},
		{"Jack Straw asked women to lift their veils at his surgery.", "2011-10-20", "", ""},
		{"Straw asked women to lift their veils at his surgery.", "2006-10-20", "", ""},
	})
}

// South Africa's minister Lulu Xingwana, by full name and surname, in her
// years in the cabinet, not after them.
func TestSeed172Xingwana(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Lulu Xingwana warned landowners about slow sales.", "2007-03-01", "ZA", "Lulu Xingwana"},
		{"Xingwana opened a new museum on Monday.", "2009-08-01", "ZA", "Xingwana"},
		{"Xingwana opened a new museum on Monday.", "2015-08-01", "", ""},
	})
}

// An office's title that the registry lists among the bodies is the
// holder's title right after the country's name or right before an
// official's name in office; alone, or before an aide, it stays a body.
func TestSeed172TitleBody(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Sources close to the US Director of National Intelligence disagreed.", "2006-11-02", "US", "US"},
		{"A spokesman for Director of National Intelligence John Negroponte spoke.", "2006-11-02", "US", "John Negroponte"},
		{"A report by the Director of National Intelligence was leaked.", "2006-11-02", "US", "Director of National Intelligence"},
		{"Director of National Intelligence spokesman Tom Hale spoke.", "2006-11-02", "US,US", "Director of National Intelligence|Tom Hale"},
	})
}

// A gerund before "ousted" and a lower-case title makes "ousted" an
// adjective, a lost office, as "the" or "against" does; a verb before it
// leaves the holder in office.
func TestSeed172LostTitleGerund(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Defying deposed president Askar Akayev's wishes, the crowd marched.", "2005-03-28", "", ""},
		{"The protest was against ousted president Askar Akayev and his family.", "2005-03-28", "", ""},
		{"Having ousted president Askar Akayev, the crowd marched.", "2005-03-28", "KG", "Askar Akayev"},
		{"Protesters backed president Askar Akayev's rival.", "2005-03-28", "KG", "Askar Akayev"},
	})
}

// A country's word before "third party" or "third parties" names parties
// outside the main two, not the state; another noun after "third" leaves
// the demonym the state's.
func TestSeed172ThirdParties(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Small Canadian third parties rarely win a seat.", "2007-02-25", "", ""},
		{"The U.S. Third Party movement grew last year.", "2007-02-25", "", ""},
		{"The Canadian third envoy arrived.", "2007-02-25", "CA", "Canadian"},
		{"Canada's third party debate drew few viewers.", "2007-02-25", "", ""},
	})
}
