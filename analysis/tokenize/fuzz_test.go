package tokenize

import (
	"fmt"
	"strings"
	"testing"
)

// FuzzFastEncode checks Fast's invariants on arbitrary input (offsets are
// code points, in order, non-empty and inside the text; ids are valid; the
// result does not depend on the dst it is appended to) and, on printable
// ASCII where the two are documented to agree, compares ids and offsets with
// the Sugarme oracle.
func FuzzFastEncode(f *testing.F) {
	for _, s := range goldenSentences {
		f.Add(s)
	}
	for _, s := range []string{
		"", " ", "\xff\xfe abc \xc3", "a\x01b\x7fc", "\u0085x\u200by", "İİİ",
		strings.Repeat("a", 101), strings.Repeat("İ", 60), "U.S.-China", "ﬁnal Genève",
		"hello\u00a0world", "\r\n\t", "日本語のテキスト", "👍🏽👍", "\u0000NUL",
	} {
		f.Add(s)
	}
	fast := newFast(f)
	sug := newSugarme(f)
	vocab := fast.unk
	for _, t := range []*trie{fast.vocab, fast.cont} {
		for _, id := range t.rootID {
			vocab = max(vocab, id)
		}
		for _, sl := range t.slots {
			vocab = max(vocab, sl.id)
		}
	}
	vocab++
	f.Fuzz(func(t *testing.T, text string) {
		toks, err := fast.Encode(text)
		if err != nil {
			t.Fatalf("Encode(%q): %v", text, err)
		}
		checkInvariants(t, text, toks)
		for i, tk := range toks {
			if tk.ID >= vocab {
				t.Fatalf("%q: token %d id %d beyond the vocabulary (%d)", text, i, tk.ID, vocab)
			}
		}
		prefix := []Token{{ID: 7, Start: 0, End: 1}}
		again := fast.AppendEncode(prefix, text)
		if fmt.Sprint(again[1:]) != fmt.Sprint(toks) || again[0] != prefix[0] {
			t.Fatalf("%q: AppendEncode after a prefix gave %v, Encode %v", text, again[1:], toks)
		}
		if !printableASCII(text) {
			return
		}
		want, err := sug.Encode(text)
		if err != nil {
			t.Fatalf("sugarme(%q): %v", text, err)
		}
		if fmt.Sprint(toks) != fmt.Sprint(want) {
			t.Fatalf("%q:\nfast    %v\nsugarme %v", text, toks, want)
		}
	})
}

func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && (c < '!' || c > '~') {
			return false
		}
	}
	return true
}
