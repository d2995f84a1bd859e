package parties_test

import "testing"

// The cases below are written for this test, after the seed-92 and
// seed-93 blind checks of the matcher (issue 17), drawn at one commit.

// Private people, places, media, cloth and ceremonies after a country's
// word are not the state: a deserter, a democracy activist, a citizen by
// birth, one person after "a" and words of description, a body's
// headquarters as a venue, a news agency after the possessive, flags
// counted, a religious office "of" the country, holdings there, a
// capital at the end of an air service, and a ceremony of parliament.
func TestSeed92Private(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The hearing turned down a young U.S. army deserter.", "2006-07-10", "", ""},
		{"A U.S. deserter asked for asylum.", "2006-07-10", "", ""},
		{"The U.S. army hunted for the deserters.", "2006-07-10", "US", "U.S."},
		{"A Syrian democracy activist was held at the airport.", "2006-05-14", "", ""},
		{"The Syrian authorities held an activist at the airport.", "2006-05-14", "SY", "Syrian"},
		{"Flags were raised in front of UN headquarters on Monday.", "2006-06-28", "", ""},
		{"Demonstrators waited outside NATO headquarters for hours.", "2006-06-28", "", ""},
		{"UN headquarters ordered the staff home.", "2006-06-28", "UN", "UN"},
		{"Japan's Kyodo news agency said the ferry had sunk.", "2006-04-02", "", ""},
		{"Japan's transport ministry said the ferry had sunk.", "2006-04-02", "JP", "Japan"},
		{"A warning came from North Korea's Korean Central News Agency on Sunday.", "2006-04-02", "KP", "North Korea"},
		{"Critics asked whether the senator was a \"natural born\" American.", "2008-10-20", "", ""},
		{"Critics asked whether the senator was natural-born American.", "2008-10-20", "", ""},
		{"The senator backed the American decision.", "2008-10-20", "US", "American"},
		{"A number of Canadian flags hung along the parade route.", "2006-07-01", "", ""},
		{"An Italian flag was draped over the coffin.", "2006-07-01", "", ""},
		{"Protesters set fire to Danish flags outside the embassy.", "2006-02-04", "DK", "Danish"},
		{"The Chief Rabbi of Israel urged calm on Sunday.", "2006-07-16", "", ""},
		{"The Grand Mufti of Egypt issued a ruling on the matter.", "2006-07-16", "", ""},
		{"The seized assets include US holdings in a pension fund.", "2006-04-09", "", ""},
		{"China's holdings of foreign debt keep growing.", "2006-04-09", "CN", "China"},
		{"The carrier flies a daily service between Oslo and Erbil.", "2007-03-15", "", ""},
		{"The new dialogue between Beijing and Seoul went well.", "2007-03-15", "CN,KR", "Beijing|Seoul"},
		{"Soldiers shot an apparently unarmed Afghan in the market.", "2007-05-02", "", ""},
		{"A senior Afghan official denied the report.", "2007-05-02", "AF", "Afghan"},
		{"Crowds lined the Mall for the British State Opening of Parliament.", "2006-11-15", "", ""},
		{"The British Foreign Secretary opened the session.", "2006-11-15", "GB", "British"},
	})
}

// The state's people, bodies and acts that the matcher missed: a minister
// the registry lacked, a capital of two words coordinated with another,
// the Treasury Board beside Canada, helicopters with warplanes, sailors
// with marines, a country's name as a tag before a party's name, a head's
// cabinet by the possessive in undated text, the Palestinian firing of
// rockets, and the UN's initials in Romance languages.
func TestSeed93Missed(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Gilles de Robien unveiled the rail plan.", "2003-09-10", "FR", "Gilles de Robien"},
		{"Education Minister Gilles de Robien spoke to teachers.", "2006-09-05", "FR", "Gilles de Robien"},
		{"Gilles de Robien spoke to teachers.", "2005-06-01", "", ""},
		{"Gilles de Robien spoke to teachers.", "2008-09-05", "", ""},
		{"The visit opened fresh talks between New Delhi and Washington.", "2006-03-02", "IN,US", "New Delhi|Washington"},
		{"The flight between New Delhi and Washington was delayed.", "2006-03-02", "", ""},
		{"Health Canada and the Treasury Board signed the accord.", "2006-10-11", "CA,CA", "Health Canada|Treasury Board"},
		{"The Treasury Board met on Tuesday.", "2006-10-11", "", ""},
		{"The Treasury Board of Canada met on Tuesday.", "2006-10-11", "CA", "Treasury Board of Canada"},
		{"Russian helicopters and jets struck the villages.", "2006-10-11", "RU", "Russian"},
		{"The Indian army bought Russian helicopters.", "2006-10-11", "IN", "Indian"},
		{"Tehran seized eight UK sailors and marines at sea.", "2004-06-25", "IR,GB", "Tehran|UK"},
		{"Eight British sailors from a cargo ship were rescued.", "2004-06-25", "", ""},
		{"Tehran seized eight British sailors and marines.", "2004-06-25", "IR,GB", "Tehran|British"},
		{"New Zealand The New Zealand Greens said little about the report.", "2007-02-12", "NZ", "New Zealand"},
		{"The New Zealand Greens said little about the report.", "2007-02-12", "", ""},
		{"Three members of Xi's cabinet resigned.", "", "CN", "Xi"},
		{"Three members of Xi's family resigned.", "", "", ""},
		{"Two members of Obama's administration resigned.", "", "US", "Obama"},
		{"Envoys condemned the Palestinian firing of mortars into Israel.", "2006-07-01", "PS,IL", "Palestinian|Israel"},
		{"Envoys condemned the Palestinian gunmen.", "2006-07-01", "", ""},
		{"A ONU condenou o ataque.", "2006-07-01", "UN", "ONU"},
	})
}
