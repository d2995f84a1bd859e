package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
)

// The forms of a leader's name that the news uses besides the full name:
// a title or honorific before the surname ("Mr Sharon", "President Castro",
// "Chancellor Schroeder"), and the bare surname where it is unambiguous.

// wordStats counts, over a news corpus, how often each word appears in
// lower case: a surname that is also a common word ("Brown", "Rice",
// "Bush") is not used bare.
type wordStats struct {
	lower map[string]int
}

// readWordStats counts the lower-case words of the Wikinews pool texts and
// the NewsMTSC train sentences under dataDir.
func readWordStats(dataDir string) (*wordStats, error) {
	ws := &wordStats{lower: map[string]int{}}
	for _, src := range []struct{ path, field string }{
		{dataDir + "/news-pool/wikinews.jsonl", "text"},
		{dataDir + "/newsmtsc/train.jsonl", "sentence_normalized"},
	} {
		f, err := os.Open(src.path)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var doc map[string]any
			if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s: %w", src.path, err)
			}
			text, _ := doc[src.field].(string)
			for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if r := []rune(w); unicode.IsLower(r[0]) {
					ws.lower[w]++
				}
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", src.path, err)
		}
	}
	return ws, nil
}

// honorifics precede any leader's surname; the matcher also reads them
// with a full stop ("Mr. Sharon").
var honorifics = []string{"Mr", "Mrs", "Ms"}

// headTitles are the titles before the surname of a head of government,
// by country where it is not "Prime Minister".
var headTitles = map[string][]string{"AT": {"Chancellor"}, "DE": {"Chancellor"}, "IE": {"Taoiseach"}}

// titlesFor returns the titles that go before the surname of a leader
// holding the terms' roles.
func titlesFor(id string, terms []term) []string {
	var out []string
	for _, t := range terms {
		r := strings.ToLower(t.Role)
		switch {
		case strings.HasPrefix(r, "head of government"), strings.HasPrefix(r, "prime minister"), strings.HasPrefix(r, "premier"),
			strings.HasPrefix(r, "taoiseach"):
			if ts, ok := headTitles[id]; ok {
				out = appendNew(out, ts...)
			} else {
				out = appendNew(out, "Prime Minister", "Premier")
			}
		case strings.HasPrefix(r, "head of state"), strings.HasPrefix(r, "president"):
			out = appendNew(out, "President")
		case strings.HasPrefix(r, "chancellor"):
			out = appendNew(out, "Chancellor")
		case strings.HasPrefix(r, "secretary of"):
			// "Secretary Gates", "Secretary Rice": the US cabinet.
			out = appendNew(out, "Secretary")
		}
	}
	return out
}

// ambiguity decides whether a surname may stand alone.
type ambiguity struct {
	words *wordStats
	// given holds first names of the leaders (a surname that is someone's
	// first name, "Abbas", "Hassan", is not used bare).
	given map[string]bool
	// shared holds surnames of several people in the leaders' data.
	shared map[string]bool
	// places holds the registry's other aliases: names, demonyms, seats
	// and bodies ("Muscat" is Oman's capital before it is Malta's prime
	// minister).
	places map[string]bool
}

// bareOK reports whether sur, on its own, names one person in the news.
func (a *ambiguity) bareOK(sur string) bool {
	if strings.Contains(sur, " ") {
		return !a.shared[key(sur)] && !a.places[key(sur)] // "López Obrador"
	}
	if len([]rune(sur)) < 4 || a.given[key(sur)] || a.shared[key(sur)] || a.places[key(sur)] {
		return false
	}
	return a.words.lower[strings.ToLower(sur)] < 2
}

// newAmbiguity builds the ambiguity lists from the first names and the
// people the registry's leaders are drawn from.
func newAmbiguity(ws *wordStats, given, places map[string]bool, people []personName) *ambiguity {
	a := &ambiguity{words: ws, given: given, shared: map[string]bool{}, places: places}
	owner := map[string]string{}
	for _, p := range people {
		for _, s := range p.surnames {
			k := key(s)
			if o, ok := owner[k]; ok && o != p.person {
				a.shared[k] = true
			}
			owner[k] = p.person
		}
	}
	return a
}

// personName is one person's surnames, for the ambiguity lists.
type personName struct {
	person   string // the person's identity: their name, normalised
	surnames []string
}

// nameForms returns the generated aliases of leader l of party id: titles
// and honorifics before each surname, and the bare surname where a allows.
// Existing names and aliases are not repeated.
func nameForms(l leader, id string, surs []string, a *ambiguity) []string {
	have := map[string]bool{key(l.Name): true}
	for _, x := range l.Aliases {
		have[key(x)] = true
	}
	var out []string
	add := func(s string) {
		if k := key(s); !have[k] {
			have[k] = true
			out = append(out, s)
		}
	}
	titles := titlesFor(id, l.Terms)
	first := strings.Fields(l.Name + " x")[0]
	man := menGiven[first] || menGiven[strings.SplitN(first, "-", 2)[0]]
	for _, sur := range surs {
		for _, h := range honorifics {
			// "Mrs Bush", "Ms Mubarak": a man's wife, not the man. A woman's
			// "Mr" form is made too, to clash with other leaders' (her
			// husband, or a namesake, may be "Mr X" in her years), and
			// removed after (dropWomenMr).
			if man && h != "Mr" {
				continue
			}
			add(h + " " + sur)
		}
		for _, t := range titles {
			add(t + " " + sur)
		}
		if a.bareOK(sur) {
			add(sur)
		}
	}
	return out
}

// isWoman reports whether a leader's given name is one that only women
// bear among the leaders (womenGiven).
func isWoman(name string) bool {
	first := strings.Fields(name + " x")[0]
	return womenGiven[first] || womenGiven[strings.SplitN(first, "-", 2)[0]]
}

// dropWomenMr removes the generated "Mr" forms of women leaders, after
// dropConflicts has let them clash with other leaders' forms: "Mr" before
// such a leader's surname names a man ("Mr Clark" in Helen Clark's years;
// seeds 120-121), and in her years it is unclear which, so no other leader gets
// the form either (as before).
func dropWomenMr(byID map[string]*party, gen map[string]genSet) {
	for id, p := range byID {
		for i := range p.Leaders {
			l := &p.Leaders[i]
			if !isWoman(l.Name) {
				continue
			}
			l.Aliases = slices.DeleteFunc(l.Aliases, func(a string) bool {
				return strings.HasPrefix(a, "Mr ") && gen[id]["alias:"+l.Name+"|"+a]
			})
			if len(l.Aliases) == 0 {
				l.Aliases = nil
			}
		}
	}
}

// womenGiven are given names that only women bear among the leaders: "Mr"
// before such a leader's surname names a man, so that form is removed for
// her (dropWomenMr). Names that men bear too in some language or country
// (Jean, Joan, Hilary, Dana, Mari, Andrea, Rosie) are left out.
var womenGiven = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Helen Angela Theresa Margaret Julia Hillary Condoleezza Madeleine Ellen Gloria
		Michelle Cristina Dilma Yulia Benazir Tarja Mary Maria María Christine Catherine Ruth Penny Nicola Linda
		Julie Judith Jennifer Brigitte Ursula Susan Rose Rachel Patricia Nkosazana Nikki Natalia Michèle Louise
		Liz Lisa Kaja Janet Hilda Gina Federica Emma Dalia Claudia Anne Ana Yvette Yuriko Yoriko Yoko Yingluck
		Viorica Victoria Vanessa Vaira Vassiliki Tzipi Tanya Sylvie Sylvia Sushma Susie Suella Stephanie Sophie
		Smriti Simonetta Sirimavo Sherry Shabana Sanna Sandra Samia Samantha Salome Sally Sarah Sara Roza
		Roberta Radmila Priti Portia Pratibha Paula Pam Patty Natalie Nancy Naomi Nadia Najla Myriam Monique Mona
		Micheline Michaëlle Mette Megawati Maya Marta Marjorie Marise Marie Margarita Manuela Mamata Magdalena
		Lynne Loretta Lindiwe Lena Leona Laura Kristalina Kirstjen Kersti Kathleen Katherine Katalin Karen Kamla
		Kamala Justine Joyce Jóhanna Jeanine Jane Jadranka Jacqui Jacinda Isabelle Iveta Ingrida Inga Iris Helle
		Helena Heather Halla Halimah Giorgia Gillian Ginette Gro Francesca Frances Florence Ewa Evika Eveline
		Esther Estelle Erna Erica Elvira Eliza Elisabetta Elisabeth Élisabeth Elena Elaine Doris Diane Denise
		Delcy Chrystia Cecilia Caroline Bridget Betsy Benita Beata Barbara Ayesha Ayelet Atifete Annette Anneli
		Annegret Anne-Marie Annalena Anna Ann Anita Amy Amber Amanda Alenka Allison Alicia Adrienne Adele Zuzana
		Zinaida Vjosa Kolinda Maia Mia Khaleda Chandrika Droupadi Hina Marriyum Nirmala Meenakshi Preneet Harini
		Ngozi Naledi Thandi Nosiviwe Ameenah Kemi Kristrún Katrín Margrethe Thérèse Teresa
		Jutta Karin Karine Karoline Kristi Brooke Lori Marcia Tulsi Laimdota Paula-Mae`) {
		m[w] = true
	}
	return m
}()

// menGiven are given names that only men bear among the leaders: "Mrs"
// and "Ms" before such a leader's surname name his wife ("Mrs Bush"
// is Laura Bush), so those forms are not generated for him. Names that
// are also surnames or women's names elsewhere (Kim, Lee, Jean in
// English) are left out.
var menGiven = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`John David Mohamed Peter Robert Michael Ahmed José Ali Mark James Paul
		George Mohammed Joseph Carlos Abdul Jim Charles Pedro Muhammad Michel Pierre Mohammad Luis Mike
		Dan Chris Andrew Viktor Stephen Simon Omar Miguel Martin Manuel Ibrahim Christian William Tony Tom
		Steven Pascal Mahmoud Jorge Joe Hassan Francisco Fernando Donald Denis Daniel Bill Antonio Alan
		Abdullah Zoran Rodrigo Ricardo Philip Patrick Mario Karl Igor Giorgi Christopher Bob Bernard Albert
		Youssef Volodymyr Richard Phil Pete Mirko Mikhail Marc Lawrence Laurent Khalifa Kamal Juan Josep
		Jack Ismail Guido Gordon Eduardo Dragan Boris Anthony Andrej Amadou Alessandro Alejandro Alberto
		Alain Ahmad Zlatko Yahya Xavier Vladimir Valdis Tommy Thomas Steve Sergei Sean Scott Salman Ron
		Roberto Petr Nikolai Nick Moussa Moshe Barack Nicolas Silvio Hosni Jacques Gerhard Junichiro Shinzo
		Ehud Ariel Benjamin Recep Hamid Pervez Nawaz Manmohan Narendra Atal Kevin Malcolm Scott Julius
		Thabo Jacob Cyril Nelson Olusegun Goodluck Muammar Bashar Saddam Nouri Hugo Evo Rafael Luiz
		Emmanuel François Francois Dmitry Dmitri Vladimir Alexander Aleksandr Mikheil Viktor Leonid
		Mahathir Najib Joko Susilo Lula Fidel Raúl Raul Enrique Felipe Mauricio Sebastián Sebastian
		Jens Anders Lars Mark Stefan Matteo Romano Giuseppe Mariano Pedro Kostas Alexis Kyriakos Jean-Claude
		Jean-Pierre Jean-Marc Jean-Yves Yoweri Paul Robert Uhuru Abiy Meles Isaias Omar Ashraf Hamid`) {
		m[w] = true
	}
	return m
}()
