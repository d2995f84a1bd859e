package parties_test

import "testing"

// The cases below are written for this test, after the seed-152 and
// seed-153 blind checks of the matcher.

// A South Slavic leader's "Đ" written "Dj", as English news spells it,
// within the terms; outside them the name is no one's in office.
func TestSeed152Dj(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Milo Djukanovic flew to Brussels on Monday.", "2006-05-02", "ME", "Milo Djukanovic"},
		{"Prime Minister Djukanovic flew to Brussels.", "2006-05-02", "ME", "Djukanovic"},
		{"Milo Djukanovic flew to Brussels on Monday.", "2011-05-02", "", ""},
		{"Zoran Djindjic met the envoys in Belgrade.", "2002-05-02", "RS", "Zoran Djindjic"},
	})
}

// Egypt's foreign minister of 2004-11 by the spellings the news uses.
func TestSeed152AbulGheit(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Abul Gheit promised a full inquiry into the blast.", "2006-03-01", "EG", "Abul Gheit"},
		{"Ahmed Abul Gheit promised a full inquiry.", "2006-03-01", "EG", "Ahmed Abul Gheit"},
		{"Ahmed Aboul-Gheit promised a full inquiry.", "2006-03-01", "EG", "Ahmed Aboul-Gheit"},
	})
}

// Thailand's deputy prime minister for legal affairs under Thaksin and
// Prayut, and Thaksin by his family name, also spelt "Sinawatra", within
// his term.
func TestSeed152Thailand(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Wissanu Krea-ngam told reporters the decree was lawful.", "2005-06-01", "TH", "Wissanu Krea-ngam"},
		{"Wissanu Kreangam told reporters the decree was lawful.", "2016-06-01", "TH", "Wissanu Kreangam"},
		{"Wissanu Krea-ngam told reporters the decree was lawful.", "2010-06-01", "", ""},
		{"Mr Sinawatra flew home from Tokyo.", "2005-06-01", "TH", "Sinawatra"},
		{"Thaksin Sinawatra flew home from Tokyo.", "2005-06-01", "TH", "Thaksin Sinawatra"},
		{"Shinawatra flew home from Tokyo.", "2005-06-01", "TH", "Shinawatra"},
		{"Shinawatra flew home from Tokyo.", "2012-06-01", "", ""},
	})
}

// The UN's office on drugs and crime by its full name and initials, one
// span.
func TestSeed152UNODC(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A United Nations Office on Drugs and Crime survey found more poppies.", "2007-08-01", "UN", "United Nations Office on Drugs and Crime"},
		{"The UNODC survey found more poppies.", "2007-08-01", "UN", "UNODC"},
	})
}

// A seat of government in front of which people stand is a venue; the
// seat that speaks stays the government.
func TestSeed152InFrontOf(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Hundreds of nurses rallied in front of the White House on Sunday.", "2006-02-10", "", ""},
		{"The White House said the nurses would be heard.", "2006-02-10", "US", "White House"},
		{"In front of the Kremlin stood a row of tanks.", "2006-02-10", "", ""},
	})
}

// The Republicans' 1994 platform is a program's name; the country beside
// it stays.
func TestSeed152ContractWithAmerica(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Gingrich campaigned on the Contract with America in 1994.", "2005-04-12", "", ""},
		{"America signed a contract with Boeing.", "2005-04-12", "US", "America"},
	})
}

// A demonym after "fellow" that ends its phrase is people; the same
// demonym that acts stays the state.
func TestSeed152Fellow(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The militia showed little regard for its fellow Lebanese.", "2008-05-11", "", ""},
		{"She urged her fellow Kenyans to vote.", "2008-05-11", "", ""},
		{"The Lebanese army deployed in the capital.", "2008-05-11", "LB", "Lebanese"},
	})
}

// A government named by its head's surname after another capitalised
// word is someone else's ("Saddam Hussein's regime" is not Somalia's
// prime minister's); the head's own stays.
func TestSeed152OtherGovernment(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"He had ties to Saddam Hussein's regime, the paper said.", "2008-09-28", "", ""},
		{"Deputies backed Hussein's government in the vote.", "2008-12-15", "SO", "Hussein"},
		{"The Howard government fell.", "2005-12-15", "AU", "Howard"},
		{"The Canadian Harper Government's line on Kyoto drew fire.", "2008-12-15", "CA,CA", "Canadian|Harper"},
	})
}

// A leader's surname before a private place of theirs is the place; before
// a government's word it stays the state.
func TestSeed152Ranch(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Marchers camped near the Bush ranch in Crawford.", "2005-08-09", "", ""},
		{"Guests dined at the Putin dacha outside Moscow.", "2005-08-09", "", ""},
		{"The Bush administration rejected the plan.", "2005-08-09", "US", "Bush"},
	})
}

// A country's name or demonym before "mine" is a site; its ministry stays.
func TestSeed152Mine(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Rescuers reached six workers trapped in a Peru mine.", "2010-10-15", "", ""},
		{"Rescuers reached six workers trapped in a Chilean mine.", "2010-10-15", "", ""},
		{"The Chilean mining ministry ordered an inquiry.", "2010-10-15", "CL", "Chilean"},
	})
}
