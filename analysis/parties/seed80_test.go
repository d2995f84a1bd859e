package parties_test

import "testing"

// The cases below are written for this test, after the seed-80 and
// seed-81 blind checks of the matcher (issue 17), drawn at one commit.

// A country's supreme leader is the state's and its supreme court is
// not; "former" before a country word drops it and
// keeps the body after it; a spelling of a demonym, a peace-talks
// acronym, a review board and an Iranian official's career the registry
// lacked.
func TestSeeds80And81(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Iran's supreme leader praised the scientists.", "2007-04-18", "IR", "Iran"},
		{"Iran's Supreme Court confirmed the sentence.", "2007-04-18", "", ""},
		{"Peru's Supreme Electoral Tribunal certified the count.", "2006-06-10", "", ""},
		{"The former British Royal Navy frigate was sold.", "2005-08-03", "GB", "Royal Navy"},
		{"A former British envoy wrote the report.", "2005-08-03", "", ""},
		{"The Burundese army guarded the camp.", "2005-06-14", "BI", "Burundese"},
		{"The GRP and the MILF resumed talks in Kuala Lumpur.", "2005-04-21", "PH", "GRP"},
		{"The GRP index fell.", "2005-04-21", "", ""},
		{"The minister sent the book to the Classification Review Board.", "2006-06-10", "AU", "Classification Review Board"},
		{"Hasan Rowhani spoke for the council.", "2006-04-29", "IR", "Hasan Rowhani"},
		{"Rowhani spoke for the council.", "1985-04-29", "", ""},
	})
}
