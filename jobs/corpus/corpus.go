// Package corpus generates synthetic news articles in stance's input formats,
// for benchmarks and crash tests. Articles come from templates of our own over
// party names, loaded verbs and a large invented vocabulary, so they exercise
// every stage without any outside text; the same seed gives the same files.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

var (
	actors = []string{"India", "New Delhi", "the United States", "Washington", "the White House", "Russia",
		"Moscow", "the Kremlin", "China", "Beijing", "Pakistan", "Islamabad", "the European Union", "Brussels",
		"NATO", "Japan", "Tokyo", "Bangladesh", "Dhaka", "Nepal", "Sri Lanka", "Ukraine", "Kyiv", "Iran",
		"Tehran", "Israel", "Saudi Arabia", "Riyadh", "France", "Paris", "Germany", "Berlin", "Britain",
		"London", "Brazil", "South Africa", "Australia", "Canberra", "Turkey", "Ankara", "the UN", "the IMF",
		"the State Department", "the Ministry of External Affairs", "Indonesia", "Vietnam", "Egypt", "Qatar"}
	demonyms = []string{"Indian", "American", "Russian", "Chinese", "Pakistani", "European", "Japanese",
		"Ukrainian", "Iranian", "Israeli", "French", "German", "British", "Brazilian", "Turkish"}
	posVerbs = []string{"praised", "thanked", "welcomed", "backed", "supported", "congratulated", "hailed", "reassured"}
	negVerbs = []string{"criticised", "condemned", "accused", "warned", "sanctioned", "threatened", "rebuked", "blamed"}
	neuVerbs = []string{"met", "called", "hosted", "visited", "briefed", "wrote to", "received", "consulted"}
	posNouns = []string{"partnership", "friendship", "cooperation", "ties", "trust", "support", "aid", "investment"}
	negNouns = []string{"pressure", "threats", "aggression", "coercion", "sanctions", "interference", "tension", "hostility"}
	topics   = []string{"trade", "energy", "defence", "climate", "shipping", "technology", "fertiliser", "wheat",
		"semiconductors", "border management", "visas", "tourism", "rail links", "payments", "fisheries"}
	months     = []string{"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
	syllables  = []string{"ka", "ro", "mi", "tel", "an", "vor", "shi", "pa", "lun", "de", "zen", "qua", "bri", "os", "ter", "nal", "gu", "fe", "yam", "ix"}
	connectors = []string{"Meanwhile,", "Separately,", "On Monday,", "Earlier this week,", "According to officials,", "In a statement,", "Later,"}
)

type gen struct {
	r     *rand.Rand
	vocab []string
}

func newGen(seed uint64) *gen {
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	seen := map[string]bool{}
	for len(g.vocab) < 20000 {
		n := 2 + g.r.IntN(4)
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(syllables[g.r.IntN(len(syllables))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			g.vocab = append(g.vocab, w)
		}
	}
	return g
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *gen) words(n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.vocab[g.r.IntN(len(g.vocab))]
	}
	return strings.Join(ws, " ")
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (g *gen) sentence() string {
	a, b := g.pick(actors), g.pick(actors)
	switch g.r.IntN(9) {
	case 0:
		return fmt.Sprintf("%s %s %s over its %s policy.", capitalise(a), g.pick(negVerbs), b, g.pick(topics))
	case 1:
		return fmt.Sprintf("%s %s %s for its %s on %s.", capitalise(a), g.pick(posVerbs), b, g.pick(posNouns), g.pick(topics))
	case 2:
		return fmt.Sprintf("%s will keep strengthening its %s with %s, whatever the %s from %s.", capitalise(a), g.pick(posNouns), b, g.pick(negNouns), g.pick(actors))
	case 3:
		return fmt.Sprintf("%s officials %s their counterparts in %s to discuss %s and %s.", g.pick(demonyms), g.pick(neuVerbs), b, g.pick(topics), g.words(2))
	case 4:
		return fmt.Sprintf("\"We will not accept %s from %s,\" a spokesperson said, adding that %s %s.", g.pick(negNouns), a, g.words(3), g.words(2))
	case 5:
		return fmt.Sprintf("The deal, worth $%d.%d billion, runs until %s %d and covers %s.", 1+g.r.IntN(90), g.r.IntN(10), g.pick(months), 1+g.r.IntN(28), g.words(4))
	case 6:
		return fmt.Sprintf("%s %s the %s, despite %s from %s.", capitalise(a), g.pick(neuVerbs), g.words(2), g.pick(negNouns), b)
	case 7:
		return fmt.Sprintf("%s Analysts said %s had %s %s.", g.pick(connectors), a, g.pick(negVerbs), g.words(3))
	default:
		return fmt.Sprintf("%s %s %s.", capitalise(g.words(3)), g.pick(neuVerbs), g.words(4+g.r.IntN(8)))
	}
}

func (g *gen) article() string {
	var b strings.Builder
	b.WriteString(capitalise(g.words(2)) + " " + g.pick(actors) + " and " + g.pick(actors) + " " + g.pick(topics) + " talks\n\n")
	paras := 3 + g.r.IntN(6)
	for p := 0; p < paras; p++ {
		n := 2 + g.r.IntN(5)
		for s := 0; s < n; s++ {
			if s > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(g.sentence())
		}
		b.WriteString("\n\n")
	}
	return strings.TrimSpace(b.String())
}

// Options controls Write.
type Options struct {
	Bytes   int64     // article text to write, in bytes
	Days    int       // consecutive dates, starting at Start
	Start   time.Time // first date
	Seed    uint64
	PerFile int // articles per file; above 1 writes JSONL files
}

// Write generates a corpus under dir: one directory per date holding text
// files (or JSONL files with PerFile > 1). The same options give the same
// files.
func Write(dir string, o Options) error {
	if o.Days <= 0 {
		o.Days = 1
	}
	return newGen(o.Seed).write(dir, o.Bytes, o.Start, o.Days, o.PerFile)
}

func (g *gen) write(out string, budget int64, first time.Time, days, perFile int) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var written int64
	for i := 0; written < budget; i++ {
		date := first.AddDate(0, 0, i%days).Format("2006-01-02")
		dir := filepath.Join(out, date)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		if perFile <= 1 {
			text := g.article()
			written += int64(len(text))
			path := filepath.Join(dir, fmt.Sprintf("gen-%07d.txt", i))
			if err := os.WriteFile(path, []byte("date "+date+"\n"+text+"\n"), 0o644); err != nil {
				return err
			}
			continue
		}
		var b strings.Builder
		for j := 0; j < perFile && written < budget; j++ {
			text := g.article()
			written += int64(len(text))
			fmt.Fprintf(&b, "{\"id\":\"gen-%07d-%04d\",\"date\":%q,\"text\":%q}\n", i, j, date, text)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("gen-%07d.jsonl", i)), []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	return nil
}
