package parties_test

import "testing"

// The cases below are written for this test, after the seed-198 to
// seed-201 blind checks of the matcher.

// A country's demonym before "assaults" is its forces' act, as before
// "raids"; not before "assault" and a weapon.
func TestSeed198Assaults(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Nine people died in Israeli assaults on the camp.", "2006-11-04", "IL", "Israeli"},
		{"Police found a Russian assault rifle in the boot.", "2006-11-04", "", ""},
	})
}

// Registry entries after seeds 198 to 201: officials within their terms,
// by full name where the surname is common, and Fiji's commander before he
// became its head.
func TestSeed198Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Senator Ian Campbell opened the reef centre.", "2006-03-01", "AU", "Ian Campbell"},
		{"Mr Campbell opened the reef centre.", "2006-03-01", "", ""},
		{"Coonan said the filter would be free.", "2006-06-10", "AU", "Coonan"},
		{"Christopher Pyne, the ageing minister, opened the home.", "2007-05-01", "AU", "Christopher Pyne"},
		{"Christopher Pyne opened the home.", "2010-05-01", "", ""},
		{"Bainimarama told the prime minister to drop the bills.", "2006-11-01", "FJ", "Bainimarama"},
		{"Bainimarama told the cabinet to drop the bills.", "2010-11-01", "FJ", "Bainimarama"},
		{"On Friday Büyükanıt warned the candidates.", "2007-04-20", "TR", "Büyükanıt"},
		{"Prime Minister Yousaf Raza Gillani flew to Kabul.", "2009-08-16", "PK", "Yousaf Raza Gillani"},
		{"Food prices will fall, Diouf told the summit.", "2009-06-23", "UN", "Diouf"},
		{"The Federal Emergency Management Agency sent trailers.", "2005-09-12", "US", "Federal Emergency Management Agency"},
	})
}
