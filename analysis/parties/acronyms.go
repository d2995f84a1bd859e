package parties

import (
	"slices"
	"strings"
)

// Acronyms an article defines. A body's or an organisation's initials may
// be another country's body too ("EPA" is the US Environmental Protection
// Agency, and Western Australia's Environmental Protection Authority). An
// article that spells out the initials in brackets after a full name that
// is not the registry's, with another country named before it and not the
// party ("the Western Australian Environmental Protection Authority
// (EPA)"), means that body by them, in that sentence and the later ones,
// not the party whose body of those initials the registry lists. A full
// name written otherwise with the party named ("the United States Federal
// Aviation Authority (FAA)") or with no country ("the Organization of
// Petroleum Exporting Countries (OPEC)") is the party's.

// expansion is a party's full name whose initials spell one of its
// acronyms ("Environmental Protection Agency" for "EPA").
type expansion struct {
	party int32
	words []string
}

// redefined is an acronym an article has defined as another body than the
// party's.
type redefined struct {
	key   string
	party int32
}

// initialsSkip are the function words an acronym leaves out.
var initialsSkip = wordSet(`of and for the on in de du la des del`)

// initials returns the first letters of the words, function words left
// out.
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if w != "" && !initialsSkip.has(w) {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// bracketInitials returns the token of the initials written in brackets
// right after a full name at tokens [i, end) ("the Armed Forces of the
// Philippines (AFP)", "the Department of Defense (DoD)"), which the
// initials then name too, or 0 when there are none.
func (s *scan) bracketInitials(i, end int) int {
	if end-i < 2 || end >= len(s.toks) || s.gap(end) != "(" || !s.toks[end].upper {
		return 0
	}
	if rest := s.s[s.toks[end].be:]; !strings.HasPrefix(strings.TrimSpace(rest), ")") {
		return 0
	}
	word := s.s[s.toks[end].bs:s.toks[end].be]
	n := 0
	for k := i; k < end; k++ {
		key := s.key(k)
		if key == "" || s.in(k, initialsSkip) {
			continue
		}
		for n < len(word) && (word[n] < 'A' || word[n] > 'Z') {
			if word[n] < 'a' || word[n] > 'z' {
				return 0
			}
			n++ // the lower-case "o" of "DoD"
		}
		if n == len(word) || word[n]+'a'-'A' != key[0] {
			return 0
		}
		n++
	}
	for ; n < len(word); n++ {
		if word[n] < 'a' || word[n] > 'z' {
			return 0
		}
	}
	return end
}

// addExpansions records, for each acronym among a party's bodies and
// names (one word written in capitals), the party's longer aliases whose
// initials spell it.
func (m *Matcher) addExpansions(pi int32, aliases []string) {
	var long [][]string
	for _, a := range aliases {
		if k := tokenKeys(a); len(k) > 1 {
			long = append(long, k)
		}
	}
	for _, a := range aliases {
		k := tokenKeys(a)
		if len(k) != 1 || len(k[0]) < 2 || strings.ToUpper(a) != a {
			continue
		}
		for _, l := range long {
			if initials(l) == k[0] {
				if m.expansions == nil {
					m.expansions = map[string][]expansion{}
				}
				m.expansions[k[0]] = append(m.expansions[k[0]], expansion{party: pi, words: l})
			}
		}
	}
}

// acronymDefinitions finds the acronyms the sentence defines in brackets
// after a full name that is not the party's ("the Environmental Protection
// Authority (EPA)") and adds them to a, or to a new Article when a is nil;
// it returns the article.
func (s *scan) acronymDefinitions(a *Article) *Article {
	if strings.IndexByte(s.s, '(') < 0 {
		return a
	}
	for k := 1; k < len(s.toks); k++ {
		t := s.toks[k]
		if !t.allUp || !t.brk || s.gap(k) != "(" || int(t.be) >= len(s.s) || s.s[t.be] != ')' {
			continue
		}
		exps := s.m.expansions[s.key(k)]
		if len(exps) == 0 {
			// "the Popular Resistance Committees (PRC)": a party's
			// initials that none of its names spells.
			a = s.redefineName(a, k, k-1)
			continue
		}
		from := s.definesInitials(k)
		if from < 0 {
			continue
		}
		for n, x := range exps {
			if slices.ContainsFunc(exps[:n], func(y expansion) bool { return y.party == x.party }) || s.ownName(k, exps, x.party) ||
				!s.otherCountryBefore(from, k, x.party) {
				continue
			}
			if a == nil {
				a = &Article{}
			}
			a.acronyms = append(a.acronyms, redefined{key: s.word(k), party: x.party})
		}
	}
	return a
}

// ownName reports whether one of the party's full names in exps ends right
// before the bracket at token k.
func (s *scan) ownName(k int, exps []expansion, party int32) bool {
	for _, x := range exps {
		if x.party == party && k >= len(x.words) && s.spells(k-len(x.words), x.words, true) {
			return true
		}
	}
	return false
}

// definesInitials returns the first token of the capitalised words right
// before the bracket at token k that spell its initials ("Environmental
// Protection Authority (EPA)"), or -1.
func (s *scan) definesInitials(k int) int {
	return s.spelledBefore(k, k-1)
}

// spelledBefore returns the first token of the capitalised words that end
// at token last and spell the initials at token k, or -1.
func (s *scan) spelledBefore(k, last int) int {
	acr := s.key(k)
	n := len(acr)
	j := last
	for ; j >= 0 && n > 0; j-- {
		w := s.key(j)
		if !s.in(j, initialsSkip) {
			if !s.toks[j].upper || w[0] != acr[n-1] {
				return -1
			}
			n--
		}
		if s.toks[j].brk && n > 0 {
			return -1
		}
	}
	if n > 0 {
		return -1
	}
	return j + 1
}

// redefineName adds to a, or to a new Article when a is nil, the parties
// whose name the capitals at token k are, when the capitalised words that
// end at token last spell them and name none of those parties ("the
// Popular Resistance Committees (PRC)", a group, not China), and returns
// the article.
func (s *scan) redefineName(a *Article, k, last int) *Article {
	from := s.spelledBefore(k, last)
	if from < 0 {
		return a
	}
	n := s.next(0, k)
	if n == 0 {
		return a
	}
	for _, e := range s.m.nodes[n].entries {
		if e.party < 0 || e.kind != kindName || len(e.cases) != 1 || e.cases[0] != caseUpper || s.partyNamedIn(from, last+1, e.party) {
			continue
		}
		if a == nil {
			a = &Article{}
		}
		a.acronyms = append(a.acronyms, redefined{key: s.word(k), party: e.party})
	}
	return a
}

// orInitials reports whether the party's name e, one word in capitals at
// token i, follows ", or" and capitalised words that spell it and name
// another ("the Popular Resistance Committees, or PRC, said"): their
// initials, not the party. The article, if any, remembers them for its
// later sentences.
func (s *scan) orInitials(e *entry, i int) bool {
	if i < 3 || e.kind != kindName || len(e.cases) != 1 || e.cases[0] != caseUpper || s.key(i-1) != "or" || s.toks[i].brk ||
		!s.toks[i-1].brk || s.gap(i-1) != "," || i+1 < len(s.toks) && !s.toks[i+1].brk {
		return false
	}
	from := s.spelledBefore(i, i-2)
	if from < 0 || s.partyNamedIn(from, i-1, e.party) {
		return false
	}
	if s.article != nil {
		s.article.acronyms = append(s.article.acronyms, redefined{key: s.word(i), party: e.party})
	}
	return true
}

// partyNamedIn reports whether a name or a demonym of party starts at one
// of the tokens [from, to).
func (s *scan) partyNamedIn(from, to int, party int32) bool {
	for j := from; j < to; j++ {
		if s.countryAt(j) == party {
			return true
		}
	}
	return false
}

// otherCountryBefore reports whether the full name at tokens [from, k),
// or the four words before it, name a country other than party by name or
// demonym, and not party ("the Western Australian (WA) Environmental
// Protection Authority").
func (s *scan) otherCountryBefore(from, k int, party int32) bool {
	other := false
	for j := max(0, from-4); j < k; j++ {
		switch p := s.countryAt(j); {
		case p == party:
			return false
		case p >= 0:
			other = true
		}
	}
	return other
}

// countryAt returns the party whose name or demonym is the longest alias
// at token j, or -1.
func (s *scan) countryAt(j int) int32 {
	found := s.longestAliasAt(j)
	if found < 0 {
		return -1
	}
	for _, e := range s.m.nodes[found].entries {
		if e.party >= 0 && (e.kind == kindName || e.kind == kindDemonym) {
			return e.party
		}
	}
	return -1
}

// longestAliasAt returns the trie node of the longest alias that starts at
// token k, or -1.
func (s *scan) longestAliasAt(k int) int32 {
	found := int32(-1)
	s.aliasesAt(k, func(n int32) bool {
		found = n
		return true
	})
	return found
}

// aliasesAt calls fn with the trie node of each alias that starts at token
// k, shortest first, until fn returns false.
func (s *scan) aliasesAt(k int, fn func(n int32) bool) {
	n := int32(0)
	for j := k; j < len(s.toks) && j-k < maxDepth; j++ {
		if j > k && s.toks[j].brk {
			return
		}
		if n = s.next(n, j); n == 0 {
			return
		}
		if len(s.m.nodes[n].entries) > 0 && !fn(n) {
			return
		}
	}
}

// otherAcronym reports whether the one-word alias of e, whose text's key
// is key, is an acronym the article a defined as another body than e's
// party's.
func otherAcronym(a *Article, e *entry, key string) bool {
	if a == nil || len(a.acronyms) == 0 || len(e.cases) != 1 || e.cases[0] != caseUpper {
		return false
	}
	for _, r := range a.acronyms {
		if r.party == e.party && r.key == key {
			return true
		}
	}
	return false
}
