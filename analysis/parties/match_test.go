package parties_test

import (
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stance-news/stance/analysis/parties"
	"github.com/stance-news/stance/models"
)

var (
	defaultOnce sync.Once
	defaultReg  *parties.Registry
	defaultErr  error
)

// defaultMatcher parses the embedded default registry once per test binary.
func defaultMatcher(tb testing.TB) (*parties.Registry, *parties.Matcher) {
	tb.Helper()
	defaultOnce.Do(func() {
		b, err := models.LoadDefault()
		if err != nil {
			defaultErr = err
			return
		}
		data, err := b.File("artifacts/parties/parties.yaml")
		if err != nil {
			defaultErr = err
			return
		}
		defaultReg, defaultErr = parties.Parse(data)
	})
	if defaultErr != nil {
		tb.Fatalf("default registry: %v", defaultErr)
	}
	return defaultReg, parties.NewMatcher(defaultReg)
}

func day(s string) time.Time {
	if s == "" {
		return time.Time{} // undated text
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

type matchCase struct {
	sentence string
	date     string
	want     string // comma-separated party ids expected (as a set)
	not      string // comma-separated party ids that must not appear
	surfaces string // optional: "|"-separated surfaces expected, in order
}

func ids(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

var matchCases = []matchCase{
	// Plain names, demonyms, seats, bodies.
	{sentence: "India and China held talks on the border.", date: "2020-06-20", want: "IN,CN"},
	{sentence: "The United States of America imposed sanctions.", date: "2022-03-01", want: "US", surfaces: "United States of America"},
	{sentence: "The U.S. said it would respond.", date: "2022-03-01", want: "US", surfaces: "U.S."},
	{sentence: "USA and UK sign a pact.", date: "2022-03-01", want: "US,GB"},
	{sentence: "America will not back down, he said.", date: "2022-03-01", want: "US"},
	{sentence: "Chinese troops moved closer to the LAC.", date: "2020-06-20", want: "CN", surfaces: "Chinese"},
	{sentence: "The Russian Foreign Ministry summoned the envoy.", date: "2022-03-01", want: "RU", surfaces: "Russian"},
	{sentence: "Beijing protested against the visit.", date: "2022-08-02", want: "CN"},
	{sentence: "Zhongnanhai is wary of the new alignment.", date: "2022-08-02", want: "CN"},
	{sentence: "The Kremlin denied the report.", date: "2022-03-01", want: "RU", surfaces: "Kremlin"},
	{sentence: "The White House said talks were productive.", date: "2022-03-01", want: "US", surfaces: "White House"},
	{sentence: "South Block was not amused.", date: "2019-02-27", want: "IN", surfaces: "South Block"},
	{sentence: "The MEA issued a statement.", date: "2019-02-27", want: "IN", surfaces: "MEA"},
	{sentence: "The Ministry of External Affairs rejected the claim.", date: "2019-02-27", want: "IN", surfaces: "Ministry of External Affairs"},
	{sentence: "The State Department and the Pentagon disagreed.", date: "2019-02-27", want: "US", surfaces: "State Department|Pentagon"},
	{sentence: "Islamabad summoned the Indian envoy.", date: "2019-02-27", want: "PK,IN"},
	{sentence: "Kyiv asked for more air defence.", date: "2023-02-01", want: "UA"},
	{sentence: "Brussels proposed a new sanctions package.", date: "2023-02-01", want: "EU", not: "BE"},
	{sentence: "Talks in Moscow and Washington stalled.", date: "2023-02-01", not: "RU,US"},
	{sentence: "The PLA held drills near Taiwan.", date: "2022-08-05", want: "CN,TW"},
	{sentence: "Nepal and Bhutan attended, as did Bangladesh, Sri Lanka, Myanmar, Afghanistan and the Maldives.", date: "2019-05-30", want: "NP,BT,BD,LK,MM,AF,MV"},
	{sentence: "Iran, Israel, Saudi Arabia and the UAE reacted.", date: "2024-04-14", want: "IR,IL,SA,AE"},
	{sentence: "North Korea fired a missile towards South Korea and Japan.", date: "2023-04-13", want: "KP,KR,JP"},
	{sentence: "The Korean peninsula remains tense.", date: "2023-04-13", not: "KP,KR"},
	{sentence: "Türkiye and Turkey are the same state.", date: "2023-04-13", want: "TR", surfaces: "Türkiye|Turkey"},
	{sentence: "Côte d'Ivoire and Ivory Coast are one country.", date: "2023-04-13", want: "CI"},
	{sentence: "Guinea-Bissau and Papua New Guinea voted yes.", date: "2023-04-13", want: "GW,PG", not: "GN", surfaces: "Guinea-Bissau|Papua New Guinea"},
	{sentence: "Palestinian officials welcomed the vote.", date: "2023-04-13", want: "PS"},
	// Organisations.
	{sentence: "The EU and NATO met in Brussels.", date: "2023-04-13", want: "EU,NATO"},
	{sentence: "The UN Security Council will meet on Friday.", date: "2023-04-13", want: "UN", surfaces: "UN Security Council"},
	{sentence: "India addressed the UN General Assembly and the UNGA applauded.", date: "2023-09-23", want: "IN,UN", surfaces: "India|UN General Assembly|UNGA"},
	{sentence: "The European Parliament passed a resolution.", date: "2023-04-13", want: "EU"},
	{sentence: "SCO, BRICS and ASEAN summits overlap with the Quad.", date: "2023-04-13", want: "SCO,BRICS,ASEAN,QUAD"},
	{sentence: "The IMF, the WTO, the G7, the G20 and the GCC issued statements.", date: "2023-04-13", want: "IMF,WTO,G7,G20,GCC"},
	{sentence: "Australia and the AU differ.", date: "2023-04-13", want: "AU", surfaces: "Australia"},
	{sentence: "He rode a quad bike.", date: "2023-04-13", not: "QUAD"},
	// Whole words only.
	{sentence: "Indiana passed a new law.", date: "2023-04-13", not: "IN"},
	{sentence: "Russians queued for bread.", date: "2023-04-13", not: "RU"},
	{sentence: "Indianapolis hosted the race.", date: "2023-04-13", not: "IN"},
	{sentence: "Chinatown was crowded.", date: "2023-04-13", not: "CN"},
	{sentence: "Omani officials and Omanis differ.", date: "2023-04-13", want: "OM", surfaces: "Omani"},
	// Longest match first.
	{sentence: "Ships patrolled the Indian Ocean.", date: "2023-04-13", not: "IN"},
	{sentence: "The Washington Post reported the leak.", date: "2023-04-13", not: "US"},
	{sentence: "Officials in New Delhi were surprised.", date: "2023-04-13", want: "IN", surfaces: "New Delhi"},
	{sentence: "Tensions rose in the South China Sea.", date: "2023-04-13", not: "CN"},
	{sentence: "New Mexico and New Jersey are US states.", date: "2023-04-13", want: "US", not: "MX", surfaces: "US"},
	{sentence: "Mexico City protested.", date: "2023-04-13", want: "MX", surfaces: "Mexico City"},
	{sentence: "The Delhi Police arrested two men.", date: "2023-04-13", not: "IN"},
	{sentence: "Delhi and Dhaka signed the pact.", date: "2023-04-13", want: "IN,BD"},
	{sentence: "Air India flights to Delhi resumed, London said.", date: "2023-04-13", want: "GB", not: "IN"},
	{sentence: "George Washington crossed the river.", date: "2023-04-13", not: "US"},
	{sentence: "Latin America watched closely.", date: "2023-04-13", not: "US"},
	// Case rules.
	{sentence: "Let us be clear about this.", date: "2023-04-13", not: "US"},
	{sentence: "Us and them, he said.", date: "2023-04-13", not: "US"},
	{sentence: "Biden Tells Us To Wait", date: "2023-04-13", want: "US", surfaces: "Biden"},
	{sentence: "US SLAPS TARIFFS ON CHINA", date: "2023-04-13", want: "US,CN"},
	{sentence: "LET US STAND TOGETHER", date: "2023-04-13", not: "US"},
	{sentence: "IT IS TIME FOR INDIA TO HELP US", date: "2023-04-13", want: "IN", not: "US"},
	{sentence: "She bought fine china and a turkey.", date: "2023-04-13", not: "CN,TR"},
	{sentence: "the un-american activities", date: "2023-04-13", not: "UN,US"},
	{sentence: "He said he'd chad about it.", date: "2023-04-13", not: "TD"},
	// Possessives.
	{sentence: "Russia's invasion drew condemnation.", date: "2023-04-13", want: "RU", surfaces: "Russia"},
	{sentence: "India’s stance was clear.", date: "2023-04-13", want: "IN", surfaces: "India"},
	{sentence: "Modi’s visit to Washington", date: "2023-06-21", want: "IN", surfaces: "Modi"},
	{sentence: "The Kremlin's spokesman, Dmitry Peskov, spoke.", date: "2023-06-21", want: "RU", surfaces: "Kremlin|Dmitry Peskov"},
	// Hyphenated pairs.
	{sentence: "India-Russia relations remain strong.", date: "2023-04-13", want: "IN,RU"},
	{sentence: "The US-China trade war escalated.", date: "2019-05-10", want: "US,CN"},
	{sentence: "The India–Pakistan ceasefire held.", date: "2021-02-25", want: "IN,PK"},
	{sentence: "U.S.-India ties deepened.", date: "2023-06-21", want: "US,IN", surfaces: "U.S.|India"},
	// Leaders and terms.
	{sentence: "Biden met Modi at the summit.", date: "2023-06-21", want: "US,IN"},
	{sentence: "Biden met Modi at the summit.", date: "2025-03-01", want: "IN", not: "US"},
	{sentence: "Trump spoke with Putin.", date: "2019-07-16", want: "US,RU"},
	{sentence: "Trump spoke with Putin.", date: "2022-07-16", want: "RU", not: "US"},
	{sentence: "Trump spoke with Putin.", date: "2025-08-15", want: "US,RU"},
	{sentence: "Joe Biden was inaugurated.", date: "2021-01-20", want: "US"},
	{sentence: "Joe Biden left office.", date: "2025-01-20", want: "US"},
	{sentence: "Joe Biden spoke at a rally.", date: "2025-01-21", not: "US"},
	{sentence: "Sheikh Hasina addressed the nation.", date: "2024-08-05", want: "BD"},
	{sentence: "Sheikh Hasina addressed supporters from exile.", date: "2024-10-01", not: "BD"},
	{sentence: "Theresa May met Modi.", date: "2017-04-01", want: "GB,IN"},
	{sentence: "In May, India and Japan signed the deal.", date: "2017-04-01", want: "IN,JP", not: "GB"},
	{sentence: "Ursula von der Leyen and Xi Jinping spoke.", date: "2023-04-06", want: "EU,CN"},
	{sentence: "Donald Tusk chaired the summit.", date: "2016-06-28", want: "EU", not: "PL"},
	{sentence: "Donald Tusk won the election.", date: "2023-12-13", want: "PL", not: "EU"},
	{sentence: "S. Jaishankar met Wang Yi.", date: "2023-07-14", want: "IN,CN"},
	{sentence: "Jaishankar met Wang Yi.", date: "2012-05-01", not: "IN,CN"},
	{sentence: "K.P. Sharma Oli visited Beijing.", date: "2024-12-02", want: "NP", surfaces: "K.P. Sharma Oli"},
	{sentence: "Zelenskyy thanked Starmer.", date: "2025-03-02", want: "UA,GB"},
	{sentence: "The meeting had no date.", date: "", want: ""},
	{sentence: "Modi spoke.", date: "", not: "IN"},
	// Ambiguous names with context rules.
	{sentence: "Georgia's governor Brian Kemp signed the bill in Atlanta.", date: "2023-04-13", not: "GE"},
	{sentence: "Georgia applied to join the EU, angering Moscow.", date: "2023-04-13", want: "GE,EU,RU"},
	{sentence: "Turkey blocked Sweden's NATO bid.", date: "2023-01-20", want: "TR,SE,NATO"},
	{sentence: "They ate roast Turkey at Thanksgiving.", date: "2023-11-23", not: "TR"},
	{sentence: "Jordan condemned the strike.", date: "2023-11-01", want: "JO"},
	{sentence: "Michael Jordan retired again.", date: "1999-01-13", not: "JO"},
	{sentence: "Jordan Peterson gave a lecture.", date: "2023-11-01", not: "JO"},
	{sentence: "Chad expelled the envoy.", date: "2023-04-13", want: "TD"},
	{sentence: "Chad Smith plays drums.", date: "2023-04-13", not: "TD"},
	{sentence: "Officials in Malé welcomed the decision.", date: "2023-04-13", want: "MV"},
	{sentence: "Male voters turned out in large numbers.", date: "2023-04-13", not: "MV"},
	// Stop phrases and adjectival uses.
	{sentence: "It was a game of Russian roulette.", date: "2023-04-13", not: "RU"},
	{sentence: "American football is popular.", date: "2023-04-13", not: "US"},
	{sentence: "It became a game of Chinese whispers.", date: "2023-04-13", not: "CN"},
	{sentence: "A Russian newspaper reported the story.", date: "2023-04-13", not: "RU"},
	{sentence: "Indian users flocked to the app.", date: "2023-04-13", not: "IN"},
	{sentence: "Russian crude flowed to refiners.", date: "2023-04-13", not: "RU"},
	{sentence: "The Indian team won by six wickets.", date: "2023-04-13", not: "IN"},
	{sentence: "The Indian High Commission issued a note.", date: "2023-04-13", want: "IN", surfaces: "Indian"},
	{sentence: "American pressure mounted on Tehran.", date: "2023-04-13", want: "US,IR"},
	{sentence: "India beat Australia in the final.", date: "2023-11-19", want: "IN,AU"},
	// Punctuation and odd input.
	{sentence: "“China,” he said, “is a partner.”", date: "2023-04-13", want: "CN"},
	{sentence: "Washington, D.C. is the seat.", date: "2023-04-13", not: "US"}, // a city, not its government acting
	{sentence: "INDIA!!!", date: "2023-04-13", want: "IN"},
	{sentence: "", date: "2023-04-13"},
	{sentence: "India\xff\xfeChina", date: "2023-04-13", want: "IN,CN"},
	{sentence: "INDIA, CHINA AND PAKISTAN", date: "2023-04-13", want: "IN,CN,PK"},
}

func TestMatchTable(t *testing.T) {
	_, m := defaultMatcher(t)
	if len(matchCases) < 80 {
		t.Fatalf("only %d cases", len(matchCases))
	}
	for _, tc := range matchCases {
		var d time.Time
		if tc.date != "" {
			d = day(tc.date)
		}
		got := m.Match(tc.sentence, d)
		checkOffsets(t, tc.sentence, got)
		checkCues(t, m, tc.sentence, d, got)
		set := map[string]bool{}
		var surf []string
		for _, mm := range got {
			set[mm.Party] = true
			surf = append(surf, mm.Surface)
		}
		for _, w := range ids(tc.want) {
			if !set[w] {
				t.Errorf("%q @%s: want %s, got %v", tc.sentence, tc.date, w, describe(got))
			}
		}
		for _, n := range ids(tc.not) {
			if set[n] {
				t.Errorf("%q @%s: must not match %s, got %v", tc.sentence, tc.date, n, describe(got))
			}
		}
		if tc.surfaces != "" && strings.Join(surf, "|") != tc.surfaces {
			t.Errorf("%q: surfaces %q, want %q", tc.sentence, strings.Join(surf, "|"), tc.surfaces)
		}
	}
}

func describe(ms []parties.Mention) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Party + ":" + m.Surface
	}
	return out
}

// checkOffsets verifies the invariants every mention list must satisfy.
func checkOffsets(t testing.TB, s string, ms []parties.Mention) {
	t.Helper()
	prevEnd := 0
	for _, m := range ms {
		if m.ByteStart < prevEnd || m.ByteEnd <= m.ByteStart || m.ByteEnd > len(s) {
			t.Fatalf("%q: bad byte span %+v", s, m)
		}
		if s[m.ByteStart:m.ByteEnd] != m.Surface {
			t.Fatalf("%q: surface %q != text %q", s, m.Surface, s[m.ByteStart:m.ByteEnd])
		}
		if utf8.ValidString(s) {
			if got := utf8.RuneCountInString(s[:m.ByteStart]); got != m.Start {
				t.Fatalf("%q: Start %d, want %d", s, m.Start, got)
			}
			if got := utf8.RuneCountInString(s[:m.ByteEnd]); got != m.End {
				t.Fatalf("%q: End %d, want %d", s, m.End, got)
			}
		}
		if m.Name == "" || m.Party == "" {
			t.Fatalf("%q: empty party in %+v", s, m)
		}
		prevEnd = m.ByteEnd
	}
}

func TestAppendMatchReusesDst(t *testing.T) {
	_, m := defaultMatcher(t)
	dst := make([]parties.Mention, 0, 8)
	dst = m.AppendMatch(dst, "India and China", day("2023-01-01"))
	dst = m.AppendMatch(dst, "Russia", day("2023-01-01"))
	var got []string
	for _, x := range dst {
		got = append(got, x.Party)
	}
	if strings.Join(got, ",") != "IN,CN,RU" {
		t.Fatalf("got %v", got)
	}
}

func TestDefaultRegistry(t *testing.T) {
	r, _ := defaultMatcher(t)
	ps := r.Parties()
	if !sort.SliceIsSorted(ps, func(i, j int) bool { return ps[i].ID < ps[j].ID }) {
		t.Fatal("Parties not sorted by ID")
	}
	countries, orgs := 0, 0
	for _, p := range ps {
		switch p.Kind {
		case parties.KindCountry:
			countries++
		case parties.KindOrganisation:
			orgs++
		}
	}
	// 193 UN members, 2 observers, Taiwan, Kosovo; 23 organisations.
	if countries != 197 || orgs != 23 {
		t.Fatalf("countries=%d organisations=%d", countries, orgs)
	}
	for _, id := range []string{"EU", "NATO", "UN", "SCO", "BRICS", "ASEAN", "QUAD", "IMF", "WTO", "G7", "G20", "GCC",
		"G8", "OPEC", "WORLDBANK", "OECD", "AUNION", "NAM", "CWEALTH", "ARABLEAGUE", "WHO", "IAEA", "ICC"} {
		p, ok := r.Party(id)
		if !ok || p.Kind != parties.KindOrganisation {
			t.Errorf("organisation %s missing", id)
		}
	}
	au, _ := r.Party("AU")
	if au.Name != "Australia" {
		t.Errorf("AU is %q", au.Name)
	}
	// The G20, P5, India's neighbours and the other focus countries have
	// government bodies or seats and leaders since 2000.
	for _, id := range strings.Split("AR,AU,BR,CA,CN,FR,DE,IN,ID,IT,JP,KR,MX,RU,SA,ZA,TR,GB,US,PK,NP,BD,LK,BT,MM,AF,MV,UA,IR,IL,AE,KP,TW", ",") {
		p, ok := r.Party(id)
		if !ok {
			t.Errorf("%s missing", id)
			continue
		}
		early := false
		for _, l := range p.Leaders {
			for _, term := range l.Terms {
				if term.From.Year() <= 2001 {
					early = true
				}
			}
		}
		if len(p.Leaders) < 2 || !early || len(p.Seats) == 0 {
			t.Errorf("%s: %d leaders (term from 2001 or earlier: %v), seats %v", id, len(p.Leaders), early, p.Seats)
		}
	}
	if _, ok := r.Party("XX"); ok {
		t.Error("Party(XX) found")
	}
	// Parties returns copies.
	ps[0].Names[0] = "mutated"
	if again, _ := r.Party(ps[0].ID); again.Names[0] == "mutated" {
		t.Error("Parties shares memory with the registry")
	}
}

func TestConcurrentMatch(t *testing.T) {
	_, m := defaultMatcher(t)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if got := m.Match("Modi met Putin in Moscow.", day("2024-07-08")); len(got) != 2 {
					t.Errorf("got %v", describe(got))
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzMatch(f *testing.F) {
	for _, tc := range matchCases {
		f.Add(tc.sentence)
	}
	f.Add("U.S.A.-U.K.-U.")
	f.Add("\xff'’s-")
	f.Add(strings.Repeat("New ", 40) + "Delhi")
	_, m := defaultMatcher(f)
	d := day("2023-04-13")
	f.Fuzz(func(t *testing.T, s string) {
		got := m.Match(s, d)
		checkOffsets(t, s, got)
		checkCues(t, m, s, d, got)
	})
}

func BenchmarkMatch(b *testing.B) {
	_, m := defaultMatcher(b)
	sentences := make([]string, 0, len(matchCases))
	for _, tc := range matchCases {
		sentences = append(sentences, tc.sentence)
	}
	d := day("2023-04-13")
	var dst []parties.Mention
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		dst = m.AppendMatch(dst[:0], sentences[i%len(sentences)], d)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
