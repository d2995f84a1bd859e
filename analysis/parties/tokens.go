package parties

import (
	"unicode"
	"unicode/utf8"
)

// token is one word of a sentence: a run of letters and digits, or a dotted
// abbreviation ("U.S.", "K.P."). Apostrophes, hyphens and all other
// punctuation separate tokens.
type token struct {
	// A token is aligned as a uint64 is, so that a buffer of them starts
	// at a multiple of 8 bytes: appendMatch's stack buffer is zeroed at
	// each call with REP STOSQ, which runs several times slower from an
	// address that is not (a token's fields alone align it to 4).
	_      [0]uint64
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
	const to = "aaaaaaaaaacccccddeeeeeeeeeiiiiiiiiiigggghhjklllllnnnnoooooooooorrrsssssttttuuuuuuuuuuuwyyyzzz" +
		"aaaaaaaaaaaa" + "eeeeeeee" + "ii" + "ooooooooooooo" + "uuuuuuuu" + "yyyy"
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d"}
	tr, fr := []rune(to), []rune(from)
	if len(tr) != len(fr) {
		panic("parties: foldTable's letters and base letters differ in number")
	}
	for i, r := range fr {
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

// Classes of ASCII bytes, for tokenize.
const (
	asciiBreak uint8 = iota // hard punctuation
	asciiGap                // space, tab, line break, hyphen or apostrophe
	asciiUpper
	asciiLower // from here on, the classes a lower-case run takes in
	asciiDigit
)

// asciiClass holds the class of each ASCII byte. It is built once and
// only read.
var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for b := range c {
		r := rune(b)
		switch {
		case 'a' <= r && r <= 'z':
			c[b] = asciiLower
		case 'A' <= r && r <= 'Z':
			c[b] = asciiUpper
		case '0' <= r && r <= '9':
			c[b] = asciiDigit
		case isSoftGap(r) || unicode.IsSpace(r):
			c[b] = asciiGap
		}
	}
	return c
}()

// Marks of a sentence, which tokenize notes as it reads it, for rules that
// need them (scan.marked).
const (
	markMoney uint8 = 1 << iota // a dollar or a pound sign
	markDigit                   // a word that starts with an ASCII digit
)

// tokenize splits s into tokens, appending them to toks and their normalised
// forms to norm, and returns the marks of s. It never panics: invalid UTF-8
// bytes are hard breaks.
func tokenize(s string, toks []token, norm []byte) ([]token, []byte, uint8) {
	i, ci := 0, 0
	marks := uint8(0)
	brk := true
	for i < len(s) {
		r, w := rune(s[i]), 1
		if r < utf8.RuneSelf {
			switch asciiClass[r] {
			case asciiGap:
				i++
				ci++
				continue
			case asciiBreak:
				if r == '$' {
					marks |= markMoney
				}
				// "Mr. Sharon": an honorific's full stop does not break.
				if !(r == '.' && len(toks) > 0 && int(toks[len(toks)-1].be) == i && isHonorific(norm[toks[len(toks)-1].ns:toks[len(toks)-1].ne])) {
					brk = true
				}
				i++
				ci++
				continue
			}
		} else {
			r, w = utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				if !isSoftGap(r) && !unicode.IsSpace(r) {
					brk = true
				}
				if r == '£' {
					marks |= markMoney
				}
				i += w
				ci++
				continue
			}
		}
		if r >= '0' && r <= '9' {
			marks |= markDigit
		}
		toks = append(toks, token{})
		t := &toks[len(toks)-1]
		// Field by field: a composite literal here is built on the stack
		// and copied, which costs more.
		t.bs, t.cs, t.ns, t.brk, t.allUp = int32(i), int32(ci), int32(len(norm)), brk, true
		brk = false
		j, cj := i, ci
		// An ASCII first character with no full stop after it starts no
		// dotted abbreviation.
		if r >= utf8.RuneSelf || i+1 < len(s) && s[i+1] == '.' {
			j, cj, norm = abbreviation(s, i, ci, t, norm)
		}
		if j == i {
			j, cj, norm = wordRun(s, i, ci, t, norm)
		}
		t.be, t.ce, t.ne = int32(j), int32(cj), int32(len(norm))
		i, ci = j, cj
	}
	return toks, norm, marks
}

// abbreviation reads a dotted abbreviation from s[i:] (code point ci):
// single letters each followed by a dot, and optionally one last single
// letter ("U.S.", "U.S.A", "K.P."). It returns the byte and code-point
// offsets after it (i and ci when there is none) and norm with its
// letters appended; t's case flags follow its letters.
func abbreviation(s string, i, ci int, t *token, norm []byte) (int, int, []byte) {
	j, cj, letters := i, ci, 0
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
				norm = appendLetter(norm, t, r1, false)
				j += w1
				cj++
			}
			break
		}
		norm = appendLetter(norm, t, r1, letters == 0)
		j += w1 + w2
		cj += 2
		letters++
	}
	return j, cj, norm
}

// wordRun reads a run of letters, digits and combining marks from s[i:]
// (code point ci), as abbreviation does.
func wordRun(s string, i, ci int, t *token, norm []byte) (int, int, []byte) {
	j, cj := i, ci
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case asciiLower:
				// The run of lower-case letters and digits that follows,
				// copied at once.
				t.allUp = false
				k := j + 1
				for k < len(s) && s[k] < utf8.RuneSelf && asciiClass[s[k]] >= asciiLower {
					k++
				}
				norm = append(norm, s[j:k]...)
				cj += k - j
				j = k
				continue
			case asciiUpper:
				if j == i {
					t.upper = true
				}
				norm = append(norm, c+'a'-'A')
			case asciiDigit:
				norm = append(norm, c)
			default:
				return j, cj, norm
			}
			j++
			cj++
			continue
		}
		r1, w1 := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r1) {
			break
		}
		norm = appendLetter(norm, t, r1, j == i)
		j += w1
		cj++
	}
	return j, cj, norm
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
	toks, norm, _ := tokenize(s, nil, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = string(norm[t.ns:t.ne])
	}
	return out
}
