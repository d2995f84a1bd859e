package stance

import (
	"strings"

	"github.com/stance-news/stance/analysis/names"
)

// Dense (rule and lexicon) features. Their order is part of the weights
// format: append new ones at the end and bump formatVersion.
const (
	fValClausePos = iota // lexicon valence in the target's clause, positive part
	fValClauseNeg
	fValOutPos // valence outside the target's clause
	fValOutNeg
	fValDistPos // valence over the sentence weighted by closeness to the target
	fValDistNeg
	fValNearPos // valence within three tokens of the target
	fValNearNeg
	fNegNear   // a negator next to the target
	fNegClause // negators in the target's clause
	fContrastIn
	fContrastOut
	fAssocPos // "ties with X"
	fAssocNeg // "pressure from X"
	fPossPos  // "X's support"
	fPossNeg  // "X's pressure"
	fAgainst  // "against X"
	fSpeaker  // "X said", "according to X"
	fInQuote  // the target is inside quotation marks
	fHasQuote
	fSubject // the target opens the sentence
	fHasOthers
	fQuestion
	fRelNegated // a loaded verb next to the target is negated
	fValConcPos // valence inside a concessive phrase ("despite ...") that excludes the target
	fValConcNeg
	fRelAgent   // + category: the target does the loaded act
	fRelPatient = fRelAgent + int(nRel)
	// fValOtherPos and fValOtherNeg are the valence of the words closer to
	// another mention or name than to the target: what the sentence says of
	// someone else ("Chile signed the pact, while Peru faced threats").
	fValOtherPos = fRelPatient + int(nRel)
	fValOtherNeg = fValOtherPos + 1
	nDense       = fValOtherNeg + 1

	// The weight space repeats the dense features for the country domain
	// (feature augmentation, Daumé 2007): index nDense+f is feature f seen
	// in a country-domain sentence, and fDomainCountry is the domain's own
	// indicator. Shared weights learn what both domains agree on; the copies
	// learn where the country guidelines differ (the speaker rule).
	fDomainCountry = 2 * nDense
	// fDomainWritten is DomainWritten's own indicator: its class prior.
	fDomainWritten = 2*nDense + 1
	nDenseAll      = 2*nDense + 2
)

var denseNames = func() [nDense]string {
	n := [nDense]string{
		fValClausePos: "val-clause", fValClauseNeg: "val-clause", fValOutPos: "val-out", fValOutNeg: "val-out",
		fValDistPos: "val-dist", fValDistNeg: "val-dist", fValNearPos: "val-near", fValNearNeg: "val-near",
		fNegNear: "negation", fNegClause: "negation-clause", fContrastIn: "contrast", fContrastOut: "contrast-main",
		fAssocPos: "ties", fAssocNeg: "pressure-from", fPossPos: "poss", fPossNeg: "poss", fAgainst: "against",
		fSpeaker: "speaker", fInQuote: "in-quote", fHasQuote: "quote", fSubject: "subject", fHasOthers: "others",
		fQuestion: "question", fRelNegated: "negated-act", fValConcPos: "concessive", fValConcNeg: "concessive",
		fValOtherPos: "val-other", fValOtherNeg: "val-other",
	}
	for c := 1; c < int(nRel); c++ {
		n[fRelAgent+c] = "agent-of-" + relNames[c]
		n[fRelPatient+c] = "patient-of-" + relNames[c]
	}
	return n
}()

// hashed feature templates.
const (
	tUni byte = 'u' + iota
	tPos
	tClause
	tStem
	tNeg
	tBigram
	tAdj1
	tAdj2
)

// feat is one active feature: its index in the weight space, its value, and
// the token it is attributed to for evidence (rule is a dense feature id + 1,
// or 0 when the token itself is the evidence).
type feat struct {
	idx    uint32
	val    float32
	anchor int32
	rule   uint8
}

// scratch holds per-call buffers, pooled to keep scoring allocation-free
// apart from lower-casing and the returned evidence.
type scratch struct {
	toks   []token
	clause []int16
	negd   []bool
	conc   []bool
	quoted []bool
	noNeg  []bool
	noVal  []bool
	// odist is each token's distance to the nearest other mention or name.
	odist []int32
	// phrases are the concessive phrases: a contrast word's index and the
	// index just past the phrase it opens.
	phrases [][2]int
	feats   []feat
	acc     []float32
	ruleAc  [nDense]float32
	ruleAn  [nDense]int32
	// evidence rendering: the string being built, and earlier strings
	// for reuse (see intern).
	evBuf    []byte
	interned []string // evidence strings by hash (see intern)
	// ScoreGroup's per-span probabilities and the spans other than the
	// one being scored.
	probs  [][3]float64
	others []Span
	// dom is the domain of the features extracted last.
	dom Domain
	// vecAcc sums the word vectors of vectorFeatures' pools. When
	// projected is set, vectorFeatures instead leaves the full head's
	// word-vector logits in vecZ and each word's push in vecEv (vecPool
	// holds each word's token and pool meanwhile).
	vecAcc    []float32
	projected bool
	vecZ      [3]float64
	vecEv     []vecEvidence
	vecPool   [][2]int32
	// markNames's buffers.
	words    []names.Word
	wordIdx  []int
	nameMark []bool
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return (h ^ 0xff) * fnvPrime
}

// hStr3 is hStr of s from three states at once. The three chains of
// multiplications are independent, so the CPU overlaps them: the word
// features of a token cost little more than one.
func hStr3(a, b, c uint64, s string) (uint64, uint64, uint64) {
	for i := 0; i < len(s); i++ {
		x := uint64(s[i])
		a = (a ^ x) * fnvPrime
		b = (b ^ x) * fnvPrime
		c = (c ^ x) * fnvPrime
	}
	return (a ^ 0xff) * fnvPrime, (b ^ 0xff) * fnvPrime, (c ^ 0xff) * fnvPrime
}

func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// posBucket maps a signed token distance from the target to one of eight
// relative-position buckets.
func posBucket(d int) byte {
	switch {
	case d == -1:
		return 0
	case d >= -3 && d < 0:
		return 1
	case d >= -7 && d < 0:
		return 2
	case d < 0:
		return 3
	case d == 1:
		return 4
	case d <= 3:
		return 5
	case d <= 7:
		return 6
	default:
		return 7
	}
}

func isHardBoundary(t *token) bool {
	if t.kind != kindPunct {
		return false
	}
	switch t.text {
	case ";", ":", "(", ")", "—", ".", "!", "?", "[", "]":
		return true
	}
	return false
}

func isClauseBoundary(t *token) bool {
	if t.role != 0 {
		return false
	}
	if t.kind == kindPunct {
		return true
	}
	return t.kind == kindWord && t.cls&cClause != 0
}

var fillers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "and": true, "growing": true, "long": true, "close": true, "strong": true, "new": true,
	"continued": true, "mounting": true, "intense": true, "diplomatic": true, "economic": true, "military": true,
	"strategic": true, "old": true, "deep": true, "deepening": true, "bilateral": true, "special": true,
	"increasing": true, "renewed": true, "sustained": true, "historic": true, "this": true, "that": true}

// extract fills sc.feats with the features of target in sentence. It
// returns false when the target covers no token.
func (m *Model) extract(sc *scratch, sentence string, target Span, others []Span, dom Domain) bool {
	sc.projected = false
	m.prepare(sc, sentence, target, others)
	return m.extractPrepared(sc, sentence, target, others, dom)
}

// prepare splits sentence into sc.toks and looks up each word in the word
// lists and the lexicon, once for all the targets of the sentence.
//
// target and mentions are the sentence's party mentions: whatever their
// spelling ("UN", "Zambia"), they count as capitalised names when words
// are marked as names, so that the marks of the words around a mention do
// not depend on which party it names.
func (m *Model) prepare(sc *scratch, sentence string, target Span, mentions []Span) {
	sc.toks = tokenize(sc.toks[:0], sentence, lowerSentence(sentence))
	m.markNames(sc, sentence, target, mentions)
	for i := range sc.toks {
		t := &sc.toks[i]
		if t.kind != kindWord {
			continue
		}
		wi := lookupWord(m.words, t.text)
		t.cls, t.rel = wi.cls, wi.rel
		t.vec = -1
		if t.name {
			t.rel = relNone
			continue
		}
		t.vec = wi.vec - 1
		if t.rel == relFriend && t.text == "granted" && i > 0 && sc.toks[i-1].text == "for" {
			t.rel = relNone // "taken for granted"
		}
		if m.merged {
			t.val, t.hasVal = wi.val, wi.hasVal
		} else if m.lex != nil {
			if v, ok := m.lex.Valence(t.text); ok && v != 0 {
				t.val, t.hasVal = v, true
			}
		}
	}
}

// markNames sets token.name on the capitalised words of sentence that
// belong to names and titles (package names).
func (m *Model) markNames(sc *scratch, sentence string, target Span, mentions []Span) {
	words := sc.words[:0]
	idx := sc.wordIdx[:0]
	initial := true
	in := func(t *token) bool {
		if t.start < target.End && t.end > target.Start {
			return true
		}
		for _, o := range mentions {
			if t.start < o.End && t.end > o.Start {
				return true
			}
		}
		return false
	}
	for i := range sc.toks {
		t := &sc.toks[i]
		t.name = false
		switch t.kind {
		case kindWord:
			text := sentence[t.start:t.end]
			if in(t) {
				text = "Name"
			}
			words = append(words, names.Word{Text: text, Initial: initial})
			idx = append(idx, i)
			initial = false
		case kindQuote:
			initial = true
		case kindPunct:
			switch t.text {
			case ":", "(", "[", "—", ";", ".", "!", "?":
				initial = true
			}
		}
	}
	sc.nameMark = names.Mark(sc.nameMark, words)
	for k, i := range idx {
		sc.toks[i].name = sc.nameMark[k]
		// "the Gulf war", "the Suez crisis": an event named after a
		// place is part of the name.
		if k > 0 && sc.nameMark[k-1] && idx[k-1] == i-1 && eventNouns[sc.toks[i].text] {
			sc.toks[i].name = true
		}
	}
	sc.words, sc.wordIdx = words, idx
}

// extractPrepared is extract for the sentence prepare last saw.
func (m *Model) extractPrepared(sc *scratch, sentence string, target Span, others []Span, dom Domain) bool {
	ok := m.extractBase(sc, sentence, target, others, dom)
	if dom != DomainNews {
		n := len(sc.feats)
		for i := 0; i < n; i++ {
			f := sc.feats[i]
			if f.idx < uint32(nDense) && domainSpecific[f.idx] {
				f.idx += uint32(nDense)
				sc.feats = append(sc.feats, f)
			}
		}
		ind, key := fDomainCountry, byte('D')
		if dom == DomainWritten {
			ind, key = fDomainWritten, 'W'
		}
		sc.feats = append(sc.feats, feat{idx: uint32(ind), val: 1, anchor: -1})
		sc.feats = append(sc.feats, feat{idx: uint32(nDenseAll) + uint32(mix(hByte(fnvOffset, key))&m.hashMask), val: 1, anchor: -1})
	}
	return ok
}

// domainSpecific marks the dense features that get a country-domain copy:
// those about who speaks, quotes and acts, where the country guidelines'
// speaker rule departs from NewsMTSC. The lexicon valence and the rest are
// shared, so the country data cannot wash out what both domains agree on.
var domainSpecific = func() [nDense]bool {
	var d [nDense]bool
	for _, f := range []int{fSpeaker, fInQuote, fHasQuote, fSubject, fHasOthers, fRelNegated, fNegNear,
		fRelAgent + int(relCrit), fRelAgent + int(relPraise), fRelPatient + int(relCrit), fRelPatient + int(relPraise)} {
		d[f] = true
	}
	return d
}()

func (m *Model) extractBase(sc *scratch, sentence string, target Span, others []Span, dom Domain) bool {
	sc.feats = sc.feats[:0]
	sc.vecZ, sc.vecEv = [3]float64{}, sc.vecEv[:0]
	if len(sc.toks) == 0 {
		return false
	}
	e := extraction{m: m, sc: sc, toks: sc.toks, n: len(sc.toks)}
	e.markTarget(target, others)
	hasQuote, question := e.scopes(sentence)
	e.otherDistances()
	e.wordFeatures(dom)
	e.contextHashes()
	e.ruleFeatures(len(others) > 0, hasQuote, question)
	e.vectorFeatures()
	return true
}

// nVecPools is the number of word-vector averages per target: the words
// near it, the rest of its clause, and the rest of the sentence.
const nVecPools = 3

// vectorFeatures adds the mean word vector of the content words near the
// target (within three tokens), in the rest of its clause, and in the rest
// of the sentence: dense features that carry what the labelled words teach
// to words seen only in unlabelled news. When sc.projected is set (scoring
// with the full head), it adds each word's projection onto the full head's
// weights instead (Model.proj): the same logits, without the features.
func (e *extraction) vectorFeatures() {
	v, sc := e.m.vec, e.sc
	if v == nil {
		return
	}
	dim := v.dim
	if cap(sc.vecAcc) < nVecPools*dim {
		sc.vecAcc = make([]float32, nVecPools*dim)
	}
	acc := sc.vecAcc[:nVecPools*dim]
	if !sc.projected {
		clear(acc)
	}
	var count [nVecPools]int
	pools := sc.vecPool[:0]
	for i := range e.toks {
		t := &e.toks[i]
		if t.role != 0 || t.kind != kindWord || t.vec < 0 || !isContentWord(t) {
			continue
		}
		p := 2
		if d := e.dist(i); d >= -3 && d <= 3 {
			p = 0
		} else if e.sameClause(i) {
			p = 1
		}
		count[p]++
		if sc.projected {
			pools = append(pools, [2]int32{int32(i), int32(p)})
			continue
		}
		a := acc[p*dim : (p+1)*dim]
		for k, x := range v.vec(t.vec) {
			a[k] += float32(x) / 127
		}
	}
	sc.vecPool = pools
	if sc.projected {
		for _, ip := range pools {
			u := e.m.proj[(int(e.toks[ip[0]].vec)*nVecPools+int(ip[1]))*3:][:3]
			inv := 1 / float32(count[ip[1]])
			for c := range u {
				sc.vecZ[c] += float64(u[c] * inv)
			}
			sc.vecEv = append(sc.vecEv, vecEvidence{tok: ip[0], c: (u[2] - u[0]) * inv})
		}
		return
	}
	base := uint32(nDenseAll) + uint32(e.m.hashMask+1)
	for p, c := range count {
		if c == 0 {
			continue
		}
		inv := 1 / float32(c)
		for k, x := range acc[p*dim : (p+1)*dim] {
			if x != 0 {
				sc.feats = append(sc.feats, feat{idx: base + uint32(p*dim+k), val: x * inv, anchor: -1})
			}
		}
	}
}

// extraction is the state of extracting one target's features from a
// prepared sentence: the tokens with their roles, and where the target is.
type extraction struct {
	m             *Model
	sc            *scratch
	toks          []token
	n             int
	tFirst, tLast int   // the target's first and last token
	tcLo, tcHi    int16 // the clauses the target spans
	negClause     int   // negators in the target's clauses
}

// markTarget gives each token its role (1 the target, 2 another mention)
// and finds the target's tokens.
func (e *extraction) markTarget(target Span, others []Span) {
	toks, n := e.toks, e.n
	tFirst, tLast := -1, -1
	for i := range toks {
		t := &toks[i]
		t.role = 0
		if t.start < target.End && t.end > target.Start {
			t.role = 1
			if tFirst < 0 {
				tFirst = i
			}
			tLast = i
			continue
		}
		for _, o := range others {
			if t.start < o.End && t.end > o.Start {
				t.role = 2
				break
			}
		}
	}
	// event names: "the Iraq war", "the Ukraine crisis" name an event, not
	// an act of the party, so the event noun joins the mention it follows
	// and is masked with it (a possessive, "Russia's war", stays an act).
	// markNames has already taken its valence away, since mentions count
	// as names there; this also keeps its words out of the hashed context.
	for i := 0; i+1 < n; i++ {
		t, u := &toks[i], &toks[i+1]
		if t.role != 0 && t.kind == kindWord && !t.poss && u.role == 0 && u.kind == kindWord && eventNouns[u.text] {
			u.role = t.role
			if t.role == 1 {
				tLast = i + 1
			}
			i++
		}
	}
	if tFirst < 0 {
		// The span covers no word (e.g. it is empty): anchor it at the
		// next token so position features still make sense.
		for i := range toks {
			if toks[i].start >= target.Start {
				tFirst, tLast = i, i
				break
			}
		}
		if tFirst < 0 {
			tFirst, tLast = n-1, n-1
		}
	}
	e.tFirst, e.tLast = tFirst, tLast
}

// scopes marks, token by token, the clauses, quotes, negation scope and
// concessive phrases, and reports whether the sentence has a quote mark
// and a question mark.
func (e *extraction) scopes(sentence string) (hasQuote, question bool) {
	sc, toks, n := e.sc, e.toks, e.n
	// counterfactual "without": "could not have been done without X's help",
	// "Without X, it would never have been built" credits X; neither the
	// "without" nor the modal's negator negates there.
	sc.noNeg = growBool(sc.noNeg, n)
	counterfactual(toks, sc.noNeg)
	// clauses, quotes, negation scope.
	sc.clause = grow16(sc.clause, n)
	sc.negd = growBool(sc.negd, n)
	sc.quoted = growBool(sc.quoted, n)
	clause := sc.clause
	var cid int16
	inQuote := false
	negLeft := 0
	for i := range toks {
		t := &toks[i]
		if isClauseBoundary(t) {
			cid++
			negLeft = 0
		}
		clause[i] = cid
		if t.kind == kindQuote {
			hasQuote = true
			inQuote = !inQuote
			if sentence[t.start:t.end] == "“" {
				inQuote = true
			} else if sentence[t.start:t.end] == "”" {
				inQuote = false
			}
		}
		if t.kind == kindPunct && t.text == "?" {
			question = true
		}
		sc.quoted[i] = inQuote
		sc.negd[i] = negLeft > 0
		if negLeft > 0 && t.kind == kindWord {
			negLeft--
		}
		if t.kind == kindWord && t.role == 0 && e.isNeg(i) {
			negLeft = 3
		}
	}
	// concessive phrases: from a contrast word to the next boundary.
	sc.conc = growBool(sc.conc, n)
	sc.phrases = sc.phrases[:0]
	for i := range toks {
		t := &toks[i]
		if t.role != 0 || t.kind != kindWord || t.cls&cContrast == 0 {
			continue
		}
		j := concessiveEnd(toks, i)
		sc.phrases = append(sc.phrases, [2]int{i, j})
		if e.tFirst > i && e.tFirst < j {
			continue // the target is inside: its own clause
		}
		for k := i; k < j; k++ {
			sc.conc[k] = true
		}
	}
	e.tcLo, e.tcHi = clause[e.tFirst], clause[e.tLast]
	return hasQuote, question
}

// otherDistances fills sc.odist: each token's distance in tokens to the
// nearest word of another mention or of a name outside the target.
func (e *extraction) otherDistances() {
	sc, toks, n := e.sc, e.toks, e.n
	if cap(sc.odist) < n {
		sc.odist = make([]int32, n)
	}
	od := sc.odist[:n]
	const far = 1 << 30
	last := -far
	for i := range toks {
		if isOther(&toks[i]) {
			last = i
		}
		od[i] = int32(min(i-last, far))
	}
	last = far
	for i := n - 1; i >= 0; i-- {
		if isOther(&toks[i]) {
			last = i
		}
		od[i] = min(od[i], int32(min(last-i, far)))
	}
	sc.odist = od
}

// isOther tells whether t is a word of another mention or of a name that
// is not the target.
func isOther(t *token) bool {
	return t.kind == kindWord && (t.role == 2 || t.role == 0 && t.name)
}

// isNeg tells whether token i is a negator that negates.
func (e *extraction) isNeg(i int) bool {
	return !e.sc.noNeg[i] && e.toks[i].cls&cNegator != 0
}

// sameClause tells whether token i is in a clause of the target.
func (e *extraction) sameClause(i int) bool {
	c := e.sc.clause[i]
	return c >= e.tcLo && c <= e.tcHi
}

// dist is token i's signed distance from the target, 0 inside it.
func (e *extraction) dist(i int) int {
	if i < e.tFirst {
		return i - e.tFirst
	}
	if i > e.tLast {
		return i - e.tLast
	}
	return 0
}

// add adds rule feature f with value v, anchored at token anchor (-1 for
// the sentence). Zero-valued features change no score, in training or
// scoring, and are not kept.
func (e *extraction) add(f int, v float32, anchor int) {
	if v != 0 {
		e.sc.feats = append(e.sc.feats, feat{idx: uint32(f), val: v, anchor: int32(anchor), rule: uint8(f + 1)})
	}
}

// addWord is add for a lexicon-valence feature, whose evidence is the word.
func (e *extraction) addWord(f int, v float32, anchor int) {
	if v != 0 {
		e.sc.feats = append(e.sc.feats, feat{idx: uint32(f), val: v, anchor: int32(anchor)})
	}
}

// addHash adds the hashed feature h.
func (e *extraction) addHash(h uint64, anchor int) {
	e.sc.feats = append(e.sc.feats, feat{idx: uint32(nDenseAll) + uint32(mix(h)&e.m.hashMask), val: 1, anchor: int32(anchor)})
}

// name is token i as the hashed features see it: "<t>" for the target,
// "<o>" for another mention, "<s>" outside the sentence.
func (e *extraction) name(i int) string {
	if i < 0 || i >= e.n {
		return "<s>"
	}
	switch e.toks[i].role {
	case 1:
		return "<t>"
	case 2:
		return "<o>"
	}
	return e.toks[i].text
}

// hName hashes the i'th word's name onto h; a word inside a proper name
// hashes apart from the common word ("Poor" in "Standard & Poor's" is not
// "poor").
func (e *extraction) hName(h uint64, i int) uint64 {
	if i >= 0 && i < e.n && e.toks[i].role == 0 && e.toks[i].name {
		h = hByte(h, '^')
	}
	return hStr(h, e.name(i))
}

// wordFeatures adds the lexicon valence of each word, by where it stands
// from the target, and the hashed word features.
func (e *extraction) wordFeatures(dom Domain) {
	sc, toks, n := e.sc, e.toks, e.n
	// words whose valence is not about the target: the aggression done to
	// a victim (country guideline 7: "Russia invaded Ukraine" leaves Ukraine
	// neutral) and the grief of "grieved with X".
	sc.noVal = growBool(sc.noVal, n)
	if dom != DomainNews {
		if v := victimOf(toks, e.tFirst); v >= 0 {
			sc.noVal[v] = true
		}
		if v := victimAfter(toks, e.tLast); v >= 0 {
			sc.noVal[v] = true
		}
		if v := sympathyWith(toks, e.tFirst); v >= 0 {
			sc.noVal[v] = true
		}
	}
	negClause := 0
	for i := range toks {
		t := &toks[i]
		if t.role == 1 {
			continue
		}
		d := e.dist(i)
		if t.kind == kindWord && t.role == 0 {
			if e.sameClause(i) && e.isNeg(i) {
				negClause++
			}
			if t.hasVal && !sc.noVal[i] {
				if e.valence(i, d) {
					continue
				}
			}
		}
		if t.kind != kindWord {
			continue
		}
		w := e.name(i)
		b := posBucket(d)
		var sc1 byte
		if sc.conc[i] {
			sc1 = 2
		} else if e.sameClause(i) {
			sc1 = 1
		}
		h0, h1, h2 := hByte(fnvOffset, tUni), hByte(hByte(fnvOffset, tPos), b), hByte(hByte(fnvOffset, tClause), sc1)
		if t.role == 0 && t.name {
			h0, h1, h2 = hByte(h0, '^'), hByte(h1, '^'), hByte(h2, '^')
		}
		hUni, hPos, hClause := hStr3(h0, h1, h2, w)
		e.addHash(hUni, i)
		e.addHash(hPos, i)
		e.addHash(hClause, i)
		if len(w) > 6 {
			e.addHash(hStr(hByte(hByte(fnvOffset, tStem), b/2), w[:5]), i)
		}
		if sc.negd[i] {
			e.addHash(hStr(hByte(fnvOffset, tNeg), w), i)
		}
	}
	e.negClause = negClause
}

// valence adds the lexicon valence features of word i, at signed distance
// d from the target. It reports whether the word is in a concessive phrase,
// where it gets only those and no hashed features.
func (e *extraction) valence(i, d int) (concessive bool) {
	t := &e.toks[i]
	v := t.val / 4
	if e.sc.negd[i] && t.cls&cComparative == 0 {
		v *= -0.74
	}
	ad := d
	if ad < 0 {
		ad = -ad
	}
	pos, neg := float32(0), float32(0)
	if v > 0 {
		pos = float32(v)
	} else {
		neg = float32(-v)
	}
	if e.sc.conc[i] {
		e.addWord(fValConcPos, pos, i)
		e.addWord(fValConcNeg, neg, i)
		return true
	}
	if e.sameClause(i) {
		e.addWord(fValClausePos, pos, i)
		e.addWord(fValClauseNeg, neg, i)
	} else {
		e.addWord(fValOutPos, pos, i)
		e.addWord(fValOutNeg, neg, i)
	}
	if int(e.sc.odist[i]) < ad {
		e.addWord(fValOtherPos, pos, i)
		e.addWord(fValOtherNeg, neg, i)
	}
	w := 3 / (3 + float32(ad))
	e.addWord(fValDistPos, pos*w, i)
	e.addWord(fValDistNeg, neg*w, i)
	if ad <= 3 {
		e.addWord(fValNearPos, pos, i)
		e.addWord(fValNearNeg, neg, i)
	}
	return false
}

// contextHashes adds the bigrams over the masked sentence, by side of the
// target, and the words right next to the target.
func (e *extraction) contextHashes() {
	toks, n, tFirst, tLast := e.toks, e.n, e.tFirst, e.tLast
	for i := 0; i+1 < n; i++ {
		if toks[i].role == 1 && toks[i+1].role == 1 {
			continue
		}
		var side byte
		switch {
		case i+1 < tFirst:
			side = 0
		case i > tLast:
			side = 2
		default:
			side = 1
		}
		h := e.hName(hByte(hByte(fnvOffset, tBigram), side), i)
		anchor := i
		if toks[i].role == 1 || toks[i].kind != kindWord {
			anchor = i + 1
		}
		e.addHash(e.hName(h, i+1), anchor)
	}
	e.addHash(e.hName(hByte(hByte(fnvOffset, tAdj1), 0), tFirst-1), tFirst-1)
	e.addHash(e.hName(hByte(hByte(fnvOffset, tAdj1), 1), tLast+1), tLast+1)
	e.addHash(e.hName(e.hName(hByte(hByte(fnvOffset, tAdj2), 0), tFirst-2), tFirst-1), tFirst-1)
	e.addHash(e.hName(e.hName(hByte(hByte(fnvOffset, tAdj2), 1), tLast+1), tLast+2), tLast+1)
}

// ruleFeatures adds the rule features: negation, relations to loaded
// verbs and nouns, contrast, associations, speakers and quotes, and the
// target's place in the sentence.
func (e *extraction) ruleFeatures(hasOthers, hasQuote, question bool) {
	sc, toks, n, tFirst, tLast := e.sc, e.toks, e.n, e.tFirst, e.tLast
	// negation next to the target: "X did not criticise", "not X".
	for i := tFirst - 2; i <= tLast+3; i++ {
		if i >= 0 && i < n && toks[i].role == 0 && toks[i].kind == kindWord && e.isNeg(i) {
			e.add(fNegNear, 1, i)
			break
		}
	}
	if e.negClause > 0 {
		e.add(fNegClause, float32(e.negClause), -1)
	}

	// relations to loaded verbs and nouns: nearest trigger on each side.
	e.m.relations(sc, toks, tFirst, tLast, e.add)

	// contrast: "despite X's pressure" / "X went ahead despite ...".
	for _, ph := range sc.phrases {
		i, j := ph[0], ph[1]
		if tFirst > i && tFirst < j {
			e.add(fContrastIn, 1, i)
		} else {
			e.add(fContrastOut, 1, i)
		}
	}
	e.associations()

	// speakers and quotes.
	for k := tLast + 1; k < n && k <= tLast+4; k++ {
		if toks[k].kind == kindWord && toks[k].cls&cSpeech != 0 {
			e.add(fSpeaker, 1, k)
			break
		}
	}
	if tFirst >= 2 && toks[tFirst-2].text == "according" && toks[tFirst-1].text == "to" {
		e.add(fSpeaker, 1, tFirst-2)
	}
	if sc.quoted[tFirst] {
		e.add(fInQuote, 1, -1)
	}
	if hasQuote {
		e.add(fHasQuote, 1, -1)
	}
	subj := true
	for k := 0; k < tFirst; k++ {
		if toks[k].kind == kindWord && toks[k].cls&cFiller == 0 && toks[k].role == 0 {
			subj = false
			break
		}
	}
	if subj {
		e.add(fSubject, 1, -1)
	}
	if hasOthers {
		e.add(fHasOthers, 1, -1)
	}
	if question {
		e.add(fQuestion, 1, -1)
	}
}

// associations adds "ties with X", "pressure from X", "against X" and
// "X's support".
func (e *extraction) associations() {
	toks, n, tFirst, tLast := e.toks, e.n, e.tFirst, e.tLast
	sawPrep, sawWith := false, false
	for k, steps := tFirst-1, 0; k >= 0 && steps < 6; k, steps = k-1, steps+1 {
		t := &toks[k]
		if t.kind != kindWord {
			break
		}
		if t.role == 2 || t.cls&cFiller != 0 {
			continue
		}
		if t.cls&cAssocPrep != 0 {
			sawPrep = true
			sawWith = sawWith || t.text == "with"
			continue
		}
		if sawPrep && t.cls&cAssocPos != 0 || sawWith && t.cls&cSympathy != 0 {
			e.add(fAssocPos, 1, k)
		} else if sawPrep && t.cls&cAssocNeg != 0 {
			e.add(fAssocNeg, 1, k)
		}
		break
	}
	if tFirst >= 1 && toks[tFirst-1].text == "against" || tFirst >= 2 && toks[tFirst-2].text == "against" {
		e.add(fAgainst, 1, tFirst-1)
	}
	if toks[tLast].poss || (tLast+1 < n && toks[tLast+1].kind == kindWord && toks[tLast+1].text == "s") {
		for k := tLast + 1; k < n && k <= tLast+4; k++ {
			t := &toks[k]
			if t.kind != kindWord {
				break
			}
			if t.cls&cAssocPos != 0 {
				e.add(fPossPos, 1, k)
				break
			}
			if t.cls&cAssocNeg != 0 {
				e.add(fPossNeg, 1, k)
				break
			}
		}
	}
}

// eventNouns name an event after a place: "the Iraq war", "the Kashmir
// dispute", "India-Pakistan tensions".
var eventNouns = map[string]bool{"war": true, "wars": true, "crisis": true, "crises": true, "conflict": true,
	"conflicts": true, "dispute": true, "disputes": true, "standoff": true, "stand-off": true, "tensions": true}

// victimOf returns the index of the aggression verb the target is the
// object of, just before it ("invaded X", "pressure on X"), or -1.
func victimOf(toks []token, tFirst int) int {
	for i := tFirst - 1; i >= 0 && i >= tFirst-3; i-- {
		t := &toks[i]
		if isHardBoundary(t) || t.kind != kindWord {
			return -1
		}
		if t.text == "by" || t.text == "from" {
			return -1 // "attacks by X": X is the aggressor
		}
		if c := t.rel; c != relNone {
			if c == relAggr {
				return i
			}
			return -1
		}
	}
	return -1
}

// victimAfter returns the index of the aggression word that a target
// before it suffers, in the passive ("X's soldiers were killed", "troops
// of X killed by a bomb"), or -1.
func victimAfter(toks []token, tLast int) int {
	for i := tLast + 1; i < len(toks) && i <= tLast+4; i++ {
		t := &toks[i]
		if isHardBoundary(t) || t.role == 2 {
			return -1
		}
		if t.kind != kindWord || t.rel == relNone {
			continue
		}
		if t.rel != relAggr {
			return -1
		}
		if i > 0 && toks[i-1].kind == kindWord && toks[i-1].cls&cPassive != 0 {
			return i
		}
		if byAgent(toks, i) {
			return i
		}
		return -1
	}
	return -1
}

// byAgent reports a participle followed by its agent: "troops killed by
// a bomb", "Chile, criticised by Peru".
func byAgent(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i+1].text == "by" && strings.HasSuffix(toks[i].text, "ed")
}

// sympathyWith returns the index of the sympathy word of "grieved with X",
// "stood with Y and X", or -1.
func sympathyWith(toks []token, tFirst int) int {
	with := false
	for k, steps := tFirst-1, 0; k >= 0 && steps < 6; k, steps = k-1, steps+1 {
		t := &toks[k]
		if t.kind != kindWord {
			return -1
		}
		if t.role == 2 || t.cls&cFiller != 0 {
			continue
		}
		if t.cls&cAssocPrep != 0 {
			with = with || t.text == "with"
			continue
		}
		if with && t.cls&cSympathy != 0 {
			return k
		}
		return -1
	}
	return -1
}

// counterfactual marks in noNeg the negators of a counterfactual "without":
// a "without" and a negated modal perfect ("would not have", "couldn't have")
// in the same sentence.
func counterfactual(toks []token, noNeg []bool) {
	w, mn := -1, -1
	for i := range toks {
		t := &toks[i]
		if t.kind != kindWord {
			continue
		}
		if t.text == "without" && t.role == 0 {
			w = i
			continue
		}
		if t.cls&(cModal|cNegator) == 0 {
			continue
		}
		// "would not have", "could never have", "wouldn't have".
		neg := -1
		if t.cls&cModalNeg != 0 {
			neg = i
		} else if t.cls&cModal != 0 && i+1 < len(toks) && (toks[i+1].text == "not" || toks[i+1].text == "never") {
			neg = i + 1
		}
		if neg >= 0 && neg+1 < len(toks) && toks[neg+1].text == "have" {
			mn = neg
		}
	}
	if w >= 0 && mn >= 0 {
		noNeg[w], noNeg[mn] = true, true
	}
}

var modals = map[string]bool{"would": true, "could": true, "might": true, "wouldn": true, "couldn": true}

// sympathy words take "with X" as favourable to X: "grieved with Turkey"
// (country guideline 7).
var sympathyWords = map[string]bool{"grieved": true, "grieve": true, "grieves": true, "grieving": true,
	"mourned": true, "mourn": true, "mourns": true, "mourning": true, "sympathised": true, "sympathized": true,
	"sympathise": true, "sympathize": true, "sympathy": true, "sympathies": true, "condolences": true,
	"stood": true, "stand": true, "stands": true, "standing": true, "solidarity": true}

// relations adds agent/patient features for the nearest loaded verb or noun
// on each side of the target.
func (m *Model) relations(sc *scratch, toks []token, tFirst, tLast int, add func(int, float32, int)) {
	n := len(toks)
	passiveAt := func(i int) bool {
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if toks[k].kind == kindWord && toks[k].cls&cPassive != 0 {
				return true
			}
		}
		return false
	}
	emit := func(i int, agent bool) {
		c := toks[i].rel
		if sc.negd[i] {
			add(fRelNegated, 1, i)
			return
		}
		if agent {
			add(fRelAgent+int(c), 1, i)
		} else {
			add(fRelPatient+int(c), 1, i)
		}
	}
	// trigger after the target: "X criticised", "X was criticised", "X's pressure".
	for i := tLast + 1; i < n && i <= tLast+6; i++ {
		t := &toks[i]
		if isHardBoundary(t) || t.role == 2 {
			break
		}
		if t.kind != kindWord || t.rel == relNone {
			continue
		}
		emit(i, !passiveAt(i) && !receivedAt(toks, i, tLast) && !byAgent(toks, i))
		break
	}
	// trigger before the target: "criticised X", "criticised by X", "pressure from X".
	for i := tFirst - 1; i >= 0 && i >= tFirst-6; i-- {
		t := &toks[i]
		if isHardBoundary(t) {
			break
		}
		if t.kind != kindWord || t.rel == relNone {
			continue
		}
		agent := false
		for k := i + 1; k < tFirst; k++ {
			if w := toks[k].text; w == "by" || w == "from" {
				agent = true
			}
		}
		emit(i, agent)
		break
	}
}

func grow16(b []int16, n int) []int16 {
	if cap(b) < n {
		return make([]int16, n)
	}
	return b[:n]
}

func growBool(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// comparatives are not flipped by a negator: "never been warmer", "no
// better friend".
var comparatives = map[string]bool{"better": true, "best": true, "more": true, "greater": true, "closer": true,
	"stronger": true, "warmer": true, "deeper": true}

var receiveVerbs = map[string]bool{"faced": true, "faces": true, "face": true, "facing": true, "drew": true,
	"draws": true, "drawing": true, "won": true, "wins": true, "winning": true, "earned": true, "earns": true,
	"earning": true, "received": true, "receives": true, "receiving": true, "attracted": true, "attracts": true,
	"got": true, "gets": true, "invited": true, "invites": true, "suffered": true, "suffers": true,
	"endured": true, "came": true, "under": true, "incurred": true, "garnered": true, "deserves": true}

// receivedAt reports whether the loaded noun at i is received by the
// subject: "X won praise", "X faced sharp criticism", "X came under attack".
func receivedAt(toks []token, i, tLast int) bool {
	for k := i - 1; k > tLast && k >= i-3; k-- {
		if toks[k].kind == kindWord && toks[k].cls&cReceive != 0 {
			return true
		}
	}
	return false
}

// concessiveEnd returns the index just past the concessive phrase that the
// contrast word at i opens: up to the next punctuation or clause word.
func concessiveEnd(toks []token, i int) int {
	j := i + 1
	for ; j < len(toks); j++ {
		tj := &toks[j]
		if tj.kind == kindPunct || (tj.kind == kindWord && tj.role == 0 && tj.cls&cClause != 0 && tj.text != "whatever") {
			break
		}
	}
	return j
}
