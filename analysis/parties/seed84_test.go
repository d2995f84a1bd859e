package parties_test

import "testing"

// The cases below are written for this test, after the seed-84 and
// seed-85 blind checks of the matcher (issue 17), drawn at one commit.

// A title the sentence calls lost ("deposed president") is no office on
// a day still inside the formal term, while a verb of removal before the
// title leaves it the holder's on that day; office holders the registry
// lacked, with no surname form for a common surname.
func TestSeeds84And85(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Deposed president Askar Akayev wrote from Moscow.", "2005-03-28", "", ""},
		{"The ousted Prime Minister Thaksin stayed in New York.", "2006-09-19", "", ""},
		{"The army ousted Prime Minister Thaksin in a night coup.", "2006-09-19", "TH", "Thaksin"},
		{"President Akayev wrote from Moscow.", "2005-03-28", "KG", "Akayev"},
		{"Featherstone launched the equal pay plan.", "2010-12-04", "GB", "Featherstone"},
		{"Ombudsman Merceditas Gutierrez filed the case.", "2008-12-21", "PH", "Merceditas Gutierrez"},
		{"Ms Gutierrez filed the case.", "2008-12-21", "", ""},
		{"Mr. Durrani spoke on national television.", "2007-03-09", "PK", "Durrani"},
		{"President Ferdinand Marcos Jr. flew to Tokyo.", "2023-02-08", "PH", "Ferdinand Marcos Jr"},
	})
}
