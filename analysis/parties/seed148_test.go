package parties_test

import (
	"testing"

	"github.com/stance-news/stance/analysis/parties"
)

// The cases below are written for this test, after the seed-148 and
// seed-149 blind checks of the matcher.

// The Philippines' president of 2001-10 by her husband's surname alone,
// titled or bare, within her term; outside it the name is someone else's.
func TestSeed148Arroyo(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Arroyo flies to Brussels for aid", "2007-03-01", "PH", "Arroyo"},
		{"Critics urged President Arroyo to quit.", "2007-03-01", "PH", "Arroyo"},
		{"Mrs. Arroyo named a new cabinet.", "2007-03-01", "PH", "Arroyo"},
		{"Gloria Arroyo named a new cabinet.", "2007-03-01", "PH", "Gloria Arroyo"},
		{"Arroyo named a new cabinet.", "2012-03-01", "", ""},
	})
}

// A demonym before the forces' "command" is the state's forces; the word
// without a demonym is a skill.
func TestSeed148Command(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The company fought under Dutch command near Kandahar.", "2007-03-01", "NL", "Dutch"},
		{"She has a fine command of Dutch grammar.", "2007-03-01", "", ""},
	})
}

// New Zealand's hazardous substances regulator by its full names.
func TestSeed148ERMA(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The Environmental Risk Management Authority approved the new grass.", "2008-05-01", "NZ", "Environmental Risk Management Authority"},
		{"ERMA New Zealand turned the application down.", "2008-05-01", "NZ", "ERMA New Zealand"},
	})
}

// Blame or a choice that lies or rests with a capital is its government's;
// the foreign ministry's spokesman of those years is Russia's.
func TestSeed148LiesWith(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"The fault lies with Kiev, the envoy said.", "2009-02-01", "UA", "Kiev"},
		{"The next step rests with Pyongyang.", "2009-02-01", "KP", "Pyongyang"},
		{"Andrei Nesterenko told reporters the talks would go on.", "2009-02-01", "RU", "Andrei Nesterenko"},
		{"Andrei Nesterenko told reporters the talks would go on.", "2006-02-01", "", ""},
	})
}

// An undated "Mr." and the surname of a president whom the sentence
// calls a president with "is a" or "is no"; not a former one.
func TestSeed148IsAPresident(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Mr. Obama is a president who hates to lose, his friends say.", "", "US", "Obama"},
		{"Mr. Obama is no typical president, his friends say.", "", "US", "Obama"},
		{"Mr. Obama is a former president, his friends say.", "", "", ""},
		{"Mr. Obama is no longer president, his friends say.", "", "", ""},
	})
}

// A leader's election campaign, named by the full name or by the surname
// the article remembers, is the campaign's; the leader acting stays.
func TestSeed148Campaign(t *testing.T) {
	_, m := defaultMatcher(t)
	var a parties.Article
	d := day("2012-06-01")
	if got := m.AppendMatchArticle(nil, "President Barack Obama spoke in Ohio.", d, &a); len(got) != 1 {
		t.Fatalf("first sentence: %v", got)
	}
	for _, c := range []struct {
		sentence string
		want     int
	}{
		{"She once made videos for the Obama campaign in Iowa.", 0},
		{"He ran the Obama re-election campaign in Ohio.", 0},
		{"Obama signed the bill on Friday.", 1},
	} {
		if got := m.AppendMatchArticle(nil, c.sentence, d, &a); len(got) != c.want {
			t.Errorf("%q: %v, want %d mentions", c.sentence, got, c.want)
		}
	}
}

// A demonym after "un-" is a value; after "anti-" it stays the state.
func TestSeed148Un(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Critics called the new curfew un-Canadian.", "2009-02-01", "", ""},
		{"Crowds joined the anti-Canadian rally.", "2009-02-01", "CA", "Canadian"},
	})
}

// A body's building that is struck or stormed is a place; closed, it
// stays the body's.
func TestSeed148StruckBuilding(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Rebels stormed the Justice Department building at dawn.", "2009-02-01", "", ""},
		{"The Justice Department building was shut for a week.", "2009-02-01", "US", "Justice Department"},
	})
}

// A capital in a ranking of cities is a place; a capital acting beside
// cities stays the government.
func TestSeed148CityRanking(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Two Spanish cities made the top five, behind Vienna and Madrid.", "2009-02-01", "ES", "Spanish"},
		{"Vienna was ranked first among the cities in the survey.", "2009-02-01", "", ""},
		{"Madrid said the cities would get more money.", "2009-02-01", "ES", "Madrid"},
	})
}

// A person noun after a demonym, then "named" and a name, is one person.
func TestSeed148NamedPerson(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"She wed an Australian soldier named Jack Rowe in 1944.", "2009-02-01", "", ""},
		{"He met a British officer called Ann Lee at the base.", "2009-02-01", "", ""},
		{"An Australian soldier was hurt in the blast.", "2009-02-01", "AU", "Australian"},
	})
}

// Canada's refugee tribunal is a court-like body; the state's own
// immigration department stays.
func TestSeed148Tribunal(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"He appealed to the Immigration and Refugee Board of Canada last year.", "2009-02-01", "", ""},
		{"A Canadian Immigration and Refugee Board panel heard the claim.", "2009-02-01", "", ""},
		{"Canadian immigration officials heard the claim.", "2009-02-01", "CA", "Canadian"},
	})
}

// A faith's council named after a country is a private body; the
// country's own council stays.
func TestSeed148FaithCouncil(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Leaders of the Hindu Council of Britain met the minister.", "2009-02-01", "", ""},
		{"The Jewish Council of Australia wrote to the minister.", "2009-02-01", "", ""},
		{"Britain's council of ministers met on Friday.", "2009-02-01", "GB", "Britain"},
	})
}

// A past holder of an organisation's office named as the office is a
// person's past office; the sitting one stays the organisation's.
func TestSeed148PastOfficeBody(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Talks were led by ex-UN Secretary-General Kofi Annan.", "2008-03-01", "", ""},
		{"Talks were led by UN Secretary-General Ban Ki-moon.", "2008-03-01", "UN,UN", "UN Secretary-General|Ban Ki-moon"},
	})
}

// The leaked minutes of a meeting at Number 10 are a document's title.
func TestSeed148Minutes(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Activists cited the Downing Street Minutes in their letter.", "2005-07-01", "", ""},
		{"Downing Street denied the story on Friday.", "2005-07-01", "GB", "Downing Street"},
	})
}
