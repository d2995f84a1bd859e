package parties_test

import "testing"

// The cases below are written for this test, after the seed-124 and
// seed-125 blind checks of the matcher.

// A country word before the money of its taxpayers, a firm after an
// industry's words, a team after "champions", a democracy campaigner
// and a motor race: private or sporting uses, not the state.
func TestSeed124Private(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The plan wastes millions of British tax dollars on consultants.", "2006-03-01", "", ""},
		{"The plan wastes millions of dollars, British officials said.", "2006-03-01", "GB", "British"},
		{"The paper is now owned by American internet services company Vexa.", "2006-03-01", "", ""},
		{"The paper is now owned by the American internet services regulator.", "2006-03-01", "US", "American"},
		{"Olympic champions Spain beat Brazil 88-80 in the final.", "2006-03-01", "", ""},
		{"Officials in Spain beat back the protest on Friday.", "2006-03-01", "ES", "Spain"},
		{"Police held Burmese democracy leader Min Aung at his home.", "2006-03-01", "", ""},
		{"Police held Burmese opposition figures at their homes, Burmese officials said.", "2006-03-01", "MM", "Burmese"},
		{"Police held Burmese pro-democracy activists at their homes.", "2006-03-01", "", ""},
		{"Sponsors named the Bahrain Desert GP after the bank.", "2006-03-01", "", ""},
		{"Sponsors named the Bahrain Desert Grand Prix after the bank.", "2006-03-01", "", ""},
		{"Sponsors thanked Bahrain Desert officials after the race.", "2006-03-01", "BH", "Bahrain"},
	})
}

// Members of the European Parliament are people, not the Union.
func TestSeed124MEPs(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Three MEPs walked out of the debate.", "2006-03-01", "", ""},
		{"The European Parliament voted on the debate.", "2006-03-01", "EU", "European Parliament"},
	})
}

// Officials with terms added after the seeds.
func TestSeed124Officials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Ramos-Horta said the troops would train together.", "2006-06-12", "TL", "Ramos-Horta"},
		{"Chinese State Councilor Tang Jiaxuan met the envoy.", "2006-03-01", "CN,CN", "Chinese|Tang Jiaxuan"},
	})
}

// The people who suffer, and a banknote after a country word.
func TestSeed124People(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Nobody denies the hardship that the Syrians have endured under siege.", "2006-03-01", "", ""},
		{"Nobody denies the pressure that the Syrians have applied to Beirut.", "2006-03-01", "SY", "Syrians"},
		{"The Russians suffered heavy losses in the offensive.", "2006-03-01", "RU", "Russians"},
		{"The $50 bill will be the fourth US bill printed on polymer.", "2006-03-01", "", ""},
		{"The US bill on polymer notes will cost $50 million.", "2006-03-01", "US", "US"},
	})
}

// A list of demonyms with a name of two words in it, before forces.
func TestSeed124List(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"He said [the Fijian, Malaysian, New Zealand and Irish troops] would train together.", "2006-06-08", "FJ,MY,NZ,IE", "Fijian|Malaysian|New Zealand|Irish"},
		{"He said the Fijian and New Zealand troops would train together.", "2006-06-08", "FJ,NZ", "Fijian|New Zealand"},
		{"He said the Fijian, Malaysian and New Zealand tourists would travel together.", "2006-06-08", "", ""},
	})
}

// A day before a leader's surname is no given name.
func TestSeed124DayBeforeSurname(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"In a survey published on Friday Halonen led with 52%.", "2006-01-20", "FI", "Halonen"},
		{"In a survey published on Friday Anna Halonen led with 52%.", "2006-01-20", "", ""},
	})
}

// "AU peacekeepers" are the African Union's.
func TestSeed124AUPeacekeepers(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Attacks on AU peacekeepers are becoming more common.", "2005-10-12", "AUNION", "AU"},
		{"Attacks on AU peacekeepers, Australian officers said, are rare.", "2005-10-12", "AU", "Australian"},
	})
}

// Undated, a bare surname before a staff noun is not titled by the
// sentence's other mention of the head.
func TestSeed124StaffUndated(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Reporters watched as Obama aide Tom Hale filmed President Obama at the door.", "", "US", "Obama"},
		{"Reporters watched as Obama greeted Tom Hale before President Obama left.", "", "US,US", "Obama|Obama"},
	})
}
