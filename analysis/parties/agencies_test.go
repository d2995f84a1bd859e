package parties_test

import (
	"strings"
	"testing"
)

// agencyCase is a sentence and the parties and surfaces ("|"-separated)
// it must yield. Agencies do not depend on the date; every case is read on
// agencyDay.
type agencyCase struct {
	sentence, want, surfaces string
}

const agencyDay = "2016-03-15"

// foreignBodyCases are written for this test: a body the registry lists for
// one country ("Department of Energy", the US one) right after another
// country's name or demonym, with or without a possessive, is that other
// country's own department, which the name already stands for.
var foreignBodyCases = []agencyCase{
	{"The Philippines Department of Energy ordered a cut in diesel prices.", "PH", "Philippines"},
	{"Officials at the Philippines' Department of Energy met the refiners.", "PH", "Philippines"},
	{"The Philippine Department of Energy ordered a cut in diesel prices.", "PH", "Philippine"},
	{"South Africa's Department of Energy delayed the nuclear tender.", "ZA", "South Africa"},
	{"Canada's Justice Department appealed the extradition ruling.", "CA", "Canada"},
	// The country's own body of that name stays one mention each.
	{"The US Department of Energy delayed the reactor tender.", "US,US", "US|Department of Energy"},
	{"The Department of Energy delayed the reactor tender.", "US", "Department of Energy"},
	// Punctuation between the name and the body breaks the link.
	{"Oil prices rose in the Philippines; the Department of Energy blamed traders.", "PH,US", "Philippines|Department of Energy"},
}

func TestForeignBodies(t *testing.T) { runAgencyCases(t, foreignBodyCases) }

func runAgencyCases(t *testing.T, cases []agencyCase) {
	t.Helper()
	_, m := defaultMatcher(t)
	for _, c := range cases {
		got := m.Match(c.sentence, day(agencyDay))
		checkOffsets(t, c.sentence, got)
		var ps, ss []string
		for _, mm := range got {
			ps = append(ps, mm.Party)
			ss = append(ss, mm.Surface)
		}
		if g, s := strings.Join(ps, ","), strings.Join(ss, "|"); g != c.want || s != c.surfaces {
			t.Errorf("%q: %s %q, want %s %q", c.sentence, g, s, c.want, c.surfaces)
		}
	}
}
