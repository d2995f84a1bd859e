package parties

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Mention is one phrase in a sentence that names a party.
type Mention struct {
	Party              string // party id
	Name               string // party display name
	Role               string // what kind of reference it is: RoleName, RoleDemonym, ...
	Surface            string // the matched text as written
	Start, End         int    // code points into the sentence
	ByteStart, ByteEnd int    // bytes into the sentence
}

// Roles say what kind of reference a mention is, so that an analyst can
// keep the state-level ones ("how is the UK portrayed") apart from a
// leader's own coverage.
const (
	RoleName     = "name"     // the country's name or short form ("India", "U.S.")
	RoleDemonym  = "demonym"  // "Chinese troops", "the American envoy"
	RoleCapital  = "capital"  // the capital city standing for the government ("Beijing said")
	RoleBody     = "body"     // government bodies and seats: Kremlin, Home Office, Downing Street, central banks
	RoleLeader   = "leader"   // a head of state or government in office
	RoleOfficial = "official" // another office holder: ministers, secretaries general
	RoleOrg      = "org"      // an organisation named ("NATO", "the World Bank")
)

// Matcher finds party mentions in sentences. It is immutable and safe for
// concurrent use.
type Matcher struct {
	nodes []node
	// root holds the trie's first step: root[w] is the node that word w
	// leads to from the root, 0 when no alias starts with it.
	root    []int32
	parties []Party
	// vocab numbers the words of the aliases, of the word sets and of the
	// cue groups from 1 (vocab.go); sets holds, by number, the bits of the
	// word sets each word is in, for the words of word sets, which are
	// numbered first.
	vocab     map[string]int32
	short     shortWords // vocab's short words, for lookUp
	sets      []setBits
	notBefore *vocabSet // words after which a demonym is not the state
	// cues holds, by number, the bits of the cue groups each word is in,
	// for the words of word sets and of cue groups, numbered before the
	// rest (addCues).
	cues []uint32
	// expansions are the full names whose initials spell a body's or an
	// organisation's acronym, by the acronym's key (acronyms.go).
	expansions map[string][]expansion
	// since holds, by party, the day number of Party.Since, noDay for a
	// party with none.
	since []int64
	// initial is the vocabulary number of the word that stands, in the
	// trie, for any middle initial of a leader's two-word name
	// (addMiddleInitial); joined, for a capitalised word joined by a
	// hyphen to a head's surname before the government's word ("the
	// Bush-Cheney administration"; addGovernments).
	initial, joined int32
	// paths are the aliases through initial or joined that NewMatcher
	// adds to the trie after all the others (addPath), so that the nodes
	// of the others stay close together; nil once added.
	paths []wildPath
}

// wildPath is an entry and the words of its alias, one of them
// Matcher.initial or Matcher.joined.
type wildPath struct {
	ids []int32
	e   entry
}

type node struct {
	next    []edge // by word, sorted; the root's are Matcher.root
	entries []entry
}

// Alias kinds.
const (
	kindName uint8 = iota
	kindDemonym
	kindSeat
	kindBody
	kindLeader
	kindStop
	// kindPeople is a demonym's plural ("the Russians"), a mention only
	// where it stands for the state's side (peopleActs).
	kindPeople
)

// Per-token case requirements, derived from how an alias is written.
const (
	caseAny   uint8 = iota // lower-case alias word ("of"): any case
	caseTitle              // capitalised alias word ("India"): text must start upper case
	caseUpper              // acronym ("US", "MEA"): text must have no lower-case letter
)

type entry struct {
	party int32 // index into Matcher.parties; -1 for stop phrases
	kind  uint8
	role  string // the mention's role; leaders take theirs from the term
	cases []uint8
	terms []dayRange // leaders only
	rule  *rule
	alias string
	// skip is how many words of a leader's alias are a title, matched but
	// left out of the mention's span ("President Castro" is "Castro").
	skip int
	// asName marks a demonym or a seat written as one of its party's
	// names ("New Zealand", "Singapore"), read as the name where a name
	// inside another name is told apart (inOtherName).
	asName bool
	// tail is how many words at the end of a leader's alias are matched
	// but left out of the span ("the Howard Government" is "Howard").
	tail int
	// headShared marks a leader's alias that names heads of state or
	// government of more than one party ("Kim"): undated text cannot tell
	// which (undatedHead).
	headShared bool
	// offices holds the words of a leader's roles ("secretary", "commerce"
	// for "Secretary of Commerce"), as officeKey spells them, by which an
	// undated sentence titles them (undatedOfficial).
	offices []string
}

// dayRange is a term of office: from and to are inclusive day numbers (to
// == maxDay for open terms); head marks a head of state or government.
type dayRange struct {
	from, to int64
	head     bool
}

const maxDay = int64(1) << 40

type rule struct {
	ifNear, unlessNear [][]string
	// ifNearIDs and unlessNearIDs are ifNear and unlessNear by the
	// vocabulary numbers of their words (Matcher.phraseIDs), which
	// contains compares with the tokens' numbers.
	ifNearIDs, unlessNearIDs [][]int32
	placeBefore              [][]string
	unlessPrev, unlessNext   map[string]bool
	// unlessPrevIDs and unlessNextIDs are unlessPrev and unlessNext by
	// vocabulary number, sorted, which ruleOK searches for a token's.
	unlessPrevIDs, unlessNextIDs []int32
	nextCap, prevCap, exact      bool
	// article lets an earlier sentence of the article that mentioned the
	// party stand for ifNear (ContextRule.IfArticle).
	article bool
}

// NewMatcher builds a matcher over every alias, leader name and stop phrase
// in r.
func NewMatcher(r *Registry) *Matcher {
	m := &Matcher{nodes: []node{{}}, parties: r.Parties()}
	var notBefore []string
	for _, w := range r.demonymNotBefore {
		notBefore = append(notBefore, tokenKeys(w)...)
	}
	m.notBefore = newVocabSet(len(wordSets), notBefore)
	m.addWordSets(append(slices.Clip(wordSets), m.notBefore))
	m.addCues()
	m.initial, m.joined = m.wordID("\x00initial"), m.wordID("\x00joined")
	for _, s := range r.stopPhrases {
		m.add(s, entry{party: -1, kind: kindStop})
	}
	plurals := peoplePlurals(m.parties)
	m.since = make([]int64, len(m.parties))
	for pi, p := range m.parties {
		m.since[pi] = noDay
		if !p.Since.IsZero() {
			m.since[pi] = dayNumber(p.Since)
		}
		rules := map[string]*rule{}
		for _, c := range p.Context {
			r := compileRule(c)
			r.ifNearIDs, r.unlessNearIDs = m.phraseIDs(r.ifNear), m.phraseIDs(r.unlessNear)
			r.unlessPrevIDs, r.unlessNextIDs = m.wordIDs(r.unlessPrev), m.wordIDs(r.unlessNext)
			rules[strings.Join(tokenKeys(c.Alias), " ")] = r
		}
		names := map[string]bool{}
		for _, a := range p.Names {
			names[strings.Join(tokenKeys(a), " ")] = true
		}
		// terms and offices are a leader's (nil for other kinds).
		add := func(alias string, kind uint8, role string, terms []dayRange, offices []string) {
			e := entry{party: int32(pi), kind: kind, role: role, terms: terms, alias: alias, offices: offices}
			keys := tokenKeys(alias)
			e.asName = (kind == kindDemonym || kind == kindSeat) && names[strings.Join(keys, " ")]
			e.rule = rules[strings.Join(keys, " ")]
			if kind == kindLeader {
				e.skip = titleWords(keys)
			}
			m.add(alias, e)
		}
		org := p.Kind == KindOrganisation
		for _, a := range p.Names {
			if org {
				add(a, kindName, RoleOrg, nil, nil)
			} else {
				add(a, kindName, RoleName, nil, nil)
			}
		}
		for _, a := range p.Demonyms {
			add(a, kindDemonym, RoleDemonym, nil, nil)
			if plurals[a] == 1 && !org {
				add(a+"s", kindPeople, RoleDemonym, nil, nil)
			}
		}
		for _, a := range p.Seats {
			role := RoleCapital
			if org || isBuilding(a) {
				role = RoleBody
			}
			add(a, kindSeat, role, nil, nil)
		}
		for _, a := range p.Bodies {
			add(a, kindBody, RoleBody, nil, nil)
		}
		if org {
			m.addExpansions(int32(pi), append(append([]string(nil), p.Names...), p.Bodies...))
		} else {
			m.addExpansions(int32(pi), p.Bodies)
		}
		for _, l := range p.Leaders {
			var terms []dayRange
			offices := roleWords(l.Terms)
			for _, t := range l.Terms {
				d := dayRange{from: dayNumber(t.From), to: maxDay, head: !org && isHeadRole(t.Role)}
				if !t.To.IsZero() {
					d.to = dayNumber(t.To)
				}
				terms = append(terms, d)
			}
			add(l.Name, kindLeader, RoleOfficial, terms, offices)
			m.addMiddleInitial(int32(pi), l.Name, terms, offices)
			for _, a := range l.Aliases {
				add(a, kindLeader, RoleOfficial, terms, offices)
			}
			m.addGovernments(int32(pi), l, terms, rules)
		}
	}
	for _, p := range m.paths {
		m.addPath(p.ids, p.e)
	}
	m.paths = nil
	m.markSharedHeads()
	m.short = newShortWords(m.vocab)
	return m
}

// phraseIDs returns the phrases by the vocabulary numbers of their words,
// numbering the words that are new.
func (m *Matcher) phraseIDs(phrases [][]string) [][]int32 {
	var out [][]int32
	for _, p := range phrases {
		ids := make([]int32, len(p))
		for k, w := range p {
			ids[k] = m.wordID(w)
		}
		out = append(out, ids)
	}
	return out
}

// wordIDs returns the vocabulary numbers of the words of set, sorted,
// numbering the words that are new.
func (m *Matcher) wordIDs(set map[string]bool) []int32 {
	var out []int32
	for _, w := range slices.Sorted(maps.Keys(set)) {
		out = append(out, m.wordID(w))
	}
	slices.Sort(out)
	return out
}

// hasWord reports whether the sorted vocabulary numbers ids hold token
// k's.
func (s *scan) hasWord(ids []int32, k int) bool {
	_, found := slices.BinarySearch(ids, s.toks[k].word)
	return found
}

// roleWords returns the words of the roles of terms, each once, as
// officeKey spells them ("secretary", "commerce" for "Secretary of
// Commerce"): the titles an undated sentence may give the holder.
func roleWords(terms []Term) []string {
	var out []string
	for _, t := range terms {
		for _, w := range tokenKeys(t.Role) {
			if k := officeKey(w); !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

// peoplePlurals counts, for each demonym of a country that forms its
// plural with "s" ("Russian", "Israeli", "North Korean"), the parties that
// bear it: a plural is an alias of one party only.
func peoplePlurals(ps []Party) map[string]int {
	n := map[string]int{}
	for _, p := range ps {
		if p.Kind == KindOrganisation {
			continue
		}
		for _, d := range p.Demonyms {
			if len(d) > 3 && (strings.HasSuffix(d, "an") || strings.HasSuffix(d, "i")) {
				n[d]++
			}
		}
	}
	return n
}

// markSharedHeads sets headShared on the leader entries of every alias
// that heads of more than one party carry.
func (m *Matcher) markSharedHeads() {
	for n := range m.nodes {
		es := m.nodes[n].entries
		party := int32(-1)
		shared := false
		for _, e := range es {
			if e.kind != kindLeader || !hasHeadTerm(e.terms) {
				continue
			}
			if party >= 0 && e.party != party {
				shared = true
			}
			party = e.party
		}
		for k := range es {
			es[k].headShared = shared
		}
	}
}

func hasHeadTerm(terms []dayRange) bool {
	for _, d := range terms {
		if d.head {
			return true
		}
	}
	return false
}

// addGovernments adds, for a leader with terms as a head of state or
// government, their surname and a word of headGovernments ("the Howard
// Government", "the Bush administration") or their possessive and the
// word ("Xi's cabinet"): a mention of the party in those terms, whose span
// is the surname (leaderOK asks for "the" or an ordinal before the
// first); rules holds the party's context rules by alias key.
func (m *Matcher) addGovernments(pi int32, l Leader, terms []dayRange, rules map[string]*rule) {
	var heads []dayRange
	for _, d := range terms {
		if d.head {
			heads = append(heads, d)
		}
	}
	if len(heads) == 0 {
		return
	}
	names := strings.Fields(l.Name)
	surnames := []string{names[len(names)-1]}
	if len(names) < 2 || strings.HasSuffix(surnames[0], ".") || nameSuffixes.has(strings.ToLower(surnames[0])) {
		surnames = nil
	}
	for _, a := range l.Aliases {
		if !strings.Contains(a, " ") {
			surnames = append(surnames, a)
		}
	}
	for _, sn := range surnames {
		if r, _ := utf8.DecodeRuneInString(sn); !unicode.IsUpper(r) {
			continue
		}
		for _, g := range headGovernments {
			alias := sn + " " + g
			m.add(alias, entry{party: pi, kind: kindLeader, role: RoleOfficial, terms: heads, alias: alias, tail: 1,
				rule: rules[strings.Join(tokenKeys(alias), " ")]})
			// "the Obama-Biden administration": a deputy's surname
			// joined to the head's, the span the two.
			if keys := tokenKeys(sn); len(keys) == 1 {
				m.paths = append(m.paths, wildPath{[]int32{m.wordID(keys[0]), m.joined, m.wordID(g)}, entry{party: pi, kind: kindLeader, role: RoleOfficial,
					terms: heads, alias: sn + "-" + g, tail: 1, cases: []uint8{caseTitle, caseTitle, caseAny}}})
			}
			// "Xi's cabinet", "Obama's administration": the possessive
			// needs no article.
			alias = sn + "'s " + g
			m.add(alias, entry{party: pi, kind: kindLeader, role: RoleOfficial, terms: heads, alias: alias, tail: 2,
				rule: rules[strings.Join(tokenKeys(alias), " ")]})
		}
	}
}

// headGovernments follow a head's surname in the name of their government.
var headGovernments = []string{"government", "administration", "cabinet", "regime", "officials"}

// nameSuffixes end a full name without being its surname.
var nameSuffixes = wordSet(`jr sr i ii iii iv v vi vii viii ix x`)

// spanTitles are the titles before a leader's surname that a mention's span
// leaves out (guideline 10: the personal name without title).
var spanTitles = [][]string{{"mr"}, {"mrs"}, {"ms"}, {"dr"}, {"president"}, {"prime", "minister"}, {"premier"},
	{"pm"}, {"chancellor"}, {"taoiseach"}, {"senator"}, {"secretary"}, {"secretary", "general"},
	// Ranks and posts written before the surname of an officer or envoy
	// whose surname does not stand alone ("General Casey", "Gen. Casey",
	// "Admiral Fallon", "Ambassador Friedman").
	{"general"}, {"gen"}, {"admiral"}, {"adm"}, {"ambassador"},
	// A peer's title ("Lord Goldsmith"; seed 120).
	{"lord"}}

// titleWords returns how many of the leading words of keys are a title
// of spanTitles, the longest that leaves at least one word ("Secretary
// General", not "Secretary", before "Ban").
func titleWords(keys []string) int {
	n := 0
	for _, t := range spanTitles {
		if len(keys) > len(t) && len(t) > n && slices.Equal(keys[:len(t)], t) {
			n = len(t)
		}
	}
	return n
}

// isBuilding reports whether a seat of government is a building or an
// office ("Downing Street", "the Kremlin", "South Block") rather than the
// capital city.
func isBuilding(seat string) bool {
	for _, k := range tokenKeys(seat) {
		switch k {
		case "house", "street", "palace", "block", "kremlin", "elysee", "whitehall", "number", "no",
			"zhongnanhai", "quai", "bottom", "bhavan", "office", "chancellery", "kantei", "hall":
			return true
		}
	}
	return false
}

// isHeadRole reports whether a term's role is a head of state or of
// government ("President", "Prime Minister and Foreign Minister", "Interim
// President", "King", "Chief Adviser"), not a deputy or another office
// ("Vice President", "Chancellor of the Exchequer", "Foreign Minister").
func isHeadRole(role string) bool {
	r := strings.ToLower(role)
	if strings.HasPrefix(r, "chancellor of") {
		return false
	}
	for trimmed := true; trimmed; {
		trimmed = false
		for _, w := range []string{"interim ", "caretaker ", "transition ", "transitional ", "acting ", "gnu ", "cnsp "} {
			if strings.HasPrefix(r, w) {
				r, trimmed = r[len(w):], true
			}
		}
	}
	for _, head := range []string{"president", "prime minister", "premier", "king", "queen", "emperor", "emir",
		"amir", "sultan", "supreme leader", "chancellor", "taoiseach", "head of", "grand duke", "grand",
		"chief executive", "chief adviser", "state counsellor", "chairman of the", "chairperson of the council"} {
		if strings.HasPrefix(r, head) {
			return true
		}
	}
	return false
}

func compileRule(c ContextRule) *rule {
	r := &rule{unlessPrev: map[string]bool{}, unlessNext: map[string]bool{}, nextCap: c.UnlessNextCapitalised, prevCap: c.UnlessPrevCapitalised, exact: c.Exact,
		article: c.IfArticle}
	for _, p := range c.IfNear {
		if k := tokenKeys(p); len(k) > 0 {
			r.ifNear = append(r.ifNear, k)
		}
	}
	for _, p := range c.UnlessNear {
		if k := tokenKeys(p); len(k) > 0 {
			r.unlessNear = append(r.unlessNear, k)
		}
	}
	for _, w := range c.UnlessPrev {
		for _, k := range tokenKeys(w) {
			r.unlessPrev[k] = true
		}
	}
	for _, p := range c.UnlessPlaceBefore {
		if k := tokenKeys(p); len(k) > 0 {
			r.placeBefore = append(r.placeBefore, k)
		}
	}
	for _, w := range c.UnlessNext {
		for _, k := range tokenKeys(w) {
			r.unlessNext[k] = true
		}
	}
	return r
}

func (m *Matcher) add(alias string, e entry) {
	toks, norm, _ := tokenize(alias, nil, nil)
	if len(toks) == 0 {
		return
	}
	e.cases = make([]uint8, len(toks))
	for i, t := range toks {
		switch {
		case !t.upper:
			e.cases[i] = caseAny
		case t.allUp && t.ne-t.ns > 1 && t.ce-t.cs > 1:
			e.cases[i] = caseUpper
		default:
			e.cases[i] = caseTitle
		}
	}
	n := int32(0)
	for _, t := range toks {
		n = m.link(n, m.wordID(string(norm[t.ns:t.ne])))
	}
	for _, old := range m.nodes[n].entries {
		if old.party == e.party && old.kind == e.kind && old.alias == e.alias && slices.Equal(old.terms, e.terms) {
			return
		}
	}
	m.nodes[n].entries = append(m.nodes[n].entries, e)
	// Keep entries in a stable order: stop phrases last, then by party.
	es := m.nodes[n].entries
	sort.SliceStable(es, func(i, j int) bool {
		if (es[i].party < 0) != (es[j].party < 0) {
			return es[j].party < 0
		}
		return es[i].party < es[j].party
	})
}

// addMiddleInitial adds the leader's name of two capitalised words with
// any middle initial between them ("Robert M. Gates" for Robert Gates),
// as the news writes officials' names: the initial is the word m.initial,
// which appendMatch reads for a capital letter and a full stop that no
// alias spells.
func (m *Matcher) addMiddleInitial(pi int32, name string, terms []dayRange, offices []string) {
	toks, norm, _ := tokenize(name, nil, nil)
	if len(toks) != 2 || !toks[0].upper || !toks[1].upper || toks[1].brk || strings.ContainsAny(name, ".-'") {
		return
	}
	e := entry{party: pi, kind: kindLeader, role: RoleOfficial, terms: terms, alias: name, offices: offices,
		cases: []uint8{caseTitle, caseTitle, caseTitle}}
	m.paths = append(m.paths, wildPath{[]int32{m.wordID(string(norm[toks[0].ns:toks[0].ne])), m.initial, m.wordID(string(norm[toks[1].ns:toks[1].ne]))}, e})
}

// addPath adds e at the trie node that the words ids lead to, unless an
// entry of its party, alias and terms is there already.
func (m *Matcher) addPath(ids []int32, e entry) {
	n := int32(0)
	for _, w := range ids {
		n = m.link(n, w)
	}
	for _, old := range m.nodes[n].entries {
		if old.party == e.party && old.alias == e.alias && slices.Equal(old.terms, e.terms) {
			return
		}
	}
	m.nodes[n].entries = append(m.nodes[n].entries, e)
}

// wildChild returns the trie node that token j, a capitalised word that
// no alias spells after node n, leads to as the word that stands for a
// middle initial or for a name joined by a hyphen ("Donald H. Rumsfeld",
// "the Bush-Cheney administration"), 0 when it is neither or leads
// nowhere.
func (s *scan) wildChild(n int32, j int) int32 {
	if s.middleInitial(j) {
		return s.m.child(n, s.m.initial)
	}
	if s.joinedName(j) {
		return s.m.child(n, s.m.joined)
	}
	return 0
}

// middleInitial reports whether token j is a capital letter and a full
// stop, a middle initial (addMiddleInitial).
func (s *scan) middleInitial(j int) bool {
	t := &s.toks[j]
	return t.be-t.bs == 2 && t.upper && s.s[t.be-1] == '.'
}

// joinedName reports whether token j is a capitalised word joined by a
// hyphen alone to the word before it ("Bush-Cheney").
func (s *scan) joinedName(j int) bool {
	t := &s.toks[j]
	return t.upper && !t.brk && t.bs-s.toks[j-1].be == 1 && s.s[t.bs-1] == '-'
}

// dayNumber returns the number of t's calendar day (in t's location)
// counted from 1970-01-01, negative before it: the seconds since the
// epoch, shifted by the location's offset at t, in whole days (floored),
// as the time package's proleptic Gregorian calendar counts them, without
// its conversion to a year, a month and a day and back.
func dayNumber(t time.Time) int64 {
	_, off := t.Zone()
	sec := t.Unix() + int64(off)
	d := sec / 86400
	if sec%86400 < 0 {
		d--
	}
	return d
}

// Match returns the mentions in sentence, in order of position and
// non-overlapping, for an article dated date. Leaders count only when date
// falls inside one of their terms; a zero date matches no leader but a
// head the sentence titles as one ("President Barack Obama").
func (m *Matcher) Match(sentence string, date time.Time) []Mention {
	return m.AppendMatch(nil, sentence, date)
}

// reach returns the end of the longest alias path in the trie that starts
// at token i and carries entries, or i when none does.
func (s *scan) reach(i int) int {
	end, n := i, int32(0)
	for j := i; j < len(s.toks) && j-i < maxDepth; j++ {
		if j > i && s.toks[j].brk {
			break
		}
		n = s.next(n, j)
		if n == 0 {
			break
		}
		if len(s.m.nodes[n].entries) > 0 {
			end = j + 1
		}
	}
	return end
}

// noDay is the day number of a zero date: before every term.
const noDay = -1 << 62

// maxDepth bounds the alias length, in words, the matcher looks for.
const maxDepth = 16

// AppendMatch is Match appending to dst.
func (m *Matcher) AppendMatch(dst []Mention, sentence string, date time.Time) []Mention {
	return m.appendMatch(dst, sentence, date, nil)
}

// appendMatch is AppendMatchArticle.
func (m *Matcher) appendMatch(dst []Mention, sentence string, date time.Time, a *Article) []Mention {
	start := len(dst)
	var tokBuf [64]token
	var normBuf [512]byte
	toks, norm, marks := tokenize(sentence, tokBuf[:0], normBuf[:0])
	cues := m.lookUp(toks, norm)
	day := int64(noDay)
	if !date.IsZero() {
		day = dayNumber(date)
	}
	s := &scan{m: m, s: sentence, toks: toks, norm: norm, day: day, prevParty: -1, cues: cues, marks: marks, article: a}
	// The article, or one of the sentence's own when it defines an
	// acronym (acronyms.go); a local, so that the scan stays on the stack.
	art := s.acronymDefinitions(a)
	type cand struct {
		end  int
		node int32
	}
	// cands are the aliases that start at token i, cands[:nc] (one array
	// for all i, which each i writes before it reads).
	var cands [maxDepth]cand
	for i := 0; i < len(toks); {
		nc := 0
		n := int32(0)
		for j := i; j < len(toks) && j-i < maxDepth; j++ {
			if j > i && toks[j].brk {
				break
			}
			next := m.child(n, toks[j].word)
			if next == 0 && j > i && toks[j].upper {
				next = s.wildChild(n, j)
			}
			n = next
			if n == 0 {
				break
			}
			if len(m.nodes[n].entries) > 0 {
				cands[nc] = cand{end: j + 1, node: n}
				nc++
			}
		}
		advanced := false
		for k := nc - 1; k >= 0 && !advanced; k-- {
			c := cands[k]
			es := m.nodes[c.node].entries
			for x := range es {
				e := &es[x]
				if !s.ok(e, i, c.end) {
					continue
				}
				// "President Chen Shui-bian": the title is followed by a
				// longer name than the titled alias covers; match from there.
				if e.skip > 0 && s.reach(i+e.skip) > c.end {
					i += e.skip
					advanced = true
					break
				}
				if e.party >= 0 && (s.foreignBody(e, i) || art != nil && otherAcronym(art, e, s.key(i)) || e.kind == kindName && s.orInitials(e, i)) {
					continue
				}
				// "south Sudanese" in 2007: the words of a state that did
				// not exist yet name none (Party.Since); undated text
				// keeps them.
				if e.party >= 0 && s.day < m.since[e.party] && s.day != noDay {
					i = c.end
					advanced = true
					break
				}
				if e.party >= 0 {
					p := &m.parties[e.party]
					if e.kind == kindName || e.kind == kindDemonym {
						s.prevParty, s.prevEnd = e.party, c.end
					} else {
						s.prevParty = -1
					}
					first, last := toks[i+e.skip], toks[c.end-1-e.tail]
					if s.nSpans < len(s.spans) {
						s.spans[s.nSpans] = [2]int32{int32(i + e.skip), int32(c.end - e.tail)}
					}
					s.nSpans++
					role := s.role(e, i)
					dst = append(dst, Mention{
						Party: p.ID, Name: p.Name, Role: role,
						Surface: sentence[first.bs:last.be],
						Start:   int(first.cs), End: int(last.ce),
						ByteStart: int(first.bs), ByteEnd: int(last.be),
					})
					// "the Armed Forces of the Philippines (AFP)": the
					// initials in brackets name the body too.
					if k := s.bracketInitials(i+e.skip, c.end-e.tail); k > 0 && (role == RoleBody || role == RoleOrg) {
						if s.nSpans < len(s.spans) {
							s.spans[s.nSpans] = [2]int32{int32(k), int32(k + 1)}
						}
						s.nSpans++
						t := toks[k]
						dst = append(dst, Mention{Party: p.ID, Name: p.Name, Role: role, Surface: sentence[t.bs:t.be],
							Start: int(t.cs), End: int(t.ce), ByteStart: int(t.bs), ByteEnd: int(t.be)})
						c.end = k + 1
					}
				}
				i = c.end
				advanced = true
				break
			}
		}
		if !advanced {
			i++
		}
	}
	// An undated sentence is an article of its own for the people it
	// titles: "take Trump to Israel before President Donald Trump returns"
	// names him twice.
	if a == nil && s.day == noDay && len(dst) > start {
		a = &Article{}
	}
	dst = s.officials(dst, start, a, sentence)
	if s.article != nil {
		s.article.note(dst[start:])
	}
	return dst
}

// scan is the per-call state of one Match.
type scan struct {
	m      *Matcher
	s      string
	toks   []token
	norm   []byte
	day    int64
	cues   uint32 // the cue groups of the sentence's words, joined (cued)
	marks  uint8  // the sentence's marks (tokenize, marked)
	capsOK int8   // 0 unknown, 1 the sentence has lower-case letters, 2 it has none
	// titleOK is 0 unknown, 1 the sentence is not in title case, 2 it is.
	titleOK int8
	// placeUntil is the end (token index) of the last seat found to be
	// used as a place, 0 when none.
	placeUntil int
	// prevParty is the party of the last mention when it was a name or a
	// demonym (-1 otherwise), and prevEnd its end (token index).
	prevParty int32
	prevEnd   int
	// spans are the token ranges of the first mentions found, nSpans
	// the number of mentions found.
	spans  [16][2]int32
	nSpans int
	// headOffice says whether the last office phrase officeWords read
	// was a head of government's ("Prime Minister", not "Deputy Prime
	// Minister").
	headOffice bool
	// lost is the first term of the leader whom the sentence has named
	// under a title it calls lost (lostTitle), nil when none.
	lost *dayRange
	// article is the article the sentence belongs to, nil when it is
	// matched alone (AppendMatchArticle).
	article *Article
}

// foreignBody reports whether the body e at token i directly follows a name
// or demonym of another party, with or without a possessive ("the
// Philippines Department of Energy", "South Africa's Department of
// Energy", "the Philippine Department of Energy"): the body is that
// country's own, which the name already stands for, not the party whose
// body of that name the registry lists.
func (s *scan) foreignBody(e *entry, i int) bool {
	if e.kind != kindBody || s.prevParty < 0 || s.prevParty == e.party || s.toks[i].brk {
		return false
	}
	if s.prevEnd == i {
		return true
	}
	return s.prevEnd == i-1 && !s.toks[i-1].brk && s.key(i-1) == "s"
}

// titleBody reports whether the body e at tokens [i, end) is an office's
// title ("Director of National Intelligence") that names its holder, not
// a body: right after a name or demonym of its own party ("the Freedonian
// Director of National Intelligence"; seed 172), or right before the name
// of one of the party's officials in office ("Director of National
// Intelligence Tom Hale"), who stands for the party already.
func (s *scan) titleBody(e *entry, i, end int) bool {
	if end-i < 2 || !s.in(i, officeHeads) {
		return false
	}
	if s.prevParty == e.party && s.prevEnd == i && !s.toks[i].brk {
		return true
	}
	return end < len(s.toks) && !s.toks[end].brk && s.toks[end].upper && s.officialAt(end, e.party)
}

// officialAt reports whether the name of a leader or an official of party
// p whose term holds the scan's day starts at token k.
func (s *scan) officialAt(k int, p int32) bool {
	n := int32(0)
	for j := k; j < len(s.toks) && j-k < maxDepth && (j == k || !s.toks[j].brk); j++ {
		if n = s.next(n, j); n == 0 {
			return false
		}
		for x := range s.m.nodes[n].entries {
			e := &s.m.nodes[n].entries[x]
			if e.kind != kindLeader || e.party != p || e.skip > 0 {
				continue
			}
			for _, d := range e.terms {
				if s.day >= d.from && s.day <= d.to {
					return true
				}
			}
		}
	}
	return false
}

// key returns the normalised word of token i without copying it: the
// string shares the norm buffer, which nothing writes after tokenize, and
// must not outlive the scan (word copies one to keep).
func (s *scan) key(i int) string {
	t := &s.toks[i]
	return unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(s.norm)), t.ns)), t.ne-t.ns)
}

// word returns a copy of the normalised word of token i, to keep past the
// scan.
func (s *scan) word(i int) string { return string(s.norm[s.toks[i].ns:s.toks[i].ne]) }

// gap returns the text between token k-1 and token k, trimmed.
func (s *scan) gap(k int) string {
	return strings.TrimSpace(s.s[s.toks[k-1].be:s.toks[k].bs])
}

// ok reports whether e applies to tokens [i, end).
func (s *scan) ok(e *entry, i, end int) bool {
	// Acronym words must be upper case. Capitalised words must be
	// capitalised in a one-word alias; in a longer alias at least one of them
	// must be ("el-Sisi", "Abdel Fattah el-Sisi", but not "new delhi").
	titles, titlesOK := 0, 0
	for k := i; k < end; k++ {
		t := s.toks[k]
		switch e.cases[k-i] {
		case caseTitle:
			titles++
			if t.upper {
				titlesOK++
			}
		case caseUpper:
			if !t.allUp {
				return false
			}
		}
	}
	if titles > 0 && (titlesOK == 0 || end-i == 1 && titlesOK < titles) && !(e.kind == kindName && e.role != RoleOrg && s.tagLine(i, end)) {
		return false
	}
	// A stop phrase applies when most of its capitalised words are
	// capitalised: "Make America Great Again", the slogan, or "the South
	// China sea", but not "make America great again" in a sentence.
	if e.kind == kindStop {
		return titles == 0 || titlesOK*2 > titles
	}
	if e.kind == kindPeople {
		return titlesOK == titles && s.peopleActs(i, end) && !(s.cued(partOfNameCues) && s.peopleLawAfter(end))
	}
	if e.kind == kindLeader && !s.leaderOK(e, i, end) {
		return false
	}
	// "Mrs. Bush said", "Ms Mubarak": after a woman's honorific a man's
	// surname names his wife; a woman leader's "Mrs X" is an alias of its
	// own and matches from the honorific.
	if e.kind == kindLeader && i > 0 && !s.toks[i].brk {
		if w := s.key(i - 1); w == "mrs" || w == "ms" {
			return false
		}
	}
	// "the Obama campaign", "the Iloilo provincial capitol": an election
	// campaign, or a place that bears the surname.
	if e.kind == kindLeader && s.leaderNotPerson(e, i, end) {
		return false
	}
	if s.notTheState(e, i, end) {
		return false
	}
	// "next to the proposed Veterans Affairs Department building": the
	// body's building as a place.
	if e.kind == kindBody && (s.bodyBuilding(i, end) || s.flownInto(i, end) || s.pastOfficeBody(i, end) || s.titleBody(e, i, end)) {
		return false
	}
	// "AU$40m": an organisation's initials that are a currency's; "in
	// front of UN headquarters": its building as a place; "the head of G7
	// Market Economics": a firm's unit named after the group.
	if e.kind == kindName && e.role == RoleOrg && (s.marked(markMoney) && s.dollarAfter(end) || s.headquartersVenue(i, end) || s.groupUnit(i, end)) {
		return false
	}
	// 'a club called "The Friends of Iran"': a title that a
	// verb of naming puts in quotes; "HealthCare Providers New Zealand": a
	// demonym or a seat written as the name is inside another name where
	// the name is (names.go).
	if e.kind != kindLeader && (s.cued(namingCues) || s.cued(writingCues)) && s.calledName(i, end, e.role != RoleOrg) || (e.kind == kindName && e.role != RoleOrg || e.asName) && s.inOtherName(i, end) {
		return false
	}
	// 'the "Walk For Peru" relay': a quoted name of an event (names.go).
	if e.kind != kindLeader && s.cued(quotedNameCues) && s.quotedEvent(i, end) {
		return false
	}
	// "Vietnam veterans", "veterans of Iraq": the war, an event.
	if e.kind == kindName && e.role != RoleOrg && s.cued(veteranCues) && s.veteransOf(i, end) {
		return false
	}
	// "Burundi.news.free.fr", "Leave.EU": part of a domain name (dottedName);
	// "Image:Iraq war protest.jpg": an image's file name; "(see Politics of
	// Peru)": an article's title; "Category:Peru", "Peru infobox": wiki furniture.
	if be := int(s.toks[end-1].be); be+1 < len(s.s) && s.s[be] == '.' && s.s[be+1] >= 'a' && s.s[be+1] <= 'z' || s.dottedName(i, end) || s.cued(fileCues) && (e.kind == kindName && (s.categoryTag(i) || s.infoboxLabel(end)) || s.fileName(i, end) || s.seeReference(i, end)) {
		return false
	}
	// "a Garda with a broken nose", "three Gardaí were hurt": officers of a
	// force, counted, are people, not the force.
	if e.kind == kindBody && s.memberOf(i, end) {
		return false
	}
	// "the embassy in New Delhi will": a shorter seat inside one already
	// found a place ("Delhi") is that place.
	if s.notActing(e, i, end) {
		return false
	}
	// "the US Senate", "a US district court", "a US-based firm": legislatures
	// and courts are not labelled (country guideline 9), nor is where a
	// person or firm comes from. An organisation's parliament, assembly and
	// representatives are its organs and officials ("the EU parliament",
	// "the EU Representative in Djibouti"; guideline 8).
	if (e.kind == kindName || e.kind == kindDemonym || e.kind == kindSeat) && end < len(s.toks) && !s.toks[end].brk &&
		(s.in(end, notStateAfter) && !(e.role == RoleOrg && s.in(end, orgOrgans)) && !s.portfolioAt(end) || s.cued(candidacyCues) && s.candidacy(i, end) || s.cued(courtCues) && s.courtAfter(end)) {
		return false
	}
	if s.notStateHolder(e, end) {
		return false
	}
	if s.cued(partOfNameCues) && s.partOfName(e, i, end) {
		return false
	}
	if s.pastState(e, i, end) {
		return false
	}
	// "WASHINGTON (AP) --", "BEIJING, March 3", "WASHINGTON – Voters":
	// a dateline names where the story was filed.
	if e.kind == kindSeat && i == 0 && end < len(s.toks) && s.toks[0].allUp && !s.allCaps() &&
		(s.toks[end].brk || spacedDash(s.s[s.toks[end-1].be:s.toks[end].bs])) {
		return false
	}
	if r := e.rule; r != nil && !s.ruleOK(r, e, i, end) {
		return false
	}
	return true
}

// postedFor reports whether the name at token i follows an envoy's,
// representative's or coordinator's "for", alone or as the second of
// two names joined by "and" ("a UN Special Representative for Somalia",
// "the special envoy for Sudan and Chad"; seed 154): a posting for the
// party, someone else's official, as "Bush's Iraq envoy" is
// (notOwnOffice).
func (s *scan) postedFor(i int) bool {
	k := i - 1
	if s.key(k) == "the" && !s.toks[i].brk {
		k--
	}
	if k > 1 && s.key(k) == "and" && !s.toks[k+1].brk {
		j := k - 1
		for j > 0 && k-j <= 4 && s.toks[j].upper && !s.toks[j].brk {
			j--
		}
		k = j
	}
	if k < 1 || s.toks[k+1].brk || s.toks[k].brk || s.key(k) != "for" {
		return false
	}
	switch s.key(k - 1) {
	case "envoy", "envoys", "representative", "representatives", "coordinator", "ordinator":
		return true
	}
	return false
}

// notTheState reports whether the country's name, demonym, seat or body e
// at tokens [i, end) names something other than the state: a firm, a
// product, a market or a private person of the country (privateUse and
// the like), a region of it, its language, a nationality in brackets, a
// currency's label, another owner's sites or holdings there, another
// body's initials after it or one of its states, an American state's own
// department of a federal department's name, a firm that shares a body's
// name, an organisation's body named "of" another (otherOwner), the
// traders of an organisation's market, or a posting for the party.
func (s *scan) notTheState(e *entry, i, end int) bool {
	// "the special envoy for Sudan": a posting for the party (postedFor).
	if e.kind == kindName && e.role != RoleOrg && i > 1 && s.postedFor(i) {
		return true
	}
	if (e.kind == kindName && e.role != RoleOrg || e.kind == kindDemonym || e.kind == kindSeat) && (s.privateUse(end) && !s.buildingStaff(e, end) && !s.rankedCity(e, i, end) || s.regionOf(e, i, end) || e.kind == kindDemonym && s.language(i, end)) {
		return true
	}
	// "the one-China policy": a doctrine's name, not the state.
	if s.cued(doctrineCues) && e.kind == kindName && e.role != RoleOrg && i > 0 && s.oneCountry(i, end) {
		return true
	}
	if (e.kind == kindName && e.role != RoleOrg || e.kind == kindDemonym) && (s.nationalityBracket(i, end) ||
		end+2 < len(s.toks) && s.s[s.toks[end-1].be] == '-' && s.jointProduct(end)) {
		return true
	}
	// "the Kenya n community": a demonym split by a stray space, read as
	// the demonym (a lower-case word of one to three letters after the
	// name first, which most names fail at once).
	if e.kind == kindName && e.role != RoleOrg && end+1 < len(s.toks) && !s.toks[end].upper && s.toks[end].ne-s.toks[end].ns <= 3 && s.splitDemonym(e, i, end) {
		return true
	}
	if e.kind == kindBody && i > 0 && !s.toks[i].brk && s.toks[i-1].upper && s.in(i-1, subnationalStates) && !s.allCaps() {
		// "the Ohio State Department of Education", "the Pennsylvania
		// Department of Agriculture": a state's own department.
		return true
	}
	if e.kind == kindDemonym && s.surnameDemonym(i, end) {
		return true
	}
	// "at the Chile Escondida Mine": a site's capitalised name after the
	// country's, as after its possessive (facilityNamed; seed 183); not
	// a town's country before it ("Pichilemu, Chile Water Works").
	if s.cued(facilityCues) && e.kind == kindName && e.role != RoleOrg && end+1 < len(s.toks) && s.toks[end].upper && !s.toks[end].brk && i > 0 && !s.toks[i].brk && !s.toks[i-1].upper && s.facilityNamed(end) {
		return true
	}
	if e.kind == kindBody {
		return s.baseName(i, end) || s.parentFirm(i) || end < len(s.toks) && s.key(end) == "of" && s.otherOwner(e, end)
	}
	if e.kind != kindName {
		return false
	}
	if e.role == RoleOrg {
		// "EU importers": firms in its market (seeds 120-121).
		return end < len(s.toks) && !s.toks[end].brk && s.in(end, orgTraders)
	}
	if s.cued(namedThingCues) && (s.productOrigin(end) || s.ownersBranch(i, end) || s.firmArmOf(end) || s.givenName(i, end) || s.traditionAfter(end) ||
		s.quotedTitle(i, end) || s.transitLine(end) || s.armsProduct(i, end) || s.mediumName(end) || s.royalPerson(end)) || s.ownersWorkForce(i, end) {
		return true
	}
	return s.possessedPrivate(end) || s.society(i) || s.courtCase(i, end) || s.otherUnitedStates(i, end) || s.marked(markDigit) && (s.amountBefore(i, end) || s.roadNumber(end)) ||
		s.marked(markMoney) && (s.dollarAfter(end) || s.dollarsBefore(end)) || s.heldThere(end) || s.pastHeadStyle(e, i) ||
		s.matchOpponent(i) || s.cued(teamCues) && s.teamList(i) || end < len(s.toks) && s.in(end, listJoins) && s.listedPrivate(end) ||
		end < len(s.toks) && !s.toks[end].brk && (s.toks[end].allUp && s.initialsAfter(end) || s.key(end) == "state" && (s.subnationalState(i, end) || s.stateMedium(end)))
}

// otherUnitedStates reports whether "United States" at tokens [i, end)
// opens the name of another union, "of" and a capitalised place that is
// not America ("a United States of Europe", "the United States of
// Central Africa"), not the US.
func (s *scan) otherUnitedStates(i, end int) bool {
	return end-i == 2 && end+1 < len(s.toks) && s.key(end) == "of" && s.key(i) == "united" && !s.toks[end].brk && !s.toks[end+1].brk &&
		s.toks[end+1].upper && s.key(end+1) != "america" && !s.allCaps() && !s.titleCased()
}

// courtCase reports whether the country's name at tokens [i, end) is a
// party to a court case: before a lower-case "v" and a capitalised name
// ("United States v. Nixon"), or after a capitalised name and "v" ("Al
// Odah v. United States"; seed 134), as a leader's surname is
// (caseParty). "Vs" and "versus" are left to matches ("Brazil vs.
// Argentina"), where the names are teams, which count.
func (s *scan) courtCase(i, end int) bool {
	if end+1 < len(s.toks) && !s.toks[end].brk && !s.toks[end+1].brk && !s.toks[end].upper && s.toks[end+1].upper && s.key(end) == "v" {
		return true
	}
	return i >= 2 && !s.toks[i].brk && !s.toks[i-1].brk && !s.toks[i-1].upper && s.toks[i-2].upper && s.key(i-1) == "v"
}

// jointProduct reports whether the country's word ending at token end is
// joined by a hyphen to another place's capitalised name before a model's
// designation, letters and digits ("US101", "F-16"), and a craft's or a
// weapon's noun: the product's makers ("the US-Europe US101 helicopter";
// seed 137), not the state; a lone country's word keeps its forces' craft
// ("two US F-15 jets").
func (s *scan) jointProduct(end int) bool {
	if end+2 >= len(s.toks) || s.toks[end].brk || !s.toks[end].upper || s.s[s.toks[end-1].be] != '-' {
		return false
	}
	k := end + 1
	// The designation: one word of capitals and digits, or capitals, a
	// hyphen and a number.
	w := s.key(k)
	switch {
	case s.toks[k].brk || !s.toks[k].upper:
		return false
	case strings.ContainsAny(w, "0123456789"):
		k++
	case k+1 < len(s.toks) && s.s[s.toks[k].be] == '-' && s.s[s.toks[k+1].bs] >= '0' && s.s[s.toks[k+1].bs] <= '9':
		k += 2
	default:
		return false
	}
	if k >= len(s.toks) || s.toks[k].brk {
		return false
	}
	if s.in(k, aircraftWords) || s.in(k, tradedArms) {
		return true
	}
	switch s.key(k) {
	case "airliner", "airliners", "rifle", "rifles", "car", "cars", "truck", "trucks", "engine", "engines", "vehicle", "vehicles":
		return true
	}
	return false
}

// splitDemonym reports whether the one-word country's name e at tokens
// [i, end) and the lone lower-case "an", "n", "ian" or "ese" after it
// spell a demonym of the same party, split by a stray space ("the Kenya
// n community", "a Sudan ese-born tycoon"; seed 130), and the demonym so
// read is not the state by the rules of a demonym (ok): private people or
// things, a party or a legislature, or a head that does not make it the
// state acting ("the Kenya n government" is). "an" before a vowel or an
// "h" is the article ("gave Mali an award").
func (s *scan) splitDemonym(e *entry, i, end int) bool {
	if end-i != 1 || s.toks[end].brk || s.toks[end+1].brk {
		return false
	}
	w := s.key(end)
	switch w {
	case "an":
		if strings.IndexByte("aeiouh", s.key(end + 1)[0]) >= 0 {
			return false
		}
	case "n", "ian", "ese":
	default:
		return false
	}
	var buf [40]byte
	name := s.key(i)
	if len(name)+len(w) > len(buf) {
		return false
	}
	id := s.m.vocab[string(append(append(buf[:0], name...), w...))]
	n := int32(0)
	if id != 0 {
		n = s.m.child(0, id)
	}
	if n == 0 {
		return false
	}
	for x := range s.m.nodes[n].entries {
		d := &s.m.nodes[n].entries[x]
		if d.kind == kindDemonym && d.party == e.party {
			end++
			return s.notTheState(d, i, end) || s.notActing(d, i, end) || s.notStateHolder(d, end) ||
				end < len(s.toks) && (s.in(end, notStateAfter) && !s.portfolioAt(end) || s.candidacy(i, end) || s.courtAfter(end))
		}
	}
	return false
}

// namedThingCues are the words one of which productOrigin, ownersBranch,
// givenName, traditionAfter, quotedTitle, transitLine, armsProduct or
// mediumName needs to report true: the words after the name that make it
// a product, a firm's unit or staff, a tradition, a newspaper, an
// airline or a magazine, a line or a bomb, and the
// name "America" that a given name may be, and a royal's title
// (royalPerson); "work force" after a firm's "its", "their" or "our" is
// read apart (ownersWorkForce).
var namedThingCues = cueWords(`partner america line lines bomb buster magazine prince princess duke duchess`,
	productWords, firmUnits, channelWords, premisesWords, traditionWords, newspaperWords, carrierWords)

// listedPrivate reports whether "and" or "or" at token end, after a
// country's name, joins it to another country's word, another place's
// capitalised name or a lower-case word of partnerForces or worldWords
// before private people or things (privateUse): the name is theirs too
// ("rebroadcasting U.S. and foreign radio stations", "US and British
// tourists"; seed 127; "US and global market share", a market; seed
// 134), as a demonym coordinated so is (demonymActs); "U.S. and foreign
// troops" stay the state's.
func (s *scan) listedPrivate(end int) bool {
	if end+2 >= len(s.toks) || s.toks[end].brk || !s.in(end, listJoins) || s.toks[end+1].brk {
		return false
	}
	// A word of the registry's list or of a trade within four words
	// first, which most lists lack: the rest of privateUse is rare there.
	found := false
	for j := end + 2; j < end+6 && j < len(s.toks) && !s.toks[j].brk && !found; j++ {
		found = s.in(j, s.m.notBefore) || s.in(j, industryWords)
	}
	if !found {
		return false
	}
	k := end + 1
	switch {
	case s.toks[k].upper && s.isDemonym(k):
		k++
	case s.toks[k].upper:
		if j := s.countryNameEnd(k); j > k {
			k = j
			break
		}
		// "U.S. and Puerto Rico stores": a place's name of up to three
		// words that starts no alias, without digits, right before a
		// lower-case word of the list (seed 137); not "UK and European
		// Union monopoly laws" or a product's name ("China and Rokr E2
		// music phones").
		if s.reach(k) > k {
			return false
		}
		j := k
		for j < k+3 && j < len(s.toks) && !s.toks[j].brk && s.toks[j].upper && !strings.ContainsAny(s.key(j), "0123456789") {
			j++
		}
		if j == k || j >= len(s.toks) || s.toks[j].brk || s.toks[j].upper || !s.in(j, s.m.notBefore) {
			return false
		}
		k = j
	case s.in(k, partnerForces) || s.in(k, worldWords):
		k++
	default:
		return false
	}
	return k < len(s.toks) && !s.toks[k].brk && (s.in(k, s.m.notBefore) || s.in(k, industryWords)) && s.privateUse(k)
}

// initialsAfter reports whether the capitalised initials at token end,
// right after a country's name, start no alias of the registry: another
// body's or a private one's ("the U.S. MPAA", "US NBC", "a US IPO", "US
// WWI veterans"; seeds 120-121), where the state's own agencies are the
// registry's ("the U.S. FDA"); the economy's figures and the weapons
// ("U.S. GDP", "the Iraq WMD inquiry") stay the state's.
func (s *scan) initialsAfter(end int) bool {
	if s.toks[end].ne-s.toks[end].ns < 3 {
		return false
	}
	if w := s.key(end); w[0] >= '0' && w[0] <= '9' || s.in(end, stateInitials) {
		return false
	}
	// Words in capitals, not initials: a name written so ("RETRACTED
	// RUSSIA STORY"), capitals after the initials ("the U.S. SEE ALSO"),
	// or a line's break between ("Attacks on Israel\nWHAT TRUMP SAID").
	p := s.toks[end-1]
	if p.allUp && p.ne-p.ns > 3 || s.s[p.be:s.toks[end].bs] != " " || end+1 < len(s.toks) && s.toks[end+1].allUp && !s.toks[end+1].brk {
		return false
	}
	// "US THAAD-class": a hyphen joins the initials to more of a name.
	be := int(s.toks[end].be)
	return (be >= len(s.s) || s.s[be] != '-') && s.reach(end) == end && !s.allCaps()
}

// stateInitials are initials of a state's own matters after its name: its
// economy's figures ("U.S. GDP"), its weapons ("Iraq WMD"), and the
// initials of American and British bodies and commands that the registry
// does not list ("the US DOD", "the UK FCO") and of other states' forces
// that it lists by their full names only (Portugal's GNR; seed 129), so
// that the country's name or demonym before them stays a mention.
var stateInitials = wordSet(`gdp gnp gni cpi ppi pmi wmd wmds
	dod dos doe dot dol hud hhs nih atf nsc omb ins ice uscis noaa nrc occ bea usgs nhtsa usps nlrb eeoc
	socom norad africom eucom pacom southcom northcom
	fco nhs cps sfo fsa dwp mpc dcms defra hmt dfes beis
	gnr`)

// subnationalState reports whether "state" at token end, after the
// country's name at tokens [i, end) that an article, a quantifier or an
// ordinal opens, is one of its states, a place ("the first U.S. state to
// ban it", "a US state"; seeds 120-121): "state", in lower case, ends the
// phrase, or "to", "that", "which" or "where" follows ("US state media"
// stays the state's). The state named after "of" ("the US state of
// California") stays a mention, as the train labels count it.
func (s *scan) subnationalState(i, end int) bool {
	if s.toks[end].upper {
		return false
	}
	// "the first U.S. state", "a US state"; not the verb ("leaders of
	// Iraq state that").
	if i == 0 || s.toks[i].brk || !s.in(i-1, stateDeterminers) {
		return false
	}
	k := end + 1
	if k >= len(s.toks) || s.toks[k].brk {
		return true
	}
	switch s.key(k) {
	case "to", "that", "which", "where":
		return true
	}
	return false
}

// stateDeterminers before a country's name and "state" make it a noun, one
// of the country's states.
var stateDeterminers = wordSet(`the a an every each any another only first second third fourth fifth last one
	no single`)

// orgTraders, after an organisation's name, are firms that trade in its
// market ("EU importers and Chinese producers"; seeds 120-121), not the
// organisation.
var orgTraders = wordSet(`importers importer exporters exporter producers manufacturers makers firms companies
	businesses retailers traders suppliers carmakers automakers`)

// parentFirm reports whether the body at token i follows "subsidiary of"
// or "subsidiaries of", with "the" or not: a firm that shares the body's
// name owns the subsidiary ("GardaWorld, a subsidiary of Garda"; seed
// 121), as no state body has subsidiaries in the news.
func (s *scan) parentFirm(i int) bool {
	if i < 2 || s.toks[i].brk {
		return false
	}
	k := i - 1
	if s.key(k) == "the" {
		i, k = k, k-1
	}
	if k < 1 || s.toks[i].brk || s.toks[k].brk || s.key(k) != "of" {
		return false
	}
	w := s.key(k - 1)
	return w == "subsidiary" || w == "subsidiaries"
}

// baseName reports whether the body at tokens [i, end), an air force's
// initials, is part of a base's name: a capitalised place inside the
// sentence before it and "base" after it ("the Darwin RAAF base"), or a
// capitalised "Base" and a capitalised place after it ("RAAF Base
// Amberley"). "The RAAF base at Tindal" stays the force's.
func (s *scan) baseName(i, end int) bool {
	if end >= len(s.toks) || s.toks[end].brk || s.key(end) != "base" || s.allCaps() || s.titleCased() {
		return false
	}
	if s.toks[end].upper && end+1 < len(s.toks) && !s.toks[end+1].brk && s.toks[end+1].upper {
		return true
	}
	return i > 1 && !s.toks[i].brk && s.toks[i-1].upper && !s.toks[i-1].allUp && !s.in(i-1, openingWords) && s.reach(i-1) == i-1
}

// pastHeadStyle reports whether the country's name at token i follows
// "of" and the name of one of its heads of state or government out of
// office on the scan's day: the style of a former monarch ("Gyanendra of
// Nepal" after 28 May 2008), not the state. In office, the head is matched
// and the name stays.
func (s *scan) pastHeadStyle(e *entry, i int) bool {
	if s.day == noDay || i < 2 || s.toks[i].brk || s.toks[i-1].brk || s.key(i-1) != "of" {
		return false
	}
	for st := i - 2; st >= 0 && st >= i-4; st-- {
		n := int32(0)
		for k := st; k < i-1; k++ {
			if k > st && s.toks[k].brk {
				return false
			}
			if n = s.next(n, k); n == 0 {
				break
			}
		}
		if n == 0 {
			continue
		}
		for _, l := range s.m.nodes[n].entries {
			if l.kind == kindLeader && l.party == e.party && hasHeadTerm(l.terms) && !inTerms(l.terms, s.day) {
				return true
			}
		}
	}
	return false
}

// inTerms reports whether day falls inside one of terms.
func inTerms(terms []dayRange, day int64) bool {
	for _, d := range terms {
		if day >= d.from && day <= d.to {
			return true
		}
	}
	return false
}

// nationalSides after a country's name and a lower-case "national" make
// it a sports team ("the Iran national team").
var nationalSides = wordSet(`team teams side squad eleven football soccer cricket rugby hockey basketball volleyball
	handball`)

// surnameDemonym reports whether the one-word demonym at token i is a
// surname: a capitalised word that starts no alias stands right before it,
// not the text's first word nor a word that opens a phrase, and its
// phrase ends after it ("the candidate, Lindsey German."; "Mr German").
func (s *scan) surnameDemonym(i, end int) bool {
	if end-i != 1 || i < 2 || s.toks[i].brk || !s.toks[i-1].upper || s.toks[i-1].allUp || end < len(s.toks) && !s.toks[end].brk {
		return false
	}
	if s.in(i-1, openingWords) || s.gap(i) != "" || s.reach(i-1) > i-1 || s.allCaps() || s.titleCased() {
		return false
	}
	return true
}

// transitLine reports whether the country's name at token end names a
// railway or metro line: a capitalised "Line" or "Lines" follows ("the
// Canada Line"), or "and", a capitalised word that starts no alias and
// "lines" ("the Canada and Evergreen lines"; "the US line on Iran"
// stays).
func (s *scan) transitLine(end int) bool {
	if end >= len(s.toks) || s.toks[end].brk {
		return false
	}
	switch s.key(end) {
	case "line", "lines":
		return s.toks[end].upper && !s.allCaps() && !s.titleCased()
	case "and":
		return end+2 < len(s.toks) && !s.toks[end+1].brk && !s.toks[end+2].brk && s.toks[end+1].upper &&
			(s.key(end+2) == "lines" || s.key(end+2) == "line") && s.reach(end+1) == end+1 && !s.allCaps() && !s.titleCased()
	}
	return false
}

// armsProduct reports whether the country's name at tokens [i, end),
// after "a" or "an" (indefinite), comes before a kind of bomb ("a
// new-generation U.S. smart bomb", "a US bunker buster"): one weapon of
// its make, a product ("US bombs in 2001" stay the state's).
func (s *scan) armsProduct(i, end int) bool {
	if end+1 >= len(s.toks) || s.toks[end].brk || s.toks[end+1].brk || !s.in(end, bombKinds) {
		return false
	}
	w := s.key(end + 1)
	return (w == "bomb" || w == "buster" && s.key(end) == "bunker") && s.indefinite(i)
}

// teamCues are the words one of which teamList needs to report true.
var teamCues = cueWords(`teams squads`)

// teamList reports whether the country's name at token i stands in a list
// that "teams" or "squads" and a colon or a spaced dash open, up to forty
// words of capitalised names, "the" and "and" joined by spaces and commas
// ("eight squads: Ghana, Japan, the United States and Chile"; seed 146):
// national teams, not the states.
func (s *scan) teamList(i int) bool {
	for k := i; k > 0 && i-k < 40; k-- {
		g := s.s[s.toks[k-1].be:s.toks[k].bs]
		if t := strings.TrimSpace(g); t == ":" || spacedDash(g) {
			w := s.key(k - 1)
			return w == "teams" || w == "squads"
		} else if t != "" && t != "," {
			return false
		}
		if !s.toks[k-1].upper {
			if w := s.key(k - 1); w != "the" && w != "and" {
				return false
			}
		}
	}
	return false
}

// matchOpponent reports whether the country's name at token i, past
// "the", is a national team's opponent in a match report: it follows
// "against", "beat", "defeated" and the like, "to" after "lost", "with"
// after "drew", "over" after "victory" or "between" (or "and" after it)
// after a game's word (matchBetween), in a sentence with a word of
// matchWords or, but after "against" (a vote's "12-3 against"), a score
// ("a loss against Cyprus in Euro qualifying", "a 1-0 victory over
// Bahrain").
func (s *scan) matchOpponent(i int) bool {
	k := i - 1
	if k > 0 && !s.toks[i].brk && s.key(k) == "the" {
		k--
	}
	if k < 0 || s.toks[k+1].brk {
		return false
	}
	against := false
	switch w := s.key(k); w {
	case "against":
		against = true
	case "beat", "beats", "beating", "defeated", "defeating":
	case "champions":
		// "European champions Greece": the title holder, a team.
	case "between", "and":
		// "the match between Ghana and Brazil": both teams (seed 141).
		if !s.matchBetween(k) {
			return false
		}
	case "to", "with", "over":
		if k == 0 || s.toks[k].brk {
			return false
		}
		switch p := s.key(k - 1); {
		case w == "to" && (p == "lost" || p == "losing" || p == "loss" || p == "defeat"):
		case w == "with" && (p == "drew" || p == "draw" || p == "drawn" || p == "tie" || p == "tied"):
		case w == "over" && (p == "victory" || p == "win" || p == "wins" || p == "triumph"):
		default:
			return false
		}
	default:
		return false
	}
	for j := range s.toks {
		if s.in(j, matchWords) || !against && j+1 < len(s.toks) && s.score(j) {
			return true
		}
	}
	return false
}

// matchBetween reports whether "between" at token k, or "and" after it
// and up to four capitalised words or "the", follows a game's word
// ("match", "game", "final", "fixture" and the like): the teams of a
// match; not "a clash between" or "talks between".
func (s *scan) matchBetween(k int) bool {
	if s.key(k) == "and" {
		j := k - 1
		for j > 0 && j >= k-4 && !s.toks[j].brk && (s.toks[j].upper || s.key(j) == "the") && s.key(j-1) != "between" {
			j--
		}
		if j < 1 || s.toks[j].brk || s.key(j-1) != "between" {
			return false
		}
		k = j - 1
	}
	if k == 0 || s.toks[k].brk {
		return false
	}
	switch s.key(k - 1) {
	case "match", "matches", "game", "games", "final", "finals", "semifinal", "semi", "fixture", "friendly", "playoff", "decider":
		return true
	}
	return false
}

// score reports whether tokens j and j+1 are a match's score: numbers of
// one to three digits joined by a hyphen or a dash ("1-1", "101 - 95").
func (s *scan) score(j int) bool {
	a, b := s.toks[j], s.toks[j+1]
	if a.ne-a.ns > 3 || b.ne-b.ns > 3 || !digits(s.key(j)) || !digits(s.key(j+1)) {
		return false
	}
	g := s.gap(j + 1)
	return g == "-" || g == "\u2013"
}

// matchWords make a sentence a match report: competitions, sports and
// their venues.
var matchWords = wordSet(`qualifying qualifier qualifiers cup tournament championship championships fixture
	football soccer rugby cricket hockey basketball handball volleyball stadium fifa uefa`)

// bombKinds before "bomb" name a weapon as a product.
var bombKinds = wordSet(`smart guided precision bunker cluster`)

// leaderNotPerson reports whether the leader's alias e at tokens [i, end)
// names something else: an election campaign after the name ("the Obama
// campaign", "the Bush camp"), or, for a bare surname, a place named so
// ("the Iloilo provincial capitol", "Iloilo City"), or a namesake whom an
// apposition gives a local post (localRole).
func (s *scan) leaderNotPerson(e *entry, i, end int) bool {
	if end < len(s.toks) && s.toks[end].brk && e.tail == 0 {
		return s.localRole(end)
	}
	if end >= len(s.toks) || s.toks[end].brk || e.tail > 0 {
		return false
	}
	return s.campaignAfter(end) || end-i == 1 && e.skip == 0 && s.in(end, placeAfterSurname) || s.leaderParty(end)
}

// campaignAfter reports whether a word of campaignWords, or "re-election"
// and one, follows at token end, unbroken: the leader's election campaign
// ("the Obama campaign", "the Bush re-election campaign"; seed 148).
func (s *scan) campaignAfter(end int) bool {
	if end >= len(s.toks) || s.toks[end].brk {
		return false
	}
	if s.key(end) == "re" && end+2 < len(s.toks) && !s.toks[end+1].brk && !s.toks[end+2].brk && s.key(end+1) == "election" {
		end += 2
	}
	return s.in(end, campaignWords)
}

// localRole reports whether an apposition after a leader's name, from
// token end, gives the person a post at a local body: a comma, "a" or
// "an", one to three lower-case words, "from", "of", "with" or "at", "the"
// or not, and up to five capitalised words that open no party's alias or
// demonym, one of them a local body's ("Tom Hill, a deputy from the
// Lenoir County Sheriff's Office"; seed 138): a namesake, not the
// official.
func (s *scan) localRole(end int) bool {
	if end+3 >= len(s.toks) || s.key(end) != "a" && s.key(end) != "an" || s.gap(end) != "," {
		return false
	}
	k := end + 1
	for n := 0; n < 3 && k < len(s.toks) && !s.toks[k].brk && !s.toks[k].upper && !s.postLink(k); n++ {
		k++
	}
	if k == end+1 || k+1 >= len(s.toks) || s.toks[k].brk || !s.postLink(k) {
		return false
	}
	k++
	if !s.toks[k].brk && s.key(k) == "the" {
		k++
	}
	local := false
	for n := 0; n < 5 && k < len(s.toks) && !s.toks[k].brk && s.toks[k].upper; n, k = n+1, k+1 {
		if s.namedAt(k) || s.isDemonym(k) {
			return false
		}
		switch s.key(k) {
		case "county", "sheriff", "sheriffs", "council", "school", "university", "college", "company", "hospital", "church", "city", "town":
			local = true
		}
	}
	return local
}

// postLink reports whether token k joins a post to the body that gives
// it in an apposition ("a deputy from the ... Office"): "from", "of",
// "with" or "at".
func (s *scan) postLink(k int) bool {
	switch s.key(k) {
	case "from", "of", "with", "at":
		return true
	}
	return false
}

// leaderParty reports whether a party's members or its name follow a
// leader's name at token end, the party they lead, not the state ("the
// Harper Conservatives", "the Howard liberals", "the Blair Labour party";
// seed 132), as after a country's possessive (partyMembers); its
// government and officials stay the state ("the Blair Labour
// government", "the Harper Conservatives' ministers").
func (s *scan) leaderParty(end int) bool {
	k := end + 1
	switch {
	case s.in(end, partyMembers) || s.key(end) == "tories":
	case s.in(end, rankWords) && k < len(s.toks) && !s.toks[k].brk && s.key(k) == "party":
		k++
	default:
		return false
	}
	return k >= len(s.toks) || s.toks[k].brk || !s.in(k, stateHeads) && !s.in(k, governmentWords)
}

// campaignWords after a leader's name make it their election campaign;
// placeAfterSurname after a bare surname make it a place.
var (
	campaignWords     = wordSet(`campaign campaigns camp`)
	placeAfterSurname = wordSet(`provincial province city`)
)

// bodyBuilding reports whether the body at tokens [i, end), before
// "building", names its building as a place: after "next to", "near",
// "outside", "opposite", "beside" or "in front of", with "the" and a
// word of buildingStates between or not ("next to the proposed Veterans
// Affairs Department building"; "the department building was evacuated"
// stays), or after a word of buildingHits or impactVerbs in its clause
// ("bombers struck the Pentagon building").
func (s *scan) bodyBuilding(i, end int) bool {
	if end >= len(s.toks) || s.toks[end].brk || s.key(end) != "building" && s.key(end) != "buildings" {
		return false
	}
	// "the attacks on the embassy and the Pentagon building": the
	// building struck, a place (seed 148).
	for k := i - 1; k >= 0 && k >= i-10 && !s.toks[k+1].brk; k-- {
		if s.in(k, buildingHits) || s.in(k, impactVerbs) {
			return true
		}
	}
	k := s.beforeArticle(i, buildingStates)
	if k < 1 {
		return false
	}
	switch s.key(k) {
	case "near", "outside", "opposite", "beside":
		return true
	case "to":
		return !s.toks[k].brk && s.key(k-1) == "next"
	}
	return s.inFrontOf(k)
}

// otherOwner reports whether the organisation's body e, ending at token
// end, comes before "of", "the" or not, and a capitalised word that opens
// no alias of the organisation: the body of the name after "of", another
// organisation's or a country's ("the General Assembly of the WiMAX
// Forum", "the Security Council of Armenia"; seed 126), not the
// organisation's own ("the General Assembly of the UN").
func (s *scan) otherOwner(e *entry, end int) bool {
	if end+1 >= len(s.toks) || s.toks[end].brk || s.key(end) != "of" || s.toks[end+1].brk || s.m.parties[e.party].Kind != KindOrganisation {
		return false
	}
	k := end + 1
	if s.key(k) == "the" && k+1 < len(s.toks) && !s.toks[k+1].brk {
		k++
	}
	if !s.toks[k].upper || s.allCaps() {
		return false
	}
	own := false
	s.aliasesAt(k, func(n int32) bool {
		for _, x := range s.m.nodes[n].entries {
			own = own || x.party == e.party
		}
		return !own
	})
	return !own
}

// beforeArticle is the index of the word before the name that starts at
// token i, past one word of skip (none when skip is nil) and "the" ("next
// to the proposed Veterans Affairs Department building"), or -1 when
// punctuation comes first.
func (s *scan) beforeArticle(i int, skip *vocabSet) int {
	k := i - 1
	if k > 0 && !s.toks[k+1].brk && s.in(k, skip) {
		k--
	}
	if k > 0 && !s.toks[k+1].brk && s.key(k) == "the" {
		k--
	}
	if k < 0 || s.toks[k+1].brk {
		return -1
	}
	return k
}

// flownInto reports whether the building of a body or a seat at tokens
// [i, end) follows "into the" after a verb of flying or crashing, its
// object between or not ("crashed into the Pentagon", "steered the
// airliner into the Pentagon"; seed 130): the building hit, a place, not
// the government. "Brought into the White House" and a possessive ("flew
// into the Pentagon's budget fight") stay the government.
func (s *scan) flownInto(i, end int) bool {
	if i < 3 || s.toks[i].brk || s.toks[i-1].brk || s.toks[i-2].brk || s.key(i-1) != "the" || s.key(i-2) != "into" {
		return false
	}
	if end < len(s.toks) && !s.toks[end].brk && s.key(end) == "s" {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-7; k-- {
		if s.in(k, impactVerbs) {
			return true
		}
		if s.toks[k].brk {
			return false
		}
	}
	return false
}

// impactVerbs fly or crash a craft into a building (flownInto).
var impactVerbs = wordSet(`flew flown fly flying flies crashed crash crashes crashing slammed slamming slams
	piloted piloting plowed ploughed plowing ploughing smashed smashing rammed ramming steered hurtled plunged`)

// inFrontOf reports whether "of" at token k closes "in front of".
func (s *scan) inFrontOf(k int) bool {
	return k >= 2 && s.key(k) == "of" && !s.toks[k].brk && !s.toks[k-1].brk && s.key(k-1) == "front" && s.key(k-2) == "in"
}

// pastOfficeBody reports whether the body at tokens [i, end) is an office
// ("UN Secretary-General") after "former", "ex-", "then-" or another word
// of pastOffice that comes before one: a past office, a person's, not the
// organisation (seed 148), as for the offices of officials.
func (s *scan) pastOfficeBody(i, end int) bool {
	if i == 0 || s.toks[i].brk || !s.in(i-1, pastOffice) || !s.in(end-1, officeHeads) {
		return false
	}
	switch s.key(i - 1) {
	case "elect", "designate", "incoming":
		return false
	}
	return true
}

// buildingHits before a body's building, in the same clause, make it
// the building attacked or entered (bodyBuilding).
var buildingHits = wordSet(`attack attacks attacked struck hit bombed bombing bombings stormed storming raided
	evacuated`)

// buildingStates stand between "the" and a body's building.
var buildingStates = wordSet(`proposed new old former planned future main`)

// givenName reports whether "America" at tokens [i, end) is a woman's
// given name: a capitalised word that starts no alias follows, and then a
// comma or "of" ("America Vera-Zavala of the forum"; "America First"
// policy stays).
func (s *scan) givenName(i, end int) bool {
	if end-i != 1 || s.key(i) != "america" || end+1 >= len(s.toks) || s.toks[end].brk || !s.toks[end].upper || s.allCaps() || s.titleCased() {
		return false
	}
	if s.in(end, timeWords) || s.reach(end) > end {
		return false
	}
	// "Vera-Zavala": the surname's hyphenated parts.
	k := end + 1
	for k < len(s.toks) && !s.toks[k].brk && s.toks[k].upper && gapHas(s.gap(k), "-\u2010\u2011") {
		k++
	}
	return k < len(s.toks) && (s.toks[k].brk && strings.HasPrefix(s.gap(k), ",") || s.key(k) == "of")
}

// traditionAfter reports whether a word of traditionKinds, perhaps with
// "and" and another word, and then a word of traditionWords follow the
// country's name at token end: its customs, not the state ("steeped in
// Brunei royal and Muslim tradition"; "US culture" alone stays, as the
// train labels have it; "U.S. tradition for sitting presidents" may be
// the state's).
func (s *scan) traditionAfter(end int) bool {
	k := end
	if k >= len(s.toks) || s.toks[k].brk || !s.in(k, traditionKinds) {
		return false
	}
	k++
	if k+1 < len(s.toks) && !s.toks[k].brk && !s.toks[k+1].brk && (s.key(k) == "and" || s.key(k) == "or") {
		k += 2
	}
	return k < len(s.toks) && !s.toks[k].brk && s.in(k, traditionWords)
}

// traditionKinds and traditionWords: "Brunei royal tradition", "the US
// retail tradition" (seeds 120-121).
var (
	traditionKinds = wordSet(`royal religious cultural islamic muslim christian buddhist hindu catholic orthodox
		folk ancient retail shopping holiday culinary sporting literary musical family`)
	traditionWords = wordSet(`tradition traditions culture heritage customs custom`)
)

// quotedTitle reports whether the country's name at tokens [i, end)
// opens a title in quotes, of up to four words, that a word of
// newspaperWords or carrierWords follows (the "'România liberă'
// newspaper", the '"Moldova" airline'; seed 177).
func (s *scan) quotedTitle(i, end int) bool {
	// The gap untrimmed: its spaces hold no quote.
	if i == 0 || !gapHas(s.s[s.toks[i-1].be:s.toks[i].bs], "\"\u201c\u2018'") {
		return false
	}
	for k := end; k < len(s.toks) && k <= end+3; k++ {
		if g := s.gap(k); g != "" {
			return gapHas(g, "\"\u201d\u2019'") && (s.in(k, newspaperWords) || s.in(k, carrierWords))
		}
	}
	return false
}

// mediumName reports whether one capitalised word that starts no alias
// and is no word of the state, and then a newspaper's or a magazine's
// noun in lower case, follow the country's name at token end: the
// medium's title ("the Chile Nuevo magazine"; seed 145), not the state;
// "the US Army newspaper" stays. A broadcaster's name, in capitals or
// two parts a hyphen joins, before "network" or "channel" is one too
// ("the US C-SPAN network"; seed 155); a station may be the state's.
func (s *scan) mediumName(end int) bool {
	if end+1 >= len(s.toks) || s.toks[end].brk || !s.toks[end].upper || s.allCaps() || s.titleCased() {
		return false
	}
	k := end + 1
	if k+1 < len(s.toks) && s.toks[k].upper && s.hyphenAt(k) {
		k++
	}
	if s.toks[k].brk || s.toks[k].upper {
		return false
	}
	if s.in(end, stateHeads) || s.in(end, governmentWords) {
		return false
	}
	if s.in(k, newspaperWords) || s.key(k) == "magazine" {
		return !s.toks[end].allUp && k == end+1 && s.next(0, end) == 0
	}
	// A broadcaster's name may start an alias's words ("C" of "C.I.A.")
	// but makes none.
	return s.in(k, channelWords) && s.key(k) != "station" && s.key(k) != "stations" && s.reach(end) <= end
}

// heldThere reports whether "holdings" follows the country's name at
// token end: assets held in the country ("the frozen assets include US
// holdings in a fund"; "China's holdings of US debt" are the state's).
func (s *scan) heldThere(end int) bool {
	return end < len(s.toks) && !s.toks[end].brk && s.key(end) == "holdings"
}

// ownersWorkForce reports whether "work force" follows the country's name
// at tokens [i, end) right after "its", "their" or "our": a firm's staff
// ("our U.S. work force"; seed 138), as "workforce" is (ownersBranch).
func (s *scan) ownersWorkForce(i, end int) bool {
	if end+1 >= len(s.toks) || i == 0 || s.toks[i].brk || s.toks[end].brk || s.toks[end+1].brk || s.key(end) != "work" || s.key(end+1) != "force" {
		return false
	}
	p := s.key(i - 1)
	return p == "its" || p == "their" || p == "our"
}

// ownersBranch reports whether the country's name at tokens [i, end) says
// where another owner's premises, staff or partner firm are: after "its",
// "their" or "our", a number or a quantity between or not, and before such
// a word ("all its U.S. facilities", "their seven UK airports", "its US
// partner Biogen", "its U.S. employees"), also past another country's
// word that "and" or "or" joins to it ("its US and Canadian production";
// seed 138).
func (s *scan) ownersBranch(i, end int) bool {
	if i == 0 || s.toks[i].brk || end >= len(s.toks) || s.toks[end].brk {
		return false
	}
	owned := s.firmOwned(i)
	p := s.key(i - 1)
	if (s.in(i-1, countWords) || digits(p)) && i >= 2 && !s.toks[i-1].brk {
		p = s.key(i - 2)
	} else if i >= 2 && !s.toks[i-1].brk && !s.toks[i-1].upper && !ownerWord(p) && !s.in(i-1, stateHeads) {
		// "their gross UK revenues": a word of amount between (seed
		// 169).
		p = s.key(i - 2)
	}
	if !ownerWord(p) && !owned {
		return false
	}
	if s.in(end, listJoins) && end+2 < len(s.toks) && !s.toks[end+1].brk && s.toks[end+1].upper {
		if s.isDemonym(end + 1) {
			end += 2
		} else if j := s.countryNameEnd(end + 1); j > end+1 {
			end = j
		}
		if end >= len(s.toks) || s.toks[end].brk {
			return false
		}
	}
	w := s.key(end)
	// "Setanta's UK sports channels": a firm's trade word may stand
	// before the unit.
	if owned && !s.toks[end].upper && end+1 < len(s.toks) && !s.toks[end+1].brk && (s.in(end+1, firmUnits) || s.in(end+1, channelWords)) {
		return true
	}
	if owned && s.in(end, channelWords) {
		return true
	}
	// "their UK life insurance unit": up to two trade words, none the
	// state's, before the firm's arm.
	if !owned && s.tradeArm(end) {
		return true
	}
	if w == "partner" {
		// "its US partner Biogen": a firm's name follows; "its US
		// partner" alone may be a state's ally.
		return end+1 < len(s.toks) && !s.toks[end+1].brk && s.toks[end+1].upper
	}
	if s.in(end, firmUnits) || s.in(end, premisesWords) {
		return true
	}
	// "their UK retail revenues": up to two trade words, none the
	// state's, before the unit (seed 169).
	for n := end; n < end+2 && n+1 < len(s.toks) && !s.toks[n+1].brk && !s.toks[n].upper && s.in(n, industryWords) && !s.in(n, stateHeads); n++ {
		if s.in(n+1, firmUnits) || s.in(n+1, premisesWords) {
			return true
		}
	}
	return false
}

// ownerWord reports whether w is a possessive determiner that may stand
// for a firm or a person owning a branch or a market in a country ("its
// UK stores", "her US business").
func ownerWord(w string) bool {
	switch w {
	case "its", "their", "our", "his", "her", "your":
		return true
	}
	return false
}

// tradeArm reports whether one or two lower-case words from token k, none
// of stateHeads, come before a firm's arm, unit, subsidiary, division or
// business (ownersBranch).
func (s *scan) tradeArm(k int) bool {
	for n := k; n < k+2 && n+1 < len(s.toks) && !s.toks[n].upper && !s.toks[n+1].brk && !s.in(n, stateHeads); n++ {
		switch s.key(n + 1) {
		case "arm", "unit", "subsidiary", "division", "business":
			return true
		}
	}
	return false
}

// firmArmOf reports whether a lower-case word of firmUnits or
// premisesWords at token k, right after a country's word, is "of" a
// capitalised name, "the" before it or not, that no party's alias or
// demonym opens: a firm's national arm ("the UK division of eBay", "the
// Spanish unit of Citibank"; seed 138), as after "CEO of" (firmOfficerOf).
func (s *scan) firmArmOf(k int) bool {
	if k+2 >= len(s.toks) || !s.in(k, firmUnits) && !s.in(k, premisesWords) || s.toks[k].brk || s.toks[k].upper ||
		s.toks[k+1].brk || s.key(k+1) != "of" {
		return false
	}
	n := k + 2
	if s.toks[n].brk {
		return false
	}
	if s.key(n) == "the" && n+1 < len(s.toks) && !s.toks[n+1].brk {
		n++
	}
	w := s.s[s.toks[n].bs:s.toks[n].be]
	return (s.toks[n].upper || strings.ContainsAny(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")) && !s.namedAt(n) && !s.isDemonym(n)
}

// channelWords are a broadcaster's channels in a country.
var channelWords = wordSet(`channel channels station stations network networks`)

// premisesWords name a firm's sites.
var premisesWords = wordSet(`facility facilities office offices plant plants factory factories store stores
	subsidiary subsidiaries airports ports terminals`)

// subnationalStates are the names of American states, or their last word,
// whose own departments bear a federal department's name ("the Wisconsin
// State Department of Revenue").
var subnationalStates = wordSet(`alabama alaska arizona arkansas california colorado connecticut delaware florida
	georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
	minnesota mississippi missouri montana nebraska nevada hampshire jersey york carolina dakota ohio oklahoma
	oregon pennsylvania island tennessee texas utah vermont virginia washington wisconsin wyoming`)

// nationalityBracket reports whether the name or demonym at tokens [i, end)
// fills a bracket right after a capitalised word that no mention covers,
// alone or before a comma: the nationality of the person or the firm
// named before it ("Ana Ruiz (Spanish, poet)", "Acme (France)"), or the
// country of a city ("Lyon (France)"); after the country's own name the
// bracket holds its initials ("the United Kingdom (UK)").
func (s *scan) nationalityBracket(i, end int) bool {
	if i == 0 || s.gap(i) != "(" || !s.toks[i-1].upper {
		return false
	}
	if n := s.nSpans; n > 0 && n <= len(s.spans) && int(s.spans[n-1][1]) == i {
		return false
	}
	rest := strings.TrimLeft(s.s[s.toks[end-1].be:], " ")
	return strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, ",")
}

// tagLine reports whether the one word at tokens [i, end) is a tag in lower
// case that opens the text before its first sentence ("greece Three bombs
// exploded"): the first word, with nothing before it, and a capitalised
// word right after it.
func (s *scan) tagLine(i, end int) bool {
	return i == 0 && end == 1 && s.toks[0].bs == 0 && !s.toks[0].upper && len(s.toks) > 1 && !s.toks[1].brk && s.toks[1].upper
}

// ruleOK reports whether the context rule r of alias e holds at tokens
// [i, end).
func (s *scan) ruleOK(r *rule, e *entry, i, end int) bool {
	if r.exact && !exactEqual(s.s[s.toks[i].bs:s.toks[end-1].be], e.alias) {
		return false
	}
	// "HELP US", "PROTECT US": an acronym after unless_prev is a
	// word only where the sentence is in capitals ("protect US
	// interests" is the country).
	if i > 0 && !s.toks[i].brk && s.hasWord(r.unlessPrevIDs, i-1) && (!s.toks[i].allUp || s.allCaps()) {
		return false
	}
	// "KMP Secretary General": a capitalised name before the alias makes it
	// that name's.
	if r.prevCap && i > 0 && !s.toks[i].brk && s.toks[i-1].upper && !s.allCaps() && !s.titleCased() && !s.in(i-1, openingWords) {
		return false
	}
	// "Athens, Georgia": a place and a comma before the alias make it the
	// place's address.
	if i > 0 && s.gap(i) == "," {
		for _, p := range r.placeBefore {
			if i >= len(p) && s.spells(i-len(p), p, true) {
				return false
			}
		}
	}
	if end < len(s.toks) && !s.toks[end].brk {
		if s.hasWord(r.unlessNextIDs, end) {
			return false
		}
		if r.nextCap && s.toks[end].upper && !s.allCaps() && s.key(end) != "s" && !(e.kind == kindName && s.officeNext(end)) {
			return false
		}
	}
	for _, p := range r.unlessNearIDs {
		if s.contains(p, i, end) {
			return false
		}
	}
	if len(r.ifNearIDs) > 0 {
		found := false
		for _, p := range r.ifNearIDs {
			if s.contains(p, i, end) {
				found = true
				break
			}
		}
		if !found && !(r.article && s.article != nil && s.article.named(s.m.parties[e.party].ID)) {
			return false
		}
	}
	return true
}

// officeNext reports whether a capitalised office or government opens at
// token k, after a country's name that may also be a given name ("Chad
// Prime Minister", "Jordan President", "Chad Government"; seed 164): the
// country's, not a first name before a surname ("Chad Smith"). Bodies
// and people whose rule bars a capitalised word after them keep it ("the
// Commonwealth Director of Public Prosecutions").
func (s *scan) officeNext(k int) bool {
	if s.in(k, lateOffices) || s.in(k, placePeople) {
		return true
	}
	j, _ := s.officePhrase(k)
	return j > k
}

// role is the role of a mention by e at token i on the scan's day: a
// leader in a head of state's or government's term is RoleLeader.
func (s *scan) role(e *entry, i int) string {
	if e.kind == kindLeader {
		if s.day == noDay {
			// Undated, a head matches with a head's title (undatedHead),
			// anyone else with their office's (undatedOfficial).
			if s.undatedHead(e, i) {
				return RoleLeader
			}
			return RoleOfficial
		}
		for _, d := range e.terms {
			if d.head && s.day >= d.from && s.day <= d.to {
				return RoleLeader
			}
		}
	}
	return e.role
}

// placeUse reports whether the seat of government at token i is used only
// as a place (country guideline 9): it follows a place word ("talks in
// Geneva", "a trip to Beijing", "the mayor of London", "visited Moscow"),
// optionally with "the" between ("at the Kremlin"), and the word before a
// preposition does not make it the government acting ("officials in New
// Delhi", "a message to Washington", "the policies of Moscow"). A seat
// after "the" is a building that stands for its government ("in the White
// House") and keeps its mentions, unless buildingUse finds it a venue.
func (s *scan) placeUse(i, end int, role string) bool {
	if s.placeUntil > 0 && i >= 2 && s.placeUntil == i-1 && !s.toks[i].brk && !s.toks[i-1].brk {
		// "talks in Moscow and Washington": a place coordinated with a place.
		if w := s.key(i - 1); w == "and" || w == "or" {
			s.placeUntil = end
			return true
		}
	}
	if s.placeBefore(i) && !s.governmentAfter(end) && !s.attitudeOf(i, end) {
		s.placeUntil = end
		return true
	}
	if role == RoleBody && s.buildingUse(i, end) {
		return true
	}
	if s.streetUse(i, end) {
		s.placeUntil = end
		return true
	}
	// "the Lebanese capital, Beirut": a capital named as a place, and so
	// is a shorter seat inside it ("Delhi" of "New Delhi"; seed 168).
	if i > 0 && s.key(i-1) == "capital" {
		s.placeUntil = end
		return true
	}
	return s.usStateAfterCity(i, end)
}

// attitudeOf reports whether the seat at tokens [i, end), after "of",
// owns a feeling or a stance of attitudeWords by its possessive ("word of
// New Delhi's displeasure", "reports of Moscow's anger"; seed 142): the
// government's, not the city's.
func (s *scan) attitudeOf(i, end int) bool {
	return end+1 < len(s.toks) && s.key(i-1) == "of" && s.key(end) == "s" && !s.toks[end].brk && !s.toks[end+1].brk &&
		s.in(end+1, attitudeWords) && gapHas(s.gap(end), "'\u2019")
}

// attitudeWords are a government's feelings and stances toward others.
var attitudeWords = wordSet(`displeasure anger concern concerns unease irritation annoyance frustration dismay
	fury outrage alarm disapproval resentment indignation suspicion suspicions misgivings reservations
	objection objections opposition`)

// usStateAfterCity reports whether the seat at tokens [i, end) is the US
// state of Washington after a city and a comma ("Seattle, Washington";
// seed 107): a capitalised word before the comma that starts no alias of
// the registry ("Beijing, Washington and Tokyo" are capitals) and is not a
// day, a month or a word that opens a clause ("On Monday, Washington
// said", "Meanwhile, Washington").
func (s *scan) usStateAfterCity(i, end int) bool {
	if end != i+1 || i < 2 || s.key(i) != "washington" || !s.toks[i-1].upper || s.gap(i) != "," {
		return false
	}
	if s.next(0, i-1) != 0 || s.in(i-1, timeWords) || s.in(i-1, openingWords) || s.in(i-1, sentenceWords) {
		return false
	}
	return true
}

// buildingUse reports whether the building at tokens [i, end) that stands
// for a government is used as a building, a venue or an office to win:
// after "the" and a word of buildingPlaceWords or a move "to" it ("spoke
// at the White House", "heading to the Kremlin"), or before a part of it,
// an event held in it or a race for it ("the White House lawn", "a White
// House dinner", "a White House bid"); never before a word of
// governmentWords ("White House aides") or after the people of placePeople
// ("officials at the White House").
func (s *scan) buildingUse(i, end int) bool {
	if s.governmentAfter(end) {
		return false
	}
	if end < len(s.toks) && !s.toks[end].brk && s.in(end, venueAfter) {
		return true
	}
	if i < 2 || s.toks[i].brk || s.toks[i-1].brk || s.key(i-1) != "the" {
		return false
	}
	// "heading to the White House", "returned to the Kremlin"; "a bid for
	// the White House" is the office as a prize; "the East Room of the
	// White House" a part of the building.
	if i >= 3 && !s.toks[i-2].brk {
		switch s.key(i - 2) {
		case "to":
			// "invited him to the White House": a pronoun may stand
			// between.
			if s.in(i-3, motionWords) || s.in(i-3, objectPronouns) && i >= 4 && !s.toks[i-3].brk && s.in(i-4, motionWords) || s.invitedGuest(i-3) {
				return true
			}
		case "for":
			if s.in(i-3, raceWords) {
				return true
			}
		case "of":
			// "gathered in front of the White House": a venue (seed 152).
			// The Oval Office named as a room "of the" building (seed
			// 151), as "its Oval Office" is (namedPart).
			if s.in(i-3, venueAfter) || s.inFrontOf(i-2) || s.key(i-3) == "office" && i >= 4 && !s.toks[i-3].brk && s.key(i-4) == "oval" {
				return true
			}
			// "to regain control of the White House": the office as an
			// election's prize, won or lost (seed 164).
			if s.key(i-3) == "control" && i >= 4 && !s.toks[i-3].brk && s.prizeWon(i-4, true, end) {
				return true
			}
		case "in":
			// "she spoke in the White House that evening": a venue; "the
			// White House's Rose Garden": a named part of it (seed 137);
			// "a summit in the Kremlin", "a dinner in the White House": an
			// event held in it, a venue (seed 168).
			if s.in(i-3, speakingWords) || s.namedPart(end) || s.heldIn(i-3) {
				return true
			}
		case "into":
			// "a plane crashed into the White House": the building hit.
			if s.flownInto(i, end) {
				return true
			}
		default:
			// "winning the White House", "lost the White House".
			if s.prizeWon(i-2, false, end) {
				return true
			}
		}
	}
	// "left the White House for a flight": the building left for a journey
	// ("left the White House in 2009" is the office).
	if s.in(i-2, leaveWords) && end+1 < len(s.toks) && !s.toks[end].brk && s.key(end) == "for" && s.in(end+1, journeyWords) {
		return true
	}
	if !s.in(i-2, buildingPlaceWords) {
		return false
	}
	// "officials at the White House" are its people; "served at the
	// White House", in its service.
	ex := s.placeExceptions(i - 2)
	return i < 3 || s.toks[i-2].brk || !s.in(i-3, ex) && !(s.key(i-2) == "at" && s.in(i-3, serviceWords))
}

// heldIn reports whether token k, before "in the" and a building that
// stands for a government, is an event held there: a meeting, talks, a
// meal or a ceremony ("a meeting in the Kremlin", "a breakfast in the
// White House"; seed 168), or another event of venueAfter.
func (s *scan) heldIn(k int) bool {
	switch s.key(k) {
	case "meeting", "meetings", "talks", "summit", "conference", "session", "briefing", "lunch", "luncheon", "breakfast":
		return true
	case "party", "race", "run", "bid", "bids", "hopeful", "hopefuls", "hopes", "ambitions":
		return false
	}
	return s.in(k, venueAfter) && !s.toks[k].upper
}

// namedPart reports whether the building's possessive at token end owns a
// part of it named in capitalised words, up to three, the last a part's
// noun ("the White House's Rose Garden", "its East Room", "the Kremlin's
// St George Hall", "the White House's Oval Office"; seed 137); "the White
// House's Middle East policy" stays the government's.
func (s *scan) namedPart(end int) bool {
	if end+1 >= len(s.toks) || s.toks[end].brk || s.key(end) != "s" || s.allCaps() {
		return false
	}
	for k := end + 1; k < end+4 && k < len(s.toks) && (k == end+1 || !s.toks[k].brk) && s.toks[k].upper; k++ {
		switch s.key(k) {
		case "garden", "gardens", "lawn", "lawns", "room", "rooms", "hall", "halls", "wing", "grounds":
			return k > end+1 || s.key(k) == "grounds"
		case "office":
			return k > end+1 && s.key(k-1) == "oval"
		}
	}
	return false
}

// headquartersVenue reports whether the organisation's name at tokens
// [i, end), before "headquarters", names its building as a place: after
// "in front of" or a word of buildingPlaceWords but "at", with or without
// "the" ("a ceremony in front of UN headquarters", "outside NATO
// headquarters", "visiting the UN headquarters"; not "UN headquarters
// said"). After "at" the train labels count it as often as not ("at the
// UN headquarters in New York").
func (s *scan) headquartersVenue(i, end int) bool {
	if end >= len(s.toks) || s.toks[end].brk || s.key(end) != "headquarters" && s.key(end) != "hq" {
		return false
	}
	k := s.beforeArticle(i, nil)
	if k < 0 {
		return false
	}
	if w := s.key(k); w == "of" {
		return s.inFrontOf(k)
	}
	return s.key(k) != "at" && s.in(k, buildingPlaceWords)
}

// speakingWords before "in the" and a building make it where one spoke.
var speakingWords = wordSet(`speaking spoke speak speaks`)

// leaveWords and journeyWords: "left the White House for a flight".
var (
	leaveWords   = wordSet(`left leaves leaving leave departed departs departing`)
	journeyWords = wordSet(`a an his her their trip visit tour flight journey`)
)

// serviceWords before "at the" and a building that houses a government
// put someone in its service ("served at the White House").
var serviceWords = wordSet(`serve serves served serving work works worked working`)

// memberOf reports whether a one-word body whose name also names one of its
// officers ("Garda", "Gardaí") is its officers counted ("a Garda", "three
// Gardaí") or one of them ("the Garda who arrested him"), not the force
// ("the Gardaí said", "Garda horses").
func (s *scan) memberOf(i, end int) bool {
	if end-i != 1 || !s.in(i, memberBodies) || i == 0 || s.toks[i].brk {
		return false
	}
	if s.counted(i) {
		return true
	}
	return s.key(i-1) == "the" && s.key(i) == "garda" && end < len(s.toks) && !s.toks[end].brk && s.in(end, personAfter)
}

// memberBodies are bodies whose one-word name also names an officer.
var memberBodies = wordSet(`garda gardai`)

// personAfter make the body before them one officer ("the Garda who").
var personAfter = wordSet(`who whom whose with himself herself`)

// streetUse reports whether a seat that is a street ("Whitehall",
// "Downing Street") is used as the street: after "along", "past" or
// "onto", after "up" or "down" behind a verb of motion ("marched down
// Whitehall"), or after "on" behind a word of a crowd or a standing, or
// with a place word after the street ("on Whitehall opposite the
// entrance"), or "in" and a place's name ("Downing Street in London"), or
// as an address, a house number and a place word before it ("at 10
// Downing Street", "outside Number 10 Downing Street"); never before a
// word of governmentWords ("pressure on Whitehall officials" is the
// government).
func (s *scan) streetUse(i, end int) bool {
	if !s.isStreet(i, end) || s.governmentAfter(end) {
		return false
	}
	if end+1 < len(s.toks) && !s.toks[end].brk && s.key(end) == "in" && !s.toks[end+1].brk && s.toks[end+1].upper && s.placeNameAt(end+1) {
		return true
	}
	if i == 0 || s.toks[i].brk {
		return false
	}
	if n := i - 1; n >= 1 && digits(s.key(n)) && (!s.toks[n].brk || s.gap(n) == "." && s.key(n-1) == "no") {
		p := n - 1
		// "at Number 10 Downing Street", "outside No. 10 Downing
		// Street": the number after its word (seed 146).
		if p >= 1 && !s.toks[p].brk && (s.key(p) == "number" || s.key(p) == "no") {
			p--
		}
		// "officials at 10 Downing Street" are its people.
		if p >= 1 && !s.toks[p].brk && s.in(p-1, s.placeExceptions(p)) {
			return false
		}
		return s.in(p, buildingPlaceWords) || s.in(p, placeWords)
	}
	// before is the word before the preposition, -1 when there is none
	// inside the clause.
	before := -1
	if i >= 2 && !s.toks[i-1].brk {
		before = i - 2
	}
	switch s.key(i - 1) {
	case "along", "past", "onto":
		return true
	case "up", "down":
		return before >= 0 && (s.in(before, motionWords) || s.in(before, streetMotion))
	case "on":
		return before >= 0 && s.in(before, streetMotion) || s.toks[i-1].brk ||
			end < len(s.toks) && !s.toks[end].brk && s.in(end, streetPlaceAfter)
	}
	return false
}

// placeNameAt reports whether the longest alias at token k is a country's
// name or a seat ("in London", "in the United Kingdom" aside).
func (s *scan) placeNameAt(k int) bool {
	found := s.longestAliasAt(k)
	if found < 0 {
		return false
	}
	for _, e := range s.m.nodes[found].entries {
		if e.party >= 0 && (e.kind == kindSeat || e.kind == kindName && e.role != RoleOrg) {
			return true
		}
	}
	return false
}

// isStreet reports whether the seat at tokens [i, end) is a street.
func (s *scan) isStreet(i, end int) bool {
	switch s.key(end - 1) {
	case "whitehall", "street", "strasse", "avenue":
		return true
	}
	return false
}

// streetMotion are moves, crowds and standings before "on", "up" or "down"
// and a street ("protesters gathered on Whitehall", "marched down
// Whitehall").
var streetMotion = wordSet(`march marched marching marches marchers moved moving walked walking walk ran
	running drove driving rode paraded parading processed gathered gathering gathers protest protests
	protested protesting protesters demonstrators demonstration demonstrations rally rallies rallied vigil
	crowd crowds crowded stood standing stand queued queue lined parked traffic shops offices building
	buildings started began held`)

// streetPlaceAfter right after a street make it a place ("on Whitehall
// opposite the entrance").
var streetPlaceAfter = wordSet(`opposite near outside beside next past towards toward between by close across`)

// motionWords before "to the" and a building make it a destination.
var motionWords = wordSet(`heading head heads headed going go goes went came come comes coming returned
	returning returns return travelled traveled travel walked drove rushed flew moved invited welcomed
	summoned back launched propelled catapulted swept carried`)

// objectPronouns stand between a verb of motion and "to the" building.
var objectPronouns = wordSet(`him her them us me`)

// prizeWon reports whether the word at token k wins or loses the office
// of the building that follows "the" after it, or, with control, after
// "control of the" ("win the White House", "lost the White House",
// "regain control of the White House"; seed 164): the office as an
// election's prize, as after a race for it (raceWords). Not before a
// possessive ("won the White House's backing").
func (s *scan) prizeWon(k int, control bool, end int) bool {
	if end < len(s.toks) && !s.toks[end].brk && s.key(end) == "s" {
		return false
	}
	switch s.key(k) {
	case "win", "wins", "won", "winning", "regain", "regains", "regained", "regaining", "retake", "retakes",
		"retook", "retaking", "recapture", "recaptured", "reclaim", "reclaimed", "lose", "loses", "lost", "losing":
		return true
	case "gain", "gains", "gained", "gaining", "take", "takes", "took", "taking", "seize", "seized", "keep",
		"kept", "retain", "retained":
		return control
	}
	return false
}

// raceWords before "for the" and a building make its office a prize ("a
// bid for the White House").
var raceWords = wordSet(`bid bids race run running campaign campaigning quest fight battle contest
	contender contenders candidate candidates`)

// buildingPlaceWords before "the" and a building make it the building
// ("spoke at the White House", "returned to the Kremlin"). "In the White
// House" is left out: in the news it is mostly the office ("his years in
// the White House").
var buildingPlaceWords = wordSet(`at near outside around visited visiting arrived arriving reached landed flew
	returned returns return returning`)

// venueAfter are parts of a building, events held in it and races for the
// office it houses ("the White House lawn", "a White House dinner", "a
// White House speech", "his White House bid").
var venueAfter = wordSet(`lawn lawns grounds fence gate gates garden gardens rose east west wing room rooms correspondent
	complex compound walls ceremony ceremonies dinner dinners screening reception party picnic tour tours
	visitors correspondents historical race run bid bids hopeful hopefuls hopes ambitions area speech speeches
	event events garage garages kitchen kitchens basement residence roof rooftop driveway`)

// leaderOK reports whether the leader's alias e at tokens [i, end) names
// the leader: the scan's day falls inside one of the terms, and the name is
// not someone else's (otherPerson), a place's or a prize's (namedAfter) or
// a party's to a court case (caseParty).
func (s *scan) leaderOK(e *entry, i, end int) bool {
	if s.otherPerson(i, end) || s.otherGovernment(e, i, end) || s.namedAfter(end) || s.caseParty(i, end) || s.succeeded(i) {
		return false
	}
	if e.skip > 0 && s.titledOther(e, i, end) {
		return false
	}
	// "the Howard Government", "the second Howard government": not "in
	// May government spending rose". A headline drops the article ("Jeb
	// Bush Attacks Obama Administration"), and so may a capitalised name
	// inside a sentence ("the conduct of Howard Government ministers"). A
	// possessive ("Xi's cabinet") needs none.
	if e.tail == 1 && (i == 0 || s.toks[i].brk || !s.in(i-1, governmentOpeners)) && !s.regimeName(i, end) && !s.bareGovernment(i, end) {
		return false
	}
	if s.day == noDay {
		return (s.undatedHead(e, i) || s.undatedOfficial(e, i)) && !s.underFormerTitle(e, i)
	}
	if s.lostTitle(i + e.skip) {
		if len(e.terms) > 0 {
			s.lost = &e.terms[0]
		}
		return false
	}
	for _, d := range e.terms {
		if s.day >= d.from && s.day <= d.to {
			// "the ousted Prime Minister Tom Hale ... as Hale said": the
			// holder the sentence has removed, named again (all of a
			// leader's aliases share one terms slice); "his dismissed Prime
			// Minister ..., as Hale is" on the term's last day: the office
			// the sentence says was lost, held by no one it names.
			if s.lost == &e.terms[0] {
				return false
			}
			return d.to != s.day || !s.lostOffice()
		}
	}
	return false
}

// otherGovernment reports whether the leader's alias e at tokens [i, end)
// is a government named by a possessive surname ("X's regime") that
// otherPerson reads as someone else's: "Saddam Hussein's regime" is not
// Somalia's prime minister's (seed 152). A demonym before the surname
// ("the Australian Howard's government") or a title-cased headline
// leaves it the leader's.
func (s *scan) otherGovernment(e *entry, i, end int) bool {
	return e.tail == 2 && i > 0 && !s.isDemonym(i-1) && !s.titleCased() && s.otherPerson(i, end-2)
}

// lostOffice reports whether the sentence calls an office lost with a
// word of lostTitleWords as an adjective and no name after its title
// ("his sacked Prime Minister before the vote"; seed 132), whose
// holder a leader's term that ends on the sentence's day is.
func (s *scan) lostOffice() bool {
	for k := 0; k+1 < len(s.toks); k++ {
		if !s.in(k, lostTitleWords) || s.toks[k+1].brk || k > 0 && !s.toks[k].brk && !s.in(k-1, lostTitleOpeners) {
			continue
		}
		j := k + 1
		for j < len(s.toks) && j-k <= 3 && (j == k+1 || !s.toks[j].brk) && (s.in(j, officeNounForms) || s.key(j) == "prime") {
			j++
		}
		if j > k+1 && (j >= len(s.toks) || s.toks[j].brk || !s.toks[j].upper) {
			return true
		}
	}
	return false
}

// succeeded reports whether the leader's name at token i follows a verb
// of succession ("she succeeds Gerhard Schröder", "who replaced Rumsfeld";
// seeds 120-121): the predecessor, whose office the sentence ends, not one in
// office now; "will succeed" and "to replace" leave them in office.
func (s *scan) succeeded(i int) bool {
	if i == 0 || s.toks[i].brk || !s.in(i-1, successionVerbs) {
		return false
	}
	if i < 2 || s.toks[i-1].brk {
		return true
	}
	switch s.key(i - 2) {
	case "will", "would", "to", "could", "may", "might", "shall", "should", "can", "cannot", "must":
		return false
	}
	return true
}

// successionVerbs before a leader's name make them the predecessor; their
// words are verbs of removal too (removalVerbs).
var successionVerbs = wordSet(successionWords)

// successionWords are the words of successionVerbs.
const successionWords = `succeeds succeeded succeeding replaces replaced replacing`

// bareGovernment reports whether a head's government at tokens [i, end)
// stands without an article after a lower-case word inside the sentence:
// "<surname> officials" ("said Obama officials hid it"), or "<surname>
// administration" after "of" ("the result of Obama administration's
// weakness"); a surname that is a month's ("in May officials said") or
// opens the sentence ("Key officials met") is not.
func (s *scan) bareGovernment(i, end int) bool {
	if i == 0 || s.toks[i].brk || s.toks[i-1].upper || s.toks[end-1].upper || s.in(i, timeWords) {
		return false
	}
	switch s.key(end - 1) {
	case "officials":
		return true
	case "administration":
		return s.key(i-1) == "of"
	}
	return false
}

// lostTitle reports whether the leader's name at token i follows a head's
// or an officer's title that the sentence says they have lost ("deposed
// president Askar Akayev", "the ousted Prime Minister Thaksin"): on a day
// inside the term, the text is of the day the term was cut short. The
// party's name or demonym, just matched, may stand between the word and
// the title ("deposed Kyrgyz president Askar Akayev"; seed 150), or
// after the title's "of" ("the exiled President of Haiti Tom Hale";
// seed 168).
func (s *scan) lostTitle(i int) bool {
	k := i
	for k > 0 && i-k < 3 && !s.toks[k].brk && (s.in(k-1, officeNounForms) || s.key(k-1) == "prime") {
		k--
	}
	if s.prevParty >= 0 && s.prevEnd == k && !s.toks[k].brk && s.nSpans > 0 && s.nSpans <= len(s.spans) {
		p := int(s.spans[s.nSpans-1][0])
		if k < i {
			k = p
		} else if p > 1 && !s.toks[p].brk && !s.toks[p-1].brk && s.key(p-1) == "of" && s.in(p-2, officeNounForms) {
			// "the ousted President of Kyrgyzstan Askar Akayev": the
			// title's "of" and the party (seed 168).
			for k = p - 1; k > 0 && p-k < 4 && !s.toks[k].brk && (s.in(k-1, officeNounForms) || s.key(k-1) == "prime"); k-- {
			}
		}
	}
	if k == i || k == 0 || s.toks[k].brk || !s.in(k-1, lostTitleWords) {
		return false
	}
	// The word as an adjective ("the deposed president"), not a verb ("the
	// army ousted Prime Minister Thaksin", in office until then); "self-"
	// before it ("the self-exiled president").
	k--
	if k > 0 && !s.toks[k].brk && s.key(k-1) == "self" {
		k--
	}
	return k == 0 || s.toks[k].brk || s.in(k-1, lostTitleOpeners) || s.gerundBefore(k-1)
}

// gerundBefore reports whether token k, before a word of lostTitleWords,
// is a verb's -ing form that takes the lost title as its object
// ("backing deposed president Tom Hale"; seed 173), which makes the word
// an adjective; "having" and "being" make it a verb, and a capitalised
// word inside the sentence is a name ("Beijing").
func (s *scan) gerundBefore(k int) bool {
	w := s.key(k)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && w != "having" && (k == 0 || !s.toks[k].upper)
}

// lostTitleWords before a title say that its holder has been removed;
// lostTitleOpeners before them make them adjectives.
var (
	lostTitleWords   = wordSet(`deposed ousted toppled overthrown dismissed sacked fired exiled`)
	lostTitleOpeners = wordSet(`the a an his her its their of for from by with to and as against`)
)

// regimeName reports whether a head's government at tokens [i, end),
// without an article, is written as a name: a capitalised "Administration"
// or "Regime" in a headline, or a capitalised government word inside a
// sentence ("Howard Government ministers"), where the surname is not a
// month's ("In May Government spending rose").
func (s *scan) regimeName(i, end int) bool {
	if !s.toks[end-1].upper || s.allCaps() {
		return false
	}
	w := s.key(end - 1)
	if s.titleCased() {
		return w == "administration" || w == "regime"
	}
	return i > 0 && !s.toks[i].brk && !s.in(i, timeWords)
}

// undatedHead reports whether the leader's alias e at token i names a
// head of state or government in undated text: the sentence gives them a
// head's title ("President Barack Obama", "Prime Minister Sharon",
// "Chancellor Angela Merkel"), which
// says that its day falls inside a term, and e is a head of one party only.
// A past or a coming office ("former President", "then-Prime Minister",
// "Vice President", "President-elect") does not count. A head's government
// ("the Trump administration", "the Howard Government") names the party in
// any of the head's terms.
func (s *scan) undatedHead(e *entry, i int) bool {
	if e.headShared || !hasHeadTerm(e.terms) {
		return false
	}
	if e.tail > 0 {
		return true
	}
	if s.presidentSaid(e, i) {
		return true
	}
	// "Pope Francis": the pope's title opens the name; not where the
	// sentence names a later pope ("Pope Francis unveiled a statue of Pope
	// Benedict XVI") or "the former pope".
	if e.skip == 0 && s.key(i) == "pope" {
		return (i == 0 || s.toks[i].brk || !s.in(i-1, pastOfficeWords)) && !s.laterPope(e, i)
	}
	// The title: the alias's own ("President Castro") or the words before.
	from, to := i, i+e.skip
	if e.skip == 0 && s.appositiveHead(i) {
		return true
	}
	if e.skip == 0 {
		from = i - 1
		if i > 1 && s.key(i-1) == "minister" && s.key(i-2) == "prime" && !s.toks[i-1].brk {
			from = i - 2
		}
		if from < 0 || s.toks[i].brk {
			return false
		}
	}
	// "Turkish president Recep Tayyip Erdoğan": a title in lower case
	// right after the party's own name or demonym.
	if !s.headTitle(from, to) && (s.prevParty != e.party || s.prevEnd != from || !s.headTitleWords(from, to)) {
		return false
	}
	return from == 0 || s.toks[from].brk || !s.in(from-1, pastOfficeWords) && !s.removedFrom(from)
}

// underFormerTitle reports whether the leader's alias e at token i, in an
// undated sentence, is titled after "under" as the head of a past
// administration (underFormer): the title that the alias opens
// ("President Clinton") or the one right before it.
func (s *scan) underFormerTitle(e *entry, i int) bool {
	k := i
	if e.skip == 0 {
		k = i - 1
		if k > 0 && s.key(k) == "minister" && s.key(k-1) == "prime" && !s.toks[k].brk {
			k--
		}
	}
	return k > 0 && s.underFormer(k)
}

// underFormer reports whether the head's title at token k, in an undated
// sentence, follows "under" and a job that "former" or "ex" opened in the
// same clause ("a former trade adviser under President Tom Hale"), or
// "served under": the head of a past administration.
func (s *scan) underFormer(k int) bool {
	if k < 3 || s.toks[k].brk || s.key(k-1) != "under" || s.toks[k-1].brk {
		return false
	}
	if s.key(k-2) == "served" {
		return true
	}
	for j := k - 2; j >= 0 && j >= k-12; j-- {
		if w := s.key(j); w == "former" || w == "ex" {
			return true
		}
		if s.toks[j].brk {
			return false
		}
	}
	return false
}

// removedFrom reports whether the title that starts at token k, in an
// undated sentence, follows "of" (and "the" or not) and a noun of its
// holder's removal ("the firing of FBI Director James Comey", "the ouster
// of President Morsi"; seeds 120-121): the office is not theirs on the
// sentence's day. A call for the removal ("demanded the firing of",
// "calls for the ouster of") leaves them in office.
func (s *scan) removedFrom(k int) bool {
	if k > 0 && !s.toks[k].brk && s.key(k-1) == "the" {
		k--
	}
	if k < 2 || s.toks[k].brk || s.toks[k-1].brk || s.key(k-1) != "of" || !s.in(k-2, removalNouns) {
		return false
	}
	j := k - 3
	if j >= 0 && !s.toks[j+1].brk && s.key(j) == "the" {
		j--
	}
	return j < 0 || s.toks[j+1].brk || s.key(j) != "for" && !s.in(j, demandWords)
}

// removalNouns name a holder's removal from office; demandWords before
// them make it a call for one.
var (
	removalNouns = wordSet(`firing dismissal ouster sacking overthrow`)
	demandWords  = wordSet(`demand demands demanded demanding urge urges urged urging seek seeks sought seeking`)
)

// laterPope reports whether the sentence names, by a name that opens with
// "Pope" elsewhere than at token i, a head of e's party whose first term
// began after e's terms ended, or calls someone "the former pope" with no
// name after it (the pope it has named).
func (s *scan) laterPope(e *entry, i int) bool {
	last := int64(noDay)
	for _, d := range e.terms {
		last = max(last, d.to)
	}
	for j := range s.toks {
		if j == i || s.key(j) != "pope" {
			continue
		}
		if j > 0 && !s.toks[j].brk && s.key(j-1) == "former" && (j+1 == len(s.toks) || s.toks[j+1].brk || !s.toks[j+1].upper) {
			return true
		}
		later := false
		s.aliasesAt(j, func(n int32) bool {
			for _, l := range s.m.nodes[n].entries {
				if l.kind == kindLeader && l.party == e.party && firstDay(l.terms) > last {
					later = true
				}
			}
			return !later
		})
		if later {
			return true
		}
	}
	return false
}

// firstDay is the first day of terms (maxDay for none).
func firstDay(terms []dayRange) int64 {
	first := maxDay
	for _, d := range terms {
		first = min(first, d.from)
	}
	return first
}

// appositiveHead reports whether a head's title after "the" and a word of
// the present ("new", "current"), or "the" alone, ends at the comma before
// token i, which sets off the head's name ("the fight against the new
// president, Abdu Rabbu Mansour Hadi"): the holder now.
func (s *scan) appositiveHead(i int) bool {
	if i < 3 || !s.toks[i].brk || s.gap(i) != "," || s.toks[i-1].brk {
		return false
	}
	from := i - 1
	if s.key(from) == "minister" && s.key(from-1) == "prime" && !s.toks[from].brk {
		from--
	}
	if !s.headTitleWords(from, i) || from < 1 || s.toks[from].brk {
		return false
	}
	k := from - 1
	if s.in(k, presentWords) && k > 0 && !s.toks[k].brk {
		k--
	}
	return s.key(k) == "the"
}

// presentWords between "the" and a head's title make it the holder now.
var presentWords = wordSet(`new current incumbent sitting`)

// undatedOfficial reports whether the leader's alias e at token i, in
// undated text, follows the title of one of their offices ("Commerce
// Secretary Wilbur Ross", "Secretary of State Rex Tillerson"), which says
// that its day falls inside their term: the words before the name, up to
// a capitalised word outside the title, are all words of their roles and
// include an office's noun (officeNouns), and no past office stands before
// them ("former Defense Secretary", "fired adviser"). "Acting" may open
// the title of any office ("Acting Attorney General Sally Yates"), which
// its holder fills for the time.
func (s *scan) undatedOfficial(e *entry, i int) bool {
	if e.skip > 0 || len(e.offices) == 0 || i == 0 || s.toks[i].brk {
		return false
	}
	k, noun := i, false
	for k > 0 && !s.toks[k].brk && i-k < 6 {
		w := officeKey(s.key(k - 1))
		if !slices.Contains(e.offices, w) && (w != "acting" || !noun) {
			break
		}
		noun = noun || officeNouns.has(w)
		k--
	}
	if !noun || k == i || s.in(k, officeJoiners) {
		return false
	}
	if k == 0 || s.toks[k].brk {
		return true
	}
	return !s.toks[k-1].upper && !s.in(k-1, pastOfficeWords) && !s.in(k-1, lostOfficeWords) && !s.removedFrom(k)
}

// officeKey spells a word of an office's title as the registry's roles
// do: "defense" is "defence", "advisor" "adviser".
func officeKey(w string) string {
	switch w {
	case "defense":
		return "defence"
	case "advisor":
		return "adviser"
	case "labor":
		return "labour"
	case "spokesman", "spokeswoman":
		return "spokesperson"
	}
	return w
}

// officeNouns are the words of an office's title that name the office
// (undatedOfficial): "Secretary of State" and "Vice President" have one,
// "State" alone none.
var officeNouns = wordSet(officeNounWords)

// officeNounForms are the words that officeKey spells as a word of
// officeNouns ("spokesman" as "spokesperson"), to test a token with a
// bit (lostTitle).
var officeNounForms = wordSet(officeNounWords + ` advisor spokesman spokeswoman`)

// officeNounWords are the words of officeNouns.
const officeNounWords = `president minister secretary general attorney ambassador director adviser
	spokesperson chief commander representative chairman chair treasurer envoy governor
	commissioner administrator taoiseach tánaiste counsel`

// lostOfficeWords, before an office's title, say that its holder has left
// it ("fired adviser Michael Flynn").
var lostOfficeWords = wordSet(`fired sacked dismissed retired disgraced onetime erstwhile deposed`)

// officeJoiners are the words of an office's title that do not begin one.
var officeJoiners = wordSet(`of the and for`)

// headTitle reports whether tokens [from, to) are a head's title,
// capitalised: "President", "Prime Minister", "Premier" or "Chancellor".
func (s *scan) headTitle(from, to int) bool {
	for k := from; k < to; k++ {
		if !s.toks[k].upper {
			return false
		}
	}
	return s.headTitleWords(from, to)
}

// headTitleWords reports whether tokens [from, to) are the words of a
// head's title, in any letter case.
func (s *scan) headTitleWords(from, to int) bool {
	switch to - from {
	case 1:
		w := s.key(from)
		return w == "president" || w == "premier" || w == "chancellor"
	case 2:
		return s.key(from) == "prime" && s.key(from+1) == "minister"
	}
	return false
}

// partOfName reports whether e at tokens [i, end) is part of another
// name (names.go): a party, a society or a school after the country or its
// capital ("the US Libertarian Party", "the Prague Security Studies
// Institute"), a publication ("the EU Observer"), a mission's name that
// ends with its host ("the United Nations Mission in Liberia"), a goods'
// origin label ("Made in Taiwan"), a legislature's or a court's ("the
// parliament of Zimbabwe"), or a law's ("the Protect America Act", "the
// Defense Department Authorization Act"), where the country's word that
// opens the title is the state's law ("the US Truth in Lending Act") and
// an organisation's its own ("the International Criminal Court Act").
func (s *scan) partOfName(e *entry, i, end int) bool {
	// A demonym joined to a word before it ("pro-Syrian") is read with
	// that word (demonymAffixed), not as the start of a name.
	if end < len(s.toks) && !s.toks[end].brk && s.toks[end].upper {
		joined := i > 0 && gapHas(s.s[s.toks[i-1].be:s.toks[i].bs], "-\u2010\u2011")
		if (e.kind == kindName && e.role != RoleOrg || e.kind == kindDemonym && !joined || e.kind == kindSeat && e.role == RoleCapital) && s.nameRunNotState(end) {
			return true
		}
		if (e.kind == kindName && e.role != RoleOrg || e.kind == kindDemonym) && s.reviewTitle(i, end) {
			return true
		}
		if e.kind == kindName && e.role != RoleOrg && i >= 2 && s.in(i-2, buildingPlaceWords) && s.academyVenue(i, end) {
			return true
		}
	}
	if e.kind == kindName && (s.publicationAfter(end) || e.role != RoleOrg && (s.missionHost(i) || s.legislatureOf(i) || s.madeIn(i)) || e.role == RoleOrg && s.courtOf(i)) {
		return true
	}
	return e.kind != kindLeader && e.kind != kindDemonym && s.lawNameAfter(end) && (e.role == RoleBody || s.insideTitle(i))
}

// peopleLawAfter reports whether a people's plural ending at token end
// opens a law's title: "with" or "for" and capitalised words that end
// with "Act" follow it ("the Americans with Disabilities Act", "the
// Canadians for Fair Access Act").
func (s *scan) peopleLawAfter(end int) bool {
	if end+1 >= len(s.toks) || s.toks[end].brk || s.toks[end].upper || !strings.HasSuffix(s.key(end-1), "s") {
		return false
	}
	if w := s.key(end); w != "with" && w != "for" {
		return false
	}
	return s.lawNameAfter(end + 1)
}

// partOfNameCues are the words one of which partOfName needs to report
// true: the words that end or follow a run of a name (nameRunNotState),
// a publication's, a mission's, a legislature's or a military place's
// word, "made" of "made in" and "act" of a law's name.
var partOfNameCues = cueWords(`made act`, nameRunWords, privateNameTails, nameKindAfterRun, publicationWords,
	militaryPlaces, missionWords, legislatureWords)

// reviewTitle reports whether the country's word at tokens [i, end) is
// inside the title of a review, a journal or the like, capitalised as a
// title is: a word of publicationWords, "of", "the" or not, and the word,
// which a capitalised word goes on with ("its Review of the Australian
// Economy"; seeds 120-121).
func (s *scan) reviewTitle(i, end int) bool {
	k := i - 1
	if k > 0 && !s.toks[k+1].brk && s.key(k) == "the" {
		k--
	}
	if k < 1 || s.toks[k+1].brk || s.toks[k].brk || s.key(k) != "of" || !s.toks[k-1].upper || !s.in(k-1, publicationWords) {
		return false
	}
	return end < len(s.toks) && !s.toks[end].brk && s.toks[end].upper && !s.opens(k-1) && !s.allCaps() && !s.titleCased()
}

// academyVenue reports whether the country's name at tokens [i, end),
// after "the" and a word of buildingPlaceWords ("at", "near", "visited"),
// opens a capitalised name of up to four words that ends with a school, a
// camp or a site of militaryPlaces ("speaking at the United States Naval
// Academy in Annapolis", "outside the US Army Hospital"): where something
// happened, a venue (seed 126), as in "spoke at the White House"; not
// after the people of placePeople or a word of service ("officials at
// the", "worked at the").
func (s *scan) academyVenue(i, end int) bool {
	if i < 2 || s.toks[i].brk || s.toks[i-1].brk || s.key(i-1) != "the" || !s.in(i-2, buildingPlaceWords) || s.allCaps() {
		return false
	}
	if i >= 3 && !s.toks[i-2].brk && (s.in(i-3, s.placeExceptions(i-2)) || s.key(i-2) == "at" && s.in(i-3, serviceWords)) {
		return false
	}
	for k := end; k < end+4 && k < len(s.toks) && !s.toks[k].brk && s.toks[k].upper; k++ {
		if s.in(k, militaryPlaces) && (k+1 >= len(s.toks) || s.toks[k+1].brk || !s.toks[k+1].upper) {
			return true
		}
	}
	return false
}

// pastState reports whether e at token i names a past office or state,
// not the state acting now: "former US ambassador", "ex-Soviet", "a
// retired American colonel", "a former senior U.S. official". A body, or
// a building that stands for the government, keeps its mention: "former
// EPA head" names the agency and "the former White House adviser" the
// White House, whose staff were others since. "The late South African
// leader" is a dead one's office.
func (s *scan) pastState(e *entry, i, end int) bool {
	if i == 0 || s.toks[i].brk || e.kind == kindLeader || e.role == RoleBody {
		return false
	}
	if e.kind == kindName && s.formerOfficeOf(i, end) {
		return true
	}
	k := i - 1
	for n := 0; n < 2 && (e.kind == kindName || e.kind == kindDemonym) && s.in(k, rankWords) && k > 0 && !s.toks[k].brk; n++ {
		k--
	}
	w := s.key(k)
	if w == "late" {
		return end < len(s.toks) && !s.toks[end].brk && s.in(end, lateOffices)
	}
	return w == "former" || w == "ex" || w == "retired"
}

// formerOfficeOf reports whether the country's name at token i ends a
// past office set off after a name ("Tom Hale, the former Prime Minister
// of Nepal, said"; seed 166): "the" or "a", "former" and office words
// ending in a head, then "of" (and "the"), after a comma. Not before the
// country's possessive, whose body the office was of ("a former head of
// Ghana's statistics office").
func (s *scan) formerOfficeOf(i, end int) bool {
	k := s.ofWordBefore(i)
	if k < 4 || s.key(k) != "of" || end < len(s.toks) && !s.toks[end].brk && s.key(end) == "s" {
		return false
	}
	j, head, _, _ := s.officeWordsBefore(k)
	return head && j >= 3 && !s.toks[j].brk && !s.toks[j-1].brk && s.key(j-1) == "former" && s.toks[j-2].brk && s.gap(j-2) == "," && s.in(j-2, articles)
}

// lateOffices, after "the late" and a country word, name a dead holder's
// office ("the late Soviet leader").
var lateOffices = wordSet(`leader president king queen prime premier chancellor dictator ruler
	monarch emperor foreign finance defence defense minister`)

// rankWords may stand between "former" and the country's name or demonym
// in a past office ("a former senior U.S. official", "the former Liberal
// Canadian prime minister").
var rankWords = wordSet(`senior top high ranking longtime veteran liberal conservative labour labor republican democratic
	democrat progressive tory socialist`)

// pastOfficeWords, before an office, make it one held before or after the
// sentence's day, or another ("Vice President").
var pastOfficeWords = wordSet(`former ex then late ousted deposed vice deputy`)

// governmentOpeners stand before a head's surname in the name of their
// government.
var governmentOpeners = wordSet(`the first second third fourth new current outgoing incoming`)

// caseParty reports whether a leader's one-word alias at token i is a
// party to a court case: right after "v", "vs" or "versus" ("Roe v. Wade",
// "Smith vs. Wade"), or right before "v" and a capitalised name ("Bush v.
// Gore" cited years later). A contest written with "vs" keeps the leader
// before it ("Bush vs. Kerry" in 2004), and a full name is the person.
func (s *scan) caseParty(i, end int) bool {
	if end-i != 1 {
		return false
	}
	if i > 0 && s.in(i-1, caseWords) && (!s.toks[i].brk || s.gap(i) == ".") {
		return true
	}
	return end+1 < len(s.toks) && s.key(end) == "v" && !s.toks[end].brk && !s.toks[end+1].brk && s.toks[end+1].upper
}

// caseWords join the parties of a court case ("Roe v. Wade").
var caseWords = wordSet(`v vs versus`)

// otherPerson reports whether a leader's one-word alias at tokens [i, end)
// is the name of someone else: right after a capitalised word that is no title
// ("Sir Ian Blair", "Cherie Blair", "Dermot Ahern"), or right before one
// ("Rosa Otunbayeva").
func (s *scan) otherPerson(i, end int) bool {
	if s.allCaps() {
		return false
	}
	// One word, though an apostrophe may join its parts ("Frank
	// O'Donnell"); a hyphenated surname often follows its bearer's own
	// given name, which the registry may spell otherwise ("Ibrahim
	// al-Jaafari").
	for k := i + 1; k < end; k++ {
		if g := s.gap(k); g != "'" && g != "’" {
			return false
		}
	}
	// "Rosa Otunbayeva", "Christie Parell": the surname is someone's
	// first name when another capitalised word follows, unless that word
	// is the leader's government or party ("the Bush Administration",
	// "the Howard Government"). A dash set off by spaces ends the name
	// ("vitória de Lula - O Estado"; seed 123).
	if end < len(s.toks) && !s.toks[end].brk && s.toks[end].upper && !s.titleCased() && !spacedDash(s.s[s.toks[end-1].be:s.toks[end].bs]) {
		if !s.in(end, stateHeads) && !s.in(end, governmentWords) && !s.in(end, leaderGroupWords) && !s.ownerName(end) {
			return true
		}
	}
	if s.givenSyllable(end) {
		return true
	}
	if i == 0 || s.toks[i].brk || !s.toks[i-1].upper {
		return false
	}
	// "on Tuesday Halonen and Niinistö": a day or a month before the
	// surname is no given name (seed 124); nor is a word capitalised
	// because it opens the sentence ("Although Qurei resigned"), an
	// office's noun ("Special Counsel Mueller"; seed 128), or "Judge", the
	// title a judge named to office keeps ("Judge Mukasey"; seed 143).
	return !s.in(i-1, leaderTitleWords) && !s.in(i-1, openingWords) && !s.in(i-1, timeWords) &&
		!(s.in(i-1, sentenceWords) && s.opens(i-1)) && !s.in(i-1, officeNounForms) && s.key(i-1) != "judge"
}

// givenSyllable reports whether token end, right after a surname, is the
// lower-case second syllable of a hyphenated given name that a family
// name follows ("Ming-li Wang", "Tae-ho Park"): the surname is the first
// syllable of someone else's given name. A word of a compound ("the
// Wang-led talks", "a Park-era law") is no syllable.
func (s *scan) givenSyllable(end int) bool {
	if end+1 >= len(s.toks) || s.toks[end].upper || s.toks[end+1].brk || !s.toks[end+1].upper || s.toks[end+1].allUp ||
		s.toks[end].be-s.toks[end].bs > 4 || !s.hyphenAt(end) {
		return false
	}
	c := s.s[s.toks[end].bs]
	return c >= 'a' && c <= 'z' && !s.in(end, ledWords) && s.key(end) != "era" && s.key(end) != "run"
}

// ownerName reports whether a party's name and a possessive start at
// token k ("Cuba's"): the owner of what follows, no part of a personal
// name before it ("We wish Lula Cuba's support"; seed 141).
func (s *scan) ownerName(k int) bool {
	n := int32(0)
	for j := k; j < len(s.toks) && j < k+4; j++ {
		if j > k && s.toks[j].brk {
			return false
		}
		if n = s.next(n, j); n == 0 {
			return false
		}
		if j+1 < len(s.toks) && !s.toks[j+1].brk && s.key(j+1) == "s" && gapHas(s.gap(j+1), "'\u2019") {
			for _, e := range s.m.nodes[n].entries {
				if e.party >= 0 && e.kind == kindName {
					return true
				}
			}
		}
	}
	return false
}

// titledOther reports whether the leader's alias e at tokens [i, end),
// which opens with a title, names someone else: a hyphenated given name
// goes on with the surname, a name the registry does not give the leader
// ("Prime Minister Lee Hai-chan"), or another party's name or demonym
// stands right before the title, or before it and a possessive ("the
// South Korean Prime Minister Lee", "Korea's Prime Minister Lee"), which
// says whose office it is (seed 140). Another given name after the
// surname may be the leader's own, written family first or spelt
// otherwise ("Prime Minister Koizumi Junichiro").
func (s *scan) titledOther(e *entry, i, end int) bool {
	if e.tail == 0 && end-i-e.skip == 1 && end+1 < len(s.toks) && !s.toks[end].brk && s.toks[end].upper && !s.toks[end].allUp &&
		!s.toks[end+1].brk && !s.toks[end+1].upper && gapHas(s.gap(end+1), "-\u2010\u2011") && s.otherPerson(i+e.skip, end) {
		return true
	}
	if s.prevParty < 0 || s.prevParty == e.party || i == 0 || s.toks[i].brk {
		return false
	}
	return s.prevEnd == i || s.prevEnd == i-1 && s.key(i-1) == "s" && !s.toks[i-1].brk
}

// namedAfter reports whether a leader's name ending at token end names
// something else: a place or a prize named after them ("Queen Elizabeth
// Hospital", "the Nelson Mandela Bridge", "the Gaddafi stadium"), their
// family ("the Akayev family", also with the name in an editor's
// brackets, "the [Akayev] family"), a private person whose age under
// forty follows ("Bush, 25, became engaged", a leader's child; "Hale, 58,
// the president" stays the holder, of an office's age; seed 174), or the
// leader's father ("Mr Bush, Sr.", "George Bush Sr").
func (s *scan) namedAfter(end int) bool {
	if end >= len(s.toks) {
		return false
	}
	if !s.toks[end].brk {
		// "George Bush Sr": the father.
		w := s.key(end)
		return s.toks[end].upper && (s.in(end, namedAfterWords) || w == "sr" || s.namedRun(end)) || s.in(end, namedVenueWords)
	}
	w := s.key(end)
	if s.gap(end) != "," {
		// "a shop of the [Akayev] family": the surname an editor put in
		// brackets, and the family after it (seed 146).
		return s.in(end, namedVenueWords) && s.gap(end) == "]"
	}
	// "Mr Bush, Sr.", "Bush, 25,".
	return w == "sr" || youngAge(w) && end+1 < len(s.toks) && s.toks[end+1].brk
}

// economyAfter reports whether w, a word of the registry's
// demonym_not_before list at token k after a mention that ends at token
// end, and the word after it name the state's economy: "market economy"
// ("China's market economy status"), or "consumer" right after the
// mention and a measure of the economy ("US consumer spending"; seed
// 174), not shoppers.
func (s *scan) economyAfter(w string, k, end int) bool {
	if k+1 >= len(s.toks) || s.toks[k+1].brk {
		return false
	}
	return w == "market" && s.key(k+1) == "economy" || w == "consumer" && k == end && consumerMeasure(s.key(k+1))
}

// consumerMeasure reports whether w, after a country word and
// "consumer", names a measure of the national economy ("US consumer
// prices"), where "consumer" alone would be shoppers.
func consumerMeasure(w string) bool {
	switch w {
	case "spending", "prices", "price", "confidence", "sentiment", "demand", "inflation", "transactions":
		return true
	}
	return false
}

// youngAge reports whether w is an age under forty, one or two digits: a
// leader's child or grandchild, not the holder.
func youngAge(w string) bool {
	return w[0] >= '1' && w[0] <= '9' && (len(w) == 1 || len(w) == 2 && w[0] <= '3' && w[1] >= '0' && w[1] <= '9')
}

// namedRun reports whether the capitalised words from token k, up to
// three and the run's end, close with a word of namedAfterWords: a place
// or a prize whose longer name opens with a leader's ("the Hale National
// Golf Club"; seed 169).
func (s *scan) namedRun(k int) bool {
	for j := k + 1; j < k+4 && j < len(s.toks) && !s.toks[j].brk && s.toks[j].upper; j++ {
		if s.in(j, namedAfterWords) && (j+1 >= len(s.toks) || s.toks[j+1].brk || !s.toks[j+1].upper) {
			return !s.titleCased()
		}
	}
	return false
}

// namedAfterWords are places, buildings and prizes named after people.
var namedAfterWords = wordSet(`hospital hospitals school schools university college airport bridge park street
	avenue road boulevard square centre center stadium arena hall building library foundation institute
	award awards prize prizes trophy cup memorial highway dam tunnel station club`)

// namedVenueWords name a venue after a person even in lower case ("the
// Gaddafi stadium"), or the person's family or private place ("the
// Putin dacha", "the Bush ranch"; seed 152); "hospital" or "school" in
// lower case may be the leader's ("Blair school reforms").
var namedVenueWords = wordSet(`stadium arena airport bridge highway tunnel dam family clan ranch estate farm dacha
	villa residence home compound`)

// leaderGroupWords may follow a leader's surname as the name of their
// government, party wing or time ("the Blair Labour government", "the
// Bush White House", "the Putin era").
var leaderGroupWords = wordSet(`labour labor conservative conservatives liberal liberals tory tories white
	doctrine era years camp team loyalists`)

// openingWords are function words that may be capitalised before a
// surname ("The Bush administration", "Whilst Musharraf").
var openingWords = wordSet(`the a an whilst while as if when and but after before since with`)

// leaderTitleWords may stand right before a leader's surname.
var leaderTitleWords = wordSet(`mr mrs ms dr imam president minister premier pm chancellor taoiseach secretary
	general king queen prince emperor sultan emir sheikh leader chairman chair governor senator vice deputy
	foreign defence defense finance interior home prime state gen admiral adm ambassador envoy director
	commander spokesman spokeswoman spokesperson lord baroness`)

// governmentAfter reports whether the word at token end, right after a
// seat, makes the seat its government ("to White House aides", "in
// Kremlin statements"), where the words before it would make it a place.
func (s *scan) governmentAfter(end int) bool {
	return end < len(s.toks) && !s.toks[end].brk && s.in(end, governmentWords)
}

// governmentWords follow a seat that stands for its government.
var governmentWords = wordSet(`aide aides adviser advisers advisor advisors official officials
	spokesman spokeswoman spokesperson staff policy policies statement statements officials' spending`)

// placeBefore reports whether the words before token i make a seat there a
// place (placeUse).
func (s *scan) placeBefore(i int) bool {
	k := i - 1
	if k < 0 || s.toks[k+1].brk {
		return false
	}
	if !s.in(k, placeWords) {
		return false
	}
	// "officials in Moscow" are the government; "world leaders in London"
	// met there, and so did "Iraqi officials in Moscow" ("the foreign
	// policy of Moscow" stays).
	if k > 0 && !s.toks[k].brk && s.in(k-1, s.placeExceptions(k)) && !s.othersPeople(k) && !s.partyPeople(k) {
		return false
	}
	return true
}

// partyPeople reports whether the people before "in" or "at" at token k
// follow a mention that the scan has found, within their phrase and up to
// two words before them ("a British military spokesman in London", "US
// officials in Baghdad"; seed 134): the mention says whose people they
// are, and the seat after the preposition is where they are. A
// government there is seated in it ("the Congolese government in
// Brazzaville"), the capital standing for it still.
func (s *scan) partyPeople(k int) bool {
	if w := s.key(k); w != "in" && w != "at" || s.nSpans == 0 || s.nSpans > len(s.spans) {
		return false
	}
	switch s.key(k - 1) {
	case "government", "regime", "administration", "authorities", "leadership", "rulers":
		return false
	}
	e := int(s.spans[s.nSpans-1][1])
	if e > k-1 || e < k-3 {
		return false
	}
	for j := e; j < k; j++ {
		if s.toks[j].brk {
			return false
		}
	}
	return true
}

// othersPeople reports whether a word of worldWords stands before the
// people before "in" or "at" at token k: other states' people there.
func (s *scan) othersPeople(k int) bool {
	w := s.key(k)
	return (w == "in" || w == "at") && k >= 2 && !s.toks[k-1].brk && s.in(k-2, worldWords)
}

// worldWords before the people of placePeople make them others' ("world
// leaders in London").
var worldWords = wordSet(`world foreign global international`)

// gapHas is strings.ContainsAny(gap, chars) for a set of characters
// without a space, answered at once for the gap most words have between
// them, a single space.
func gapHas(gap, chars string) bool {
	if len(gap) == 1 && gap[0] == ' ' {
		return false
	}
	return strings.ContainsAny(gap, chars)
}

// spacedDash tells whether the gap between two words is a dash set off by
// spaces ("WASHINGTON – Voters", "WASHINGTON -- A clerk"), not a hyphen
// joining them ("India-Pakistan").
func spacedDash(gap string) bool {
	return strings.HasPrefix(gap, " ") && strings.HasSuffix(gap, " ") && gapHas(gap, "-\u2013\u2014")
}

// privateUse reports whether the name, demonym or capital ending at token
// end modifies a firm, product, market, currency or private person rather
// than standing for the state (country guideline 9): the next word, or the
// word after up to two industry words, is in the registry's
// demonym_not_before list ("Swiss drugmaker", "an Australian mining firm",
// "the US dollar", "the London exchange", "an Iraqi Kurd"), a Treasury
// security follows ("U.S. Treasury bills"), or a "$" follows at once
// ("US$3bn").
func (s *scan) privateUse(end int) bool {
	// A currency's sign and a brand's spelling need no word of privateCues.
	if !s.cued(privateCues) {
		return s.marked(markMoney) && s.dollarAfter(end) || s.brandAfter(end)
	}
	// "US$3bn": a currency; "US-made missiles", "a French-built frigate":
	// where goods were made or who owns a firm.
	if s.marked(markMoney) && s.dollarAfter(end) || end < len(s.toks) && !s.toks[end].brk && s.in(end, originWords) && gapHas(s.gap(end), "-\u2010\u2011") {
		return true
	}
	if s.trainedPerson(end) || s.brandAfter(end) || s.retailerAfter(end) || s.clubPlayer(end) || s.causeGroup(end) || s.webSite(end) || s.broadcastChannels(end) || s.tradesJoined(end) {
		return true
	}
	for k := end; k < len(s.toks) && k < end+3; k++ {
		if s.toks[k].brk {
			return false
		}
		w := s.key(k)
		// "the Italian food authorities", "UK food standards agency": a
		// regulator of the trade, the state's, but not a trade's agency
		// ("a US talent agency"); "Warsaw local authorities" the city's.
		if w != "local" && w != "municipal" && s.regulatorAfter(k) && !s.mediaAgency(k) {
			return s.tradeAgency(k)
		}
		// "the Philippine National Red Cross", "the American Red Cross":
		// the country's Red Cross or Red Crescent society, a charity.
		if w == "red" && k+1 < len(s.toks) && !s.toks[k+1].brk && s.toks[k].upper && (s.key(k+1) == "cross" || s.key(k+1) == "crescent") {
			return true
		}
		if w == "national" && k == end {
			if s.toks[k].upper {
				continue
			}
			// "the Iran national team", "the Iran national football
			// side": a sports team.
			if k+1 < len(s.toks) && !s.toks[k+1].brk && s.in(k+1, nationalSides) {
				return true
			}
		}
		// "the major UK record labels": firms; "his low U.S. approval
		// ratings": the public's opinion ("U.S. approval of the sale" is
		// the state's); "Israeli exit polls": pollsters' and voters'
		// (seed 118).
		if k == end && (w == "record" || w == "approval" || w == "exit") && k+1 < len(s.toks) && !s.toks[k+1].brk {
			if v := s.key(k + 1); w == "record" && (v == "label" || v == "labels") || w == "approval" && (v == "rating" || v == "ratings") || w == "exit" && (v == "poll" || v == "polls") {
				return true
			}
		}
		// "the US label being Roadrunner Records": a record company, in a
		// sentence about records, albums or bands (seed 123); "US labels
		// on food" stay the state's rule.
		// "The third US bill" beside a "$10 bill": a banknote (seed 124).
		if k == end && ((w == "label" || w == "labels") && s.musicSaid() || (w == "bill" || w == "bills") && s.banknoteSaid()) {
			return true
		}
		// "the U.S. Nasdaq exchange", "New Zealand Apple Computers": a
		// capitalised name and then an exchange or a firm's last word, a
		// market or a firm (seed 115); "the British Navy Computers" stay
		// the state's.
		if k == end && s.toks[k].upper && k+1 < len(s.toks) && !s.toks[k+1].brk && s.firmNameEnds(k) && !s.in(k, stateHeads) {
			return true
		}
		// "a U.S. war deserter", "an American army deserter": a soldier
		// who left the forces, a private person; "UK sailors and marines"
		// are the navy's (servingSailors).
		if k == end && k+1 < len(s.toks) && !s.toks[k+1].brk && s.in(k, desertedWords) && (s.key(k+1) == "deserter" || s.key(k+1) == "deserters") {
			return true
		}
		if k == end && s.servingSailors(k) {
			return false
		}
		// "the Canadian-led consortium": firms of the country lead a
		// business; "the US-led coalition" is the state's.
		if k == end && s.in(k, ledWords) && gapHas(s.gap(k), "-\u2010\u2011") {
			return s.ledBusiness(k + 1)
		}
		// "twenty US crew members", "the British crew of the tanker": a
		// ship's or an airliner's crew, private people, unless the
		// sentence speaks of forces ("the British navy crew", "US crew
		// of the warship").
		if k == end && (w == "crew" || w == "crews") {
			return !s.forcesSaid()
		}
		if s.in(k, s.m.notBefore) {
			// "the United States Food and Drug Administration": a
			// body of the registry is named after the country, which
			// stays the state.
			if k == end && s.toks[k].upper && !s.allCaps() && s.namedAt(k) {
				return false
			}
			// "the Canadian industry minister": a portfolio's minister or
			// department, the state's.
			if k+1 < len(s.toks) && !s.toks[k+1].brk && s.in(k+1, portfolioOffices) {
				return false
			}
			// The state's economy ("US consumer spending"; economyAfter).
			if s.economyAfter(w, k, end) {
				return false
			}
			// "North Korean sales of nuclear materials", "Russian arms
			// sales": the state's trade in arms ("Japanese sales of cars"
			// are firms').
			if salesWord(w) && s.armsSales(k) {
				return false
			}
			// "a US aircraft carrier" is a warship, not an airline.
			return !(k > end && (w == "carrier" || w == "carriers") && s.key(k-1) == "aircraft")
		}
		// "U.S. Treasury bills": securities, not the department; "a mining
		// operation", "a power generator": firms' business (seeds 140, 146).
		if w == "treasury" && k+1 < len(s.toks) && !s.toks[k+1].brk && s.in(k+1, treasurySecurities) || k > end && s.tradeOperation(k) {
			return true
		}
		// "the U.S. Security Exchanges Commission": a capitalised "Security"
		// is part of a name; others may be a trade's before "industry".
		if !s.in(k, industryWords) || w == "security" && s.toks[k].upper {
			return s.industryRun(k) || k == end+1 && s.key(end) == "business" && businessCircle(w)
		}
	}
	return false
}

// industryRun reports whether, from token k, one to four lower-case words
// of a trade that the lists may not know come before "industry" or
// "industries" ("the UK tourism industry", "the Japanese money market
// fund industry"; seed 164): an industry, not the state (country
// guideline 9). Not where a function word, a possessive or a word of the
// state's own (stateHeads: "the US nuclear industry", "the UK
// government's industry policy") stands between.
func (s *scan) industryRun(k int) bool {
	if !s.cued(industryCues) {
		return false
	}
	for n := k; n < k+5 && n < len(s.toks) && !s.toks[n].brk && !s.toks[n].upper; n++ {
		if s.in(n, industryHeads) {
			return n > k
		}
		if s.in(n, titleJoins) || s.in(n, stateHeads) && !s.in(n, industryWords) {
			return false
		}
	}
	return false
}

// businessCircle reports whether w, after a country's word and
// "business", names firms' people, their world or their stakes ("the US
// business world", "US business leaders", "Japanese business interests";
// seed 183), private and not the state, where the same words after the
// country alone ("US leaders", "US interests") are the state's.
func businessCircle(w string) bool {
	switch w {
	case "world", "leaders", "leader", "interests", "elite", "elites", "sector", "circles", "lobby", "establishment", "figures":
		return true
	}
	return false
}

// industryCues are the words one of which industryRun needs to report
// true.
var industryCues = cueWords(`industry industries`)

// webSite reports whether "site" or "sites" follows, from token end after
// a country's word, one or two industry words the last of which is of the
// web ("the UK online auction site"; seed 142): a firm's site, where "the
// Iranian site" alone may be a state's plant.
func (s *scan) webSite(end int) bool {
	for k := end; k < end+3 && k < len(s.toks) && !s.toks[k].brk; k++ {
		if w := s.key(k); k > end && (w == "site" || w == "sites") {
			return s.webTrade(k - 1)
		}
		if !s.in(k, industryWords) {
			return false
		}
	}
	return false
}

// webTrade reports whether the word at token k, before "site", makes it
// a site on the web.
func (s *scan) webTrade(k int) bool {
	switch s.key(k) {
	case "online", "internet", "web", "auction", "shopping", "networking", "dating", "news":
		return true
	}
	return false
}

// mediaAgency reports whether "media" at token k opens "media agency" or
// "media agencies": the press, or a firm that buys advertising, not a
// regulator ("Indian media agencies reported"; seed 146).
func (s *scan) mediaAgency(k int) bool {
	if s.key(k) != "media" || k+1 >= len(s.toks) || s.toks[k+1].brk {
		return false
	}
	w := s.key(k + 1)
	return w == "agency" || w == "agencies"
}

// tradeAgency reports whether a word of a trade whose firms are called
// agencies, at token k or the next, comes right before "agency" or
// "agencies": a travel, advertising, dating, model, talent, estate,
// recruitment, marketing or casting agency, a firm ("a German online
// travel agency"; seed 178). Not "employment", whose agency is a state's
// in Germany and Sweden, nor "news" or "press" (the state's media and
// the press are read apart).
func (s *scan) tradeAgency(k int) bool {
	for n := k; n < k+2 && n+1 < len(s.toks) && !s.toks[n+1].brk; n++ {
		switch s.key(n) {
		case "travel", "advertising", "ad", "dating", "model", "modelling", "modeling", "talent", "estate", "recruitment",
			"marketing", "casting":
			w := s.key(n + 1)
			return w == "agency" || w == "agencies"
		}
	}
	return false
}

// tradesJoined reports whether, from token k right after a country's
// word, one or two lower-case words, "and", and one or two more, the
// last of them a trade's word (industryWords), come before a word of the
// registry's demonym_not_before list: two trades joined before the firm
// ("a US soft drink and snack food giant"; seed 178), as one trade
// before it is (privateUse). Not where a word of the state's own
// (stateHeads) stands in the run ("the US army and navy group").
func (s *scan) tradesJoined(k int) bool {
	j := k + 1
	for j < k+3 && j < len(s.toks) && s.key(j) != "and" {
		j++
	}
	if j >= k+3 || j+2 >= len(s.toks) {
		return false
	}
	for n := k; n <= j; n++ {
		if s.toks[n].brk || s.toks[n].upper || n < j && s.in(n, stateHeads) {
			return false
		}
	}
	for n := j + 1; n < j+3 && n+1 < len(s.toks) && !s.toks[n].brk && !s.toks[n].upper && !s.in(n, stateHeads); n++ {
		if s.in(n, industryWords) && !s.toks[n+1].brk && s.in(n+1, s.m.notBefore) {
			return true
		}
	}
	return false
}

// broadcastChannels reports whether the words from token k, right after
// a country's word, are broadcasters' channels: "channels" or "channel"
// in lower case, after up to two words of the medium or none ("UK
// channels", "US cable channels", "Indian TV channels"; seed 150), where
// "diplomatic channels" and "back channels" stay the state's ways of
// talking.
func (s *scan) broadcastChannels(k int) bool {
	for n := 0; n < 3 && k < len(s.toks) && !s.toks[k].brk; n, k = n+1, k+1 {
		switch w := s.key(k); {
		case w == "channel" || w == "channels":
			return !s.toks[k].upper
		case s.in(k, broadcastWords) || w == "cable" || w == "satellite":
		default:
			return false
		}
	}
	return false
}

// causeGroup reports whether a group's cause, "human" or "civil" before
// "rights" or not, and "group" or "groups" stand from token k, right after
// a country's word: a group named by its cause, private ("US advocacy
// groups", "a UK human rights group", "pressure groups"; seed 138). A
// watchdog, one lower-case word before it or not, is such a cause, and
// an organisation or an NGO such a group ("a US congressional watchdog
// group"; seed 150), where "the British watchdog" alone is a regulator.
func (s *scan) causeGroup(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].brk {
		return false
	}
	if w := s.key(k); (w == "human" || w == "civil") && k+1 < len(s.toks) && !s.toks[k+1].brk {
		k++
	} else if k+2 < len(s.toks) && !s.toks[k+1].brk && !s.toks[k].upper && s.key(k+1) == "watchdog" {
		k++
	}
	if k+1 >= len(s.toks) || s.toks[k+1].brk {
		return false
	}
	switch s.key(k) {
	case "advocacy", "lobby", "lobbying", "campaign", "campaigning", "rights", "pressure", "protest", "interest", "watchdog":
	default:
		return false
	}
	switch s.key(k + 1) {
	case "group", "groups", "organisation", "organisations", "organization", "organizations", "ngo", "ngos":
		return true
	}
	return false
}

// tradeOperation reports whether "operation" or "operations" at token k
// follow a trade's word, a firm's business ("an Australian mining
// operation", "US oil operations"); after "security" or "military" they
// stay the state's ("a US security operation"). "Generator" or
// "generators" after any trade's word that privateUse walks past is a
// firm that makes power ("a New Zealand electricity generator"; seed
// 146).
func (s *scan) tradeOperation(k int) bool {
	switch s.key(k) {
	case "generator", "generators":
		return true
	case "operation", "operations":
	default:
		return false
	}
	switch s.key(k - 1) {
	case "mining", "oil", "gas", "coal", "gold", "copper", "diamond", "steel", "timber", "retail", "banking",
		"insurance", "shipping", "airline", "manufacturing", "fishing", "farming", "dairy", "brewing", "trading":
		return true
	}
	return false
}

// privateCues are the words one of which privateUse needs, but for a
// currency's sign and a brand's spelling: the words of its cases, or for
// a case of two words the rarer one ("crew", "deserter" for "war
// deserter", "Cross" for "Red Cross"), and the registry's
// demonym_not_before list.
var privateCues = func() *cueGroup {
	c := cueWords(`trained schooled air retailer retailers cross crescent label labels rating ratings poll polls
		bill bills exchange exchanges deserter deserters crew crews operation operations site sites generator generators
		organisation organisations organization organizations ngo ngos channel channels
		travel advertising ad dating model modelling modeling talent estate recruitment marketing casting
		business`,
		originWords, playerPositions, nationalSides, firmTails, ledBusinesses, treasurySecurities)
	c.notBefore = true
	return c
}()

// musicSaid reports whether a word of musicWords stands anywhere in the
// sentence: a label there is a record company.
func (s *scan) musicSaid() bool {
	for j := range s.toks {
		if s.in(j, musicWords) {
			return true
		}
	}
	return false
}

// banknoteSaid reports whether "$", a number and "bill" or "bills" stand
// in the sentence ("the $10 bill"): a bill there is a banknote, currency
// ("a US bill on banks" stays the state's).
func (s *scan) banknoteSaid() bool {
	for j := 1; j < len(s.toks); j++ {
		if w := s.key(j); (w == "bill" || w == "bills") && !s.toks[j].brk && digits(s.key(j-1)) &&
			strings.HasSuffix(strings.TrimSpace(s.s[:s.toks[j-1].bs]), "$") {
			return true
		}
	}
	return false
}

// musicWords make a sentence one about recorded music.
var musicWords = wordSet(`records recording recordings album albums band bands song songs single singles music
	musician musicians singer singers ep lp discography`)

// forcesSaid reports whether a word of crewForces stands anywhere in the
// sentence: a crew there is the forces'.
func (s *scan) forcesSaid() bool {
	for j := range s.toks {
		if s.in(j, crewForces) {
			return true
		}
	}
	return false
}

// crewForces make a crew the state's forces.
var crewForces = wordSet(`navy naval military marines warship warships frigate destroyer submarine
	soldiers troops army airmen servicemen forces bomber bombers helicopter helicopters tank tanks
	space shuttle astronaut astronauts spacecraft`)

// marketOrFirmAfter reports whether token k, after a capitalised word
// that follows a country's word, ends a market's or a firm's name: a
// lower-case "exchange" or "exchanges", or a capitalised word of firmTails
// ("Computers", "Motors"), neither followed by another capitalised word
// ("the U.S. Securities Exchange Commission" stays).
func (s *scan) marketOrFirmAfter(k int) bool {
	if s.allCaps() || k+1 < len(s.toks) && !s.toks[k+1].brk && s.toks[k+1].upper {
		return false
	}
	if s.toks[k].upper {
		return s.in(k, firmTails)
	}
	w := s.key(k)
	return w == "exchange" || w == "exchanges"
}

// firmNameEnds reports whether a market's or a firm's name of up to four
// words that opens at the capitalised token k ends within three words
// after it (marketOrFirmAfter), past capitalised words of no state
// ("All Nippon Airways"; seed 142).
func (s *scan) firmNameEnds(k int) bool {
	for j := k + 1; j <= k+3 && j < len(s.toks) && !s.toks[j].brk; j++ {
		if s.marketOrFirmAfter(j) {
			return true
		}
		if !s.toks[j].upper || s.in(j, stateHeads) {
			return false
		}
	}
	return false
}

// firmTails end a firm's capitalised name ("Apple Computers", "General
// Motors").
var firmTails = wordSet(`computers computer motors airways airlines electronics pharmaceuticals`)

// armsSalesAt reports whether the words from token k, after a country's
// word, are its sales of arms: "sales", or one word and "sales", that
// armsSales reads as arms ("sales of nuclear materials", "arms sales").
func (s *scan) armsSalesAt(k int) bool {
	if k+1 < len(s.toks) && !s.toks[k+1].brk && salesWord(s.key(k+1)) {
		k++
	}
	return salesWord(s.key(k)) && s.armsSales(k)
}

// salesWord reports whether w is "sales" or "sale".
func salesWord(w string) bool { return w == "sales" || w == "sale" }

// armsSales reports whether "sales" at token k, after a country's word, are
// of arms: a word of tradedArms, "arms" or "nuclear" right before it
// ("Russian arms sales", "US weapons sales"), or "of" and one within two
// words after it ("North Korean sales of nuclear materials", "French
// sales of fighter jets").
func (s *scan) armsSales(k int) bool {
	if p := k - 1; p >= 0 && !s.toks[k].brk && (s.in(p, tradedArms) || s.key(p) == "arms" || s.key(p) == "nuclear") {
		return true
	}
	if k+2 >= len(s.toks) || s.toks[k+1].brk || s.key(k+1) != "of" {
		return false
	}
	for j := k + 2; j < len(s.toks) && j <= k+3 && !s.toks[j].brk; j++ {
		if w := s.key(j); s.in(j, tradedArms) || w == "arms" || w == "nuclear" {
			return true
		}
	}
	return false
}

// clubPlayer reports whether "and", a club's capitalised name of one to
// three words, and a player's position follow the country's word that
// ends before token end ("Portugal and Benfica defender Luis Costa"): a
// national team's player, as "the Spanish goalkeeper" is. The club's name
// starts no party's name or demonym ("Spain and Portugal").
func (s *scan) clubPlayer(end int) bool {
	if end+2 >= len(s.toks) || s.toks[end].brk || s.toks[end+1].brk || !s.toks[end+1].upper || s.key(end) != "and" {
		return false
	}
	for k := end + 2; k < len(s.toks) && k <= end+4 && !s.toks[k].brk; k++ {
		if s.in(k, playerPositions) {
			return !s.nameAt(end+1) && !s.isDemonym(end+1)
		}
		if !s.toks[k].upper {
			return false
		}
	}
	return false
}

// playerPositions are a team player's positions and its captain.
var playerPositions = wordSet(`goalkeeper goalkeepers keeper striker strikers midfielder midfielders defender
	defenders winger wingers captain`)

// brandAfter reports whether a firm's brand follows the country word that
// ends before token end: a name in the style of "iTunes" or "eBay", a
// lower-case "i" or "e" and a capital ("the New Zealand iTunes store"),
// or a capitalised "Air" as the airline's name, at the end of its phrase
// or before a word of its business ("US Air investors", "US Air flight
// 1549"; "US Air Force" and "US air strikes" stay the state's).
func (s *scan) brandAfter(end int) bool {
	if end >= len(s.toks) || s.toks[end].brk {
		return false
	}
	t := s.toks[end]
	if w := s.s[t.bs:t.be]; len(w) >= 4 && (w[0] == 'i' || w[0] == 'e') && w[1] >= 'A' && w[1] <= 'Z' {
		return true
	}
	if !t.upper || t.allUp || s.key(end) != "air" || s.allCaps() || s.titleCased() {
		return false
	}
	return end+1 == len(s.toks) || s.toks[end+1].brk || s.in(end+1, airlineWords)
}

// retailerAfter reports whether a retailer follows the country word that
// ends before token end past one word of its trade, in any case ("U.S.
// Luxury retailer Barneys", "a US discount retailer"): a firm. A verb's
// form between ("the UK fined retailer Tesco", "the US sues retailers")
// leaves the state acting.
func (s *scan) retailerAfter(end int) bool {
	if end+1 >= len(s.toks) || s.toks[end].brk || s.toks[end+1].brk {
		return false
	}
	if v := s.key(end); strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s") {
		return false
	}
	w := s.key(end + 1)
	return w == "retailer" || w == "retailers"
}

// airlineWords after "US Air" are of the airline's business.
var airlineWords = wordSet(`flight flights pilot pilots jet jets plane planes passengers investors shares stock
	express shuttle group`)

// trainedPerson reports whether "trained" or "schooled" at token end,
// after a country's word, joined by a hyphen or a space, comes before a
// person of trainedPeople, one lower-case word between or not: where a
// private person trained ("a U.S. trained chemist", "a US-trained
// senior engineer"; "US-trained Iraqi troops" stay the state's).
func (s *scan) trainedPerson(end int) bool {
	if end+1 >= len(s.toks) || s.toks[end].brk || s.key(end) != "trained" && s.key(end) != "schooled" {
		return false
	}
	for k := end + 1; k < len(s.toks) && k <= end+2 && !s.toks[k].brk && !s.toks[k].upper; k++ {
		if s.in(k, trainedPeople) {
			return true
		}
	}
	return false
}

// trainedPeople are professions of private people.
var trainedPeople = wordSet(`chemist chemists doctor doctors physician physicians engineer engineers economist
	economists scientist scientists lawyer lawyers surgeon surgeons architect architects physicist physicists
	biologist biologists dentist dentists pharmacist pharmacists accountant accountants banker bankers academic
	academics professor professors technocrat technocrats nurse nurses`)

// desertedWords are what a deserter left ("a US army deserter").
var desertedWords = wordSet(`war army military navy`)

// portfolioOffices right after a word of a trade make it a portfolio ("the
// Canadian industry minister").
var portfolioOffices = wordSet(`minister ministers ministry department secretary`)

// ledBusiness reports whether a business of ledBusinesses, after up to two
// industry words, starts at token k, right after "-led" ("a British-led
// mining consortium").
func (s *scan) ledBusiness(k int) bool {
	for n := 0; n < 3 && k < len(s.toks) && !s.toks[k].brk; n, k = n+1, k+1 {
		if s.in(k, ledBusinesses) {
			return true
		}
		if !s.in(k, industryWords) {
			return false
		}
	}
	return false
}

// originWords after a country word and a hyphen say where goods were
// made or who owns a firm ("US-made", "Chinese-owned").
var originWords = wordSet(`made built manufactured produced designed assembled grown brewed owned`)

// ledBusinesses after "-led" are businesses that firms, not states, lead.
var ledBusinesses = wordSet(`consortium consortia syndicate syndicates buyout`)

// regulatorAfter reports whether the word at token k, a word of a trade,
// is followed within two words by a regulator's word ("food authorities",
// "food standard authorities").
func (s *scan) regulatorAfter(k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+2; j++ {
		if s.toks[j].brk {
			return false
		}
		if s.in(j, regulatorWords) {
			return true
		}
	}
	return false
}

// regulatorWords after a trade's word make the phrase a regulator.
var regulatorWords = wordSet(`authorities authority agency agencies regulator regulators ministry inspectors
	inspectorate watchdog`)

// dollarsBefore reports whether the one-word country name ending at token
// end labels the currency of a dollar amount before it ("$5 million
// U.S.", "$300 US", "$4.25 billion US"; seed 134).
func (s *scan) dollarsBefore(end int) bool {
	i := end - 1
	if i < 1 || s.toks[i].brk || !s.toks[i].allUp {
		return false
	}
	k := i - 1
	if s.in(k, amountWords) && k > 0 && !s.toks[k].brk {
		k--
	}
	w := s.key(k)
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	// "$4.25", "$1,500": the groups and decimals of the amount.
	for k > 0 && digits(s.key(k-1)) && (s.gap(k) == "." || s.gap(k) == ",") {
		k--
	}
	before := s.s[:s.toks[k].bs]
	if k > 0 {
		before = s.s[s.toks[k-1].be:s.toks[k].bs]
	}
	return strings.HasSuffix(strings.TrimSpace(before), "$")
}

// amountWords are the scales of an amount of money.
var amountWords = wordSet(`thousand million billion trillion m bn`)

// dollarAfter reports whether a "$" follows the word ending at token end at
// once ("US$3bn", "AU$40m"): a currency.
func (s *scan) dollarAfter(end int) bool {
	be := int(s.toks[end-1].be)
	if be < len(s.s) && s.s[be] == '$' {
		return true
	}
	// "UK£49", "UK£ 1.5bn": the pound's sign after the initials.
	if s.toks[end-1].allUp && strings.HasPrefix(s.s[be:], "£") {
		return true
	}
	// "US $39.00", "(US $15.76 million)": initials, a space and an amount;
	// "(U.S.) $200": the currency's label in brackets.
	if be+1 < len(s.s) && s.s[be] == ')' {
		be++
	}
	return s.toks[end-1].allUp && be+2 < len(s.s) && s.s[be] == ' ' && s.s[be+1] == '$' && s.s[be+2] >= '0' && s.s[be+2] <= '9'
}

// amountBefore reports whether the name at tokens [i, end) closes the
// sentence right after a decimal number ("a high of 1.37 U.S."): the unit
// of a currency whose last word the sentence split cut off; a whole number
// counts people ("a warrant for 3 U.S.").
func (s *scan) amountBefore(i, end int) bool {
	if end != len(s.toks) || i < 2 || s.toks[i].brk || s.gap(i-1) != "." {
		return false
	}
	return digits(s.key(i-1)) && digits(s.key(i-2))
}

// roadNumber reports whether a road's number follows the name that ends at
// token end, so that the name is part of the road's ("U.S. Highway 224",
// "US 224"): a capitalised road word and a number, or, after initials, a
// number of one to three digits alone after a space, closing the clause
// ("(US 224)", "US 224;"; not "US 12 thousand", "USA 101-95", "US 12%",
// "US 5,960,411").
func (s *scan) roadNumber(end int) bool {
	k := end
	if k >= len(s.toks) || s.toks[k].brk {
		return false
	}
	road := s.toks[k].upper && s.in(k, roadWords)
	if road {
		k++
		if k >= len(s.toks) || s.toks[k].brk {
			return false
		}
	}
	if !digits(s.key(k)) {
		return false
	}
	if road {
		return true
	}
	if !s.toks[end-1].allUp || len(s.key(k)) > 3 || s.gap(k) != "" || s.s[s.toks[k-1].be] != ' ' {
		return false
	}
	rest := s.s[s.toks[k].be:]
	return rest == "" || strings.IndexByte(");", rest[0]) >= 0 ||
		strings.IndexByte(",.", rest[0]) >= 0 && (len(rest) == 1 || rest[1] == ' ')
}

// roadWords name a road before its number ("U.S. Route 66").
var roadWords = wordSet(`highway route hwy interstate`)

// digits reports whether w is a run of ASCII digits.
func digits(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return w != ""
}

// productOrigin reports whether the lower-case word at token end, right
// after a country's name, is a product the country is the origin of, and
// the phrase ends there or goes on with the product's trade ("U.S. beef",
// "a ban on US pork imports", "US cars and trucks"); the state's own
// trade, tariffs and exports stay the state ("US steel tariffs").
func (s *scan) productOrigin(end int) bool {
	if end >= len(s.toks) || s.toks[end].brk || s.toks[end].upper {
		return false
	}
	if !s.in(end, productWords) {
		return s.tradeGoods(end)
	}
	k := end + 1
	if k >= len(s.toks) || s.toks[k].brk {
		return true
	}
	w := s.key(k)
	return s.in(k, productTrade) || s.in(k, phraseEnds) || w == "and" || w == "or" || s.in(k, productWords)
}

// tradeGoods reports whether "goods" or "products" follows token k-1
// after one to three lower-case words, none of stateHeads, from token k:
// private trade's goods ("Irish dairy and meat products", "US consumer
// goods").
func (s *scan) tradeGoods(k int) bool {
	for n := k + 1; n < k+4 && n < len(s.toks) && !s.toks[n].brk && !s.toks[n].upper; n++ {
		if w := s.key(n); w == "goods" || w == "products" {
			for j := k; j < n; j++ {
				if s.in(j, stateHeads) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// productWords are goods named by their country of origin ("U.S. beef",
// "Chinese steel").
var productWords = wordSet(`beef pork poultry chicken lamb mutton meat wheat corn maize rice soybeans soybean
	soy cotton sugar fruit fruits vegetables cheese milk apples oranges grain grains seafood salmon shrimp
	lumber timber steel aluminium aluminum cars autos trucks goods products textiles garments shoes toys
	electronics chips whisky whiskey beer cigarettes components technology technologies`)

// productTrade after a product make the phrase the product's trade ("a ban
// on US beef imports").
var productTrade = wordSet(`imports import exports export shipments shipment ban bans products prices sales
	supplies consignments cargo cargoes`)

// possessedPrivate reports whether the possessive after the name ending at
// token end owns a firm, a market, a currency or private people, as the
// country word before them would ("France's largest bank", "Britain's
// voters", like "a French bank"). The country's own industry is the
// country's, like its economy ("China's mining industry", where "the
// Chinese mining industry" is the trade's; the seed-19 check counted it),
// and so is its memorial.
func (s *scan) possessedPrivate(end int) bool {
	return end+1 < len(s.toks) && s.key(end) == "s" && !s.toks[end].brk && !s.toks[end+1].brk && s.privateUse(end+1) && !s.industryAt(end+1) &&
		!s.nationalIncome(end+1) && s.afterIndustry(end+1, memorialWords) < 0 && !s.possessedTown(end+1)
}

// royalPerson reports whether the possessive after the name ending at
// token end comes before a capitalised "Prince", "Princess", "Duke" or
// "Duchess" and a capitalised name, neither starting an alias ("Spain's
// Princess Leonor"; seed 170): a royal named by the country, a person, not
// the state. The head of state's own title ("Britain's Queen Elizabeth"),
// a crown prince and a royal who holds an office in the registry stay.
func (s *scan) royalPerson(end int) bool {
	k := end + 1
	if k+1 >= len(s.toks) || s.key(end) != "s" || s.toks[end].brk || s.toks[k].brk || s.toks[k+1].brk || !s.toks[k].upper || !s.toks[k+1].upper {
		return false
	}
	switch s.key(k) {
	case "prince", "princess", "duke", "duchess":
		return s.reach(k) == k && s.reach(k+1) == k+1
	}
	return false
}

// possessedTown reports whether a city or a town follows token k-1's
// possessive, after up to two lower-case words ("Peru's second-largest
// city"): the country's name locating a place (decision 1), where "city"
// after the name alone is a city's name ("Kuwait City").
func (s *scan) possessedTown(k int) bool {
	for j := k; j < len(s.toks) && j < k+3 && !s.toks[j].brk; j++ {
		switch s.key(j) {
		case "city", "cities", "town", "towns":
			return true
		}
		if s.toks[j].upper {
			return false
		}
	}
	return false
}

// rankedCity reports whether a lower-case "city" follows the country's
// name e at tokens [i, end) and a number, an ordinal or a superlative
// stands right before it ("the fifth-biggest US city", "the 20th U.S.
// city"): the name locates a place (decision 1), where "city" after a
// name alone may end a city's name ("Kuwait City").
func (s *scan) rankedCity(e *entry, i, end int) bool {
	if e.kind != kindName || i < 1 || end >= len(s.toks) || s.toks[end].brk || s.toks[end].upper || s.key(end) != "city" || s.toks[i].brk || s.toks[i-1].upper {
		return false
	}
	w := s.key(i - 1)
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
		return true
	}
	return w[0] >= '0' && w[0] <= '9' || len(w) > 4 && strings.HasSuffix(w, "est")
}

// oneCountry reports whether the country's name at tokens [i, end)
// follows a lower-case "one" and names a doctrine: with a word of
// doctrineCues within the next three words, or joined to "one" by a
// hyphen or in quotes opened before "one" in a sentence with such a word
// ("the one-China principle"). "one China Airlines flight" is a firm's,
// and a quoted "one China" alone stays the state.
func (s *scan) oneCountry(i, end int) bool {
	if s.key(i-1) != "one" || s.toks[i-1].upper || s.toks[i].brk {
		return false
	}
	for k := end; k < end+3 && k < len(s.toks) && !s.toks[k].brk; k++ {
		if doctrineWord(s.key(k)) {
			return true
		}
	}
	open := s.s[:s.toks[0].bs]
	if i > 1 {
		open = s.s[s.toks[i-2].be:s.toks[i-1].bs]
	}
	if !gapHas(s.gap(i), "-\u2010\u2011") && !strings.ContainsAny(open, "\"\u201c") {
		return false
	}
	for k := range s.toks {
		if doctrineWord(s.key(k)) {
			return true
		}
	}
	return false
}

// doctrineCues are the words of doctrineWord, one of which oneCountry
// needs in the sentence.
var doctrineCues = cueWords(`policy principle consensus framework`)

// doctrineWord reports whether w names a doctrine or a policy after "one"
// and a country's name.
func doctrineWord(w string) bool {
	switch w {
	case "policy", "principle", "consensus", "framework":
		return true
	}
	return false
}

// memorialWords are memorials, places after a country word ("the New
// Zealand war memorials"; seed 126, in the registry's demonym_not_before
// list), but after its possessive the nation's own ("Germany's memorial to
// the murdered Jews"; possessedPrivate).
var memorialWords = wordSet(`memorial memorials`)

// nationalIncome reports whether up to two industry words from token k
// name the country's income or stock of them ("Iraq's oil revenues",
// "Russia's gas exports"), the state's economy rather than a firm's.
func (s *scan) nationalIncome(k int) bool {
	return s.afterIndustry(k, incomeWords) > 0
}

// incomeWords after a country's industry name its national income.
var incomeWords = wordSet(`revenue revenues reserves exports imports output production wealth`)

// industryAt reports whether "industry" or "industries" stands at token k
// or after up to two industry words ("mining industry") or a run of
// industryRun's ("tourist industry").
func (s *scan) industryAt(k int) bool {
	return s.afterIndustry(k, industryHeads) >= 0 || s.industryRun(k)
}

// industryHeads name an industry itself.
var industryHeads = wordSet(`industry industries`)

// afterIndustry returns how many industry words stand between token k and
// a word of heads (at most two), or -1 when no such word follows them.
func (s *scan) afterIndustry(k int, heads *vocabSet) int {
	for n := 0; n < 3 && k < len(s.toks) && !s.toks[k].brk; n, k = n+1, k+1 {
		if s.in(k, heads) {
			return n
		} else if !s.in(k, industryWords) {
			return -1
		}
	}
	return -1
}

// society reports whether a lower-case word before the name at token i
// makes it a part of the country's society, not its state ("corporate
// America", "rural America", "rural and regional Australia"; seed 134;
// "a united Ireland").
func (s *scan) society(i int) bool {
	return i > 0 && !s.toks[i].brk && !s.toks[i-1].upper && s.in(i-1, societyWords)
}

// societyWords before a country's name make it a part of its society.
var societyWords = wordSet(`corporate black white rural regional urban suburban middle mainstream heartland united
	red blue`)

// treasurySecurities after "Treasury" make it a security the government
// issues, not its finance department.
var treasurySecurities = wordSet(`bill bills bond bonds note notes yield yields securities`)

// regionOf reports whether a capitalised compass or size word right before
// token i makes the name, demonym or seat e a region's or a city's
// ("Northern Ireland", "Western Australia", "Greater London", "Northern
// Irish"). A country's name after a compass word is a part of the country
// as in lower case ("Southern Israel", "Northern Iraq"), unless the two
// name another land (compassLands) or begin a longer name ("the Southern
// Sudan Air Connection").
func (s *scan) regionOf(e *entry, i, end int) bool {
	if i == 0 || s.toks[i].brk || !s.toks[i-1].upper {
		return false
	}
	switch w := s.key(i - 1); w {
	case "northern", "southern", "eastern", "western":
		return e.kind != kindName || compassLands[w+" "+s.key(i)] ||
			end < len(s.toks) && !s.toks[end].brk && s.toks[end].upper && s.key(end) != "s"
	case "greater", "central", "upper", "lower", "inner", "outer":
		return true
	case "south", "west":
		// "the South Australian Government", "West Australian police":
		// a state of Australia, as "Western Australian" is (seed 130).
		return compassLands[w+" "+s.key(i)]
	}
	return false
}

// compassLands are a compass word and a country's name or demonym that
// name another land: a province, a state or a territory of its own. The
// short compass words "South" and "West" take only these (the longer
// "South Africa" and "South African" are aliases of their own).
var compassLands = map[string]bool{"northern ireland": true, "western australia": true, "northern cyprus": true,
	"western sahara": true, "southern rhodesia": true, "northern rhodesia": true,
	"south australia": true, "south australian": true, "west australia": true, "west australian": true}

// language reports whether a demonym at [i, end) names a language: after
// "speak", "fluent", "taught", "learnt" and the like ("speaks French",
// "taught Italian"), or after "in" or "into" at the end of a phrase ("the
// letter was written in Russian.").
func (s *scan) language(i, end int) bool {
	if s.languageLabel(i, end) || s.languageList(i, end) {
		return true
	}
	if i == 0 {
		return false
	}
	if s.toks[i].brk {
		return s.languageGloss(i, end)
	}
	switch s.key(i - 1) {
	case "speak", "speaks", "spoke", "spoken", "speaking", "fluent", "translated", "teach", "teaches", "taught",
		"teaching", "learn", "learns", "learned", "learnt", "learning", "study", "studies", "studied", "studying":
		return true
	case "in", "into":
		return end == len(s.toks) || s.toks[end].brk
	case "of", "for", "and", "or":
		return end-i == 1 && s.academicSubject(i)
	}
	return false
}

// academicSubject reports whether the one-word demonym at token i follows
// "of" or "for" after a university's unit or teacher, or "and" or "or"
// after such a demonym, and ends the phrase or comes before "studies",
// "language", "literature", "at" or "in": a language taught or studied ("the
// Department of Korean and Japanese, Seoul University", "a professor of
// Italian", "the Centre for Thai Studies"; seed 146), not the state ("the
// school for Korean children" stays a demonym of people).
func (s *scan) academicSubject(i int) bool {
	k, last := i-1, i
	if w := s.key(k); w == "and" || w == "or" {
		if k < 3 || s.toks[k].brk || !s.isDemonym(k-1) {
			return false
		}
		k -= 2
	} else if i+2 < len(s.toks) && !s.toks[i+1].brk && !s.toks[i+2].brk && (s.key(i+1) == "and" || s.key(i+1) == "or") && s.isDemonym(i+2) {
		last = i + 2
	}
	if w := s.key(k); w != "of" && w != "for" || k < 1 || s.toks[k].brk || s.toks[k+1].brk {
		return false
	}
	if e := last + 1; e < len(s.toks) && !s.toks[e].brk {
		switch s.key(e) {
		case "studies", "language", "languages", "literature", "at", "in":
		default:
			return false
		}
	}
	switch s.key(k - 1) {
	case "department", "departments", "school", "faculty", "institute", "centre", "center", "professor", "professors",
		"lecturer", "lecturers", "teacher", "teachers":
		return true
	}
	return false
}

// languageGloss reports whether the demonym at tokens [i, end), right
// after a comma or an opening bracket, comes before "for": a language
// glossing a foreign phrase ("the CV (Comando Vermelho, Portuguese for
// Red Command)", "the Shura (Arabic for consultation)"; seed 126).
func (s *scan) languageGloss(i, end int) bool {
	if end >= len(s.toks) || s.toks[end].brk || s.key(end) != "for" {
		return false
	}
	g := s.gap(i)
	return strings.HasSuffix(g, ",") || strings.HasSuffix(g, "(")
}

// languageList reports whether the demonym at tokens [i, end) is an item
// of a list of one-word names, joined by commas, "and" or "or", that holds
// a language no state is named after ("fluent in Mongolian, Russian,
// French and English", "in English or French").
func (s *scan) languageList(i, end int) bool {
	// "English and French officials": the state's, whatever the list.
	if end < len(s.toks) && !s.toks[end].brk && s.in(end, stateHeads) {
		return false
	}
	// next returns the list item after the one that ends at token k, or -1.
	next := func(k int) int {
		if k >= len(s.toks) {
			return -1
		}
		if s.toks[k].brk && s.gap(k) != "," {
			return -1
		}
		if s.in(k, listJoins) {
			if k+1 >= len(s.toks) || s.toks[k+1].brk {
				return -1
			}
			k++
		} else if !s.toks[k].brk {
			return -1
		}
		return k
	}
	for k, n := next(end), 0; k >= 0 && n < 6 && s.toks[k].upper; k, n = next(k+1), n+1 {
		if s.in(k, languageOnly) {
			return true
		}
	}
	// The items before: a word, then a comma or a join, up to the demonym.
	for k, n := i, 0; k > 0 && n < 6; n++ {
		p := k - 1
		if !s.toks[k].brk && s.in(p, listJoins) {
			if p == 0 || s.toks[p].brk && s.gap(p) != "," {
				return false
			}
			p--
		} else if !s.toks[k].brk || s.gap(k) != "," {
			return false
		}
		if !s.toks[p].upper || p > 0 && !s.toks[p].brk && s.toks[p-1].upper {
			return false
		}
		if s.in(p, languageOnly) {
			return true
		}
		k = p
	}
	return false
}

// listJoins join the items of a list.
var listJoins = wordSet(`and or`)

// languageOnly are languages that no party of the registry is named after.
var languageOnly = wordSet(`english arabic mandarin cantonese hindi urdu swahili latin hebrew bengali punjabi tamil
	esperanto farsi`)

// languageLabel reports whether the demonym at tokens [i, end) names the
// language of a name given in parentheses: it opens the parenthesis, alone
// or coordinated with another language, and a colon follows it ("(Dutch:
// Christelijke Volkspartij)", "(Swedish and Norwegian: Nobels fredspris)"),
// or a colon and a quotation follow it, with no article before it.
func (s *scan) languageLabel(i, end int) bool {
	opens := func(k int) bool { return k > 0 && strings.HasSuffix(s.gap(k), "(") }
	// "(Swedish and Norwegian:": the demonym before "and".
	if opens(i) && end+1 < len(s.toks) && !s.toks[end].brk && s.key(end) == "and" && s.isDemonym(end+1) &&
		end+2 < len(s.toks) && strings.HasPrefix(s.gap(end+2), ":") {
		return true
	}
	if end >= len(s.toks) || !strings.HasPrefix(s.gap(end), ":") {
		return false
	}
	if opens(i) {
		return true
	}
	// 'an old verse, Swedish: "we stand together"': the language of a
	// quotation after the colon (seed 136); 'told the Russian: "Go"' is a
	// person.
	if g := s.gap(end); openQuote(g[1:]) && (i == 0 || s.toks[i].brk || !s.in(i-1, articles)) {
		return true
	}
	// "(Swedish and Norwegian:": the demonym after "and".
	return i >= 2 && !s.toks[i].brk && !s.toks[i-1].brk && s.key(i-1) == "and" && s.isDemonym(i-2) && opens(i-2)
}

// industryWords may stand between a country word and the firm, product or
// market it modifies ("US investment group", "Australian mining firm"),
// or the place ("the New Zealand war memorials"; seed 126); a portfolio's
// word that names a trade too is one of them ("a UK finance company", "a
// US health insurer"; seed 140), and its minister stays the state's; so
// are "electricity" and a web host's words ("a US web hosting firm"; seed
// 146), and amusement parks' ("a Dutch theme park operator"; seed 170),
// not railways' ("Canada's rail workers" stay; seed 154); so are
// "telecommunications" spelt out ("a Kenyan telecommunications firm") and
// "business", before firms' people and their world ("the UK business
// community", "US business executives"; seed 183; businessCircle).
var industryWords = wordSet(`investment mining oil gas drug drugs car steel energy insurance software
	chemical chemicals tech technology telecoms telecom arms engineering food retail shipping property
	construction pharmaceutical pharmaceuticals financial private auto banking hedge asset equity venture
	power electronics toy fashion internet computer aerospace defence defense airline aviation mobile phone
	tobacco brewing online holding trading manufacturing textile clothing cement coal gold copper diamond
	timber sugar big major leading biggest largest small rival media commercial budget housing mortgage
	home loan law dairy beef pork poultry sheep grain wheat rice fruit farm farming fishing aircraft
	airplane plane helicopter jet vehicle truck chip semiconductor biotech medical device solar wind
	turbine battery satellite shipbuilding appliance furniture glass paper plastics rubber tyre tire
	machinery machine tool equipment beverage beer spirits cosmetics footwear apparel jewellery jewelry
	flag mass security hamburger burger pizza one two five ten twenty fifty hundred peace horse race racing
	sports network subprime services tax war cable tv finance health auction automobile automotive natural electricity web hosting
	amusement theme park telecommunications telecommunication business`)

// notStateHolder reports whether the words after a name or demonym ending
// at token end make it the home of someone who is not the state: "the UK
// leader of the opposition", "Uganda's Parliament", "Israel's Supreme
// Court", "Thailand's Democrats", "Italy's centre-left parties",
// "Germany's DAX", "Britain's The Guardian" (the legislature, the court,
// the party, the market or the title is what the possessive names), "the
// Brazilian Federal Senate", "a New Zealand political party", "a
// growing US Hispanic population" (a people or a faith in the country),
// "the Indonesian national news agency" (a medium; standingAgency).
func (s *scan) notStateHolder(e *entry, end int) bool {
	if (e.kind == kindName && e.role != RoleOrg || e.kind == kindDemonym || e.kind == kindSeat) && end < len(s.toks) && s.in(end, agencyStanding) && s.standingAgency(end) {
		return true
	}
	if (e.kind == kindName || e.kind == kindDemonym) && s.oppositionLeader(end) {
		return true
	}
	if (e.kind == kindName || e.kind == kindDemonym) && end < len(s.toks) && s.toks[end].upper && s.grandPrix(end) {
		return true
	}
	if e.kind == kindName && end+1 < len(s.toks) && s.toks[end].upper && s.coastName(end) {
		return true
	}
	if end+1 < len(s.toks) && !s.toks[end].brk && !s.toks[end+1].brk {
		w, next := s.key(end), s.key(end+1)
		// "Iran's supreme leader" is the state's; "Iran's Supreme Court"
		// and "El Salvador's Supreme Electoral Tribunal" are not.
		// "Iran's Supreme Council of National Security" is a body of
		// the state (councilOfState).
		legislature := s.in(end+1, legislatureWords) && (next != "supreme" || s.courtWithin(end+2) && !s.councilOfState(end+3)) || w == "s" && s.chamberAt(end+1)
		if e.kind == kindName && w == "s" && (legislature || s.in(end+1, marketNames) || s.toks[end+1].upper && (s.in(end+1, partyMembers) || next == "the") || s.partyAt(end+1) || s.firmAt(end+1) ||
			s.agencyNamed(end+1) || s.exchangeNamed(end+1) || s.ownedFirmAt(end+1) || s.qualifiedLegislature(end+1) || s.facilityNamed(end+1) ||
			s.namedFirmAt(end+1)) {
			return true
		}
		if w == "s" || w == "deputy" {
			// "London's FTSE fell", "Sofia's Sofix rising 69%": a capital's
			// market, or its index by name moving by a share (seed 137).
			if w == "s" && (e.kind == kindSeat && e.role == RoleCapital && (s.in(end+1, marketNames) || s.marked(markDigit) && s.indexMove(end+1)) ||
				e.kind == kindName && s.marked(markDigit) && s.indexMove(end+1)) {
				return true
			}
			// "the Brazilian Deputy Alberto Fraga": a member of the
			// legislature (seed 136).
			if (e.kind == kindName || e.kind == kindDemonym) && (w == "deputy" && s.legislatorTitle(end) || w == "s" && next == "deputy" && s.legislatorTitle(end+1)) {
				return true
			}
		}
		// "a New Zealand political party": a party, not the state (seed 106);
		// "the small Canadian third parties": parties outside the main two
		// (seed 173).
		if (e.kind == kindName || e.kind == kindDemonym) && (w == "political" || w == "third") && (next == "party" || next == "parties") {
			return true
		}
		// "the Brazilian Federal Senate", "the Iraqi national assembly".
		if (e.kind == kindName || e.kind == kindDemonym) && (w == "federal" || w == "national") && s.in(end+1, legislatureWords) {
			return true
		}
		// "UK Members of Parliament", "Kenya's members of the
		// national assembly": legislators, as "MPs" are; and one of them
		// ("a Canada Member of Parliament"; seed 183).
		if (e.kind == kindName || e.kind == kindDemonym) && ((w == "members" || w == "member") && s.membersOfLegislature(end) || w == "s" && next == "members" && s.membersOfLegislature(end+1)) {
			return true
		}
	}
	return e.kind == kindName && end < len(s.toks) && !s.toks[end].brk && s.in(end, peopleAfterName)
}

// facilityNamed reports whether a site is named from token k, after a
// country's possessive or name: one to three capitalised words and a
// capitalised word of a works' kind that ends the name ("Britain's Fawley
// Oil Refinery", "Chile's Escondida Mine", "Norway's Kollsnes Gas
// Terminal"; seed 168; "the New Zealand Kiwi Mine"; seed 183), a firm's
// site that the country's word locates, as a possessive owns a firm
// (decision 2). A nuclear or atomic site stays the state's ("Iran's Arak
// Nuclear Plant"), and so do the forces' ("the US Army Ammunition
// Plant") and an office's name that goes on after the word ("Kenya's
// Public Works Department").
func (s *scan) facilityNamed(k int) bool {
	if !s.cued(facilityCues) || k >= len(s.toks) || !s.toks[k].upper {
		return false
	}
	for j := k; j < k+4 && j < len(s.toks) && !s.toks[j].brk && s.toks[j].upper; j++ {
		w := s.key(j)
		switch w {
		case "nuclear", "atomic", "army", "navy", "naval", "military", "defence", "defense":
			return false
		}
		if j == k || j+1 < len(s.toks) && !s.toks[j+1].brk && s.toks[j+1].upper {
			continue
		}
		switch w {
		case "refinery", "refineries", "terminal", "plant", "mine", "mines", "oilfield", "field", "works", "smelter":
			return !s.allCaps() && !s.titleCased()
		case "station":
			return s.key(j-1) == "power" && !s.allCaps() && !s.titleCased()
		}
	}
	return false
}

// facilityCues are the words one of which facilityNamed needs to report
// true: the works' kinds that end a site's name.
var facilityCues = cueWords(`refinery refineries terminal plant mine mines oilfield field works smelter station`)

// ownedFirmAt reports whether a firm or a medium that the state owns or
// runs is named from token k, after a country's possessive (seed 166):
// "state-run", "state-owned", "government-controlled" and the like, or a
// lower-case "public", then, past up to four words of its name or trade,
// a firm's or a medium's head ("Italy's state-run Rai Uno television",
// "Peru's state-owned oil company", "Spain's public broadcaster", "Iran's
// state-run media"). A firm is not the state, whoever owns it (labels
// decision 2). A news agency stays the state's, named or not, as the
// train labels count it ("Turkey's state-run news agency", "China's
// state-controlled Xinhua"), and so do a lone "state" ("China's state oil
// company") and the national airline, which the train labels count too
// ("Fiji's national airline").
func (s *scan) ownedFirmAt(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k+1].brk || s.toks[k].upper {
		return false
	}
	j := k + 1
	switch s.key(k) {
	case "state", "government":
		if !s.in(j, ownedWords) {
			return false
		}
		j++
	case "public":
	default:
		return false
	}
	for n := 0; n < 4 && j < len(s.toks) && !s.toks[j].brk; n, j = n+1, j+1 {
		if s.in(j, possessedFirms) || s.in(j, broadcastWords) || s.in(j, channelWords) || s.in(j, carrierWords) || s.key(j) == "media" {
			return !s.allCaps()
		}
		if !s.toks[j].upper && !s.in(j, industryWords) {
			return false
		}
	}
	return false
}

// namedFirmAt reports whether a firm's capitalised name of up to three
// words starts at token k, after a country's possessive, and ends in a
// firm's head word (firmWords, or "Banks", a writer's plural), maybe with
// a suffix ("Norway's Fjord Foods", "Japan's Sakura Holdings", "Canada's
// Maple Leaf Banks", "Britain's Tay Group PLC"): a firm, not the state
// (labels decision 2). A central bank ("Switzerland's Swiss National
// Bank", "India's Reserve Bank"), a bank "of" a place ("Canada's Bank
// of Canada") and a longer name ("America's Securities and Exchange
// Commission") stay the state's.
func (s *scan) namedFirmAt(k int) bool {
	for j := k; j < k+3 && j < len(s.toks) && !s.toks[j].brk && s.toks[j].upper; j++ {
		w := s.key(j)
		if !s.in(j, firmWords) && w != "banks" || w == "capital" || w == "partners" {
			continue
		}
		if (w == "bank" || w == "banks") && (j == k || s.in(j-1, centralBankWords)) {
			return false
		}
		// The name ends here, or with a firm's suffix ("PLC"); "and" or
		// "of" goes on with it ("Securities and Exchange Commission").
		return (j+1 >= len(s.toks) || s.toks[j+1].brk || !s.toks[j+1].upper && !s.in(j+1, nameJoins) || s.in(j+1, firmSuffixes)) &&
			!s.allCaps() && !s.titleCased()
	}
	return false
}

// ownedWords join "state" or "government" to a firm it owns or runs
// ("state-run", "government-owned").
var ownedWords = wordSet(`run owned controlled`)

// carrierWords name an airline ("a state-owned carrier").
var carrierWords = wordSet(`carrier carriers airline airlines`)

// qualifiedLegislature reports whether one or two words of its standing
// ("transitional", "new", "lower", ...) and then a legislature or a court
// of legislatureWords start at token k, after a country's possessive
// ("Somalia's transitional parliament"; seed 166), not the state as
// "Iraq's parliament" is not.
func (s *scan) qualifiedLegislature(k int) bool {
	for n := 0; n < 2 && k+1 < len(s.toks) && !s.toks[k+1].brk && !s.toks[k].upper && (s.in(k, interimWords) || s.in(k, officeOrdinals) || s.in(k, chamberStanding)); n++ {
		k++
		if s.in(k, legislatureWords) && s.key(k) != "supreme" {
			return true
		}
	}
	return false
}

// chamberStanding may stand between a country's possessive and its
// legislature ("Iraq's national assembly", "Japan's upper house").
var chamberStanding = wordSet(`national lower upper federal elected current previous dissolved top highest`)

// coastName reports whether a capitalised geographic name starts at token
// k, after a country's name: "Gulf of" or "Gulf Coast", or a coast by its
// side ("West Coast", "Atlantic Coast"), or "Pacific Northwest" ("the US
// Gulf Coast"; seed 167): a place's name (guideline 9), not the state.
// "the U.S. Pacific Command" stays the state's, and so do its waters
// after a possessive ("the United States' Gulf of Mexico", as the train
// labels count it).
func (s *scan) coastName(k int) bool {
	if s.toks[k].brk || s.toks[k+1].brk || !s.toks[k+1].upper && s.key(k+1) != "of" || s.allCaps() || s.titleCased() || gapHas(s.s[s.toks[k-1].be:s.toks[k].bs], "'\u2019") {
		return false
	}
	switch s.key(k) {
	case "gulf":
		return s.key(k+1) == "of" || s.key(k+1) == "coast"
	case "west", "east", "atlantic", "pacific":
		return s.key(k+1) == "coast" || s.key(k+1) == "northwest"
	}
	return false
}

// membersOfLegislature reports whether "members of" and a legislature or
// a court of legislatureWords start at token k, "the" and a word of its
// name between or not ("members of the European Parliament").
func (s *scan) membersOfLegislature(k int) bool {
	if k+2 >= len(s.toks) || s.key(k+1) != "of" || s.toks[k+1].brk {
		return false
	}
	for n := k + 2; n < k+5 && n < len(s.toks) && !s.toks[n].brk; n++ {
		if s.in(n, legislatureWords) {
			return true
		}
		switch s.key(n) {
		case "the", "national", "european", "federal", "legislative":
			continue
		}
		if !s.toks[n].upper {
			return false
		}
	}
	return false
}

// chamberAt reports whether a legislature's chamber that legislatureWords
// does not name starts at token k: "lower" or "upper" and "house" or
// "chamber", or a capitalised "House of" and a capitalised name ("Japan's
// lower house", "Australia's House of Representatives"; seed 146).
func (s *scan) chamberAt(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k+1].brk {
		return false
	}
	switch s.key(k) {
	case "lower", "upper":
		w := s.key(k + 1)
		return w == "house" || w == "chamber"
	case "house":
		return s.toks[k].upper && s.key(k+1) == "of" && k+2 < len(s.toks) && !s.toks[k+2].brk && s.toks[k+2].upper && !s.allCaps()
	}
	return false
}

// legislatorTitle reports whether a capitalised "Deputy" at token k
// titles a member of a legislature by name ("the Brazilian Deputy Alberto
// Fraga (PTB)", "Brazil's Deputy Roberto Jefferson"; seed 136): one to
// four capitalised words of a personal name follow, none of them an
// office's, a rank's or a title's, and no office word or joiner after
// them ("Deputy Prime Minister", "Deputy Sports Minister", "Deputy
// Speaker", "Deputy Youth and Sports Minister" stay offices).
func (s *scan) legislatorTitle(k int) bool {
	if !s.toks[k].upper || s.allCaps() {
		return false
	}
	n := k + 1
	for ; n < len(s.toks) && n < k+5 && !s.toks[n].brk && s.toks[n].upper; n++ {
		if s.officeKind(n) != 0 || s.in(n, leaderTitleWords) || s.in(n, cityOffices) || s.in(n, rankTitles) || s.in(n, notNames) {
			return false
		}
		switch s.key(n) {
		case "speaker", "leader", "pm", "fm", "marshal", "sheriff", "inspector", "registrar", "ombudsman", "ministers":
			return false
		}
	}
	return n > k+1 && (n == len(s.toks) || s.toks[n].brk || s.officeKind(n) == 0)
}

// partyAt reports whether a political party is named from token k, at
// most three words (a hyphenated one counts two) before "party" or
// "parties" ("Italy's centre-left parties", "Japan's main opposition
// Democratic Party"), or a party's youth wing, "youth" or "young" and
// then a league, a union, a movement or a wing ("Cuba's Young Communist
// Union", "China's Communist Youth League"; seed 136).
func (s *scan) partyAt(k int) bool {
	young := false
	for n := k; n < k+4 && n < len(s.toks); n++ {
		if n > k && s.toks[n].brk {
			return false
		}
		w := s.key(n)
		if w == "party" || w == "parties" {
			return true
		}
		switch w {
		case "youth", "young":
			young = true
		case "league", "union", "movement", "wing":
			if young {
				return true
			}
		}
		// "Iraq's politics because his party": another phrase.
		if s.in(n, openingWords) || s.in(n, partyBreaks) {
			return false
		}
	}
	return false
}

// firmAt reports whether a firm or a newspaper is named from token k,
// after at most two lower-case words ("Australia's dominant
// telecommunications company", "Israel's bestselling paper"; a language's
// compound counts as one, "Egypt's Arabic-language paper"), or a
// broadcaster's network or channel ("Canada's television network"; seed
// 134), with no word of the state before it ("China's state oil company"
// and "China's state television network" stay the state's).
func (s *scan) firmAt(k int) bool {
	last := k + 3
	for n := k; n < last && n < len(s.toks); n++ {
		if n > k && s.toks[n].brk {
			return false
		}
		// "Thailand's English-language paper": a language joined by a
		// hyphen to "language" is one word of the paper's kind (seed 140).
		if s.toks[n].upper && !s.allCaps() {
			if n+1 >= len(s.toks) || s.key(n+1) != "language" || !gapHas(s.gap(n+1), "-\u2010\u2011") {
				return false
			}
			n++
			last++
			continue
		}
		if s.in(n, possessedFirms) || s.in(n, broadcastWords) && n+1 < len(s.toks) && !s.toks[n+1].brk && s.in(n+1, channelWords) {
			return true
		}
		if s.in(n, stateHeads) {
			return false
		}
	}
	return false
}

// agencyNamed reports whether a news agency's name starts at token k,
// after a country's possessive and up to two lower-case words of its
// standing: one or two capitalised words and "news agency" or "news
// service" in lower case ("South Korea's Yonhap news service", "China's
// official Xinhua news agency"), a medium quoted as a source, not the
// state (the seed-86 and seed-87 readers); a name in capitals to its end
// is the state's agency ("North Korea's Korean Central News Agency"). A
// capitalised "News" ending the name is a broadcaster's ("Canada's CTV
// News"). The agency unnamed stays the state's ("Turkey's state-run news
// agency said", as the train labels count it).
func (s *scan) agencyNamed(k int) bool {
	for n := 0; n < 2 && k < len(s.toks) && !s.toks[k].brk && !s.toks[k].upper && s.in(k, agencyStanding); n++ {
		k++
	}
	n := 0
	for ; n < 2 && k < len(s.toks) && !s.toks[k].brk && s.toks[k].upper && s.key(k) != "news"; n++ {
		k++
	}
	if n == 0 || s.allCaps() || k >= len(s.toks) || s.toks[k].brk || s.key(k) != "news" {
		return false
	}
	// "Canada's CTV News": a broadcaster's capitalised "News" that ends
	// the name ("Korean Central News Agency" goes on).
	if s.toks[k].upper {
		return !s.titleCased() && (k+1 == len(s.toks) || s.toks[k+1].brk || !s.toks[k+1].upper)
	}
	return k+1 < len(s.toks) && !s.toks[k+1].brk && (s.key(k+1) == "agency" || s.key(k+1) == "service")
}

// exchangeNamed reports whether an exchange's capitalised name of up to
// four words, ending in "Exchange" or "Bourse", starts at token k after a
// country's possessive, past up to two lower-case words that say how it
// stands ("Japan's recently opened Osaka Growth Exchange"; seed 134):
// a market, not the state. A name that goes on ("Securities and Exchange
// Commission", "Exchange Commission") is not one.
func (s *scan) exchangeNamed(k int) bool {
	for n := 0; n < 2 && k < len(s.toks) && !s.toks[k].brk && !s.toks[k].upper; n++ {
		if s.in(k, stateHeads) {
			return false
		}
		k++
	}
	for n := 0; n < 4 && k < len(s.toks) && !s.toks[k].brk && s.toks[k].upper; n, k = n+1, k+1 {
		if w := s.key(k); (w == "exchange" || w == "exchanges" || w == "bourse") && (k+1 >= len(s.toks) || s.toks[k+1].brk || !s.toks[k+1].upper) {
			return !s.allCaps() && !s.titleCased()
		}
	}
	return false
}

// agencyStanding may stand between a country's possessive and its news
// agency's name ("China's official Xinhua news agency"), or between a
// country's word and an unnamed one ("the Indonesian national news
// agency").
var agencyStanding = wordSet(`official semi state run owned controlled semiofficial government national`)

// newsAgencyAt reports whether a news or press agency, or a news service,
// in lower case, starts at token k ("news agency", "press agency").
func (s *scan) newsAgencyAt(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].brk || s.toks[k+1].brk || s.toks[k].upper && !s.allCaps() {
		return false
	}
	if w := s.key(k); w != "news" && w != "press" {
		return false
	}
	w := s.key(k + 1)
	return w == "agency" || w == "agencies" || w == "service"
}

// standingAgency reports whether up to two words of agencyStanding and
// then a news agency follow a country's name or demonym at token end:
// its national, official or state news agency, a medium quoted as a
// source, not the state ("the Indonesian national news agency", "the
// Syrian state-run news agency"; seed 123), as "Iranian news agency" is
// (notStateAfter).
func (s *scan) standingAgency(end int) bool {
	k := end
	for n := 0; n < 3 && k < len(s.toks) && !s.toks[k].brk && s.in(k, agencyStanding); n++ {
		k++
	}
	return k > end && s.newsAgencyAt(k)
}

// possessedFirms after a country's possessive and its adjectives name a
// firm or a newspaper of the country.
var possessedFirms = wordSet(`company companies firm firms paper papers newspaper newspapers broadcaster
	broadcasters airline airlines brokerage insurer lender retailer carmaker automaker conglomerate`)

// partyBreaks end the phrase partyAt reads before "party".
var partyBreaks = wordSet(`because his her its their of in for to is was`)

// indexMove reports whether a capitalised word at token k that starts no
// alias is a market's index or a firm whose price moves by a share: a
// verb of a price's move, "by" or not, a number and "%", "percent" or
// "per cent" ("Sofix rising 69%", "Topix fell by 2 percent").
func (s *scan) indexMove(k int) bool {
	if k+2 >= len(s.toks) || !s.toks[k].upper || s.toks[k+1].brk || s.allCaps() || s.reach(k) > k {
		return false
	}
	switch s.key(k + 1) {
	case "rose", "fell", "gained", "lost", "climbed", "dropped", "slipped", "jumped", "tumbled", "rising", "falling",
		"gaining", "losing", "climbing", "dropping", "sliding", "slid", "surged", "plunged", "added", "shed":
	default:
		return false
	}
	n := k + 2
	if s.key(n) == "by" && n+1 < len(s.toks) {
		n++
	}
	if s.toks[n].brk || !digits(s.key(n)) {
		return false
	}
	// "2.92%": the decimals.
	if n+1 < len(s.toks) && s.gap(n+1) == "." && digits(s.key(n+1)) {
		n++
	}
	if n+1 < len(s.toks) && !s.toks[n+1].brk {
		w := s.key(n + 1)
		return w == "percent" || w == "per" && n+2 < len(s.toks) && s.key(n+2) == "cent"
	}
	return int(s.toks[n].be) < len(s.s) && s.s[s.toks[n].be] == '%'
}

// marketNames after a country's possessive name its markets ("Germany's
// DAX", "Japan's stock market").
var marketNames = wordSet(`dax ftse nikkei sensex kospi cac stock stocks bourse bourses`)

// partyMembers, capitalised after a country's possessive, name one of its
// political parties ("Thailand's Democrats").
var partyMembers = wordSet(`democrats republicans conservatives liberals socialists communists greens
	nationalists`)

// oppositionLeader reports whether the words from token k are "leader of
// the opposition" or a democracy campaigner's (democracyFigure).
func (s *scan) oppositionLeader(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	if w := s.key(k); w == "democracy" || w == "pro" {
		return s.democracyFigure(k)
	} else if k+3 >= len(s.toks) || w != "leader" {
		return false
	}
	for n, w := range [...]string{"of", "the", "opposition"} {
		if s.toks[k+1+n].brk || s.key(k+1+n) != w {
			return false
		}
	}
	return true
}

// grandPrix reports whether up to three capitalised words from token k end
// in "GP" or "Grand Prix" ("the Malta Aero GP", "the Bahrain Grand
// Prix"): a race, an event, not the state (seed 124).
func (s *scan) grandPrix(k int) bool {
	for n := k; n < k+4 && n < len(s.toks) && !s.toks[n].brk && s.toks[n].upper; n++ {
		// The length first: most capitalised words are neither.
		switch t := s.toks[n]; t.ne - t.ns {
		case 2:
			if s.key(n) == "gp" {
				return true
			}
		case 5:
			if s.key(n) == "grand" {
				return n+1 < len(s.toks) && !s.toks[n+1].brk && s.key(n+1) == "prix"
			}
		}
	}
	return false
}

// democracyFigure reports whether "democracy" or "pro-democracy" and a
// word of democracyFigures start at token k ("Burmese democracy leader",
// "Burmese pro-democracy activists"): a campaigner against the
// government, a private person (seed 125).
func (s *scan) democracyFigure(k int) bool {
	if k+1 < len(s.toks) && s.key(k) == "pro" && !s.toks[k+1].brk && gapHas(s.gap(k+1), "-\u2010\u2011") {
		k++
	}
	return k+1 < len(s.toks) && s.key(k) == "democracy" && !s.toks[k+1].brk && s.in(k+1, democracyFigures)
}

// democracyFigures after "democracy" are its campaigners.
var democracyFigures = wordSet(`leader leaders activist activists icon campaigner campaigners advocate advocates
	champion figure`)

// peopleAfterName, after a country's name, make it a people's or a faith's
// home ("the US Hispanic population", "UK Catholics"); after a demonym
// they may follow the state ("anti-Syrian Christian groups").
var peopleAfterName = wordSet(`hispanic hispanics latino latinos latina jewish catholic catholics christian
	christians evangelical evangelicals`)

// notStateAfter are words after which a country's name, demonym or capital
// does not stand for the state acting (country guideline 9): legislatures
// and courts, origins, media, parties and people, the public.
var notStateAfter = wordSet(`senate senator senators congress congressman congresswoman congressional
	congressmen representatives supreme court courts judge judges district jury based born bred educated
	citizenship passport passports news television tv politics house rep reps public cypriots woman man
	women men immigrant labor labour radical greens muslim international citizen citizens economist economists
	municipal municipality metropolitan speaking speaker speakers lawmakers legislators parliamentarians mps representative
	parliament legislature assembly democrat democrats liberal jobs prices audience audiences activist activists
	travellers travelers tourists housing`)

// portfolioAt reports whether the word at token k is a portfolio's, a
// minister's or a department's after it ("the US Labor Department", "the
// US labor secretary"), "public" before the state's purse ("the U.S.
// public debt"), or "supreme" before its leader ("the Iranian supreme
// leader"; seed 134) or a council of the state (councilOfState), not a
// word of notStateAfter in its own right.
func (s *scan) portfolioAt(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k+1].brk {
		return false
	}
	if s.in(k+1, portfolioOffices) {
		return true
	}
	switch s.key(k) {
	case "public":
		return s.in(k+1, publicPurse)
	case "supreme":
		// "the Greek Supreme Council of National Defence" (seed 170).
		return s.key(k+1) == "leader" || s.councilOfState(k+2)
	}
	return false
}

// publicPurse after "public" names the state's money: "the U.S. public
// debt", "Britain's public finances".
var publicPurse = wordSet(`debt debts finances spending expenditure deficit deficits funds money purse sector`)

// orgOrgans after an organisation's name are its organs and officials,
// though after a country's they are its legislature (notStateAfter).
var orgOrgans = wordSet(`representative representatives parliament assembly`)

// legislatureWords after a country's possessive name its legislature or
// its courts, which are not labelled (country guideline 9); chambers by
// their own names too ("Ireland's Dáil", "Germany's Bundestag"; seed 195).
var legislatureWords = wordSet(`parliament parliaments legislature legislatures senate congress assembly duma
	knesset majlis lawmakers legislators parliamentarians mps court courts supreme judiciary judges dail
	oireachtas bundestag bundesrat sejm storting riksdag folketing althing eduskunta rada`)

// courtWithin reports whether a court or a tribunal is named at token k
// or the one after ("Court", "Electoral Tribunal").
func (s *scan) courtWithin(k int) bool {
	for n := k; n < k+2 && n < len(s.toks); n++ {
		if n > k && s.toks[n].brk {
			return false
		}
		switch s.key(n) {
		case "court", "courts", "tribunal", "tribunals", "council":
			return true
		}
	}
	return false
}

// legislatureOf reports whether the country's name at token i follows a
// legislature or a court and "of" ("the parliament of Zimbabwe", "the
// Supreme Court of Canada"), which are not labelled (country guideline 9).
func (s *scan) legislatureOf(i int) bool {
	k := i - 1
	if k > 0 && s.key(k) == "the" && !s.toks[k].brk {
		k--
	}
	return k > 0 && s.key(k) == "of" && !s.toks[k].brk && !s.toks[i].brk && s.in(k-1, legislatureWords)
}

// courtOf reports whether the organisation's name at token i follows a
// court and "of", "the" or not ("the supreme court of the European
// Union", "the Court of Justice of the European Union"; seed 151): a
// court, not the organisation (decisions of the labels), while its
// parliament and its assembly stay its bodies.
func (s *scan) courtOf(i int) bool {
	k := i - 1
	if k > 0 && s.key(k) == "the" && !s.toks[k].brk {
		k--
	}
	if k < 1 || s.key(k) != "of" || s.toks[k].brk || s.toks[k+1].brk {
		return false
	}
	w := s.key(k - 1)
	if w == "justice" && k >= 3 && !s.toks[k-1].brk && !s.toks[k-2].brk && s.key(k-2) == "of" {
		w = s.key(k - 3)
	}
	return w == "court" || w == "courts"
}

// courtAfter reports whether the words at token k name a court ("a U.S.
// appeals court", "a Russian military tribunal").
func (s *scan) courtAfter(k int) bool {
	// "Pakistan's top court": the possessive's "s".
	if k+1 < len(s.toks) && s.key(k) == "s" && !s.toks[k+1].brk && gapHas(s.s[s.toks[k-1].be:s.toks[k].bs], "'\u2019") {
		k++
	}
	// "Mexico's Federal Electoral Tribunal", "the United States Chief
	// Justice": a court or one of its judges by title (seed 164).
	if k+1 < len(s.toks) && !s.toks[k+1].brk && s.toks[k].upper && (s.courtNamed(k) || s.justiceTitle(k)) {
		return true
	}
	// "the U.S. 9th Circuit Court of Appeals": an ordinal before the kind.
	if w := s.key(k); k+2 < len(s.toks) && !s.toks[k+1].brk && len(w) > 2 && w[0] >= '1' && w[0] <= '9' && ordinalEnds.has(w[len(w)-2:]) {
		k++
	}
	if k+1 >= len(s.toks) || s.toks[k+1].brk || !s.in(k, courtKinds) {
		return false
	}
	// "the German federal Constitutional Court": two kinds.
	if k+2 < len(s.toks) && !s.toks[k+2].brk && s.in(k+1, courtKinds) {
		k++
	}
	switch s.key(k + 1) {
	case "court", "courts", "tribunal", "tribunals", "judge", "judges":
		return true
	}
	return false
}

// courtNamed reports whether a capitalised name of one to three words
// that ends in "Court" or "Tribunal" starts at token k ("Federal
// Electoral Tribunal", "Federal Shariat Court"): a court's name, its
// words capitalised for the name, not for a headline, nor an alias's
// ("the International Criminal Court" is a party of its own).
func (s *scan) courtNamed(k int) bool {
	for n := k + 1; n < k+4 && n < len(s.toks) && !s.toks[n].brk && s.toks[n].upper; n++ {
		switch s.key(n) {
		case "court", "courts", "tribunal", "tribunals":
			return !s.allCaps() && !s.titleCased() && s.reach(k) == k
		}
	}
	return false
}

// justiceTitle reports whether a judge's title starts at token k: "Chief
// Justice" ("the United States Chief Justice"), or "Justice" and a
// capitalised name that no office or body goes on with ("US Justice Anne
// Hale"; not "the US Justice Department", "the Irish Justice Minister").
func (s *scan) justiceTitle(k int) bool {
	switch s.key(k) {
	case "chief":
		return s.key(k+1) == "justice"
	case "justice":
		return s.toks[k+1].upper && !s.allCaps() && !s.titleCased() && s.officeKind(k+1) == 0 && !s.in(k+1, stateHeads)
	}
	return false
}

// courtCues are the words one of which courtAfter needs to report true.
var courtCues = cueWords(`court courts tribunal tribunals judge judges justice`)

// ordinalEnds end an ordinal written in figures ("9th", "2nd").
var ordinalEnds = wordSet(`st nd rd th`)

// courtKinds are the words between a country and "court" in a court's
// description.
var courtKinds = wordSet(`appeals appeal appellate federal circuit military high lower trial bankruptcy
	magistrate magistrates constitutional top highest civilian civil criminal`)

// notActing reports whether the seat, body or demonym e at tokens [i,
// end) is not the state acting: a seat used as a place, a body or a
// capital that is a journalist's beat ("Pentagon reporters", "a Moscow
// correspondent"), a body named as a party to a court case, or a demonym
// or a capital whose context does not make it the state acting
// (acting.go).
func (s *scan) notActing(e *entry, i, end int) bool {
	if e.kind == kindSeat && (s.placeUse(i, end, e.role) || i < s.placeUntil || e.role == RoleCapital && (s.titledName(i) || s.surnameAfterNames(i))) {
		return true
	}
	if (e.kind == kindBody || e.kind == kindSeat) && end < len(s.toks) && !s.toks[end].brk && s.in(end, beatWords) {
		return true
	}
	// "Citizens United v. Federal Election Commission": a party to a case.
	if e.kind == kindBody && i > 0 && s.in(i-1, caseWords) && (!s.toks[i].brk || s.gap(i) == ".") {
		return true
	}
	// "the British Royal Navy", "the Russian Federal Security Service":
	// the demonym before one of its own state's bodies.
	return e.kind == kindDemonym && !s.ownBodyAt(end, e.party) && !s.demonymActs(i, end) ||
		e.kind == kindSeat && e.role == RoleCapital && !s.capitalActs(i, end)
}

// titledName reports whether a capitalised personal title stands right
// before token i ("Bishop Washington", "Mr. Lima"; seed 138): the name is
// a person's, not a capital's.
func (s *scan) titledName(i int) bool {
	if i == 0 || s.toks[i].brk && s.gap(i) != "." || !s.toks[i-1].upper {
		return false
	}
	if s.in(i-1, personTitles) {
		return true
	}
	switch s.key(i - 1) {
	case "bishop", "archbishop", "reverend", "rev", "father", "judge", "justice", "pastor", "sister", "brother", "rabbi", "imam":
		return true
	}
	return false
}

// surnameAfterNames reports whether two capitalised words that start no
// alias's match, no title, office, time, compass or city word, stand right before
// the capital at token i: a personal name that the capital ends as a
// surname ("Jorge Amado Lima"; seed 145), not "Central Lima" or "the
// President of Peru, Lima".
func (s *scan) surnameAfterNames(i int) bool {
	if i < 2 || s.toks[i].brk || s.toks[i-1].brk || !s.toks[i-1].upper || !s.toks[i-2].upper || s.allCaps() || s.titleCased() {
		return false
	}
	for k := i - 2; k < i; k++ {
		if s.toks[k].allUp || s.reach(k) > k || s.in(k, notNames) || s.in(k, openingWords) || s.in(k, timeWords) || s.officeKind(k) != 0 ||
			s.in(k, leaderTitleWords) || s.in(k, personTitles) || s.in(k, compassWords) || s.in(k, cityWords) {
			return false
		}
	}
	return true
}

// beatWords after a body or a capital make it a journalist's beat.
var beatWords = wordSet(`reporter reporters correspondent correspondents`)

// placeWords are the words after which a capital or seat is a place;
// placeExceptions gives, for some of them, the words that, just before
// them, make the capital the government again.
var placeWords = wordSet(`in at to of near across around outside inside throughout within visited visiting
	visit visits arrived arriving reached landed flew fly flying travelled traveled`)

// placePeople before "in" or "at", placeMessages before "to" and
// placeDealings before "of" make a capital after them the government
// ("officials in New Delhi", "a message to Washington", "the policies of
// Moscow").
var (
	placePeople = wordSet(`officials official sources diplomats authorities government leaders leadership
		policymakers ministers officers spokesman spokeswoman spokesperson regime administration rulers`)
	placeMessages = wordSet(`message messages letter warning warnings signal appeal request call note reply response reaction
		reactions answer overture overtures
		ultimatum demand demands concession concessions proposal offer loyalty allegiance closer protested
		protest complained complaint appealed wrote turned sent delivered conveyed handed according ties
		links close loyal ambassador ambassadors envoy envoys emissary due owing thanks`)
	placeDealings = wordSet(`policy policies influence position stance decision decisions demands interests ally allies
		pressure support response ambitions intentions plans approval consent backing view views officials`)
)

// placeExceptions returns the words that, right before the word of
// placeWords at token k, make a capital after it the government again, or
// nil when there are none.
func (s *scan) placeExceptions(k int) *vocabSet {
	switch s.key(k) {
	case "in", "at":
		return placePeople
	case "to":
		return placeMessages
	case "of":
		return placeDealings
	}
	return nil
}

// allCaps reports whether the sentence has no lower-case letters (an
// ALL-CAPS headline).
func (s *scan) allCaps() bool {
	if s.capsOK == 0 {
		s.capsOK = 2
		for _, r := range s.s {
			if unicode.IsLower(r) {
				s.capsOK = 1
				break
			}
		}
	}
	return s.capsOK == 2
}

// contains reports whether the word sequence p, by the vocabulary numbers
// of its words (never 0, the number of words outside the vocabulary),
// occurs in the sentence outside tokens [skipFrom, skipTo).
func (s *scan) contains(p []int32, skipFrom, skipTo int) bool {
	if len(p) == 0 {
		return false
	}
	first := p[0]
	for i := 0; i+len(p) <= len(s.toks); i++ {
		if s.toks[i].word != first || i < skipTo && i+len(p) > skipFrom {
			continue
		}
		k := 1
		for k < len(p) && s.toks[i+k].word == p[k] {
			k++
		}
		if k == len(p) {
			return true
		}
	}
	return false
}

// spells reports whether the tokens from i are the normalised words, and,
// when unbroken is set, have no hard punctuation between them.
func (s *scan) spells(i int, words []string, unbroken bool) bool {
	if i+len(words) > len(s.toks) {
		return false
	}
	for k, w := range words {
		if unbroken && k > 0 && s.toks[i+k].brk || s.key(i+k) != w {
			return false
		}
	}
	return true
}

// exactEqual compares text with an alias exactly, treating straight and
// curly apostrophes as equal.
func exactEqual(text, alias string) bool {
	for text != "" && alias != "" {
		a, wa := utf8.DecodeRuneInString(text)
		b, wb := utf8.DecodeRuneInString(alias)
		if a != b && !(isApostrophe(a) && isApostrophe(b)) {
			return false
		}
		text, alias = text[wa:], alias[wb:]
	}
	return text == "" && alias == ""
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc' }

// invitedGuest reports whether the words that end at token k, before "to
// the" and a building, are a guest named after a verb of invitation
// ("welcomed Irish Prime Minister Bertie Ahern to the White House",
// "invited the Pope to the Kremlin"; seed 128): up to seven capitalised
// words, office words, articles and possessives, all in the clause. The
// building is the venue of the visit.
func (s *scan) invitedGuest(k int) bool {
	for j := k; j >= 1 && k-j < 7; j-- {
		if s.toks[j].brk {
			return false
		}
		if !s.toks[j].upper && s.officeKind(j) == 0 && !s.in(j, nameParticles) {
			switch s.key(j) {
			case "the", "a", "his", "her", "their", "its", "and", "s":
			default:
				return false
			}
		}
		switch s.key(j - 1) {
		case "invited", "invite", "invites", "inviting", "welcomed", "welcome", "welcomes", "welcoming":
			return true
		}
	}
	return false
}

// buildingStaff reports whether a profession of trainedPeople follows,
// at token end, a seat that is a building: the government's staff there
// ("a White House lawyer", "Kremlin doctors"; seed 128), not private
// people, as they are after a country's name ("a US lawyer"); or whether
// a website follows a seat, the government's site ("the Kremlin
// website"), where after a country's word it is a firm's (seed 142).
func (s *scan) buildingStaff(e *entry, end int) bool {
	if e.kind != kindSeat || end >= len(s.toks) || s.toks[end].brk {
		return false
	}
	if w := s.key(end); w == "website" || w == "websites" {
		return true
	}
	// "the White House Web site", where "web" is a trade's word too.
	if s.key(end) == "web" && end+1 < len(s.toks) && !s.toks[end+1].brk {
		if w := s.key(end + 1); w == "site" || w == "sites" {
			return true
		}
	}
	return e.role == RoleBody && s.in(end, trainedPeople)
}

// isAPresident reports whether "president" at token j follows "is a",
// "is an" or "is no" and at most one word that is no past or coming
// office's ("is a president who", "is no ordinary president"; not "is a
// former president", "is no longer president").
func (s *scan) isAPresident(j int) bool {
	k := j - 1
	if k >= 2 && !s.toks[k].brk && !s.toks[k].upper && !s.in(k, pastOfficeWords) {
		switch s.key(k) {
		case "a", "an", "no", "longer", "vice", "future", "next", "past", "ex":
		default:
			k--
		}
	}
	if k < 1 || s.toks[k].brk || s.toks[k+1].brk || s.key(k-1) != "is" {
		return false
	}
	switch s.key(k) {
	case "a", "an", "no":
		return true
	}
	return false
}

// presidentSaid reports whether the leader's alias e at token i, in an
// undated sentence, names a president ("Mr." and the surname, the
// registry's form with "Mr", "Mrs" or "Ms", or the full name: "Mr.
// Obama's aides", "Barack Obama") whom the sentence also calls "the
// president" (seed 129): that is their office on the sentence's day. Not
// a head who held another office too (a prime minister's or a vice
// president's term, when "the president" may be another's), nor where the
// sentence names another president, or "the president" has a name or
// "of" after it ("the president of the bank").
func (s *scan) presidentSaid(e *entry, i int) bool {
	if e.skip > 1 || len(e.offices) == 0 || !strings.Contains(e.alias, " ") && (i == 0 || s.toks[i].brk || s.key(i-1) != "mr") {
		return false
	}
	if e.skip == 1 && !s.honorific(i) {
		return false
	}
	for _, w := range e.offices {
		if w != "president" {
			return false
		}
	}
	for _, d := range e.terms {
		if !d.head {
			return false
		}
	}
	if !s.thePresident() {
		return false
	}
	// Another president named: "the president" may be theirs.
	first := firstDay(e.terms)
	for j := range s.toks {
		if j == i || !s.toks[j].upper {
			continue
		}
		other := false
		s.aliasesAt(j, func(n int32) bool {
			for _, l := range s.m.nodes[n].entries {
				if l.kind == kindLeader && (l.party != e.party || firstDay(l.terms) != first) && slices.Contains(l.offices, "president") {
					other = true
				}
			}
			return !other
		})
		if other {
			return false
		}
	}
	return true
}

// thePresident reports whether the sentence says "the president" in
// lower case, or "is a", "is an" or "is no" and at most one word before
// "president" ("is no ordinary president"; seed 148), with no name, "of"
// or "-elect" after it ("the president signed", "the president's aides";
// not "the president, Lee Myung-bak", "is a former president").
func (s *scan) thePresident() bool {
	for j := 1; j < len(s.toks); j++ {
		if s.toks[j].upper || s.toks[j].brk || s.key(j) != "president" || s.key(j-1) != "the" && !s.isAPresident(j) {
			continue
		}
		if j+1 == len(s.toks) {
			return true
		}
		if n := s.key(j + 1); n == "of" || n == "elect" || s.toks[j+1].upper {
			continue
		}
		return true
	}
	return false
}

// honorific reports whether token k is "Mr", "Mrs" or "Ms".
func (s *scan) honorific(k int) bool {
	switch s.key(k) {
	case "mr", "mrs", "ms":
		return true
	}
	return false
}

// dottedName reports whether the one-word initials at tokens [i, end)
// are written as the last part of a web name: joined by a full stop, with
// no space, to a capitalised word of two letters or more before them
// ("Leave.EU", the campaign), as a sentence's full stop, which a space
// follows, is not.
func (s *scan) dottedName(i, end int) bool {
	if end-i != 1 || i == 0 || !s.toks[i].allUp {
		return false
	}
	bs := int(s.toks[i].bs)
	p := &s.toks[i-1]
	return bs > 0 && s.s[bs-1] == '.' && int(p.be) == bs-1 && p.upper && !p.allUp && p.ne-p.ns > 1
}
