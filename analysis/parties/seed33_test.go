package parties_test

import (
	"strings"
	"testing"
	"time"
)

// The cases below are written for this test, after the errors of the
// seed-33 blind check of the matcher (issue 17). Each rule or registry
// entry is here both ways: beside every phrase it finds or leaves out, a
// near phrase that must stay as it was.

// Undated text: a head of state or government whom the sentence gives a
// head's title, and an official it introduces with an office, are in
// office on the sentence's day (guideline 12 read as the readers read it);
// a bare name, a past or coming office, another office's title, an
// honorific and a name that heads of two parties bear say nothing of the
// day.
func TestUndatedHeads(t *testing.T) {
	_, m := defaultMatcher(t)
	cases := []struct{ sentence, want, surfaces, roles string }{
		{"Reporters waited while President Barack Obama toured the flooded town.", "US", "Barack Obama", "leader"},
		{"President Obama will sign the bill on Friday, aides said.", "US", "Obama", "leader"},
		{"PRESIDENT OBAMA SIGNS THE BILL", "US", "OBAMA", "leader"},
		{"Prime Minister Sharon cancelled the cabinet meeting.", "IL", "Sharon", "leader"},
		{"The talks between President Putin and Prime Minister Modi ran late.", "RU,IN", "Putin|Modi", "leader|leader"},
		{"Obama will sign the bill on Friday, aides said.", "", "", ""},
		{"Former President Obama will speak at the dinner.", "", "", ""},
		{"The then-President Bush was touring a school.", "", "", ""},
		// A vice-president is no head, but an official his title names (session 24).
		{"Vice President Cheney left the room.", "US", "Cheney", "official"},
		{"President-elect Obama named his team.", "", "", ""},
		{"Mr Obama will sign the bill on Friday.", "", "", ""},
		{"the president obama fans cheered", "", "", ""},
		{"Ousted President Morsi appeared in court.", "", "", ""},
		{"The talks with German Chancellor Angela Merkel ran late.", "DE,DE", "German|Angela Merkel", "demonym|leader"},
		// An official the sentence introduces with an office.
		{"White House press secretary Dana Perino told reporters the talks would go on.", "US,US", "White House|Dana Perino", "body|official"},
		// The White House she served is still named (seed 52).
		{"Former White House press secretary Dana Perino told reporters the talks would go on.", "US", "White House", "body"},
		{"Dana Perino said the talks would go on.", "", "", ""},
		// A head's government names the party in any of the head's terms.
		{"Critics said the Obama administration moved too slowly on the pipeline.", "US", "Obama", "leader"},
		{"Crowds heard that the Modi government had failed on jobs.", "IN", "Modi", "leader"},
		{"Fans of the Obama campaign cheered.", "", "", ""},
		{"In May government spending rose sharply.", "", "", ""},
	}
	for _, c := range cases {
		got := m.Match(c.sentence, time.Time{})
		checkOffsets(t, c.sentence, got)
		var ps, ss, rs []string
		for _, mm := range got {
			ps, ss, rs = append(ps, mm.Party), append(ss, mm.Surface), append(rs, mm.Role)
		}
		if g, s, r := strings.Join(ps, ","), strings.Join(ss, "|"), strings.Join(rs, "|"); g != c.want || s != c.surfaces || r != c.roles {
			t.Errorf("%q undated: %s %q %s, want %s %q %s", c.sentence, g, s, r, c.want, c.surfaces, c.roles)
		}
	}
}

// A nationality said of someone after a comma, "remain" as a copula, "as
// well as" between demonyms, portfolio words that name people, the
// state's no-fly list and political system; and the railways minister the
// registry lacked.
func TestSeed33Rules(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The skipper is Norwegian, Second Mate Ola Berg is Swedish.", "2009-05-01", "", ""},
		{"Norwegian, Swedish and Danish warships met at sea.", "2009-05-01", "NO,SE,DK", "Norwegian|Swedish|Danish"},
		{"The board wants the airline to remain Mexican after the sale.", "2009-05-01", "", ""},
		{"The board wants the Mexican government to approve the sale.", "2009-05-01", "MX", "Mexican"},
		{"The recruit holds Greek as well as Cypriot citizenship.", "2009-05-01", "", ""},
		{"Greek as well as Cypriot troops patrolled the line.", "2009-05-01", "GR,CY", "Greek|Cypriot"},
		{"Lawyers asked why the Egyptian youth was still in a cell.", "2009-05-01", "", ""},
		{"The Egyptian youth minister opened the games.", "2009-05-01", "EG", "Egyptian"},
		{"The Chilean women were released at dawn.", "2009-05-01", "", ""},
		{"Travellers found their names on the Canadian no-fly list.", "2009-05-01", "CA", "Canadian"},
		{"Travellers found their names on the Canadian guest list.", "2009-05-01", "", ""},
		{"Donors lost faith in the Kenyan political system.", "2009-05-01", "KE", "Kenyan"},
		{"Donors lost faith in the Kenyan political parties.", "2009-05-01", "", ""},
		{"Ghulam Ahmad Bilour opened the new freight line.", "2010-06-01", "PK", "Ghulam Ahmad Bilour"},
		{"Ghulam Ahmad Bilour opened the new freight line.", "2014-06-01", "", ""},
		{"Mr Bilour opened the new freight line.", "2010-06-01", "", ""},
	})
}

// Found by reading the commonest words after the demonyms that the
// matcher finds in the whole pool: people of two origins, a trade's
// unions, a nation's nuclear scientists and debate, a state-owned firm,
// the opposition, and "the average" citizen. Each beside the state's use
// of the same words.
func TestPoolDemonymHeads(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Lopez, a Cuban-American who runs a bakery, voted early.", "2012-03-01", "", ""},
		{"Many Korean-Canadians watched the match.", "2012-03-01", "", ""},
		{"Japanese-American relations cooled that spring.", "2012-03-01", "JP,US", "Japanese|American"},
		{"A Japanese-Korean, she grew up in Osaka.", "2012-03-01", "", ""},
		{"The deal ended the Japanese-Chinese \"chip wars\" that had split the region.", "2012-03-01", "JP,CN", "Japanese|Chinese"},
		{"Belgian trade unions marched on the capital.", "2012-03-01", "", ""},
		{"Belgian trade officials met their counterparts.", "2012-03-01", "BE", "Belgian"},
		{"An Indian nuclear scientist gave the lecture.", "2012-03-01", "", ""},
		{"The Indian nuclear tests drew sanctions.", "2012-03-01", "IN", "Indian"},
		{"The Swedish nuclear debate went on for years.", "2012-03-01", "", ""},
		{"The Thai state-owned flag carrier cut its routes.", "2012-03-01", "", ""},
		{"A Malaysian state-owned bank lent the money.", "2012-03-01", "", ""},
		{"Russian state-owned media called it a provocation.", "2012-03-01", "RU", "Russian"},
		{"The Canadian federal opposition walked out.", "2012-03-01", "", ""},
		{"The Canadian federal government walked out.", "2012-03-01", "CA", "Canadian"},
		{"Polls ask what the average Spaniard thinks of the plan.", "2012-03-01", "", ""},
		{"Polls ask what the Spanish government thinks of the plan.", "2012-03-01", "ES", "Spanish"},
	})
}
