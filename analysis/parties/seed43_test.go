package parties_test

import "testing"

// The cases below are written for this test, after the seed-43 blind check
// of the matcher (issue 17). Each rule is here both ways.

// Officials named around an office "of" or "for" the party, a purpose
// joined by a hyphen between a demonym and its head, and the bodies,
// spellings and minister the registry lacked.
func TestSeed43(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Spokeswoman Dana Holt of the US Department of State also replied.", "2008-01-29", "US,US,US", "Dana Holt|US|Department of State"},
		{"Former spokeswoman Dana Holt of the US Department of State also replied.", "2008-01-29", "US,US", "US|Department of State"},
		{"Dana Holt of the US Department of State also replied.", "2008-01-29", "US,US,US", "Dana Holt|US|Department of State"},
		{"A spokesman for the United Nations food agency, Paul Ouma, explained the plan.", "2008-01-29", "UN,UN", "United Nations|Paul Ouma"},
		{"A critic of the United Nations food agency, Paul Ouma, explained the plan.", "2008-01-29", "UN", "United Nations"},
		{"He was jailed under new Australian anti-terror laws.", "2007-01-29", "AU", "Australian"},
		{"The Australian anti-war movement marched.", "2007-01-29", "", ""},
		{"She taught in Ghana with the Peace Corps.", "2007-01-29", "GH,US", "Ghana|Peace Corps"},
		{"JTF Guantanamo policy is clear, a spokesman said.", "2007-01-29", "US", "JTF Guantanamo"},
		{"Talks with the Somalian interim government resumed.", "2007-01-29", "SO", "Somalian"},
		{"The United Nation's envoy flew in.", "2007-01-29", "UN", "United Nation"},
		{"Marthinus van Schalkwyk opened the park.", "2007-01-29", "ZA", "Marthinus van Schalkwyk"},
		{"Marthinus van Schalkwyk opened the park.", "2016-01-29", "", ""},
	})
}
