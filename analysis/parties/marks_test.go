package parties

import "testing"

// TestTokenizeMarks checks the marks tokenize notes: a dollar or a pound
// sign anywhere, and a word that starts with an ASCII digit.
func TestTokenizeMarks(t *testing.T) {
	for _, c := range []struct {
		s    string
		want uint8
	}{
		{"India and China held talks.", 0},
		{"The bonds raised US$2bn.", markMoney | markDigit},
		{"Seats cost UK£49 each way.", markMoney | markDigit},
		{"It cost £ 40, or $ 50.", markMoney | markDigit},
		{"Crews will resurface U.S. Highway 30.", markDigit},
		{"The G7 met on the 3rd.", markDigit},
		{"The G7 met.", 0},
		{"Page ٣ of the euro (€) note", 0},
		{"the €5 note", markDigit},
		{"", 0},
	} {
		if _, _, got := tokenize(c.s, nil, nil); got != c.want {
			t.Errorf("%q: marks %b, want %b", c.s, got, c.want)
		}
	}
}
