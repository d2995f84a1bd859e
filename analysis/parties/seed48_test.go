package parties_test

import "testing"

// The cases below are written for this test, after the seed-48 blind check
// of the matcher (issue 17) and seed 45's false "US partner". Each rule is
// here both ways.

// A currency's label in brackets, another owner's sites and partner firm
// after "its", a postal firm and a party named after countries are not
// the state; New Zealand's signals bureau and the US veterans' department
// are.
func TestSeed48(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The maker loses about (U.S.) $200 on each unit.", "2006-06-01", "", ""},
		{"The maker loses about $200 on each unit in the U.S.", "2006-06-01", "US", "U.S."},
		{"Bonuses go to workers at all its U.S. facilities.", "2006-06-01", "", ""},
		{"The drug maker and its US partner Biogen withdrew the drug.", "2006-06-01", "", ""},
		{"Israel consulted its US partner first.", "2006-06-01", "IL,US", "Israel|US"},
		{"The mail centre is run by New Zealand Post.", "2006-06-01", "", ""},
		{"Bayrou of the Union for French Democracy won a fifth of the vote.", "2007-04-23", "", ""},
		{"The report should have gone back to the GCSB.", "2006-06-01", "NZ", "GCSB"},
		{"The Department of Veterans Affairs said so.", "2006-06-01", "US", "Department of Veterans Affairs"},
	})
}
