package parties_test

import "testing"

// The cases below are written for this test, after the seed-166 and
// seed-167 blind checks of the matcher.

// The UK's minimum-wage advisers are a body of the state; Ireland's body
// of the same name is not the UK's.
func TestSeed166LowPayCommission(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Ministers accepted the advice of the Low Pay Commission on Tuesday.", "2006-03-01", "GB", "Low Pay Commission"},
		{"The Irish government took advice from the Low Pay Commission.", "2016-07-12", "IE", "Irish"},
		{"Nobody asked the low pay commission about it.", "2006-03-01", "", ""},
	})
}

// The US ambassador to Zimbabwe by full name within his years, never by
// the bare surname, which is the computer maker.
func TestSeed166Dell(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Christopher Dell met opposition leaders in Harare.", "2006-05-02", "US", "Christopher Dell"},
		{"Ambassador Dell spoke to reporters.", "2006-05-02", "US", "Dell"},
		{"Christopher Dell met opposition leaders.", "2010-05-02", "", ""},
		{"Dell cut laptop prices again.", "2006-05-02", "", ""},
		{"Mr Dell opened a plant in Ireland.", "2006-05-02", "IE", "Ireland"},
	})
	runArticle(t, "2006-05-02", []articleStep{
		{"US Ambassador Christopher Dell warned of hunger.", "US:US|US:Christopher Dell"},
		{"Dell said food stocks were low.", "US:Dell"},
	})
}

// An office "of" a body with its initials in brackets, then the holder's
// name, long with particles, after "and" and a comma or before a verb.
func TestSeed166OfficeOfInitials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The head of the Federal Bureau of Investigation (FBI), Tom Hale, left.", "2005-03-18", "US,US,US", "Federal Bureau of Investigation|FBI|Tom Hale"},
		{"The director-general of the Brazilian Intelligence Agency, Pedro Paulo de Souza e Castro, spoke.", "2005-03-18", "BR,BR", "Brazilian Intelligence Agency|Pedro Paulo de Souza e Castro"},
		{"Ana Ruiz, a judge, and the director-general of the Brazilian Intelligence Agency (Abin), Pedro Alves say so.", "2005-03-18", "BR,BR,BR", "Brazilian Intelligence Agency|Abin|Pedro Alves"},
		{"Ana Ruiz, and the director of the Brazilian Intelligence Agency, said so.", "2005-03-18", "BR", "Brazilian Intelligence Agency"},
		{"Leaders met, and the first Prime Minister of India, Jawaharlal Nehru, spoke.", "2005-04-20", "IN", "India"},
	})
	// A particle after another name word makes the surname another
	// person's.
	runArticle(t, "2005-03-18", []articleStep{
		{"The director of the Brazilian Intelligence Agency, Pedro Paulo de Souza e Castro, resigned.", "BR:Brazilian Intelligence Agency|BR:Pedro Paulo de Souza e Castro"},
		{"Castro was replaced within a week.", "BR:Castro"},
		{"A letter came from Rui Alves da Castro on Monday.", ""},
	})
}

// A country's possessive before a firm or a medium the state owns or runs
// is the firm; its news agency, a lone "state" and a warship stay.
func TestSeed166OwnedFirms(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The film was shown on Spain's state-run TVE1 channel last week.", "2006-02-01", "", ""},
		{"Peru's state-owned oil company raised prices.", "2006-02-01", "", ""},
		{"Austria's public broadcaster aired the debate.", "2006-02-01", "", ""},
		{"Syria's state-run media denied the report.", "2006-02-01", "", ""},
		{"Egypt's government-owned airline cut routes.", "2006-02-01", "", ""},
		{"Turkey's state-run news agency said the talks ended.", "2006-02-01", "TR", "Turkey"},
		{"Syria's state security court jailed him.", "2006-02-01", "SY", "Syria"},
		{"Spain's public spending rose.", "2006-02-01", "ES", "Spain"},
		{"France's aircraft carrier left port.", "2006-02-01", "FR", "France"},
	})
}

// A country's possessive before a legislature with a word or two of its
// standing between is the legislature.
func TestSeed166QualifiedLegislature(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Nepal's interim parliament passed the bill.", "2007-03-01", "", ""},
		{"Iraq's new national assembly met on Friday.", "2007-03-01", "", ""},
		{"Nepal's interim government passed the bill.", "2007-03-01", "NP", "Nepal"},
		{"Nepal's new leaders met the press.", "2007-03-01", "NP", "Nepal"},
	})
}

// A past office of a country set off after a name is no mention; an
// office held now stays, and so does a past office of the country's body.
func TestSeed166FormerOfficeOf(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Tom Hale, the former Prime Minister of Fiji, flew home.", "2007-03-01", "", ""},
		{"Tom Hale, a former foreign minister of Peru, wrote the report.", "2007-03-01", "", ""},
		{"Tom Hale, the Prime Minister of Fiji, flew home.", "2007-03-01", "FJ", "Fiji"},
		{"Tom Hale, a former head of Peru's tax office, wrote it.", "2007-03-01", "PE", "Peru"},
	})
}

// A country's name before a coast's or a gulf's name is the place; its
// command and its waters after a possessive stay the state's.
func TestSeed166CoastName(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Storms hit the U.S. Gulf Coast again.", "2008-09-01", "", ""},
		{"Drilling in the US Gulf of Mexico slowed.", "2011-05-01", "", ""},
		{"Fog closed ports on the US West Coast.", "2011-05-01", "", ""},
		{"The US Pacific Command moved ships.", "2011-05-01", "US", "US"},
		{"The tanker sailed to the United States' Gulf of Mexico.", "2011-05-01", "US", "United States"},
	})
}

// Capitals that open and close a range of places are places; coordinated
// capitals that act stay.
func TestSeed166CapitalRange(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Activists from Cairo and Amman to Rabat met online.", "2008-01-06", "", ""},
		{"Cairo and Amman agreed to talks.", "2008-01-06", "EG,JO", "Cairo|Amman"},
	})
}
