package parties_test

import "testing"

// The cases below are written for this test, after the misses of the
// seed-37 blind check of the matcher (issue 17). Each rule or registry
// entry is here both ways: beside every phrase it finds, a near phrase
// that must stay as it was.

// A demonym before "Treasurer" is the state's minister; Uganda's armed
// forces by their initials; and Iran's central bank governor of 2003-07.
func TestSeed37Rules(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Australian Treasurer rejected the claim.", "2006-04-07", "AU", "Australian"},
		{"The Australian treasure hunters rejected the claim.", "2006-04-07", "", ""},
		{"The UPDF said two soldiers were hurt.", "2006-04-07", "UG", "UPDF"},
		{"Ebrahim Sheibani said the reserves were safe.", "2006-04-07", "IR", "Ebrahim Sheibani"},
		{"Ebrahim Sheibani said the reserves were safe.", "2010-04-07", "", ""},
	})
}
