package parties_test

import (
	"strings"
	"testing"
	"time"
)

// The cases below are written for this test, after the seed-44 blind check
// of the matcher (issue 17).

// A head's administration in a headline, which drops the article, dated
// or not; in running text it still needs "the".
func TestSeed44HeadlineRegimes(t *testing.T) {
	_, m := defaultMatcher(t)
	cases := []struct {
		sentence string
		date     time.Time
		want     string
	}{
		{"Governors Attack Obama Administration Over Flood Aid", time.Time{}, "US"},
		{"Governors Attack Obama Administration Over Flood Aid", time.Date(2014, 3, 1, 0, 0, 0, 0, time.UTC), "US"},
		{"Governors attack Obama administration over flood aid.", time.Time{}, ""},
		{"May Government Spending Rises Again", time.Date(2017, 3, 1, 0, 0, 0, 0, time.UTC), ""},
	}
	for _, c := range cases {
		var ps []string
		for _, mm := range m.Match(c.sentence, c.date) {
			ps = append(ps, mm.Party)
		}
		if g := strings.Join(ps, ","); g != c.want {
			t.Errorf("%q %v: %s, want %s", c.sentence, c.date, g, c.want)
		}
	}
}

// The IMF's managing director of 2004-07 as the news names him.
func TestSeed44Registry(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"Mr. de Rato said growth in Asia was strong.", "2006-09-14", "IMF", "de Rato"},
		{"Mr. de Rato said growth in Asia was strong.", "2012-09-14", "", ""},
	})
}
