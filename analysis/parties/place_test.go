package parties_test

import (
	"strings"
	"testing"

	"github.com/stance-news/stance/analysis/parties"
)

// placeCases are written for this test: each capital or seat of government
// once used only as a place (no mention, country guideline 9) and once
// acting as the government (a mention, guideline 8). want lists the party
// ids found, in order.
var placeCases = []struct {
	sentence, want string
}{
	// in / at: a place, unless the people there are the government.
	{"Shares in London fell sharply on Monday.", ""},
	{"London rejected the proposal on Monday.", "GB"},
	{"The talks in Geneva ended without a deal between Tehran and Washington.", "IR,US"},
	{"Officials in New Delhi were surprised by the decision.", "IN"},
	{"She bought a flat in Paris last year.", ""},
	{"Paris and Berlin agreed to share the cost.", "FR,DE"},
	{"Diplomats in Beijing said the visit was postponed.", "CN"},
	{"Thousands marched in Beijing despite the rain.", ""},
	{"Aides in the Kremlin drafted the statement.", "RU"}, // a building after "the" stands for its government
	// a word after the seat can make it the government again.
	{"The prosecutor sent a letter to White House aides on Monday.", "US"},
	{"The reply went to Kremlin officials on Friday.", "RU"},
	{"The memo went to Downing Street staff before noon.", "GB"},
	{"They flew to Paris last week.", ""},
	{"The Kremlin denied the report.", "RU"},
	{"Sources at Downing Street said the vote would be delayed.", "GB"},
	{"Protesters gathered outside Downing Street.", ""},
	{"Markets in Tokyo opened higher.", ""},
	{"Tokyo protested to Seoul over the island dispute.", "JP,KR"},
	{"Rents in Moscow and St Petersburg have doubled.", ""},
	{"Moscow and Kyiv traded accusations over the strike.", "RU,UA"},
	{"Talks in Moscow and Washington stalled.", ""},
	// to: travel is a place, a message to the capital is the government.
	{"The minister flew to Beijing on Tuesday.", ""},
	{"The letter to Beijing demanded an apology.", "CN"},
	{"Her trip to Canberra was cut short.", ""},
	{"The warning to Pyongyang came a day after the test.", "KP"},
	// of: a city's own things are places, a capital's policies the state's.
	{"The mayor of London opened the bridge.", ""},
	{"The policies of Washington angered its allies.", "US"},
	{"The streets of Cairo were quiet.", ""},
	{"The influence of Moscow in the region has grown.", "RU"},
	// visited / arrived: places.
	{"The prime minister visited Ottawa in May.", ""},
	{"Ottawa announced new sanctions in May.", "CA"},
	{"The delegation arrived in Nairobi late at night.", ""},
	{"Nairobi welcomed the agreement.", "KE"},
	{"Pressure from Washington grew after the vote.", "US"},
	// A street that is a seat: along it, up or down it after a move, or on
	// it for a crowd or before a place word, it is the street.
	{"The band played on Whitehall across from the gates of Downing Street.", ""},
	{"The marchers walked down Whitehall towards the river.", ""},
	{"Cyclists raced along Downing Street's old cobbles.", ""},
	{"Pickets stood on Whitehall until dusk.", ""},
	{"In the Whitehall area two roads were shut.", ""},
	{"Whitehall officials briefed against the plan.", "GB"},
	{"Whitehall said the plan had been shelved.", "GB"},
	{"The report heaped pressure on Whitehall to act.", "GB"},
	{"The cuts fell hardest on Whitehall departments.", "GB"},
	{"Lobbyists pressed Downing Street to drop the levy.", "GB"},
}

// partiesOf matches sentence (dated 2024-06-01) and joins the parties of
// its mentions with commas, in order.
func partiesOf(m *parties.Matcher, sentence string) string {
	var got []string
	for _, mm := range m.Match(sentence, day("2024-06-01")) {
		got = append(got, mm.Party)
	}
	return strings.Join(got, ",")
}

// checkParties fails for each case whose mentions are not want.
func checkParties(t *testing.T, m *parties.Matcher, cases []struct{ sentence, want string }) {
	t.Helper()
	for _, c := range cases {
		checkCues(t, m, c.sentence, day("2024-06-01"), m.Match(c.sentence, day("2024-06-01")))
		if g := partiesOf(m, c.sentence); g != c.want {
			t.Errorf("%q: mentions %q, want %q", c.sentence, g, c.want)
		}
	}
}

func TestPlaceUse(t *testing.T) {
	_, m := defaultMatcher(t)
	tp, fp, fn := 0, 0, 0
	for _, c := range placeCases {
		checkCues(t, m, c.sentence, day("2024-06-01"), m.Match(c.sentence, day("2024-06-01")))
		g := partiesOf(m, c.sentence)
		if g != c.want {
			t.Errorf("%q: mentions %q, want %q", c.sentence, g, c.want)
		}
		want := map[string]int{}
		for _, w := range ids(c.want) {
			want[w]++
		}
		for _, g := range ids(g) {
			if want[g] > 0 {
				tp++
				want[g]--
			} else {
				fp++
			}
		}
		for _, n := range want {
			fn += n
		}
	}
	t.Logf("%d cases: %d mentions right, %d false, %d missed", len(placeCases), tp, fp, fn)
}

// formerAndDatelineCases: a past office is not the state acting now, and a
// dateline says where a story was filed.
var formerAndDatelineCases = []struct {
	sentence, want string
}{
	{"A former British ambassador wrote the report.", ""},
	{"The British ambassador wrote the report.", "GB"},
	{"Ex-Soviet republics joined the bloc.", ""},
	{"WASHINGTON (AP) -- The talks resumed on Monday.", ""},
	{"BEIJING, March 3 -- Officials gave no details.", ""},
	{"WASHINGTON REJECTS THE OFFER", "US"}, // an all-caps headline: the capital acts
	{"Washington rejected the offer.", "US"},
	{"MOSCOW – Negotiators met again on Friday.", ""},
	{"WASHINGTON -- A county clerk declined the request.", ""},
	{"NAIROBI — Rains flooded two districts.", ""},
	{"India-Pakistan talks resumed.", "IN,PK"}, // a hyphen joins, it is no dateline gap
	{"A senior U.S. economist at a bank expects lower rates.", ""},
	{"Two Canadian citizens were released on Monday.", ""},
	{"The U.S. Attorney General announced charges.", "US"},
	{"She told USA Today that the vote was fair.", ""},
	{"The shooting at the Washington Navy Yard shocked the city.", ""},
}

func TestFormerAndDateline(t *testing.T) {
	_, m := defaultMatcher(t)
	checkParties(t, m, formerAndDatelineCases)
}

// legislatureCases: legislatures, courts and origins are not the state
// acting (country guideline 9); the state's own acts are.
var legislatureCases = []struct {
	sentence, want string
}{
	{"The US Senate passed the bill on Friday.", ""},
	{"The US imposed tariffs on Friday.", "US"},
	{"A US district court blocked the order.", ""},
	{"US forces blocked the road.", "US"},
	{"The Canadian-born singer toured Asia.", ""},
	{"The Canadian government toured the site.", "CA"},
	{"An Indian senator criticised the deal.", ""},
	{"A London-based firm bought the mine.", ""},
}

func TestLegislaturesAndOrigins(t *testing.T) {
	_, m := defaultMatcher(t)
	checkParties(t, m, legislatureCases)
}

func TestMediaPartiesAndPeople(t *testing.T) {
	_, m := defaultMatcher(t)
	checkParties(t, m, []struct{ sentence, want string }{
		{"Australian news outlets reported the vote.", ""},
		{"Australian troops reported the vote.", "AU"},
		{"The Australian Labor Party won the seat.", ""},
		{"Greek Cypriots voted against the plan.", ""},
		{"A Mexican woman was detained at the border.", ""},
		{"Mexico closed the crossing.", "MX"},
		{"The American public is divided.", ""},
		{"US Rep. Smith introduced the bill.", ""},
	})
}

// TestNewBodiesAndOrganisations: government bodies and the organisations
// added in December 2026, and the uses of their short forms that are not
// them.
func TestNewBodiesAndOrganisations(t *testing.T) {
	_, m := defaultMatcher(t)
	checkParties(t, m, []struct{ sentence, want string }{
		{"The Home Office rejected the asylum claim.", "GB"},
		{"Number 10 declined to comment.", "GB"},
		{"The Bank of England raised rates.", "GB"},
		{"The Federal Reserve left rates unchanged.", "US"},
		{"The FBI opened an inquiry.", "US"},
		{"The Reserve Bank of India cut its forecast.", "IN"},
		{"The G8 summit opened in Scotland.", "G8"},
		{"OPEC agreed to cut output.", "OPEC"},
		{"The World Bank approved the loan.", "WORLDBANK"},
		{"The African Union sent observers.", "AUNION"},
		{"The Arab League suspended Syria.", "ARABLEAGUE,SY"},
		{"The WHO declared an emergency.", "WHO"},
		{"WHO IS TO BLAME FOR THE FLOODS", ""},
		{"The IAEA inspectors left Iran.", "IAEA,IR"},
		{"The ICC issued an arrest warrant.", "ICC"},
		{"The ICC fined the team after the cricket final.", ""},
	})
}

func TestRoles(t *testing.T) {
	_, m := defaultMatcher(t)
	for _, c := range []struct {
		sentence, date, want string // want: party:role for each mention
	}{
		{"India and Chinese envoys met in Geneva.", "2024-06-01", "IN:name,CN:demonym"},
		{"Beijing rejected the Kremlin's claim.", "2024-06-01", "CN:capital,RU:body"},
		{"Downing Street and the Home Office disagreed.", "2024-06-01", "GB:body,GB:body"},
		{"Tony Blair met NATO's chief.", "2005-03-01", "GB:leader,NATO:org"},
		{"Condoleezza Rice met Jaap de Hoop Scheffer.", "2005-03-01", "US:official,NATO:official"},
		{"The UN Security Council met.", "2024-06-01", "UN:body"},
	} {
		var got []string
		for _, mm := range m.Match(c.sentence, day(c.date)) {
			got = append(got, mm.Party+":"+mm.Role)
		}
		if g := strings.Join(got, ","); g != c.want {
			t.Errorf("%q @%s: %s, want %s", c.sentence, c.date, g, c.want)
		}
	}
}
