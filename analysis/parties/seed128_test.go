package parties_test

import "testing"

// The cases below are written for this test, after the seed-128 and
// seed-129 blind checks of the matcher.

// A common surname before the full name of a leader the article knows is
// someone else's; after the full name, or after "Mr", it is the leader's.
func TestSeed128SurnameBeforeFullName(t *testing.T) {
	runArticle(t, "2005-05-08", []articleStep{
		{"North Korean leader Kim Jong Il toured a factory.", "KP:North Korean|KP:Kim Jong Il"},
		{"Kim, a former army officer, said that only the fall of Kim Jong Il would change the country.", "KP:Kim Jong Il"},
		{"Kim Jong Il spoke for an hour and Kim then left.", "KP:Kim Jong Il|KP:Kim"},
		{"Kim Jong Il praised the workers, and Mr Kim later thanked them.", "KP:Kim Jong Il|KP:Kim"},
		{"Kim left the factory at noon.", "KP:Kim"},
	})
}

// A guest that a verb of invitation brings "to the" building is received
// there, a venue; the building that acts, or its aides, stay the state.
func TestSeed128InvitedGuest(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The president welcomed Australian Prime Minister John Howard to the White House for talks.", "2006-05-16", "AU,AU", "Australian|John Howard"},
		{"Putin invited the Italian prime minister to the Kremlin on Friday.", "2006-05-16", "RU,IT", "Putin|Italian"},
		{"The senator sent a letter to the White House on Friday.", "2006-05-16", "US", "White House"},
		{"The president welcomed the report, White House aides said.", "2006-05-16", "US", "White House"},
	})
}

// A leader's surname after a word capitalised only because it opens the
// sentence, or after an office's noun, is the leader; after a given name
// it is someone else.
func TestSeed128SurnameAfterOpener(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Although Qurei offered to resign, his cabinet stayed on.", "2006-01-26", "PS", "Qurei"},
		{"Despite Qureia's warning, the talks went ahead.", "2006-01-26", "PS", "Qureia"},
		{"Ahmed Qurei met the envoy.", "2006-01-26", "PS", "Ahmed Qurei"},
		{"Abu Ala met the envoy.", "2006-01-26", "PS", "Abu Ala"},
		{"Special Counsel Mueller filed new charges on Friday.", "", "US", "Mueller"},
		{"Special Counsel Mueller filed new charges on Friday.", "2018-02-16", "US", "Mueller"},
		{"Special Counsel Mueller filed new charges on Friday.", "2021-02-16", "", ""},
		{"Former Special Counsel Mueller testified on Friday.", "", "", ""},
		{"Anna Mueller filed new charges on Friday.", "2018-02-16", "", ""},
	})
}

// A profession after a building that stands for a government is its
// staff; after a country's name it is a private person.
func TestSeed128BuildingStaff(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"He said a White House lawyer had advised him to keep quiet.", "2006-04-07", "US", "White House"},
		{"The statement cited Kremlin doctors who treated the president.", "2006-04-07", "RU", "Kremlin"},
		{"He said a US lawyer had advised him to keep quiet.", "2006-04-07", "", ""},
		{"He hired a London lawyer to fight the case.", "2006-04-07", "", ""},
	})
}

// Teachers after a country word are private people, as doctors are; the
// state's education officials stay.
func TestSeed128Teachers(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Thousands of schools shut as UK teachers walked out over pay.", "2008-04-24", "", ""},
		{"A French teacher was hurt in the blast.", "2008-04-24", "", ""},
		{"The walkout was condemned by UK education officials.", "2008-04-24", "GB", "UK"},
	})
}

// "Greek-controlled" before Cyprus is the Greek Cypriots' side; Greece's
// own acts stay.
func TestSeed128GreekControlled(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Talks resumed between the Greek-controlled south and the Turkish Cypriot north.", "2008-02-17", "", ""},
		{"He led the Greek -controlled Republic of Cyprus for five years.", "2008-02-17", "CY", "Republic of Cyprus"},
		{"Greek troops were sent to the island.", "2008-02-17", "GR", "Greek"},
	})
}

// A demonym's plural that "including" lists among minorities is a people;
// "the" and a plural acting stay the state.
func TestSeed128ListedMinority(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Agents reached out to ethnic minorities, including the Azeris and the Kurds.", "2006-04-18", "", ""},
		{"Several minority peoples, such as the Armenians, live in the valley.", "2006-04-18", "", ""},
		{"The Azeris rejected the plan for the minorities.", "2006-04-18", "AZ", "Azeris"},
		{"The talks, including the Iranians, ended without a deal.", "2006-04-18", "IR", "Iranians"},
	})
}

// "Congolese" and a bare "Congo" are the Democratic Republic's or the
// Republic's by the sentence's cues, and neither's without one.
func TestSeed128Congo(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Congolese troops loyal to President Kabila retook the town.", "2006-10-30", "CD,CD", "Congolese|Kabila"},
		{"The Congolese army shelled rebel positions near Goma.", "2006-10-30", "CD", "Congolese"},
		{"Rebels fought Congo's army in North Kivu.", "2006-10-30", "CD", "Congo"},
		{"The Congolese government in Brazzaville denied the report.", "2006-10-30", "CG,CG", "Congolese|Brazzaville"},
		{"President Sassou Nguesso said Congo would repay its debts.", "2006-10-30", "CG,CG", "Sassou Nguesso|Congo"},
		{"The Congolese army shelled rebel positions.", "2006-10-30", "", ""},
		{"Barges carried the ore down the Congo River to Kinshasa.", "2006-10-30", "", ""},
	})
}

// Initials of a state's own force after its demonym or name keep the
// country a mention; other capitalised initials do not.
func TestSeed128StateForceInitials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A Portuguese GNR unit escorted the convoy to Dili.", "2006-06-08", "PT", "Portuguese"},
		{"A Portugal GNR unit escorted the convoy.", "2006-06-08", "PT", "Portugal"},
		{"A Portuguese NGO escorted the convoy.", "2006-06-08", "", ""},
	})
}

// An undated sentence that calls a president "Mr." and the surname, or by
// the full name, and also "the president" names them in office; not a
// head who held another office, not the president of something else, and
// not where another president is named.
func TestSeed128UndatedPresident(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"None of Mr. Obama's advisers would say whether the president had changed his mind.", "", "US", "Obama"},
		{"Donald Trump spoke for an hour, and aides said the president was tired.", "", "US", "Donald Trump"},
		{"Mr. Obama's advisers declined to comment on the plan.", "", "", ""},
		{"Mr. Trump said the president of Mexico would visit.", "", "MX", "Mexico"},
		{"Mr. Biden said the president would sign the bill.", "", "", ""},
		{"Mr. Clinton said the president would sign it, Mr. Obama added.", "", "", ""},
		{"The president praised Donald Trump Jr. for his work.", "", "", ""},
	})
}

// Iran's intelligence minister of 2005-09 and the UN's relief coordinator
// of 2007-10 by the news's spellings; the coordinator's common surname
// only beside the UN.
func TestSeed128RegistryOfficials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Intelligence Minister Mohseni-Ejei rejected the claims.", "2007-04-23", "IR", "Mohseni-Ejei"},
		{"The cleric Mohseni-Ejehi spoke to reporters.", "2007-04-23", "IR", "Mohseni-Ejehi"},
		{"Gholam-Hossein Mohseni-Ejei met the envoy.", "2012-04-23", "IR", "Gholam-Hossein Mohseni-Ejei"},
		{"The UN says John Holmes will visit Darfur.", "2008-05-16", "UN,UN", "UN|John Holmes"},
		{"A UN official said Holmes will reach Yangon on Monday.", "2008-05-16", "UN,UN", "UN|Holmes"},
		{"Holmes scored twice in the second half.", "2008-05-16", "", ""},
		{"John Holmes will visit Darfur.", "2011-05-16", "", ""},
	})
}
