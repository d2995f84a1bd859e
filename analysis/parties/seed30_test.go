package parties_test

import (
	"slices"
	"testing"

	"github.com/stance-news/stance/analysis/parties"
)

// The cases below are written for this test, after the errors of the
// seed-30 blind check of the matcher (issue 17). Each rule or registry
// entry is here both ways: beside every phrase it finds or leaves out, a
// near phrase that must stay as it was.

// The UN's secretary-general named by the office alone, in any case, is the
// UN; another organisation's, a party's or a union's, a deputy, the office
// as a post to fill, and the title before a name are not.
func TestSeed30SecretaryGeneral(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The secretary-general praised the ceasefire in a statement on Monday.", "2008-03-04", "UN", "secretary-general"},
		{"A spokesman for the Secretary-General said the envoy would stay.", "2008-03-04", "UN", "Secretary-General"},
		{"The Secretary General urged both sides to talk.", "2008-03-04", "UN", "Secretary General"},
		{"He wrote to the secretary-general and to the Security Council.", "2008-03-04", "UN,UN", "secretary-general|Security Council"},
		{"The party's secretary-general quit after the vote.", "2008-03-04", "", ""},
		{"The secretary-general of the ruling party quit after the vote.", "2008-03-04", "", ""},
		{"The alliance's secretary-general said NATO would send more troops.", "2008-03-04", "NATO", "NATO"},
		{"The secretary-general said the Arab League would meet on Friday.", "2008-03-04", "ARABLEAGUE", "Arab League"},
		{"Maria Cruz, KMP Secretary General, led the march.", "2008-03-04", "", ""},
		{"The deputy secretary-general flew to Nairobi.", "2008-03-04", "", ""},
		{"Seoul wants its candidate to be the next secretary-general.", "2008-03-04", "KR", "Seoul"},
		{"Secretary-General Ban Ki-moon flew to Nairobi.", "2008-03-04", "UN", "Ban Ki-moon"},
	})
}

// "Athens, Georgia": a city of the US state and a comma before "Georgia"
// make it the state's address; the country after its own city, or acting,
// stays the country.
func TestSeed30GeorgiaAddress(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"She grew up in Athens, Georgia, and studied law.", "2008-03-04", "", ""},
		{"The plant is near Macon, Georgia.", "2008-03-04", "", ""},
		{"The talks were held in Tbilisi, Georgia.", "2008-03-04", "GE", "Georgia"},
		{"Athens and Georgia signed a visa deal.", "2008-03-04", "GR,GE", "Athens|Georgia"},
	})
}

// Bodies and office holders the registry lacked, each inside and outside
// the term the registry gives, and a namesake or another office that stays
// out.
func TestSeed30Officials(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Engineers at ANSTO shut the research reactor for checks.", "2006-06-16", "AU", "ANSTO"},
		{"Staff of Australian Nuclear Science and Technology Organisation will run the new reactor.", "2006-06-16", "AU", "Australian Nuclear Science and Technology Organisation"},
		{"Rosprirodnadzor threatened to halt the pipeline.", "2006-09-20", "RU", "Rosprirodnadzor"},
		{"Oleg Mitvol warned that the spill would spread.", "2007-11-12", "RU", "Oleg Mitvol"},
		{"Oleg Mitvol warned that the spill would spread.", "2010-11-12", "", ""},
		{"Gaza militants rejected the offer made by Abu Mazen.", "2006-07-27", "PS", "Abu Mazen"},
		{"Gaza militants rejected the offer made by Abu Mazen.", "2004-07-27", "", ""},
		{"Outgoing President Vincente Fox spoke of reform.", "2006-09-01", "MX", "Vincente Fox"},
		{"Outgoing President Vincente Fox spoke of reform.", "2007-09-01", "", ""},
		{"Akayev insisted from Moscow that he was still head of state.", "2005-03-30", "KG", "Akayev"},
		{"Akayev said from Moscow that he would write a memoir.", "2005-06-30", "", ""},
		{"The Maoists agreed to meet Koirala next week.", "2006-11-20", "NP", "Koirala"},
		{"The Maoists agreed to meet Koirala next week.", "2012-11-20", "", ""},
		{"Sushil Koirala led the party's delegation.", "2007-02-10", "", ""},
		{"Oli flew to Delhi for two days of talks.", "2006-11-06", "NP", "Oli"},
		{"Oli flew to Delhi for two days of talks.", "2008-11-06", "", ""},
		{"Tony Fratto said the president would not comment.", "2007-06-08", "US", "Tony Fratto"},
		{"Tony Fratto said the firm would not comment.", "2010-06-08", "", ""},
	})
}

// Private businesses, people and animals after a country word: a
// consortium led by a country's firms, security contractors and analysts,
// a broadcaster's hyphenated name, birds and breeds; the state leading a
// force, its security forces and the country acting stay mentions.
func TestSeed30PrivateUses(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"A Japanese-led consortium won the contract for the port.", "2008-03-04", "", ""},
		{"The US-led mining consortium lost its licence.", "2008-03-04", "", ""},
		{"A Turkish consortium will build the bridge.", "2008-03-04", "", ""},
		{"The Japanese-led force took over the base.", "2008-03-04", "JP", "Japanese"},
		{"The US-led coalition took over the base.", "2008-03-04", "US", "US"},
		{"Three British security contractors were hurt in the blast.", "2008-03-04", "", ""},
		{"Kenyan security analyst Joe Mwangi doubted the claim.", "2008-03-04", "", ""},
		{"British security forces sealed off the road.", "2008-03-04", "GB", "British"},
		{"The Israeli security cabinet met overnight.", "2008-03-04", "IL", "Israeli"},
		{"She reads the news on Radio-Canada every morning.", "2008-03-04", "", ""},
		{"The Canada-Mexico talks resumed on Monday.", "2008-03-04", "CA,MX", "Canada|Mexico"},
		{"Canada geese nest on the lake every spring.", "2008-03-04", "", ""},
		{"He bred Irish setters on his farm.", "2008-03-04", "", ""},
		{"Canada moved to cull the geese.", "2008-03-04", "CA", "Canada"},
	})
}

// Places named with a country word: a capital's city government, a road
// numbered after the US, the street of a head of government's office as an
// address, a civil war named after the country; the capital acting, the
// country before a count and the office acting stay mentions.
func TestSeed30Places(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Rome's city government paid for the new tram line.", "2008-03-04", "", ""},
		{"Moscow's municipal authorities banned the march.", "2008-03-04", "", ""},
		{"Moscow's decision angered Kiev.", "2008-03-04", "RU,UA", "Moscow|Kiev"},
		{"Crews will resurface U.S. Highway 30 this summer.", "2008-03-04", "", ""},
		{"The crash closed both lanes of US 30; traffic was diverted.", "2008-03-04", "", ""},
		{"The ramp joins US 30.", "2008-03-04", "", ""},
		{"US 30 percent tariffs angered Ottawa.", "2008-03-04", "US,CA", "US|Ottawa"},
		{"Sales in the US 12% higher than last year.", "2008-03-04", "US", "US"},
		{"Downing Street in London has been the premier's home since 1735.", "2008-03-04", "", ""},
		{"The leaders met at 10 Downing Street on Tuesday.", "2008-03-04", "", ""},
		{"10 Downing Street said the talks would go on.", "2008-03-04", "GB", "Downing Street"},
		{"Officials at 10 Downing Street denied the report.", "2008-03-04", "GB", "Downing Street"},
		{"Downing Street in a statement denied the report.", "2008-03-04", "GB", "Downing Street"},
		{"He fought in the Lebanese Civil War as a teenager.", "2008-03-04", "", ""},
		{"The Lebanese army ended the siege.", "2008-03-04", "LB", "Lebanese"},
		{"Lebanon's civil war lasted fifteen years.", "2008-03-04", "LB", "Lebanon"},
	})
}

// A demonym before "state" and the state's broadcaster was the state here;
// since seed 183 it is a medium, as "national" before one and a
// broadcaster named alone are.
func TestSeed30StateMedia(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"North Korean state television showed the launch.", "2008-06-26", "", ""},
		{"Iranian state radio said the talks had failed.", "2008-06-26", "", ""},
		{"The Dutch national broadcaster aired the debate.", "2008-06-26", "", ""},
		{"Iranian television showed the launch.", "2008-06-26", "", ""},
	})
}

// articleStep is one sentence of an article and the mentions it must get,
// as describeOfficials writes them.
type articleStep struct{ sentence, want string }

// runArticle matches the steps in order as one article dated date.
func runArticle(t *testing.T, date string, steps []articleStep) {
	t.Helper()
	_, m := defaultMatcher(t)
	// b is the article as the matcher that ignores the cue groups reads
	// it, which must find the same mentions (checkCues).
	var a, b parties.Article
	for _, c := range steps {
		ms := m.AppendMatchArticle(nil, c.sentence, day(date), &a)
		if got := describeOfficials(ms); got != c.want {
			t.Errorf("%q @%s: got %q, want %q", c.sentence, date, got, c.want)
		}
		if want := withoutCues(m).AppendMatchArticle(nil, c.sentence, day(date), &b); !slices.Equal(ms, want) {
			t.Errorf("%q: %v, but %v without the cue groups", c.sentence, describe(ms), describe(want))
		}
	}
}

// A leader the registry matched by full name or after a title is named by
// the surname alone in the article's later sentences, though the registry
// leaves the surname out on its own (a common word, another person's); a
// name that continues it, a wife, a namesake's age and another article are
// someone else's, and a month is never a surname.
func TestSeed30LeadersInArticle(t *testing.T) {
	runArticle(t, "2006-09-02", []articleStep{
		{"Fox withdrew to his residence.", ""},
		{"Mexico's outgoing president, Vicente Fox, cut short his speech.", "MX:Mexico|MX:Vicente Fox"},
		{"Fox withdrew to his residence to read it on television.", "MX:Fox"},
		{"Fox News carried the speech live.", ""},
		{"Later, Fox, 24, thanked his cabinet.", ""},
	})
	runArticle(t, "2007-03-19", []articleStep{
		{"The seat is held by Conservative MP Peter MacKay.", "CA:Peter MacKay"},
		{"MacKay is also the foreign minister.", "CA:MacKay"},
		{"Mrs. MacKay was not at his side.", ""},
		// As capitalised as a headline: it introduces nobody, but names
		// the people introduced before.
		{"MacKay is Canada's Voice On Foreign Affairs.", "CA:MacKay|CA:Canada"},
		{"His father, Elmer MacKay, held it before him.", ""},
	})
	runArticle(t, "2017-05-02", []articleStep{
		{"Theresa May met the Irish premier in London.", "GB:Theresa May|IE:Irish"},
		{"In May, the talks will resume.", ""},
	})
	runArticle(t, "2008-05-02", []articleStep{
		{"UN Secretary-General Ban Ki-moon landed in Yangon.", "UN:UN Secretary-General|UN:Ban Ki-moon"},
		{"Moon cakes were served at the dinner.", ""},
	})
}

// Initials an article defines in brackets after another country's body of
// a like name ("the Western Australian Environmental Protection Authority
// (EPA)") are that body there and in the later sentences, not the party's
// body of those initials; the party's own full name, the party named
// before another wording and a body with no country keep the initials the
// party's.
func TestSeed30AcronymsDefined(t *testing.T) {
	runArticle(t, "2006-06-07", []articleStep{
		{"Officials of the Western Australian Environmental Protection Authority (EPA) rejected the gas plant.", ""},
		{"The EPA said the turtles were at risk.", ""},
	})
	runArticle(t, "2006-06-07", []articleStep{
		{"The Environmental Protection Agency (EPA) fined the refinery.", "US:Environmental Protection Agency|US:EPA"},
		{"The EPA said the fine was a record.", "US:EPA"},
	})
	runArticle(t, "2008-07-17", []articleStep{
		{"The United States Federal Aviation Authority (FAA) issued a new rule.", "US:United States|US:FAA"},
		{"The FAA said airlines had a year to comply.", "US:FAA"},
	})
	runArticle(t, "2008-07-17", []articleStep{
		{"Oil ministers of the Organization of Petroleum Exporting Countries (OPEC) trimmed quotas.", "OPEC:OPEC"},
		{"OPEC will meet again in March.", "OPEC:OPEC"},
	})
	// A sentence alone keeps its own definitions.
	runArticle(t, "2006-06-07", []articleStep{
		{"The Irish Environmental Protection Authority (EPA) fined the farm.", "IE:Irish"},
	})
}

// A person named before ", <office> of" and a party, in a clause that
// closes soon after, is that party's official, and is named by surname
// later in the article; a past office, an office of what the party's
// possessive owns, a lone word and a rating agency named after a country
// are not.
func TestSeed30OfficeOfParty(t *testing.T) {
	runArticle(t, "2007-12-19", []articleStep{
		{"Brigadier Tom Harding, commander of British forces in Basra, said the base was secure.", "GB:Tom Harding|GB:British"},
		{"Harding flew home on Friday.", "GB:Harding"},
	})
	runArticle(t, "2007-12-19", []articleStep{
		{"Ana Costa, the deputy foreign minister of Brazil, said talks would go on.", "BR:Ana Costa|BR:Brazil"},
	})
	runDatedCases(t, []datedCase{
		{"Ana Costa, former foreign minister of Brazil, said talks would go on.", "2007-12-19", "BR", "Brazil"},
		{"Ravi Menon, general secretary of India's biggest dockworkers' union, was hurt.", "2007-12-19", "IN", "India"},
		{"Costa, minister of Brazil, said so.", "2007-12-19", "BR", "Brazil"},
		{"Ravi Menon, senior director of India Ratings, expects slower growth.", "2014-07-23", "", ""},
		{"India's ratings were cut by two agencies.", "2014-07-23", "IN", "India"},
	})
}
