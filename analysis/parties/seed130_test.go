package parties_test

import "testing"

// The cases below are written for this test, after the seed-130 and
// seed-131 blind checks of the matcher.

// Country words joined by a hyphen or a dash before a border are both
// states' border (reversed in session 29), each word its own mention; a
// place in the pair that is no party names none, and a sea's name stays
// a stop phrase.
func TestSeed130HyphenatedBorders(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Refugees crossed the Sudan-Chad border overnight.", "2006-06-01", "SD,TD", "Sudan|Chad"},
		{"Troops massed along the Syrian-Turkish frontier last week.", "2006-06-01", "SY,TR", "Syrian|Turkish"},
		{"The U.S.-Canada boundary runs along the lake.", "2006-06-01", "US,CA", "U.S.|Canada"},
		{"Smugglers dug a tunnel under the Gaza - Egypt border.", "2006-06-01", "EG", "Egypt"},
		{"The India-China boundary talks resumed in May.", "2006-06-01", "IN,CN", "India|China"},
		{"Tankers sailed through the South China Sea.", "2006-06-01", "", ""},
		{"Turkish troops sealed the border.", "2006-06-01", "TR", "Turkish"},
	})
}

// A country's one-word name and a lone "n", "an", "ian" or "ese" after
// it spell its demonym, read by the demonym's rules: private people are
// no state, the government is; "an" before a vowel is the article.
func TestSeed130SplitDemonym(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Floods displaced the Kenya n community of Mathare.", "2007-05-01", "", ""},
		{"Police raided a Haiti an slum at dawn.", "2007-05-01", "", ""},
		{"He is a Sudan ese-born tycoon.", "2007-05-01", "", ""},
		{"The Kenya n government sent relief to Mathare.", "2007-05-01", "KE", "Kenya"},
		{"The donors gave Mali an award for the plan.", "2007-05-01", "ML", "Mali"},
	})
}

// Home-owners, savers, borrowers and other households after a country
// word are private people; the state's officials stay.
func TestSeed130Households(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The lender sold loans to UK home-owners for a decade.", "2007-05-01", "", ""},
		{"The crisis hit US savers, borrowers and mortgage holders alike.", "2007-05-01", "", ""},
		{"Rising rates squeezed Irish householders and pensioners.", "2007-05-01", "", ""},
		{"UK officials warned home-owners about the rates.", "2007-05-01", "GB", "UK"},
	})
}

// South Australia and West Australia are states of Australia, as
// Western Australia is; the country and South Africa stay.
func TestSeed130AustralianStates(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The South Australian Government ruled out a reactor near Adelaide.", "2006-06-05", "", ""},
		{"West Australian police arrested two men in Perth.", "2006-06-05", "", ""},
		{"The premier of South Australia spoke in Adelaide.", "2006-06-05", "", ""},
		{"The Australian Government ruled out a reactor near Adelaide.", "2006-06-05", "AU", "Australian"},
		{"The South African Government ruled out a reactor near Durban.", "2006-06-05", "ZA", "South African"},
	})
}

// A government's building that a craft is flown or crashed into is the
// building hit; the body that speaks, and one brought in as an office,
// stay the state.
func TestSeed130BuildingHit(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The airliner that slammed into the Pentagon had left Dulles.", "2006-06-10", "", ""},
		{"Investigators say he steered the jet into the Pentagon.", "2006-06-10", "", ""},
		{"A small plane crashed into the White House lawn.", "2006-06-10", "", ""},
		{"The Pentagon said the jet crashed into a field.", "2006-06-10", "US", "Pentagon"},
		{"He was brought into the Pentagon as an adviser.", "2006-06-10", "US", "Pentagon"},
	})
}

// A demonym before an organisation's name and private people is a
// person's nationality; the state's troops beside the organisation stay.
func TestSeed130NationalityBeforeOrganisation(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Gunmen kidnapped a Danish United Nations aid worker in Somalia.", "2006-05-07", "UN,SO", "United Nations|Somalia"},
		{"Gunmen kidnapped a Danish UN worker near Mogadishu.", "2006-05-07", "UN", "UN"},
		{"Danish troops escorted a United Nations aid convoy in Somalia.", "2006-05-07", "DK,UN,SO", "Danish|United Nations|Somalia"},
	})
}

// A country inside a quoted title that a verb of naming opens is part
// of the title, prepositions and all; a quotation of speech keeps it.
func TestSeed130TitleWithPrepositions(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A photo show, entitled \"Letters from Sudan\", opened in Geneva.", "2007-04-12", "", ""},
		{"The charity screened a film titled \"Hope in Iraq\" last night.", "2007-04-12", "", ""},
		{"The envoy called \"Sudan a partner\" in the talks.", "2007-04-12", "SD", "Sudan"},
	})
}

// A country's name that ends a firm's name after its officer's "of" is
// the firm's national arm, though a person's name follows; an office of
// the state and an agency's name stay the state.
func TestSeed130FirmOfficer(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Chief executive of Toyota Canada Ken Smith said sales rose.", "2007-02-08", "", ""},
		{"The chairman of Siemens India Raj Patel resigned on Monday.", "2007-02-08", "", ""},
		{"Prime Minister of Canada Stephen Harper said sales rose.", "2007-02-08", "CA,CA", "Canada|Stephen Harper"},
		{"The head of Statistics Canada Ivan Fellegi said sales rose.", "2007-02-08", "CA", "Statistics Canada"},
	})
}

// Mali's president by his first given name and surname, titled or not;
// an article that names him so names him by the surname after.
func TestSeed130Toure(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Mr Bush thanked President Amadou Touré for his work.", "2008-02-13", "US,ML", "Bush|Amadou Touré"},
		{"Malian President Amadou Toumani Touré opened the summit.", "2008-02-13", "ML,ML", "Malian|Amadou Toumani Touré"},
		{"Mr Touré flew home to Mali.", "2008-02-13", "ML,ML", "Touré|Mali"},
		{"Touré scored twice in the second half.", "2008-02-13", "", ""},
		{"Amadou Touré opened the summit.", "2014-02-13", "", ""},
	})
	runArticle(t, "2008-02-13", []articleStep{
		{"Touré thanked the donors.", ""},
		{"The visitors met Amadou Touré in Bamako.", "ML:Amadou Touré"},
		{"Touré thanked the donors.", "ML:Touré"},
	})
}

// Congress's budget office, by its name and initials, is a US body as
// the GAO is; a criminal behaviour order is not.
func TestSeed130BudgetOffice(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The CBO said the deficit would grow next year.", "2009-10-09", "US", "CBO"},
		{"The Congressional Budget Office said the deficit would grow.", "2009-10-09", "US", "Congressional Budget Office"},
		{"Magistrates granted a CBO against the man after the court hearing.", "2016-03-01", "", ""},
	})
}

// Brazil's social security minister and Uzbekistan's interior minister
// in their terms, and not after them.
func TestSeed130Ministers(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Romero Jucá denied the claims on Tuesday.", "2005-05-29", "BR", "Romero Jucá"},
		{"Romero Jucá denied the claims on Tuesday.", "2006-05-29", "", ""},
		{"Zakir Almatov denied the claims on Tuesday.", "2005-05-18", "UZ", "Zakir Almatov"},
		{"Zokirjon Almatov toured Andijan.", "2005-05-20", "UZ", "Zokirjon Almatov"},
		{"Zakir Almatov denied the claims on Tuesday.", "2007-05-18", "", ""},
	})
}

// A personal name before ", the" and a country's word and a current
// office is that country's official though the clause's verb follows the
// office with no comma, where the name opens the clause; not a past
// office, nor a name that a word before ties to another clause.
func TestSeed130AppositiveOfficial(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Tomas Berdi, the Uzbek Interior Minister denied the report.", "2005-05-18", "UZ,UZ", "Tomas Berdi|Uzbek"},
		{"On Monday, Ana Ruiz, the Chilean Foreign Minister rejected the offer.", "2005-05-18", "CL,CL", "Ana Ruiz|Chilean"},
		{"Tomas Berdi, the Uzbek interior minister, denied the report.", "2005-05-18", "UZ,UZ", "Tomas Berdi|Uzbek"},
		{"After meeting Tomas Berdi, the Uzbek Interior Minister denied the report.", "2005-05-18", "UZ", "Uzbek"},
		{"Tomas Berdi, the former Uzbek Interior Minister denied the report.", "2005-05-18", "", ""},
	})
}

// A capital acting in the making ("is arming") is its government; a
// capital that a form of "be" and a state of the weather follow is the
// city.
func TestSeed130CapitalArming(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Diplomats fear that Khartoum is arming the militias.", "2006-08-28", "SD", "Khartoum"},
		{"Monitors say Damascus was backing the rebels.", "2006-08-28", "SY", "Damascus"},
		{"Khartoum is sweltering in the heat.", "2006-08-28", "", ""},
		{"Paris is hosting the summit this year.", "2006-08-28", "", ""},
	})
}
