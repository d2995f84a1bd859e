package parties_test

import "testing"

// The cases below are written for this test, after the seed-44 blind check
// of the matcher (issue 17).

// A head's administration in a headline, which drops the article, dated
// or not; in running text it still needs "the".
func TestSeed44HeadlineRegimes(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Governors Attack Obama Administration Over Flood Aid", "", "US", "Obama"},
		{"Governors Attack Obama Administration Over Flood Aid", "2014-03-01", "US", "Obama"},
		{"Governors attack Obama administration over flood aid.", "", "", ""},
		{"May Government Spending Rises Again", "2017-03-01", "", ""},
	})
}

// The IMF's managing director of 2004-07 as the news names him.
func TestSeed44Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Mr. de Rato said growth in Asia was strong.", "2006-09-14", "IMF", "de Rato"},
		{"Mr. de Rato said growth in Asia was strong.", "2012-09-14", "", ""},
	})
}
