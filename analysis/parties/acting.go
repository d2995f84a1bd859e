package parties

import "strings"

// The state acting (country guidelines 8 and 9). A demonym or a capital is
// the state only when its context says so: a demonym heads a phrase about
// the state ("Chinese troops", "the Iranian foreign minister", "Russian
// meddling"), and a capital acts or is acted on as a government ("Beijing
// rejected", "pressure from Washington", "talks between Pyongyang and
// Seoul"). Without such a word they are people, things and places ("the
// Bolivian elite", "an Afghan interpreter", "a Paris apartment", "London,
// United Kingdom"), which is what most of them are in real news.

// demonymActs reports whether the demonym ending at token end stands for the
// state: the phrase it opens ends at once (punctuation, the end of the
// sentence, or a function word: "the British said", "hosted by the
// Chinese, who"), or its head, past any coordinated demonyms ("US and
// British forces") and up to three capitalised words of a title ("the
// Italian Reforms Minister"), is a word of stateHeads, or a kind and a
// head of stateCompounds ("the Israeli fuel cuts").
func (s *scan) demonymActs(i, end int) bool {
	if acts, ok := s.demonymAffixed(i, end); ok {
		return acts
	}
	// "the Center for New American Security": a capitalised "New" inside
	// a sentence makes the demonym part of a name; "shops owned by ethnic
	// Chinese", "ethnic Albanian rebels": people of the nation.
	if i > 0 && !s.toks[i].brk && (i > 1 && !s.toks[i-1].brk && s.toks[i-1].upper && s.key(i-1) == "new" || s.key(i-1) == "ethnic") {
		return false
	}
	k, pair, ethnic := s.coordinated(i, end)
	if pair && s.twoOrigins(k) {
		return false
	}
	// The phrase ends: the demonym is a noun ("the Chinese, who"), unless
	// it is said of someone ("the commanders were Canadian") or counts
	// people ("an Italian", "four French", "the average Canadian").
	if k >= len(s.toks) || s.toks[k].brk {
		return s.nounActs(i, end)
	}
	// "Egyptian and foreign nationals", "American and British tourists":
	// people or things of the coordinated demonyms, as of each alone.
	if k > end && s.privateUse(k) {
		return false
	}
	if s.privateHead(k) || s.toks[k].upper && s.orgPrivate(k) || s.namedPerson(k) {
		return false
	}
	// "Czech Customs seized the goods": the customs administration's
	// name; "Czech customs officers" are the state's past the portfolio.
	if s.toks[k].upper && s.key(k) == "customs" && !s.allCaps() && !s.titleCased() {
		return true
	}
	// "the Israeli fuel cuts": a kind and a noun of the state's acts.
	if acts, ok := s.kindedHead(i, k); ok {
		return acts
	}
	// "the Australian health minister", "the Russian foreign ministry", "the
	// Haitian interim government": a portfolio or a government's standing
	// between the demonym and its head.
	k, people := s.pastPortfolio(k)
	if people {
		return false
	}
	w := s.key(k)
	// "the Iranian nation needs energy": the country; not "an Indian
	// nation" (one of several) nor "the Iranian Nation Bank" (a name).
	if w == "nation" {
		return i > 0 && s.key(i-1) == "the" && (k+1 >= len(s.toks) || s.toks[k+1].brk || !s.toks[k+1].upper)
	}
	// "the Italian food authorities", "Irish food standard authorities": a
	// regulator of a trade.
	if !s.in(k, stateHeads) && !s.toks[k].upper && s.regulatorAfter(k) {
		return true
	}
	// A firm's business, the airlines' fleet or a region (notStateHead).
	if s.notStateHead(i, k, w) {
		return false
	}
	// "the military American school": an institution of the state's forces.
	if s.in(k, militaryPlaces) && i > 0 && !s.toks[i].brk && s.key(i-1) == "military" {
		return true
	}
	// "the Lebanese coast", "Cuban shores", "the Chinese mainland": a
	// feature of the land, a geographic name (guideline 9), not the state;
	// its coast guard, territory, territorial waters and airspace are the
	// state's.
	if s.in(k, landWords) && !(w == "coast" && k+1 < len(s.toks) && !s.toks[k+1].brk && strings.HasPrefix(s.key(k+1), "guard")) {
		return false
	}
	// "a Singaporean national", "the illegal sale of Russian weapons": a
	// person or goods.
	if s.personOrGoods(i, k, end) {
		return false
	}
	// "the Norwegian national assembly", "the Dutch national team", "North
	// Korean state TV": an adjective of the state before a legislature, a
	// team, a medium (stateMedium) or an institution that is not the state.
	if (w == "national" || w == "federal" || w == "state") && k+1 < len(s.toks) && !s.toks[k+1].brk && (s.in(k+1, nationalNotState) || w == "state" && s.stateMedium(k)) {
		return false
	}
	// "Iranian influence in the region", "the Romanian presence in Iraq":
	// the state's sway, or its forces and missions abroad.
	if s.in(k, presenceWords) && (!s.toks[k].upper || s.allCaps() || s.titleCased()) {
		return s.presenceActs(i, k)
	}
	// A capitalised head is read with the rest of its run below ("the New
	// Zealand Law Society" is no law).
	if s.in(k, stateHeads) && (!s.toks[k].upper || s.allCaps()) {
		return true
	}
	// "13 Georgian villages", "the Syrian town of Abu Kamal": a place the
	// demonym locates in the country, a mention (adjudication decision 1
	// of the labels).
	if s.in(k, placeHeads) && (!s.toks[k].upper || s.allCaps()) {
		return true
	}
	// "an American four-star general": the state's officer, past the
	// stars of the rank.
	if s.in(k, starWords) && k+2 < len(s.toks) && !s.toks[k+1].brk && !s.toks[k+2].brk && s.key(k+1) == "star" && s.in(k+2, starRanks) {
		return true
	}
	// "a Palestinian-Egyptian affair", "the Cuban-Venezuelan axis": a
	// matter between two states that a hyphen joins.
	if pair && ((s.in(k, towardWords) || s.in(k, pairWords) || s.in(k, pairMatters) && !ethnic) && !s.toks[k].upper || s.pairResolution(k)) {
		return true
	}
	if s.in(k, phraseEnds) {
		return s.nounActs(i, end)
	}
	// "the Russian presidential candidate": a candidacy, not the state.
	if s.candidacy(i, k) {
		return false
	}
	// "the Chinese agreed" (not "the Spanish remains"; seed 142): a verb.
	if k == end && i > 0 && s.key(i-1) == "the" && !s.toks[k].upper && w != "remains" && (s.in(k, capitalVerbs) || len(w) > 4 && strings.HasSuffix(w, "ed")) {
		return !s.electorate(i) && !s.appositivePerson(i, end) && !s.suffering(end)
	}
	return s.titleRun(k)
}

// forceShare reports whether the "part" or "component" at token k, after
// a demonym, is the state's share of a force: "of", "the" or not, and an
// organisation's name or a word of forces or missions follow ("the Danish
// part of NATO's mission", "the French component of the UN force"; seed
// 133), where a country or a place after "of" makes a region ("the
// Italian part of Switzerland") and a private body's name a section of
// it.
func (s *scan) forceShare(k int) bool {
	j := k + 1
	if j+1 >= len(s.toks) || s.toks[j].brk || s.toks[j+1].brk || s.key(j) != "of" {
		return false
	}
	j++
	if s.key(j) == "the" && j+1 < len(s.toks) && !s.toks[j+1].brk {
		j++
	}
	if s.in(j, forcesWords) || s.in(j, missionWords) {
		return true
	}
	return s.orgNameEnd(j) > j
}

// namedPerson reports whether a person noun of namedPersonNouns at token
// k, after a demonym, comes before "named" or "called" and a capitalised
// name ("a Canadian soldier named Tom Hale"; seed 148): one person's
// nationality, not the state's forces.
func (s *scan) namedPerson(k int) bool {
	if k+2 >= len(s.toks) || s.toks[k+1].brk || s.toks[k+2].brk || !s.toks[k+2].upper || !s.in(k, namedPersonNouns) {
		return false
	}
	w := s.key(k + 1)
	return w == "named" || w == "called"
}

// namedPersonNouns are the person nouns that namedPerson reads.
var namedPersonNouns = wordSet(`soldier officer pilot sailor airman serviceman servicewoman marine policeman
	nurse sniper`)

// titleRun reports whether the capitalised run from token k after a
// demonym is a title whose last word is a state head ("Foreign Minister",
// "Reforms Minister") rather than another name ("American Legion",
// "Spanish Socialist Party"), which is not the state, or the initials of
// a state's own force or body that the registry does not list by them ("a
// Portuguese GNR patrol"; seed 129).
func (s *scan) titleRun(k int) bool {
	if s.toks[k].allUp && s.in(k, stateInitials) && !s.allCaps() {
		return true
	}
	head := false
	n := 0
	for ; n < 3 && k < len(s.toks) && !s.toks[k].brk && s.toks[k].upper && !s.allCaps(); n, k = n+1, k+1 {
		// "the Australian Law Council": a profession's council (seed 114).
		if s.in(k, runNotState) || s.in(k, privateCouncils) && k+1 < len(s.toks) && !s.toks[k+1].brk && s.key(k+1) == "council" {
			return false
		}
		// "the Nepalese Civil War": a war named after the country.
		if s.key(k) == "civil" && k+1 < len(s.toks) && !s.toks[k+1].brk && (s.key(k+1) == "war" || s.key(k+1) == "wars") {
			return false
		}
		// "Norwegian Air Shuttle", "Norwegian Air": an airline; "the
		// Norwegian Air Force" is the state's.
		if s.key(k) == "air" && (k+1 >= len(s.toks) || s.toks[k+1].brk || !s.in(k+1, airForceWords)) {
			continue
		}
		head = head || s.in(k, stateHeads) || s.in(k, titleHeads)
	}
	// "the Iraqi National Accord party": the run's kind in lower case.
	if n > 0 && k < len(s.toks) && !s.toks[k].brk && s.in(k, nameKindAfterRun) {
		return false
	}
	return head || n > 0 && s.councilOfState(k)
}

// councilOfState reports whether "of" at token k, after a capitalised run
// ending in "Council", "Committee" or "Board", opens "Ministers" or
// "National" and a word of defence or security ("the Greek Supreme
// Council of National Defence", "the Spanish Council of Ministers"; seed
// 170): a body of the state, not another name.
func (s *scan) councilOfState(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].brk || s.toks[k+1].brk || s.key(k) != "of" || !s.toks[k+1].upper {
		return false
	}
	switch s.key(k - 1) {
	case "council", "committee", "board":
	default:
		return false
	}
	if s.key(k+1) == "ministers" {
		return true
	}
	if s.key(k+1) != "national" || k+2 >= len(s.toks) || s.toks[k+2].brk || !s.toks[k+2].upper {
		return false
	}
	switch s.key(k + 2) {
	case "defence", "defense", "security", "guard":
		return true
	}
	return false
}

// quoted reports whether tokens [from, to) stand inside quotation marks
// of their own.
func (s *scan) quoted(from, to int) bool {
	if from == 0 || to >= len(s.toks) {
		return false
	}
	before := strings.TrimSpace(s.s[s.toks[from-1].be:s.toks[from].bs])
	after := strings.TrimSpace(s.s[s.toks[to-1].be:s.toks[to].bs])
	return strings.HasSuffix(before, "\"") && strings.HasPrefix(after, "\"") ||
		strings.HasSuffix(before, "\u201c") && strings.HasPrefix(after, "\u201d")
}

// compoundWar reports whether the demonym at tokens [i, end) is a part of
// a historic war's name that joins demonyms, or their combining forms
// ("Anglo", "Franco"), by hyphens before a capitalised "War" ("the First
// Anglo-Afghan War", "the Mexican-American War"; seed 150): the war's
// name, not the state. A country's name ("the Iraq War") and a war in
// lower case ("the Israeli-Lebanese war") stay the states'.
func (s *scan) compoundWar(i, end int) bool {
	a, b := i, end
	for a > 0 && s.hyphenAt(a) && s.toks[a-1].upper && (s.isDemonym(a-1) || combiningForm(s.key(a-1))) {
		a--
	}
	for b < len(s.toks) && s.hyphenAt(b) && s.toks[b].upper && (s.isDemonym(b) || combiningForm(s.key(b))) {
		b++
	}
	if a == i && b == end || b >= len(s.toks) || s.toks[b].brk || !s.toks[b].upper {
		return false
	}
	w := s.key(b)
	return w == "war" || w == "wars"
}

// independenceWar reports whether tokens from k read a capitalised "War
// of Independence", which makes a demonym before it a historic war's name
// ("the Greek War of Independence"; seed 154), not the state.
func (s *scan) independenceWar(k int) bool {
	if k+2 >= len(s.toks) || s.toks[k].brk || !s.toks[k].upper || s.key(k) != "war" {
		return false
	}
	return !s.toks[k+1].brk && s.key(k+1) == "of" && !s.toks[k+2].brk && s.toks[k+2].upper && s.key(k+2) == "independence"
}

// hyphenAt reports whether a hyphen or a dash alone, no space beside it,
// joins token k to the one before.
func (s *scan) hyphenAt(k int) bool {
	switch s.s[s.toks[k-1].be:s.toks[k].bs] {
	case "-", "\u2010", "\u2011", "\u2013":
		return true
	}
	return false
}

// combiningForm reports whether w is the form of a nation's name that
// opens a compound ("Anglo-Afghan", "Franco-Prussian").
func combiningForm(w string) bool {
	switch w {
	case "anglo", "franco", "russo", "sino", "indo", "italo", "austro", "greco", "turco", "perso", "hispano", "luso":
		return true
	}
	return false
}

// newspaperWords, after a quoted title, say that it names a newspaper.
var newspaperWords = wordSet(`newspaper paper daily weekly`)

// demonymAffixed decides the demonym at tokens [i, end) by what is joined
// to it, when that decides (ok): a newspaper's title before it, "anti-",
// "pro-", "un-" or "Afro-" before it, "-led" or "-backed" after it, or
// other demonyms joined before a war's name (compoundWar).
func (s *scan) demonymAffixed(i, end int) (acts, ok bool) {
	// veteranCues hold "war" and "wars".
	if s.cued(veteranCues) && (s.compoundWar(i, end) || s.independenceWar(end)) {
		return false, true
	}
	// "The Australian", "The Independent": a newspaper's title, where "The"
	// is capitalised inside the sentence.
	if i >= 2 && s.key(i-1) == "the" && s.toks[i-1].upper && !s.opens(i-1) && !s.allCaps() && !s.titleCased() &&
		(end >= len(s.toks) || s.toks[end].brk || !s.in(end, stateHeads)) {
		return false, true
	}
	// "“The Australian” newspaper": the title in quotes.
	if i >= 1 && s.key(i-1) == "the" && s.toks[i-1].upper && end < len(s.toks) && s.quoted(i-1, end) && s.in(end, newspaperWords) {
		return false, true
	}
	// "anti-American protests", "a pro-Russian stance": for or against
	// the state.
	if i > 0 && !s.toks[i].brk && gapHas(s.s[s.toks[i-1].be:s.toks[i].bs], "-\u2010\u2011") {
		if w := s.key(i - 1); w == "anti" || w == "pro" {
			return true, true
		} else if w == "afro" || w == "un" && !s.toks[i-1].allUp {
			// "an Afro-American": a person's origin; "un-Australian",
			// "un-American": a value said of an act (seed 148), where
			// "UN-American" would be the United Nations.
			return false, true
		}
	}
	// "the Australian-led force", "Somali-backed troops": the state leads
	// or backs.
	if end+1 < len(s.toks) && !s.toks[end].brk && gapHas(s.s[s.toks[end-1].be:s.toks[end].bs], "-\u2010\u2011") && s.in(end, ledWords) {
		return true, true
	}
	// "the US and French backed resolution": the hyphen left out.
	if end+1 < len(s.toks) && !s.toks[end].brk && !s.toks[end+1].brk && !s.toks[end+1].upper && (s.key(end) == "backed" || s.key(end) == "sponsored") {
		return true, true
	}
	if s.demonymPerson(end) {
		return false, true
	}
	return false, false
}

// demonymPerson reports whether the demonym that ends before token end is
// a person or private people by the word after it: "who" at once ("any
// American who took offence"; "the Chinese, who" may be the state), a
// word of demonym_not_before past a closing square bracket ("[British]
// people", an editor's insertion in a quote), or a press agency ("Iranian
// press-agency IRNA", media, as the agency itself is).
func (s *scan) demonymPerson(end int) bool {
	if end >= len(s.toks) {
		return false
	}
	w := s.key(end)
	if !s.toks[end].brk {
		return w == "who" || w == "press" && end+1 < len(s.toks) && !s.toks[end+1].brk && s.key(end+1) == "agency"
	}
	return s.in(end, s.m.notBefore) && s.gap(end) == "]"
}

// presenceActs reports, for "influence" or "presence" at token k after
// the demonym at token i, whether they are the state's: its sway over
// others or its forces and missions abroad ("worried about Iranian
// influence in the region", "the Romanian presence in Iraq"). They are
// people's, a culture's or firms' when a preposition puts them among
// people, in an art or a field of private life, or in a market ("a strong
// Irish presence in the crowd", "the French influence on her cooking",
// "the Chinese presence in the retail market"), and influence is a
// lobbyist's when peddled; after an indefinite article ("a strong Scottish
// influence") they are the state's only where a preposition places them in
// a country, a region or its government ("a permanent American presence in
// the Gulf").
func (s *scan) presenceActs(i, k int) bool {
	if k+1 < len(s.toks) && !s.toks[k+1].brk && s.in(k+1, peddling) {
		return false
	}
	placed := false
	if k+1 < len(s.toks) && !s.toks[k+1].brk && s.in(k+1, presencePreps) {
		// The object: past determiners and adjectives, its first word of
		// a kind or its first name.
		for j := k + 2; j < k+6 && j < len(s.toks) && !s.toks[j].brk; j++ {
			if s.in(j, privatePresence) {
				return false
			}
			if s.in(j, statePlaces) {
				placed = true
				break
			}
			// "in Iraq"; not "in African markets".
			if s.toks[j].upper && !s.allCaps() {
				placed = s.nameAt(j)
				if !placed && j+1 < len(s.toks) && !s.toks[j+1].brk && s.in(j+1, privatePresence) {
					return false
				}
				break
			}
		}
	}
	return placed || !s.indefinite(i)
}

// indefinite reports whether an indefinite article stands before the
// demonym at token i, alone or with up to two lower-case words between ("a
// strong Scottish influence").
func (s *scan) indefinite(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3 && !s.toks[j+1].brk; j-- {
		if w := s.key(j); w == "a" || w == "an" {
			return true
		}
		if s.toks[j].upper && !s.allCaps() {
			return false
		}
	}
	return false
}

// nameAt reports whether a name of a party (a country's or an
// organisation's, not a demonym) starts at token k ("in Iraq", "in East
// Timor").
func (s *scan) nameAt(k int) bool {
	n := int32(0)
	for j := k; j < len(s.toks) && j-k < maxDepth && (j == k || !s.toks[j].brk); j++ {
		if n = s.next(n, j); n == 0 {
			return false
		}
		for _, e := range s.m.nodes[n].entries {
			if e.kind == kindName {
				return true
			}
		}
	}
	return false
}

// presenceWords after a demonym are the state's sway or its forces and
// missions abroad, unless presenceActs finds them private.
var presenceWords = wordSet(`influence presence`)

// presencePreps place a presence or an influence.
var presencePreps = wordSet(`in on over across throughout within inside among amongst at upon`)

// peddling after "influence" makes it a lobbyist's trade ("American
// influence peddling").
var peddling = wordSet(`peddling peddler peddlers`)

// statePlaces after a preposition put a presence or an influence in a
// country, a region or its government ("in the region", "over the
// government").
var statePlaces = wordSet(`region regions country countries area gulf government governments politics affairs
	zone zones territory territories peninsula province provinces border borders borderlands continent
	subcontinent neighbourhood neighborhood waters sea seas strait capital regime middle balkans caucasus
	arctic pacific`)

// privatePresence after a preposition make a presence or an influence
// people's, a culture's or firms' ("in the crowd", "on her cooking", "in
// the retail market").
var privatePresence = wordSet(`crowd crowds audience audiences stands spectators fans field team teams squad
	squads lineup peloton race races tournament tournaments championship championships league leagues festival
	festivals cast charts chart market markets industry industries sector sectors shops retail business
	businesses boardroom boardrooms music cuisine food foods cooking kitchen kitchens art arts design designs
	fashion architecture style styles language languages literature culture cultures film films cinema theatre
	theater sound songs song writing writers painting paintings poetry folklore decor dress clothing names
	dialect accent vocabulary dance congregation parish diaspora community communities workforce staff
	faculty students student university universities school schools church churches club clubs
	orchestra band bands opera novel novels work works`)

// coordinated returns the token after the demonym at tokens [i, end) and
// the names coordinated with it ("American and British troops", "French,
// German and Dutch envoys", "Afghan and coalition forces"), and whether a
// hyphen joins it to another name ("the Palestinian-Egyptian affair":
// pair) whose second is "American" ("a Mexican-American issue": ethnic).
func (s *scan) coordinated(i, end int) (k int, pair, ethnic bool) {
	k = end
	// "the Palestinian-Egyptian affair": a hyphen joins the demonym to
	// another name on either side.
	pair = i > 0 && !s.toks[i].brk && s.toks[i-1].upper && dashJoin(s.s[s.toks[i-1].be:s.toks[i].bs])
	// "a Mexican-American issue": an American people of another origin.
	ethnic = pair && s.key(i) == "american"
coordination:
	for k+1 < len(s.toks) {
		w := s.key(k)
		comma := s.toks[k].brk && s.gap(k) == ","
		switch {
		case (w == "and" || w == "or") && (!s.toks[k].brk || s.gap(k) == ",") && s.toks[k+1].upper && !s.toks[k+1].brk:
			// "South African, Australian, and British nationals": a list's
			// last item may follow a comma; "and New Zealand troops": a
			// name of more words is one item.
			k = max(k+2, s.reach(k+1))
		case comma && s.toks[k].upper && !s.predicate(i):
			// "British, French and Dutch troops"; not "the captain is
			// Canadian, First Officer Smith is Dutch", a nationality said;
			// "Fijian, New Zealand and Tongan troops": a name of
			// more words is one item (seed 124).
			k = max(k+1, s.reach(k))
		case w == "as" && k+3 < len(s.toks) && s.key(k+1) == "well" && s.key(k+2) == "as" && s.toks[k+3].upper &&
			s.isDemonym(k+3) && !s.toks[k].brk && !s.toks[k+1].brk && !s.toks[k+2].brk && !s.toks[k+3].brk:
			// "French as well as Israeli citizenship", as "French and
			// Israeli citizenship".
			k += 4
		case (w == "and" || w == "or") && (!s.toks[k].brk || s.gap(k) == ",") && s.key(k+1) == "other" && !s.toks[k+1].brk && k+2 < len(s.toks) && !s.toks[k+2].brk:
			// "Syrian, Iranian and other foreign troops", "Syrian, and
			// other non-Lebanese groups": the list's last item is the rest
			// of a kind, whose head the list shares (seed 132); a
			// "non-" word joined by a hyphen, or "foreign" and the like
			// (partnerForces), is the kind ("French and other foreign
			// nationals" are people).
			k += 2
			if k+2 < len(s.toks) && s.key(k) == "non" && s.gap(k+1) == "-" && !s.toks[k+2].brk {
				k += 2
			} else if k+1 < len(s.toks) && !s.toks[k+1].brk && s.in(k, partnerForces) {
				k++
			}
			break coordination
		case (w == "and" || w == "or") && !s.toks[k].brk && !s.toks[k+1].upper && s.in(k+1, partnerForces) && k+2 < len(s.toks) && !s.toks[k+2].brk:
			// "Afghan and coalition forces": the state's with its allies';
			// "Canadian or government forces".
			k += 2
		case k == end && s.toks[k].upper && !s.toks[k].brk && gapHas(s.s[s.toks[k-1].be:s.toks[k].bs], "-\u2010\u2011\u2013"):
			// "the Israeli-Palestinian peace effort".
			pair, ethnic = true, s.key(k) == "american"
			k++
		default:
			break coordination
		}
	}
	return k, pair, ethnic
}

// kindedHead reports, for the words from token k after a demonym, whether
// they are the state's: one or two lower-case words of a kind and then a
// noun of the state's acts, all of one family of stateCompounds ("the
// Israeli fuel cuts", "the Nigerian fuel subsidy cuts", "Afghan coalition
// forces", "Turkish cross-border raids"), are, and a general strike is
// not; the state's sales of arms are ("Russian arms sales"), and so is
// its part of a force (forceShare); and whether the words decide it.
// Other kinds ("American job cuts", "Italian rail strikes") leave the
// head to the rest of demonymActs.
func (s *scan) kindedHead(i, k int) (acts, decided bool) {
	lower := func(j int) bool { return !s.toks[j].upper || s.allCaps() || s.titleCased() }
	// "North Korean sales of nuclear materials", "Russian arms sales": the
	// state's trade in arms (seed 113); "the Danish part of NATO's
	// force": the state's share of it (seed 133).
	if w := s.key(k); s.armsSalesAt(k) || (w == "part" || w == "component") && s.forceShare(k) {
		return true, true
	}
	// "Israeli F-16 fighter jets", "Syrian MiG-29 jets": the forces' aircraft
	// past the model's name, unless traded ("sold Syrian MiG-29 jets").
	if s.aircraftModel(k) {
		return !s.traded(i), true
	}
	// "British settler colonialism": the state's empire past up to two
	// words that describe it (seed 108).
	if s.colonialAhead(k) {
		return true, true
	}
	// "British sailors and marines": the navy's.
	if s.servingSailors(k) {
		return true, true
	}
	// "a French general strike": workers', not the state's general.
	if s.key(k) == "general" && k+1 < len(s.toks) && !s.toks[k+1].brk && s.in(k+1, strikeWords) {
		return false, true
	}
	for _, f := range stateCompounds {
		for j := k; j < k+2 && j+1 < len(s.toks) && s.in(j, f.kinds) && lower(j) && !s.toks[j+1].brk; j++ {
			if s.in(j+1, f.heads) && lower(j+1) {
				return true, true
			}
		}
	}
	return false, false
}

// aircraftModel reports whether a military aircraft's model starts at
// token k: a capitalised word, a hyphen and a number ("F-16", "MiG-29",
// "Su-27"), or one of aircraftNames ("Apache"), then a lower-case word of
// aircraftWords ("fighter jets", "helicopters").
func (s *scan) aircraftModel(k int) bool {
	if k+1 >= len(s.toks) || !s.toks[k].upper || s.allCaps() || s.titleCased() {
		return false
	}
	j := k + 1
	if !s.in(k, aircraftNames) {
		n := s.key(k)
		if len(n) > 3 || s.toks[j].brk || !gapHas(s.gap(j), "-\u2010\u2011") || notDigit(s.key(j)) {
			return false
		}
		j++
	}
	return j < len(s.toks) && !s.toks[j].brk && !s.toks[j].upper && s.in(j, aircraftWords)
}

// notDigit reports whether w does not start with a digit.
func notDigit(w string) bool { return w == "" || w[0] < '0' || w[0] > '9' }

// aircraftNames are military aircraft's models named by a word.
var aircraftNames = wordSet(`apache apaches cobra cobras tornado tornados mirage mirages harrier harriers`)

// aircraftWords after a model are military aircraft.
var aircraftWords = wordSet(`fighter fighters jet jets warplanes warplane planes plane aircraft helicopter helicopters
	gunship gunships bombers bomber`)

// servingSailors reports whether sailors at token k, a word of the
// registry's demonym_not_before list, are joined by "and" to the forces'
// people ("fifteen UK sailors and marines", "British sailors and
// soldiers"): the state's navy, not a merchant crew.
func (s *scan) servingSailors(k int) bool {
	return k+2 < len(s.toks) && s.in(k, sailorWords) && !s.toks[k+1].brk && !s.toks[k+2].brk && s.key(k+1) == "and" &&
		s.in(k+2, serviceForces)
}

// sailorWords are a ship's crew; serviceForces, after them and "and",
// make them the state's forces.
var (
	sailorWords   = wordSet(`sailor sailors seamen`)
	serviceForces = wordSet(`marines marine soldiers troops airmen servicemen`)
)

// compoundFamily is a family of nouns of the state's acts or forces
// (heads) and the words of a kind that may stand before them (kinds).
type compoundFamily struct{ kinds, heads *vocabSet }

// stateCompounds are the families of kinded heads: after a demonym, one or
// two of the kinds and then a head of the same family are the state's.
// Heads that private actors share take only the kinds that name the
// state's: cuts of supplies, spending, benefits and rates (not of jobs,
// output or pay), forces of a coalition or of a kind only a state has
// (not rebels' or militias'), raids and strikes by their time, means or
// aim (not a rail or dock strike).
var stateCompounds = []compoundFamily{
	{wordSet(`fuel spending rate rates pension pensions welfare benefit benefits subsidy subsidies austerity
		funding`), wordSet(`cuts cut cutbacks`)},
	// "Afghan coalition forces", "Afghan special forces", "Israeli ground
	// troops", "Syrian armoured units", "British airborne troops" (seed
	// 174); not "rebel forces" or "market forces".
	{wordSet(`coalition special ground elite regular peacekeeping armoured armored mechanised mechanized airborne
		naval`), wordSet(`forces force troops soldiers units army commandos brigade brigades divisions battalions`)},
	// "the Israeli coalition government"; not "coalition talks" or
	// "coalition partners", which are the parties'.
	{wordSet(`coalition`), wordSet(`government governments cabinet`)},
	// "Israeli dawn raids", "Turkish cross-border raids", "Saudi
	// retaliatory strikes"; not "rail strikes" or "dock strikes", which
	// are workers'.
	{wordSet(`dawn night overnight nighttime commando helicopter retaliatory punitive cross border`),
		wordSet(`raids raid strikes strike incursion incursions assault assaults bombardment shelling`)},
	// "the American no-fly list", "a Russian no-fly zone".
	{wordSet(`no fly`), wordSet(`list lists zone zones`)},
	// "the Lebanese political system", "the Iraqi legal system", "the Thai
	// political establishment"; not "the Thai political parties", which are
	// the parties'.
	{wordSet(`political legal`), wordSet(`system establishment`)},
	// "the American health care system", "the Swedish welfare system"; and
	// "Australian industrial relations legislation", "Australian workplace
	// laws", "Canadian maritime laws" (seed 192).
	{wordSet(`health care healthcare education welfare tax pension`), wordSet(`system`)},
	{wordSet(`industrial relations workplace labour labor employment maritime criminal penal immigration copyright
		customs tax environmental`), wordSet(`legislation laws law`)},
	// "the German electoral law", "the Italian electoral system": the
	// state's law of elections.
	{wordSet(`electoral election`), wordSet(`law laws system`)},
	// "the Ethiopian ground offensive", "an Israeli land invasion".
	{wordSet(`ground land`), wordSet(`offensive offensives invasion incursion incursions assault assaults attack attacks`)},
}

// strikeWords after "general" make it a workers' strike ("a French general
// strike").
var strikeWords = wordSet(`strike strikes`)

// partnerForces after "and" and a demonym name the allies whose forces or
// officials are joined to the state's ("Afghan and coalition forces",
// "Iraqi and international troops").
var partnerForces = wordSet(`coalition international foreign allied multinational western government`)

// firmOwned reports whether the demonym at token i follows a firm's
// possessive: a capitalised owner that is no party's name or demonym
// ("BHP's Chinese operations", not "Israel's Lebanese operations"), or a
// firm's word of the registry's demonym_not_before list ("the company's
// Indian unit").
func (s *scan) firmOwned(i int) bool {
	if i < 2 || s.toks[i].brk || s.toks[i-1].brk || s.key(i-1) != "s" || !gapHas(s.s[s.toks[i-2].be:s.toks[i-1].bs], "'\u2019") {
		return false
	}
	if s.toks[i-2].upper {
		return s.prevParty < 0 || s.prevEnd != i-1
	}
	return s.in(i-2, s.m.notBefore)
}

// firmUnits are a firm's operations, units, holdings, staff and output in
// a country, named by its demonym after the firm's possessive ("BHP's
// Chinese operations", "Ford's Canadian production").
var firmUnits = wordSet(`operations operation interests assets unit units arm arms business businesses
	division divisions venture ventures affiliate affiliates branch branches workforce workforces employees
	production revenues revenue sales customers`)

// militaryPlaces are the schools, camps and sites of a state's forces,
// named with "military" before the demonym ("the military American
// school"), or ending a name that a country's opens, a venue after "at
// the" ("at the United States Naval Academy"; academyVenue).
var militaryPlaces = wordSet(`school schools academy academies camp camps hospital hospitals installation
	installations facility facilities`)

// nounActs reports whether the demonym at tokens [i, end), a noun phrase
// of its own, is the state: not a nationality said of someone ("the ship
// was Greek", "changed his nationality from American to British"), people
// counted ("an Italian"), an electorate ("the French rejected the treaty
// in a referendum") or one person in apposition (appositivePerson).
func (s *scan) nounActs(i, end int) bool {
	return !s.predicate(i) && !s.counted(i) && !s.electorate(i) && !s.nationalityChange(i) && !s.included(i) &&
		!s.appositivePerson(i, end) && !s.airlineNamed(i) && !s.suffering(end) && !s.peopleListed(i, end)
}

// notStateHead reports whether the head w at token k of the demonym at
// token i names no state's thing: a firm's business in the country ("BHP's
// Chinese operations", "the British unit of Citibank"; firmArmOf), a fleet
// in a sentence about airliners, the airlines' planes ("the Indian fleet";
// seed 138), or a region's capitalised name ("the Brazilian State of
// Bahia", "the Argentine Province of Salta"; seed 138), where "the
// Australian Department of Defence" stays a body.
func (s *scan) notStateHead(i, k int, w string) bool {
	if s.in(k, firmUnits) && s.firmOwned(i) || s.firmArmOf(k) {
		return true
	}
	if (w == "fleet" || w == "fleets") && s.airlinersSaid() {
		return true
	}
	return (w == "state" || w == "province") && s.toks[k].upper && !s.allCaps() && k+2 < len(s.toks) && !s.toks[k+1].brk && !s.toks[k+2].brk &&
		s.key(k+1) == "of" && s.toks[k+2].upper
}

// airlinersSaid reports whether the sentence speaks of civil aircraft
// ("aircraft", "airliners", "airlines", "planes") and not of forces ("navy",
// "naval", "warships", "military", "air force", "bombers", "fighters"):
// a fleet there is the airlines'.
func (s *scan) airlinersSaid() bool {
	civil := false
	for k := range s.toks {
		switch s.key(k) {
		case "aircraft", "airliner", "airliners", "airline", "airlines", "plane", "planes", "airbus", "boeing":
			civil = true
		case "navy", "naval", "warship", "warships", "military", "force", "bomber", "bombers", "fighter", "fighters", "army":
			return false
		}
	}
	return civil
}

// peopleListed reports whether the demonym at tokens [i, end), a noun of
// its own, is an item of a list whose item right before or after it, past
// a comma, "and" or "or", is a nationality's plural: people, as the list's
// other items are ("the victims were Egyptians, Britons, French and
// Dutch"; seed 138), where "the French" stay the state's side ("the
// Germans and the French agreed", "warned the British and Americans").
func (s *scan) peopleListed(i, end int) bool {
	if i > 0 && !s.toks[i].brk && s.key(i-1) == "the" {
		return false
	}
	if p := i - 1; p > 0 {
		if !s.toks[i].brk && s.in(p, listJoins) {
			p--
		} else if !s.toks[i].brk || s.gap(i) != "," {
			p = -1
		}
		if p >= 0 && s.nationalPlural(p) {
			return true
		}
	}
	if n := end; n < len(s.toks) {
		if !s.toks[n].brk && s.in(n, listJoins) {
			n++
		} else if !s.toks[n].brk || s.gap(n) != "," {
			return false
		}
		return n < len(s.toks) && (n == end || !s.toks[n].brk) && s.nationalPlural(n)
	}
	return false
}

// nationalPlural reports whether token k is a capitalised plural of a
// nationality: a demonym's plural of the registry ("Egyptians") or one it
// does not derive so ("Britons", "Spaniards").
func (s *scan) nationalPlural(k int) bool {
	if !s.toks[k].upper || s.toks[k].allUp {
		return false
	}
	switch s.key(k) {
	case "britons", "spaniards", "swedes", "danes", "finns", "poles", "turks", "scots", "filipinos":
		return true
	}
	if n := s.next(0, k); n != 0 {
		for _, e := range s.m.nodes[n].entries {
			if e.kind == kindPeople {
				return true
			}
		}
	}
	return false
}

// suffering reports whether a verb of sufferVerbs, after at most "have",
// "has" or "had", follows at token k, unbroken, after a demonym, and no
// object follows it ("the Iraqis have suffered for years", "the Afghans
// fled"): the people, not the state (seed 124).
func (s *scan) suffering(k int) bool {
	if k < len(s.toks) && !s.toks[k].brk {
		if w := s.key(k); w == "have" || w == "has" || w == "had" {
			k++
		}
	}
	if k >= len(s.toks) || s.toks[k].brk || !s.in(k, sufferVerbs) {
		return false
	}
	// "the Russians suffered heavy losses" may be the forces': no object.
	k++
	if k >= len(s.toks) || s.toks[k].brk || s.in(k, phraseEnds) {
		return true
	}
	switch s.key(k) {
	case "for", "under", "from", "in", "at", "since", "during", "so", "much", "enough":
		return true
	}
	return false
}

// sufferVerbs are what a people, not a state, suffers.
var sufferVerbs = wordSet(`suffered endured died fled mourned perished starved`)

// airlineNamed reports whether the demonym at token i, a noun with no
// "the" before it, is an airline named so, in a sentence about an
// airline's business ("a press officer for American told us the carrier
// expects delays", "the flights of Swiss were cancelled"; seed 123):
// a firm.
func (s *scan) airlineNamed(i int) bool {
	if i > 0 && !s.toks[i].brk && s.key(i-1) == "the" {
		return false
	}
	for j := range s.toks {
		if s.in(j, airlineBusiness) {
			return true
		}
	}
	return false
}

// airlineBusiness make a sentence one about an airline.
var airlineBusiness = wordSet(`airline airlines carrier flights passengers`)

// appositivePerson reports whether the demonym at tokens [i, end), a noun
// of one person ("American", "Saudi Arabian", "Iraqi"; not "the British"
// or "the Chinese", which may be the state), stands after "the" and a
// comma that follow a capitalised word no mention ends at: a private
// person set in apposition to their name ("Omar Dahl, the Saudi Arabian
// said to have sold the car"; seed 123).
func (s *scan) appositivePerson(i, end int) bool {
	if i < 2 || s.toks[i].brk || s.key(i-1) != "the" || !s.toks[i-1].brk || s.gap(i-1) != "," || !s.toks[i-2].upper {
		return false
	}
	if s.prevParty >= 0 && s.prevEnd == i-1 || s.reach(i-2) > i-2 || s.allCaps() || s.titleCased() {
		return false
	}
	w := s.key(end - 1)
	return !strings.HasSuffix(w, "sh") && !strings.HasSuffix(w, "ch") && !strings.HasSuffix(w, "ese") && !strings.HasSuffix(w, "ss")
}

// colonialAhead reports whether "colonialism" or "imperialism" comes
// within three lower-case words from token k, unbroken ("British racist
// settler colonialism").
func (s *scan) colonialAhead(k int) bool {
	for j := k; j < len(s.toks) && j < k+3; j++ {
		if s.toks[j].brk || s.toks[j].upper {
			return false
		}
		if w := s.key(j); w == "colonialism" || w == "imperialism" {
			return true
		}
	}
	return false
}

// included reports whether the demonym at token i, past the capitalised
// words, "and" and "or" of a list before it, follows "included" or
// "including": nationalities of people listed ("the passengers included
// Germans, Swiss and Dutch"; seed 109).
func (s *scan) included(i int) bool {
	k := i - 1
	for k >= 0 && k >= i-8 {
		if w := s.key(k); w == "and" || w == "or" || s.toks[k].upper {
			k--
			continue
		}
		break
	}
	return k >= 0 && s.in(k, includeWords)
}

// includeWords open a list of the people a group included.
var includeWords = wordSet(`include includes included including`)

// nationalityChange reports whether the demonym at token i, past the
// demonyms coordinated before it and "from", "to", "into" or "as", follows
// a word of nationalityWords: a person's nationality changing hands
// ("changed his nationality from American to British", "her citizenship
// from Canadian to Swiss"), or a person's nationality in a list of their
// details, after a colon ("nationality: Polish").
func (s *scan) nationalityChange(i int) bool {
	k := i - 1
	if k >= 0 && s.toks[i].brk && s.in(k, nationalityWords) && s.gap(i) == ":" {
		return true
	}
	for k >= 0 && !s.toks[k+1].brk {
		if s.in(k, nationalityWords) {
			return true
		}
		if !s.in(k, nationalityJoins) && !(s.toks[k].upper && s.isDemonym(k)) {
			return false
		}
		k--
	}
	return false
}

// nationalityWords are a person's nationality.
var nationalityWords = wordSet(`nationality nationalities citizenship citizenships`)

// nationalityJoins may stand between a word of nationalityWords and the
// demonyms it changes between.
var nationalityJoins = wordSet(`from to into as and or`)

// electorate reports whether "the" and the demonym at token i are a
// nation's voters: the sentence is about a vote or a poll ("Chirac could
// not convince the French to approve the treaty in a referendum", "lost
// the confidence of the French, with polls putting him at 22%").
func (s *scan) electorate(i int) bool {
	if i == 0 || s.toks[i].brk || s.key(i-1) != "the" {
		return false
	}
	for k := range s.toks {
		if s.in(k, voteWords) {
			return true
		}
	}
	return false
}

// predicate reports whether the demonym at token i, or the first of the
// demonyms coordinated before it, follows a form of "be" or "become": a
// nationality said of someone ("the commanders have been Canadian,
// British and French", "the ship was Greek").
func (s *scan) predicate(i int) bool {
	k := i - 1
	for k >= 0 {
		if w := s.key(k); w == "and" || w == "or" || s.toks[k].upper && s.isDemonym(k) {
			k--
			continue
		}
		break
	}
	return k >= 0 && s.in(k, copulas)
}

// isDemonym reports whether the word at token k is a one-word demonym of
// the registry.
func (s *scan) isDemonym(k int) bool {
	n := s.next(0, k)
	if n == 0 {
		return false
	}
	for _, e := range s.m.nodes[n].entries {
		if e.kind == kindDemonym {
			return true
		}
	}
	return false
}

// counted reports whether the demonym at token i follows an article or a
// number that makes it one or more people ("an Italian", "four French",
// "most Thai", "a reportedly handicapped Iraqi"), or "natural born".
func (s *scan) counted(i int) bool {
	if i == 0 {
		return false
	}
	w := s.key(i - 1)
	// "natural-born American", "a "natural born" American": a citizen.
	if w == "born" && i >= 2 && !s.toks[i-1].brk && (s.key(i-2) == "natural" || s.key(i-2) == "native") &&
		strings.Trim(s.gap(i), "\"“”'’") == "" {
		return true
	}
	if s.toks[i].brk {
		return false
	}
	// "the first Chinese to arrive": one person, with "to" after.
	if s.in(i-1, ordinalOnes) && i >= 2 && !s.toks[i-1].brk && s.key(i-2) == "the" && i+1 < len(s.toks) && !s.toks[i+1].brk && s.key(i+1) == "to" {
		return true
	}
	// "they are killing Nepalese": people killed.
	return s.quantity(i-1) || s.in(i-1, typicalWords) || s.in(i-1, killWords) || s.singular(i)
}

// killWords right before a demonym that ends its phrase make it the people
// killed ("killing Nepalese").
var killWords = wordSet(`kill kills killed killing`)

// ordinalOnes after "the" and before a demonym and "to" make it one
// person ("the first Chinese to win").
var ordinalOnes = wordSet(`first last only second`)

// singular reports whether "a", "an" or "another" stands before the
// demonym at token i past one to three lower-case words of description,
// or up to five where "and" or a comma joins them ("a reportedly
// handicapped Iraqi", "an unnamed Afghan", "an unarmed and wounded
// Iraqi", "a young, unarmed Afghan"): one person.
func (s *scan) singular(i int) bool {
	joined := false
	for k := i - 1; k > 0 && k >= i-5 && (k >= i-3 || joined); k-- {
		if s.toks[k+1].brk && (k+1 == i || s.gap(k+1) != ",") {
			return false
		}
		w := s.key(k)
		if s.toks[k].upper || s.in(k, phraseEnds) || s.in(k, notDescription) && (w != "and" || k == i-1) {
			return false
		}
		joined = joined || w == "and" || s.toks[k+1].brk
		if p := s.key(k - 1); !s.toks[k].brk && (p == "a" || p == "an" || p == "another") {
			return true
		}
	}
	return false
}

// notDescription are function words that end the description singular
// walks back over.
var notDescription = wordSet(`the a an and or but against between into over under about after before its his
	her their our your my this that these those`)

// typicalWords before a demonym that ends its phrase make it a person or
// people: "the average Canadian", "an ordinary Iraqi", "his fellow
// Kenyans" (seed 152).
var typicalWords = wordSet(`average ordinary typical everyday fellow`)

// countWords are articles, numbers and quantifiers before a demonym that
// counts people.
var countWords = wordSet(quantityWords + ` a an another`)

// quantity reports whether token k is a number or one of countWords
// ("three", "12", "some", "a").
func (s *scan) quantity(k int) bool {
	w := s.key(k)
	return w != "" && w[0] >= '0' && w[0] <= '9' || s.in(k, countWords)
}

// quantityWords are numbers and quantifiers.
const quantityWords = `one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
	forty fifty hundred hundreds thousand thousands million millions billion dozen dozens several many few most
	some each every any`

// candidacy reports whether the words from token k, after the country
// word that starts at token i, are a candidacy for an office
// ("presidential candidate", "presidential bid"), or a race for a mayor's
// or a governor's office ("the mayoral race"). The country's presidential
// or parliamentary race or campaign is its election, the state's like the
// election itself ("last year's US presidential campaign"), unless a
// person's possessive makes it their candidacy ("McCain's U.S.
// presidential campaign").
func (s *scan) candidacy(i, k int) bool {
	if k+1 >= len(s.toks) || s.toks[k+1].brk {
		return false
	}
	switch s.key(k) {
	case "presidential", "parliamentary", "prime":
		return s.in(k+1, candidacyWords) || s.in(k+1, electionRaces) && i >= 2 && !s.toks[i].brk && s.key(i-1) == "s" && s.toks[i-2].upper
	case "mayoral", "gubernatorial":
		return s.in(k+1, candidacyWords) || s.in(k+1, electionRaces)
	}
	return false
}

// candidacyCues are the words one of which candidacy needs to report
// true.
var candidacyCues = cueWords(`mayor mayoral`, candidacyWords, electionRaces)

// mayorVote reports whether a verb of voting within four words from token
// end, after a capital, elects a mayor within four words after it ("Rome
// will be voting for a new mayor"): the city's voters, not its
// government.
func (s *scan) mayorVote(end int) bool {
	for k := end; k < end+4 && k < len(s.toks) && !s.toks[k].brk; k++ {
		switch s.key(k) {
		case "vote", "votes", "voting", "voted", "elect", "elects", "electing", "elected":
			for j := k + 1; j <= k+4 && j < len(s.toks) && !s.toks[j].brk; j++ {
				if w := s.key(j); w == "mayor" || w == "mayoral" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// cityRanking reports whether the sentence ranks cities: it says
// "cities" and "ranked", "ranking" or "rankings", or "top" before a
// number ("four cities made the top ten", "the ranking of cities"; seed
// 148). Its capitals are places there, ranked by their cities' merits.
func (s *scan) cityRanking() bool {
	cities := false
	ranked := false
	for j := range s.toks {
		switch w := s.key(j); w {
		case "cities":
			cities = true
		case "ranked", "ranking", "rankings":
			ranked = true
		case "top":
			if j+1 < len(s.toks) && !s.toks[j+1].brk {
				n := s.key(j + 1)
				ranked = ranked || digits(n) || s.in(j+1, starWords) || n == "ten" || n == "twenty" || n == "fifty" || n == "hundred"
			}
		}
	}
	return cities && ranked
}

// cityRankCues hold the word that cityRanking needs.
var cityRankCues = cueWords(`cities`)

// candidacyWords follow "presidential" and the like in a candidacy.
var candidacyWords = wordSet(`candidate candidates nominee nominees hopeful hopefuls debate debates contender
	contenders challenger bid`)

// electionRaces follow "presidential" and the like in an election's race.
var electionRaces = wordSet(`race races campaign campaigns primary primaries`)

// copulas are the forms of "be", "become" and "remain".
var copulas = wordSet(`be is are was were been being become becomes became remain remains remained remaining`)

// capitalActs reports whether the capital at tokens [i, end) stands for its
// government: a verb or an auxiliary follows ("Beijing rejected", "Moscow
// says", "Washington has"), or a possessive ("Moscow's response"), a word
// of governmentWords ("Kremlin officials"), a word of stateHeads, or
// another capitalised name after "and" ("Paris and Berlin agreed"); or the
// words before make it the target or the source of an act ("pressure from
// Washington", "talks between Pyongyang and Seoul", "a letter to
// Beijing", "the policies of Moscow", "officials in New Delhi").
func (s *scan) capitalActs(i, end int) bool {
	if s.onRoute(i) || s.cued(cityRankCues) && s.cityRanking() {
		return false
	}
	// "western Baghdad's Adil area", "between south Beirut and Sidon": a
	// part of the city.
	if i > 0 && !s.toks[i].brk && !s.toks[i-1].upper && s.in(i-1, compassWords) {
		return false
	}
	if end < len(s.toks) && !s.toks[end].brk {
		w := s.key(end)
		gap := s.s[s.toks[end-1].be:s.toks[end].bs]
		switch {
		case w == "s" && gap != "" && gapHas(gap, "'\u2019"):
			return !s.cityPart(end + 1)
		case (w == "security" || w == "crackdown" || w == "clampdown") && s.cityCrackdown(end):
			// "the Baghdad security crackdown", "the Baghdad security
			// plan": a campaign to secure the city, a place (seed 141).
			return false
		case s.in(end, cityOffices):
			// "Moscow prosecutors", "the Budapest Police Department": the
			// city's.
			return false
		case s.in(end, capitalVerbs) || s.in(end, governmentWords) || s.in(end, stateHeads) && !s.in(end, venueWords):
			// "Paris votes for a mayor on Sunday": the city's voters
			// (seed 142).
			return !s.cued(candidacyCues) || !s.mayorVote(end)
		case len(w) > 4 && strings.HasSuffix(w, "ed") && !s.toks[end].upper:
			return !s.cued(candidacyCues) || !s.mayorVote(end)
		case s.in(end, copulas) && end+1 < len(s.toks) && !s.toks[end+1].brk && s.in(end+1, actingStates):
			// "Cairo was working with the Iraqi side", "Moscow is
			// ready to talk": a will or an effort (seed 123); "Paris was
			// quiet" is the city.
			return true
		case (w == "and" || w == "or") && end+1 < len(s.toks) && s.toks[end+1].upper && !s.toks[end+1].brk && (s.reach(end+1) > end+1 || !s.listedPlace(i)):
			// "Beijing and Tokyo": coordinated with another party's
			// name; "people from Beijing and Shanghai", in a list after a
			// preposition or a comma, with a city that no alias names
			// ("Ottawa and Ontario share" stays). A place's name and an
			// event after it make both the event's places ("the Dublin and
			// Monaghan bombings", as "the Madrid bombings"; seed 132),
			// where dealings between the two stay theirs ("the Beijing and
			// Tokyo talks").
			if j := max(end+2, s.reach(end+1)); j < len(s.toks) && !s.toks[j].brk && !s.toks[j].upper && s.in(j, venueWords) {
				switch s.key(j) {
				case "talks", "negotiations", "summit", "peace":
				default:
					return false
				}
			}
			// "from Riga and Vilnius to Kiev": the ends of a range of
			// places, as a list after a preposition is (seed 166).
			if j := max(end+2, s.reach(end+1)); i > 0 && !s.toks[i].brk && s.key(i-1) == "from" && j+1 < len(s.toks) && !s.toks[j].brk && s.key(j) == "to" && !s.toks[j+1].brk && s.toks[j+1].upper {
				return false
			}
			return true
		}
	}
	if i == 0 || s.toks[i].brk {
		return false
	}
	p := s.key(i - 1)
	if s.in(i-1, capitalBefore) {
		return true
	}
	// "force Tehran to give up": the verb, with "to" after the capital (a
	// noun before it, "a task force Pyongyang sent", is no act); "wants
	// Washington to send", "asked Beijing to free", "called on Moscow to
	// stop": the government asked to act, "to" and a lower-case verb
	// after it (seed 182), not a trip ("wants to go to Washington").
	if end < len(s.toks) && !s.toks[end].brk && s.key(end) == "to" && s.askedToAct(i) &&
		(p == "force" || p == "compel" || end+1 < len(s.toks) && !s.toks[end+1].brk && !s.toks[end+1].upper) {
		return true
	}
	// "and Washington" after a capital that acts ("between Pyongyang and
	// Washington", "between New Delhi and Washington"): the word before
	// the first capital, of up to three words, decides.
	// A city that no alias names is a place ("between Las Vegas and
	// Washington").
	if (p == "and" || p == "or") && !s.toks[i-1].brk {
		if k := s.nameStart(i - 1); k < i-1 && k >= 1 && s.in(k-1, capitalBefore) {
			return s.reach(k) == i-1
		}
	}
	// A preposition after a word that makes the capital the government:
	// "pressure from Washington", "a letter to Beijing", "officials in
	// New Delhi".
	if i >= 2 && !s.toks[i-1].brk {
		before := s.key(i - 2)
		switch p {
		case "from":
			return s.in(i-2, fromWords)
		case "on", "with":
			// "the attacks on London": the city struck, a place (seed
			// 137), as after "bombings" or "raids"; "verbal attacks on
			// Washington" are on its government, and "attacks on
			// Vatican City" on a state that is a city (a "City" named
			// after its country, as the train labels count it).
			if p == "on" && (before == "attack" || before == "attacks") && s.key(end-1) != "city" {
				return i >= 3 && !s.toks[i-2].brk && (s.key(i-3) == "verbal" || s.key(i-3) == "rhetorical")
			}
			return s.in(i-2, towardWords)
		}
		// "released and sent to Manila": a person moved, after another
		// verb; "a letter sent to Manila" stays the government's.
		if before == "sent" && p == "to" && i >= 3 && !s.toks[i-2].brk && s.key(i-3) == "and" {
			return false
		}
		if s.in(i-2, s.placeExceptions(i-1)) {
			return true
		}
	}
	return false
}

// cityCrackdown reports whether "security" at token k, before a
// crackdown, a plan, an operation, a sweep or a curfew, or a "crackdown"
// or "clampdown" at k with no "on" or "against" after it, is a campaign
// to secure the city before which the capital stands ("the Baghdad
// security plan"; "a Beijing crackdown on dissent" is the government's).
func (s *scan) cityCrackdown(k int) bool {
	w := s.key(k)
	if k+1 >= len(s.toks) || s.toks[k+1].brk {
		return w != "security"
	}
	next := s.key(k + 1)
	if w != "security" {
		return next != "on" && next != "against"
	}
	switch next {
	case "crackdown", "clampdown", "plan", "operation", "operations", "sweep", "sweeps", "offensive", "curfew", "drive", "push", "surge":
		return k+2 >= len(s.toks) || s.toks[k+2].brk || s.key(k+2) != "on" && s.key(k+2) != "against"
	}
	return false
}

// actingStates after a capital and a form of "be" are the government's
// efforts, plans and will ("was working with", "is ready to"), and its
// acts of force, of backing and of resistance in the making ("is arming",
// "was backing the rebels"; seed 131).
var actingStates = wordSet(`working trying seeking pushing pressing preparing planning considering negotiating
	cooperating lobbying demanding insisting refusing threatening urging pursuing ready willing prepared
	determined committed unwilling reluctant keen eager opposed
	arming rearming deploying mobilising mobilizing massing funding financing sponsoring backing supporting
	blocking obstructing stalling resisting`)

// listedPlace reports whether the capital at token i follows a comma or
// a word of listPreps, where a list of places may start.
func (s *scan) listedPlace(i int) bool {
	return i > 0 && (s.gap(i) == "," || !s.toks[i].brk && s.in(i-1, listPreps))
}

// listPreps before a capital may open a list of places.
var listPreps = wordSet(`from in at to as of near like including between`)

// cityPart reports whether the words from token k, after a capital's
// possessive, name a part or a feature of the city ("Santiago's main
// street", "London's Trafalgar Square", "Beijing's residents"): a word of
// cityWords, or a capitalised "Zone" ("Baghdad's Green Zone"), within
// three words, past adjectives and names, or within six past the words of
// one name, with its lower-case particles ("Beirut's Rafik al-Hariri
// International Airport").
func (s *scan) cityPart(k int) bool {
	named := 0
	for n := 0; n < 4+named && n < 7 && k < len(s.toks) && (!s.toks[k].brk || n == 0 && openQuote(s.gap(k))); n, k = n+1, k+1 {
		// "Baghdad's Green Zone": a named district; a lower-case "safe
		// zone" may be the state's plan.
		if s.in(k, cityWords) || s.toks[k].upper && s.key(k) == "zone" {
			return true
		}
		if s.toks[k].upper || s.in(k, nameParticles) && n > 0 && s.toks[k-1].upper {
			if n > 0 && s.toks[k-1].upper {
				named = 3
			}
			continue
		}
		if !s.in(k, cityAdjectives) {
			return false
		}
	}
	return false
}

// openQuote reports whether gap, between a possessive and the next word,
// is an opening quotation mark and spaces (Baghdad's "Green Zone").
func openQuote(gap string) bool {
	return strings.Trim(gap, " \"\u201c\u2018") == "" && gapHas(gap, "\"\u201c\u2018")
}

// cityOffices after a capital are the city's own officers, not the
// state's.
var cityOffices = wordSet(`prosecutor prosecutors mayor mayors council councillors councilors governor governors
	municipality municipal police`)

// cityWords are parts, features and people of a city.
var cityWords = wordSet(`street streets avenue avenues square squares road roads district districts
	neighbourhood neighbourhoods neighborhood neighborhoods suburb suburbs outskirts downtown centre center
	airport airports station stations port harbour harbor river bridge park parks gardens zoo museum museums
	hotel hotels hospital hospitals university universities school schools stadium cathedral mosque church
	temple palace skyline metro subway underground tube traffic pollution smog residents inhabitants
	population commuters mayor council police marathon restaurants shops bars markets nightlife
	city municipal municipality metropolitan mayoral councillors councilors court courts prison prisons jail jails`)

// cityAdjectives may stand between a capital's possessive and a part of
// the city ("Santiago's main street", "Delhi's busiest market").
var cityAdjectives = wordSet(`main busiest biggest largest oldest historic old central famous new tallest
	upmarket leafy poorer poorest richest wealthy affluent crowded northern southern eastern western inner
	outer heavily fortified`)

// ledWords after a demonym and a hyphen make the state the leader or the
// backer of what follows ("the Australian-led force").
var ledWords = wordSet(`led backed sponsored brokered`)

// compassWords before a capital in lower case name a part of the city
// ("western Baghdad", "south Beirut").
var compassWords = wordSet(`north south east west northern southern eastern western central downtown
	northeastern northwestern southeastern southwestern`)

// stateHeads are the heads of phrases in which a demonym stands for the
// state: its offices and people in office, its forces and their arms and
// losses ("Iraqi commandos", "American casualties"; seed 138), its acts,
// policies, law and economy.
var stateHeads = wordSet(`president presidents presidente presidential presidency government governments governmental
	prime premier chancellor taoiseach tanaiste treasurer king queen monarch monarchy emperor crown sultan emir royal regime junta administration
	cabinet minister ministers ministry ministries department departments agency agencies authorities authority
	official officials officialdom leader leaders leadership ruler rulers head heads chief vice deputy top senior
	spokesman spokeswoman spokesperson spokesmen statement statements ambassador ambassadors envoy envoys embassy
	embassies consulate consulates consul consular diplomat diplomats diplomatic diplomacy delegation delegations
	delegate delegates negotiator negotiators negotiating counterpart counterparts side mission missions
	military militaries army armies navy naval air airforce force forces armed troops troop soldiers soldier sniper snipers
	servicemen serviceman servicewomen airmen airman marines commander commanders officer officers personnel defence defense
	police policemen policeman security intelligence spy spies agents operatives hackers coast guard guards
	coastguard coastguards border borders frontier warplanes jets fighter fighters planes aircraft drones drone helicopter helicopters gunship gunships
	missile missiles rocket rockets warship warships submarine submarines destroyer frigate tanks artillery nuclear weapons arsenal bases
	base division divisions brigade brigades battalion battalions peacekeepers contingent occupation occupying occupied invasion invaders offensive operation operations
	raid raids strike strikes airstrikes airstrike bombing bombings bombardment shelling attack attacks assaults aggression seizure
	incursion incursions firing intervention interference meddling involvement withdrawal pullout blockade sanctions
	embargo pressure threat threats warning warnings ultimatum blackmail retaliation propaganda crackdown
	repression oppression censorship policy policies stance position positions response reaction reply proposal
	proposals plan plans offer demand demands decision decisions move moves approach strategy campaign efforts
	effort initiative support backing aid assistance relations ties alliance ally allies partner partners
	partnership cooperation interests interest sovereignty independence territory territories waters airspace
	territorial colonial colonialism colony colonies protectorate empire imperial imperialism rule state
	authoritarianism claim perspective inflation announcement
	dictatorship dictator
	democracy elections election referendum referendums crisis constitution law laws legislation courts budget tax taxes tariff tariffs trade
	exports economy economic treasury central finance foreign interior justice immigration regulators regulator watchdog
	governor governors federal national nationals counterterrorism sources commission commissioner pm secret services hacking collusion power credibility
	control revenue peace talks negotiations summit war wars conflict bomber bombers bailout bailouts debt
	deficit objection objections protestation protestations accusation accusations complaint complaints sensibilities displeasure
	custody soil prison prisons jail jails flag flags membership charge permission consent authorisation
	authorization clearance veto vetoes advisers advisors instructors deployment deployments annexation
	restriction restrictions refusal recognition units investigation investigations inquiry exit actions emissary
	emissaries radar radars blacklist advisory advisories fleet fleets relationship prosecutor prosecutors
	commando commandos casualties fatalities command ` + officerRanks)

// titleHeads end a capitalised title after a demonym ("the British Home
// Secretary") but in lower case may be a private post ("a British
// secretary").
var titleHeads = wordSet(`secretary secretaries`)

// officerRanks are the ranks of serving officers: a demonym before them
// stands for the state's forces ("one American colonel"), but a veteran
// who holds one is a person ("a US veteran sergeant").
const officerRanks = `general generals colonel colonels lieutenant lieutenants sergeant sergeants corporal
	corporals brigadier brigadiers admiral admirals commodore commodores gen maj lt col brig adm sgt capt cmdr`

// nationalNotState follow "national", "federal" or "state" after a demonym
// in phrases that are not the government: legislatures, teams, media,
// culture ("the Norwegian national assembly", "the Dutch national team").
var nationalNotState = wordSet(`assembly parliament legislature congress team teams squad side airline carrier
	museum library gallery theatre theater ballet opera orchestra park parks holiday day championship
	championships league broadcaster television radio newspaper university lottery railway railways`)

// stateMedia after a country's word and "state" are the state's own
// media, a broadcaster and not the state (stateMedium).
var stateMedia = wordSet(`television radio broadcaster broadcasters tv media`)

// stateMedium reports whether "state" at token k, after a country's name
// or demonym, comes right before a word of stateMedia ("Iranian state
// TV", "Cyprus state radio"; seeds 173 and 183): the state's broadcaster,
// which speaks for it but is a medium, not the state, as the train labels
// read "state media" after a demonym twice. "State-run" and "state-owned"
// media after a demonym, and a possessive before state media, stay as
// they were, as the train labels count them the state's ("Iranian
// state-run television"); so does a state news agency.
func (s *scan) stateMedium(k int) bool {
	return k+1 < len(s.toks) && !s.toks[k+1].brk && s.in(k+1, stateMedia)
}

// pairWords after two demonyms joined by a hyphen make the phrase a bond or
// a contest between the two states, besides the words of stateHeads and
// towardWords ("the Russian-American treaty").
var pairWords = wordSet(`rivalry accord accords treaty treaties pact pacts axis detente committee committees`)

// pairMatters after two demonyms joined by a hyphen make the phrase a
// matter between the two states ("a Palestinian-Egyptian affair"), unless
// the second is "American", which makes the pair a people ("a
// Mexican-American issue").
var pairMatters = wordSet(`affair affairs matter issue question`)

// landWords are features of a country's land and coast: a demonym before
// them names a place, not the state.
var landWords = wordSet(`coast coasts coastline coastlines shore shores seaboard beach beaches mainland
	countryside hinterland highlands lowlands plateau desert jungle mountains riviera`)

// portfolioWords name a minister's or a ministry's field ("the Australian
// health minister", "the French education ministry").
var portfolioWords = wordSet(`health education science research trade industry energy environment agriculture
	transport transportation labour labor employment housing culture sport sports tourism communications
	information telecommunications water fisheries mining petroleum oil infrastructure welfare social
	family women youth veterans commerce planning development customs`)

// twoOrigins reports whether a hyphenated pair of demonyms whose phrase
// goes on at token k is a noun, a person or people of two origins ("a
// Cuban-American who", "Chinese-Canadians"), not before a quoted name
// ("the European-Chinese "bra wars"").
func (s *scan) twoOrigins(k int) bool {
	return k >= len(s.toks) || s.toks[k].brk && !gapHas(s.gap(k), "\"“‘'") || s.in(k, personAfter) || s.in(k, copulas)
}

// pastPortfolio returns the token after the portfolio or standing words
// from token k, up to two, that stand between a demonym and its head ("the
// Australian health minister", "the Haitian interim government", "new
// Australian anti-terror laws"), and whether such a word that names people
// is itself the head, a person, since no office follows it ("the Canadian
// youth was held"). A word of secrecy or suspicion before a head of the
// state's is read past too ("Syrian covert nuclear activities"; seed 126),
// and the words after it are private as after the demonym ("a Libyan
// clandestine nuclear scientist").
func (s *scan) pastPortfolio(k int) (int, bool) {
	if s.in(k, secrecyWords) && !s.toks[k].upper && k+1 < len(s.toks) && !s.toks[k+1].brk && !s.toks[k+1].upper && s.in(k+1, stateHeads) {
		return k + 1, s.privateHead(k + 1)
	}
	// "anti-terror", "counter-terrorism": a purpose joined by a hyphen.
	if w := s.key(k); (w == "anti" || w == "counter") && k+2 < len(s.toks) && !s.toks[k+1].brk && s.joined(k+1) && !s.toks[k+2].brk {
		k += 2
	}
	// "the Timorese first Prime Minister", "the Kenyan second
	// vice-president": an ordinal before an office (seed 143).
	if s.in(k, officeOrdinals) && !s.toks[k].upper && k+1 < len(s.toks) && !s.toks[k+1].brk && s.officeAfterOrdinal(k+1) {
		k++
	}
	for n := 0; n < 2 && k+1 < len(s.toks) && !s.toks[k+1].brk && (s.in(k, portfolioWords) || s.in(k, interimWords)) && !s.in(k, stateHeads); n++ {
		if s.in(k, peoplePortfolios) && (s.in(k+1, phraseEnds) || s.toks[k+1].upper) {
			return k, true
		}
		k++
	}
	return k, false
}

// privateHead reports whether the words from token k after a demonym
// open a private phrase though the first is a word of stateHeads: "French
// trade unions", "a Pakistani nuclear scientist", "the Australian nuclear
// debate", "the Italian flag carrier"; or name a firm the state owns ("the
// Italian state-owned flag carrier", "a Chinese state-owned bank"), a firm
// (guideline 9: "Air India"), whose media stay the state's voice, as the
// train labels read them, though "state television" alone is not
// (stateMedium); or a veteran of a war or of the forces ("an Iraqi war
// veteran").
func (s *scan) privateHead(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k+1].brk {
		return false
	}
	// "an Iraqi war veteran", "a British Army veteran": a veteran of a
	// war or of the forces, a private person (seed 140).
	if s.cued(veteranCues) {
		if v := s.servedVeteran(k); v > k && s.veteranPerson(v) {
			return true
		}
	}
	if privateAfterHead[s.key(k)+" "+s.key(k+1)] {
		return true
	}
	if s.key(k) != "state" || k+2 >= len(s.toks) || s.toks[k+2].brk || s.key(k+1) != "owned" && s.key(k+1) != "controlled" {
		return false
	}
	w := s.key(k + 2)
	return (s.in(k+2, s.m.notBefore) || w == "flag") && !s.in(k+2, stateMedia) && w != "media"
}

// orgPrivate reports whether an organisation's name of the registry
// starts at token k, after a demonym, and private people follow it, a
// word of demonym_not_before or a pair of privateAfterHead ("a Spanish
// United Nations aid worker", "a Danish UN worker"; seed 130): the
// demonym is the person's nationality, as before "aid worker" alone.
// "Spanish UN troops" stay the state's.
func (s *scan) orgPrivate(k int) bool {
	end := s.orgNameEnd(k)
	if end == k || end >= len(s.toks) || s.toks[end].brk {
		return false
	}
	return s.in(end, s.m.notBefore) || end+1 < len(s.toks) && !s.toks[end+1].brk && privateAfterHead[s.key(end)+" "+s.key(end+1)]
}

// orgNameEnd is the end (token index) of the longest name of an
// organisation that starts at token k, or k when none does.
func (s *scan) orgNameEnd(k int) int {
	end, n := k, int32(0)
	for j := k; j < len(s.toks) && j-k < maxDepth && (j == k || !s.toks[j].brk); j++ {
		if n = s.next(n, j); n == 0 {
			break
		}
		for _, x := range s.m.nodes[n].entries {
			if x.kind == kindName && x.role == RoleOrg {
				end = j + 1
				break
			}
		}
	}
	return end
}

// privateAfterHead are pairs of words after a demonym whose first word
// is otherwise the state's (stateHeads) but which name people, debates,
// firms and ceremonies of the country ("a Syrian democracy activist",
// "the British state opening of parliament").
var privateAfterHead = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range []string{"trade union", "trade unions", "trade unionist", "trade unionists",
		"nuclear scientist", "nuclear scientists", "nuclear physicist", "nuclear physicists", "nuclear expert",
		"nuclear experts", "nuclear debate", "nuclear lobby", "nuclear industry", "flag carrier", "flag carriers",
		"national airline", "national carrier", "federal opposition", "national opposition", "state opposition",
		"department store", "department stores", "aid worker", "aid workers", "trade wind", "trade winds",
		"division of", "divisions of", "federal member", "federal members", "democracy activist",
		"democracy activists", "democracy campaigner", "democracy campaigners", "state opening",
		// "South African peace experts", "the Finnish air carrier Finnair"
		// (seed 108).
		"peace expert", "peace experts", "air carrier", "air carriers"} {
		m[p] = true
	}
	return m
}()

// peoplePortfolios are portfolio words that also name people.
var peoplePortfolios = wordSet(`youth women veterans family`)

// interimWords say how a government holds office ("the Iraqi interim
// government", "the Thai caretaker cabinet"), what a force is for
// ("Iranian riot police"), or how high an office stands ("the Iranian
// supreme leader"; seed 134; "supreme" passes notStateAfter only before
// "leader", portfolioAt).
var interimWords = wordSet(`interim transitional caretaker provisional incoming outgoing riot supreme`)

// officeOrdinals number an office after a demonym ("the Timorese first
// Prime Minister").
var officeOrdinals = wordSet(`first second third new`)

// officeAfterOrdinal reports whether an office opens at token k, after a
// word of officeOrdinals: an office's head or "prime", "vice" or
// "deputy".
func (s *scan) officeAfterOrdinal(k int) bool {
	if s.officeKind(k) == 2 || s.in(k, officeNounForms) {
		return true
	}
	switch s.key(k) {
	case "prime", "vice", "deputy":
		return true
	}
	return false
}

// secrecyWords, between a demonym and a head of stateHeads, say how the
// state acts or what it is suspected of ("Syrian covert nuclear
// activities"; pastPortfolio).
var secrecyWords = wordSet(`covert clandestine suspected alleged undeclared`)

// runNotState in a capitalised run after a demonym make it another name, not
// a title of the state ("the Iranian Quran News Agency", "the Irish
// Republican Army", "the Sudanese Liberation Movement", "the United Iraqi
// Alliance", "the New Zealand Leadership Forum", a union's "the Italian
// General Confederation of Labour"; seed 142).
var runNotState = wordSet(otherNameKinds + ` news press alliance coalition accord congress forum forums
	confederation federation`)

// otherNameKinds are the kinds of name (parties, movements, schools,
// societies, clubs, airlines) whose words, in a capitalised run after a
// country's name or demonym, make the run another name.
const otherNameKinds = `party front movement liberation republican revolutionary airlines airways university
	institute college society association foundation club league chamber`

// personOrGoods reports whether the head at token k after the demonym at
// tokens [i, end) is a person of that nationality or goods of that
// origin: "national" as a noun ("a Singaporean national of Indonesian
// birth", "the Chinese national was freed"), flags counted ("an Italian
// flag"), or arms bought, sold or smuggled ("the illegal sale of Russian
// weapons", "smuggled Chinese missiles"; "Russian weapons deliveries to
// Syria" stay the state's).
func (s *scan) personOrGoods(i, k, end int) bool {
	w := s.key(k)
	if w == "national" {
		return k+1 >= len(s.toks) || s.toks[k+1].brk || s.in(k+1, phraseEnds)
	}
	// "a number of Australian flags flying", "an American flag": flags
	// counted are cloth; "burned Danish flags", "the Iraqi flag" stay the
	// state's.
	if (k == end || s.flagPair(end, k)) && (w == "flag" || w == "flags") && (s.counted(i) || s.countedOf(i) || i > 0 && !s.toks[i].brk && s.in(i-1, flagBearers)) {
		return true
	}
	// "Japanese exports rose", "cheap Chinese imports": goods of that
	// origin, as its sales are (seed 133); the country's possessive keeps
	// its income ("Japan's exports", nationalIncome).
	if k == end && (w == "exports" || w == "imports") {
		return true
	}
	return k == end && s.in(k, tradedArms) && s.traded(i)
}

// flagPair reports whether "and" at token end joins the demonym before
// it to one word before the flag at token k ("a Welsh and Cornish flag"),
// a flag of each.
func (s *scan) flagPair(end, k int) bool {
	return k == end+2 && s.key(end) == "and"
}

// flagBearers right before a demonym and "flags" wave or carry them
// ("fans waving Canadian flags"); "burned Danish flags" stay the state's.
var flagBearers = wordSet(`waving waved wave waves carrying carried carry carries`)

// countedOf reports whether "of" before the demonym at token i follows a
// noun of quantity ("a number of", "dozens of", "hundreds of").
func (s *scan) countedOf(i int) bool {
	return i >= 2 && !s.toks[i].brk && !s.toks[i-1].brk && s.key(i-1) == "of" && s.in(i-2, quantityNouns)
}

// quantityNouns before "of" count what follows.
var quantityNouns = wordSet(`number dozens hundreds thousands scores lots lot couple handful pair`)

// traded reports whether the word before the demonym at token i, or the
// word before "of" or "in" there, buys, sells or smuggles what the demonym
// modifies ("smuggled Russian weapons", "the sale of Russian weapons",
// "trafficking in Chinese rifles").
func (s *scan) traded(i int) bool {
	if i == 0 || s.toks[i].brk {
		return false
	}
	w := s.key(i - 1)
	if s.in(i-1, tradeVerbs) {
		return true
	}
	return (w == "of" || w == "in") && i >= 2 && !s.toks[i-1].brk && s.in(i-2, tradeNouns)
}

// tradedArms after a demonym are arms that may be goods (traded).
var tradedArms = wordSet(`weapons weapon missiles missile rockets rocket tanks artillery jets fighters warplanes
	planes plane aircraft drones drone submarines submarine warships warship helicopter helicopters gunship gunships`)

// tradeVerbs right before a demonym buy, sell or smuggle what it modifies.
var tradeVerbs = wordSet(`sell sells selling sold resold buy buys buying bought smuggle smuggles smuggling
	smuggled trafficked stolen illicit counterfeit`)

// tradeNouns before "of" or "in" and a demonym are the trade in what it
// modifies ("the sale of Russian weapons").
var tradeNouns = wordSet(`sale sales resale purchase purchases selling buying smuggling trafficking traffic trade trading
	theft smugglers traffickers dealers dealer seller sellers buyer buyers`)

// pairResolution reports whether a resolution, or a draft of one, past
// "UN", opens at token k after two states a hyphen joins: their motion ("a
// joint U.S.-French draft resolution", "the US-French UN resolution").
func (s *scan) pairResolution(k int) bool {
	for n := 0; n < 2 && k+1 < len(s.toks) && !s.toks[k+1].brk && (s.key(k) == "un" || s.key(k) == "draft"); n++ {
		k++
	}
	return (s.key(k) == "resolution" || s.key(k) == "resolutions") && (!s.toks[k].upper || s.allCaps())
}

// starWords and starRanks: "a US four-star general".
var (
	starWords = wordSet(`one two three four five`)
	starRanks = wordSet(`general generals admiral admirals`)
)

// placeHeads after a demonym are places it locates in the country.
var placeHeads = wordSet(`villages towns cities regions province provinces republic republics`)

// airForceWords after a capitalised "Air" make it the state's air force
// ("the Israeli Air Force", "the Indian Air Chief"), not an airline.
var airForceWords = wordSet(`force forces command staff chief marshal vice commodore corps wing wings arm
	defence defense ministry minister component division`)

// phraseEnds are function words after which a demonym is a noun phrase of
// its own ("the British have", "the Chinese, who", "by the French in"),
// which in news is mostly the government.
var phraseEnds = wordSet(`which who whom whose that are is was were be been being had has have will would could
	should can cannot may might must did does do in on at to from by for with of said says say told than as also
	not`)

// venueWords are events that a capital before them hosts or suffers rather
// than wages ("the London attacks", "the Doha summit", "the Geneva
// talks"), and the city's jails ("a Jakarta prison").
var venueWords = wordSet(`attack attacks bombing bombings bomber bombers raid raids strike strikes airstrike
	airstrikes shelling summit talks negotiations peace war wars conflict election elections operation operations
	offensive invasion occupation prison prisons jail jails blast blasts riot riots massacre massacres`)

// capitalVerbs may follow a capital acting as its government.
var capitalVerbs = wordSet(`has have had will would could should can cannot may might must does did do
	says said say stated wants want insists insisted denies denied rejects rejected accuses accused urges urged warns
	warned demands demanded claims claimed agrees agreed refuses refused calls called announces announced blames
	blamed condemns condemned hopes hoped fears feared believes believed sees saw sends sent responds responded
	appears appeared seeks sought plans planned threatens threatened considers considered expects expected
	argues argued backs backed supports supported opposes opposed needs needed tries tried keeps kept remains
	remained made makes took takes gave gives pushed pushes pressed presses imposed imposes expelled expels
	recalled recalls signed signs vowed vows promised promises pledged pledges retaliated retaliates protested
	protests welcomed welcomes objected objects relies relied scrambles scrambled routed`)

// askedToAct reports whether the words right before the capital at token
// i, which "to" follows, make it the government that someone forces,
// wants, asks or calls on to act.
func (s *scan) askedToAct(i int) bool {
	switch s.key(i - 1) {
	case "force", "compel", "want", "wants", "wanted", "ask", "asks", "asked", "asking":
		return true
	case "on":
		if i >= 2 && !s.toks[i-1].brk {
			switch s.key(i - 2) {
			case "call", "calls", "called", "calling":
				return true
			}
		}
	}
	return false
}

// capitalBefore are words right before a capital that make it a party to an
// act ("talks between Washington and Beijing", "sanctions against
// Damascus", "a deal struck by Moscow").
var capitalBefore = wordSet(`between against by accused accusing urged urging warned warning told telling
	criticised criticized criticising criticizing condemned condemning blamed blaming attacking attacked
	pressed pressing pressured pressuring persuade persuaded convince convinced defied defying backed backing
	supported supporting opposed opposing joined joining rebuffed snubbed angering angered angers
	irritating irritated provoking provoked alarming alarmed reassuring reassured placate placating appease
	appeasing punish punishing punished sanction sanctioned sanctioning isolate isolating isolated
	forced forcing compelled compelling`)

// onRoute reports whether the capital at token i is an end of a route
// ("the road between Beirut and Damascus", "the flight between New Delhi
// and Washington"): "between" after a word of routeWords comes right
// before it, or before the capital it is coordinated with, past the other
// words of their names (nameStart).
func (s *scan) onRoute(i int) bool {
	b := s.nameStart(i) - 1
	if b >= 1 && !s.toks[b+1].brk && (s.key(b) == "and" || s.key(b) == "or") {
		b = s.nameStart(b) - 1
	}
	return b >= 1 && !s.toks[b+1].brk && s.key(b) == "between" && s.in(b-1, routeWords)
}

// routeWords before "between" make the capitals places ("the road between
// Beirut and Damascus", "flights between Paris and Rome", "a weekly
// service between Oslo and Erbil").
var routeWords = wordSet(`road roads highway highways route routes flight flights train trains railway rail
	line lines border distance way journey drive bridge pipeline bus buses ferry ferries service services
	shuttle shuttles`)

// fromWords make "from" + capital the government's act ("pressure from
// Washington", "a message from Moscow").
var fromWords = wordSet(`pressure pressures message messages signal signals support backing approval
	objections objection opposition criticism demands demand request requests warning warnings threat threats
	response reply word orders order instructions funding aid assistance envoy envoys delegation officials
	diplomats`)

// towardWords make "on" or "with" + capital a relation with its government
// ("pressure on Pyongyang", "ties with Moscow", "talks with Beijing").
var towardWords = wordSet(`pressure sanctions demands ties relations talks dialogue deal deals agreement
	agreements negotiations cooperation rapprochement dispute disputes tensions rift row standoff alliance
	partnership friendship contacts engagement trade war mounted mounting piled piling heaped imposed
	imposing crackdown attack attacks strike strikes retaliation lies lay rests rested`)

// peopleActs reports whether a demonym's plural at tokens [i, end) stands
// for the state's side, as "the Russians" in "talks with the Russians" or
// "the Israelis destroyed the vehicle": after "the", not before a word
// that makes them people somewhere or of some kind ("the Russians living
// in Latvia", "the Iranians who fled"), nor in a sentence about sport,
// where they are a team ("the Russians beat Canada"), or about a vote,
// where they are voters.
func (s *scan) peopleActs(i, end int) bool {
	if i == 0 || s.toks[i].brk || s.key(i-1) != "the" {
		return false
	}
	// "three of the Sierra Leoneans": some of a group of people.
	if i >= 3 && !s.toks[i-1].brk && !s.toks[i-2].brk && s.key(i-2) == "of" && s.quantity(i-3) {
		return false
	}
	// "the Thais United National Party": a name's word.
	if end < len(s.toks) && !s.toks[end].brk && (s.in(end, peopleAfterPlural) || s.toks[end].upper || s.suffering(end)) {
		return false
	}
	for k := range s.toks {
		if s.in(k, sportWords) {
			return false
		}
	}
	return !s.electorate(i) && !s.listedMinority(i)
}

// voteWords make "the" and a demonym, or its plural, a nation's voters
// ("the Italians did not vote for us"; electorate).
var voteWords = wordSet(`vote votes voted voting voter voters ballot ballots referendum referendums
	referenda plebiscite polls`)

// peopleAfterPlural, after a demonym's plural, make it people: where they
// live or come from, what befell them, who they are.
var peopleAfterPlural = wordSet(`who whom whose living live lived in of from abroad born working work
	killed injured wounded kidnapped taken held detained arrested missing dead trapped stranded aboard
	on at among here there themselves`)

// sportWords make a demonym's plural a team.
var sportWords = wordSet(`match matches game games goal goals scored score beat beaten defeated win won
	team teams medal medals gold silver bronze tournament championship championships cup olympic olympics
	innings wicket wickets coach players squad league final semi-final quarter-final points`)

// listedMinority reports whether the demonym's plural after "the" at token
// i is one of the peoples that "including", "such as" or "notably" lists
// in a sentence about minorities or ethnic groups ("the ethnic minorities
// of Iran, including the Azeris and the Kurds"; seed 129): a people, not
// the state of that name.
func (s *scan) listedMinority(i int) bool {
	if i < 2 || s.toks[i-1].brk {
		return false
	}
	switch s.key(i - 2) {
	case "including", "notably", "especially":
	case "as":
		if i < 3 || s.toks[i-2].brk || s.key(i-3) != "such" {
			return false
		}
	default:
		return false
	}
	for k := range s.toks {
		if w := s.key(k); strings.HasPrefix(w, "minorit") || w == "ethnic" || w == "ethnicities" || w == "tribes" {
			return true
		}
	}
	return false
}
