package parties_test

import (
	"testing"

	"github.com/stance-news/stance/analysis/parties"
)

// The cases below are written for this test, after the seed-180 to
// seed-183 blind checks of the matcher (part D: registry data and stop
// phrases).

// The US International Trade Commission, under its names and initials.
func TestSeed180dTradeCommission(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The International Trade Commission voted on the steel duties.", "2012-10-12", "US", "International Trade Commission"},
		{"The firm asked the U.S. International Trade Commission to bar the phones.", "2010-03-03", "US", "U.S. International Trade Commission"},
		{"USITC staff will hear the case next week.", "2010-03-03", "US", "USITC"},
	})
}

// Iran's Basij militia, in its spellings.
func TestSeed180dBasij(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The rally in Tabriz was dispersed by Basij militia on Friday.", "2009-06-20", "IR", "Basij militia"},
		{"Police and Bassiji beat the marching students.", "2005-06-04", "IR", "Bassiji"},
		{"The Basij patrols the streets at night.", "2007-05-22", "IR", "Basij"},
	})
}

// Canada's House leader Tony Valeri in Paul Martin's cabinet, by his full
// name and "Mr Valeri", not after it; "Valeri" alone is a first name.
func TestSeed180dValeri(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"House leader Tony Valeri moved to extend the sitting.", "2005-06-20", "CA", "Tony Valeri"},
		{"House leader Tony Valeri moved to extend the sitting.", "2007-06-20", "", ""},
		{"Mr Valeri moved to extend the sitting.", "2005-06-20", "CA", "Valeri"},
		{"Valeri Karpin picked the squad on Monday.", "2005-06-20", "", ""},
	})
}

// The EU's gazette names the Union.
func TestSeed180dOfficialJournal(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Tenders go to the Official Journal of the EU every week.", "2011-03-26", "EU", "EU"},
	})
}

// India's UPA government in its years, not before nor after them, and
// never "UPA" alone.
func TestSeed180dUPAGovernment(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Two ministers quit the UPA government over the price rise.", "2006-11-28", "IN", "UPA government"},
		{"The Left said the UPA-led government had ignored it.", "2008-07-08", "IN", "UPA-led government"},
		{"Two ministers quit the UPA government over the price rise.", "2016-11-28", "", ""},
		{"The UPA fought in the forests of Volhynia.", "2008-07-08", "", ""},
	})
}

// The code of US law by its name is not the state; the state's own
// envoy still is.
func TestSeed180dUnitedStatesCode(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The count rests on 18 United States Code 1341, the fraud law.", "2009-02-09", "", ""},
		{"A United States envoy raised the fraud count.", "2009-02-09", "US", "United States"},
	})
}

// France, Germany and Britain as the EU-3 are three states, not the EU.
func TestSeed180dEU3(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Talks between Tehran and the EU-3 resumed in Vienna.", "2006-06-05", "IR", "Tehran"},
		{"Talks between Tehran and the EU resumed in Vienna.", "2006-06-05", "IR,EU", "Tehran|EU"},
	})
}

// Initials joined by a full stop to a capitalised word are a web name's
// last part (the campaign Leave.EU), not the party.
func TestSeed180dDottedName(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Activists of Leave.EU handed out leaflets in Kent.", "2016-05-13", "", ""},
		{"Activists who back the EU handed out leaflets in Kent.", "2016-05-13", "EU", "EU"},
		{"Activists left. EU leaders met in Brussels.", "2016-05-13", "EU", "EU"},
	})
}

// China's Taiwan Affairs Office is Beijing's body, not Taiwan.
func TestSeed180dTaiwanAffairsOffice(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Taiwan Affairs Office warned against any move to independence.", "2005-03-30", "CN", "Taiwan Affairs Office"},
		{"Taiwan warned against any move to unification.", "2005-03-30", "TW", "Taiwan"},
	})
}

// Australia's Antarctic territory by its name is a place.
func TestSeed180dAntarcticTerritory(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Whalers sailed into the Australian Antarctic Territory last week.", "2005-11-21", "", ""},
		{"Whalers sailed past the Australian Antarctic Territorial limits.", "2005-11-21", "", ""},
		{"The Australian government protested to Tokyo last week.", "2005-11-21", "AU,JP", "Australian|Tokyo"},
	})
}

// A political group named "Democracy for" a country is the group; the
// country's democracy, in lower case, still names the country.
func TestSeed180dDemocracyFor(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Donors to Democracy for America gave more this year.", "2008-01-05", "", ""},
		{"He spoke of bringing democracy for Iraq by force.", "2008-01-05", "IQ", "Iraq"},
	})
}

// Egypt's Field Marshal Tantawi by his surname alone only after the death
// of al-Azhar's Grand Imam, who bore it too; his full name and title count
// throughout his term.
func TestSeed180dTantawi(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Tantawi condemned the cartoons on Friday.", "2006-08-18", "", ""},
		{"Tantawi ended the curfew on Friday.", "2012-01-25", "EG", "Tantawi"},
		{"Field Marshal Tantawi inspected the troops.", "2006-08-18", "EG", "Field Marshal Tantawi"},
		{"Mohamed Hussein Tantawi inspected the troops.", "2006-08-18", "EG", "Mohamed Hussein Tantawi"},
	})
}

// The UPA government, named in an article, makes no later "Government"
// the coalition's surname.
func TestSeed180dUPAArticle(t *testing.T) {
	_, m := defaultMatcher(t)
	var a parties.Article
	d := day("2006-06-13")
	if got := m.AppendMatchArticle(nil, "The Left said the UPA Government had lost its support.", d, &a); len(got) != 1 || got[0].Party != "IN" {
		t.Errorf("first sentence: got %v, want IN", got)
	}
	got := m.AppendMatchArticle(nil, "Activists tried to picket Central Government offices.", d, &a)
	if len(got) != 0 {
		t.Errorf("later sentence: got %v, want none", got)
	}
}
