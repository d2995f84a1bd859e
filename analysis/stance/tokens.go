package stance

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token kinds.
const (
	kindWord uint8 = iota
	kindPunct
	kindQuote
)

// token is one word or punctuation mark of a sentence.
type token struct {
	start, end int    // byte offsets into the original sentence
	text       string // lower-cased; masked tokens keep their text for evidence
	kind       uint8
	poss       bool // word carried a possessive 's
	role       int8 // 0 context, 1 target, 2 other party
	// name marks a capitalised word inside a proper name or title
	// ("Harsh" in "Harsh Vardhan", "Poor" in "Standard & Poor's"): it has
	// no valence and no relation, and hashes apart from the common word.
	name bool
	// set by prepare for words: the word lists the word is on, its
	// relation category, and its lexicon valence (hasVal false when none
	// or zero).
	cls    wordClass
	rel    uint8
	hasVal bool
	val    float64
	// vec is the index of the word's vector (Vectors), or -1.
	vec int32
}

// lowerSentence lower-cases s so that byte offsets are preserved. When
// lower-casing would change byte lengths, characters that do are kept as-is.
func lowerSentence(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		hasUpper := false
		for i := 0; i < len(s); i++ {
			if 'A' <= s[i] && s[i] <= 'Z' {
				hasUpper = true
				break
			}
		}
		if !hasUpper {
			return s
		}
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			sb.WriteByte(s[i]) // keep invalid bytes as they are: offsets must not move
			i++
			continue
		}
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != n {
			l = r
		}
		sb.WriteRune(l)
		i += n
	}
	return sb.String()
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„':
		return true
	}
	return false
}

func isPunctRune(r rune) bool {
	switch r {
	case ',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '—', '–':
		return true
	}
	return false
}

// tokenize appends the tokens of sentence (lower is its lower-cased copy, with
// identical byte offsets) to dst. Words are runs of letters and digits with
// inner apostrophes, hyphens and dots (U.S.); a trailing possessive 's is
// dropped and flagged. Other characters are punctuation or ignored.
func tokenize(dst []token, sentence, lower string) []token {
	i := 0
	for i < len(lower) {
		r, n := utf8.DecodeRuneInString(lower[i:])
		switch {
		case isWordRune(r):
			j := i + n
			for j < len(lower) {
				r2, n2 := utf8.DecodeRuneInString(lower[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if (isApostrophe(r2) || r2 == '-' || r2 == '.') && j+n2 < len(lower) {
					r3, _ := utf8.DecodeRuneInString(lower[j+n2:])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			t := token{start: i, end: j, kind: kindWord}
			w := lower[i:j]
			// possessive: India's, India’s
			if k := len(w) - 2; k > 0 && w[k:] == "'s" {
				t.poss = true
				w = w[:k]
			} else if k := len(w) - 4; k > 0 && w[k:] == "’s" {
				t.poss = true
				w = w[:k]
			}
			t.text = w
			dst = append(dst, t)
			i = j
		case isQuoteRune(r):
			dst = append(dst, token{start: i, end: i + n, text: "\"", kind: kindQuote})
			i += n
		case isPunctRune(r):
			dst = append(dst, token{start: i, end: i + n, text: lower[i : i+n], kind: kindPunct})
			i += n
		case r == '-' && i > 0 && i+n < len(lower) && lower[i-1] == ' ' && lower[i+n] == ' ':
			dst = append(dst, token{start: i, end: i + n, text: "—", kind: kindPunct})
			i += n
		default:
			i += n
		}
	}
	return dst
}

// Words returns the lower-cased words of sentence as the model's features
// see them (possessive 's dropped, punctuation left out): the vocabulary
// word vectors are learned over.
func Words(sentence string) []string {
	toks := tokenize(nil, sentence, lowerSentence(sentence))
	out := make([]string, 0, len(toks))
	for i := range toks {
		if toks[i].kind == kindWord {
			out = append(out, toks[i].text)
		}
	}
	return out
}
