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

// After the seed-86 and seed-87 checks: a London district, a newspaper
// and a region's name are not the state, nor is a state news agency
// quoted as a source (all four readers); a state's announcement is the
// state's.
func TestSeeds86And87(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Traffic stopped near Shepherd's Bush station.", "2005-07-21", "", ""},
		{"A source told The Weekend Australian that the deal was off.", "2005-12-03", "", ""},
		{"The agency's head for the Palestinian Territories spoke.", "2014-09-05", "", ""},
		{"Xinhua reported that the bridge had fallen.", "2008-08-10", "", ""},
		{"The Italian announcement of a new envoy surprised the talks.", "2006-08-25", "IT", "Italian"},
	})
}

// After the seed-88 and seed-89 checks: a country's health care system
// and its industrial relations legislation are the state's; the RAAF, an
// Iranian spokesman and a South African intelligence chief the registry
// lacked.
func TestSeeds88And89(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"He wants to reform the Canadian health care system.", "2006-01-13", "CA", "Canadian"},
		{"New Zealand industrial relations legislation changed in 2000.", "2006-06-11", "NZ", "New Zealand"},
		{"An RAAF transport carried the aid.", "2006-01-27", "AU", "RAAF"},
		{"Elham told reporters the talks would go on.", "2007-02-10", "IR", "Elham"},
		{"Masetlha denied the charges.", "2005-10-25", "ZA", "Masetlha"},
	})
}
