package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a text: [Start, End) in Unicode code points and [ByteStart, ByteEnd) in bytes, trimmed of surrounding white space.
type Sentence struct {
	Start, End         int // code-point offsets into the text
	ByteStart, ByteEnd int // byte offsets into the text
}

// AbbrevKind says how an abbreviation, written with a final period, behaves at
// a possible sentence end.
type AbbrevKind uint8

const (
	// NotAbbrev marks a word that is not an abbreviation: its period ends the sentence.
	NotAbbrev AbbrevKind = iota
	// Title marks a word that never ends a sentence, such as "Mr", "Gen" or "vs".
	Title
	// Numeric marks a word that precedes a number, such as "No" or "Art";
	// it ends a sentence unless a digit follows.
	Numeric
	// Final marks a word that may end a sentence, such as "U.S", "etc" or "Inc";
	// it ends one only before a word in Segmenter.Starters.
	Final
)

// Segmenter splits news text into sentences. The zero value is NOT required to be useful; use New.
//
// A Segmenter is safe for concurrent use as long as its fields are not
// modified; change the maps, if at all, before sharing it.
type Segmenter struct {
	// Abbreviations maps an abbreviation, as written without its final
	// period ("Mr", "U.S", "etc", "p.m"), to its kind. Lookup is
	// case-sensitive. Dotted single letters not listed ("V.K", "J") are
	// treated as initials, like Final.
	Abbreviations map[string]AbbrevKind
	// Starters holds the words that start a new sentence after a Final
	// abbreviation or an initial ("The", "They", "But").
	Starters map[string]bool
	// Continuers holds the words that, ending a line, show that the
	// sentence continues on the next line ("and", "of", "the").
	Continuers map[string]bool
	// MaxRunes caps a sentence's length in code points (0: no cap). A
	// longer run of text, which only junk or a missing-punctuation feed
	// produces, is cut at the last white space before the cap, or at the
	// cap itself inside an overlong word, so every later stage stays
	// linear in the input.
	MaxRunes int
}

// DefaultMaxRunes is the sentence cap New sets: far above any real
// sentence (news sentences rarely pass 500 code points).
const DefaultMaxRunes = 2000

// Default word lists, as space-separated constants so the package holds no
// mutable state. New copies them into maps.
const (
	defaultTitles = "Mr Mrs Ms Mx Messrs Mmes Dr Drs Prof Profs Gen Gens Lt Col Capt Cpt Sgt Cpl Pvt Maj Brig Adm Cmdr Cdr " +
		"Gov Govs Sen Sens Rep Reps Hon Rev Fr Mt Ft Pres Supt Insp Dy Smt Sh Shri Kum Amb Atty Sec Gp Wg Flt " +
		"vs v e.g i.e cf viz approx ca Lt.Gen Maj.Gen Brig.Gen Lt.Col Lt.-Gen"
	defaultNumeric = "No Nos no nos Art Arts Fig Figs Vol Vols Ch Para pp Rs Tel"
	defaultFinal   = "U.S U.K U.N E.U D.C U.S.A U.A.E U.S.S.R N.Y L.A N.J Ph.D " +
		"etc Inc Ltd Co Corp Bros Jr Sr Pvt Plc PLC LLC LLP Dept Govt Univ Assn Intl Ave Rd Blvd St Sq Dist Est est al " +
		"a.m p.m A.M P.M Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thurs Fri Sat Sun " +
		"Calif Mass Conn Wash Penn Ariz Colo Mich Minn Tenn Va Ga Fla"
	defaultStarters = "The A An It Its He She They We I You His Her Their Our My Your This That These Those There Here " +
		"But And Or So Yet Nor In On At For From With By To After Before When While Although Though If As Since Because " +
		"However Meanwhile Also Then Now Later Earlier Today Yesterday Tomorrow Last Next Some Many Most All Both Each Every " +
		"No None Such What Why How Who Where Which Under Over According During Despite Following Still Even Only Thus " +
		"Instead Further Furthermore Moreover Besides Indeed Asked Speaking Officials Sources Police"
	defaultContinuers = "and or but nor of the a an to in on at for with by from as that than which who whose whom into onto " +
		"over under about between among against via is are was were be been has have had will would shall should can " +
		"could may might must not its their his her our your my this these those"
)

// New returns a Segmenter with the default English news abbreviations,
// sentence starters and continuers.
func New() *Segmenter {
	s := &Segmenter{
		Abbreviations: make(map[string]AbbrevKind),
		Starters:      make(map[string]bool),
		Continuers:    make(map[string]bool),
		MaxRunes:      DefaultMaxRunes,
	}
	for _, w := range strings.Fields(defaultTitles) {
		s.Abbreviations[w] = Title
	}
	for _, w := range strings.Fields(defaultNumeric) {
		s.Abbreviations[w] = Numeric
	}
	for _, w := range strings.Fields(defaultFinal) {
		s.Abbreviations[w] = Final
	}
	for _, w := range strings.Fields(defaultStarters) {
		s.Starters[w] = true
	}
	for _, w := range strings.Fields(defaultContinuers) {
		s.Continuers[w] = true
	}
	return s
}

// Split returns the sentences of text in order.
func (s *Segmenter) Split(text string) []Sentence {
	return s.AppendSplit(nil, text)
}

// endKind classifies how a word ends.
type endKind uint8

const (
	endNone       endKind = iota // no terminal punctuation
	endTerminal                  // . ? ! not an abbreviation
	endEllipsis                  // ... or …
	endTitle                     // Title abbreviation
	endNumeric                   // Numeric abbreviation
	endFinal                     // Final abbreviation or initials
	endListMarker                // "1." opening a sentence
)

// word is the pending last word of the current sentence.
type word struct {
	kind      endKind
	continues bool   // ends in punctuation showing that a line ending here continues
	bare      string // the word without quotes and brackets, if short, for Continuers
	colon     bool   // ends with ':', so a list number may follow
	byteEnd   int
	runeEnd   int
}

// startClass classifies the first letter of a word, after opening quotes and brackets.
type startClass uint8

const (
	startOther   startClass = iota // symbol such as "$", or nothing after the openers
	startUpper                     // upper- or title-case letter
	startLower                     // lower-case letter
	startDigit                     // decimal digit
	startUncased                   // letter without case (Devanagari, Han, ...)
	startCont                      // continuing punctuation: , ; : . ) ] } ! ? …
	startBullet                    // a bullet word: "-", "*", "•", ...
)

// next describes the word after a possible boundary.
type next struct {
	class   startClass
	quoted  bool // starts with an opening quotation mark
	starter bool // is a sentence-starting word
}

// maxLookup bounds the length of words looked up in maps, keeping work per
// word constant.
const maxLookup = 32

// AppendSplit appends to dst and returns it (lets callers reuse a slice; the hot path must not allocate per character).
//
// It appends the sentences of text in order, exactly as Split returns them.
func (s *Segmenter) AppendSplit(dst []Sentence, text string) []Sentence {
	from := len(dst)
	var (
		i, r     int  // current byte and code-point offsets
		nl       int  // line breaks in the current gap
		inSent   bool // a sentence is open
		cur      Sentence
		prev     word
		firstTok bool // the word being classified opens its sentence
	)
	for i < len(text) {
		// White space between words.
		c := text[i]
		if c < utf8.RuneSelf {
			if isASCIISpace(c) {
				switch c {
				case '\n', '\f', '\v':
					nl++
				case '\r':
					if i+1 >= len(text) || text[i+1] != '\n' {
						nl++
					}
				}
				i++
				r++
				continue
			}
		} else {
			ru, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(ru) {
				switch ru {
				case '\u0085', '\u2028':
					nl++
				case '\u2029':
					nl += 2
				}
				i += size
				r++
				continue
			}
		}

		// A word: scan to its end. Scripts written without spaces
		// (Chinese, Japanese) end a word after a full-width sentence
		// terminator and the closing quotes after it.
		ws, wr := i, r
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if isASCIISpace(c) {
					break
				}
				i++
			} else {
				ru, size := utf8.DecodeRuneInString(text[i:])
				if unicode.IsSpace(ru) {
					break
				}
				i += size
				if isWideTerminator(ru) {
					r++
					for i < len(text) {
						ru, size := utf8.DecodeRuneInString(text[i:])
						if !isCloser(ru) && !isWideTerminator(ru) {
							break
						}
						i += size
						r++
					}
					break
				}
			}
			r++
		}
		w := text[ws:i]

		if !inSent {
			inSent = true
			cur = Sentence{Start: wr, ByteStart: ws}
			firstTok = true
		} else if nl == 0 && allClosers(w) {
			// Stray closing quotes or brackets belong to the word before.
			prev.byteEnd, prev.runeEnd = i, r
			continue
		} else if (nl > 0 || prev.kind != endNone) && s.boundary(prev, nl, w) {
			cur.End, cur.ByteEnd = prev.runeEnd, prev.byteEnd
			dst = append(dst, cur)
			cur = Sentence{Start: wr, ByteStart: ws}
			firstTok = true
		} else {
			firstTok = false
		}
		prev = s.classify(w, firstTok || prev.colon)
		prev.byteEnd, prev.runeEnd = i, r
		nl = 0
	}
	if inSent {
		cur.End, cur.ByteEnd = prev.runeEnd, prev.byteEnd
		dst = append(dst, cur)
	}
	return s.capLength(dst, from, text)
}

// capLength cuts every sentence from dst[from:] that is longer than
// MaxRunes into pieces of at most MaxRunes code points.
func (s *Segmenter) capLength(dst []Sentence, from int, text string) []Sentence {
	if s.MaxRunes <= 0 {
		return dst
	}
	long := false
	for _, sn := range dst[from:] {
		if sn.End-sn.Start > s.MaxRunes {
			long = true
			break
		}
	}
	if !long {
		return dst
	}
	tail := append([]Sentence(nil), dst[from:]...)
	dst = dst[:from]
	for _, sn := range tail {
		for sn.End-sn.Start > s.MaxRunes {
			// Walk MaxRunes code points, remembering the last white space.
			i, r := sn.ByteStart, sn.Start
			cutB, cutR := -1, -1
			space := false
			for r-sn.Start < s.MaxRunes {
				ru, size := utf8.DecodeRuneInString(text[i:])
				isSpace := unicode.IsSpace(ru)
				if isSpace && !space {
					cutB, cutR = i, r // the first space of a run ends the piece
				}
				space = isSpace
				i += size
				r++
			}
			if cutB <= sn.ByteStart {
				cutB, cutR = i, r // no white space: cut inside the word
			}
			dst = append(dst, Sentence{Start: sn.Start, End: cutR, ByteStart: sn.ByteStart, ByteEnd: cutB})
			// The rest starts at the next non-space character.
			for cutB < sn.ByteEnd {
				ru, size := utf8.DecodeRuneInString(text[cutB:])
				if !unicode.IsSpace(ru) {
					break
				}
				cutB += size
				cutR++
			}
			sn.Start, sn.ByteStart = cutR, cutB
		}
		dst = append(dst, sn)
	}
	return dst
}

// boundary reports whether a sentence ends between prev and the word w,
// with nl line breaks between them.
func (s *Segmenter) boundary(prev word, nl int, w string) bool {
	if nl >= 2 {
		return true
	}
	n := s.inspectNext(w, nl == 0 && prev.kind == endFinal)
	if nl == 1 {
		switch prev.kind {
		case endTitle:
			return false
		case endTerminal, endEllipsis, endListMarker:
			return true
		case endNumeric:
			if n.class == startDigit {
				return false
			}
		}
		if prev.continues || n.class == startCont || (prev.kind == endNone && s.Continuers[prev.bare]) {
			return false
		}
		return n.class != startLower || n.quoted
	}
	switch prev.kind {
	case endTerminal:
		return n.class != startLower && n.class != startCont
	case endEllipsis:
		return n.class == startUpper || n.class == startDigit || n.class == startUncased
	case endNumeric:
		return n.class != startLower && n.class != startCont && n.class != startDigit
	case endFinal:
		return n.starter || (n.quoted && n.class == startUpper)
	}
	return false
}

// classify describes how word w ends. first reports whether w opens its
// sentence or follows a colon, where "1." is a list number.
func (s *Segmenter) classify(w string, first bool) word {
	j := trimClosers(w)
	if j == 0 {
		return word{}
	}
	last, size := utf8.DecodeLastRuneInString(w[:j])
	switch last {
	case '?', '!', '？', '！', '。', '।', '‼', '⁇', '⁈', '⁉', '‽':
		return word{kind: endTerminal}
	case '…':
		return word{kind: endEllipsis}
	case '.':
		core := w[:j-size]
		if strings.HasSuffix(core, ".") || strings.HasSuffix(core, "…") {
			return word{kind: endEllipsis}
		}
		k := trimOpeners(core)
		base := core[k:]
		if base == "" {
			return word{kind: endTerminal}
		}
		if first && k == 0 && j == len(w) && len(base) <= 3 && allDigits(base) {
			return word{kind: endListMarker}
		}
		if len(base) <= maxLookup {
			switch s.Abbreviations[base] {
			case Title:
				return word{kind: endTitle}
			case Numeric:
				return word{kind: endNumeric}
			case Final:
				return word{kind: endFinal}
			}
			if isInitials(base) {
				return word{kind: endFinal}
			}
		}
		return word{kind: endTerminal}
	}
	if last == ':' {
		return word{colon: true}
	}
	switch last {
	case ',', '-', '‐', '‑', '–', '—', '(', '[', '{', '/', '&', '+':
		return word{continues: true}
	}
	if j <= maxLookup {
		return word{bare: w[trimOpeners(w[:j]):j]}
	}
	return word{}
}

// inspectNext describes how word w starts; it looks w up among the
// starters only when starter is set.
func (s *Segmenter) inspectNext(w string, starter bool) next {
	var n next
	first, _ := utf8.DecodeRuneInString(w)
	switch first {
	case ',', ';', ':', '.', ')', ']', '}', '!', '?', '…':
		n.class = startCont
		return n
	case '•', '·', '▪', '◦', '‣', '►', '■', '●', '○', '▸', '➢':
		n.class = startBullet
		return n
	}
	switch w {
	case "-", "*", "–", "—", "+":
		n.class = startBullet
		return n
	}
	k := 0
	for k < len(w) {
		ru, size := utf8.DecodeRuneInString(w[k:])
		if !isOpener(ru) {
			break
		}
		if ru != '(' && ru != '[' && ru != '{' {
			n.quoted = true
		}
		k += size
	}
	if k == len(w) {
		return n
	}
	ru, _ := utf8.DecodeRuneInString(w[k:])
	switch {
	case unicode.IsUpper(ru) || unicode.IsTitle(ru):
		n.class = startUpper
	case unicode.IsLower(ru):
		n.class = startLower
	case unicode.IsDigit(ru):
		n.class = startDigit
	case unicode.IsLetter(ru):
		n.class = startUncased
	}
	if starter && n.class == startUpper {
		// The leading ASCII letters, if not followed by a period, form the word
		// to look up among the starters ("It's" gives "It", "A." gives none).
		e := k
		for e < len(w) && e-k <= maxLookup && isASCIILetter(w[e]) {
			e++
		}
		if e-k <= maxLookup && (e == len(w) || w[e] != '.') {
			n.starter = s.Starters[w[k:e]]
		}
	}
	return n
}

// trimClosers returns the length of w without its trailing closing quotes and brackets.
func trimClosers(w string) int {
	j := len(w)
	for j > 0 {
		ru, size := utf8.DecodeLastRuneInString(w[:j])
		if !isCloser(ru) {
			break
		}
		j -= size
	}
	return j
}

// trimOpeners returns the length of w's leading opening quotes and brackets.
func trimOpeners(w string) int {
	k := 0
	for k < len(w) {
		ru, size := utf8.DecodeRuneInString(w[k:])
		if !isOpener(ru) {
			break
		}
		k += size
	}
	return k
}

// allClosers reports whether w consists of closing quotes and brackets only.
func allClosers(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	return isCloser(first) && trimClosers(w) == 0
}

// isWideTerminator reports whether r is a full-width sentence terminator
// of scripts written without spaces.
func isWideTerminator(r rune) bool { return r == '。' || r == '！' || r == '？' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '」', '』':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '„', '‚', '(', '[', '{', '「', '『':
		return true
	}
	return false
}

// asciiSpace has bit c set for each ASCII white-space byte c.
const asciiSpace = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\v' | 1<<'\f' | 1<<'\r'

func isASCIISpace(c byte) bool { return c <= ' ' && asciiSpace&(uint64(1)<<c) != 0 }

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func allDigits(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return w != ""
}

// isInitials reports whether w is one or more single letters joined by
// periods, the first upper-case: "J", "V.K", "U.S.A".
func isInitials(w string) bool {
	k := 0
	for n := 0; ; n++ {
		ru, size := utf8.DecodeRuneInString(w[k:])
		if !unicode.IsLetter(ru) || (n == 0 && !unicode.IsUpper(ru)) {
			return false
		}
		k += size
		if k == len(w) {
			return true
		}
		if w[k] != '.' || k+1 == len(w) {
			return false
		}
		k++
	}
}
