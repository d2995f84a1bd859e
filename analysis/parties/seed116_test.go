package parties_test

import "testing"

// The cases below are written for this test, after the seed-116 and
// seed-117 blind checks of the matcher (issue 17).

// Leaders under the surnames and spellings the news uses.
func TestSeed116Leaders(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Villepin told reporters the talks would resume.", "2005-07-07", "FR", "Villepin"},
		{"Villepin told reporters the talks would resume.", "2009-07-07", "", ""},
		{"De Villepin told reporters the talks would resume.", "2006-03-01", "FR", "De Villepin"},
		{"A statement from President Kocharyan's office followed the vote.", "2008-03-02", "AM", "Kocharyan"},
		{"Kocharyan signed the decree.", "2008-03-02", "AM", "Kocharyan"},
		{"Kocharyan signed the decree.", "2009-03-02", "", ""},
		{"Before meeting Imam Khamenei, the envoy toured the city.", "2007-06-10", "IR", "Khamenei"},
		{"Before meeting Imam Ali Khamenei, the envoy toured the city.", "2007-06-10", "IR", "Ali Khamenei"},
		{"Khamenei praised the envoys.", "2007-06-10", "IR", "Khamenei"},
		{"Comanescu flew to Brussels for the talks.", "2008-06-01", "RO", "Comanescu"},
		{"Lazăr Comănescu flew to Brussels for the talks.", "2008-06-01", "RO", "Lazăr Comănescu"},
		{"Comanescu flew to Brussels for the talks.", "2010-06-01", "", ""},
		{"Bodström defended the new wiretap law.", "2005-06-01", "SE", "Bodström"},
		{"Thomas Bodstrom defended the new wiretap law.", "2005-06-01", "SE", "Thomas Bodstrom"},
		{"Bodström defended the new wiretap law.", "2008-06-01", "", ""},
		{"Guergis opened the games in Ottawa.", "2007-06-01", "CA", "Guergis"},
		{"Helena Guergis spoke for women's equality.", "2009-06-01", "CA", "Helena Guergis"},
		{"Guergis spoke on Monday.", "2011-06-01", "", ""},
	})
}

// A capital's district, a ship's crew and a network operator are places
// and private people and firms.
func TestSeed116NotState(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Crowds gathered in Baghdad's Green Zone on Friday.", "2007-06-01", "", ""},
		{"The crowd stood outside the gates, Baghdad's \"Green Zone.\"", "2007-06-01", "", ""},
		{"Baghdad's heavily fortified Green Zone was shelled.", "2007-06-01", "", ""},
		{"Baghdad's government rejected the plan.", "2007-06-01", "IQ", "Baghdad"},
		{"Ankara's safe zone plan alarmed the Kurds.", "2007-06-01", "TR", "Ankara"},
		{"Twelve British crew members were rescued from the tanker.", "2007-06-01", "", ""},
		{"Twenty US crew members were aboard the yacht.", "2007-06-01", "", ""},
		{"The US crew of the freighter was freed.", "2007-06-01", "", ""},
		{"The US crew of the warship was freed.", "2007-06-01", "US", "US"},
		{"Twelve British navy crew members were seized.", "2007-06-01", "GB", "British"},
		{"The largest Dutch mobile operators raised prices.", "2007-06-01", "", ""},
		{"Two UK network operators merged.", "2007-06-01", "", ""},
		{"The UK network of embassies grew.", "2007-06-01", "GB", "UK"},
		{"Falling prices hit the US mortgage market.", "2007-06-01", "", ""},
		{"Falling prices hit the US subprime mortgage market.", "2007-06-01", "", ""},
		{"The US market regulator fined the bank.", "2007-06-01", "US", "US"},
	})
}
