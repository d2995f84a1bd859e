// Package names tells which capitalised words of a sentence belong to
// proper names and titles ("Harsh Vardhan Shringla", "Standard & Poor's",
// "Swiss Re", "the Grand Old Party"), so that the sentiment and stance
// scorers can keep the lexicon valence of "harsh", "poor" or "grand" out of
// them while ordinary words, sentence-initial ones included, still count.
//
// The package is pure: no I/O and no state.
package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is one word of a sentence as written.
type Word struct {
	// Text is the word with its original case.
	Text string
	// Initial is set when the word opens the sentence or a quotation,
	// parenthesis or clause after a colon: a place where an ordinary word
	// is capitalised too.
	Initial bool
}

// Mark sets dst[i] when words[i] is part of a name and returns dst (grown
// to len(words)). A word is part of a name when it starts with an upper-case
// letter, has a lower-case letter (ALL-CAPS words are emphasis or acronyms),
// and either is not initial or is initial and followed by another such
// word ("Harsh Vardhan") and is not a word that opens sentences before
// names ("The", "In", "But"). A sentence in title case ("India Welcomes Strong
// Ties"), where capitals say nothing about names, marks no word.
func Mark(dst []bool, words []Word) []bool {
	if cap(dst) < len(words) {
		dst = make([]bool, len(words))
	}
	dst = dst[:len(words)]
	clear(dst)
	lower, long := 0, 0
	for _, w := range words {
		if len(w.Text) < 4 || (w.Text[0] >= utf8.RuneSelf && utf8.RuneCountInString(w.Text) < 4) {
			continue
		}
		long++
		if c := w.Text[0]; 'a' <= c && c <= 'z' {
			lower++
		} else if r, _ := utf8.DecodeRuneInString(w.Text); c >= utf8.RuneSelf && unicode.IsLower(r) {
			lower++
		}
		if lower > 0 {
			break // not title case: one lower-case long word is enough
		}
	}
	if lower == 0 && long >= 3 {
		return dst
	}
	for i, w := range words {
		if !capitalised(w.Text) {
			continue
		}
		if !w.Initial {
			dst[i] = true
			continue
		}
		if i+1 < len(words) && !words[i+1].Initial && capitalised(words[i+1].Text) && !isOpener(w.Text) {
			dst[i] = true
		}
	}
	return dst
}

// capitalised reports whether w starts with an upper-case letter and has a
// lower-case one.
func capitalised(w string) bool {
	if len(w) >= 2 && w[0] < utf8.RuneSelf && w[1] < utf8.RuneSelf {
		// ASCII fast path: "Harsh" yes, "harsh" and "US" decided below
		// only when the word goes on past two letters.
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		if 'a' <= w[1] && w[1] <= 'z' {
			return true
		}
	}
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w[n:] {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}

// isOpener reports whether w, in any case, is one of openers.
func isOpener(w string) bool {
	var buf [12]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return openers[string(buf[:len(w)])]
}

// openers are words that open a sentence before a name without being part
// of it ("The European Union", "In Germany", "But Moscow").
var openers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an this that these those its his her their our my your in on at
		to for from with by of as after before since during under over about against despite while when if
		but and or so yet then also both either neither not no all some many most several each every other
		another such he she it we they i you there here what which who why how where according even only
		last next new`) {
		m[w] = true
	}
	return m
}()
