package pipeline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stance-news/stance/analysis/pipeline"
	"github.com/stance-news/stance/models/modelset"
)

func load(t *testing.T) *pipeline.Pipeline {
	t.Helper()
	m, err := modelset.Default()
	if err != nil {
		t.Fatal(err)
	}
	return m.Pipeline
}

func TestAnalyze(t *testing.T) {
	p := load(t)
	day := time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name      string
		text      string
		sentences int
		// parties per sentence, in mention order
		parties [][]string
		labels  map[string]string // party -> stance label, where it is clear
	}{
		{
			name:      "friend and pressure in one sentence",
			text:      "India will keep strengthening its long partnership with Russia, whatever the pressure from Washington.",
			sentences: 1,
			parties:   [][]string{{"IN", "RU", "US"}},
			labels:    map[string]string{"RU": "positive"},
		},
		{
			name:      "two sentences, curly quotes and accents",
			text:      "Beijing condemned Tokyo’s “reckless” patrols.\n\nThe café in Genève was closed.",
			sentences: 2,
			parties:   [][]string{{"CN", "JP"}, nil},
			labels:    map[string]string{"JP": "negative"},
		},
		{
			name:      "one party named twice",
			text:      "Russia said Moscow would never accept the sanctions imposed by the EU.",
			sentences: 1,
			parties:   [][]string{{"RU", "RU", "EU"}},
		},
		{
			// An office holder the article introduced counts for their
			// state in later sentences, by surname; a new article starts
			// afresh (the next case).
			name:      "an official introduced, then named",
			text:      "Kenyan ambassador Grace Wanjiru met the delegation. Wanjiru said the visit had gone well.",
			sentences: 2,
			parties:   [][]string{{"KE", "KE"}, {"KE"}},
		},
		{
			name:      "the official of another article",
			text:      "Wanjiru said the visit had gone well.",
			sentences: 1,
			parties:   [][]string{nil},
		},
		{
			name:      "no parties",
			text:      "Rain is expected on Sunday. Schools will stay open.",
			sentences: 2,
			parties:   [][]string{nil, nil},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := p.Analyze(c.text, day)
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Sentences) != c.sentences {
				t.Fatalf("%d sentences, want %d", len(doc.Sentences), c.sentences)
			}
			runes := []rune(c.text)
			mentions, tokens := 0, 0
			var sum float32
			for i, s := range doc.Sentences {
				if s.Index != i || string(runes[s.Start:s.End]) != s.Text {
					t.Errorf("sentence %d: index %d, text[%d:%d] != %q", i, s.Index, s.Start, s.End, s.Text)
				}
				if s.NTokens == 0 || s.Label == "" || s.Sentiment < -1 || s.Sentiment > 1 {
					t.Errorf("sentence %d: tokens %d label %q sentiment %v", i, s.NTokens, s.Label, s.Sentiment)
				}
				var got []string
				byParty := map[string]float32{}
				for j, m := range s.Mentions {
					if prev, seen := byParty[m.Party]; seen && prev != m.Stance {
						t.Errorf("two mentions of %s in one sentence: stance %v and %v", m.Party, prev, m.Stance)
					}
					byParty[m.Party] = m.Stance
					got = append(got, m.Party)
					if m.Index != j || string([]rune(s.Text)[m.Start:m.End]) != m.Surface {
						t.Errorf("mention %d: index %d, sentence[%d:%d] != %q", j, m.Index, m.Start, m.End, m.Surface)
					}
					if p := m.PNegative + m.PNeutral + m.PPositive; p < 0.999 || p > 1.001 {
						t.Errorf("mention %s: probabilities sum to %v", m.Party, p)
					}
					if want, ok := c.labels[m.Party]; ok && m.Label != want {
						t.Errorf("stance toward %s = %s (%+.2f, %v), want %s", m.Party, m.Label, m.Stance, m.Evidence, want)
					}
				}
				if strings.Join(got, ",") != strings.Join(c.parties[i], ",") {
					t.Errorf("sentence %d parties %v, want %v", i, got, c.parties[i])
				}
				mentions += len(s.Mentions)
				tokens += s.NTokens
				sum += s.Sentiment
			}
			if doc.NMentions != mentions || doc.NTokens != tokens {
				t.Errorf("doc counts: %d mentions %d tokens, sentences add to %d and %d", doc.NMentions, doc.NTokens, mentions, tokens)
			}
			if mean := sum / float32(len(doc.Sentences)); doc.Sentiment-mean > 1e-6 || mean-doc.Sentiment > 1e-6 {
				t.Errorf("article sentiment %v, mean of sentences %v", doc.Sentiment, mean)
			}
		})
	}
}

func TestAnalyzeDeterministic(t *testing.T) {
	p := load(t)
	text := "Moscow praised New Delhi. Washington warned both. The EU said nothing."
	day := time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC)
	a, _ := p.Analyze(text, day)
	b, _ := p.Analyze(text, day)
	if len(a.Sentences) != len(b.Sentences) {
		t.Fatal("different sentence counts")
	}
	for i := range a.Sentences {
		for j := range a.Sentences[i].Mentions {
			if a.Sentences[i].Mentions[j].Stance != b.Sentences[i].Mentions[j].Stance {
				t.Errorf("stance of mention %d/%d differs between calls", i, j)
			}
		}
	}
}
