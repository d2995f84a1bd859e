package parties_test

import "testing"

// The cases below are written for this test, after the seed-158 and
// seed-159 blind checks of the matcher.

// The UN's humanitarian chief of 2003-06, by full name and bare surname,
// within his years in the post.
func TestSeed158Egeland(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Jan Egeland asked donors for more tents.", "2005-10-12", "UN", "Jan Egeland"},
		{"Egeland toured the camps near Muzaffarabad.", "2005-10-12", "UN", "Egeland"},
		{"Jan Egeland asked donors for more tents.", "2009-10-12", "", ""},
	})
}

// An office with its party, then a comma, a name and a comma: the name is
// that party's official, also where the post is at the UN.
func TestSeed158OfficeApposition(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Kenyan ambassador to the UN, Peter Mwangi, said the vote was unfair.", "2008-05-02", "KE,UN,KE", "Kenyan|UN|Peter Mwangi"},
		{"The Kenyan ambassador to Chile, Peter Mwangi, said the vote was unfair.", "2008-05-02", "KE,CL,KE", "Kenyan|Chile|Peter Mwangi"},
		{"The Kenyan ambassador to the Netherlands, Peter Mwangi, left.", "2008-05-02", "KE,NL,KE", "Kenyan|Netherlands|Peter Mwangi"},
		{"Anna Berg, the Kenyan ambassador to the UN, Peter Mwangi, said so.", "2008-05-02", "KE,UN", "Kenyan|UN"},
	})
}

// A demonym before "national anthem" is the state's, as a possessive is;
// its national team is not.
func TestSeed158Anthem(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Slovenian national team lost again.", "2006-05-02", "", ""},
		{"The band played the Slovenian national anthem before kick-off.", "2006-05-02", "SI", "Slovenian"},
		{"The band played Slovenia's national anthem before kick-off.", "2006-05-02", "SI", "Slovenia"},
	})
}

// A bare National Security Council beside US words is the US's.
func TestSeed158NSC(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"An aide on the National Security Council carried a letter from President Bush.", "2005-03-02", "US,US", "National Security Council|Bush"},
		{"Turkey's National Security Council met on Tuesday.", "2005-03-02", "TR", "Turkey"},
		{"The National Security Council of Israel met, the paper said.", "2005-03-02", "IL", "Israel"},
		{"The Security Council met on Tuesday.", "2005-03-02", "UN", "Security Council"},
	})
}

// COAG, a joint body of the federal and state governments.
func TestSeed158COAG(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The premiers will raise water at the next COAG meeting.", "2006-02-02", "", ""},
		{"The Council of Australian Governments agreed a water plan.", "2006-02-02", "", ""},
		{"The Australian government and the states agreed a water plan.", "2006-02-02", "AU", "Australian"},
	})
}
