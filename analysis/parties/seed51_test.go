package parties_test

import "testing"

// The cases below are written for this test, after the seed-51 blind check
// of the matcher (issue 17).

// An airline (but not the air force) and a consumer group named after the
// country, and its travellers, tourists and activists, are not the state.
func TestSeed51(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"US Airways CEO Doug Parker said fares would fall.", "2006-06-01", "", ""},
		{"Two US Air Force jets crossed the border.", "2006-06-01", "US", "US"},
		{"The Consumer Federation of America criticised the law.", "2006-06-01", "", ""},
		{"About 7,000 UK travellers could be stranded.", "2006-06-01", "", ""},
		{"Two US tourists were freed.", "2006-06-01", "", ""},
		{"A US activist spoke at the rally.", "2006-06-01", "", ""},
		{"About 7,000 UK troops could be sent.", "2006-06-01", "GB", "UK"},
	})
}
