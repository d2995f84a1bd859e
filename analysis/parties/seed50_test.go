package parties_test

import "testing"

// The cases below are written for this test, after the seed-50 blind check
// of the matcher (issue 17).

// The Philippine presidential palace without its last letter, voters by
// colour, and a bank, a newspaper and an alliance named after countries.
func TestSeed50(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Mayors denounced the order issued by Malacañan.", "2006-10-17", "PH", "Malacañan"},
		{"He would never pit red America against blue America.", "2008-10-17", "", ""},
		{"He would never pit America against Iran.", "2008-10-17", "US,IR", "America|Iran"},
		{"The Cyprus Popular Bank asked for help.", "2012-06-25", "", ""},
		{"The France-Soir web site is offline.", "2006-02-02", "", ""},
		{"Australia and New Zealand Banking Group was rated next.", "2006-02-02", "", ""},
		{"The All Pakistan Minority Alliance appealed to the government.", "2006-02-02", "", ""},
	})
}
