package parties_test

import "testing"

// The cases below are written for this test, after the seed-56 blind check
// of the matcher (issue 17).

// Office holders the registry lacked, each in and out of office; a wall, an
// aircraft maker, an advocacy group and a manifesto's "Our America" named
// after countries; "any" before a demonym counts people.
func TestSeed56(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Jean-Pierre Bemba met the envoys at his villa.", "2006-08-21", "CD", "Jean-Pierre Bemba"},
		{"Jean-Pierre Bemba met the envoys at his villa.", "2008-06-01", "", ""},
		{"Vitaly Churkin asked for a closed meeting.", "2008-02-18", "RU", "Vitaly Churkin"},
		{"Acting Finance Minister Patrick Chinamasa read the budget.", "2009-01-29", "ZW", "Patrick Chinamasa"},
		{"An inquiry by SOCA found the notes were used by gangs.", "2010-05-13", "GB", "SOCA"},
		{"Tourists walked along the Great Wall of China.", "2008-06-01", "", ""},
		{"China built the wall.", "2008-06-01", "CN", "China"},
		{"The plane was a de Havilland Canada Dash 8.", "2007-09-12", "", ""},
		{"Progress for America ran the advertisements.", "2005-10-10", "", ""},
		{"He hoped any American would vote.", "2008-11-04", "", ""},
		{"He asked whether any American official knew.", "2008-11-04", "US", "American"},
	})
}
