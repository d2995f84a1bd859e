package parties_test

import (
	"testing"

	"github.com/stance-news/stance/analysis/parties"
)

// The cases below are written for this test, after the seed-122 and
// seed-123 blind checks of the matcher (issue 17).

// A firm named after a country, a title that a verb of naming puts in
// quotes, and the quotation of speech, which keeps its mentions.
func TestSeed122Names(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"America Online bought a small mapping firm.", "2005-10-09", "", ""},
		{"Officials in America said the service would go online next year.", "2005-10-09", "US", "America"},
		{"A militia calling itself \"The Free Sons of Syria\" claimed the attack.", "2005-06-16", "", ""},
		{"The reef has been nicknamed \"Fiji's Garden\" by divers.", "2005-06-16", "", ""},
		{"The reef has been nicknamed \u2018Fiji\u2019s Garden\u2019 by divers.", "2005-06-16", "", ""},
		{"A group known as \"Friends of Syria\" met in Paris.", "2005-06-16", "", ""},
		{"The envoy called \"Syria a threat to the region\" in his speech.", "2005-06-16", "SY", "Syria"},
		{"He called \"on Syria to withdraw\" in his speech.", "2005-06-16", "SY", "Syria"},
		{"He said \"Syria must withdraw\" by June.", "2005-06-16", "SY", "Syria"},
		{"A group called \"Syria\" claimed the attack.", "2005-06-16", "SY", "Syria"},
	})
}

// "The last" holder of an office is the previous one, a past office;
// "last week" before an office is a time.
func TestSeed122LastHolder(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Before the confirmation of the last FDA Commissioner, Dr. Ann Hale, senators asked for data.", "2006-08-03", "US", "FDA"},
		{"Before the confirmation of the FDA Commissioner, Dr. Ann Hale, senators asked for data.", "2006-08-03", "US,US", "FDA|Ann Hale"},
		{"Last week US envoy Tom Hale said the talks would resume.", "2006-08-03", "US,US", "US|Tom Hale"},
	})
}

// A holder whom the sentence relieves, sacks or replaces leaves the office:
// the sentence does not introduce them as the party's; the registry's
// terms end on the day of a dismissal.
func TestSeed122Removed(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The president has relieved from power Admiral Ivan Petrov, the head of the Russian navy.", "2005-09-05", "RU", "Russian"},
		{"The president has praised Admiral Ivan Petrov, the head of the Russian navy.", "2005-09-05", "RU,RU", "Ivan Petrov|Russian"},
		{"The president sacked US envoy Tom Hale on Friday.", "2005-09-05", "US", "US"},
		{"The president met US envoy Tom Hale on Friday.", "2005-09-05", "US,US", "US|Tom Hale"},
		{"Lage, Cuba's vice president, chaired the session.", "2009-03-02", "CU,CU", "Lage|Cuba"},
		{"Lage, Cuba's vice president, chaired the session.", "2009-03-03", "CU", "Cuba"},
	})
}

// An article does not make a holder whom it introduced as relieved of
// their post the party's in its later sentences.
func TestSeed122RemovedInArticle(t *testing.T) {
	_, m := defaultMatcher(t)
	d := day("2005-09-05")
	for _, c := range []struct {
		first, want string
	}{
		{"The president has relieved from power Admiral Ivan Petrov, the head of the Russian navy.", ""},
		{"The president has praised Admiral Ivan Petrov, the head of the Russian navy.", "RU"},
	} {
		var a parties.Article
		m.AppendMatchArticle(nil, c.first, d, &a)
		got := ""
		for _, mn := range m.AppendMatchArticle(nil, "Admiral Petrov ran the fleet for six years.", d, &a) {
			got += mn.Party
		}
		if got != c.want {
			t.Errorf("after %q: %q, want %q", c.first, got, c.want)
		}
	}
}

// A registry, a private person in apposition, a news agency, a record
// label, a private body's or a product's name and an airline are not the
// state; the state's own bodies, agencies and spokesmen stay.
func TestSeed122NotState(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Hunters were told to ignore the Canadian Firearms Registry.", "2009-03-22", "", ""},
		{"Hunters were told to obey the Canadian government.", "2009-03-22", "CA", "Canadian"},
		{"Omar Haddad, the Saudi Arabian accused of funding the cell, was arrested.", "2006-06-10", "", ""},
		{"Omar Haddad, the Iraqi, was arrested in Hamburg.", "2006-06-10", "", ""},
		{"The troops will stay in Basra, the British said.", "2006-06-10", "GB", "British"},
		{"Omar Haddad, the Iraqi envoy, was arrested in Hamburg.", "2006-06-10", "IQ,IQ", "Omar Haddad|Iraqi"},
		{"The Malaysian national news agency reported the arrests.", "2005-10-01", "", ""},
		{"The Syrian state-run news agency reported the arrests.", "2005-10-01", "", ""},
		{"The Malaysian national police reported the arrests.", "2005-10-01", "MY", "Malaysian"},
		{"Syria's state news agency reported the arrests.", "2005-10-01", "SY", "Syria"},
		{"The band's US label released the album in May.", "2007-06-14", "", ""},
		{"Growers want US labels on food to show the origin.", "2007-06-14", "US", "US"},
		{"The UK Sikh Heritage Trust won an award.", "2006-11-07", "", ""},
		{"The US Green Building Council issued the rating.", "2006-11-07", "", ""},
		{"The US National Security Council issued the warning.", "2006-11-07", "US", "US"},
		{"The UK Medical Research Council funded the trial.", "2006-11-07", "GB", "UK"},
		{"The UK Border Agency issued the warning.", "2006-11-07", "GB", "UK"},
		{"Many tourists consult the Canada Travel Guide before they book rooms through Canada Hotels Online.", "2006-11-04", "", ""},
		{"Many tourists consult the Canada Border Services Agency before they book rooms.", "2006-11-04", "CA", "Canada Border Services Agency"},
		{"A spokesman for American said the airline would restore flights.", "2011-04-24", "", ""},
		{"A spokesman for American forces said the army would stay.", "2011-04-24", "US", "American"},
	})
}

// The Director of Central Intelligence until April 2005, not a police
// rank; John Bolton by his middle initial; Brazil by its own name; a
// leader before a dash that sets off a source; a capital at work.
func TestSeed122Found(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The report went to the DCI in March.", "2004-06-01", "US", "DCI"},
		{"The report went to the DCI in March.", "2006-06-01", "", ""},
		{"DCI Tom Hale led the murder inquiry.", "2004-06-01", "", ""},
		{"The DCI said the murder inquiry would continue.", "2004-06-01", "", ""},
		{"He was named Director of Central Intelligence by the president.", "2004-06-01", "US", "Director of Central Intelligence"},
		{"The former Director of Central Intelligence wrote a book.", "2004-06-01", "", ""},
		{"John R. Bolton testified before the committee.", "2005-05-12", "US", "John R. Bolton"},
		{"John R. Bolton testified before the committee.", "2008-05-12", "", ""},
		{"Protests against corruption spread across Brasil.", "2005-06-12", "BR", "Brasil"},
		{"Clients of Banco do Brasil queued outside.", "2005-06-12", "", ""},
		{"(Rebels praise Lula - O Globo)", "2005-03-25", "BR", "Lula"},
		{"Lula Moraes scored twice.", "2005-03-25", "", ""},
		{"The minister said Cairo was working to free the envoy.", "2005-07-04", "EG", "Cairo"},
		{"He said Cairo was hot and crowded in July.", "2005-07-04", "", ""},
	})
}
