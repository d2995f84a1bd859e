package parties_test

import "testing"

// The cases below are written for this test, after the seed-104 and
// seed-105 blind checks of the matcher (issue 17), drawn after the seed-100
// and -101 fixes.

// Officials and bodies the registry lacked, in their terms and out.
func TestSeed104Officials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Mixon told reporters his troops had cleared two villages.", "2007-06-02", "US", "Mixon"},
		{"Maj. Gen. Benjamin Mixon asked for more soldiers.", "2007-06-02", "US", "Benjamin Mixon"},
		{"Mixon told reporters the team had won again.", "2009-06-02", "", ""},
		{"Aides said Ms Fotyga would fly to Brussels.", "2008-03-10", "PL", "Fotyga"},
		{"Aides said Ms Fotyga would fly to Brussels.", "2009-03-10", "", ""},
		{"A HUD spokesman said the flats would be torn down.", "2006-09-01", "US", "HUD"},
		{"The Department of Housing and Urban Development froze the grants.", "2006-09-01", "US", "Department of Housing and Urban Development"},
		{"The pilot looked at the hud before landing.", "2006-09-01", "", ""},
		{"Mr Ramon told the cabinet the raids would go on.", "2006-07-30", "IL", "Ramon"},
		{"Ramon Diaz scored twice for the visitors.", "2006-07-30", "", ""},
		{"Haim Ramon told the cabinet the raids would go on.", "2006-10-30", "", ""},
		{"He praised special counsel Robert Mueller for his work.", "", "US", "Robert Mueller"},
		{"He praised Robert Mueller for his work.", "", "", ""},
		{"He praised former special counsel Robert Mueller for his work.", "", "", ""},
		{"Gambari flew to Yangon to meet the junta's leaders.", "2007-10-03", "UN", "Gambari"},
		{"Gambari flew to Yangon to meet the junta's leaders.", "2012-10-03", "", ""},
		// The registry, a programme, is no body (seed 122 reversed seed 105).
		{"The government vowed to scrap the Canadian Firearms Registry.", "2009-03-22", "", ""},
		{"The Canadian government vowed to scrap the gun registry.", "2009-03-22", "CA", "Canadian"},
		{"Prime minister John Howard said 200 more ADF troops would go to Iraq.", "2006-03-21", "AU,AU,IQ", "John Howard|ADF|Iraq"},
		{"The ADF will send 200 more troops next month.", "2006-03-21", "", ""},
		{"The ADF rebels attacked a village near the Ugandan border.", "2006-03-21", "UG", "Ugandan"},
	})
}

// Names, a court and a territory that carry a country's word and are not the
// state.
func TestSeed104Private(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Harper led the Conservative Party of Canada to a win.", "2008-12-05", "CA", "Harper"},
		{"The Liberal Party of Canada chose a new leader.", "2008-12-05", "", ""},
		{"Rivals hoped the Conservative Party of Canada would lose seats.", "2008-12-05", "", ""},
		{"Rivals vowed to unseat Canada's minority government.", "2008-12-05", "CA", "Canada"},
		{"He grew up in the East German town of Halle.", "2005-11-22", "", ""},
		{"East Germany built the wall in 1961.", "2005-11-22", "", ""},
		{"The case went to the Federal Tribunal of Switzerland.", "2005-06-05", "", ""},
		{"Its founder ran the Christian Coalition of America for years.", "2005-08-23", "", ""},
		{"A coalition of America and its allies struck the camps.", "2005-08-23", "US", "America"},
		{"Switzerland told the tribunal it would appeal.", "2005-06-05", "CH", "Switzerland"},
		{"The Australian Antarctic Division sent a ship south.", "2005-11-21", "AU", "Australian"},
		{"Whalers entered the Australian Antarctic Territory waters.", "2005-11-21", "", ""},
		{"Private Rogers died in the attack last week.", "2008-04-09", "", ""},
		{"Aid is slow, a plain result of Obama administration's neglect.", "", "US", "Obama"},
		{"Administration of the aid is slow, the result of poor administration's choices.", "", "", ""},
		{"The report is of Obama administration's making, aides said.", "2009-03-01", "US", "Obama"},
		{"Funds came in May, of Government money.", "", "", ""},
		// Hyphenated borders count both states since session 29 (they
		// stayed out by an earlier decision before).
		{"Guards on the Iran-Iraq border doubled their watch.", "2007-01-30", "IR,IQ", "Iran|Iraq"},
	})
}
