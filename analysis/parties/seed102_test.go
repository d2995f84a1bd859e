package parties_test

import "testing"

// The cases below are written for this test, after the seed-102 and
// seed-103 blind checks of the matcher (issue 17), drawn after the seed-98
// and -99 fixes.

// Things, people, places and names that carry a country's word and are
// not the state: a bank, a rebel army, a person after "who", a currency
// sign, an editor's brackets, a press agency, a retailer, a trade round,
// a regime, a former king's style, a base's name and a capital where
// world leaders met.
func TestSeed102Private(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Shares of US Bancorp fell 2% in early trading.", "2009-05-11", "", ""},
		{"U.S. Bancorp said its profit had doubled.", "2009-05-11", "", ""},
		{"US regulators said the lenders were sound.", "2009-05-11", "US", "US"},
		{"He said sorry to each veteran or American who felt slighted.", "2006-11-03", "", ""},
		{"An American who taught in Kabul was freed on Sunday.", "2006-11-03", "", ""},
		{"An American drone struck the village on Sunday.", "2006-11-03", "US", "American"},
		{"The rebels of the Revolutionary Armed Forces of Colombia freed two hostages.", "2005-03-26", "", ""},
		{"The Revolutionary Armed Forces of Colombia–People's Army denied it.", "2005-03-26", "", ""},
		{"A guerrilla from the Revolutionary Armed forces of Colombia was held.", "2005-03-26", "", ""},
		{"The armed forces of Colombia freed two hostages.", "2005-03-26", "CO", "Colombia"},
		{"The airline ordered ten jets worth UK£ 400m at list prices.", "2007-08-31", "", ""},
		{"Seats on the new route cost UK£49 each way.", "2007-08-31", "", ""},
		{"The UK paid £400m for the jets.", "2007-08-31", "GB", "UK"},
		{"He spoke of the values that unite [British] people across the isles.", "2006-01-15", "", ""},
		{"He said [British] troops would stay in Basra.", "2006-01-15", "GB", "British"},
		// IRNA, quoted as a source, is media since seeds 112 and 113.
		{"The ban was sought, Iranian press-agency IRNA said.", "2008-02-17", "", ""},
		{"The ban was sought, the Syrian press agency said.", "2008-02-17", "", ""},
		{"The ban was sought, the Syrian government said.", "2008-02-17", "SY", "Syrian"},
		{"The chain is owned by a fund that also holds U.S. Luxury retailer Saks.", "2009-12-15", "", ""},
		{"The fund bought a British fashion retailer last year.", "2009-12-15", "", ""},
		{"The deal was cleared by U.S. antitrust regulators.", "2009-12-15", "US", "U.S."},
		{"The UK fined retailer Tesco for the labels.", "2009-12-15", "GB", "UK"},
		{"The talks were likened to the Uruguay Round of the 1980s.", "2006-07-26", "", ""},
		{"Parallels to the Uruguay round are easy to draw.", "2006-07-26", "", ""},
		{"Uruguay led the talks in Geneva.", "2006-07-26", "UY", "Uruguay"},
		{"Few states recognised the Islamic Emirate of Afghanistan in 1998.", "2007-05-15", "", ""},
		{"The Islamic Republic of Afghanistan signed the accord.", "2007-05-15", "AF", "Islamic Republic of Afghanistan"},
		{"Gyanendra of Nepal left the palace on a Wednesday.", "2008-06-11", "", ""},
		{"Nepal told Gyanendra to leave the palace.", "2008-06-11", "NP", "Nepal"},
		{"King Gyanendra of Nepal dissolved the cabinet.", "2005-02-02", "NP,NP", "King Gyanendra|Nepal"},
		{"Envoys of Nepal left the palace on a Wednesday.", "2008-06-11", "NP", "Nepal"},
		{"The bombers could refuel at the Tindal RAAF base in the north.", "2005-11-20", "", ""},
		{"The jets were moved to RAAF Base Amberley for the drill.", "2005-11-20", "", ""},
		{"The RAAF sent two jets north.", "2005-11-20", "AU", "RAAF"},
		{"The RAAF base at Tindal will host the bombers.", "2005-11-20", "AU", "RAAF"},
		{"Australia's leaders joined world leaders in Paris for the talks.", "2006-02-02", "AU", "Australia"},
		{"Foreign ministers in Tokyo signed a pact on fishing.", "2006-02-02", "", ""},
		{"Officials in Tokyo rejected the plan.", "2006-02-02", "JP", "Tokyo"},
		{"He praised the foreign policy of Tokyo.", "2006-02-02", "JP", "Tokyo"},
	})
}

// Mentions the matcher missed: the registry's new bodies and people, a
// unit named by its context and a pope in undated text.
func TestSeed102Missed(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Brigadier General David Perkins said the raid had been a success.", "2008-10-16", "US", "David Perkins"},
		{"Perkins said the raid had been a success.", "2008-10-16", "", ""},
		{"David Perkins said the raid had been a success.", "2010-10-16", "", ""},
		{"The panel will decide whether the Scorpions are to be merged with the South African police.", "2005-10-26", "ZA,ZA", "Scorpions|South African"},
		{"The Directorate of Special Operations, the Scorpions, raided his home.", "2005-10-26", "ZA,ZA", "Directorate of Special Operations|Scorpions"},
		{"The Scorpions played their old hits in Hanover.", "2005-10-26", "", ""},
		{"The Khampepe inquiry heard that the Scorpions spied on ministers.", "2005-10-26", "ZA", "Scorpions"},
		{"Pope Francis spoke to pilgrims on Sunday.", "", "VA", "Pope Francis"},
		{"Francis spoke to pilgrims on Sunday.", "", "", ""},
		{"In his homily Pope Francis quoted a prayer by Pope John Paul II.", "", "VA", "Pope Francis"},
		{"A critic of Pope Benedict said the former pope had erred.", "", "", ""},
		{"The former Pope Benedict XVI wrote a book.", "", "", ""},
		{"The FSIS said the plant had broken its rules.", "2008-02-18", "US", "FSIS"},
		{"The Food Safety and Inspection Service closed the plant.", "2008-02-18", "US", "Food Safety and Inspection Service"},
		{"Greenpeace got the papers from the Department for Transport.", "2008-02-28", "GB", "Department for Transport"},
		{"The US Department of Transportation fined the airline.", "2008-02-28", "US", "US"},
	})
}

// Left as they were: a demonym's province (labels decision 1, seed 34), a
// war named after the country (the train labels count it) and the island
// as a political aim.
func TestSeed102Left(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Canadian province of Manitoba passed a privacy law.", "2005-06-06", "CA", "Canadian"},
		{"Years before the Iraq War the inspectors had left.", "2007-10-28", "IQ", "Iraq"},
		{"Nationalists argue for a free, single Ireland.", "2006-02-26", "IE", "Ireland"},
	})
}
