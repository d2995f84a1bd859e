package parties_test

import "testing"

// The cases below are written for this test, after the seed-174 to
// seed-177 blind checks of the matcher (part A).

// An age after a sitting holder's surname leaves the name theirs; an age
// under forty is a namesake, a child or a grandchild.
func TestSeed174aAge(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Uribe, 56, flew to Quito for talks on the border.", "2008-03-05", "CO", "Uribe"},
		{"Alvaro Uribe, 56, flew to Quito for talks on the border.", "2008-03-05", "CO", "Alvaro Uribe"},
		{"Uribe, 23, a student from Cali, was arrested at the march.", "2008-03-05", "", ""},
	})
}

// Armoured, airborne and mechanised forces after a demonym are the
// state's, with or without an article before it; a maker of armoured
// vehicles is a firm.
func TestSeed174aArmour(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Syrian armoured brigades crossed the ridge at dawn.", "2008-03-05", "SY", "Syrian"},
		{"Turkish airborne troops landed near the dam.", "2008-03-05", "TR", "Turkish"},
		{"Then Russian mechanised units rolled south.", "2008-03-05", "RU", "Russian"},
		{"A Turkish armoured vehicle maker showed its new trucks.", "2008-03-05", "", ""},
	})
}

// An office "for" or "of" a country set off after a name makes the name
// that country's official where the clause's verb follows with no comma
// and the name opens the clause; not a name deeper in the clause.
func TestSeed174aMinisterFor(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Ana Ruiz, the trade minister for Peru stated the tariffs would stay for a year or more.", "2008-03-05", "PE,PE", "Ana Ruiz|Peru"},
		{"Reporters asked Ana Ruiz, the trade minister for Peru stated the tariffs would stay for a year or more.", "2008-03-05", "PE", "Peru"},
	})
}

// A capitalised office's title before a name, of several words, and "of"
// the country after it make the name that country's official; not a past
// office, nor one the sentence ends.
func TestSeed174aTitleOf(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Foreign Trade Minister Ana Ruiz of Peru signed the accord.", "2008-03-05", "PE,PE", "Ana Ruiz|Peru"},
		{"Former Foreign Trade Minister Ana Ruiz of Peru signed the accord.", "2008-03-05", "PE", "Peru"},
		{"Foreign Trade Minister Ana Ruiz of Peru was sacked on Friday.", "2008-03-05", "PE", "Peru"},
		{"The Director for the Lima Transit Office of Peru resigned.", "2008-03-05", "PE", "Peru"},
	})
}

// An adviser, an aide or a spokesman of a holder the registry matched,
// set off after a name, is the holder's state's official; a former one is
// not.
func TestSeed174aAide(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Omar Haddad, a senior adviser to President Bashar al-Assad, said the talks would go on.", "2008-03-05", "SY,SY", "Omar Haddad|Bashar al-Assad"},
		{"Omar Haddad, a spokesman for Assad, said the talks would go on.", "2008-03-05", "SY,SY", "Omar Haddad|Assad"},
		{"Omar Haddad, a former adviser to President Bashar al-Assad, said the talks would go on.", "2008-03-05", "SY", "Bashar al-Assad"},
		{"U.N. Ambassador Ana Ruiz of Peru spoke first.", "2008-03-05", "UN,PE,PE", "U.N.|Ana Ruiz|Peru"},
	})
}

// A member of a government body named "of" or "from" it is the state's
// official; a part of the body, a count of people and a letter sent to
// someone from it name no one.
func TestSeed174aBodyMember(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Ana Ruiz of the Home Office said the queues would shrink.", "2007-03-05", "GB,GB", "Ana Ruiz|Home Office"},
		{"The visitors heard a talk by Ana B. Ruiz from the Home Office.", "2007-03-05", "GB,GB", "Ana B. Ruiz|Home Office"},
		{"Ana Ruiz of the US Department of Energy said the plant was safe.", "2009-03-05", "US,US,US", "Ana Ruiz|US|Department of Energy"},
		{"A letter to Ana Ruiz from the Home Office arrived late.", "2007-03-05", "GB", "Home Office"},
		{"They barred CNN's Ana Ruiz from the White House.", "2018-03-05", "US", "White House"},
		{"Three Senior Managers of the Home Office resigned.", "2007-03-05", "GB", "Home Office"},
		{"The Border Unit of the Home Office was closed.", "2007-03-05", "GB", "Home Office"},
	})
}

// A country's name before "consumer" and a measure of the economy is the
// national economy; before consumers or their groups it is people.
func TestSeed174aConsumer(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"US consumer confidence slipped in May.", "2008-03-05", "US", "US"},
		{"Analysts said UK consumer spending would weaken.", "2008-03-05", "GB", "UK"},
		{"US consumers bought fewer cars.", "2008-03-05", "", ""},
		{"A US consumer group sued the maker.", "2008-03-05", "", ""},
	})
}

// Nigeria's attorney general of 2007-2010 and Britain's environment
// ministry.
func TestSeed174aRegistry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Aondoakaa rejected the request for an inquiry.", "2008-05-01", "NG", "Aondoakaa"},
		{"Aondoakaa rejected the request for an inquiry.", "2011-05-01", "", ""},
		{"Defra officials inspected the farms near the outbreak.", "2007-08-05", "GB", "Defra"},
		{"DEFRA banned the movement of cattle.", "2007-08-05", "GB", "DEFRA"},
	})
}
