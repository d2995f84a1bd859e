package parties_test

import "testing"

// The cases below are written for this test, after the errors that the
// seed-26 blind check of the matcher found on real news. Each error is
// here in new words, beside a nearby sentence whose verdict must not
// change.

// caseNameCases: a leader's surname as a party to a court case is not the
// leader; the same surname acting, or before "vs." in a contest, is.
var caseNameCases = []datedCase{
	{"Campaigners rallied on the anniversary of Doe v. Wade this week.", "2006-01-22", "", ""},
	{"The brief leaned on Smith vs. Wade and two later rulings.", "2006-01-22", "", ""},
	{"The judge quoted Jones versus Wade at length.", "2006-01-22", "", ""},
	{"Students still study Bush v. Gore in law school.", "2004-05-10", "", ""},
	{"Wade told reporters the runoff would go ahead.", "2006-01-22", "SN", "Wade"},
	{"The envoy handed President Wade a letter.", "2006-01-22", "SN", "Wade"},
	{"Pollsters call Bush vs. Kerry a dead heat.", "2004-05-10", "US", "Bush"},
	{"Abdoulaye Wade v. his critics was the talk of Dakar.", "2006-01-22", "SN", "Abdoulaye Wade"},
}

func TestCaseNames(t *testing.T) { runDatedCases(t, caseNameCases) }

// thaiPartyCases: "Thai" inside the name of Thailand's Pheu Thai party, in
// its spellings, is the party; the demonym before the state's heads is
// the state.
var thaiPartyCases = []datedCase{
	{"Peua Thai lawmakers walked out of the chamber.", "2009-04-02", "", ""},
	{"A Puea Thai spokesman denied the claim.", "2009-04-02", "", ""},
	{"The Pheu Thai party picked a new leader.", "2009-04-02", "", ""},
	{"Phuea Thai supporters blocked the road.", "2009-04-02", "", ""},
	{"Thai troops blocked the road.", "2009-04-02", "TH", "Thai"},
	{"A Thai spokesman denied the claim.", "2009-04-02", "TH", "Thai"},
}

func TestThaiParty(t *testing.T) { runDatedCases(t, thaiPartyCases) }

// nameAsDemonymCases: a demonym or a capital written as the country's name
// ("New Zealand", "Singapore") at the end of a private body's name is part
// of that name, as the name itself would be; the country acting, and a
// state agency named with it, stay the state.
var nameAsDemonymCases = []agencyCase{
	{"Rest Home Operators New Zealand said fees would rise.", "", ""},
	{"Dental Traders Singapore warned of a shortage.", "", ""},
	{"New Zealand said fees would rise.", "NZ", "New Zealand"},
	{"Statistics New Zealand said fees would rise.", "NZ", "Statistics New Zealand"},
	{"The letters were opened by Archives New Zealand in May.", "NZ", "New Zealand"},
	{"Tenants of Housing New Zealand face higher rents.", "", ""},
	{"Several New Zealand officials said fees would rise.", "NZ", "New Zealand"},
	{"Singapore warned of a shortage.", "SG", "Singapore"},
}

func TestNameAsDemonym(t *testing.T) { runAgencyCases(t, nameAsDemonymCases) }

// buildingSpeechCases: a speech or an event held in a seat that is a
// building is held in the building; its officials, and the seat acting,
// are the government.
var buildingSpeechCases = []agencyCase{
	{"In a White House speech she defended the tariffs.", "", ""},
	{"The White House speech ran past midnight.", "", ""},
	{"Donors queued for a White House event on Friday.", "", ""},
	{"White House officials defended the tariffs.", "US", "White House"},
	{"The White House said the tariffs would stay.", "US", "White House"},
	{"The White House statement defended the tariffs.", "US", "White House"},
}

func TestBuildingSpeech(t *testing.T) { runAgencyCases(t, buildingSpeechCases) }

// firmUnitCases: a demonym after a firm's possessive, before the firm's
// operations, unit or business, names where the firm works, not the
// state; without the firm, or before the state's counterpart, it stays
// the state.
var firmUnitCases = []agencyCase{
	{"Rio Tinto's Mongolian operations lost money last year.", "", ""},
	{"The company's Brazilian unit was sold to a rival.", "", ""},
	{"Unilever’s Kenyan business grew by a tenth.", "", ""},
	{"Mongolian operations against the smugglers ended in May.", "MN", "Mongolian"},
	{"Brazil's Argentine counterpart arrived on Monday.", "BR,AR", "Brazil|Argentine"},
	{"The Kenyan authorities seized Unilever's trucks.", "KE", "Kenyan"},
}

func TestFirmUnits(t *testing.T) { runAgencyCases(t, firmUnitCases) }

// officerRankCases: a demonym before a serving officer's rank, counted or
// not, is the state's forces; one officer of a force named by the body's
// own word ("a Garda") and people counted by nationality stay people.
var officerRankCases = []agencyCase{
	{"One Canadian colonel said the convoy was ambushed.", "CA", "Canadian"},
	{"A Dutch lieutenant and two Danish sergeants were wounded.", "NL,DK", "Dutch|Danish"},
	{"The Indian brigadier met the rebels at dawn.", "IN", "Indian"},
	{"A former Canadian colonel wrote the book.", "", ""},
	{"A U.S. veteran sergeant wrote the book.", "", ""},
	{"A U.S. sergeant guarded the gate.", "US", "U.S."},
	{"The book was written by a U.S. veteran", "", ""},
	{"A Garda with a sprained wrist said the convoy was ambushed.", "", ""},
	{"One Canadian said the convoy was ambushed.", "", ""},
	{"The Italian captain lifted the trophy.", "", ""},
}

func TestOfficerRanks(t *testing.T) { runAgencyCases(t, officerRankCases) }

// militarySchoolCases: "military" before a demonym and a school or a camp
// names an institution of the state's forces; a plain school, or a
// private person after "military", is not the state.
var militarySchoolCases = []agencyCase{
	{"He was trained at the military Argentine school near the coast.", "AR", "Argentine"},
	{"Recruits spent a year in a military Egyptian academy.", "EG", "Egyptian"},
	{"He was trained at the Argentine school near the coast.", "", ""},
	{"A military Egyptian historian wrote the account.", "", ""},
}

func TestMilitarySchools(t *testing.T) { runAgencyCases(t, militarySchoolCases) }

// officialGapCases: officials and a body the registry lacked, inside and
// outside their terms, and a namesake phrase in lower case.
var officialGapCases = []datedCase{
	{"General Kayani told his commanders to stay out of politics.", "2009-03-15", "PK", "Kayani"},
	{"Gen. Kayani flew to Kabul for talks.", "2009-03-15", "PK", "Kayani"},
	{"Ashfaq Parvez Kayani extended his term.", "2010-07-22", "PK", "Ashfaq Parvez Kayani"},
	{"Ashfaq Kayani met the visiting admiral.", "2012-05-01", "PK", "Ashfaq Kayani"},
	{"Kayani met the visiting admiral.", "2012-05-01", "PK", "Kayani"},
	{"Kayani met the visiting admiral.", "2014-05-01", "", ""},
	{"Mark Vaile opened the trade talks in Canberra.", "2006-04-10", "AU", "Mark Vaile"},
	{"Mr Vaile opened the trade talks.", "2006-04-10", "AU", "Vaile"},
	{"Vaile opened the trade talks.", "2007-11-30", "AU", "Vaile"},
	{"Mr Vaile opened the trade talks.", "2008-04-10", "", ""},
	{"The Commission for Racial Equality wrote to the club.", "2006-04-10", "GB", "Commission for Racial Equality"},
	{"He called for a commission for racial equality in sport.", "2006-04-10", "", ""},
}

func TestOfficialGaps(t *testing.T) { runDatedCases(t, officialGapCases) }
