package parties_test

import "testing"

// The cases below are written for this test, after the seed-98 and
// seed-99 blind checks of the matcher (issue 17), drawn at one commit.

// Things, people, places and names that carry a country's word and are
// not the state: a capital's police, a metro line, a guided bomb, a
// national team, a surname, a person sent to a capital, the rest of a
// split plural, a politician and record labels.
func TestSeed98Private(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"\"Nobody was hurt,\" said Gabor Nagy, spokesman for the Budapest Police Department.", "2007-05-02", "", ""},
		{"Riot officers of the Warsaw police closed the square.", "2007-05-02", "", ""},
		{"\"Nobody was hurt,\" said Gabor Nagy, a spokesman for the Hungarian police.", "2007-05-02", "HU,HU", "Gabor Nagy|Hungarian"},
		{"Budapest said the talks would resume.", "2007-05-02", "HU", "Budapest"},
		{"Work on the Canada and Millennium lines will finish next year.", "2007-02-13", "", ""},
		{"Trains on the Canada Line were full.", "2007-02-13", "", ""},
		{"Critics called the China line on Tibet rigid.", "2007-02-13", "CN", "China"},
		{"Talks between Canada and Mexico stalled.", "2007-02-13", "CA,MX", "Canada|Mexico"},
		{"The air force expects a lighter US guided bomb next year.", "2008-01-15", "", ""},
		{"The army wants a US bunker buster.", "2008-01-15", "", ""},
		{"US guided bombs struck the bridge.", "2008-01-15", "US", "US"},
		{"A US strike hit the bridge.", "2008-01-15", "US", "US"},
		{"He scored twice for the Iran national team last year.", "2007-10-09", "", ""},
		{"The Brazil national football side lost on Sunday.", "2007-10-09", "", ""},
		{"The Iran national security council met on Sunday.", "2007-10-09", "IR", "Iran"},
		{"The seat went to the Green candidate, Harriet German.", "2005-05-06", "", ""},
		{"\"We lost,\" said Mr German, the candidate.", "2005-05-06", "", ""},
		{"In June German troops left the base.", "2005-05-06", "DE", "German"},
		{"The treaty was signed by the German, who left at once.", "2005-05-06", "DE", "German"},
		{"She was freed and sent to Jakarta the next day.", "2007-01-26", "", ""},
		{"A protest note was sent to Jakarta the next day.", "2007-01-26", "ID", "Jakarta"},
		{"Thousands of New Zealand ers gathered at the memorial.", "2005-04-25", "", ""},
		{"Thousands gathered in New Zealand at the memorial.", "2005-04-25", "NZ", "New Zealand"},
		{"UK politician Lord Smith said the plan was wrong.", "2005-10-23", "", ""},
		{"UK ministers said the plan was wrong.", "2005-10-23", "GB", "UK"},
		{"The group speaks for the big US record labels.", "2010-08-31", "", ""},
		{"The US record on rights was criticised.", "2010-08-31", "US", "US"},
	})
}

// Mentions the matcher missed: a customs administration after a demonym,
// and the registry's new body and people.
func TestSeed98Missed(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Polish Customs seized forged watches on Saturday.", "2006-11-21", "PL", "Polish"},
		{"Slovak customs officers seized the forged watches.", "2006-11-21", "SK", "Slovak"},
		{"Visitors enjoyed the Polish customs and dances.", "2006-11-21", "", ""},
		{"Postcomm fined the Royal Mail.", "2010-12-17", "GB", "Postcomm"},
		{"The Postal Services Commission approved the rise.", "2010-12-17", "GB", "Postal Services Commission"},
		{"\"We will not comment,\" said Michael Ellam, the spokesman.", "2008-10-11", "GB", "Michael Ellam"},
		{"\"We will not comment,\" said Michael Ellam, the spokesman.", "2011-01-01", "", ""},
		{"Peter Hain met the party leaders at Stormont.", "2006-05-27", "GB", "Peter Hain"},
		{"Peter Hain met the party leaders in Cardiff.", "2003-01-10", "GB", "Peter Hain"},
		{"Peter Hain met the party leaders in Cardiff.", "2009-07-01", "GB", "Peter Hain"},
		{"Peter Hain met the party leaders in Cardiff.", "2008-06-01", "", ""},
		{"Carlos Lage opened the session.", "2008-05-01", "CU", "Carlos Lage"},
		// Dismissed on 2 March 2009 (seed 122).
		{"Carlos Lage Dávila opened the session.", "2009-03-02", "CU", "Carlos Lage Dávila"},
		{"Carlos Lage Dávila opened the session.", "2009-03-04", "", ""},
		{"Carlos Lage opened the session.", "2009-06-01", "", ""},
		{"Lage opened Cuba's session.", "2008-05-01", "CU,CU", "Lage|Cuba"},
		{"Lage opened the session.", "2008-05-01", "", ""},
		{"Alberto Fernandez spoke to the station.", "2006-10-23", "US", "Alberto Fernandez"},
		{"Fernandez spoke to the station.", "2006-10-23", "", ""},
		{"Alberto Fernández spoke to the station.", "2020-10-23", "AR", "Alberto Fernández"},
	})
}

// The diplomat's bare surname counts only in an article that named him in
// full.
func TestSeed98Article(t *testing.T) {
	runArticle(t, "2006-10-23", []articleStep{
		{"Alberto Fernandez gave an interview to the station.", "US:Alberto Fernandez"},
		{"Fernandez later said he had misspoken.", "US:Fernandez"},
	})
}
