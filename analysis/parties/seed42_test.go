package parties_test

import "testing"

// The cases below are written for this test, after the seed-42 blind check
// of the matcher (issue 17).

// An undated sentence that titles a head or introduces an official names
// them by the bare surname too, before or after the title; an undated
// sentence that titles nobody still gives a bare surname no party.
func TestSeed42UndatedSurnames(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The tour takes Obama to Egypt before President Barack Obama flies home.", "", "US,EG,US", "Obama|Egypt|Barack Obama"},
		{"President Barack Obama flew home and Obama slept.", "", "US,US", "Barack Obama|Obama"},
		{"White House press secretary Dana Perino said Perino would stay.", "", "US,US,US", "White House|Dana Perino|Perino"},
		{"Obama flew home and Obama slept.", "", "", ""},
	})
}

// Australia's workplace minister of 2003-07 by the registry, inside and
// outside that portfolio's years.
func TestSeed42Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Minister for Workplace Relations, Kevin Andrews, spoke first.", "2006-06-01", "AU", "Kevin Andrews"},
		{"The Minister for Workplace Relations, Kevin Andrews, spoke first.", "2010-06-01", "", ""},
	})
}
