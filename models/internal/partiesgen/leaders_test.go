package main

import (
	"slices"
	"strings"
	"testing"
)

func TestSurnames(t *testing.T) {
	given := map[string]bool{"maria": true}
	for _, c := range []struct {
		name, id, want string // want: "|"-separated
	}{
		{"Ariel Sharon", "IL", "Sharon"},
		{"Hu Jintao", "CN", "Hu"},
		{"Thaksin Shinawatra", "TH", "Thaksin"},
		{"Nguyễn Tấn Dũng", "VN", "Dũng"},
		{"Nouri al-Maliki", "IQ", "al-Maliki|Maliki"},
		{"Fernando de la Rúa", "AR", "de la Rúa"},
		{"Andrés Manuel López Obrador", "MX", "López Obrador|López"},
		{"José María Aznar", "ES", "Aznar"},
		{"Hugo Chávez", "VE", "Chávez"},
		{"Martin Luther King Jr.", "US", "King"},
		{"Thein Sein", "MM", ""},
		{"Madonna", "US", ""},
	} {
		if got := strings.Join(surnames(c.name, c.id, given), "|"); got != c.want {
			t.Errorf("surnames(%q, %s) = %q, want %q", c.name, c.id, got, c.want)
		}
	}
}

func TestBareOK(t *testing.T) {
	ws := &wordStats{lower: map[string]int{"brown": 40, "rice": 12, "sharon": 1}}
	a := newAmbiguity(ws, map[string]bool{"abbas": true}, map[string]bool{"muscat": true}, []personName{
		{person: "fidel castro", surnames: []string{"Castro"}},
		{person: "raul castro", surnames: []string{"Castro"}},
		{person: "ariel sharon", surnames: []string{"Sharon"}},
		{person: "ariel sharon", surnames: []string{"Sharon"}}, // the same person twice
	})
	for _, c := range []struct {
		sur  string
		want bool
	}{
		{"Sharon", true},        // once in lower case: a typo, not a word
		{"Brown", false},        // a common word
		{"Rice", false},         // a common word
		{"Castro", false},       // two people
		{"Abbas", false},        // someone's first name
		{"Muscat", false},       // a capital
		{"Wen", false},          // too short
		{"López Obrador", true}, // two words
		{"Diaz-Canel", true},    // one hyphenated word
		{"Castro Ruz", true},    // two words, not shared
		{"Ahern", true},
	} {
		if got := a.bareOK(c.sur); got != c.want {
			t.Errorf("bareOK(%q) = %v, want %v", c.sur, got, c.want)
		}
	}
}

func TestCSVLeaders(t *testing.T) {
	spells := []spell{
		// An open spell followed by a later one ends where the next begins.
		{iso2: "AA", role: "head_of_government", person: "Ann Able", qid: "Q1", from: "1998-01-01", superseded: true},
		{iso2: "AA", role: "head_of_government", person: "Bob Baker", qid: "Q2", from: "2003-05-01"},
		// Two spells of one person merge into one term when they touch.
		{iso2: "AA", role: "head_of_state", person: "Cy Carter", qid: "Q3", from: "2001-01-01", to: "2005-01-01"},
		{iso2: "AA", role: "head_of_state", person: "Cy Carter", qid: "Q3", from: "2005-01-01", to: "2009-01-01"},
		// Before 2000: left out.
		{iso2: "AA", role: "head_of_state", person: "Dee Dale", qid: "Q4", from: "1980-01-01", to: "1999-12-31"},
		// A monarch of two realms: kept only where the fix says.
		{iso2: "AA", role: "head_of_state", person: "Rei Um", qid: "Q5", from: "1990-01-01"},
		{iso2: "BB", role: "head_of_state", person: "Rei Um", qid: "Q5", from: "1990-01-01"},
		// A person leading two countries without a fix: dropped from both.
		{iso2: "AA", role: "head_of_state", person: "Eve Ellis", qid: "Q6", from: "2010-01-01"},
		{iso2: "BB", role: "head_of_state", person: "Eve Ellis", qid: "Q6", from: "2010-01-01"},
		// Not a member: skipped.
		{iso2: "ZZ", role: "head_of_state", person: "Fay Ford", qid: "Q7", from: "2010-01-01"},
	}
	fx := &leaderFixes{Rename: map[string]leaderFix{"Rei Um": {Name: "King One", Monarch: true, Only: "BB"}}}
	got, err := csvLeaders(spells, fx, map[string]bool{"AA": true, "BB": true})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range got {
		s := l.id + " " + l.name
		for _, tm := range l.terms {
			s += " [" + tm.Role + " " + tm.From + ".." + tm.To + "]"
		}
		lines = append(lines, s)
	}
	want := []string{
		"AA Ann Able [Head of government 1998-01-01..2003-05-01]",
		"AA Cy Carter [Head of state 2001-01-01..2009-01-01]",
		"AA Bob Baker [Head of government 2003-05-01..]",
		"BB King One [Head of state 1990-01-01..]",
	}
	if !slices.Equal(lines, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}

	// A label that is no English name must be fixed or dropped.
	_, err = csvLeaders([]spell{{iso2: "AA", role: "head_of_state", person: "Papa Bento XVI", qid: "Q8", from: "2005-01-01"}},
		&leaderFixes{}, map[string]bool{"AA": true})
	if err == nil || !strings.Contains(err.Error(), "Papa Bento XVI") {
		t.Errorf("unfixed Portuguese label: err %v, want one naming it", err)
	}
}

func TestSubtractTerms(t *testing.T) {
	terms := []term{{Role: "President", From: "2006-01-22", To: "2019-11-10"}}
	got := subtractTerms(terms, []term{{Role: "President", From: "2016-01-14", To: "2020-01-14"}})
	want := []term{{Role: "President", From: "2006-01-22", To: "2016-01-13"}}
	if !slices.Equal(got, want) {
		t.Errorf("clipped end: got %v, want %v", got, want)
	}
	got = subtractTerms(terms, []term{{From: "2010-03-01", To: "2010-03-31"}, {From: "2018-01-01"}})
	want = []term{{Role: "President", From: "2006-01-22", To: "2010-02-28"}, {Role: "President", From: "2010-04-01", To: "2017-12-31"}}
	if !slices.Equal(got, want) {
		t.Errorf("hole and open end: got %v, want %v", got, want)
	}
	if got := subtractTerms(terms, []term{{From: "2000-01-01"}}); len(got) != 0 {
		t.Errorf("covered: got %v, want none", got)
	}
}

func TestDropWomenMr(t *testing.T) {
	byID := map[string]*party{
		"NZ": {ID: "NZ", Leaders: []leader{
			{Name: "Helen Clark", Aliases: []string{"Mr Clark", "Mrs Clark", "Ms Clark", "Prime Minister Clark"}},
			{Name: "Phil Goff", Aliases: []string{"Mr Goff"}},
		}},
		"GB": {ID: "GB", Leaders: []leader{
			// A hand-written "Mr" form stays.
			{Name: "Mary Smith", Aliases: []string{"Mr Smith"}},
		}},
	}
	gen := map[string]genSet{
		"NZ": {"alias:Helen Clark|Mr Clark": true, "alias:Helen Clark|Mrs Clark": true, "alias:Helen Clark|Ms Clark": true,
			"alias:Helen Clark|Prime Minister Clark": true, "alias:Phil Goff|Mr Goff": true},
		"GB": {},
	}
	dropWomenMr(byID, gen)
	for _, c := range []struct {
		id, name, want string
	}{
		{"NZ", "Helen Clark", "Mrs Clark|Ms Clark|Prime Minister Clark"},
		{"NZ", "Phil Goff", "Mr Goff"},
		{"GB", "Mary Smith", "Mr Smith"},
	} {
		for _, l := range byID[c.id].Leaders {
			if l.Name == c.name {
				if got := strings.Join(l.Aliases, "|"); got != c.want {
					t.Errorf("%s: aliases %q, want %q", c.name, got, c.want)
				}
			}
		}
	}
}

func TestDjForms(t *testing.T) {
	l := leader{Name: "Milo Đukanović", Aliases: []string{"Đukanović", "Milo Djukanović"}}
	got := djForms(l, "ME")
	if len(got) != 1 || got[0] != "Djukanović" {
		t.Errorf("djForms(ME) = %q, want [Djukanović]", got)
	}
	if got := djForms(leader{Name: "Trần Đức Lương"}, "VN"); got != nil {
		t.Errorf("djForms(VN) = %q, want none", got)
	}
}
