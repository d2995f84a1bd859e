package parties

import "strings"

// A country's name inside another name (country guidelines 8 and 9): a
// firm's or a charity's national arm ("Save the Children UK", "Air
// France"), a person ("Madhav Kumar Nepal"), a party, a movement or a
// rebel army ("the Communist Party of China", "the Revolutionary Armed
// Forces of Colombia"), a legislature, a church or a university ("the Diet
// of Japan", "the Church of England"), or a place ("the Sea of Japan",
// "the South of France"). None of them is the state. A state agency named
// this way keeps its country ("Statistics Canada", "Royal New Zealand
// Navy", "the Ministry of Defence of Ukraine").

// compassParts, capitalised before a country's name, name a part of it.
var compassParts = wordSet(`northern southern eastern western southeast northeast southwest northwest
	southeastern northeastern southwestern northwestern`)

// inOtherName reports whether the country name at tokens [i, end) is part
// of another name: a capitalised word that is not capitalised only for its
// place in the sentence stands right before it, or it follows "of" after a
// capitalised name holding a word of ofNameWords, or "for" after a word of
// forNameWords.
func (s *scan) inOtherName(i, end int) bool {
	if i == 0 || s.toks[i].brk || s.allCaps() {
		return false
	}
	// In title case every word is capitalised, but "the Communist Party of
	// Norway" is still a party.
	if s.titleCased() {
		return s.afterOfName(i)
	}
	if s.inUnionName(i) {
		return true
	}
	// "Report for America", "the Alliance for Sweden", "the Works Agency
	// for Palestine Refugees": a name of forNameWords before "for".
	if i >= 2 && s.key(i-1) == "for" && !s.toks[i-1].upper && !s.toks[i-1].brk && s.toks[i-2].upper &&
		(s.in(i-2, forNameWords) || s.in(i-2, ofNameWords)) {
		return true
	}
	// "the Tour de France", "Banco do Brasil": a capitalised name joined to
	// the country by a Romance "de", "du", "do" or "da".
	if i >= 2 && !s.toks[i-1].brk && !s.toks[i-1].upper && s.in(i-1, romanceOf) && s.toks[i-2].upper {
		return true
	}
	// "India's nuclear programme": a possessive is the country itself,
	// whatever stands before it ("make Jeremy Corbyn Britain's prime
	// minister"), unless "of" makes it the end of a party's, a church's or
	// a court's name that owns what follows ("the Communist Party of
	// Nepal's leaders"; seed 164), or a compass word mid-sentence a
	// region's ("the Northwest United States's farms"), as below.
	p := i - 1
	if end < len(s.toks) && !s.toks[end].brk && s.key(end) == "s" {
		return s.afterOfName(i) || s.toks[p].upper && s.prevEnd != i && s.in(p, compassParts) && !s.opens(p)
	}
	// "the Trump-Russia probe", "the Gaza - Egypt border": a hyphen or a
	// dash joins two names, it does not make one; but a single capital
	// letter joined to the country makes a brand ("the M-Taiwan project"),
	// and a broadcaster's word a broadcaster ("Radio-Canada").
	if gap := s.s[s.toks[p].be:s.toks[i].bs]; gapHas(gap, "-\u2010\u2011\u2013\u2014") {
		if gap == "-" && s.toks[p].upper && s.in(p, broadcastWords) {
			return true
		}
		return gap == "-" && s.toks[p].allUp && s.toks[p].ne-s.toks[p].ns == 1 && s.toks[p].be-s.toks[p].bs == 1
	}
	// "Daiwa Securities America Inc", "SCE Taiwan Limited": a firm's
	// national arm, after a firm's word or before a firm's suffix, even
	// where capitalised words on both sides look like a headline.
	if s.toks[p].upper && (s.in(p, firmWords) || end < len(s.toks) && !s.toks[end].brk && s.toks[end].upper && s.in(end, firmSuffixes)) {
		return true
	}
	// A headline run into the sentence: "RETRACTED RUSSIA STORY", "MUST
	// WATCH Turkey", "Car Bomb Attack On Somalia Hotel"; not a firm's
	// name after its officer's "of", which a person's name may follow
	// ("the chief executive of Vincor Canada Jay Wright"; seed 130).
	if (s.toks[i].allUp && s.toks[i].ne-s.toks[i].ns > 3 || p > 0 && s.toks[p].allUp && s.toks[p-1].allUp && !s.toks[p].brk ||
		s.toks[p].upper && end < len(s.toks) && s.toks[end].upper && !s.toks[end].brk &&
			s.gap(end) == "") && !s.firmOfficerOf(p) {
		return false
	}
	if s.toks[p].upper && s.prevEnd != i {
		w := s.key(p)
		// A capitalised compass word mid-sentence names a region of the
		// country, a geographic name ("deported to Northern Iraq"; seed
		// 115), as "Northern Ireland" is (regionOf); one that opens the
		// sentence or a clause may be capitalised for its place alone
		// ("Southern Israel was hit"), and stays the country unless "of"
		// puts both in a longer name ("the High Court of Eastern Denmark").
		if s.in(p, compassParts) {
			return !s.opens(p) || s.afterOfName(p)
		}
		// Words capitalised for their place in the sentence (also where
		// a heading runs into it: "Economy The United States continues"),
		// offices, dates and agencies keep the country.
		if s.in(p, openingWords) || s.in(p, sentenceWords) || s.in(p, agencyWords) || s.in(p, nameTitleWords) || s.in(p, timeWords) || s.in(p, stateEpithets) {
			return false
		}
		// A word opening the sentence: numbers, quantifiers and the
		// adjectives and participles that open news sentences ("Several
		// US officials", "Seven U.S. soldiers", "Raising Bolivia"), and
		// verbs of a chant or a slogan ("Boycott Japan!"). A gerund and
		// the country alone in quotes are a name ("a "Building Australia"
		// fund"). A sport's gerund is a sports body's or a channel's name
		// ("Racing UK, which ...", "Cycling Australia said"; seeds 120-121).
		if s.opens(p) && (s.in(p, openingAdjectives) || len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && !s.quotedName(p, end) && !s.in(p, sportGerunds)) {
			return false
		}
		return true
	}
	return s.afterOfName(i)
}

// firmOfficerOf reports whether the capitalised word at token p, right
// before a country's name, follows "of" after a firm's officer ("CEO of
// Toyota Canada", "chairman of Siemens India"): a firm's national arm,
// whatever capitalised words follow. The rest of inOtherName still keeps
// an agency's name ("head of Statistics Canada").
func (s *scan) firmOfficerOf(p int) bool {
	return p >= 2 && !s.toks[p].brk && !s.toks[p-1].brk && !s.toks[p-1].upper && s.key(p-1) == "of" && s.in(p-2, firmOfficers)
}

// firmOfficers head a firm: their "of" names it.
var firmOfficers = wordSet(`ceo ceos chairman chairwoman chairperson executive founder cofounder`)

// inUnionName reports whether the country's name at token i ends a
// union's or an association's name with "in" ("the Union of Students in
// Ireland", "the Society for Animal Welfare in Norway"): "in" follows
// capitalised words, joined by "of", "for" or "the" (nameConnectors) or
// a possessive's "s", that a word of unionNames and "of" or "for" open.
func (s *scan) inUnionName(i int) bool {
	k := i - 1
	if k < 2 || s.toks[i].brk || s.toks[k].brk || s.key(k) != "in" || s.toks[k].upper {
		return false
	}
	for k--; k >= 0 && i-k <= 8; k-- {
		if !s.toks[k].upper {
			// "the Organisation of Farmers' Rights in Kenya": a
			// possessive inside the name.
			if !s.in(k, nameConnectors) && !(s.key(k) == "s" && s.toks[k-1].upper && !s.toks[k].brk) {
				return false
			}
		} else if s.in(k, unionNames) && k+1 < i-1 && (s.key(k+1) == "of" || s.key(k+1) == "for") {
			return true
		}
		if s.toks[k].brk {
			return false
		}
	}
	return false
}

// unionNames open the names of unions, associations, foundations,
// organisations, movements, campaigns, networks and alliances with "of"
// or "for" ("the Women's Organisation for Peace in Chad"; seed 132).
var unionNames = wordSet(`union association federation confederation society congress foundation coalition
	organisation organization movement campaign network alliance`)

// nameRunNotState reports whether up to six capitalised words from token
// k, right after a country's name, hold a word of nameRunWords or are
// followed by one ("the US Libertarian Party", "the New Zealand Law
// Society", "the Pakistan Tehreek-e-Insaf party", "Petro Iran Development
// Company", "the Kenya Assemblies of God"), also past a second country's
// name ("the Australia New Zealand Leadership Forum").
func (s *scan) nameRunNotState(k int) bool {
	// "the US Federal Deposit Insurance Corporation", "the China-European
	// Union summit": a body or a party the registry lists is its own.
	if s.allCaps() || s.titleCased() {
		return false
	}
	// "New Zealand The New Zealand National party": a tag before the
	// sentence, which a capitalised "The" opens.
	if s.key(k) == "the" {
		return false
	}
	// "the Australia New Zealand Leadership Forum": a second country's
	// name after a space, and then the run; the same name twice is a tag
	// before the sentence ("New Zealand New Zealand's Green party").
	if e := s.countryNameEnd(k); e > k && s.gap(k) == "" && !s.repeated(k, e) {
		return e < len(s.toks) && !s.toks[e].brk && s.toks[e].upper && s.nameRunNotState(e)
	}
	if s.namedAt(k) {
		return false
	}
	n := 0
	state := false // a word of the state's in the run so far
	for ; n < 6 && k < len(s.toks) && !s.toks[k].brk && !spacedDash(s.s[s.toks[k-1].be:s.toks[k].bs]); n, k = n+1, k+1 {
		// A run of capitalised words, joined by hyphens to lower-case
		// ones ("Tehreek-e-Insaf"), or by "and", "of" or "for" to more
		// capitalised words ("the Royal New Zealand Returned and Services'
		// Association", "the Kenya Assemblies of God"), up to another
		// party's name ("the US Navy and Kenya Red Cross Society").
		if !s.toks[k].upper && (n == 0 || s.s[s.toks[k-1].be:s.toks[k].bs] != "-") {
			if n == 0 || !s.in(k, nameJoins) || k+1 >= len(s.toks) || s.toks[k+1].brk || !s.toks[k+1].upper || s.reach(k+1) > k+1 {
				break
			}
			continue
		}
		if s.in(k, nameRunWords) {
			return true
		}
		// "the UK Sai Organisation", "the US Green Building Council",
		// "New Zealand Tourism Online": a private body's or a product's
		// name, after capitalised words none of which is the state's
		// ("the US National Security Council" stays; seed 123), nor a
		// council of ministers or of national defence (councilOfState).
		if n > 0 && !state && s.in(k, privateNameTails) && !s.councilOfState(k+1) {
			return true
		}
		state = state || s.in(k, stateHeads) || s.in(k, publicRunWords)
	}
	// "the Pakistan Tehreek-e-Insaf party": the run's kind in lower case
	// (only a party's or a society's: "US President Bush today" is no
	// newspaper).
	return n > 0 && k < len(s.toks) && !s.toks[k].brk && s.in(k, nameKindAfterRun)
}

// missionHost reports whether the country's name at token i ends the
// name of a mission or a force sent there ("the United Nations Mission in
// Liberia", "the International Security Assistance Force in Afghanistan",
// "the Multi-National Force in Iraq"): the host is where the mission
// is, not the state acting.
func (s *scan) missionHost(i int) bool {
	k := i - 1
	if k > 0 && s.key(k) == "the" && !s.toks[k].brk {
		k--
	}
	if k < 1 || s.toks[k].brk || s.key(k) != "in" || s.toks[k-1].brk || !s.toks[k-1].upper || s.allCaps() || s.titleCased() {
		return false
	}
	return s.in(k-1, missionWords)
}

// lawNameAfter reports whether the capitalised words from token end, up
// to three, end with "Act": the mention is part of a law's name ("the
// Protect America Act", "the Defense Department Authorization Act").
func (s *scan) lawNameAfter(end int) bool {
	if s.allCaps() || s.titleCased() {
		return false
	}
	for k := end; k < len(s.toks) && k < end+3 && !s.toks[k].brk && s.toks[k].upper; k++ {
		if s.key(k) == "act" {
			return true
		}
	}
	return false
}

// insideTitle reports whether the word before token i belongs to a
// title that the mention continues: a capitalised word ("Protect
// America"), or a joining word after one ("Freedom to Travel to Cuba").
func (s *scan) insideTitle(i int) bool {
	k := i - 1
	if k < 1 || s.toks[i].brk {
		return false
	}
	if s.in(k, nameJoins) || s.key(k) == "to" {
		if s.toks[k].brk {
			return false
		}
		k--
	}
	return s.toks[k].upper && !s.opens(k) && !s.in(k, openingWords)
}

// madeIn reports whether the country's name at token i ends a label of
// goods' origin, capitalised as labels are ("Made in Taiwan"; "deals made
// in China" name a place).
func (s *scan) madeIn(i int) bool {
	return i >= 2 && s.key(i-1) == "in" && s.key(i-2) == "made" && s.toks[i-2].upper && !s.allCaps() && !s.titleCased() &&
		!s.toks[i].brk && !s.toks[i-1].brk
}

// missionWords, capitalised, end the name of a mission or a force before
// "in" and its host country.
var missionWords = wordSet(`mission force commission`)

// namedAt reports whether a party's name or a government body of the
// registry starts at token k ("Federal Deposit Insurance Corporation",
// "European Union"); a demonym does not count.
func (s *scan) namedAt(k int) bool {
	named := false
	s.aliasesAt(k, func(n int32) bool {
		for _, e := range s.m.nodes[n].entries {
			if e.kind == kindBody || e.kind == kindName {
				named = true
			}
		}
		return !named
	})
	return named
}

// ownBodyAt reports whether a government body of the party starts at
// token k, capitalised inside the sentence ("Royal Navy" after "the
// British", "Federal Security Service" after "the Russian"; not
// "UNIFIL" after "the German").
func (s *scan) ownBodyAt(k int, party int32) bool {
	if k >= len(s.toks) || s.toks[k].brk || !s.toks[k].upper || s.allCaps() || s.titleCased() {
		return false
	}
	body := false
	s.aliasesAt(k, func(n int32) bool {
		for _, e := range s.m.nodes[n].entries {
			if e.kind == kindBody && e.party == party {
				body = true
			}
		}
		return !body
	})
	return body
}

// repeated reports whether the words [k, e) repeat the words right before
// them.
func (s *scan) repeated(k, e int) bool {
	n := e - k
	if k < n {
		return false
	}
	for j := k; j < e; j++ {
		if s.key(j) != s.key(j-n) {
			return false
		}
	}
	return true
}

// countryNameEnd returns the end of the longest country's name (not an
// organisation's, a demonym or a body) that starts at token k, or k when
// none does ("New Zealand" in "the Australia New Zealand Leadership
// Forum").
func (s *scan) countryNameEnd(k int) int {
	end, n := k, int32(0)
	for j := k; j < len(s.toks) && j-k < maxDepth && (j == k || !s.toks[j].brk); j++ {
		if n = s.next(n, j); n == 0 {
			break
		}
		for _, e := range s.m.nodes[n].entries {
			if e.kind == kindName && e.role != RoleOrg {
				end = j + 1
			}
		}
	}
	return end
}

// publicationAfter reports whether up to three capitalised words from token
// k, right after a country's or an organisation's name, are a
// publication's title that
// ends with a word of publicationWords ("the EU Observer", "the UN
// Dispatch", "the Pakistan Chronicle"); an observer mission named further
// on is not one ("the EU Observer Mission").
func (s *scan) publicationAfter(k int) bool {
	if s.allCaps() || s.titleCased() {
		return false
	}
	last := -1 // the run's last word
	for n := 0; n < 3 && k < len(s.toks) && !s.toks[k].brk && s.toks[k].upper; n, k = n+1, k+1 {
		last = k
	}
	return last >= 0 && s.in(last, publicationWords) && (k >= len(s.toks) || s.toks[k].brk || !s.toks[k].upper)
}

// publicationWords end the titles of newspapers, magazines and news sites.
var publicationWords = wordSet(`post weekly today times magazine journal tribune gazette observer herald
	chronicle dispatch reporter review digest bulletin`)

// calledName reports whether tokens [i, end) lie inside a short title in
// quotes that a verb of naming opens ("a club called "The Friends of
// Iran"", "the cave was dubbed "Australia's Attic"", "known as
// "Radio Free Syria""; seeds 122 and 123): the title's name, not the
// state. The opening quote stands right after "called", "named", "dubbed"
// and the like, "known as" or "calling itself"; the quotes hold two to
// six words, all capitalised but for the joining words of names and
// numbers, and more than the mention. A quotation of speech ("called
// "Iran a danger to the region"") keeps its mentions. A name that the
// mention ends may hold lower-case words, up to four words in all from a
// capitalised first one ('a campaign called "We are Chile"'), and after
// "titled" or "entitled" a title may run to twelve words, in quotes or,
// from a capitalised word, without them to a colon or the clause's end
// ("a study entitled Arms Sales to Chile: ..."; seeds 140 and 141).
// Where article is set, "the" may stand between the verb and the quote
// ('has called the "Save Chile Law"'; seed 143). A noun of writing
// (titleNouns) opens a title in quotes as a verb of naming does, and the
// title's words before the mention may then be any (seed 154).
func (s *scan) calledName(i, end int, article bool) bool {
	// The title's first word, k: a word of naming (a bit test, which
	// most mentions fail at once) right before it, and capitalised words
	// from it to the mention; loose, when a lower-case word is among them.
	k, nk := i, -1
	loose, far := false, false
	for ; ; k-- {
		if k == 0 || i-k >= 12 {
			return false
		}
		if k < i && !s.titleWord(k) {
			// Far from the mention only after a noun of writing.
			if i-k >= 4 {
				if !s.cued(writingCues) {
					return false
				}
				far = true
			}
			loose = true
		}
		// A noun of writing inside the title ("Report on Iraq") goes on
		// to the quote.
		if s.in(k-1, namingWords) || s.in(k-1, titleNouns) && s.toks[k].brk {
			break
		}
		// 'called the "Save Chile Law"': "the" between the verb of
		// naming and the opening quote (seed 143), for a country's
		// name; an organisation's in a mission's name stays its organ
		// ('called the "UN-AU Mission"', as the train labels count it).
		if article && s.toks[k].brk && k >= 2 && !s.toks[k-1].brk && s.key(k-1) == "the" && s.in(k-2, namingVerbs) && openQuote(s.s[s.toks[k-1].be:s.toks[k].bs]) {
			nk = k - 2
			break
		}
		if s.toks[k].brk {
			return false
		}
	}
	if nk < 0 {
		nk = k - 1
	}
	// After a noun of writing, a title in quotes that the mention ends
	// may hold lower-case words before it ('his essay "Why we lost
	// Iraq"').
	noun := s.in(nk, titleNouns)
	long := s.key(nk) == "titled" || s.key(nk) == "entitled" || noun
	if i-k >= 6 && !long || !noun && (far || loose && (i-k >= 4 || !s.toks[k].upper)) {
		return false
	}
	// The opening quote right after the naming; the title opens with a
	// capitalised word, a number or an article ('called "on Iran to
	// stop"' is speech). Without quotes, the name right after the naming
	// opens a place's name ("a camp called Jamaica Base"; seed 132), or
	// a title follows "titled" or "entitled".
	if g := s.s[s.toks[k-1].be:s.toks[k].bs]; !gapHas(g, "\"\u201c\u2018") && !strings.HasSuffix(g, " '") {
		return !loose && !noun && g == " " && (k == i && s.namingBefore(k-1) && s.placeNameAfter(end) || long && s.bareTitle(k, end))
	}
	if w := s.key(k); !s.toks[k].upper && (w[0] < '0' || w[0] > '9') && w != "the" && w != "a" && w != "an" || !noun && !s.namingBefore(nk) {
		return false
	}
	// The closing quote, within six words of the opening one (twelve
	// after "titled"), right after the mention in a loose name.
	limit := 6
	if long {
		limit = 12
	}
	for j := end; j-k <= limit; j++ {
		g := s.s[s.toks[j-1].be:]
		if j < len(s.toks) {
			g = s.s[s.toks[j-1].be:s.toks[j].bs]
		}
		// A closing double quote, or a single one that is no apostrophe
		// of a possessive ("Australia's").
		if gapHas(g, "\"\u201d") || (strings.ContainsRune(g, '\u2019') || strings.ContainsRune(g, '\'')) && len(g) > len("\u2019") {
			return j-k >= 2 && (j > end || k < i)
		}
		if loose || j >= len(s.toks) || s.toks[j].brk || !s.titleWord(j) {
			return false
		}
	}
	return false
}

// quotedEvent reports whether tokens [i, end) lie inside a short name in
// quotes, two to six words all capitalised but for the joining words of
// titles and more than the mention, that a noun of quotedNameHeads
// follows in lower case: the name of a relay, a campaign, a decree or
// the like ('the "Walk For Peru" relay', 'a "Free Chile" rally'; seed
// 144), not the state. A quotation of speech holds lower-case words or
// no such noun after it.
func (s *scan) quotedEvent(i, end int) bool {
	if s.allCaps() || s.titleCased() {
		return false
	}
	// The opening quote, right before the name's first word, k.
	k := i
	for ; ; k-- {
		if k == 0 || i-k > 4 || !s.titleWord(k) {
			return false
		}
		if g := s.s[s.toks[k-1].be:s.toks[k].bs]; strings.HasSuffix(g, "\"") || strings.HasSuffix(g, "\u201c") {
			break
		}
		if s.toks[k].brk {
			return false
		}
	}
	if !s.toks[k].upper {
		return false
	}
	// The closing quote, right after the name's last word, and the noun.
	for j := end; j < len(s.toks) && j-k <= 6; j++ {
		g := s.s[s.toks[j-1].be:s.toks[j].bs]
		if strings.HasPrefix(g, "\"") || strings.HasPrefix(g, "\u201d") {
			return j-k >= 2 && j-k > end-i && strings.TrimLeft(g, "\"\u201d") == " " && !s.toks[j].upper && s.in(j, quotedNameHeads)
		}
		if s.toks[j].brk || !s.titleWord(j) {
			return false
		}
	}
	return false
}

// quotedNameHeads after a quoted name make it the name of an event, a
// campaign or an act; quotedNameCues are the words one of which
// quotedEvent needs to report true.
var (
	quotedNameHeads = wordSet(`relay relays campaign campaigns decree decrees rally rallies march marches tour
		festival concert initiative movement slogan programme program project`)
	quotedNameCues = cueWords(``, quotedNameHeads)
)

// bareTitle reports whether a title without quotes after "titled" or
// "entitled" runs from the capitalised word at token k past the mention
// ending at token end: three to twelve words of titleWord, up to a
// colon, a comma, a full stop, a semicolon or the sentence's end.
func (s *scan) bareTitle(k, end int) bool {
	if !s.toks[k].upper {
		return false
	}
	j := end
	for j < len(s.toks) && j-k < 12 && !s.toks[j].brk && s.titleWord(j) {
		j++
	}
	if j-k < 3 || j-k >= 12 {
		return false
	}
	if j == len(s.toks) {
		return true
	}
	g := s.gap(j)
	return s.toks[j].brk && g != "" && strings.IndexByte(":,.;", g[0]) >= 0
}

// placeNameAfter reports whether up to three capitalised words from token
// end, after a country's name, end a place's name with a word of a
// building, a camp, a base or a street (namedAfterWords, militaryPlaces,
// "Base", "House"), where the name closes ("Jamaica Base", "Iraq Camp";
// not "Iraqi Police who").
func (s *scan) placeNameAfter(end int) bool {
	if s.allCaps() || s.titleCased() {
		return false
	}
	for k := end; k < end+3 && k < len(s.toks) && !s.toks[k].brk && s.toks[k].upper; k++ {
		if k+1 < len(s.toks) && !s.toks[k+1].brk && s.toks[k+1].upper {
			continue
		}
		w := s.key(k)
		return s.in(k, namedAfterWords) || s.in(k, militaryPlaces) || w == "base" || w == "house"
	}
	return false
}

// namingCues are the words one of which calledName needs to report true.
var namingCues = cueWords(``, namingWords)

// titleNouns, right before a title in quotes, name a piece of writing
// whose title it is ('an article "Rebels in Chile"'; seed 154), as a
// verb of naming does (calledName); writingCues are them as a cue group.
var (
	titleNouns  = wordSet(`article articles report column editorial essay book story`)
	writingCues = cueWords(``, titleNouns)
)

// titleWord reports whether token k may stand inside a quoted title:
// capitalised, a number, or a joining word of names and titles ("of",
// "the", "from", the possessive "s").
func (s *scan) titleWord(k int) bool {
	w := s.key(k)
	return s.toks[k].upper || w[0] >= '0' && w[0] <= '9' || s.in(k, titleJoins)
}

// titleJoins may stand in lower case inside a quoted title; the
// prepositions join a title's words ('an exhibition entitled "Letters
// from Iraq"'; seed 130).
var titleJoins = wordSet(`of the and for s from in to on at with by a an`)

// namingBefore reports whether token k, right before an opening quote, is
// a verb of naming ("called", "dubbed"), "as" after "known" or a verb of
// naming within four words of the clause ("tagged by the press as";
// seed 134), or "itself", "themselves", "himself" or "herself" after a
// form of "call" ('calls himself "Tom the Canadian"'; seed 138).
func (s *scan) namingBefore(k int) bool {
	if k < 0 {
		return false
	}
	if s.in(k, namingVerbs) {
		return true
	}
	if k == 0 || s.toks[k].brk {
		return false
	}
	switch s.key(k) {
	case "as":
		for j := k - 1; j >= 0 && j >= k-4 && !s.toks[j+1].brk; j-- {
			if s.key(j) == "known" || s.in(j, namingVerbs) {
				return true
			}
		}
	case "itself", "themselves", "himself", "herself":
		return s.in(k-1, namingVerbs)
	}
	return false
}

// namingVerbs give a name in quotes ("a group called "X"", "a tycoon
// billed as "X""); namingWords are them and the last words of "known as"
// and "calling itself" or "calls himself".
var (
	namingVerbs = wordSet(`called calling calls named dubbed nicknamed titled entitled renamed tagged billed
		styled labelled labeled branded touted`)
	namingWords = wordSet(`called calling calls named dubbed nicknamed titled entitled renamed tagged billed
		styled labelled labeled branded touted as itself themselves himself herself`)
)

// quotedName reports whether the words from token p to token end are all
// that a pair of quotes holds ("Building Australia" in quotes).
func (s *scan) quotedName(p, end int) bool {
	open := s.s[:s.toks[p].bs]
	if p > 0 {
		open = s.s[s.toks[p-1].be:s.toks[p].bs]
	}
	closing := s.s[s.toks[end-1].be:]
	if end < len(s.toks) {
		closing = s.s[s.toks[end-1].be:s.toks[end].bs]
	}
	return gapHas(open, "\"\u201c\u2018'") && gapHas(closing, "\"\u201d\u2019'")
}

// firmWords right before a country's name make it a firm's national arm
// ("Daiwa Securities America", "Mitsubishi Motors Australia").
var firmWords = wordSet(`securities holdings capital motors motor airways bank banking insurance investments
	partners group financial asset assets management ventures industries enterprises electronics foods
	pharmaceuticals brands`)

// broadcastWords joined by a hyphen to a country's name make a
// broadcaster's name ("Radio-Canada", "Télé-Québec").
var broadcastWords = wordSet(`radio tele tv television`)

// firmSuffixes right after a country's name end a firm's name ("SCE Taiwan
// Limited", "Daiwa Securities America Inc").
var firmSuffixes = wordSet(`inc incorporated corp corporation co ltd limited llc plc pty gmbh ag sa nv bv`)

// romanceOf join a name to a place in French, Spanish, Portuguese and
// Italian names ("Tour de France", "Banco do Brasil").
var romanceOf = wordSet(`de du des da do dos del della di`)

// nameRunWords in a capitalised run after a country's name make it
// another name: parties, movements, schools, societies, clubs, airlines,
// publications, a trade fair's pavilions, projects, firms, trade unions'
// councils and business leaders' forums ("US Weekly", "the Taiwan IT
// Solution Pavilion", "the New Zealand Council of Trade Unions", "the
// Australia New Zealand Leadership Forum", the rating agency "India
// Ratings"), a year's theme, an event ("the Canada Year of the
// Nurse"), and a station ("Jamaica Sta."; seeds 120-121).
// ("US Deputy Press Secretary" is an office, so "press" is not one.)
var nameRunWords = wordSet(otherNameKinds + ` post weekly today times magazine journal tribune gazette pavilion
	project inc incorporated corp co ltd limited llc plc company corporation federation union church churches
	assemblies diocese archdiocese ministries synod unions leadership ratings hospital hospitals clinic
	award awards excellence exhibition expo symposium advocates forum street avenue boulevard road square year
	station sta`)

// privateNameTails end the capitalised name of a private body, a
// publication or a product after a country's name and words that are not
// the state's (nameRunNotState).
var privateNameTails = wordSet(`organisation organization trust council network guide guides online directory
	directories handbook yearbook almanac`)

// publicRunWords, besides stateHeads, make a council after a country's
// name a public body ("the UK Medical Research Council").
var publicRunWords = wordSet(`research science sciences`)

// nameJoins join the capitalised words of one name ("Returned and Services'
// Association", "Assemblies of God").
var nameJoins = wordSet(`and of for`)

// nameKindAfterRun, in lower case right after a capitalised run that
// follows a country's name, make the run another name ("the Pakistan
// Tehreek-e-Insaf party").
var nameKindAfterRun = wordSet(otherNameKinds + ` post`)

// afterOfName reports whether "of" (or "of the") before token i follows a
// capitalised name with a word of ofNameWords: walking back over
// capitalised words and the connectors of names ("the Popular Front for the
// Liberation of Palestine", "the Church of England"), or a sea's word in
// any case ("the Sea of Japan", "the gulf of Guinea").
func (s *scan) afterOfName(i int) bool {
	k := i - 1
	if k >= 1 && s.key(k) == "the" && !s.toks[k].brk {
		k--
	}
	if k < 1 || s.key(k) != "of" || s.toks[k].brk || s.toks[k+1].brk {
		return false
	}
	for k--; k >= 0 && i-k <= 10; k-- {
		w := s.key(k)
		if !s.toks[k].upper {
			// "the gulf of Guinea": a sea's name written in lower case
			// (seed 134); "the south of France" in lower case is a part
			// of the country, and "the coast of Somalia" a place in it.
			if s.key(k+1) == "of" && (w == "gulf" || w == "sea" || w == "bay" || w == "strait" || w == "straits") {
				return true
			}
			if !s.in(k, nameConnectors) {
				return false
			}
		} else {
			if s.in(k, ofNameWords) && !(w == "bank" && k > 0 && s.in(k-1, centralBankWords)) {
				return true
			}
			// "the Law Council of Australia", "the Mental Health Council of
			// Australia": a council of a profession or a cause.
			if w == "council" && k > 0 && s.toks[k-1].upper && s.in(k-1, privateCouncils) {
				return true
			}
			// "the Maritime Union of Australia": a trade union (seed
			// 154); a union of states stays ("the State Union of Serbia
			// and Montenegro").
			if w == "union" && s.key(k+1) == "of" && k > 0 && s.toks[k-1].upper && !s.toks[k].brk && !stateUnion(s.key(k-1)) {
				return true
			}
			// "the South of France", "the Sea of Japan": a place, but only
			// right before "of" ("North Carolina of the United States").
			if s.in(k, placeOfWords) && s.key(k+1) == "of" {
				return true
			}
		}
		if s.toks[k].brk {
			return false
		}
	}
	return false
}

// stateUnion reports whether w, before "Union of", makes a union of
// states, not a trade union (afterOfName).
func stateUnion(w string) bool {
	switch w {
	case "state", "customs", "economic", "monetary", "federal", "political", "european", "african", "soviet", "eurasian":
		return true
	}
	return false
}

// titleCased reports whether nearly all words of the sentence are
// capitalised, short function words aside (a headline in title case), where
// capitals say nothing about names.
func (s *scan) titleCased() bool {
	if s.titleOK == 0 {
		s.titleOK = 1
		up, low := 0, 0
		for _, t := range s.toks {
			switch n := t.ne - t.ns; {
			case t.upper && n >= 2:
				up++
			case !t.upper && !t.allUp && n >= 4:
				low++
			}
		}
		if up >= 3 && low*6 < up {
			s.titleOK = 2
		}
	}
	return s.titleOK == 2
}

// opens reports whether token p opens the sentence or a clause set off by a
// quote, a bracket, a colon or a dash, where any word is capitalised.
func (s *scan) opens(p int) bool {
	if p == 0 {
		return true
	}
	if !s.toks[p].brk {
		return false
	}
	return gapHas(s.s[s.toks[p-1].be:s.toks[p].bs], "\"\u201c\u201d\u2018([:;.!?\u2013\u2014")
}

// sportGerunds are sports named by a gerund, which open the names of
// national sports bodies and channels ("Cycling Australia", "Racing UK").
var sportGerunds = wordSet(`racing cycling swimming rowing sailing boxing skiing bowling wrestling fencing diving
	surfing skating curling canoeing`)

// openingAdjectives are numbers, quantifiers and adjectives that open news
// sentences before a country's name, and verbs of chants against a state.
var openingAdjectives = wordSet(quantityWords + ` no more fewer top senior leading key major new recent
	fresh further later earlier soon direct think see please let perhaps maybe why how what boycott punish
	sanction condemn`)

// agencyWords name a state agency when they come right before its country
// ("Statistics Canada", "Environment Canada", "Royal New Zealand Navy",
// "Archives New Zealand", "Deputy US Secretary of State").
var agencyWords = wordSet(`statistics environment elections revenue affairs immigration health transport
	industry justice fisheries heritage service parks citizenship finance infrastructure agriculture tourism
	enterprise geoscience customs border defence defense royal islamic archives housing`)

// nameTitleWords are titles and offices that may stand right before a
// country's name ("Deputy US Secretary", "Assistant U.S. Attorney").
var nameTitleWords = wordSet(`deputy assistant acting vice senior chief then`)

// timeWords are capitalised days, months and times ("On Monday Russia
// said", "In October United States voters").
var timeWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april
	may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
	today yesterday tomorrow tonight`)

// sentenceWords are words capitalised only because they open a sentence or
// a clause, besides openingWords ("In Australia", "Although Iran").
var sentenceWords = wordSet(`in on at of for from to by if although though because since until unless
	whereas where both all other only even now currently recently
	previously presently meanwhile however yet so then also despite under over across against about
	within throughout without unlike like regarding citing given using quoting this that these those its
	their our his her is was were has have had will would can could should does did do not no once
	alongside after before during following besides beyond between among amid towards toward into upon via
	versus than why how what when which who whether just still here there again indeed instead nor or`)

// ofNameWords make "of <country>" part of another name: parties and
// movements, legislatures and courts, churches and their offices ("the
// Chief Rabbi of Israel", "the Grand Mufti of Egypt"), schools, societies,
// media, firms and places.
// privateCouncils before "Council of <country>" make it a profession's, a
// cause's or a faith's council, not the state's ("the Muslim Council of
// Britain"; seed 148).
var privateCouncils = wordSet(`law health research arts sports heritage refugee refugees muslim islamic hindu
	jewish christian catholic sikh buddhist interfaith`)

var ofNameWords = wordSet(`party parties movement front liberation resistance revolutionary democrats
	republicans socialists communists church diocese university universities college institute society
	association trust foundation museum school club parliament court courts senate congress assembly diet
	majlis house representatives deputies chamber order voice scientology orchestra festival airways airlines
	company corporation times post news radio television bank alliance rabbi rabbis rabbinate mufti patriarch
	patriarchate archbishop bishop primate mills breweries brewery cement holdings motors`)

// forNameWords make "<word> for <country>" a name: groups, campaigns,
// agencies and projects ("Teach for America", "Alliance for Sweden",
// "Democracy for America").
var forNameWords = wordSet(`report teach alliance transport campaign campaigns americans citizens coalition
	committee council partnership fund foundation agency commission institute center centre network
	organisation organization project initiative friends democracy`)

// placeOfWords right before "of <country>" make it a place ("the Sea of
// Japan", "the South of France").
var placeOfWords = wordSet(`sea gulf bay strait straits coast south north east west`)

// centralBankWords before "Bank of" make it the central bank ("the Central
// Bank of Iran", "the Reserve Bank of India"), which is the state.
var centralBankWords = wordSet(`central reserve people s national`)

// nameConnectors may stand between the capitalised words of one name ("the
// Popular Front for the Liberation of Palestine").
var nameConnectors = wordSet(`of for the`)

// stateEpithets before a country's name describe the state itself
// ("Communist China", "Nazi Germany", "Neighbouring Tajikistan").
var stateEpithets = wordSet(`communist nazi soviet imperial fascist neighbouring neighboring landlocked tiny
	small little mighty poor rich wealthy impoverished isolated secular democratic neutral resurgent`)

// dashJoin reports whether the gap between two words is a hyphen or a dash,
// with or without spaces ("India-Pakistan", "Sudan - Chad").
func dashJoin(gap string) bool {
	dash := false
	for _, r := range gap {
		switch r {
		case '-', '\u2010', '\u2011', '\u2013':
			dash = true
		case ' ', '\u00a0':
		default:
			return false
		}
	}
	return dash
}

// veteransOf reports whether the country name at tokens [i, end) names a
// war its veterans fought ("Vietnam veterans", "a veteran of Iraq"), an
// event, not the state.
// The state's ministers and departments for veterans keep it ("the UK
// veterans minister"); a veteran with a rank is a person ("a US veteran
// sergeant").
func (s *scan) veteransOf(i, end int) bool {
	vet := end < len(s.toks) && !s.toks[end].brk && s.in(end, veteranWords)
	// "US WWI veterans", "UK Gulf War veterans": a war's name between the
	// country and its veterans (seeds 120-121). A war the country names
	// ("a Vietnam War veteran") is a war's name, which counts (seed 57).
	if !vet && end+1 < len(s.toks) && s.in(end+1, warVeteranWords) && !s.toks[end].brk && !(s.toks[end].upper && (s.key(end) == "war" || s.key(end) == "wars")) {
		if v := s.warVeterans(end); v > end {
			end, vet = v, true
		}
	}
	// "a U.S. Army veteran", "a US Marine Corps veteran": a veteran of
	// the state's forces, a private person now (seed 140).
	if !vet {
		if v := s.servedVeteran(end); v > end {
			end, vet = v, true
		}
	}
	if vet {
		return s.veteranPerson(end)
	}
	// "a veteran of the U.S. Border Patrol", "a veteran of the US army",
	// "veterans of Israel's army": an institution or a force of the state,
	// not a war.
	if end < len(s.toks) && !s.toks[end].brk && (s.toks[end].upper || s.in(end, stateHeads) || s.key(end) == "s") {
		return false
	}
	k := i - 1
	if k >= 0 && !s.toks[k+1].brk && s.key(k) == "the" {
		k--
	}
	return k >= 1 && !s.toks[k+1].brk && !s.toks[k].brk && s.key(k) == "of" && s.in(k-1, veteranWords)
}

// veteranPerson reports whether the word of veteranWords at token v is a
// person, not a minister's or a department's portfolio ("the UK veterans
// minister", "veterans affairs"); a veteran with a rank is a person ("a
// US veteran sergeant").
func (s *scan) veteranPerson(v int) bool {
	if v+1 == len(s.toks) || s.toks[v+1].brk {
		return true
	}
	return !s.in(v+1, stateHeads) && s.key(v+1) != "affairs" || s.in(v+1, ranks)
}

// servedVeteran returns the token of a word of veteranWords that follows
// token k past a lower-case "war" or up to two words of the forces ("war
// veteran", "Army veteran", "Marine Corps veterans"; seed 140), or -1.
func (s *scan) servedVeteran(k int) int {
	for j := k; j < len(s.toks) && j < k+3 && !s.toks[j].brk; j++ {
		w := s.key(j)
		if j > k && s.in(j, veteranWords) {
			return j
		}
		if !s.in(j, forcesWords) && w != "corps" && !(j == k && (w == "war" || w == "wars") && !s.toks[j].upper) {
			return -1
		}
	}
	return -1
}

// veteranCues are the words one of which veteransOf needs to report
// true.
var veteranCues = cueWords(``, veteranWords, warVeteranWords)

// warVeterans returns the token of a word of veteranWords that follows,
// within four words from token k, a war's name: initials of a world war
// ("WWI", "WW2"), or capitalised words with "war" or "wars" ("World War
// II", "Gulf War", "war"); k when there is none.
func (s *scan) warVeterans(k int) int {
	war := false
	for j := k; j < len(s.toks) && j < k+5 && (j == k || !s.toks[j].brk); j++ {
		switch {
		case s.in(j, veteranWords):
			if war {
				return j
			}
			return k
		case s.in(j, warVeteranWords):
			war = true
		case war && s.in(j, nameSuffixes):
			// "World War II".
		case !s.toks[j].upper:
			return k
		}
	}
	return k
}

// warVeteranWords are a war's words, "war" and the initials of the world
// wars, and the veterans' (veteranWords), which warVeterans tells apart.
var warVeteranWords = wordSet(`war wars ww wwi wwii ww1 ww2 veteran veterans vet vets`)

// ranks are officers' ranks: "a US veteran sergeant" is a person.
var ranks = wordSet(officerRanks)

// veteranWords are the people who fought a war.
var veteranWords = wordSet(`veteran veterans vet vets`)

// fileName reports whether tokens [i, end) lie inside an image's file
// name: after "Image:" or "File:" and before the ".jpg", ".png" and the
// like that end it, with no "|" or other file name between ("Image:John
// Howard Impersonator.jpg", "Image:Iraq war protest jan27a.jpg").
func (s *scan) fileName(i, end int) bool {
	// "Image:" and "File:" need a colon, which most sentences lack.
	if strings.IndexByte(s.s, ':') < 0 {
		return false
	}
	open := false
	for k := i; k >= 0 && k > i-12; k-- {
		if k < i && (s.fileExt(k) || strings.ContainsRune(s.s[s.toks[k].be:s.toks[k+1].bs], '|')) {
			return false
		}
		if w := s.key(k); k < i && (w == "image" || w == "file") && s.s[s.toks[k].be] == ':' {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for k := end; k < len(s.toks) && k < end+12; k++ {
		if gapHas(s.s[s.toks[k-1].be:s.toks[k].bs], "|:") {
			return false
		}
		if s.fileExt(k) {
			return true
		}
	}
	return false
}

// fileCues are the words one of which fileName, seeReference,
// categoryTag or infoboxLabel needs to report true.
var fileCues = cueWords(`image file see category infobox`)

// categoryTag reports whether the country's name at token i follows
// "Category:" with no space: a wiki page's category tag ("Category:Peru";
// seed 170), page furniture, not the state. Only names are read so: a
// body's tag would leave a shorter alias inside it to match.
func (s *scan) categoryTag(i int) bool {
	return i > 0 && s.key(i-1) == "category" && s.s[s.toks[i-1].be:s.toks[i].bs] == ":"
}

// infoboxLabel reports whether "infobox", in any case, follows the
// country's name ending at token end: a wiki infobox's label ("Peru
// infobox"; seed 155), page furniture, not the state. Only names are read
// so, as by categoryTag.
func (s *scan) infoboxLabel(end int) bool {
	return end < len(s.toks) && !s.toks[end].brk && s.key(end) == "infobox"
}

// seeReference reports whether tokens [i, end) end a title that a
// bracket opened by "see" refers to, after a capitalised word and at most
// five more words ("(see Foreign relations of Peru)"; seed 168): the
// article's title, a cross-reference, not the state. A title that opens
// with a name ("(see Peru and Chile)") is left alone.
func (s *scan) seeReference(i, end int) bool {
	if i < 2 || strings.IndexAny(s.s, "([") < 0 {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		if s.toks[k+1].brk {
			return false
		}
		if s.key(k) == "see" {
			return k+1 < i && s.toks[k+1].upper && s.reach(k+1) == k+1 && gapHas(s.gap(k), "([")
		}
	}
	return false
}

// fileExt reports whether token k is an image file's extension right after
// a full stop.
func (s *scan) fileExt(k int) bool {
	return k > 0 && s.s[s.toks[k].bs-1] == '.' && s.in(k, imageExts)
}

// imageExts are the extensions of image files.
var imageExts = wordSet(`jpg jpeg png gif svg`)

// groupUnit reports whether the group's name at tokens [i, end), "G7" and
// the like, opens a firm's unit's capitalised name ("the head of G7 Market
// Economics at the broker", "G7 Markets research").
func (s *scan) groupUnit(i, end int) bool {
	w := s.key(i)
	return end-i == 1 && len(w) > 1 && w[0] == 'g' && digits(w[1:]) && end < len(s.toks) && !s.toks[end].brk && s.toks[end].upper &&
		s.in(end, groupUnitWords)
}

// groupUnitWords after "G7" name a firm's unit.
var groupUnitWords = wordSet(`market markets economics`)
