package sentiment

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestLowerSameOffsets(t *testing.T) {
	tests := []struct {
		in   string
		same bool
	}{
		{"", true},
		{"Moscow WELCOMED the deal.", true},
		{"“Delhi’s” Genève — ÉLAN", true},
		{"İstanbul hosted the talks", false}, // İ lower-cases to i (1 byte from 2)
		{"Ⱥ is longer in lower case", false}, // U+023A -> U+2C65, 2 bytes to 3
		{"bad \xff byte", false},             // invalid UTF-8 becomes U+FFFD
		{"Ünal said \xc3", false},
	}
	for _, tt := range tests {
		got, same := lowerSameOffsets(tt.in)
		if want := strings.ToLower(tt.in); got != want || same != tt.same {
			t.Errorf("lowerSameOffsets(%q) = %q, %v; want %q, %v", tt.in, got, same, want, tt.same)
		}
	}
	// every code point, between an upper-case ASCII letter and a word.
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := "A" + string(r) + "Bc"
		got, same := lowerSameOffsets(s)
		wantSame := utf8.RuneLen(unicode.ToLower(r)) == utf8.RuneLen(r)
		if want := strings.ToLower(s); got != want || same != wantSame {
			t.Fatalf("%U: got %q, %v; want %q, %v", r, got, same, strings.ToLower(s), wantSame)
		}
	}
}
