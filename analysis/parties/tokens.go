package parties

import (
	"unicode"
	"unicode/utf8"
)

// token is one word of a sentence: a run of letters and digits, or a dotted
// abbreviation ("U.S.", "K.P."). Apostrophes, hyphens and all other
// punctuation separate tokens.
type token struct {
	bs, be int32 // byte span in the sentence
	cs, ce int32 // code-point span in the sentence
	ns, ne int32 // span of the normalised form in the norm buffer
	word   int32 // the normalised form's number in the matcher's vocabulary (Matcher.lookUp)
	brk    bool  // hard punctuation (not just space, hyphen or apostrophe) precedes it
	upper  bool  // first letter is upper case
	allUp  bool  // no lower-case letter
}

// foldTable maps lower-case Latin letters with diacritics to their base
// letters, Vietnamese letters with two marks included ("Triết" = "Triet").
// It is built once and only read.
var foldTable = func() map[rune]string {
	const from = "àáâãäåāăąǎçćĉċčďđèéêëēĕėęěìíîïĩīĭįıǐĝğġģĥħĵķĺļľŀłñńņňòóôõöøōŏőǒŕŗřśŝşšșţťŧțùúûüũūŭůűųǔŵýÿŷźżž" +
		"ảạằắẳẵặầấẩẫậẻẽẹềếểễệỉịỏọồốổỗộơờớởỡợủụưừứửữựỳỷỹỵ"
	const to = "aaaaaaaaaacccccddeeeeeeeeeiiiiiiiiiigggghhjklllllnnnnooooooooooorrrssssssttttuuuuuuuuuuuwyyyzzz" +
		"aaaaaaaaaaaa" + "eeeeeeee" + "ii" + "ooooooooooooo" + "uuuuuuuu" + "yyyy"
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d"}
	tr := []rune(to)
	for i, r := range []rune(from) {
		m[r] = string(tr[i])
	}
	return m
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	if r == utf8.RuneError {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// isSoftGap reports whether r may sit between the words of one name: space,
// hyphens and apostrophes.
func isSoftGap(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u202f', '\u2009', '-', '\u2010', '\u2011', '\u2013', '\'', '\u2019', '\u2018', '\u02bc':
		return true
	}
	return false
}

// appendNorm appends the normalised form of r (lower case, diacritics
// folded, combining marks dropped) to dst.
func appendNorm(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if unicode.Is(unicode.Mn, r) {
		return dst
	}
	r = unicode.ToLower(r)
	if f, ok := foldTable[r]; ok {
		return append(dst, f...)
	}
	return utf8.AppendRune(dst, r)
}

// tokenize splits s into tokens, appending them to toks and their normalised
// forms to norm. It never panics: invalid UTF-8 bytes are hard breaks.
func tokenize(s string, toks []token, norm []byte) ([]token, []byte) {
	i, ci := 0, 0
	brk := true
	for i < len(s) {
		// A space, the commonest gap, only moves on.
		if s[i] == ' ' {
			i++
			ci++
			continue
		}
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			if !isSoftGap(r) && !(r == ' ' || r == '\n' || r == '\r' || unicode.IsSpace(r)) &&
				!(r == '.' && len(toks) > 0 && int(toks[len(toks)-1].be) == i && isHonorific(norm[toks[len(toks)-1].ns:toks[len(toks)-1].ne])) {
				brk = true
			}
			i += w
			ci++
			continue
		}
		// The token goes in at once and is completed in place.
		toks = append(toks, token{bs: int32(i), cs: int32(ci), ns: int32(len(norm)), brk: brk, allUp: true})
		t := &toks[len(toks)-1]
		brk = false
		// Dotted abbreviation: single letters each followed by a dot, and
		// optionally one last single letter ("U.S.", "U.S.A", "K.P.").
		j, cj, letters := i, ci, 0
		// An ASCII first character with no full stop after it starts none.
		if r >= utf8.RuneSelf || i+1 < len(s) && s[i+1] == '.' {
			for j < len(s) {
				r1, w1 := utf8.DecodeRuneInString(s[j:])
				if !isLetter(r1) {
					break
				}
				r2, w2 := utf8.DecodeRuneInString(s[j+w1:])
				if j+w1 >= len(s) {
					r2, w2 = -1, 0
				}
				if r2 != '.' {
					if letters > 0 && !isWordRune(r2) {
						norm = appendLetter(norm, t, r1, letters == 0)
						j += w1
						cj++
						letters++
					}
					break
				}
				norm = appendLetter(norm, t, r1, letters == 0)
				j += w1 + w2
				cj += 2
				letters++
			}
		}
		if letters == 0 {
			first := true
		word:
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf {
					// ASCII: what appendLetter does, inline.
					lc := c
					switch {
					case 'a' <= c && c <= 'z':
						t.allUp = false
					case 'A' <= c && c <= 'Z':
						lc = c + 'a' - 'A'
					case '0' <= c && c <= '9':
					default:
						break word
					}
					if first {
						t.upper = lc != c
					}
					norm = append(norm, lc)
					first = false
					j++
					cj++
					continue
				}
				r1, w1 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r1) {
					break
				}
				norm = appendLetter(norm, t, r1, first)
				first = false
				j += w1
				cj++
			}
		}
		t.be, t.ce, t.ne = int32(j), int32(cj), int32(len(norm))
		i, ci = j, cj
	}
	return toks, norm
}

// isHonorific reports whether a normalised word is an honorific or a
// rank whose full stop ("Mr. Sharon", "Gen. Casey", "Adm. Fallon") does not
// end a name.
func isHonorific(w []byte) bool {
	switch string(w) {
	case "mr", "mrs", "ms", "dr", "gen", "adm":
		return true
	}
	return false
}

func appendLetter(norm []byte, t *token, r rune, first bool) []byte {
	if first {
		t.upper = unicode.IsUpper(r)
	}
	if unicode.IsLower(r) {
		t.allUp = false
	}
	return appendNorm(norm, r)
}

// tokenKeys returns the normalised words of a phrase, as the matcher sees
// them.
func tokenKeys(s string) []string {
	toks, norm := tokenize(s, nil, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = string(norm[t.ns:t.ne])
	}
	return out
}
