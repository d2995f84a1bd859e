package language

import (
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	d := New()
	for _, c := range []struct{ text, want string }{
		{"Russland und China begrüßten die Entscheidung am Montag, teilte das Außenministerium mit.", "de"},
		{"La France et l'Allemagne ont salué mardi l'accord conclu avec la Chine.", "fr"},
		{"俄罗斯和中国周一欢迎了这一决定。外交部表示，双方将加强合作。", "zh"},
		{"El Gobierno de España anunció nuevas sanciones contra Rusia este lunes.", "es"},
		{"Президент России провёл переговоры с премьер-министром Индии в понедельник.", "ru"},
		{"India and Russia signed a new oil payment arrangement on Monday, officials in New Delhi said, " +
			"brushing aside pressure from Washington over the discounted crude.", "en"},
	} {
		if got := d.Detect(c.text); got.Code != c.want || !got.Reliable {
			t.Errorf("Detect(%q) = %+v, want a reliable %s", c.text, got, c.want)
		}
	}
	// a short English sentence may be unsure, but never reliably another
	// language; digits alone are no language.
	if got := d.Detect("India and Russia signed a new oil deal on Monday."); got.Reliable && got.Code != "en" {
		t.Errorf("short English: %+v", got)
	}
	if got := d.Detect("12 345 678"); got.Code != "" || got.Reliable {
		t.Errorf("digits: %+v", got)
	}
	// only the first MaxBytes are read, cut at a rune boundary.
	long := strings.Repeat("Die Regierung in Berlin hat am Montag entschieden. ", 80) + strings.Repeat("The government said. ", 400)
	if got := d.Detect(long); got.Code != "de" {
		t.Errorf("long text: %+v, want de (its first %d bytes)", got, MaxBytes)
	}
}
