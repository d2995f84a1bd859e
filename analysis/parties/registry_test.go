package parties_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stance-news/stance/analysis/parties"
)

const validYAML = `version: 1
stop_phrases: [Indian Ocean]
demonym_not_before: [users]
parties:
  - id: IN
    name: India
    kind: country
    names: [India]
    demonyms: [Indian]
    leaders:
      - {name: Narendra Modi, aliases: [Modi], terms: [{role: Prime Minister, from: 2014-05-26}]}
  - id: GE
    name: Georgia
    kind: country
    names: [Georgia]
    context:
      - {alias: Georgia, unless_near: [Atlanta]}
  - id: US
    name: United States
    kind: country
    names: [US, Georgia]
`

func TestParseValid(t *testing.T) {
	r, err := parties.Parse([]byte(validYAML))
	if err != nil {
		t.Fatal(err)
	}
	ps := r.Parties()
	if len(ps) != 3 || ps[0].ID != "GE" || ps[1].ID != "IN" || ps[2].ID != "US" {
		t.Fatalf("parties %+v", ps)
	}
	in, ok := r.Party("IN")
	if !ok || in.Name != "India" || len(in.Leaders) != 1 || !in.Leaders[0].Terms[0].To.IsZero() {
		t.Fatalf("IN = %+v", in)
	}
}

func TestParseRejects(t *testing.T) {
	cases := []struct {
		name, yaml string
		want       []string // substrings of the error message
	}{
		{"duplicate id", `version: 1
parties:
  - {id: IN, name: India, kind: country, names: [India]}
  - {id: IN, name: Bharat, kind: country, names: [Bharat]}
`, []string{"line 4", "party IN", "duplicate id"}},
		{"organisation id colliding with a country", `version: 1
parties:
  - {id: AU, name: Australia, kind: country, names: [Australia]}
  - {id: AU, name: African Union, kind: organisation, names: [African Union]}
`, []string{"party AU", "duplicate id"}},
		{"alias claimed twice", `version: 1
parties:
  - {id: GE, name: Georgia, kind: country, names: [Georgia]}
  - {id: US, name: United States, kind: country, names: [US, Georgia]}
`, []string{"line 4", "party US", `alias "Georgia"`, "also claimed by GE"}},
		{"alias claimed twice after normalisation", `version: 1
parties:
  - {id: TR, name: Turkey, kind: country, names: [Türkiye]}
  - {id: XY, name: Other, kind: country, names: [TURKIYE]}
`, []string{"party XY", "also claimed by TR"}},
		{"overlapping leader names", `version: 1
parties:
  - id: SA
    name: Saudi Arabia
    kind: country
    leaders: [{name: King Abdullah, terms: [{from: 2005-08-01, to: 2015-01-23}]}]
  - id: JO
    name: Jordan
    kind: country
    leaders: [{name: King Abdullah, terms: [{from: 1999-02-07}]}]
`, []string{"party JO", `alias "King Abdullah"`, "also claimed by SA"}},
		{"term ends before it starts", `version: 1
parties:
  - id: US
    name: United States
    kind: country
    leaders:
      - name: Joe Biden
        terms: [{role: President, from: 2025-01-20, to: 2021-01-20}]
`, []string{"line 7", "party US", `alias "Joe Biden"`, "ends (2021-01-20) before it starts (2025-01-20)"}},
		{"unknown key", `version: 1
parties:
  - id: IN
    name: India
    kind: country
    colour: saffron
`, []string{"line 6", `unknown key "colour"`}},
		{"unknown key in a leader", `version: 1
parties:
  - id: IN
    name: India
    kind: country
    leaders: [{name: Modi, party: BJP, terms: [{from: 2014-05-26}]}]
`, []string{"line 6", `unknown key "party"`}},
		{"bad kind", `version: 1
parties:
  - {id: IN, name: India, kind: state}
`, []string{"party IN", "kind must be"}},
		{"bad country id", `version: 1
parties:
  - {id: IND, name: India, kind: country}
`, []string{"party IND", "ISO 3166-1"}},
		{"bad date", `version: 1
parties:
  - {id: IN, name: India, kind: country, leaders: [{name: Modi, terms: [{from: 26/05/2014}]}]}
`, []string{"party IN", "not a YYYY-MM-DD date"}},
		{"context rule for a missing alias", `version: 1
parties:
  - {id: GE, name: Georgia, kind: country, names: [Georgia], context: [{alias: Tbilisi}]}
`, []string{"party GE", `alias "Tbilisi"`, "does not have"}},
		{"context rule for a government of someone not a leader", bahamasWithChristie + `
    context: [{alias: Ingraham administration, if_near: [Nassau]}]
`, []string{"party BS", `alias "Ingraham administration"`, "does not have"}},
		{"wrong version", `version: 2
parties: []
`, []string{"version must be 1"}},
		{"not YAML", "parties: [", []string{"invalid party registry"}},
		{"empty", "", []string{"empty document"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parties.Parse([]byte(tc.yaml))
			if err == nil {
				t.Fatal("Parse accepted it")
			}
			if !errors.Is(err, parties.ErrInvalid) {
				t.Fatalf("error does not wrap ErrInvalid: %v", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestContextRuleAllowsSharedAlias(t *testing.T) {
	r, err := parties.Parse([]byte(validYAML))
	if err != nil {
		t.Fatal(err)
	}
	m := parties.NewMatcher(r)
	got := describe(m.Match("Georgia voted in Atlanta.", day("2020-11-03")))
	if strings.Join(got, ",") != "US:Georgia" {
		t.Fatalf("got %v", got)
	}
	got = describe(m.Match("Modi saw the Indian Ocean and Indian users.", day("2020-11-03")))
	if strings.Join(got, ",") != "IN:Modi" {
		t.Fatalf("got %v", got)
	}
}

// bahamasWithChristie is a registry of one party and one head, for the
// context rules a head's government may take; each test appends its rule.
const bahamasWithChristie = `version: 1
parties:
  - id: BS
    name: Bahamas
    kind: country
    names: [Bahamas]
    leaders: [{name: Perry Christie, terms: [{role: Prime Minister, from: 2002-05-03, to: 2007-05-04}]}]`

func TestContextRuleGovernsAHeadsGovernment(t *testing.T) {
	r, err := parties.Parse([]byte(bahamasWithChristie + `
    context: [{alias: Christie administration, if_near: [Nassau]}]
`))
	if err != nil {
		t.Fatal(err)
	}
	m := parties.NewMatcher(r)
	if got := describe(m.Match("The Christie administration cut taxes.", day("2005-01-10"))); len(got) != 0 {
		t.Errorf("far from Nassau: got %v", got)
	}
	if got := describe(m.Match("In Nassau the Christie administration cut taxes.", day("2005-01-10"))); strings.Join(got, ",") != "BS:Christie" {
		t.Errorf("near Nassau: got %v", got)
	}
}
