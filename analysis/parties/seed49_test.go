package parties_test

import "testing"

// The cases below are written for this test, after the seed-49 blind check
// of the matcher (issue 17).

// A force named by its purpose between a demonym and its head, and the
// Guardian Council's secretary, inside and outside the registry's window.
func TestSeed49(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Iranian riot police were sent in.", "2006-06-01", "IR", "Iranian"},
		{"Iranian riot victims were sent home.", "2006-06-01", "", ""},
		{"Ayatollah Jannati dared the United States to invade.", "2006-06-01", "IR,US", "Ayatollah Jannati|United States"},
		{"Jannati spoke at Friday prayers.", "2026-06-01", "", ""},
	})
}

// A prime minister whose surname is a weekday: "Friday" alone is the day,
// his full name and titled surname are him.
func TestWeekdaySurname(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The talks resume on Friday in Kingstown.", "2026-03-01", "", ""},
		{"Godwin Friday opened the talks in Kingstown.", "2026-03-01", "VC", "Godwin Friday"},
		{"Prime Minister Friday opened the talks.", "2026-03-01", "VC", "Friday"},
	})
}
