package parties_test

import "testing"

// The cases below are written for this test, after the seed-40 blind check
// of the matcher (issue 17). Each rule is here both ways.

// What the seed-40 readers did not count: a country before a people or a
// faith, the opposition's leader, a leader's father, a capital in a
// hospital's name, a product, a newspaper and an occupied land's name.
func TestSeed40NotState(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A growing US Hispanic audience watches the late shows.", "2005-09-09", "", ""},
		{"A growing US deficit alarms the markets.", "2005-09-09", "US", "US"},
		{"She became the UK leader of the opposition that spring.", "2008-05-23", "", ""},
		{"She praised the UK leader of the talks that spring.", "2008-05-23", "GB", "UK"},
		{"Reporters heard that George Bush Sr would open the fair.", "2005-06-01", "", ""},
		{"Reporters heard that George Bush would open the fair.", "2005-06-01", "US", "George Bush"},
		{"Crowds gathered outside the Kabul Military Hospital at dawn.", "2009-06-01", "", ""},
		{"Kabul ordered the hospital closed at dawn.", "2009-06-01", "AF", "Kabul"},
		{"Schools stopped serving Turkey Twizzlers at lunch.", "2005-03-01", "", ""},
		{"Schools in Turkey stopped serving sweets at lunch.", "2005-03-01", "TR", "Turkey"},
		{"A reporter for the Austin American-Statesman asked first.", "2006-03-01", "", ""},
		{"Settlers moved deeper into the Occupied Palestinian Territory.", "2009-03-01", "", ""},
	})
}

// What the seed-40 readers counted and the matcher missed: an official a
// sentence opens with "according to", an envoy posted to a capital (the
// state), and Pakistan's economic committee of the cabinet.
func TestSeed40Missed(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"According to NASA administrator Charles Bolden, the launch can go ahead.", "2012-05-22", "US,US", "NASA|Charles Bolden"},
		{"On a trip to NASA administrator Charles Bolden's old school, pupils cheered.", "2012-05-22", "US", "NASA"},
		{"Tokyo recalled its ambassador to Beijing for talks.", "2005-04-10", "JP,CN", "Tokyo|Beijing"},
		{"The ambassador flew to Beijing for talks.", "2005-04-10", "", ""},
		{"The plan now goes to the Economic Coordination Committee for approval.", "2006-12-19", "PK", "Economic Coordination Committee"},
	})
}
