package daily

import (
	"fmt"
	"hash/fnv"
	"sort"

	"github.com/stance-news/stance/analysis/pipeline"
)

// MinConfident is the top class probability from which a mention counts
// as confident (party_daily.n_confident): above it the model was right
// three times in four on real news, below it about half the time.
const MinConfident = 0.6

// Day accumulates one date's mentions, party by party: the figures of the
// party_daily table.
type Day struct {
	parties map[string]*partyDay
}

type partyDay struct {
	articles, sentences, mentions int
	lastArticle                   string
	lastSentence                  int
	stanceSum                     float64
	labels                        [3]int // negative, neutral, positive
	confident                     int
	// perArticle holds each article's stance sum and mentions, for the
	// interval of the day's mean.
	perArticle []Article
}

// NewDay returns an empty day.
func NewDay() *Day { return &Day{parties: map[string]*partyDay{}} }

// Add counts one mention of article's sentence; mentions arrive sorted by
// article and sentence.
func (d *Day) Add(article string, sentence int, m pipeline.Mention) {
	p := d.parties[m.Party]
	if p == nil {
		p = &partyDay{lastSentence: -1}
		d.parties[m.Party] = p
	}
	if p.lastArticle != article {
		p.articles++
		p.sentences++
		p.lastArticle, p.lastSentence = article, sentence
		p.perArticle = append(p.perArticle, Article{})
	} else if p.lastSentence != sentence {
		p.sentences++
		p.lastSentence = sentence
	}
	p.mentions++
	p.stanceSum += float64(m.Stance)
	cur := &p.perArticle[len(p.perArticle)-1]
	cur.Sum += float64(m.Stance)
	cur.N++
	if max(m.PNegative, m.PNeutral, m.PPositive) >= MinConfident {
		p.confident++
	}
	switch m.Label {
	case "negative":
		p.labels[0]++
	case "neutral":
		p.labels[1]++
	case "positive":
		p.labels[2]++
	}
}

// Mentions counts the day's mentions of each party.
func (d *Day) Mentions() map[string]int {
	m := make(map[string]int, len(d.parties))
	for id, p := range d.parties {
		m[id] = p.mentions
	}
	return m
}

// Row is one party's figures for the day.
type Row struct {
	Party                         string
	Articles, Sentences, Mentions int
	// MeanStance is the mean stance over mentions; Share the share of
	// mentions labelled negative, neutral and positive.
	MeanStance float32
	Share      [3]float32
	// Confident counts the mentions whose top class probability is at
	// least MinConfident.
	Confident int
	// CILow and CIHigh bound the 95% interval of MeanStance (Interval),
	// when HasCI: the day has two articles or more on the party.
	CILow, CIHigh float32
	HasCI         bool
}

// Rows returns one row per party, sorted by party id. day (days since
// 1970-01-01) seeds each party's interval, so that reruns of a date give
// the same bounds.
func (d *Day) Rows(day int32) []Row {
	ids := make([]string, 0, len(d.parties))
	for id := range d.parties {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	rows := make([]Row, 0, len(ids))
	for _, id := range ids {
		p := d.parties[id]
		n := float64(p.mentions)
		r := Row{Party: id, Articles: p.articles, Sentences: p.sentences, Mentions: p.mentions,
			MeanStance: float32(p.stanceSum / n), Confident: p.confident}
		for c := range r.Share {
			r.Share[c] = float32(float64(p.labels[c]) / n)
		}
		if lo, hi, ok := Interval(p.perArticle, IntervalSeed(day, id)); ok {
			r.CILow, r.CIHigh, r.HasCI = float32(lo), float32(hi), true
		}
		rows = append(rows, r)
	}
	return rows
}

// IntervalSeed is the bootstrap seed of one party's day: fixed by the date
// (days since 1970-01-01) and the party.
func IntervalSeed(day int32, party string) uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d/%s", day, party)
	return h.Sum64()
}
