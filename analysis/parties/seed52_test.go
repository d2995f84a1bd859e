package parties_test

import "testing"

// The cases below are written for this test, after the seed-52 blind check
// of the matcher (issue 17).

// An official whom an undated sentence titles with one of their offices is
// an official there, as a titled head is; a past, acting or lost office is
// not, nor an office they never held.
func TestUndatedOfficeTitle(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Commerce Secretary Wilbur Ross told the panel that tariffs would stay.", "", "US", "Wilbur Ross"},
		{"Secretary of Commerce Wilbur Ross told the panel so.", "", "US", "Wilbur Ross"},
		{"The bill was defended by Treasury Secretary Steven Mnuchin and his staff.", "", "US", "Steven Mnuchin"},
		{"Attorney General Jeff Sessions recused himself, and Sessions later left.", "", "US,US", "Jeff Sessions|Sessions"},
		{"Defense Secretary James Mattis visited the base.", "", "US", "James Mattis"},
		{"The former Treasury Secretary Steven Mnuchin now runs a fund.", "", "", ""},
		{"Trump praised his fired adviser Michael Flynn again.", "", "", ""},
		{"Health Secretary James Mattis is not a post he held.", "", "", ""},
		{"Steven Mnuchin spoke to investors in a hotel ballroom.", "", "", ""},
	})
}

// A government building keeps its mention after "former": the former
// adviser worked for the White House, as a former agency head for the
// agency. A country's public purse is the state's, its public is not. An
// apostrophe inside a surname does not hide the given name before it.
func TestSeed52(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The panel asked whether the former White House adviser had misled it.", "2008-07-10", "US", "White House"},
		{"A former Pentagon official wrote the memo.", "2008-07-10", "US", "Pentagon"},
		{"A former US ambassador wrote the memo.", "2008-07-10", "", ""},
		{"The cap is meant to keep the U.S. public debt in check.", "2006-03-13", "US", "U.S."},
		{"Britain's public finances worsened in the spring.", "2006-03-13", "GB", "Britain"},
		{"The U.S. public is tired of the war.", "2006-03-13", "", ""},
		{"The view was shared by the Cabinet Secretary, Sir Andrew Turnbull, in evidence to MPs.", "2005-04-26", "GB", "Andrew Turnbull"},
		{"Sir Gus O'Donnell wrote to the committee.", "2009-02-02", "GB", "Gus O'Donnell"},
		{"A campaigner, Frank O'Donnell, welcomed the ruling.", "2009-02-02", "", ""},
		{"O'Donnell wrote to the committee.", "2009-02-02", "GB", "O'Donnell"},
	})
}
