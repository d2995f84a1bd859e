package parties_test

import "testing"

// The cases below are written for this test, after the seed-58 and
// seed-59 blind checks of the matcher (issue 17), drawn at one commit.

// "EC" is the European Commission beside European words only; Equatorial
// Guinea's president by the names the news uses; Iran's state news agency;
// a demonym before military divisions, brigades and battalions is the
// state's forces, not before a firm's division; an airline named after
// its country is not the state.
func TestSeeds58And59(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The EC told the software maker to obey European competition law.", "2006-10-18", "EU", "EC"},
		{"The EC announced the polling dates for the state.", "2006-10-18", "", ""},
		{"President Obiang pardoned the plotters.", "2008-11-03", "GQ", "Obiang"},
		// IRNA, quoted as a source, is media since seeds 112 and 113.
		{"IRNA quoted the governor as saying the city was calm.", "2006-06-01", "", ""},
		{"The advisers trained two Iraqi divisions and a Polish brigade.", "2006-06-01", "IQ,PL", "Iraqi|Polish"},
		{"The British division of the food maker collapsed.", "2006-06-01", "", ""},
		{"Garuda Indonesia restructured its loans.", "2009-01-15", "", ""},
	})
}
