package parties_test

import "testing"

// The cases below are written for this test, after the seed-138 and
// seed-139 blind checks of the matcher.

// A personal name before a comma and a country's possessive whose office
// runs on to a matter in lower case after "for" is that country's
// official; initials with full stops may open the name. A past office
// introduces no one.
func TestSeed138AppositiveMatter(t *testing.T) {
	runDatedCases(t, []datedCase{
		{`"We are hopeful," said Ravi Menon, India's special envoy for the water talks.`, "2006-03-01", "IN,IN", "Ravi Menon|India"},
		{`"No deal yet," said S.R. Pillai, India's foreign secretary.`, "2006-03-01", "IN,IN", "S.R. Pillai|India"},
		{`"We are hopeful," said Ravi Menon, India's former envoy for the water talks.`, "2006-03-01", "IN", "India"},
		{`"We are hopeful," said Ravi Menon, India's special envoy for Kashmir Affairs.`, "2006-03-01", "IN", "India"},
	})
}

// Office holders and bodies the registry lacked: India's national security
// adviser of 2005-10, Benin's president by his names in either order, a
// Czech and a French minister, the US military intelligence agency (its
// initials not beside New Zealand's lottery regulator), the European
// Commission's initials beside a merger and not beside an election, and a
// Philippine task force.
func TestSeed138Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Narayanan told reporters the border talks would resume.", "2007-05-01", "IN", "Narayanan"},
		{"Narayanan told reporters the border talks would resume.", "2003-05-01", "", ""},
		{"President Yayi Boni welcomed the visitors.", "2009-05-01", "BJ", "Yayi Boni"},
		{"Yayi said the cotton harvest was good.", "2009-05-01", "BJ", "Yayi"},
		{"Alexandr Vondra answered the question.", "2008-03-01", "CZ", "Alexandr Vondra"},
		{"Alexandr Vondra answered the question.", "2009-09-01", "", ""},
		{"Kosciusko-Morizet said the new rules would cut emissions.", "2011-02-01", "FR", "Kosciusko-Morizet"},
		{"Analysts at the DIA and the CIA disagreed over the report.", "2005-06-01", "US,US", "DIA|CIA"},
		{"The DIA fined the lottery promoter.", "2006-08-18", "", ""},
		{"A Defense Intelligence Agency analyst testified.", "2005-06-01", "US", "Defense Intelligence Agency"},
		{"Regulators at the EC cleared the merger on Tuesday.", "2012-03-01", "EU", "EC"},
		{"The EC announced the results of the state election.", "2012-03-01", "", ""},
		{"Two officers of the PAOCTF were charged.", "2009-02-10", "PH", "PAOCTF"},
	})
}

// A demonym before commandos or casualties is the state's forces; before
// civilian casualties, people.
func TestSeed138ForcesLosses(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"American casualties rose sharply in May.", "2006-06-01", "US", "American"},
		{"Some 300 Iraqi commandos stormed the compound.", "2006-06-01", "IQ", "Iraqi"},
		{"Iraqi civilian casualties rose sharply in May.", "2006-06-01", "", ""},
	})
}

// A country's name after "its", "their" or "our" before a firm's staff or
// output, also joined to another country's word, is where the firm works;
// a posting or a counterpart stays the state's.
func TestSeed138FirmStaff(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The deal protects our U.S. work force for four years.", "2007-09-24", "", ""},
		{"GM will cut its U.S. and Mexican production next year.", "2007-09-24", "", ""},
		{"GM will cut its US employees next year.", "2007-09-24", "", ""},
		{"Israel recalled its US ambassador.", "2007-09-24", "IL,US", "Israel|US"},
		{"He phoned his US counterpart.", "2007-09-24", "US", "US"},
	})
}

// A country's word before a firm's unit "of" a capitalised name that
// opens no alias is the firm's national arm; before units of an alliance
// it stays the state's forces.
func TestSeed138FirmArm(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The German division of Vodafone cut jobs.", "2005-06-15", "", ""},
		{"The UK arm of Tesco opened new stores.", "2005-06-15", "", ""},
		{"The British units of NATO withdrew.", "2005-06-15", "GB,NATO", "British|NATO"},
	})
}

// A demonym alone in a list beside nationalities' plurals is people; "the"
// before it keeps a state's side.
func TestSeed138PeopleListed(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The dead were Swedes, Norwegians, Dutch, Poles and Germans.", "2005-07-22", "", ""},
		{"Guests included Britons and Iraqi from the camps.", "2005-07-22", "", ""},
		{"The Germans and the French signed the accord.", "2005-07-22", "DE,FR", "Germans|French"},
	})
}

// A demonym inside a nickname that "calls himself" or "herself" gives in
// quotes is part of the name; the state's government is not.
func TestSeed138CallsHimself(t *testing.T) {
	runDatedCases(t, []datedCase{
		{`The singer calls himself "Pete the Canadian" on stage.`, "2006-09-03", "", ""},
		{`She called herself "the Swedish Queen" in the letters.`, "2006-09-03", "", ""},
		{"The Canadian government called him back.", "2006-09-03", "CA", "Canadian"},
	})
}

// An official's name before ", a" post "with" or "from" a local body
// (a county, a sheriff, a school) is a namesake; an apposition that gives
// the state's office keeps the official.
func TestSeed138LocalNamesake(t *testing.T) {
	runDatedCases(t, []datedCase{
		{`"We found nothing," said Christopher Hill, a deputy with the Wake County Sheriff's Office.`, "2008-06-01", "", ""},
		{`"We found nothing," said Christopher Hill, a diplomat from the State Department.`, "2008-06-01", "US,US", "Christopher Hill|State Department"},
	})
}

// A capital after a personal title is a person's name.
func TestSeed138TitledCapital(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Reverend Washington led the prayers.", "2007-12-03", "", ""},
		{"Mr. Lima thanked the volunteers.", "2007-12-03", "", ""},
		{"Washington rejected the plan.", "2007-12-03", "US", "Washington"},
	})
}

// A demonym before a capitalised "State of" or "Province of" and a name is
// the region's name; before the state police, the state's.
func TestSeed138RegionName(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Flooding hit the Brazilian State of Bahia last week.", "2006-04-09", "", ""},
		{"The Argentine Province of Salta declared an emergency.", "2006-04-09", "", ""},
		{"The Venezuelan state police arrested him.", "2006-04-09", "VE", "Venezuelan"},
	})
}

// Groups named by their cause after a country's name are private; its
// intelligence groups are the state's.
func TestSeed138CauseGroups(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Several US advocacy groups filed suit.", "2006-01-24", "", ""},
		{"A UK human rights group wrote to the minister.", "2006-01-24", "", ""},
		{"US intelligence groups briefed the senators.", "2006-01-24", "US", "US"},
	})
}

// Cable and television words before an operator make it a firm.
func TestSeed138CableOperator(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A UK cable TV operator bought the channel.", "2005-10-05", "", ""},
		{"UK regulators fined the operator.", "2005-10-05", "GB", "UK"},
	})
}

// A demonym's fleet in a sentence about airliners is the airlines'; a
// fleet of warships, the navy.
func TestSeed138AirlineFleet(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The order for 200 airliners will double the Chinese fleet.", "2008-10-18", "", ""},
		{"The Chinese fleet of warships sailed past the islands.", "2008-10-18", "CN", "Chinese"},
	})
}
