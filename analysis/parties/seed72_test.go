package parties_test

import "testing"

// The cases below are written for this test, after the seed-72 and
// seed-73 blind checks of the matcher (issue 17), drawn at one commit.

// A host country at the end of a mission's or a force's name, a head's
// government named after a foreign namesake, a quoted newspaper title, a
// party name between "former" and a country word, two Thai parties, a
// tower and a law's name are not the state; a state's electoral law is;
// an undated head titled in lower case after the party's own demonym is a
// mention; Brazil's vice-president of 2003-10.
func TestSeeds72And73(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A spokesman for the United Nations Mission in Liberia gave the figure.", "2006-01-16", "UN", "United Nations"},
		{"Troops of the Multi-National Force in Iraq searched the market.", "2008-02-01", "", ""},
		{"The mission in Liberia has grown, and Liberia welcomed it.", "2006-01-16", "LR,LR", "Liberia|Liberia"},
		{"The agency rebuked the Christie administration over the bridge.", "", "", ""},
		{"Critics in Nassau rebuked the Christie administration.", "", "BS", "Christie"},
		{"The poll was printed in \"The Australian\" newspaper on Monday.", "2006-07-18", "", ""},
		{"The poll was printed in “The Australian” newspaper on Monday.", "2006-07-18", "", ""},
		{"The former Liberal Canadian Prime Minister wrote a memoir.", "2007-09-06", "", ""},
		{"The Liberal Canadian Prime Minister wrote a memoir.", "2007-09-06", "CA", "Canadian"},
		{"The court dissolved Chart Thai and Pandin Thai in May.", "2007-05-30", "", ""},
		{"The Thai court dissolved two parties in May.", "2007-05-30", "", ""},
		{"Thai police dissolved the rally in May.", "2007-05-30", "TH", "Thai"},
		{"We met on the top floor of Taipei 101.", "2007-09-14", "", ""},
		{"The Senate renewed the USA Patriot Act.", "2006-03-07", "", ""},
		{"Critics say the Italian electoral law favours the winner.", "2006-04-10", "IT", "Italian"},
		{"Fans of Italian electoral dramas tuned in.", "2006-04-10", "", ""},
		{"Rallies backed Turkish president Recep Tayyip Erdoğan.", "", "TR,TR", "Turkish|Recep Tayyip Erdoğan"},
		{"Rallies backed former Turkish president Abdullah Gül.", "", "", ""},
		{"Alencar declined to answer the senators.", "2005-03-26", "BR", "Alencar"},
		{"Alencar declined to answer the senators.", "2012-03-26", "", ""},
	})
}
