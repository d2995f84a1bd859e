package jobs

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/stance-news/stance/analysis/pipeline"
	"github.com/stance-news/stance/analysis/segment"
	"github.com/stance-news/stance/jobs/source"
)

// ScoreOptions configures ScoreArticle.
type ScoreOptions struct {
	// Date is the article date used when the input has no "date" line.
	Date time.Time
	// JSON prints one JSON object per sentence instead of a table.
	JSON bool
	// Explain lists the words that moved each sentence's sentiment.
	Explain bool
}

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

// ScoreArticle analyses one article read from r and prints it to w. The
// input is either the text-file format (a "date YYYY-MM-DD" line first) or
// plain text dated opts.Date.
func ScoreArticle(m *Models, r io.Reader, w io.Writer, opts ScoreOptions) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("read article: %w", err)
	}
	if !utf8.Valid(data) {
		return fmt.Errorf("%w: article is not valid UTF-8", ErrUsage)
	}
	text, date := string(data), opts.Date
	if word, _ := source.CutWord(strings.TrimLeft(text, " \t\r\n\ufeff")); strings.EqualFold(word, "date") {
		a, rej := source.ParseText("stdin", data)
		if rej != nil {
			return fmt.Errorf("%w: %s: %s", ErrUsage, rej.Reason, rej.Detail)
		}
		text, date = a.Text, a.Date
	} else {
		text = source.Normalise(strings.TrimSpace(text))
	}
	if strings.TrimSpace(text) == "" {
		return fmt.Errorf("%w: no article text on stdin", ErrUsage)
	}
	if date.IsZero() {
		return fmt.Errorf("%w: no article date: start the input with \"date YYYY-MM-DD\" or give a default date", ErrUsage)
	}
	p := *m.Pipeline
	p.Explain = opts.Explain
	doc, err := p.Analyze(text, date)
	if err != nil {
		return fmt.Errorf("analyse article: %w", err)
	}
	if opts.JSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, s := range doc.Sentences {
			if err := enc.Encode(sentenceJSON(s)); err != nil {
				return fmt.Errorf("write: %w", err)
			}
		}
		return nil
	}
	return printTable(w, doc, opts.Explain)
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

// SegmentText splits the text read from r into sentences and writes them to
// w as a JSON array of strings.
func SegmentText(r io.Reader, w io.Writer) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("read text: %w", err)
	}
	text := string(data)
	out := []string{}
	for _, s := range segment.New().Split(text) {
		out = append(out, text[s.ByteStart:s.ByteEnd])
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
