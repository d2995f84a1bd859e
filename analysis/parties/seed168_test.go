package parties_test

import "testing"

// The cases below are written for this test, after the seed-168 blind
// check of the matcher.

// Taiwan's vice president of 2000-08 by her names, within her terms; her
// bare surname is anyone's.
func TestSeed168AnnetteLu(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Annette Lu opened the fair in Taipei.", "2006-04-10", "TW", "Annette Lu"},
		{"Vice President Lu Hsiu-lien spoke at the rally.", "2004-01-10", "TW", "Lu Hsiu-lien"},
		{"Annette Lu opened the fair.", "2009-04-10", "", ""},
		{"Lu said the plan would fail.", "2006-04-10", "", ""},
	})
}

// Portugal's medical emergency institute, by its names and its initials,
// which beside Spanish words were Spain's employment institute.
func TestSeed168INEM(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Doctors of Portugal's National Medical Emergency Institute flew out.", "2006-06-04", "PT,PT", "Portugal|National Medical Emergency Institute"},
		{"A Portuguese INEM crew treated the injured.", "2006-06-04", "PT,PT", "Portuguese|INEM"},
		{"Spain's INEM reported fewer jobless claims.", "2006-06-04", "ES", "Spain"},
		{"The INEM figures rose.", "2006-06-04", "", ""},
	})
	runArticle(t, "2006-06-04", []articleStep{
		{"Portugal sent a field hospital to the island.", "PT:Portugal"},
		{"An INEM team set up a clinic in the hotel.", "PT:INEM"},
	})
}

// A prime minister's title naming the country, before two capitalised
// words that end with the surname of the country's prime minister on the
// day, is that prime minister under another given name; another surname,
// another day or an undated sentence is no one's.
func TestSeed168PrimeSurname(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Israeli prime minister Yossi Olmert met envoys.", "2007-03-01", "IL,IL", "Israeli|Yossi Olmert"},
		{"The Israeli prime minister Yossi Sharon met envoys.", "2007-03-01", "IL", "Israeli"},
		{"The Israeli prime minister Yossi Olmert met envoys.", "2010-03-01", "IL", "Israeli"},
		{"The Israeli prime minister Yossi Olmert met envoys.", "", "IL", "Israeli"},
	})
	runArticle(t, "2007-03-01", []articleStep{
		{"The Israeli prime minister Yossi Olmert met envoys.", "IL:Israeli|IL:Yossi Olmert"},
		{"Olmert said talks would go on.", "IL:Olmert"},
	})
}

// A seat after "capital" is a place, and so is a shorter seat inside it;
// a seat that acts stays the government.
func TestSeed168CapitalPlace(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"said Tom Hale, Orbit Capital, New Delhi head of equities.", "2009-01-12", "", ""},
		{"Officials in New Delhi said the plan was sound.", "2009-01-12", "IN", "New Delhi"},
	})
}

// A country's possessive before a works named in capitals is the firm's
// site; a nuclear site, an office's name and a works in lower case stay
// the state's.
func TestSeed168Facilities(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Strikers left Britain's Fawley Oil Refinery on Monday.", "2009-02-05", "", ""},
		{"Miners blocked Chile's Escondida Mine for a week.", "2009-02-05", "", ""},
		{"Britain's Drax Power Station burned less coal.", "2009-02-05", "", ""},
		{"Iran's Arak Nuclear Plant was inspected.", "2009-02-05", "IR", "Iran"},
		{"Kenya's Public Works Department said so.", "2009-02-05", "KE", "Kenya"},
		{"Britain's main oil refinery was shut.", "2009-02-05", "GB", "Britain"},
	})
}

// A head's title that the sentence calls lost, before "of" and the
// country, or after "self-exiled", is a past office; the title alone
// stays the holder's.
func TestSeed168LostTitle(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The deposed President of Kyrgyzstan Askar Akayev flew to Moscow.", "2005-03-28", "KG", "Kyrgyzstan"},
		{"The self-exiled Kyrgyz president Askar Akayev spoke.", "2005-03-28", "KG", "Kyrgyz"},
		{"The President of Kyrgyzstan Askar Akayev flew to Moscow.", "2005-03-28", "KG,KG", "Kyrgyzstan|Askar Akayev"},
	})
}

// A bracket opened by "see" and a capitalised title refers to an article;
// a name that opens it, or "see" in prose, leaves the country.
func TestSeed168SeeReference(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Seats follow the list vote (see Foreign relations of Peru).", "2005-03-28", "", ""},
		{"Seats follow the list vote (see Peru and Chile).", "2005-03-28", "PE,CL", "Peru|Chile"},
		{"We will see how Peru votes.", "2005-03-28", "PE", "Peru"},
	})
}

// An event held in a building that stands for a government is at a
// venue; its people in it stay the government.
func TestSeed168EventVenue(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Ministers gathered for a summit in the Kremlin on Friday.", "2006-03-16", "", ""},
		{"The guests ate at a dinner in the White House.", "2006-03-16", "", ""},
		{"Hardliners in the Kremlin resisted.", "2006-03-16", "RU", "Kremlin"},
		{"Aides in the White House drafted the plan.", "2006-03-16", "US", "White House"},
	})
}
