package parties_test

import "testing"

// The cases below are written for this test, after the seed-184 and
// seed-185 blind checks of the matcher (part F: registry data).

// Rob Portman as Trade Representative and then budget director, by his
// surname alone beside trade or budget words; not outside his terms, not
// without such words, and never the actress.
func TestSeed184fPortman(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Rob Portman met farm lobbyists on Tuesday.", "2006-01-10", "US", "Rob Portman"},
		{"Portman told reporters that tariffs on farm goods must fall.", "2005-11-20", "US", "Portman"},
		{"Portman said the budget deficit would shrink next year.", "2006-09-10", "US", "Portman"},
		{"Portman told reporters that tariffs on farm goods must fall.", "2008-03-01", "", ""},
		{"Portman smiled for the cameras on Friday.", "2006-03-15", "", ""},
		{"Natalie Portman said the budget of her new film was small.", "2006-03-15", "", ""},
	})
}

// Portugal's Guarda Nacional Republicana by its name, and its initials
// beside Portuguese or Timorese words only.
func TestSeed184fGNR(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Guarda Nacional Republicana sent riot officers on Monday.", "2006-06-10", "PT", "Guarda Nacional Republicana"},
		{"Timorese families cheered as a GNR convoy drove past.", "2006-06-10", "PT", "GNR"},
		{"A GNR convoy drove past the warehouse on Monday.", "2006-06-10", "", ""},
	})
}

// Cuba's secretary of the Council of Ministers from March 2009, by his
// full name only, and not before he took the post.
func TestSeed184fRicardoGuerra(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"General José Amado Ricardo Guerra read out the decrees.", "2010-05-05", "CU", "José Amado Ricardo Guerra"},
		{"General Jose Amado Ricardo Guerra read out the decrees.", "2012-05-05", "CU", "Jose Amado Ricardo Guerra"},
		{"General José Amado Ricardo Guerra read out the decrees.", "2008-05-05", "", ""},
		{"Mr Guerra read out the decrees.", "2010-05-05", "", ""},
	})
}

// After the country's demonym or name, the demonym alone is the mention
// (seed 129's readers), as seed128_test.go also checks.
func TestSeed184fGNRAfterDemonym(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A Portuguese GNR team guarded the depot overnight.", "2006-06-10", "PT", "Portuguese"},
	})
}
