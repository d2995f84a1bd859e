package parties

import (
	"slices"
	"strings"
	"time"
)

// Article is what the sentences of one article have said so far about who
// holds a state's office. A person the article introduces with an office
// of a party ("Serbia's foreign minister Vuk Jeremić", "Ronnie Bar-On, the
// Israeli interior minister") is a mention of that party there and
// wherever the article names them again ("Jeremić said", "said Mr
// Bar-On"). The zero value is an article with nothing said yet; an
// Article is for one article and one goroutine at a time.
type Article struct {
	people []introduced
	// acronyms are the initials the article has defined as another body
	// than the party's (acronyms.go).
	acronyms []redefined
	// parties are the ids of the parties its sentences have mentioned
	// (ContextRule.IfArticle).
	parties []string
}

// introduced is one office holder an article has named.
type introduced struct {
	party, name string
	role        string   // RoleOfficial, or the registry's role for them
	words       []string // the normalised words of the personal name
	// registry marks a leader the registry matched by full name or title
	// ("Vicente Fox", "President Fox"), remembered for a later surname.
	registry bool
	// familyOnly marks a name whose last words are a hyphenated given
	// name ("Ma Ying-jeou"), named later by its family name only.
	familyOnly bool
}

// Reset forgets every office holder and party, for the next article.
func (a *Article) Reset() {
	a.people, a.acronyms, a.parties = a.people[:0], a.acronyms[:0], a.parties[:0]
}

// note records the parties of a sentence's mentions ms.
func (a *Article) note(ms []Mention) {
	for n := range ms {
		if !a.named(ms[n].Party) {
			a.parties = append(a.parties, ms[n].Party)
		}
	}
}

// named reports whether a sentence of the article has mentioned the party
// with id id.
func (a *Article) named(id string) bool { return slices.Contains(a.parties, id) }

// AppendMatchArticle is AppendMatch for a sentence of article a, whose
// earlier sentences were matched with the same a, in order: the office
// holders that earlier sentences introduced are mentions of their party
// here too (RoleOfficial, or RoleLeader for a head the registry matched
// when the article introduced them). Match and AppendMatch treat each
// sentence as an article of its own.
func (m *Matcher) AppendMatchArticle(dst []Mention, sentence string, date time.Time, a *Article) []Mention {
	if a == nil {
		a = &Article{}
	}
	return m.appendMatch(dst, sentence, date, a)
}

// officials adds to the mentions dst[start:] of the sentence (s.s, passed
// again so that the scan's buffers stay on the stack) the office holders
// it introduces ("US ambassador James McGee") and the names of those a
// remembers; a nil a is an article of this sentence alone.
func (s *scan) officials(dst []Mention, start int, a *Article, sentence string) []Mention {
	if len(dst) == start && (a == nil || len(a.people) == 0) {
		return dst
	}
	if a != nil {
		s.rememberLeaders(dst[start:], a)
	}
	var takenBuf [64]bool
	taken := takenBuf[:0]
	if len(s.toks) > len(takenBuf) {
		taken = make([]bool, 0, len(s.toks))
	}
	taken = taken[:len(s.toks)]
	// spans holds the mentions (index in dst, token range, and 1 when only
	// an office before them may name a holder) that may introduce one.
	var spanBuf [16][4]int32
	spans := spanBuf[:0]
	for k := start; k < len(dst); k++ {
		i, end := -1, -1
		if n := k - start; n < len(s.spans) && n < s.nSpans {
			i, end = int(s.spans[n][0]), int(s.spans[n][1])
		} else {
			i, end = s.tokenSpan(&dst[k])
		}
		for t := max(i, 0); t < end; t++ {
			taken[t] = true
		}
		if i >= 0 && holdsOffices(dst[k].Role) {
			if s.officeNear(end) {
				spans = append(spans, [4]int32{int32(k), int32(i), int32(end), 0})
			} else if s.officeOfNear(i) || s.memberNear(dst[start:], k-start, i) {
				spans = append(spans, [4]int32{int32(k), int32(i), int32(end), 1})
			}
		} else if i >= 4 && (dst[k].Role == RoleLeader || dst[k].Role == RoleOfficial) && s.aideJoin(i) > 0 {
			spans = append(spans, [4]int32{int32(k), int32(i), int32(end), 2})
		}
	}
	if len(spans) == 0 && (a == nil || len(a.people) == 0) || s.allCaps() {
		return dst
	}
	// A headline, or a sentence as capitalised as one ("MacKay is
	// Canada's Minister of Foreign Affairs"), introduces nobody, but names
	// the people introduced before.
	if s.titleCased() {
		spans = spans[:0]
	}
	for _, sp := range spans {
		mn := &dst[sp[0]]
		i, end := int(sp[1]), int(sp[2])
		from, to := s.holderOf(dst, start, sp, taken)
		if from < 0 || s.pastHolder(end, from, to) || s.removedHolder(min(i, from)) || s.removedAfter(max(end, to)) {
			continue
		}
		// A name the registry matched as this party's, in office on the
		// date, is remembered with its role; any other name taken by a
		// mention is not a person. Heads of government are the
		// registry's, which knows their terms: "British Prime Minister
		// Margaret Thatcher" in a memoir is history.
		role := RoleOfficial
		if anyTaken(taken, from, to) {
			if role = s.registryName(dst[start:], from, to, mn.Party); role == "" {
				continue
			}
		} else if s.headOffice {
			if !s.headSurname(mn.Party, from, to) {
				continue
			}
			role = RoleLeader
		}
		if a == nil {
			a = &Article{}
		}
		a.add(mn.Party, mn.Name, role, s.words(from, to))
	}
	if a == nil {
		return dst
	}
	n := len(dst)
	dst = s.named(dst, a, taken, sentence)
	if len(dst) > n {
		slices.SortFunc(dst[start:], func(x, y Mention) int { return x.ByteStart - y.ByteStart })
	}
	return dst
}

// holderOf returns the token range of the personal name that the office
// phrase around span sp (a mention's index in dst, its token range, and
// how it may name a holder; see officials) introduces, or -1, -1.
func (s *scan) holderOf(dst []Mention, start int, sp [4]int32, taken []bool) (int, int) {
	mn := &dst[sp[0]]
	i, end := int(sp[1]), int(sp[2])
	if sp[3] == 2 {
		// "Tom Hale, an adviser to Prime Minister Ann Lee, said": the
		// aide of a holder the registry matched (seed 174).
		s.headOffice = false
		return s.leaderAide(i, end)
	}
	// "the firing of FBI Director Tomas Verlaine" in an undated
	// sentence: an office lost (seeds 120-121). Bracketed initials
	// are read from the body's full name before them ("the former
	// Environmental Protection Agency (EPA) head").
	named := i
	if n := int(sp[0]) - start; n > 0 && n <= len(s.spans) && n <= s.nSpans && int(s.spans[n-1][1]) == i && s.initialsClosed(end) {
		named = int(s.spans[n-1][0])
	}
	if s.notOwnOffice(named, end, taken) || s.day == noDay && s.removedFrom(named) {
		return -1, -1
	}
	from, to := -1, -1
	if sp[3] == 0 {
		from, to = s.titledAfter(i, end, mn.Role == RoleBody)
		// "U.N. Ambassador Ann Lee of Ruritania": the country's envoy
		// to the organisation, whose office titledBefore reads from
		// the country's side (seed 174).
		if from >= 0 && mn.Role == RoleOrg && s.ofMention(to, taken) {
			return -1, -1
		}
		if from < 0 {
			from, to = s.appositiveBefore(i, end)
		}
	}
	if from < 0 {
		from, to = s.officeOfBefore(i, end)
	}
	if from < 0 {
		from, to = s.officeOfName(i, end)
	}
	if from < 0 && s.memberWord(i) > 0 {
		if e := s.bodyNamed(dst[start:], int(sp[0])-start, end); e > 0 && s.memberClause(e) {
			from, to = s.bodyMember(i)
		}
	}
	return from, to
}

// headSurname reports whether tokens [from, to), two capitalised words
// that a head of government's title of party introduces in a dated
// sentence ("the Palestinian prime minister Ahmed Haniya"), end with the
// surname of the party's prime minister on the day, as a name or an alias
// of the registry writes it: the news gave the holder another given name
// (seed 168). Any other surname is no one's.
func (s *scan) headSurname(party string, from, to int) bool {
	if s.day == noDay || to-from != 2 || !s.toks[from].upper || !s.toks[from+1].upper {
		return false
	}
	last := s.key(to - 1)
	for pi := range s.m.parties {
		if s.m.parties[pi].ID != party {
			continue
		}
		for _, l := range s.m.parties[pi].Leaders {
			if !s.primeOnDay(l.Terms) {
				continue
			}
			for n := -1; n < len(l.Aliases); n++ {
				name := l.Name
				if n >= 0 {
					name = l.Aliases[n]
				}
				if keys := tokenKeys(name); len(keys) > 1 && keys[len(keys)-1] == last {
					return true
				}
			}
		}
		return false
	}
	return false
}

// primeOnDay reports whether one of terms is a prime minister's, or a
// premier's, that holds on the scan's day.
func (s *scan) primeOnDay(terms []Term) bool {
	for _, t := range terms {
		r := strings.ToLower(t.Role)
		if !isHeadRole(t.Role) || !strings.Contains(r, "prime minister") && !strings.Contains(r, "premier") {
			continue
		}
		if s.day >= dayNumber(t.From) && (t.To.IsZero() || s.day <= dayNumber(t.To)) {
			return true
		}
	}
	return false
}

// pastHolder reports whether the name at tokens [from, to), which the
// office phrase after the mention ending at token end titles, is a leader
// of the registry out of office on the sentence's date, under a title all
// of whose words are of their offices: "United States Attorney
// Christopher J. Christie" in 2009 names a post he had left ("US climate
// envoy John Kerry" and "U.S. federal attorney Paul McNulty", titles the
// registry does not give them, still introduce them).
func (s *scan) pastHolder(end, from, to int) bool {
	if s.day == noDay {
		return false
	}
	n := int32(0)
	for k := from; k < to; k++ {
		if n = s.next(n, k); n == 0 {
			return false
		}
	}
	past := false
	for _, e := range s.m.nodes[n].entries {
		if e.kind != kindLeader {
			continue
		}
		for _, d := range e.terms {
			if s.day >= d.from && s.day <= d.to {
				return false
			}
		}
		past = past || s.ownTitle(e.offices, end, from)
	}
	return past
}

// removedHolder reports whether a verb of removal or succession stands
// before token k, where an office holder's name, their titles first, or
// the mention that opens their office phrase starts ("relieved from power
// Admiral Tom Hale, the head of the Russian navy", "sacked US envoy Tom
// Hale"; seed 122): the sentence ends their office, so the article does
// not make them the party's (as succeeded does for the registry's).
// Titles, "the" and a post left ("from power", "of his command") may
// stand between.
func (s *scan) removedHolder(k int) bool {
	k--
	for k > 0 && !s.toks[k+1].brk && (s.toks[k].upper && s.in(k, personTitles) || s.key(k) == "the") {
		k--
	}
	if k > 1 && !s.toks[k+1].brk && s.in(k, postsLeft) {
		k--
		if s.in(k, postedBy) && k > 1 && !s.toks[k+1].brk {
			k--
		}
		if w := s.key(k); s.toks[k+1].brk || w != "from" && w != "of" {
			return false
		}
		k--
	}
	return k >= 0 && !s.toks[k+1].brk && s.in(k, removalVerbs)
}

// removalVerbs end the office of the holder they take as object;
// postsLeft name the post between them and the holder ("relieved from
// power", "relieved of his command").
var (
	removalVerbs = wordSet(`relieved sacked fired dismissed ousted removed deposed ` + successionWords)
	postsLeft    = wordSet(`power office post posts duty duties command position job`)
)

// ownTitle reports whether tokens [from, to), past a possessive "s" and
// personal titles, are all words of offices and include an office's noun
// ("Deputy Prime Minister" for a deputy prime minister).
func (s *scan) ownTitle(offices []string, from, to int) bool {
	noun := false
	for k := from; k < to; k++ {
		w := officeKey(s.key(k))
		if w == "s" || personTitles.has(w) {
			continue
		}
		if !slices.Contains(offices, w) {
			return false
		}
		noun = noun || officeNouns.has(w)
	}
	return noun
}

// rememberLeaders adds to a the leaders and officials of the registry
// that ms, the sentence's mentions, name by a full name or after a title
// ("Vicente Fox", "Conservative MP Peter MacKay", "President Fox"), so that
// the article's later sentences name them by the surname alone ("Fox
// withdrew"), which the registry leaves out where it is a common word or
// another person's: in the article it is theirs. Not a surname that is
// a month or a function word ("Theresa May"), nor the last part of a
// hyphenated given name ("Ban Ki-moon"), whose family name first counts
// where it is a common one ("Ma Ying-jeou ... Ma said").
func (s *scan) rememberLeaders(ms []Mention, a *Article) {
	for n := range ms {
		mn := &ms[n]
		if mn.Role != RoleLeader && mn.Role != RoleOfficial {
			continue
		}
		i, end := -1, -1
		if n < len(s.spans) && n < s.nSpans {
			i, end = int(s.spans[n][0]), int(s.spans[n][1])
		} else {
			i, end = s.tokenSpan(mn)
		}
		if i < 0 {
			continue
		}
		titled := i > 0 && !s.toks[i].brk && s.in(i-1, leaderTitleWords)
		// "the UPA government": an office the registry dates, whose last
		// word names no one in the article's later sentences.
		if end-i < 2 && !titled || s.in(end-1, notNames) || s.key(end-1) == "government" {
			continue
		}
		words := s.words(i, end)
		// "Ban Ki-moon": the end of a hyphenated given name is no
		// surname; a name written family first is named by that family
		// name alone ("Ma Ying-jeou ... Ma said"; seed 137).
		family := end-i >= 2 && strings.Contains(s.gap(end-1), "-") && !s.in(end-2, nameParticles)
		if family && familyFirst(words) == nil {
			continue
		}
		before := len(a.people)
		a.add(mn.Party, mn.Name, mn.Role, words)
		if len(a.people) > before {
			a.people[before].registry = true
			a.people[before].familyOnly = family
		}
	}
}

// holdsOffices reports whether a mention of this role can have office
// holders: the state by name, demonym, capital or body, and the
// organisations ("U.N. envoy ...").
func holdsOffices(role string) bool {
	switch role {
	case RoleName, RoleDemonym, RoleCapital, RoleBody, RoleOrg:
		return true
	}
	return false
}

// officeNear is a quick test for the office phrases that titledAfter and
// appositiveBefore read: both begin with an office word, the forces' word
// or a capitalised rank (serviceRank) right after the mention that ends at
// token end, or after its "'s", or after the bracket that closes its
// initials (initialsClosed).
func (s *scan) officeNear(end int) bool {
	if end >= len(s.toks) || s.toks[end].brk && !s.initialsClosed(end) {
		return false
	}
	k := end
	if s.key(k) == "s" && k+1 < len(s.toks) {
		k++
	}
	w := s.key(k)
	return s.officeKind(k) != 0 || s.in(k, forcesWords) || s.toks[k].upper && (s.in(k, rankTitles) || w == "rear")
}

// initialsClosed reports whether the one-word mention that ends before
// token end stands alone in brackets ("the Philippine Coast Guard (PCG)
// Commodore Ana Cruz"; seed 135): the initials of the body named before
// them, whose office phrase goes on after the closing bracket.
func (s *scan) initialsClosed(end int) bool {
	return end >= 2 && end < len(s.toks) && s.s[s.toks[end-1].be] == ')' && s.gap(end) == ")" && strings.HasSuffix(s.gap(end-1), "(")
}

// registryName returns the role of the mention in ms that spans exactly
// tokens [from, to) for party, or "" when there is none.
func (s *scan) registryName(ms []Mention, from, to int, party string) string {
	for _, mn := range ms {
		if mn.ByteStart == int(s.toks[from].bs) && mn.ByteEnd == int(s.toks[to-1].be) && mn.Party == party {
			return mn.Role
		}
	}
	return ""
}

// tokenSpan returns the token range of mention mn, or -1, -1.
func (s *scan) tokenSpan(mn *Mention) (int, int) {
	i, ok := slices.BinarySearchFunc(s.toks, mn.ByteStart, func(t token, b int) int { return int(t.bs) - b })
	if !ok {
		return -1, -1
	}
	for j := i; j < len(s.toks); j++ {
		if int(s.toks[j].be) == mn.ByteEnd {
			return i, j + 1
		}
	}
	return -1, -1
}

func anyTaken(taken []bool, from, to int) bool {
	return slices.Contains(taken[from:to], true)
}

// notOwnOffice reports whether the office phrase after a mention at
// tokens [i, end) is not an office of the mentioned party now: a past
// one ("the former Iranian envoy", "ex-US ambassador", guideline 12); the
// mention is a place ("spokesman of the US military in Iraq"), though
// "at" before its possessive names the party's own post ("a diplomat at
// China's UN mission"; seed 135); or the office is someone's posting to
// it ("its U.S. ambassador", "Bush's Iraq envoy", "his newly nominated
// Australian ambassador", "the Lebanese UN ambassador").
func (s *scan) notOwnOffice(i, end int, taken []bool) bool {
	// "the Lebanese UN ambassador": the office is the first party's,
	// whether or not the matcher kept that word as a mention.
	if i > 0 && !s.toks[i].brk && (taken[i-1] || s.reach(i-1) == i) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := s.key(k)
		// "a trip to Kenya": a place; "according to NASA administrator
		// Charlie Bolden": a source, the office's own.
		if s.in(k, pastOffice) || s.in(k, postedBy) || k == i-1 && s.in(k, placeBefore) && !(w == "to" && k > 0 && s.key(k-1) == "according") &&
			!(w == "at" && end < len(s.toks) && !s.toks[end].brk && s.key(end) == "s") {
			return true
		}
		// "the last FDA Commissioner, Dr. Ann Lee": the previous holder, a
		// past office (seed 122); "last week US envoy Ann Lee" is a time.
		if w == "last" && k == i-1 && k > 0 && !s.toks[k].brk && s.key(k-1) == "the" {
			return true
		}
		if s.toks[k+1].brk {
			break
		}
	}
	// "the former party whip and Cabinet Secretary Ann Lee": a past office
	// coordinated before this one makes it past too (seed 115).
	if i > 1 && !s.toks[i].brk && !s.toks[i-1].brk && s.key(i-1) == "and" {
		for k := i - 2; k >= 0 && k >= i-7 && !s.toks[k+1].brk; k-- {
			if s.in(k, pastOffice) {
				return true
			}
			if !s.toks[k].upper {
				break
			}
		}
	}
	return false
}

// postedBy are possessives before a party whose office then is a posting
// to it, held by someone else's official ("s" is the possessive "'s").
var postedBy = wordSet(`s his her its their our`)

// placeBefore are prepositions after which a party is a place.
var placeBefore = wordSet(`in at to from near across inside within into throughout`)

// pastOffice are words that put an office in the past or the future.
var pastOffice = wordSet(`former ex late then erstwhile retired elect designate incoming`)

// officeWords returns the end of the office phrase that starts at token i:
// a possessive "'s" first, then words of officeModifiers and officeHeads
// with at least one head ("'s deputy health minister", "Air Force
// General", "Minister of Foreign Affairs"); -1 when there is none, or the
// office is past or future ("former", "-elect") or a court's. It notes in
// s.headOffice whether the office found is a head of government's.
func (s *scan) officeWords(i int) int {
	j, head := s.officePhrase(i)
	if j >= 0 {
		s.headOffice = head
	}
	return j
}

// officePhrase returns officeWords' end of the office phrase at token i,
// and whether the office is a head of government's ("prime minister", not
// its deputy's), leaving the scan as it is.
func (s *scan) officePhrase(i int) (int, bool) {
	if i < len(s.toks) && !s.toks[i].brk && s.key(i) == "s" {
		i++
	}
	head, prime, deputy := false, false, false
	j := i
	for ; j < len(s.toks) && j-i < 8; j++ {
		if j > i && s.toks[j].brk {
			break
		}
		w := s.key(j)
		if s.in(j, pastOffice) || w == "justice" && j > i && s.key(j-1) == "chief" {
			return -1, false
		}
		kind := s.officeKind(j)
		if kind == 0 {
			break
		}
		head = head || kind == 2
		prime = prime || w == "prime"
		deputy = deputy || w == "deputy" || w == "vice"
	}
	// "Regional Director for Africa", "Special Envoy for Syria": the
	// portfolio's place closes the office (seeds 120-121).
	if head && j > i && (s.key(j-1) == "for" || j > i+1 && s.key(j-1) == "the" && s.key(j-2) == "for") {
		j = s.portfolioPlace(j)
	}
	// "Assistant Secretary of State for African Affairs": a portfolio
	// that the words do not cover leaves the name's start unclear.
	if !head || s.in(j-1, phraseGlue) {
		return -1, false
	}
	// "the US diplomat in Havana, Ana Ruiz", "a Swiss diplomat to Iran":
	// a diplomat is the state's official at a post the phrase names
	// (seed 135); "Dutch diplomat Tom Hale" may be another body's envoy
	// by now, or the news's history.
	if s.key(j-1) == "diplomat" && !s.postAt(j) {
		return -1, false
	}
	return j, prime && !deputy
}

// postAt reports whether "in", "to" or "at" at token j names the post of
// the office before it ("in Havana", "to Iran", "at the embassy").
func (s *scan) postAt(j int) bool {
	if j >= len(s.toks) || s.toks[j].brk {
		return false
	}
	switch s.key(j) {
	case "in", "to", "at":
		return true
	}
	return false
}

// phraseGlue are office-phrase words that cannot end one.
var phraseGlue = wordSet(`of for and the`)

// portfolioPlace returns the end of the place that an office's "for" puts
// in its portfolio from token j, "the" first or not: a party's name ("for
// Syria", "for Iraq and Afghanistan") or a region's words, capitalised
// ("for Africa", "for the Middle East"); j when there is none.
func (s *scan) portfolioPlace(j int) int {
	k := j
	if k < len(s.toks) && !s.toks[k].brk && s.key(k) == "the" {
		k++
	}
	for n := 0; n < 2; n++ {
		e := k
		if c := s.countryNameEnd(k); c > k {
			e = c
		} else {
			for e < len(s.toks) && e < k+3 && !s.toks[e].brk && s.toks[e].upper && s.in(e, officeRegions) {
				e++
			}
		}
		// "for Pacific Islands Ana Ruiz": more of the portfolio, whose end
		// is unclear.
		if e == k || e < len(s.toks) && !s.toks[e].brk && (s.in(e, portfolioNouns) || s.officeKind(e) != 0) {
			return j
		}
		// "for Iraq and Afghanistan".
		if e+1 < len(s.toks) && !s.toks[e].brk && !s.toks[e+1].brk && s.key(e) == "and" && s.countryNameEnd(e+1) > e+1 {
			k = e + 1
			continue
		}
		return e
	}
	return j
}

// afterPortfolio reports whether an office's "for" and the place of its
// portfolio end right before token i ("Special Envoy for Syria Tomas
// Verlaine"): the capitalised place does not make the name that follows
// a longer one.
func (s *scan) afterPortfolio(i int) bool {
	for k := i - 2; k >= 1 && k >= i-6; k-- {
		if s.toks[k+1].brk {
			return false
		}
		if s.key(k) == "for" && s.officeKind(k-1) == 2 && s.portfolioPlace(k+1) == i {
			return true
		}
	}
	return false
}

// portfolioNouns after a portfolio's place make it the start of a longer
// one ("Pacific Islands", "Asian Affairs").
var portfolioNouns = wordSet(`islands island region regions states countries nations territories coast
	division bureau operations`)

// officeRegions are the words of the world's regions that an office's
// portfolio names ("Regional Director for Africa", "Envoy for the Middle
// East").
var officeRegions = wordSet(`africa europe asia americas america pacific mediterranean caribbean balkans caucasus
	arctic gulf middle east west north south central latin southeast northeast southwest northwest eastern
	western northern southern great lakes horn sahel`)

// titledAfter finds a personal name right after the office phrase that
// follows a mention at tokens [i, end) ("US ambassador James McGee",
// "Lebanon's UN envoy, Nouhad Mahmoud", "Australia's Ambassador to
// Indonesia, Bill Farmer"), and returns its token range, or -1, -1. After
// a body, which is no firm, "chief executive" is an office too ("the
// Environment Agency chief executive Dame Ann Lee"; seed 132), where
// after a country's word it may be a firm's ("a British chief executive").
func (s *scan) titledAfter(i, end int, body bool) (int, int) {
	h := s.officeWords(end)
	if h < 0 {
		h = s.serviceRank(end)
	}
	if h < 0 || h >= len(s.toks) {
		return -1, -1
	}
	if body && !s.toks[h].brk && s.key(h) == "executive" && s.key(h-1) == "chief" && h+1 < len(s.toks) {
		h++
	}
	// "The United States Ambassador to India, David Mulford": the post's
	// place, then a comma and the name; not where the office phrase is
	// itself set off after someone's name ("Pedro Rojas, Chile's
	// ambassador to Peru, Jorge Ruiz, ...": whose post it is is unclear).
	if i > 0 && !s.toks[i].brk && s.key(i-1) == "the" {
		i--
	}
	if !s.toks[h].brk && (s.key(h) == "to" || s.key(h) == "in") && (i == 0 || s.gap(i) != ",") {
		k := h + 1
		// "Kenya's ambassador to the UN, Peter Mwangi": a post at an
		// organisation, or in a country, whose name takes "the" (seed
		// 159).
		if k+1 < len(s.toks) && !s.toks[k].brk && !s.toks[k+1].brk && s.key(k) == "the" && s.toks[k+1].upper {
			k++
		}
		start := k
		for n := 0; n < 3 && k < len(s.toks) && !s.toks[k].brk && s.toks[k].upper; n++ {
			k++
		}
		if k > start && k < len(s.toks) && s.gap(k) == "," {
			h = k
		}
	}
	if s.toks[h].brk && s.gap(h) != "," && !(h == end && s.initialsClosed(end)) {
		return -1, -1
	}
	titled := false
	for h < len(s.toks) && s.in(h, personTitles) && s.toks[h].upper {
		h++
		titled = true
	}
	from, to := s.personName(h)
	if to-from == 1 && !titled {
		// "Minister for Education, Culture and Science": a lone word
		// after an office may be more of the office.
		return -1, -1
	}
	// "the UN Chief Drug Crimes prosecutor, Anna Berg": capitalised words
	// that an office's head follows are more of the office, not a name.
	if from >= 0 && to < len(s.toks) && !s.toks[to].brk && s.officeKind(to) == 2 {
		return -1, -1
	}
	return from, to
}

// serviceRank returns the token after the forces' words from token k
// ("Army", "Navy", "military") when an officer's rank follows them ("U.S.
// Army Lt. Col. Barry Venable", "Israeli Maj. Gen. Dan Harel"), where the
// rank, a title, starts the name's office; or -1.
func (s *scan) serviceRank(k int) int {
	start := k
	for n := 0; n < 2 && k < len(s.toks) && !s.toks[k].brk && s.in(k, forcesWords); n++ {
		k++
	}
	if k >= len(s.toks) || s.toks[k].brk && !(k == start && s.initialsClosed(k)) || !s.toks[k].upper {
		return -1
	}
	if w := s.key(k); !s.in(k, rankTitles) && !((w == "rear" || w == "vice") && k+1 < len(s.toks) && s.in(k+1, adminRanks)) {
		return -1
	}
	return k
}

// adminRanks follow "Rear" or "Vice" in an admiral's rank.
var adminRanks = wordSet(`adm admiral`)

// forcesWords name a state's forces between its name and an officer's rank.
var forcesWords = wordSet(`army navy naval air force forces military marine marines coast guard`)

// rankTitles are the officers' ranks among personTitles.
var rankTitles = wordSet(`general gen lt lieutenant col colonel maj major brig brigadier adm admiral capt captain
	sgt sergeant commodore`)

// appositiveBefore finds a personal name right before ", the" (or "a",
// "an") and a mention at [i, end) whose office phrase closes the clause
// ("Mohammed Ali Hosseini, the Iranian foreign ministry spokesman, said",
// "Ali al-Dabbagh, an Iraqi government spokesman, said"), or, after
// "the", runs on into the clause's verb where the name opens the clause
// ("Tom Hale, the Uzbek Interior Minister denied it"), and returns its
// token range, or -1, -1.
func (s *scan) appositiveBefore(i, end int) (int, int) {
	article := ""
	if i > 0 && !s.toks[i].brk && s.in(i-1, articles) {
		article = s.key(i - 1)
		i--
	}
	if i < 2 || !s.toks[i].brk || s.gap(i) != "," {
		return -1, -1
	}
	// The office phrase closes the clause, or its place follows ("the
	// US ambassador to Iraq"): not "the British chief executive of BP".
	// After "a" or "an", a verb or "who" may make it a clause of its own
	// ("the plant reopened, a Romanian official said") or a past
	// office ("a US official who served under Nixon").
	h := s.officeWords(end)
	if h < 0 || h < len(s.toks) && !s.toks[h].brk && !s.in(h, appositiveEnds) && !s.in(h, capitalVerbs) {
		if e := s.matterEnd(end); e > 0 {
			h = e
		}
	}
	// "Tom Hale, the Uzbek Interior Minister denied it": after "the", the
	// clause's verb may follow the office with no comma before it, where
	// the name opens the sentence or the clause (seed 131).
	verb := article == "the" && h > 0 && h < len(s.toks) && !s.toks[h].brk && s.in(h, capitalVerbs)
	if h < 0 || h < len(s.toks) && !s.toks[h].brk && !verb && (!s.in(h, appositiveEnds) || article != "" && article != "the" && !s.in(h, placeBefore)) {
		return -1, -1
	}
	last := i - 1
	first := s.nameStart(last)
	for first < last && (s.in(first, nameParticles) || s.in(first, notNames)) {
		first++
	}
	first = s.pastTitles(first, last)
	if s.officeNamesNext(h) || verb && !s.opensClause(first) {
		return -1, -1
	}
	titled := first > 0 && s.in(first-1, personTitles)
	if from, to := s.personName(first); from == first && to == last+1 && (to-from > 1 || titled) {
		return from, to
	}
	return -1, -1
}

// matterEnd returns the token after an office phrase from token i (past
// a possessive "s") whose portfolio is a matter in lower case after "for"
// and closes the clause ("Tom Hale, Peru's special envoy for the water
// talks, said"; seed 138): set off after a name, the phrase needs no
// place to end it, as officeWords does. Or -1.
func (s *scan) matterEnd(i int) int {
	if i < len(s.toks) && !s.toks[i].brk && s.key(i) == "s" {
		i++
	}
	head, prime, deputy := false, false, false
	j := i
	for ; j < len(s.toks) && j-i < 6 && (j == i || !s.toks[j].brk) && s.key(j) != "for"; j++ {
		kind := s.officeKind(j)
		if kind == 0 || s.in(j, pastOffice) {
			return -1
		}
		w := s.key(j)
		head = head || kind == 2
		prime = prime || w == "prime"
		deputy = deputy || w == "deputy" || w == "vice"
	}
	if !head || j+1 >= len(s.toks) || s.toks[j].brk || s.key(j) != "for" {
		return -1
	}
	j++
	if !s.toks[j].brk && s.key(j) == "the" {
		j++
	}
	n := 0
	for ; j < len(s.toks) && n < 4 && !s.toks[j].brk && !s.toks[j].upper; n++ {
		j++
	}
	if n == 0 || j < len(s.toks) && !s.toks[j].brk {
		return -1
	}
	s.headOffice = prime && !deputy
	return j
}

// opensClause reports whether the personal name at token first opens the
// sentence or a clause, past the titles and opening words before it ("On
// Monday, Dr Tom Hale"; not "after meeting Tom Hale").
func (s *scan) opensClause(first int) bool {
	for first > 0 && !s.toks[first].brk && (s.in(first-1, personTitles) || s.in(first-1, openingWords)) {
		first--
	}
	return first == 0 || s.toks[first].brk
}

// articles may open an appositive's office phrase.
var articles = wordSet(`the a an`)

// officeOfNear is a quick test for officeOfBefore: a word of
// officeOfWords, alone or before "the", right before the mention at token
// i.
func (s *scan) officeOfNear(i int) bool {
	return s.ofWordBefore(i) > 0
}

// ofWordBefore returns the token of the word of officeOfWords right before
// the mention at token i, or before "the" and the mention, or -1.
func (s *scan) ofWordBefore(i int) int {
	k := i - 1
	if k > 0 && !s.toks[i].brk && s.key(k) == "the" {
		i, k = k, k-1
	}
	if k < 0 || s.toks[i].brk || !s.in(k, officeOfWords) {
		return -1
	}
	return k
}

// officeWordsBefore returns the first of the office words (at most six)
// that end right before token k, and whether they hold an office's head,
// "prime", and "deputy" or "vice".
func (s *scan) officeWordsBefore(k int) (j int, head, prime, deputy bool) {
	j = k
	for j > 1 && k-j < 6 && !s.toks[j].brk && s.officeKind(j-1) != 0 {
		j--
		w := s.key(j)
		head = head || s.officeKind(j) == 2
		prime = prime || w == "prime"
		deputy = deputy || w == "deputy" || w == "vice"
	}
	return j, head, prime, deputy
}

// officeOfWords join an office to the party it serves ("minister of",
// "spokesman for", "governor at").
var officeOfWords = wordSet(`of for at`)

// officeOfBefore finds a personal name right before ", <office> of" (or
// "for" or "at", and an article before the office) and the mention at [i, end), in
// a clause that closes within five words ("Brigadier Tom Hale, commander
// of British forces in Basra, said", "Ali al-Dabbagh, a spokesman for the
// Iraqi government, said"), and returns its token range, or -1, -1. A past
// office ("Name, former minister of"), a lone word, a head of government's
// office the registry does not hold and an office of what the mention's
// possessive owns ("general secretary of Kenya's largest opposition
// party", but not "a spokesperson for Israel's foreign ministry") are not.
func (s *scan) officeOfBefore(i, end int) (int, int) {
	if end+1 < len(s.toks) && !s.toks[end].brk && s.key(end) == "s" && (s.toks[end+1].brk || !s.in(end+1, stateHeads) && !s.orgPost(end+1)) {
		return -1, -1
	}
	k := s.ofWordBefore(i)
	if k < 2 {
		return -1, -1
	}
	j, head, prime, deputy := s.officeWordsBefore(k)
	if j > 1 && !s.toks[j].brk && (s.key(j-1) == "a" || s.key(j-1) == "an") {
		j--
	}
	// "Tom Hale, the health minister for Ruritania stated that": after
	// "the", the clause's verb may follow the party with no comma before
	// it, where the name opens the sentence or the clause, as in
	// appositiveBefore (seed 174).
	verb := !s.clauseCloses(end) && s.key(j) == "the" && end < len(s.toks) && !s.toks[end].brk && s.in(end, capitalVerbs)
	// "Tom Hale, and the director of": an office after "and" opens a
	// clause of its own, whose holder is named after it (officeOfName).
	if !head || !s.toks[j].brk || s.gap(j) != "," || s.key(j) == "and" || !verb && !s.clauseCloses(end) || s.pastYears(end) || s.portfolioFor(j, k, i) {
		return -1, -1
	}
	s.headOffice = prime && !deputy
	last := j - 1
	first := s.pastTitles(s.nameStart(last), last)
	if verb && !s.opensClause(first) {
		return -1, -1
	}
	return s.wholeName(first, last)
}

// orgPost reports whether an organisation's name of the registry starts
// at token k and a word of stateHeads follows it: a state's post at the
// organisation ("China's WTO mission", "Iran's IAEA envoy"; seed 135).
func (s *scan) orgPost(k int) bool {
	e := s.orgNameEnd(k)
	return e > k && e < len(s.toks) && !s.toks[e].brk && s.in(e, stateHeads)
}

// portfolioFor reports whether the office words [j, k), before "for" at
// token k and the mention at token i, hold the party as a portfolio, not
// as the office's own: an adviser's, an envoy's or a coordinator's "for"
// and the country's bare name ("the deputy national security adviser for
// Iraq", "the special envoy for Sudan"; seeds 120-121), or another party or
// body named among the words ("the UN envoy for Iraq"), whose office it
// is. "A spokesman for Israel" and "an adviser for the Iraqi government"
// stay the party's.
func (s *scan) portfolioFor(j, k, i int) bool {
	if s.key(k) != "for" {
		return false
	}
	if k == i-1 && s.in(k-1, portfolioHeads) {
		return true
	}
	for t := j; t < k; t++ {
		if s.toks[t].upper && s.namedAt(t) {
			return true
		}
	}
	return false
}

// portfolioHeads are offices whose "for" names the place or the matter
// they deal with, not the state they serve.
var portfolioHeads = wordSet(`adviser advisor envoy coordinator czar tsar representative emissary`)

// officeOfName finds the personal name of an office "of" or "for" the
// mention at [i, end) written around the office's words: after a title
// and before "of" ("Spokeswoman Janelle Hironimus of the US Department of
// State"), or after the phrase that an article opens and a comma closes
// ("A spokesman for the United Nations refugee agency, Alphonse
// Munyaneza, explained"). It returns the name's token range, or -1, -1.
func (s *scan) officeOfName(i, end int) (int, int) {
	k := s.ofWordBefore(i)
	if k < 2 {
		return -1, -1
	}
	// "Spokeswoman Janelle Hironimus of", "Economic Development Minister
	// Tom Hale of": a title, then the name (seed 174).
	if from, to := s.titledBefore(k); from >= 0 {
		return from, to
	}
	// "A spokesman for the ... agency, Alphonse Munyaneza,": the office
	// opens the clause after an article, and the name follows its comma.
	// The clause may also be the second of two that "and" joins after a
	// comma (", and the director-general of the agency, Tom Hale"; the
	// office words take "and" and "the" in).
	j, head, prime, deputy := s.officeWordsBefore(k)
	and := s.key(j) == "and" && s.toks[j].brk && s.gap(j) == "," && j+2 < k && s.key(j+1) == "the"
	if !head || !and && (s.toks[j].brk || !s.in(j-1, articles) || j-1 > 0 && !s.toks[j-1].brk) {
		return -1, -1
	}
	// The mention may be followed by a few words of the body's name,
	// capitalised ("the U.N. World Food Program") or not ("the United
	// Nations refugee agency").
	h := end
	for n := 0; n < 4 && h < len(s.toks) && !s.toks[h].brk && s.toks[h].upper; n++ {
		h++
	}
	for n := 0; n < 3 && h < len(s.toks) && !s.toks[h].brk && !s.toks[h].upper; n++ {
		h++
	}
	// The body's initials in brackets may close it before the comma
	// ("the Brazilian Intelligence Agency (Abin), Mauro Silva"; seed 166).
	if h+1 < len(s.toks) && s.toks[h].upper && s.gap(h) == "(" && s.gap(h+1) == ")," {
		h++
	} else if h >= len(s.toks) || s.gap(h) != "," {
		return -1, -1
	}
	// The name closes the clause, or its verb follows ("..., Tom Hale
	// said").
	from, to := s.personName(h)
	if from != h || to-from < 2 || to < len(s.toks) && !s.toks[to].brk && !s.in(to, capitalVerbs) {
		return -1, -1
	}
	// A head of government's office is the registry's, which knows the
	// terms ("the first Prime Minister of India, Jawaharlal Nehru").
	s.headOffice = prime && !deputy
	return from, to
}

// ofMention reports whether "of", "the" or not, and a mention (taken)
// follow token k.
func (s *scan) ofMention(k int, taken []bool) bool {
	if k+1 >= len(s.toks) || s.toks[k].brk || s.key(k) != "of" {
		return false
	}
	k++
	if k+1 < len(s.toks) && !s.toks[k].brk && s.key(k) == "the" {
		k++
	}
	return !s.toks[k].brk && taken[k]
}

// memberNear is a quick test for bodyMember: "from", "the" or not, right
// before mention n of ms at token i, a body or a name before one ("of"
// is officeOfNear's).
func (s *scan) memberNear(ms []Mention, n, i int) bool {
	return (ms[n].Role == RoleBody || n+1 < len(ms) && ms[n+1].Role == RoleBody) && s.memberWord(i) > 0
}

// memberWord returns the token of "of" or "from" right before the
// mention at token i, or before "the" and the mention, or -1: a personal
// name before it may be a member of the body (bodyMember).
func (s *scan) memberWord(i int) int {
	k := i - 1
	if k > 0 && !s.toks[i].brk && s.key(k) == "the" {
		i, k = k, k-1
	}
	if k < 2 || s.toks[i].brk || s.key(k) != "of" && s.key(k) != "from" {
		return -1
	}
	return k
}

// bodyNamed returns the end token of a body of the registry that mention
// n of ms, which ends at token end, is or opens as a party's name or
// demonym right before a body of its own ("the United States Department
// of State"), or -1.
func (s *scan) bodyNamed(ms []Mention, n, end int) int {
	if ms[n].Role == RoleBody {
		return end
	}
	if n+1 >= len(ms) || ms[n+1].Role != RoleBody || ms[n+1].Party != ms[n].Party || end >= len(s.toks) || ms[n+1].ByteStart != int(s.toks[end].bs) {
		return -1
	}
	_, e := s.tokenSpan(&ms[n+1])
	return e
}

// memberClause reports whether the body that ends at token e closes the
// member's phrase: punctuation, the sentence's end, "also" or a verb
// follow ("Ann Lee of the Home Office said"), not more of a noun phrase
// ("the main points of the GAO report").
func (s *scan) memberClause(e int) bool {
	return e >= len(s.toks) || s.toks[e].brk || s.in(e, capitalVerbs) || s.key(e) == "also"
}

// removedAfter reports whether the clause of a holder's name and office,
// past capitalised words, brackets and "of" or "the" from token k, goes
// on with "was" or "were", "been" or not, and a verb of removal ("Chief
// of Staff Ann Lee of the Ruritanian Air Force was dismissed"; seed 174):
// the sentence ends the office, so the article does not make them the
// party's, as removedHolder finds before the name.
func (s *scan) removedAfter(k int) bool {
	for n := 0; k < len(s.toks) && n < 8 && (s.toks[k].upper || s.key(k) == "of" || s.key(k) == "the"); n++ {
		if g := s.gap(k); k > 0 && s.toks[k].brk && strings.ContainsAny(g, ",.;:") {
			return false
		}
		k++
	}
	if k+1 >= len(s.toks) || k > 0 && s.toks[k].brk && strings.ContainsAny(s.gap(k), ",.;:") || s.key(k) != "was" && s.key(k) != "were" {
		return false
	}
	k++
	if k+1 < len(s.toks) && !s.toks[k].brk && s.key(k) == "been" {
		k++
	}
	return !s.toks[k].brk && s.in(k, removalVerbs)
}

// bodyMember finds a personal name of two to four words, with a title or
// not, right before "of" or "from" (and "the") and the body at token i
// ("a talk by Ann B. Lee from the State Department", "Ann Lee of the
// Home Office said"; seed 174): a member of a government body is the
// state's official, as an office phrase would make them. Not a past
// office, a part or a count ("the Border Unit of", "three Senior
// Managers of"), a name after a possessive ("CNN's Ann Lee"), nor
// "from" after words other than "by" and a verb of saying. It returns
// the name's token range, or -1, -1.
func (s *scan) bodyMember(i int) (int, int) {
	k := s.memberWord(i)
	if k < 2 || s.toks[k].brk {
		return -1, -1
	}
	last := k - 1
	first := s.pastTitles(s.nameStart(last), last)
	// "the Uniformed Division of", "five Romanian Members of": a part
	// or a count, no person.
	if first > 0 && !s.toks[first].brk && (s.in(first-1, articles) || s.in(first-1, countWords)) {
		return -1, -1
	}
	// "from" tells where a person came from only after "by" or a verb
	// of saying, or where the name opens the clause ("a talk by Ann Lee
	// from the Home Office"); after other words it may say where
	// something else came from or whom a verb kept out ("a letter to Ann
	// Lee from", "barring Ann Lee from the White House").
	if b := first - 1; s.key(k) == "from" {
		// Past the title ("said Navy Commander Ann Lee from").
		for b >= 0 && !s.toks[b+1].brk && s.toks[b].upper {
			b--
		}
		if b >= 0 && !s.toks[b+1].brk {
			switch s.key(b) {
			case "by", "said", "says":
			default:
				return -1, -1
			}
		}
	}
	// "CNN's Ann Lee of": a firm's or another body's staff.
	if first > 1 && !s.toks[first].brk && s.key(first-1) == "s" && !s.toks[first-1].brk {
		return -1, -1
	}
	// "former spokeswoman Ann Lee of the State Department": a past office.
	for t := first - 1; t >= 0 && t >= first-6 && !s.toks[t+1].brk; t-- {
		if s.in(t, pastOffice) {
			return -1, -1
		}
		if s.officeKind(t) == 0 {
			break
		}
	}
	s.headOffice = false
	return s.wholeName(first, last)
}

// aideJoin returns the token of "to", "for" or "of" right before the
// name of a leader or official at token i, or before their title ("to
// Prime Minister"), or -1: an aide's apposition may end there
// (leaderAide).
func (s *scan) aideJoin(i int) int {
	k := i - 1
	for k > 0 && i-k <= 3 && !s.toks[k+1].brk && s.toks[k].upper && s.in(k, leaderTitleWords) {
		k--
	}
	if k < 3 || s.toks[k+1].brk {
		return -1
	}
	switch s.key(k) {
	case "to", "for", "of":
		return k
	}
	return -1
}

// leaderAide finds a personal name right before ", a" (or "an" or "the"),
// up to two office words or "close", an aide's word (aideWords), "to",
// "for" or "of" and the leader or official at [i, end), with their title
// or not, in a clause that closes within five words ("Tom Hale, a senior
// adviser to President Ann Lee, said"; seed 174), and returns its token
// range, or -1, -1. Not a past aide ("a former adviser to"), nor an aide
// of someone the holder's possessive owns ("an aide to President Lee's
// rival").
func (s *scan) leaderAide(i, end int) (int, int) {
	k := s.aideJoin(i)
	if k < 3 || !aideWords(s.key(k-1)) || s.toks[k].brk || !s.clauseCloses(end) ||
		end < len(s.toks) && !s.toks[end].brk && s.key(end) == "s" {
		return -1, -1
	}
	j := k - 1
	for n := 0; n < 2 && j > 1 && !s.toks[j].brk && (s.officeKind(j-1) == 1 && !s.in(j-1, articles) || s.key(j-1) == "close"); n++ {
		j--
	}
	if j < 3 || s.toks[j].brk || !s.in(j-1, articles) || !s.toks[j-1].brk || s.gap(j-1) != "," {
		return -1, -1
	}
	last := j - 2
	first := s.pastTitles(s.nameStart(last), last)
	return s.wholeName(first, last)
}

// aideWords reports whether w is an aide's word: an adviser, an aide or
// a spokesperson, whose "to" or "for" names the holder they serve.
func aideWords(w string) bool {
	switch w {
	case "adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson":
		return true
	}
	return false
}

// titledBefore finds the personal name of two to four words that ends
// right before "of" (or "for" or "at") at token k after a capitalised
// office's title of up to eight words ("Foreign Minister Ann Lee of",
// "Minister of Economic Development Ann Lee of"), not a past one ("former
// Deputy Director Ann Lee of"), and returns its token range, or -1, -1.
// A head of government's title leaves the name to the registry
// (s.headOffice).
func (s *scan) titledBefore(k int) (int, int) {
	n := k - 1
	for n > 0 && k-n < 4 && !s.toks[n].brk && (s.toks[n-1].upper && s.officeKind(n-1) == 0 && !s.in(n-1, notNames) || s.in(n-1, nameParticles)) {
		n--
	}
	if n < 1 || k-n < 2 || s.toks[n].brk || !s.toks[n-1].upper || s.officeKind(n-1) == 0 {
		return -1, -1
	}
	head, prime, deputy := false, false, false
	p := n
	for p > 0 && n-p < 8 && (p == n || !s.toks[p].brk) && s.officeKind(p-1) != 0 {
		p--
		w := s.key(p)
		head = head || s.officeKind(p) == 2
		prime = prime || w == "prime"
		deputy = deputy || w == "deputy" || w == "vice"
	}
	for p < n-1 && !s.toks[p].upper {
		p++
	}
	// "Director for the National Capital Region of": a "the" inside makes
	// the capitalised words more of the office's place, not a name.
	for t := p; t < n; t++ {
		if s.key(t) == "the" {
			return -1, -1
		}
	}
	if !head || p > 0 && !s.toks[p].brk && s.in(p-1, pastOffice) {
		return -1, -1
	}
	if from, to := s.personName(n); from == n && to == k {
		s.headOffice = prime && !deputy
		return from, to
	}
	return -1, -1
}

// clauseCloses reports whether a comma or the sentence's end comes within
// five words after token end, before any other punctuation.
func (s *scan) clauseCloses(end int) bool {
	for t := end; t <= end+5; t++ {
		if t >= len(s.toks) {
			return true
		}
		if s.toks[t].brk {
			return s.gap(t) == ","
		}
	}
	return false
}

// pastYears reports whether the clause from token end dates the office
// by years ("its head at the National Intelligence Council from 1998 to
// 2001"): "from", "until" or "between" and a year, an office held then,
// not on the article's day.
func (s *scan) pastYears(end int) bool {
	for t := end; t+1 < len(s.toks) && t <= end+3 && (t == end || !s.toks[t].brk); t++ {
		if w := s.key(t); (w == "from" || w == "until" || w == "between") && !s.toks[t+1].brk {
			if y := s.key(t + 1); len(y) == 4 && digits(y) {
				return true
			}
		}
	}
	return false
}

// officeNamesNext reports whether a personal name follows the office phrase
// that ends at token h, after its place and a comma ("Sutiyoso, Australia's
// ambassador to Indonesia, Bill Farmer, said"): the office is that name's.
func (s *scan) officeNamesNext(h int) bool {
	for k := h; k < len(s.toks) && k < h+5; k++ {
		if s.toks[k].brk {
			from, _ := s.personName(k)
			return s.gap(k) == "," && from == k
		}
	}
	return false
}

// appositiveEnds may follow the office phrase of an appositive.
var appositiveEnds = wordSet(`to in at said says told added who and`)

// personName returns the token range of the personal name that starts at
// token h: one to four capitalised words, with particles inside ("Ammar
// al-Saffar"), that no capitalised word continues; or -1, -1.
func (s *scan) personName(h int) (int, int) {
	// "E.Ahmed": an initial written onto the surname with its full stop
	// and no space (seed 140) opens the name the surname starts.
	if s.initialOnto(h) {
		if from, to := s.personName(h + 1); from == h+1 {
			return h, to
		}
		return -1, -1
	}
	if h >= len(s.toks) || !s.toks[h].upper || s.toks[h].allUp && (!s.dottedInitials(h) || s.namedAt(h)) || s.in(h, notNames) || s.officeKind(h) != 0 {
		return -1, -1
	}
	j := h + 1
	if s.toks[h].allUp && (j >= len(s.toks) || s.toks[j].brk || !s.toks[j].upper || s.toks[j].allUp) {
		// Initials open a name only before a capitalised name word.
		return -1, -1
	}
	// Particles do not count against the four words: "Mauro Marcelo de
	// Lima e Silva", where a Portuguese "e" joins two family names after
	// another particle (seed 166).
	parts := 0
	for j < len(s.toks) && j-h-parts < 4 && !s.toks[j].brk {
		switch {
		case s.toks[j].upper && !s.toks[j].allUp && !s.in(j, notNames) && s.officeKind(j) == 0:
			j++
			continue
		case (s.in(j, nameParticles) || parts > 0 && s.key(j) == "e") && j+1 < len(s.toks) && !s.toks[j+1].brk && s.toks[j+1].upper:
			j += 2
			parts++
			continue
		case j+1 < len(s.toks) && s.afterInitial(j+1):
			// "James D. McGee": the initial, then the surname.
			j += 2
			continue
		case s.joined(j) && s.key(j) != "s":
			// "Ze'evi", "Bar-On".
			j++
			continue
		}
		break
	}
	if j < len(s.toks) && !s.toks[j].brk && s.toks[j].upper {
		return -1, -1
	}
	return h, j
}

// dottedInitials reports whether token k is two or three initials, each
// with its full stop: personName takes them to open a personal name ("M.K.
// Narayanan"; seed 138) where they name no party ("U.S.").
func (s *scan) dottedInitials(k int) bool {
	w := s.s[s.toks[k].bs:s.toks[k].be]
	if len(w) < 3 || len(w) > 6 || w[1] != '.' {
		return false
	}
	for n := 0; n < len(w); n++ {
		if c := w[n]; n%2 == 0 && (c < 'A' || c > 'Z') || n%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// initialOnto reports whether token h is one capital letter and its full
// stop written onto a capitalised word with no space ("E.Ahmed").
func (s *scan) initialOnto(h int) bool {
	if h+1 >= len(s.toks) || !s.toks[h].allUp || s.toks[h].ne-s.toks[h].ns != 1 || s.toks[h+1].brk || !s.toks[h+1].upper {
		return false
	}
	t := s.toks[h]
	return s.s[t.be-1] == '.' && t.be == s.toks[h+1].bs
}

// afterInitial reports whether token k follows a middle initial and its
// full stop inside a personal name ("James D. McGee"): the token before
// is one capital letter, after another capitalised word.
func (s *scan) afterInitial(k int) bool {
	p := k - 1
	if p <= 0 || !s.toks[k].upper || s.toks[p].ne-s.toks[p].ns != 1 || !s.toks[p].allUp || s.toks[p].brk || !s.toks[p-1].upper {
		return false
	}
	// The tokenizer keeps the full stop of an initial in its token.
	return s.gap(k) == "." || s.gap(k) == "" && strings.HasSuffix(s.s[s.toks[p].bs:s.toks[p].be], ".")
}

// joined reports whether token k is written onto the one before it, with
// an apostrophe or a hyphen and no space.
func (s *scan) joined(k int) bool {
	g := s.s[s.toks[k-1].be:s.toks[k].bs]
	return g != "" && !strings.ContainsAny(g, " \t\u00a0")
}

// words returns the normalised words of tokens [from, to).
func (s *scan) words(from, to int) []string {
	out := make([]string, 0, to-from)
	for k := from; k < to; k++ {
		out = append(out, s.word(k))
	}
	return out
}

// add remembers an office holder; a name the article already gave another
// party is dropped for both, as the article is then unclear.
func (a *Article) add(party, name, role string, words []string) {
	for k := range a.people {
		p := &a.people[k]
		if slices.Equal(p.words, words) {
			if p.party != party {
				p.party = ""
			}
			return
		}
	}
	a.people = append(a.people, introduced{party: party, name: name, role: role, words: words})
}

// named appends a mention for every name of a's office holders in the
// sentence, whole ("Vuk Jeremić") or by the surname ("Jeremić", "al-Saffar")
// when no other capitalised word makes it part of another name and no
// other office holder of the article shares it.
func (s *scan) named(dst []Mention, a *Article, taken []bool, sentence string) []Mention {
	if len(a.people) == 0 {
		return dst
	}
	for i := 0; i < len(s.toks); i++ {
		if taken[i] || !s.toks[i].upper && !s.in(i, nameParticles) {
			continue
		}
		p, end := a.lookup(s, i)
		if p == nil || anyTaken(taken, i, end) || s.continuesName(i, end) && !s.afterPortfolio(i) {
			continue
		}
		if p.registry && s.notTheLeader(i, end) {
			continue
		}
		// "Kim, a defector, said the fall of Kim Jong Il would end it": a
		// surname that many bear, before the full name later in the
		// sentence, is someone else's, as the news names a person in full
		// before it shortens the name (seed 128).
		if end-i == 1 && len(p.words) > 1 && commonSurname(s.key(i)) && s.namedLater(p.words, end) {
			continue
		}
		first, last := s.toks[i], s.toks[end-1]
		dst = append(dst, Mention{Party: p.party, Name: p.name, Role: p.role,
			Surface: sentence[first.bs:last.be], Start: int(first.cs), End: int(last.ce),
			ByteStart: int(first.bs), ByteEnd: int(last.be)})
		for k := i; k < end; k++ {
			taken[k] = true
		}
		i = end - 1
	}
	return dst
}

// notTheLeader reports whether a registry leader's name at tokens [i,
// end), remembered from an earlier sentence, names someone or something
// else here, as the registry's own rules would find: after a woman's
// honorific, his wife ("Mrs. Bush"; the registry's own "Mrs X" forms are
// matched above), a place or a private person named after them ("the
// Fukuda stadium", "Bush, 25,"), a party to a court case, undated, the
// employer of staff (staffOf), dated, the holder of an office the
// sentence calls lost (lostHolder), a title and the name whose alias
// the registry's context rule rules out here (ruledOutTitle), or their
// election campaign ("the Obama campaign"; campaignAfter).
func (s *scan) notTheLeader(i, end int) bool {
	if i > 0 && !s.toks[i].brk && (s.key(i-1) == "mrs" || s.key(i-1) == "ms") {
		return true
	}
	return s.namedAfter(end) || s.caseParty(i, end) || s.day == noDay && s.staffOf(end) || s.day != noDay && s.lostHolder(i, end) ||
		s.ruledOutTitle(i, end) || s.campaignAfter(end)
}

// ruledOutTitle reports whether the word before tokens [i, end) and the
// name there are a leader's alias of the registry whose context rule does
// not hold in the sentence ("Mr Howard" beside the Chancellor of the
// Exchequer is the Conservative leader; seed 134): the article's earlier
// sentences do not make the name the leader's where the registry's own
// rule would not.
func (s *scan) ruledOutTitle(i, end int) bool {
	if i == 0 || s.toks[i].brk {
		return false
	}
	n := int32(0)
	for k := i - 1; k < end; k++ {
		if n = s.next(n, k); n == 0 {
			return false
		}
	}
	for x := range s.m.nodes[n].entries {
		if e := &s.m.nodes[n].entries[x]; e.kind == kindLeader && e.rule != nil && !s.ruleOK(e.rule, e, i-1, end) {
			return true
		}
	}
	return false
}

// lostHolder reports whether the registry's leaders named by tokens [i,
// end) include one whose office the sentence calls lost, as leaderOK
// reads it: named before under a lost title ("the ousted President Tom
// Hale"), or holding it until the sentence's day ("his dismissed Prime
// Minister"; seed 132), so that an article that named them before does
// not make the name a mention here.
func (s *scan) lostHolder(i, end int) bool {
	n := int32(0)
	for k := i; k < end; k++ {
		if n = s.next(n, k); n == 0 {
			return false
		}
	}
	for _, e := range s.m.nodes[n].entries {
		if e.kind != kindLeader || len(e.terms) == 0 {
			continue
		}
		if s.lost == &e.terms[0] {
			return true
		}
		for _, d := range e.terms {
			if d.to == s.day && s.lostOffice() {
				return true
			}
		}
	}
	return false
}

// staffOf reports whether a lower-case staff noun follows at token end,
// unbroken ("Trump assistant X", "Obama aides"): the surname
// modifies the staff, and an undated sentence's title elsewhere ("President
// Trump") does not make it a mention of its own (seed 125).
func (s *scan) staffOf(end int) bool {
	if end >= len(s.toks) || s.toks[end].brk || s.toks[end].upper {
		return false
	}
	switch s.key(end) {
	case "assistant", "assistants", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "staffer", "staffers":
		return true
	}
	return false
}

// lookup returns the office holder named at token i, whole or by surname,
// and the end of the name; nil when none, or when the surname is shared.
func (a *Article) lookup(s *scan, i int) (*introduced, int) {
	var found *introduced
	end := 0
	for k := range a.people {
		p := &a.people[k]
		if p.party == "" {
			continue
		}
		if s.spells(i, p.words, true) {
			return p, i + len(p.words)
		}
		for n, sur := range [2][]string{surname(p.words), familyFirst(p.words)} {
			// A family name of two letters ("Ma", "Hu") is one of
			// shortFamilyName's, capitalised, not in capitals ("MA").
			if n == 0 && p.familyOnly || len(sur) == 0 || len(sur) == 1 && len(sur[0]) < 3 && (n == 0 || s.toks[i].allUp) || !s.spells(i, sur, true) {
				continue
			}
			if found != nil && found.party != p.party {
				return nil, 0
			}
			found, end = p, i+len(sur)
		}
	}
	return found, end
}

// familyFirst returns the first word of a name of two or three words
// written family name first ("Zhang Qisheng", "Kim Sung-hwan", "Hu
// Jintao"), which the news uses alone after the full name; nil for other
// names.
func familyFirst(words []string) []string {
	if n := len(words); n < 2 || n > 3 || !familyFirstNames.has(words[0]) && !shortFamilyName(words[0]) {
		return nil
	}
	return words[:1]
}

// shortFamilyName reports whether w is a Chinese family name of two
// letters that the news writes first ("Hu Jintao", "Ma Ying-jeou"); not
// "he", a pronoun.
func shortFamilyName(w string) bool {
	switch w {
	case "ma", "hu", "wu", "xu", "li", "lu", "yu", "su":
		return true
	}
	return false
}

// familyFirstNames are common Chinese and Korean family names of three
// letters or more, which come first in a name as the news writes it.
var familyFirstNames = wordSet(`zhang wang liu chen yang zhao huang zhou zhu gao guo luo liang zheng xie
	tang feng dong xiao cheng cao yuan deng shen zeng peng jiang cai jia ding xue yan dai xia zhong tian
	qin kong cui qiu qian meng yao duan hao wen
	kim lee park choi jung chung kang cho yoon jang shin moon roh yoo ahn`)

// surname returns the last word of a name with the particle before it
// ("al saffar").
func surname(words []string) []string {
	n := len(words)
	if n >= 3 && nameParticles.has(words[n-2]) {
		return words[n-2:]
	}
	return words[n-1:]
}

// continuesName reports whether the name at [i, end) is part of a longer
// one: a capitalised word that is not a title stands right before it, or
// one follows it, or a particle after a capitalised word stands before it
// ("Rocha da Silva"; seed 166).
func (s *scan) continuesName(i, end int) bool {
	if end < len(s.toks) && !s.toks[end].brk && s.toks[end].upper {
		return true
	}
	if i >= 2 && !s.toks[i].brk && !s.toks[i-1].brk && s.toks[i-2].upper && s.in(i-1, nameParticles) {
		return true
	}
	if i == 0 || s.toks[i].brk || !s.toks[i-1].upper {
		return false
	}
	return !s.in(i-1, personTitles) && !s.in(i-1, leaderTitleWords) && !s.in(i-1, openingWords) && s.officeKind(i-1) == 0
}

// officeKind is 2 for a word of officeHeads at token k, 1 for one of
// officeModifiers only, and 0 for any other word.
func (s *scan) officeKind(k int) uint8 {
	switch {
	case s.in(k, officeHeads):
		return 2
	case s.in(k, officeModifiers):
		return 1
	}
	return 0
}

// officeHeads end an office phrase: the office itself.
var officeHeads = wordSet(`head minister secretary spokesman spokeswoman spokesperson ambassador envoy director
	chief commander general admiral negotiator representative adviser advisor commissioner consul
	chargé charge affaires prosecutor chairman chairwoman administrator coordinator
	czar tsar undersecretary attaché attache emissary official attorney diplomat`)

// officeModifiers may stand inside an office phrase, before its head or
// between heads ("deputy prime minister", "Secretary of State", "Air Force
// General", "Foreign Ministry spokesman", "supreme allied commander").
var officeModifiers = wordSet(`deputy vice acting assistant associate under principal senior top first
	permanent special foreign home interior internal defence defense finance treasury trade commerce economy
	economic economics health justice education labour labor environment energy oil agriculture industry
	information culture transport communications tourism science technology water housing planning development
	budget fiscal security intelligence homeland national state public affairs relations international
	humanitarian immigration border customs police army navy naval air force forces military armed staff joint
	chiefs ministry department office cabinet government presidential prime press federal un u n eu nato
	election electoral central bank reserve of for and the nuclear human rights refugees emergency relief peace
	d attorney policy high lead brigadier lieutenant major rear coast guard political regional supreme allied`)

// personTitles stand before a personal name and are left out of its span.
var personTitles = wordSet(`mr mrs ms dr lord baroness sir dame general gen lt col colonel major maj admiral adm
	rear vice lieutenant brigadier brig captain capt sergeant sgt commodore sheikh prof professor`)

// nameParticles are lower-case words inside personal names.
var nameParticles = wordSet(`al el bin ibn bint abu de da di del della dos das du van von der den la le ul`)

// notNames are capitalised words that do not begin or continue a personal
// name after an office ("the Foreign Minister on Monday" aside, these are
// capitalised: "Minister Tuesday", "envoy The").
var notNames = wordSet(`the a an and but in on at for of to from with by as this that these those his her
	its their it he she they we i who what when where why how which whose whom monday tuesday wednesday thursday friday saturday sunday january february
	march april may june july august september october november december mr mrs ms dr sir lord`)

// nameStart returns where a personal name ending at token last may start:
// up to three capitalised words or name particles before it, within the
// clause.
func (s *scan) nameStart(last int) int {
	first := last
	for first > 0 && last-first < 3 && !s.toks[first].brk && (s.toks[first-1].upper || s.in(first-1, nameParticles)) {
		first--
	}
	return first
}

// commonSurname reports whether many people bear the surname w: the
// Chinese and Korean family names of familyFirstNames, and surnames common
// in South Asia and the Arab world.
func commonSurname(w string) bool {
	switch w {
	case "singh", "khan", "ali", "ahmed", "ahmad", "hussain", "hussein", "hassan", "shah", "patel", "kumar":
		return true
	}
	return familyFirstNames.has(w) || shortFamilyName(w)
}

// namedLater reports whether the full name words stands anywhere from
// token k on.
func (s *scan) namedLater(words []string, k int) bool {
	for ; k+len(words) <= len(s.toks); k++ {
		if s.spells(k, words, true) {
			return true
		}
	}
	return false
}

// pastTitles returns the first token from first, short of last, that is
// not a personal title, an office's head word or a clause's opening word
// ("Mr", "Chairman", a sentence's opening "And") before a name.
func (s *scan) pastTitles(first, last int) int {
	for first < last && (s.in(first, personTitles) || s.in(first, officeHeads) || s.in(first, openingWords)) {
		first++
	}
	return first
}

// wholeName returns tokens [first, last] as a personal name of two words or
// more, or -1, -1 where no such name spans them exactly.
func (s *scan) wholeName(first, last int) (int, int) {
	if from, to := s.personName(first); from == first && to == last+1 && to-from > 1 {
		return from, to
	}
	return -1, -1
}
