package main

import (
	"math"
	"testing"
)

func TestKappa(t *testing.T) {
	for _, c := range []struct {
		a, b []string
		want float64
	}{
		{[]string{"neg", "neu", "pos", "neu"}, []string{"neg", "neu", "pos", "neu"}, 1},
		// po = 0.5, pe = 0.5 (both always split evenly the same way)
		{[]string{"x", "x", "y", "y"}, []string{"x", "y", "x", "y"}, 0},
		// po = 0.75; pe = 0.5*0.75 + 0.5*0.25 = 0.5 -> kappa 0.5
		{[]string{"x", "x", "y", "y"}, []string{"x", "x", "x", "y"}, 0.5},
	} {
		if got := kappa(c.a, c.b); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("kappa(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestLocate(t *testing.T) {
	text := "Perú and Chile met; Chile's envoy left."
	for _, c := range []struct {
		spec     string
		from, to int
		ok       bool
	}{
		{"Chile", 9, 14, true},
		{"Chile#2", 20, 25, true},
		{"Chile#3", 0, 0, false},
		{"envoy", 28, 33, true},
		{"Peru", 0, 0, false},
	} {
		from, to, _, ok := locate(text, c.spec)
		if ok != c.ok || ok && (from != c.from || to != c.to) {
			t.Errorf("locate(%q) = %d, %d, %v; want %d, %d, %v", c.spec, from, to, ok, c.from, c.to, c.ok)
		}
	}
}

func TestIsTestSplit(t *testing.T) {
	n, moved := 0, 0
	for i := 0; i < 1000; i++ {
		key := string(rune('a'+i%26)) + string(rune('a'+i/26))
		if isTest(key, 16) {
			n++
		}
		if isTest(key, 16) != isTest(key, 17) {
			moved++
		}
	}
	if n < 150 || n > 250 {
		t.Errorf("%d of 1000 stories in the test split, want about 200", n)
	}
	if moved == 0 {
		t.Error("the seed does not change the split")
	}
}
