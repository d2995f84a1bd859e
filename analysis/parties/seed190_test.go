package parties_test

import "testing"

// The cases below are written for this test, after the seed-190 to
// seed-193 blind checks of the matcher.

// A country's demonym before a branch of its law is the state's law, as
// before its labour laws; not a law firm's trade.
func TestSeed190BranchOfLaw(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The ship was held under Canadian maritime law.", "2006-02-01", "CA", "Canadian"},
		{"Judges found that the shop had not broken Russian copyright laws.", "2007-09-01", "RU", "Russian"},
		{"A British tax law firm advised the buyer.", "2007-09-01", "", ""},
		{"A French maritime museum opened on Sunday.", "2007-09-01", "", ""},
	})
}

// Registry entries after seeds 190 to 192: officials within their terms
// only, a head by the short form of his name, a regiment and an electoral
// commission's initials beside its country's words.
func TestSeed190Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Masorin promised the fleet new frigates.", "2006-04-01", "RU", "Masorin"},
		{"Masorin promised the fleet new frigates.", "2009-04-01", "", ""},
		{"Matonga told reporters that the vote would go ahead.", "2008-06-20", "ZW", "Matonga"},
		{"Matonga told reporters that the vote would go ahead.", "2012-06-20", "", ""},
		{"Abdullahi Yusuf flew to Nairobi for talks.", "2006-03-01", "SO", "Abdullahi Yusuf"},
		{"Abdullahi Yusuf flew to Nairobi for talks.", "2010-03-01", "", ""},
		{"General Moeen U Ahmed addressed the officers.", "2008-01-01", "BD", "Moeen U Ahmed"},
		{"A sergeant of the Parachute Regiment was wounded near Sangin.", "2008-01-01", "GB", "Parachute Regiment"},
		{"Tsvangirai said the ZEC was stalling.", "2008-05-01", "ZW", "ZEC"},
		{"The ZEC chip maker raised its prices.", "2008-05-01", "", ""},
	})
}

// Stop phrases and short forms after seeds 187 and 193: an opposition
// alliance named after the country, and US departments written "Dept".
func TestSeed190NamesAndShortForms(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Singapore Democratic Alliance kept its seat.", "2006-05-07", "", ""},
		{"Singapore kept its seat on the council.", "2006-05-07", "SG", "Singapore"},
		{"The Dept of Homeland Security issued a new alert.", "2008-02-06", "US", "Dept of Homeland Security"},
		{"A State Dept spokesman declined to comment.", "2008-02-06", "US", "State Dept"},
	})
}
