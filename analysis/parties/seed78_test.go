package parties_test

import "testing"

// The cases below are written for this test, after the seed-78 and
// seed-79 blind checks of the matcher (issue 17), drawn at one commit.

// A firm or a newspaper after a country's possessive, a foundation's or a
// union's name that a demonym opens, an origin label, a president leaving
// the White House for a trip, a telecoms firm and an armed group named
// after countries are not the state; "pro-" before a demonym still is,
// and so is a capital after "due to"; office holders and a force the
// registry lacked.
func TestSeeds78And79(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Haaretz, Israel's oldest daily newspaper, ran the poll.", "2006-08-25", "", ""},
		{"Qantas, Australia's largest airline, grounded its fleet.", "2006-08-25", "", ""},
		{"Sinopec, China's state oil company, cut prices.", "2006-08-25", "CN", "China"},
		{"China's first aircraft carrier sailed.", "2012-08-25", "CN", "China"},
		{"The Indian Economic Research Foundation issued a report.", "2006-11-24", "", ""},
		{"Rockets hit pro-Syrian Lebanese Democratic Party offices.", "2005-03-13", "SY", "Syrian"},
		{"The toys carried a Made in Vietnam label.", "2007-11-21", "", ""},
		{"Trade deals made in Vietnam were signed.", "2007-11-21", "VN", "Vietnam"},
		{"Bush waved before leaving the White House for a visit to Texas.", "2007-07-12", "US", "Bush"},
		{"After he left the White House, the aide wrote a book.", "", "US", "White House"},
		{"Technicians from Portugal Telecom set up the lines.", "2006-06-04", "", ""},
		{"Members of the People's Mujahedin of Iran were moved.", "2006-04-18", "", ""},
		{"Talks failed due to Khartoum's refusal to share power.", "2007-10-12", "SD", "Khartoum"},
		{"The Rapid Action Force restored order.", "2006-07-09", "IN", "Rapid Action Force"},
		{"Tharoor came second in the straw poll.", "2006-10-03", "UN", "Tharoor"},
		{"Mr Hardgrave announced the new college.", "2006-06-27", "AU", "Hardgrave"},
	})
}
