package parties_test

import "testing"

// The cases below are written for this test, after the seed-178 and
// seed-179 blind checks of the matcher (part C).

// Somalia's transitional government of 2004-2012 is its government; the
// country named beside it stays a mention too.
func TestSeed178cSomaliGovernment(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Transitional Federal Government sent troops to Baidoa.", "2006-12-20", "SO", "Transitional Federal Government"},
		{"Envoys met the Transitional Federal Government of Somalia in Nairobi.", "2005-03-01", "SO", "Transitional Federal Government of Somalia"},
		{"A transitional federal charter was signed in Kenya.", "2005-03-01", "KE", "Kenya"},
	})
}

// Canada's auditor general of 2001-2011 is an official by her full name in
// her years; before them, and by the surname alone, she is not.
func TestSeed178cAuditorGeneral(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Auditor General Sheila Fraser faulted the sponsorship scheme.", "2004-02-10", "CA", "Sheila Fraser"},
		{"Sheila Fraser told a committee the books were a mess.", "2009-05-01", "CA", "Sheila Fraser"},
		{"Sheila Fraser wrote to the editor about the scheme.", "1999-05-01", "", ""},
		{"Ms Fraser wrote to the editor about the scheme.", "2004-02-10", "", ""},
	})
}

// A country's name right before "infobox", a wiki box's label, is page
// furniture; the country named in the text after it stays.
func TestSeed178cInfobox(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Lebanon infobox Three shops burned in the night.", "2006-07-20", "", ""},
		{"Ethiopia INFOBOX Rain fell on the hills.", "2006-07-20", "", ""},
		{"Lebanon infobox Three shops burned as Lebanon protested.", "2006-07-20", "LB", "Lebanon"},
		{"Lebanon protested the raid on Tuesday.", "2006-07-20", "LB", "Lebanon"},
	})
}

// The regional daily Ouest-France is a newspaper; France alone stays.
func TestSeed178cOuestFrance(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The farmer told Ouest-France that the fields had flooded.", "2009-11-20", "", ""},
		{"The farmer told France's envoy that the fields had flooded.", "2009-11-20", "FR", "France"},
	})
}

// A country's word before two trades joined by "and" and a firm's word is
// the firm's home; a word of the state's own in the run keeps the state.
func TestSeed178cJoinedTrades(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The head of the Swiss chocolate and coffee food maker quit.", "2008-01-01", "", ""},
		{"A Japanese camera and phone equipment firm opened a plant.", "2008-01-01", "", ""},
		{"The head of the Swiss army and police group quit.", "2008-01-01", "CH", "Swiss"},
		{"Swiss and German officials met in Bern.", "2008-01-01", "CH,DE", "Swiss|German"},
	})
}

// A trade's agency after a demonym (travel, advertising, talent, estate)
// is a firm; an agency alone may be the state's, and a news agency stays
// as it was.
func TestSeed178cTradeAgency(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Hackers struck a Dutch online travel agency last week.", "2012-03-10", "", ""},
		{"A Swedish advertising agency made the film.", "2012-03-10", "", ""},
		{"She signed with a British talent agency in May.", "2012-03-10", "", ""},
		{"A French real estate agency sold the villa.", "2012-03-10", "", ""},
		{"The Dutch agency fined the bank last week.", "2012-03-10", "NL", "Dutch"},
		{"The Iranian news agency said the talks had failed.", "2012-03-10", "", ""},
	})
}
