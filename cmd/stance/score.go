package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/stance-news/stance/analysis/pipeline"
)

// SentenceJSON is one line of `stance score --json`; its field names and
// values are those of the batch tables.
type SentenceJSON struct {
	SentenceIdx    int           `json:"sentence_idx"`
	CharStart      int           `json:"char_start"`
	CharEnd        int           `json:"char_end"`
	Text           string        `json:"text"`
	NTokens        int           `json:"n_tokens"`
	Sentiment      float32       `json:"sentiment"`
	SentimentLabel string        `json:"sentiment_label"`
	Explain        []WordJSON    `json:"explain,omitempty"`
	Mentions       []MentionJSON `json:"mentions"`
}

// WordJSON is one word that moved a sentence's sentiment.
type WordJSON struct {
	Word    string  `json:"word"`
	Valence float32 `json:"valence"`
}

// MentionJSON is one party mention in `stance score --json`.
type MentionJSON struct {
	MentionIdx  int      `json:"mention_idx"`
	Party       string   `json:"party"`
	PartyName   string   `json:"party_name"`
	Role        string   `json:"role"`
	Mention     string   `json:"mention"`
	CharStart   int      `json:"char_start"`
	CharEnd     int      `json:"char_end"`
	Stance      float32  `json:"stance"`
	StanceLabel string   `json:"stance_label"`
	PNegative   float32  `json:"p_negative"`
	PNeutral    float32  `json:"p_neutral"`
	PPositive   float32  `json:"p_positive"`
	Evidence    []string `json:"evidence"`
}

// printSentencesJSON writes one SentenceJSON line per sentence.
func printSentencesJSON(w io.Writer, doc pipeline.Doc) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range doc.Sentences {
		if err := enc.Encode(sentenceJSON(s)); err != nil {
			return fmt.Errorf("write: %w", err)
		}
	}
	return nil
}

func sentenceJSON(s pipeline.Sentence) SentenceJSON {
	out := SentenceJSON{
		SentenceIdx: s.Index, CharStart: s.Start, CharEnd: s.End, Text: s.Text,
		NTokens: s.NTokens, Sentiment: s.Sentiment, SentimentLabel: s.Label,
		Mentions: make([]MentionJSON, 0, len(s.Mentions)),
	}
	for _, e := range s.Evidence {
		out.Explain = append(out.Explain, WordJSON{Word: e.Word, Valence: e.Valence})
	}
	for _, m := range s.Mentions {
		ev := m.Evidence
		if ev == nil {
			ev = []string{}
		}
		out.Mentions = append(out.Mentions, MentionJSON{
			MentionIdx: m.Index, Party: m.Party, PartyName: m.PartyName, Role: m.Role, Mention: m.Surface,
			CharStart: m.Start, CharEnd: m.End, Stance: m.Stance, StanceLabel: m.Label,
			PNegative: m.PNegative, PNeutral: m.PNeutral, PPositive: m.PPositive, Evidence: ev,
		})
	}
	return out
}

// printTable writes the sentences and their mentions for people.
func printTable(w io.Writer, doc pipeline.Doc, explain bool) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, s := range doc.Sentences {
		fmt.Fprintf(tw, "[%d]\t%+.3f %s\t%s\n", s.Index, s.Sentiment, s.Label, s.Text)
		if explain && len(s.Evidence) > 0 {
			words := make([]string, len(s.Evidence))
			for i, e := range s.Evidence {
				words[i] = fmt.Sprintf("%s(%+.2f)", e.Word, e.Valence)
			}
			fmt.Fprintf(tw, "\t\twords: %s\n", strings.Join(words, " "))
		}
		for _, m := range s.Mentions {
			fmt.Fprintf(tw, "\t  %s %q\t%+.3f %s  [%s]\n", m.Party, m.Surface, m.Stance, m.Label, strings.Join(m.Evidence, " "))
		}
	}
	return tw.Flush()
}
