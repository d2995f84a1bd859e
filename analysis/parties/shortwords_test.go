package parties

import (
	"strings"
	"testing"
)

// TestShortWords checks the open-addressing table against the vocabulary
// it is built from: every word of one to fifteen bytes is found under its
// own number, whatever bytes follow it in the buffer; words that differ
// only in their last byte or their length stay apart; longer words and
// words too near the end of the buffer's capacity are left to the map.
func TestShortWords(t *testing.T) {
	vocab := map[string]int32{}
	for n := 1; n <= 20; n++ {
		for _, c := range "abz" {
			vocab[strings.Repeat(string(c), n)] = int32(len(vocab) + 1)
		}
		vocab["q"+strings.Repeat("x", n-1)+"y"] = int32(len(vocab) + 1)
	}
	table := newShortWords(vocab)
	for w, id := range vocab {
		// The word inside a buffer of other words, with garbage after it.
		buf := make([]byte, 0, 64)
		buf = append(buf, "lead "...)
		ns := len(buf)
		buf = append(buf, w...)
		ne := len(buf)
		buf = append(buf, "#trailing bytes that are not the word"...)
		key, ok := shortKey(buf[:ne], ns, ne)
		if want := len(w) <= 15 && ns+16 <= cap(buf); ok != want {
			t.Fatalf("shortKey(%q) ok = %v, want %v", w, ok, want)
		}
		if !ok {
			continue
		}
		if got := table.find(key); got != id {
			t.Errorf("find(%q) = %d, want %d", w, got, id)
		}
	}
	for _, w := range []string{"c", "abc", "aaaaaaab", "aaaaaaaaaaaaaab", "qxxxxxxxxy"} {
		buf := append(make([]byte, 0, 32), w...)
		key, ok := shortKey(buf, 0, len(w))
		if !ok {
			t.Fatalf("shortKey(%q) not ok", w)
		}
		if got := table.find(key); got != vocab[w] {
			t.Errorf("find(%q) = %d, want %d (not in the vocabulary: 0)", w, got, vocab[w])
		}
	}
	// Sixteen bytes from ns must lie inside the capacity.
	buf := append(make([]byte, 0, 20), "xxxxxab"...)
	if _, ok := shortKey(buf, 5, 7); ok {
		t.Errorf("shortKey near the end of the capacity: ok, want the map")
	}
}
