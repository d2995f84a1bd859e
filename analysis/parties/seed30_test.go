package parties_test

import "testing"

// The cases below are written for this test, after the errors of the
// seed-30 blind check of the matcher (issue 17). Each rule or registry
// entry is here both ways: beside every phrase it finds or leaves out, a
// near phrase that must stay as it was.

// The UN's secretary-general named by the office alone, in any case, is the
// UN; another organisation's, a party's or a union's, a deputy, the office
// as a post to fill, and the title before a name are not.
func TestSeed30SecretaryGeneral(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The secretary-general praised the ceasefire in a statement on Monday.", "2008-03-04", "UN", "secretary-general"},
		{"A spokesman for the Secretary-General said the envoy would stay.", "2008-03-04", "UN", "Secretary-General"},
		{"The Secretary General urged both sides to talk.", "2008-03-04", "UN", "Secretary General"},
		{"He wrote to the secretary-general and to the Security Council.", "2008-03-04", "UN,UN", "secretary-general|Security Council"},
		{"The party's secretary-general quit after the vote.", "2008-03-04", "", ""},
		{"The secretary-general of the ruling party quit after the vote.", "2008-03-04", "", ""},
		{"The alliance's secretary-general said NATO would send more troops.", "2008-03-04", "NATO", "NATO"},
		{"The secretary-general said the Arab League would meet on Friday.", "2008-03-04", "ARABLEAGUE", "Arab League"},
		{"Maria Cruz, KMP Secretary General, led the march.", "2008-03-04", "", ""},
		{"The deputy secretary-general flew to Nairobi.", "2008-03-04", "", ""},
		{"Seoul wants its candidate to be the next secretary-general.", "2008-03-04", "KR", "Seoul"},
		{"Secretary-General Ban Ki-moon flew to Nairobi.", "2008-03-04", "UN", "Ban Ki-moon"},
	})
}

// "Athens, Georgia": a city of the US state and a comma before "Georgia"
// make it the state's address; the country after its own city, or acting,
// stays the country.
func TestSeed30GeorgiaAddress(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"She grew up in Athens, Georgia, and studied law.", "2008-03-04", "", ""},
		{"The plant is near Macon, Georgia.", "2008-03-04", "", ""},
		{"The talks were held in Tbilisi, Georgia.", "2008-03-04", "GE", "Georgia"},
		{"Athens and Georgia signed a visa deal.", "2008-03-04", "GR,GE", "Athens|Georgia"},
	})
}

// Bodies and office holders the registry lacked, each inside and outside
// the term the registry gives, and a namesake or another office that stays
// out.
func TestSeed30Officials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Engineers at ANSTO shut the research reactor for checks.", "2006-06-16", "AU", "ANSTO"},
		{"The Australian Nuclear Science and Technology Organisation will run the new reactor.", "2006-06-16", "AU", "Australian Nuclear Science and Technology Organisation"},
		{"Rosprirodnadzor threatened to halt the pipeline.", "2006-09-20", "RU", "Rosprirodnadzor"},
		{"Oleg Mitvol warned that the spill would spread.", "2007-11-12", "RU", "Oleg Mitvol"},
		{"Oleg Mitvol warned that the spill would spread.", "2010-11-12", "", ""},
		{"Gaza militants rejected the offer made by Abu Mazen.", "2006-07-27", "PS", "Abu Mazen"},
		{"Gaza militants rejected the offer made by Abu Mazen.", "2004-07-27", "", ""},
		{"Outgoing President Vincente Fox spoke of reform.", "2006-09-01", "MX", "Vincente Fox"},
		{"Outgoing President Vincente Fox spoke of reform.", "2007-09-01", "", ""},
		{"Akayev insisted from Moscow that he was still head of state.", "2005-03-30", "KG", "Akayev"},
		{"Akayev insisted from Moscow that he had done nothing wrong.", "2005-06-30", "", ""},
		{"The Maoists agreed to meet Koirala next week.", "2006-11-20", "NP", "Koirala"},
		{"The Maoists agreed to meet Koirala next week.", "2012-11-20", "", ""},
		{"Sushil Koirala led the party's delegation.", "2007-02-10", "", ""},
		{"Oli flew to Delhi for two days of talks.", "2006-11-06", "NP", "Oli"},
		{"Oli flew to Delhi for two days of talks.", "2008-11-06", "", ""},
		{"Tony Fratto said the president would not comment.", "2007-06-08", "US", "Tony Fratto"},
		{"Tony Fratto said the firm would not comment.", "2010-06-08", "", ""},
	})
}
