package parties_test

import "testing"

// The cases below are written for this test, after the seed-160 and
// seed-161 blind checks of the matcher.

// Portugal's interior minister of 2005-07, later its prime minister, by
// full name; "Costa" alone stays out.
func TestSeed160Costa(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Firefighters were praised by António Costa on Monday.", "2006-07-10", "PT", "António Costa"},
		{"Firefighters were praised by Antonio Costa on Monday.", "2006-07-10", "PT", "Antonio Costa"},
		{"Firefighters were praised by António Costa on Monday.", "2019-07-10", "PT", "António Costa"},
		{"Firefighters were praised by António Costa on Monday.", "2010-07-10", "", ""},
		{"Firefighters were praised by Costa on Monday.", "2006-07-10", "", ""},
	})
}

// Australia's Reserve Bank governor and its resources minister share a
// name, both Australia's in their years.
func TestSeed160Macfarlane(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Ian Macfarlane backed a new uranium deal with Beijing.", "2006-04-10", "AU,CN", "Ian Macfarlane|Beijing"},
		{"Ian Macfarlane kept rates on hold.", "2000-04-10", "AU", "Ian Macfarlane"},
		{"Macfarlane toured the mine on Friday.", "2014-04-10", "AU", "Macfarlane"},
		{"Ian Macfarlane toured the mine on Friday.", "2010-04-10", "", ""},
	})
}

// Michael Hayden at the NSA and as deputy intelligence director, before the
// CIA.
func TestSeed160Hayden(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Michael Hayden approved the listening program.", "2002-10-01", "US", "Michael Hayden"},
		{"Michael Hayden spoke to reporters.", "2005-12-20", "US", "Michael Hayden"},
		{"Michael Hayden spoke to reporters.", "2007-12-20", "US", "Michael Hayden"},
		{"Michael Hayden spoke to reporters.", "1997-12-20", "", ""},
	})
}

// A country's name before "city" after a number, an ordinal or a
// superlative locates a place; a city's name stays out.
func TestSeed160RankedCity(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Houston is now the third-largest U.S. city by some counts.", "2005-07-04", "US", "U.S."},
		{"Dallas became the biggest US city to ban the cars.", "2005-07-04", "US", "US"},
		{"It was the 20th United States city to sign up.", "2005-07-04", "US", "United States"},
		{"It was the first Panama city to sign up.", "2005-07-04", "PA", "Panama"},
		{"He flew to Panama City on Sunday.", "2005-07-04", "", ""},
		{"He flew to Kuwait City on Sunday.", "2005-07-04", "", ""},
		{"The largest Mexico City market burned down.", "2005-07-04", "", ""},
		{"A French city council voted on Sunday.", "2005-07-04", "", ""},
	})
}

// "one China" as a doctrine's name is not the state; a quoted "one China"
// alone and the state's name elsewhere stay.
func TestSeed160OneChina(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The island rejected the one-China principle again.", "2008-05-20", "", ""},
		{"The island accepts one China policy, the minister said.", "2008-05-20", "", ""},
		{"He backed \"one China, with each side free to read it\" under the old consensus.", "2008-05-20", "", ""},
		{"He mocked the call for \"one China\" talks.", "2008-05-20", "CN", "China"},
		{"Only one China Airlines jet was delayed.", "2008-05-20", "", ""},
		{"He took a one-China stance, and China thanked him.", "2008-05-20", "CN,CN", "China|China"},
		{"Beijing said one China Eastern plane was grounded, and China protested.", "2008-05-20", "CN,CN", "Beijing|China"},
	})
}

// An exiled opposition group's names and a state agency's website are not
// the state.
func TestSeed160StopPhrases(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The People's Mojahedin Organization of Iran held a rally in Paris.", "2006-08-25", "", ""},
		{"The National Council of Resistance of Iran held a rally.", "2006-08-25", "", ""},
		{"China View reported the flood toll rose.", "2005-09-08", "", ""},
		{"Iran held a rally in the capital.", "2006-08-25", "IR", "Iran"},
		{"China reported the flood toll rose.", "2005-09-08", "CN", "China"},
	})
}
