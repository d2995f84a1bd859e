package jobs

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/stance-news/stance/analysis/pipeline"
	"github.com/stance-news/stance/analysis/segment"
	"github.com/stance-news/stance/jobs/source"
)

// ScoreArticle analyses one article read from r. The input is either the
// text-file format (a "date YYYY-MM-DD" line first) or plain text dated
// date; explain keeps the words that moved each sentence's sentiment.
func ScoreArticle(m *Models, r io.Reader, date time.Time, explain bool) (pipeline.Doc, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return pipeline.Doc{}, fmt.Errorf("read article: %w", err)
	}
	if !utf8.Valid(data) {
		return pipeline.Doc{}, fmt.Errorf("%w: article is not valid UTF-8", ErrUsage)
	}
	text := string(data)
	if word, _ := source.CutWord(strings.TrimLeft(text, " \t\r\n\ufeff")); strings.EqualFold(word, "date") {
		a, rej := source.ParseText("stdin", data)
		if rej != nil {
			return pipeline.Doc{}, fmt.Errorf("%w: %s: %s", ErrUsage, rej.Reason, rej.Detail)
		}
		text, date = a.Text, a.Date
	} else {
		text = source.Normalise(strings.TrimSpace(text))
	}
	if strings.TrimSpace(text) == "" {
		return pipeline.Doc{}, fmt.Errorf("%w: no article text on stdin", ErrUsage)
	}
	if date.IsZero() {
		return pipeline.Doc{}, fmt.Errorf("%w: no article date: start the input with \"date YYYY-MM-DD\" or give a default date", ErrUsage)
	}
	p := *m.Pipeline
	p.Explain = explain
	doc, err := p.Analyze(text, date)
	if err != nil {
		return pipeline.Doc{}, fmt.Errorf("analyse article: %w", err)
	}
	return doc, nil
}

// SegmentText splits the text read from r into sentences.
func SegmentText(r io.Reader) ([]string, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read text: %w", err)
	}
	text := string(data)
	out := []string{}
	for _, s := range segment.New().Split(text) {
		out = append(out, text[s.ByteStart:s.ByteEnd])
	}
	return out, nil
}
