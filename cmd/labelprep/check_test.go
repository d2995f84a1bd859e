package main

import "testing"

func TestNthIndex(t *testing.T) {
	s := "Él dijo: Chile, y luego Chile otra vez."
	for _, c := range []struct {
		sub      string
		n        int
		from, to int
		ok       bool
	}{
		{"Chile", 0, 9, 14, true},
		{"Chile", 1, 24, 29, true}, // code points: "É" is one
		{"Chile", 2, 0, 0, false},
		{"Perú", 0, 0, 0, false},
		{"Chil", 0, 0, 0, false}, // not a whole word
	} {
		from, to, ok := nthIndex(s, c.sub, c.n)
		if from != c.from || to != c.to || ok != c.ok {
			t.Errorf("nthIndex(%q, %d) = %d, %d, %v; want %d, %d, %v", c.sub, c.n, from, to, ok, c.from, c.to, c.ok)
		}
	}
}

func TestOccurrence(t *testing.T) {
	for _, c := range []struct {
		surface string
		used    int
		text    string
		n       int
	}{
		{"Australian", 1, "Australian", 1},
		{"Australian#2", 0, "Australian", 1},
		{"C#", 0, "C#", 0},
		{"#1", 0, "#1", 0},
	} {
		if text, n := occurrence(c.surface, c.used); text != c.text || n != c.n {
			t.Errorf("occurrence(%q, %d) = %q, %d; want %q, %d", c.surface, c.used, text, n, c.text, c.n)
		}
	}
}
