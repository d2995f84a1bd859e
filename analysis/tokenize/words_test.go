package tokenize

import "testing"

func TestWordTable(t *testing.T) {
	vocab := map[string]int32{"the": 5, "a": 1, "republican": 9, "##s": 3, "genève": 7, "x1-b": 11}
	wt := newWordTable(vocab)
	tests := []struct {
		word string
		id   int32
		ok   bool
	}{
		{"the", 5, true},
		{"a", 1, true},
		{"republican", 9, true},
		{"##s", 3, true},
		{"x1-b", 11, true},
		{"th", 0, false},
		{"thex", 0, false},
		{"republicans", 0, false},
		{"s", 0, false},
		{"", 0, false},
		{"genève", 0, false}, // only ASCII keys are held; other words walk the trie
	}
	for _, tt := range tests {
		id, ok := wt.lookup([]byte(tt.word))
		if id != tt.id || ok != tt.ok {
			t.Errorf("lookup(%q) = %d, %v; want %d, %v", tt.word, id, ok, tt.id, tt.ok)
		}
	}
}
