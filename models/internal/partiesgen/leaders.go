package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stance-news/stance/analysis/parties"
)

// The heads of state and government since 2000 come from leaders.csv in the
// gazetteer (Wikidata, CC0). Its noise is fixed by leaders.yaml beside this
// file: Portuguese labels, missing labels, titles the news uses for monarchs.

// leadersSince is the first day whose leaders the registry covers.
const leadersSince = "2000-01-01"

// spell is one row of leaders.csv: a person heading a state or government
// for one stretch of time.
type spell struct {
	iso2, role, person, qid, from, to string
	superseded                        bool // open end, but a later spell of the role follows
}

func readLeaders(path string) ([]spell, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for _, h := range []string{"iso2", "role", "person", "person_qid", "start_date", "end_date", "flag_open_end_superseded"} {
		if _, ok := col[h]; !ok {
			return nil, fmt.Errorf("%s: no column %q", path, h)
		}
	}
	var out []spell
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, spell{
			iso2: rec[col["iso2"]], role: rec[col["role"]], person: strings.TrimSpace(rec[col["person"]]),
			qid: rec[col["person_qid"]], from: rec[col["start_date"]], to: rec[col["end_date"]],
			superseded: rec[col["flag_open_end_superseded"]] == "1",
		})
	}
}

// leaderFixes is leaders.yaml: corrections to leaders.csv.
type leaderFixes struct {
	// Rename gives the English name (and the forms the news uses) of a
	// person whose CSV label is Portuguese, missing or wrong, keyed by the
	// CSV's person field.
	Rename map[string]leaderFix `yaml:"rename"`
	// Drop lists CSV person fields that are not a person who led the state
	// (councils, fictional or duplicate entries).
	Drop []string `yaml:"drop"`
}

// leaderFix is one correction of leaders.yaml.
type leaderFix struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases,flow"`
	// Only keeps the person for this party alone (a monarch of several
	// realms or territories).
	Only string `yaml:"only"`
	// Monarch: the name forms come from Aliases alone, never Mr or a bare
	// surname.
	Monarch bool `yaml:"monarch"`
	// Surname overrides the surname the news uses ("Zapatero", "Lula").
	Surname string `yaml:"surname"`
}

// csvLeader is one person with all their spells in one country.
type csvLeader struct {
	id, qid, name string
	fix           leaderFix
	terms         []term
}

// csvLeaders groups the spells that reach into 2000 or later by country and
// person, fixing names by fx. A person who leads several countries (the
// monarch of several realms, France's president as co-prince of Andorra)
// is kept only where fx says so. Countries outside members are skipped.
func csvLeaders(spells []spell, fx *leaderFixes, members map[string]bool) ([]csvLeader, error) {
	drop := map[string]bool{}
	for _, d := range fx.Drop {
		drop[d] = true
	}
	// An open spell followed by a later spell of the same role ends where
	// the next one starts.
	next := map[string][]string{} // iso2|role -> sorted starts
	for _, s := range spells {
		k := s.iso2 + "|" + s.role
		next[k] = append(next[k], s.from)
	}
	for _, v := range next {
		sort.Strings(v)
	}
	countries := map[string]map[string]bool{} // qid -> iso2s
	var kept []spell
	for _, s := range spells {
		if s.superseded && s.to == "" {
			for _, f := range next[s.iso2+"|"+s.role] {
				if f > s.from {
					s.to = f
					break
				}
			}
		}
		if s.to != "" && s.to < leadersSince || !members[s.iso2] || drop[s.person] {
			continue
		}
		if countries[s.qid] == nil {
			countries[s.qid] = map[string]bool{}
		}
		countries[s.qid][s.iso2] = true
		kept = append(kept, s)
	}
	byKey := map[string]*csvLeader{}
	var order, bad []string
	for _, s := range kept {
		f, fixed := fx.Rename[s.person]
		if fixed && f.Only != "" && f.Only != s.iso2 || !fixed && len(countries[s.qid]) > 1 {
			continue
		}
		if !fixed {
			if !plausibleName(s.person) {
				bad = appendNew(bad, fmt.Sprintf("%s %s %q", s.iso2, s.qid, s.person))
				continue
			}
			f = leaderFix{Name: s.person}
		}
		k := s.iso2 + "|" + s.qid
		l := byKey[k]
		if l == nil {
			l = &csvLeader{id: s.iso2, qid: s.qid, name: f.Name, fix: f}
			byKey[k] = l
			order = append(order, k)
		}
		role := "Head of state"
		if s.role == "head_of_government" {
			role = "Head of government"
		} else if monarchies[s.iso2] {
			l.fix.Monarch = true
		}
		l.terms = addTerm(l.terms, term{Role: role, From: s.from, To: s.to})
	}
	if len(bad) > 0 {
		return nil, fmt.Errorf("leaders.csv: %d names need a rename or a drop in leaders.yaml: %s", len(bad), strings.Join(bad, ", "))
	}
	out := make([]csvLeader, 0, len(order))
	for _, k := range order {
		out = append(out, *byKey[k])
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].id != out[j].id {
			return out[i].id < out[j].id
		}
		return out[i].terms[0].From < out[j].terms[0].From
	})
	return out, nil
}

// addTerm adds t to terms, merging it into a term of the same role that it
// overlaps or touches, and keeps terms sorted by start.
func addTerm(terms []term, t term) []term {
	for i, x := range terms {
		if x.Role == t.Role && (x.To == "" || t.From <= x.To) && (t.To == "" || x.From <= t.To) {
			if t.From < x.From {
				x.From = t.From
			}
			if x.To != "" && (t.To == "" || t.To > x.To) {
				x.To = t.To
			}
			terms[i] = x
			return terms
		}
	}
	terms = append(terms, t)
	sort.SliceStable(terms, func(i, j int) bool { return terms[i].From < terms[j].From })
	return terms
}

// plausibleName reports whether a CSV label looks like an English personal
// name: letters, spaces, hyphens, apostrophes and full stops, starting with
// a capital, at least two words, no Portuguese connective of a title.
func plausibleName(s string) bool {
	if strings.HasPrefix(s, "http") || strings.ContainsAny(s, ",()0123456789") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, w := range strings.Fields(s) {
		switch w {
		case "Papa", "Rei", "Rainha", "Príncipe", "Conselho":
			return false
		}
	}
	return len(strings.Fields(s)) >= 2
}

// monarchies lists the countries whose head of state is a monarch: their
// heads of state get the name and hand-written forms only.
var monarchies = map[string]bool{"AE": true, "BE": true, "BH": true, "BN": true, "BT": true, "DK": true, "ES": true,
	"GB": true, "JO": true, "JP": true, "KH": true, "KW": true, "LI": true, "LS": true, "LU": true, "MA": true,
	"MC": true, "MY": true, "NL": true, "NO": true, "OM": true, "QA": true, "SA": true, "SE": true, "SZ": true,
	"TH": true, "TO": true, "VA": true}

// familyFirst lists the countries whose leaders' names are written family
// name first in English news ("Hu Jintao" is Mr Hu).
// Vietnamese leaders are called by their last name, the given name ("Mr
// Dung"), as the default rule does; Singapore's by a rename.
var familyFirst = map[string]bool{"CN": true, "TW": true, "KP": true, "KR": true, "KH": true}

// givenNameUsed lists the countries whose leaders the news calls by their
// first name ("Mr Thaksin").
var givenNameUsed = map[string]bool{"TH": true}

// noSurname lists the countries whose names have no surname to cut out:
// Myanmar's, and those of the ruling families of Kuwait, Qatar and Bahrain,
// whose last name (Al-Sabah, Al Thani, Al Khalifa) every leader bears, so
// that it would merge different people of the leaders' list by their
// first initial and make forms ("Mr Al Thani") that name no one person.
var noSurname = map[string]bool{"MM": true, "KW": true, "QA": true, "BH": true}

// hispanic lists the countries where a name of three or more words ends in
// two surnames, both used ("López Obrador").
var hispanic = map[string]bool{"AR": true, "BO": true, "CL": true, "CO": true, "CR": true, "CU": true, "DO": true,
	"EC": true, "ES": true, "GQ": true, "GT": true, "HN": true, "MX": true, "NI": true, "PA": true, "PE": true,
	"PY": true, "SV": true, "UY": true, "VE": true}

// particles join a surname to the words before it ("de la Rúa", "van
// Rompuy").
var particles = map[string]bool{"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true,
	"la": true, "van": true, "von": true, "der": true, "den": true, "bin": true, "ibn": true, "al": true, "el": true,
	"le": true, "di": true, "ter": true}

// surnames returns the forms of a name the news uses after a title or on
// their own ("Sharon"; "al-Maliki" and "Maliki"; "de la Rúa"), most
// specific first; nil when the name has none.
func surnames(name, id string, given map[string]bool) []string {
	w := strings.Fields(name)
	for len(w) > 1 {
		last := strings.TrimSuffix(w[len(w)-1], ".")
		if last == "Jr" || last == "Sr" || isRoman(last) {
			w = w[:len(w)-1]
			continue
		}
		break
	}
	if len(w) < 2 || noSurname[id] {
		return nil
	}
	var sur string
	switch {
	case familyFirst[id]:
		sur = w[0]
	case givenNameUsed[id]:
		sur = w[0]
	case hispanic[id] && len(w) >= 3 && !particles[strings.ToLower(w[len(w)-2])] && !given[key(w[len(w)-2])]:
		// Two surnames: both, and the first alone ("Díaz-Canel").
		return []string{w[len(w)-2] + " " + w[len(w)-1], w[len(w)-2]}
	default:
		i := len(w) - 1
		for i > 1 && particles[strings.ToLower(w[i-1])] {
			i--
		}
		sur = strings.Join(w[i:], " ")
	}
	out := []string{sur}
	for _, p := range []string{"al-", "Al-", "el-", "El-", "al ", "Al ", "el ", "El "} {
		if rest, ok := strings.CutPrefix(sur, p); ok && rest != "" {
			out = append(out, rest)
		}
	}
	return out
}

// regnalTitle returns the title that opens a monarch's or pope's name or
// role ("King", "Grand Duke", "Crown Prince"; the words of main.go's
// regnal), or "" when it opens with none. Monarchs get no "Mr" or bare
// surname.
func regnalTitle(name string) string {
	w := strings.Fields(name)
	switch {
	case len(w) > 0 && regnal[w[0]]:
		return w[0]
	case len(w) > 1 && (w[0] == "Grand" || w[0] == "Crown") && regnal[w[1]]:
		return w[0] + " " + w[1]
	}
	return ""
}

func isRegnal(name string) bool { return regnalTitle(name) != "" }

// givenNames returns the first names of everyone in the CSV and the
// registry: a surname that is one is not used bare, and a Hispanic name
// whose second-to-last word is one has a single surname ("José María
// Aznar").
func givenNames(byID map[string]*party, hd *heads) map[string]bool {
	given := map[string]bool{}
	firstName := func(name string) {
		if w := strings.Fields(name); len(w) > 1 && !isRegnal(name) {
			given[key(w[0])] = true
		}
	}
	for _, s := range hd.spells {
		firstName(hd.csvName(s))
	}
	for _, p := range byID {
		for _, l := range p.Leaders {
			firstName(l.Name)
		}
	}
	return given
}

// csvName is the name of a CSV spell's person, as leaders.yaml renames it.
func (hd *heads) csvName(s spell) string {
	if f, ok := hd.fixes.Rename[s.person]; ok {
		return f.Name
	}
	return s.person
}

// addHeads adds the heads of state and government since 2000 from
// leaders.csv to the parties of byID, except people a party already lists
// (hand-written or from the factbook), whose terms it keeps. Then every
// leader who is not a monarch gets the surname forms of nameForms. What
// it adds is marked generated in gen, so that a conflict drops it.
func addHeads(byID map[string]*party, gen map[string]genSet, hd *heads) error {
	members := map[string]bool{}
	for id, p := range byID {
		if p.Kind == parties.KindCountry {
			members[id] = true
		}
	}
	cls, err := csvLeaders(hd.spells, hd.fixes, members)
	if err != nil {
		return err
	}
	given := givenNames(byID, hd)
	monarch := map[string]bool{} // id|name
	surOverride := map[string]string{}
	for _, cl := range cls {
		p := byID[cl.id]
		if i := findPerson(p, cl, gen[cl.id], given); i >= 0 {
			if gen[cl.id]["leader:"+p.Leaders[i].Name] { // from the factbook: the CSV has the earlier terms
				for _, t := range cl.terms {
					p.Leaders[i].Terms = addTerm(p.Leaders[i].Terms, t)
				}
				p.Leaders[i].Aliases = appendNew(p.Leaders[i].Aliases, cl.fix.Aliases...)
				if cl.fix.Monarch {
					monarch[cl.id+"|"+p.Leaders[i].Name] = true
				}
			}
			continue
		}
		p.Leaders = append(p.Leaders, leader{Name: cl.name, Aliases: cl.fix.Aliases, Terms: cl.terms})
		gen[cl.id]["leader:"+cl.name] = true
		if cl.fix.Monarch {
			monarch[cl.id+"|"+cl.name] = true
		}
		if cl.fix.Surname != "" {
			surOverride[cl.id+"|"+cl.name] = cl.fix.Surname
		}
	}
	// The ambiguity lists read every person of the CSV, in office since
	// 2000 or not, and every leader of the registry; a person is known by
	// their name.
	var people []personName
	for _, s := range hd.spells {
		name := hd.csvName(s)
		people = append(people, personName{person: umlautKey(name), surnames: surnames(name, s.iso2, given)})
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	// A leader of no_forms_for gets no form of their surname, so it does
	// not make the surname ambiguous for the others who bear it.
	noFormsFor := map[string]bool{}
	for _, n := range hd.noFormsFor {
		noFormsFor[key(n)] = true
	}
	surs := map[string][]string{} // id|name -> surnames
	for _, id := range ids {
		for _, l := range byID[id].Leaders {
			k := id + "|" + l.Name
			if o, ok := surOverride[k]; ok {
				surs[k] = []string{o}
			} else if byID[id].Kind != parties.KindOrganisation {
				surs[k] = surnames(l.Name, id, given)
			}
			if !noFormsFor[key(l.Name)] {
				people = append(people, personName{person: umlautKey(l.Name), surnames: surs[k]})
			}
		}
	}
	places := map[string]bool{}
	for _, p := range byID {
		for _, a := range concat(p.Names, p.Demonyms, p.Seats, p.Bodies) {
			places[key(a)] = true
		}
	}
	amb := newAmbiguity(hd.words, given, places, people)
	for _, s := range hd.notBare {
		amb.shared[key(s)] = true
	}
	noForms := map[string]bool{}
	for _, s := range hd.noSurnameForms {
		noForms[key(s)] = true
	}
	known := map[string]bool{} // every leader's name, to check no_forms_for
	for _, id := range ids {
		p := byID[id]
		for i := range p.Leaders {
			l := &p.Leaders[i]
			k := id + "|" + l.Name
			known[key(l.Name)] = true
			if monarch[k] || isRegnal(l.Name) || regnalTerms(l.Terms) || len(surs[k]) == 0 || noFormsFor[key(l.Name)] {
				continue
			}
			var own []string // the surnames that may carry a title or "Mr"
			for _, s := range surs[k] {
				if !noForms[key(s)] {
					own = append(own, s)
				}
			}
			for _, f := range nameForms(*l, id, own, amb) {
				l.Aliases = append(l.Aliases, f)
				gen[id]["alias:"+l.Name+"|"+f] = true
			}
		}
	}
	addDjForms(byID, gen, ids)
	for _, n := range hd.noFormsFor {
		if !known[key(n)] {
			return fmt.Errorf("no_forms_for: no leader named %q", n)
		}
	}
	return nil
}

// djCountries are the parties whose leaders' "Đ" English news writes
// "Dj" (Djukanovic, Djindjic); Vietnamese "Đ" is written "D".
var djCountries = map[string]bool{"RS": true, "ME": true, "HR": true, "BA": true, "MK": true, "SI": true}

// addDjForms adds the "Dj" spellings of djForms to the leaders of the
// parties ids, as generated aliases.
func addDjForms(byID map[string]*party, gen map[string]genSet, ids []string) {
	for _, id := range ids {
		for i := range byID[id].Leaders {
			l := &byID[id].Leaders[i]
			for _, f := range djForms(*l, id) {
				l.Aliases = append(l.Aliases, f)
				gen[id]["alias:"+l.Name+"|"+f] = true
			}
		}
	}
}

// djForms returns the "Dj" spellings of the name and aliases of leader l
// of party id that have "Đ" or "đ", for the South Slavic parties
// (djCountries): "Milo Đukanović" is "Milo Djukanovic" in English news,
// and the matcher folds "đ" to "d" only.
func djForms(l leader, id string) []string {
	if !djCountries[id] {
		return nil
	}
	have := map[string]bool{key(l.Name): true}
	for _, x := range l.Aliases {
		have[key(x)] = true
	}
	var out []string
	for _, s := range append([]string{l.Name}, l.Aliases...) {
		if !strings.ContainsAny(s, "Đđ") {
			continue
		}
		dj := strings.NewReplacer("Đ", "Dj", "đ", "dj").Replace(s)
		if k := key(dj); !have[k] {
			have[k] = true
			out = append(out, dj)
		}
	}
	return out
}

// regnalTerms reports whether a leader's terms are a monarch's ("King").
func regnalTerms(terms []term) bool {
	for _, t := range terms {
		if isRegnal(t.Role) {
			return true
		}
	}
	return false
}

// findPerson returns the index of the leader of p who is the person cl,
// or -1: the same name or alias (a monarch's with or without the title),
// or the same surname and first initial (umlauts spelt either way:
// "Schröder", "Schroeder"; the whole name where the family name comes
// first), or, for a leader from the factbook still in office, a shared
// surname word ("Pedro Sánchez", "Pedro Sanchez Perez-Castejon").
func findPerson(p *party, cl csvLeader, g genSet, given map[string]bool) int {
	names := map[string]bool{}
	for _, n := range append([]string{cl.name}, cl.fix.Aliases...) {
		names[umlautKey(n)] = true
		names[umlautKey(stripRegnal(n))] = true
	}
	var surs []string
	if !cl.fix.Monarch && !familyFirst[cl.id] {
		surs = surnames(cl.name, cl.id, given)
		if cl.fix.Surname != "" {
			surs = []string{cl.fix.Surname}
		}
	}
	open := cl.terms[len(cl.terms)-1].To == ""
	for i, l := range p.Leaders {
		for _, n := range append([]string{l.Name}, l.Aliases...) {
			if names[umlautKey(n)] || names[umlautKey(stripRegnal(n))] {
				return i
			}
		}
		lsurs := surnames(l.Name, p.ID, given)
		for _, s := range surs {
			for _, ls := range lsurs {
				if umlautKey(s) == umlautKey(ls) && sameFirstName(cl.name, l.Name) {
					return i
				}
			}
		}
		if open && g["leader:"+l.Name] && l.Terms[len(l.Terms)-1].To == "" {
			words := map[string]bool{}
			for _, w := range strings.Fields(umlautKey(l.Name))[1:] {
				words[w] = len(w) >= 4
			}
			for _, s := range surs {
				for _, w := range strings.Fields(umlautKey(s)) {
					if words[w] {
						return i
					}
				}
			}
		}
	}
	return -1
}

// stripRegnal removes a monarch's title: "King Harald V" -> "Harald V".
func stripRegnal(name string) string {
	if t := regnalTitle(name); t != "" {
		return strings.TrimSpace(strings.TrimPrefix(name, t))
	}
	return name
}

// sameFirstName reports whether two names of one surname may be one
// person's: their first words are the same, or one is an initial of the
// other ("G. W. Bush", "George W. Bush"), or one begins the other
// ("Abdel", "Abdelaziz"); not two given names that share an initial
// ("Modibo Sidibé", "Mandé Sidibé").
func sameFirstName(a, b string) bool {
	fa, fb := firstWord(a), firstWord(b)
	if fa == "" || fb == "" {
		return false
	}
	if len([]rune(fa)) == 1 || len([]rune(fb)) == 1 {
		return initial(a) == initial(b)
	}
	return strings.HasPrefix(fa, fb) || strings.HasPrefix(fb, fa)
}

// firstWord is the first word of name, compared as umlautKey does, without
// a trailing full stop.
func firstWord(name string) string {
	w := strings.Fields(umlautKey(name))
	if len(w) == 0 {
		return ""
	}
	return strings.TrimSuffix(w[0], ".")
}

func initial(name string) string {
	for _, r := range key(name) {
		return string(r)
	}
	return ""
}

// umlautKey is key with German umlauts spelt out, so that "Schröder" and
// "Schroeder" compare equal.
func umlautKey(s string) string {
	return key(strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue").Replace(s))
}
