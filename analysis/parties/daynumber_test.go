package parties

import (
	"testing"
	"time"
)

// TestDayNumber checks the day arithmetic against the time package's dates,
// every 13 hours 7 minutes from 1600 to 2400 in three zones, across
// leap days and century years.
func TestDayNumber(t *testing.T) {
	zones := []*time.Location{time.UTC, time.FixedZone("UTC+5:30", 5*3600+1800), time.FixedZone("UTC-11", -11*3600)}
	for _, loc := range zones {
		for d := time.Date(1600, 1, 1, 3, 0, 0, 0, loc); d.Year() < 2400; d = d.Add(13*time.Hour + 7*time.Minute) {
			y, mo, dd := d.Date()
			want := time.Date(y, mo, dd, 0, 0, 0, 0, time.UTC).Unix() / 86400
			if got := dayNumber(d); got != want {
				t.Fatalf("dayNumber(%v) = %d, want %d", d, got, want)
			}
		}
	}
}
