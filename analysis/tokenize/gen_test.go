package tokenize

import (
	"math/rand/v2"
	"strings"
)

// sentenceGen makes seeded, news-like sentences for differential and
// benchmark runs: mixed case, punctuation, digits, very long words, and (when
// unicode is set) curly quotes, dashes, accents, CJK and emoji.
type sentenceGen struct {
	r       *rand.Rand
	unicode bool
	b       strings.Builder
}

func newSentenceGen(seed uint64, unicode bool) *sentenceGen {
	return &sentenceGen{r: rand.New(rand.NewPCG(seed, 0x5eed)), unicode: unicode}
}

var genWords = []string{
	"the", "minister", "said", "talks", "with", "Moscow", "Washington", "Beijing",
	"New", "Delhi", "ceasefire", "sanctions", "unaffable", "counterterrorism",
	"bilateral", "relations", "NATO", "EU", "UN", "BRICS", "U.S.", "spokesperson",
	"Kremlin", "White", "House", "South", "Block", "on", "Monday", "reported",
	"deteriorated", "unprecedented", "geopolitical", "India's", "China's", "isn't",
	"e-mail", "well-known", "co-operation", "Xinhua", "Reuters", "PTI", "a", "of",
	"in", "and", "to", "was", "were", "by", "about", "transshipment", "zzyzx",
	"qwrtpsdfg", "hyperglobalisation", "MoU", "iPhone", "COVID-19", "G20", "5G",
}

var genPunct = []string{".", ",", ";", ":", "!", "?", "(", ")", "\"", "'", "-", "--", "/", "%", "$", "&", "#", "@", "[", "]", "*", "+", "=", "<", ">", "_", "`", "~", "^", "|", "{", "}", "\\"}

var genUnicode = []string{"“", "”", "‘", "’", "—", "–", "…", "é", "Genève", "São", "Erdoğan", "naïve", "北京", "东京", "서울", "🎉", "👍🏽", "€", "£", "°", "ﬁne", "Straße", "İzmir", "\u00a0", "\u00ad", "\u200b"}

func (g *sentenceGen) word() string {
	r := g.r
	switch k := r.IntN(100); {
	case k < 55:
		w := genWords[r.IntN(len(genWords))]
		switch r.IntN(6) {
		case 0:
			return strings.ToUpper(w)
		case 1:
			return strings.ToUpper(w[:1]) + w[1:]
		}
		return w
	case k < 65:
		return genPunct[r.IntN(len(genPunct))]
	case k < 75:
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteByte(byte('0' + r.IntN(10)))
			if r.IntN(5) == 0 {
				b.WriteByte(".,"[r.IntN(2)])
			}
		}
		return b.String()
	case k < 78:
		// long letter runs around the 100-character WordPiece limit
		n := 95 + r.IntN(12)
		var b strings.Builder
		for range n {
			b.WriteByte(byte('a' + r.IntN(26)))
		}
		return b.String()
	case k < 88:
		// random letters, mixed case
		var b strings.Builder
		for range 1 + r.IntN(12) {
			c := byte('a' + r.IntN(26))
			if r.IntN(4) == 0 {
				c -= 'a' - 'A'
			}
			b.WriteByte(c)
		}
		return b.String()
	case k < 92 && g.unicode:
		return genUnicode[r.IntN(len(genUnicode))]
	default:
		// a word glued to punctuation
		return genWords[r.IntN(len(genWords))] + genPunct[r.IntN(len(genPunct))] + genWords[r.IntN(len(genWords))]
	}
}

func (g *sentenceGen) sentence() string {
	g.b.Reset()
	n := 1 + g.r.IntN(30)
	for i := range n {
		if i > 0 {
			switch g.r.IntN(20) {
			case 0: // glued
			case 1:
				g.b.WriteString("  ")
			case 2:
				g.b.WriteByte("\t\n\r"[g.r.IntN(3)])
			default:
				g.b.WriteByte(' ')
			}
		}
		g.b.WriteString(g.word())
	}
	return g.b.String()
}
