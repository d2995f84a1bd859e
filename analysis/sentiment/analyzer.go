package sentiment

import (
	"math"

	"github.com/stance-news/stance/analysis/names"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Analyzer scores sentences with the VADER rules over a Lexicon. It is safe
// for concurrent use and immutable after New.
type Analyzer struct {
	lex       *Lexicon
	news      bool
	boosters  map[string]float64 // single words and bigrams
	negations map[string]bool
	contrasts []string
	idioms    map[string]float64
	lastWords []string            // last words of multi-word idioms and boosters
	punct     [utf8.RuneSelf]bool // ASCII punctuation VADER strips
	// words holds every lexicon word and booster, so that a token costs one
	// map look-up.
	words map[string]wordEntry

	scratch sync.Pool // *scratch; per-call working memory, never shared
}

// wordEntry is what the lexicon and the booster list say of one word.
type wordEntry struct {
	val      float64 // valence, when inLex
	inLex    bool
	booster  bool
	lastWord bool // ends a multi-word idiom or booster
}

// Result is the sentiment of one sentence.
type Result struct {
	Compound      float32 // in [-1, 1]
	Label         string  // "negative" | "neutral" | "positive"
	Pos, Neu, Neg float32 // VADER's proportions of positive, neutral and negative mass
	// Evidence lists the words that moved the score, most influential first
	// (only filled by ScoreExplain).
	Evidence []Contribution
}

// Contribution is one word's final valence after every rule was applied,
// in VADER units (before normalisation).
type Contribution struct {
	Word    string
	Valence float32
}

// Label thresholds: VADER's published convention, kept after checking it
// against NewsMTSC (see README.md).
const (
	PositiveThreshold float32 = 0.05  // compound >= this is positive
	NegativeThreshold float32 = -0.05 // compound <= this is negative
)

// Label maps a compound score to "negative", "neutral" or "positive" with
// VADER's thresholds: compound >= 0.05 is positive, <= -0.05 negative.
func Label(compound float32) string {
	switch {
	case compound >= PositiveThreshold:
		return "positive"
	case compound <= NegativeThreshold:
		return "negative"
	}
	return "neutral"
}

// New returns an Analyzer over lex. When lex was built with a news lexicon,
// its negators and contrast words join VADER's and the news text handling is
// on (see the package documentation).
func New(lex *Lexicon) *Analyzer {
	a := &Analyzer{
		lex:       lex,
		news:      lex.news,
		boosters:  map[string]float64{},
		negations: map[string]bool{},
		contrasts: []string{"but"},
		idioms:    make(map[string]float64, len(vaderIdioms)),
	}
	for v, words := range vaderBoosters {
		for _, w := range words {
			a.boosters[w] = v
		}
	}
	for _, w := range vaderNegations {
		a.negations[w] = true
	}
	for w := range lex.negations {
		a.negations[w] = true
	}
	for w := range lex.contrasts {
		if w != "but" {
			a.contrasts = append(a.contrasts, w)
		}
	}
	sort.Strings(a.contrasts)
	for k, v := range vaderIdioms {
		a.idioms[k] = v
		a.addLastWord(k)
	}
	for k := range a.boosters {
		a.addLastWord(k)
	}
	sort.Strings(a.lastWords)
	for i := 0; i < len(asciiPunct); i++ {
		a.punct[asciiPunct[i]] = true
	}
	a.words = make(map[string]wordEntry, len(lex.words)+len(a.boosters))
	for w, v := range lex.words {
		a.words[w] = wordEntry{val: v, inLex: true}
	}
	for w := range a.boosters {
		e := a.words[w]
		e.booster = true
		a.words[w] = e
	}
	for _, w := range a.lastWords {
		e := a.words[w]
		e.lastWord = true
		a.words[w] = e
	}
	a.scratch.New = func() any { return new(scratch) }
	return a
}

// addLastWord records the last word of a multi-word key, so idiomRule can
// skip spans that cannot match.
func (a *Analyzer) addLastWord(key string) {
	i := strings.LastIndexByte(key, ' ')
	if i < 0 {
		return
	}
	w := key[i+1:]
	for _, x := range a.lastWords {
		if x == w {
			return
		}
	}
	a.lastWords = append(a.lastWords, w)
}

// token is one whitespace-separated word with edge punctuation stripped.
// raw and low are substrings of the sentence and of its lower-cased copy.
type token struct {
	raw, low string
	upper    bool // ASCII ALL CAPS as the reference judges it
	inLex    bool // low is a lexicon word with valence val
	booster  bool // low is a booster or dampener
	lastWord bool // low ends a multi-word idiom or booster
	// initial is set when the word opens the sentence, a quotation, a
	// parenthesis or a clause after a colon (news mode only).
	initial bool
	val     float64
}

type scratch struct {
	toks  []token
	vals  []float64
	key   []byte
	words []names.Word
	name  []bool
}

// Score returns the sentiment of one sentence. It allocates nothing per token.
func (a *Analyzer) Score(sentence string) Result {
	return a.score(sentence, false)
}

// ScoreExplain is Score plus Evidence: every word whose final valence is
// non-zero, ordered by |valence| (then by position).
func (a *Analyzer) ScoreExplain(sentence string) Result {
	return a.score(sentence, true)
}

func (a *Analyzer) score(text string, explain bool) Result {
	s := a.scratch.Get().(*scratch)
	defer a.scratch.Put(s)
	toks := a.tokenize(s.toks[:0], text)
	s.toks = toks
	if len(toks) == 0 {
		return Result{Label: Label(0)}
	}
	if a.news {
		// Capitalised words inside names and titles ("Harsh Vardhan",
		// "Standard & Poor's") carry no sentiment.
		words := s.words[:0]
		for i := range toks {
			words = append(words, names.Word{Text: toks[i].raw, Initial: toks[i].initial})
		}
		s.words = words
		s.name = names.Mark(s.name, words)
	}
	nUpper, contrast := 0, -1
	for i := range toks {
		t := &toks[i]
		if t.upper {
			nUpper++
		}
		e := a.words[t.low]
		if a.news && s.name[i] {
			e = wordEntry{}
		}
		t.val, t.inLex, t.booster, t.lastWord = e.val, e.inLex, e.booster, e.lastWord
		if contrast < 0 && a.isContrast(t.low) {
			contrast = i
		}
	}
	capDiff := nUpper > 0 && nUpper < len(toks)

	vals := s.vals[:0]
	for i := range toks {
		vals = append(vals, a.valence(s, toks, i, capDiff))
	}
	s.vals = vals
	if contrast >= 0 {
		for j := range vals {
			switch {
			case j < contrast:
				vals[j] *= contrastLow
			case j > contrast:
				vals[j] *= contrastHigh
			}
		}
	}

	var sum, pos, neg float64
	neu := 0
	for _, v := range vals {
		sum += v
		switch {
		case v > 0:
			pos += v + 1
		case v < 0:
			neg += v - 1
		default:
			neu++
		}
	}
	amp := punctuationEmphasis(text)
	switch {
	case sum > 0:
		sum += amp
	case sum < 0:
		sum -= amp
	}
	compound := sum / math.Sqrt(sum*sum+normAlpha)
	compound = math.Max(-1, math.Min(1, compound))
	switch {
	case pos > -neg:
		pos += amp
	case pos < -neg:
		neg -= amp
	}
	total := pos - neg + float64(neu)
	r := Result{
		Compound: float32(compound),
		Pos:      float32(pos / total),
		Neg:      float32(-neg / total),
		Neu:      float32(float64(neu) / total),
	}
	r.Label = Label(r.Compound)
	if explain {
		r.Evidence = evidence(toks, vals)
	}
	return r
}

func evidence(toks []token, vals []float64) []Contribution {
	var ev []Contribution
	for i, v := range vals {
		if v != 0 {
			ev = append(ev, Contribution{Word: strings.Clone(toks[i].low), Valence: float32(v)})
		}
	}
	sort.SliceStable(ev, func(i, j int) bool {
		return math.Abs(float64(ev[i].Valence)) > math.Abs(float64(ev[j].Valence))
	})
	return ev
}

// valence applies VADER's word-level rules to token i.
func (a *Analyzer) valence(s *scratch, toks []token, i int, capDiff bool) float64 {
	t := &toks[i]
	if t.booster || !t.inLex {
		return 0
	}
	if t.low == "kind" && i+1 < len(toks) && toks[i+1].low == "of" {
		return 0
	}
	base := t.val
	v := base
	if t.low == "no" && i+1 < len(toks) && toks[i+1].inLex {
		v = 0 // "no" before a sentiment word only negates it
	}
	if (i > 0 && toks[i-1].low == "no") || (i > 1 && toks[i-2].low == "no") ||
		(i > 2 && toks[i-3].low == "no" && (toks[i-1].low == "or" || toks[i-1].low == "nor")) {
		v = base * negScalar
	}
	if t.upper && capDiff {
		if v > 0 {
			v += capsIncr
		} else {
			v -= capsIncr
		}
	}
	for k := 0; k < 3 && k < i; k++ {
		prev := &toks[i-k-1]
		if prev.inLex {
			continue
		}
		if b := a.boost(prev, v, capDiff); b != 0 {
			switch k {
			case 1:
				b *= boostDecay1
			case 2:
				b *= boostDecay2
			}
			v += b
		}
		v = a.negationRule(v, toks, i, k)
		if k == 2 {
			v = a.idiomRule(s, v, toks, i)
		}
	}
	// "least" before a sentiment word negates it, except in "at least" and
	// "very least".
	if i > 0 && toks[i-1].low == "least" && !toks[i-1].inLex {
		if i == 1 || (toks[i-2].low != "at" && toks[i-2].low != "very") {
			v *= negScalar
		}
	}
	return v
}

func (a *Analyzer) isContrast(w string) bool {
	for _, c := range a.contrasts {
		if w == c {
			return true
		}
	}
	return false
}

// boost is the booster or dampener effect of word w on valence v.
func (a *Analyzer) boost(w *token, v float64, capDiff bool) float64 {
	if !w.booster {
		return 0
	}
	b := a.boosters[w.low]
	if v < 0 {
		b = -b
	}
	if w.upper && capDiff {
		if v > 0 {
			b += capsIncr
		} else {
			b -= capsIncr
		}
	}
	return b
}

// negated reports whether w is a negator.
func (a *Analyzer) negated(w string) bool {
	if a.negations[w] || strings.Contains(w, "n't") {
		return true
	}
	return a.news && strings.Contains(w, "n\u2019t")
}

// negationRule applies VADER's negation check for the word k+1 places back.
func (a *Analyzer) negationRule(v float64, toks []token, i, k int) float64 {
	is := func(j int, words ...string) bool {
		for _, w := range words {
			if toks[j].low == w {
				return true
			}
		}
		return false
	}
	switch k {
	case 0:
		if a.negated(toks[i-1].low) {
			return v * negScalar
		}
	case 1:
		switch {
		case is(i-2, "never") && is(i-1, "so", "this"):
			return v * neverSoScalar
		case is(i-2, "without") && is(i-1, "doubt"):
			return v
		case a.negated(toks[i-2].low):
			return v * negScalar
		}
	case 2:
		switch {
		case is(i-3, "never") && (is(i-2, "so", "this") || is(i-1, "so", "this")):
			return v * neverSoScalar
		case is(i-3, "without") && (is(i-2, "doubt") || is(i-1, "doubt")):
			return v
		case a.negated(toks[i-3].low):
			return v * negScalar
		}
	}
	return v
}

// idiomRule applies VADER's special-case idioms around token i (i >= 3) and
// its two-word dampeners ("kind of", "sort of") just before it.
func (a *Analyzer) idiomRule(s *scratch, v float64, toks []token, i int) float64 {
	// Spans [from, to] in the reference's order; the first idiom found wins.
	for _, sp := range [...][2]int{{i - 1, i}, {i - 2, i}, {i - 2, i - 1}, {i - 3, i - 1}, {i - 3, i - 2}} {
		if !toks[sp[1]].lastWord {
			continue
		}
		if x, ok := a.idioms[string(s.join(toks, sp[0], sp[1]))]; ok {
			v = x
			break
		}
	}
	if i+1 < len(toks) && toks[i+1].lastWord {
		if x, ok := a.idioms[string(s.join(toks, i, i+1))]; ok {
			v = x
		}
	}
	if i+2 < len(toks) && toks[i+2].lastWord {
		if x, ok := a.idioms[string(s.join(toks, i, i+2))]; ok {
			v = x
		}
	}
	for _, sp := range [...][2]int{{i - 3, i - 1}, {i - 3, i - 2}, {i - 2, i - 1}} {
		if !toks[sp[1]].lastWord {
			continue
		}
		if x, ok := a.boosters[string(s.join(toks, sp[0], sp[1]))]; ok {
			v += x
		}
	}
	return v
}

// join writes the lower-case tokens from..to (inclusive) separated by spaces
// into the scratch key and returns it; callers index maps with
// m[string(key)], which the compiler does without copying.
func (s *scratch) join(toks []token, from, to int) []byte {
	s.key = s.key[:0]
	for j := from; j <= to; j++ {
		if j > from {
			s.key = append(s.key, ' ')
		}
		s.key = append(s.key, toks[j].low...)
	}
	return s.key
}

// punctuationEmphasis is VADER's amplifier for "!" and repeated "?".
func punctuationEmphasis(text string) float64 {
	ep := min(strings.Count(text, "!"), exclaimMax)
	amp := float64(ep) * exclaimAmp
	switch qm := strings.Count(text, "?"); {
	case qm > 3:
		amp += questionMax
	case qm > 1:
		amp += float64(qm) * questionAmp
	}
	return amp
}

// tokenize splits text on whitespace runs and strips edge punctuation the
// way VADER does, appending to dst. Lower-casing is done once for the whole
// sentence (no copy when it is already lower-case).
func (a *Analyzer) tokenize(dst []token, text string) []token {
	// When every character lower-cases to one of the same UTF-8 length (all
	// of ASCII, curly quotes, most accented letters), the fields of the
	// lower-cased text sit at the same offsets as in text.
	lower, sameOffsets := lowerSameOffsets(text)
	initial := true
	for {
		raw, rest := nextField(text)
		if raw == "" {
			return dst
		}
		var low string
		if sameOffsets {
			at := len(lower) - len(rest) - len(raw)
			low, lower = lower[at:at+len(raw)], lower[at+len(raw):]
		} else {
			var lrest string
			low, lrest = nextField(lower)
			lower = lrest
		}
		text = rest
		field := raw
		head, tail := a.stripEdges(raw)
		if len(raw)-head-tail < 3 && !(a.news && head+tail < len(raw) && isWord(raw[head:len(raw)-tail])) {
			head, tail = 0, 0 // keep short tokens such as ":)" whole
		}
		raw = raw[head : len(raw)-tail]
		low = low[head : len(low)-tail]
		opens := initial || (head > 0 && strings.ContainsAny(field[:head], "\"“‘'(["))
		dst = append(dst, token{raw: raw, low: low, upper: isUpperASCII(raw), initial: opens})
		initial = tail > 0 && strings.ContainsAny(field[len(field)-tail:], ":;([—.!?")
	}
}

// lowerSameOffsets returns strings.ToLower(s), and whether every character
// of s kept its UTF-8 length in it.
func lowerSameOffsets(s string) (string, bool) {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return strings.ToLower(s), true
	}
	var b strings.Builder
	b.Grow(len(s) + utf8.UTFMax)
	same := true
	for i = 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			b.WriteByte(lowerASCII(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return strings.ToLower(s), false // invalid UTF-8: ToLower writes U+FFFD
		}
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != n {
			same = false
		}
		b.WriteRune(l)
		i += n
	}
	return b.String(), same
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// nextField returns the first whitespace-separated field of s and the rest
// after it; field is "" when s has none.
func nextField(s string) (field, rest string) {
	start := -1
	for i := 0; i < len(s); {
		var space bool
		n := 1
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || ('\t' <= c && c <= '\r')
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case start < 0 && !space:
			start = i
		case start >= 0 && space:
			return s[start:i], s[i:]
		}
		i += n
	}
	if start < 0 {
		return "", ""
	}
	return s[start:], ""
}

// stripEdges returns how many bytes of punctuation lead and trail w. VADER
// strips ASCII punctuation; news mode also strips Unicode punctuation such as
// curly quotes, dashes and ellipses.
func (a *Analyzer) stripEdges(w string) (head, tail int) {
	for head < len(w) {
		r, n := utf8.DecodeRuneInString(w[head:])
		if !a.isPunct(r) {
			break
		}
		head += n
	}
	for tail < len(w)-head {
		r, n := utf8.DecodeLastRuneInString(w[:len(w)-tail])
		if !a.isPunct(r) {
			break
		}
		tail += n
	}
	return head, tail
}

func (a *Analyzer) isPunct(r rune) bool {
	if r < utf8.RuneSelf {
		return a.punct[r]
	}
	return a.news && unicode.IsPunct(r)
}

// asciiPunct is Python's string.punctuation, the set VADER strips.
const asciiPunct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

// isWord reports whether w is made of letters, digits and inner apostrophes
// or hyphens only (so news mode can strip "no." to "no" but keeps ":D").
func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' && r != '\u2019' {
			return false
		}
	}
	return true
}

// isUpperASCII is the reference's ALL-CAPS test: an ASCII capital and no
// ASCII lower-case letter.
func isUpperASCII(w string) bool {
	hasUpper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			hasUpper = true
		}
	}
	return hasUpper
}
