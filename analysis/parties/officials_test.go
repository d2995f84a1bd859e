package parties_test

import (
	"strings"
	"testing"

	"github.com/stance-news/stance/analysis/parties"
)

// officialCases are written for this test: a person introduced with a
// state's office in the sentence is an official of that state (guideline
// 8), whatever the registry knows of them; a past office, a court, a firm's
// post and a name inside another name are not. Surfaces list every
// mention's text, "|"-separated, and want their parties.
var officialCases = []datedCase{
	// The office before the name, with or without a comma.
	{"Chilean foreign minister Ana Torres Vidal rejected the proposal.", "2011-03-02",
		"CL,CL", "Chilean|Ana Torres Vidal"},
	{"Peru's deputy trade minister, Jorge al-Mansur, left early.", "2011-03-02",
		"PE,PE", "Peru|Jorge al-Mansur"},
	{"Kenyan Air Force General Samuel Njoroge briefed the press.", "2011-03-02",
		"KE,KE", "Kenyan|Samuel Njoroge"},
	{"The Uruguayan Minister of Foreign Affairs Pablo Ferreira signed the accord on behalf of his government.", "2011-03-02",
		"UY,UY", "Uruguayan|Pablo Ferreira"},
	// ... and after it, as an apposition that closes the clause.
	{"Dmitri Orlov, the Russian deputy energy minister, said talks would resume.", "2011-03-02",
		"RU,RU", "Dmitri Orlov|Russian"},
	{"The deal is off, said Tomas Berg, the Swedish ambassador to Chile.", "2011-03-02",
		"SE,SE,CL", "Tomas Berg|Swedish|Chile"},
	// A title before the name stays out of the span.
	{"Ghana's army chief, General Kofi Mensah, visited the border posts.", "2011-03-02",
		"GH,GH", "Ghana|Kofi Mensah"},
	// Past and future offices are not (guideline 12).
	{"Former Kenyan ambassador Grace Wanjiru criticised the plan.", "2011-03-02", "", ""},
	{"Grace Wanjiru, the former Kenyan ambassador, criticised the plan.", "2011-03-02", "", ""},
	{"A retired Kenyan general, Paul Otieno, criticised the plan.", "2011-03-02", "", ""},
	{"One Kenyan general, Paul Otieno, backed the plan.", "2011-03-02", "KE,KE", "Kenyan|Paul Otieno"},
	{"Chilean foreign minister-designate Ana Torres Vidal met the press.", "2011-03-02", "CL", "Chilean"},
	// A court's office, a firm's post and a state agency's name are not
	// personal names after an office.
	// (The court's title makes the demonym the court's too; seeds 58, 164.)
	{"Chilean Chief Justice Marta Rojas swore him in.", "2011-03-02", "", ""},
	{"Ana Ruiz, the Chilean envoy's driver, was hurt in the crash.", "2011-03-02", "CL", "Chilean"},
	// (A country's possessive before its news agency's name is the
	// medium's, seed 92.)
	{"China's official Xinhua news agency carried the statement.", "2011-03-02", "", ""},
	{"The Kenyan foreign minister on Monday rejected the report.", "2011-03-02", "KE", "Kenyan"},
	// The office of a party before another is a posting to that one.
	// (Here the demonym before "UN" is no mention of its own, so the
	// ambassador is nobody's: not the UN's.)
	{"The Lebanese UN ambassador Karim Haddad asked for a vote.", "2011-03-02", "UN", "UN"},
	{"Chile recalled its Peruvian ambassador Jorge Ruiz Tagle.", "2011-03-02", "CL,PE", "Chile|Peruvian"},
	{"The spokesman of the US military in Iraq, Colonel Tom Reed, said so.", "2011-03-02", "US,IQ", "US|Iraq"},
	// A head of government the registry does not hold is history.
	{"The memoir praises British Prime Minister Harold Wilson at length.", "2011-03-02", "GB", "British"},
	{"Chilean Deputy Prime Minister Ana Torres Vidal spoke first.", "2011-03-02", "CL,CL", "Chilean|Ana Torres Vidal"},
	// An apposition whose office another name follows is that name's.
	{"According to Pedro Rojas, Chile's ambassador to Peru, Jorge Ruiz, had left.", "2011-03-02",
		"CL,PE", "Chile|Peru"},
	// A portfolio the office words do not cover leaves the name's start
	// unclear.
	{"Chile's Assistant Secretary for Pacific Islands Ana Ruiz spoke to reporters about the new rules.", "2011-03-02",
		"CL", "Chile"},
	// A lone word after an office may be more of the office.
	{"The Chilean Minister for Education, Culture and Sport Ana Torres Vidal spoke.", "2011-03-02", "CL", "Chilean"},
	// A venue named after a leader, even in lower case, is the venue
	// (the seed-27 check); the leader's own doings are not.
	{"The team bus was attacked on its way to the Gaddafi stadium.", "2009-03-03", "", ""},
	{"Gaddafi arrived in a tent.", "2009-03-03", "LY", "Gaddafi"},
	{"Blair school reforms were debated.", "2005-03-03", "GB", "Blair"},
	// A headline's capitals are no names.
	{"Kenyan Envoy Warns Of Famine In North", "2011-03-02", "KE", "Kenyan"},
}

func TestOfficialsInSentence(t *testing.T) { runDatedCases(t, officialCases) }

// TestOfficialsInArticle checks that an office holder introduced in one
// sentence is an official of that state in the article's later sentences,
// by full name or surname, and in no other article.
func TestOfficialsInArticle(t *testing.T) {
	_, m := defaultMatcher(t)
	date := day("2011-03-02")
	article := []struct{ sentence, want string }{
		{"Kenyan ambassador Grace Wanjiru met the delegation.", "KE:Kenyan|KE:Grace Wanjiru"},
		{"Wanjiru said the visit had gone well.", "KE:Wanjiru"},
		{"Later, Ms Wanjiru declined to comment on the Wanjiru Foundation.", "KE:Wanjiru"},
		{"Grace Wanjiru's speech was short.", "KE:Grace Wanjiru"},
		// Two office holders of different states sharing a surname: the
		// surname alone is nobody's.
		{"Ugandan envoy Paul Wanjiru disagreed.", "UG:Ugandan|UG:Paul Wanjiru"},
		{"Wanjiru left before lunch.", ""},
		{"Grace Wanjiru stayed.", "KE:Grace Wanjiru"},
		// Names of people not introduced with an office are not matched.
		{"Peter Kamau, a farmer, said the rains were late.", ""},
		{"Kamau said the rains were late.", ""},
	}
	var a parties.Article
	for _, c := range article {
		got := m.AppendMatchArticle(nil, c.sentence, date, &a)
		if s := describeOfficials(got); s != c.want {
			t.Errorf("%q: got %q, want %q", c.sentence, s, c.want)
		}
		for _, mn := range got {
			if mn.Role == parties.RoleOfficial && mn.Party == "KE" && mn.Name == "" {
				t.Errorf("%q: official without a party name", c.sentence)
			}
		}
	}
	// A head of government the registry holds, named with the office,
	// is remembered with the registry's role: his surname alone is
	// shared with a later prime minister, so the registry leaves it.
	var dk parties.Article
	dday := day("2006-02-03")
	for _, c := range []struct{ sentence, want string }{
		{"Danish Prime Minister Anders Fogh Rasmussen refused to apologise.", "DK:Danish|DK:Anders Fogh Rasmussen"},
		{"Rasmussen said the press was free.", "DK:Rasmussen"},
	} {
		got := m.AppendMatchArticle(nil, c.sentence, dday, &dk)
		if s := describeOfficials(got); s != c.want {
			t.Errorf("%q: got %q, want %q", c.sentence, s, c.want)
		} else if r := got[len(got)-1].Role; r != parties.RoleLeader {
			t.Errorf("%q: role %q, want %q", c.sentence, r, parties.RoleLeader)
		}
	}
	if got := m.Match("Rasmussen said the press was free.", dday); len(got) != 0 {
		t.Errorf("Rasmussen alone: got %q, want no mention", describeOfficials(got))
	}
	// A new article remembers nobody.
	a.Reset()
	if got := m.AppendMatchArticle(nil, "Wanjiru said the visit had gone well.", date, &a); len(got) != 0 {
		t.Errorf("after Reset: got %q, want no mention", describeOfficials(got))
	}
	if got := m.Match("Wanjiru said the visit had gone well.", date); len(got) != 0 {
		t.Errorf("Match: got %q, want no mention", describeOfficials(got))
	}
	// The introduction's own mention is an official's.
	got := m.Match("Kenyan ambassador Grace Wanjiru met the delegation.", date)
	if len(got) != 2 || got[1].Role != parties.RoleOfficial || got[1].Name != "Kenya" {
		t.Errorf("Match: got %+v, want Kenyan and the official Grace Wanjiru of Kenya", got)
	}
}

// describeOfficials lists the mentions as "party:surface", "|"-separated.
func describeOfficials(ms []parties.Mention) string {
	var out []string
	for _, mn := range ms {
		out = append(out, mn.Party+":"+mn.Surface)
	}
	return strings.Join(out, "|")
}
