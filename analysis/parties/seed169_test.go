package parties_test

import "testing"

// The cases below are written for this test, after the seed-169 blind
// check of the matcher.

// A registry surname that opens a hyphenated given name, a family name
// after it, is someone else's given name; a compound with "-led" or
// "-era" stays the holder's.
func TestSeed169GivenSyllable(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Chao-wei Lin, who heads the trade bureau, opened the fair.", "2007-09-12", "", ""},
		{"Labor Secretary Chao met union leaders on Monday.", "2007-09-12", "US", "Chao"},
		{"Critics blamed the Chao-led department for the delay.", "2007-09-12", "US", "Chao"},
		{"Voters rejected the Bush-era rules.", "2007-09-12", "US", "Bush"},
	})
}

// A country's possessive before a firm's capitalised name that ends in a
// firm's head word, "Banks" included, is the firm; a central bank, a bank
// "of" a place and a longer body's name stay the state's.
func TestSeed169NamedFirms(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Canada's Maple Leaf Banks reported higher profits.", "2008-05-01", "", ""},
		{"Japan's Sakura Holdings bought the mine.", "2008-05-01", "", ""},
		{"Norway's Fjord Foods makes fish cakes.", "2008-05-01", "", ""},
		{"India's Reserve Bank raised rates again.", "2008-05-01", "IN", "India"},
		{"Canada's Bank of Canada held rates.", "2008-05-01", "CA,CA", "Canada|Bank of Canada"},
		{"Norway's trade ministry backed the plan.", "2008-05-01", "NO", "Norway"},
	})
}

// A country after a firm's or a person's possessive determiner, maybe
// past a word of amount, and before trade words and a unit, sales or
// revenues is where the owner trades; its allies, counterparts and
// forces stay the state's.
func TestSeed169OwnersTrade(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The chain said its total UK retail sales fell.", "2009-05-01", "", ""},
		{"The licence gives them half of their gross US software revenues.", "2009-05-01", "", ""},
		{"She sold her US business last year.", "2009-05-01", "", ""},
		{"The envoys met their American counterparts in Kabul.", "2009-05-01", "US", "American"},
		{"Our US military operations will go on.", "2009-05-01", "US", "US"},
		{"The regime leaned on its Iranian partners.", "2009-05-01", "IR", "Iranian"},
	})
}

// France's riot police by its full name, with or without accents, and
// by its initials near France's words or in an article that named
// France; the initials alone, or near Congress, are not France's.
func TestSeed169CRS(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Units of the Compagnies Républicaines de Sécurité cleared the square.", "2006-03-21", "FR", "Compagnies Républicaines de Sécurité"},
		{"Units of the Compagnies Republicaines de Securite cleared the square.", "2006-03-21", "FR", "Compagnies Republicaines de Securite"},
		{"The CRS fired tear gas at students in Paris.", "2006-03-21", "FR", "CRS"},
		{"The CRS fired tear gas at the students.", "2006-03-21", "", ""},
		{"A CRS report to Congress on French arms sales came out.", "2006-03-21", "FR", "French"},
	})
	runArticle(t, "2006-03-21", []articleStep{
		{"Students marched across France against the new law.", "FR:France"},
		{"Officers of the CRS beat a protester.", "FR:CRS"},
	})
}

// A place named after a head, a longer capitalised name ending in a
// word of namedAfterWords, is no mention; "Mr." and the surname in an
// undated sentence that says "the president" still are, the bare surname
// is not.
func TestSeed169NamedRun(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The guests met at the Trump National Golf Club, the president said.", "", "", ""},
		{"They played golf at the Trump National Golf Club.", "2018-05-01", "", ""},
		{"They played golf with Trump.", "2018-05-01", "US", "Trump"},
		{"Critics say Mr. Trump cut the fund, and the president has not replied.", "", "US", "Trump"},
		{"Critics say Trump cut the fund, and the president has not replied.", "", "", ""},
	})
}
