package pipeline_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/stance-news/stance/models/modelset"
)

// FuzzAnalyze runs the whole analysis pipeline on any valid UTF-8 text
// without NUL, in normal form C (what the input parser hands it): no panic, sentences in order with code-point offsets that slice
// the article to the sentence text, mentions that slice their sentence to
// the surface form, scores in [-1, 1] and known labels.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"New Delhi will keep strengthening its long partnership with Moscow, whatever the pressure from Washington.",
		"“Beijing condemned Washington,” he said. The U.S. Army said the drill was routine.\n\nKey points:\n• Exports rose 5.2%",
		"<html><body><p>Russia &amp; India</p></body></html>", "İstanbul Türkiye Ukraine’s Kyiv. ﬁnal.",
		strings.Repeat("India Pakistan China ", 30), "a\r\nb\r\n\r\nc", "日本と中国。韓国!", "...!!!???",
	} {
		f.Add(s)
	}
	m, err := modelset.Default()
	if err != nil {
		f.Fatal(err)
	}
	day := time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC)
	labels := map[string]bool{"negative": true, "neutral": true, "positive": true}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || strings.IndexByte(text, 0) >= 0 {
			return
		}
		text = norm.NFC.String(text)
		doc, err := m.Pipeline.Analyze(text, day)
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		runes := []rune(text)
		prevEnd, mentions := 0, 0
		for i, s := range doc.Sentences {
			if s.Index != i || s.Start < prevEnd || s.End <= s.Start || s.End > len(runes) || string(runes[s.Start:s.End]) != s.Text {
				t.Fatalf("%q: sentence %d %+v does not slice the text", text, i, s)
			}
			prevEnd = s.End
			if s.Sentiment < -1 || s.Sentiment > 1 || !labels[s.Label] {
				t.Fatalf("%q: sentence %d sentiment %v %q", text, i, s.Sentiment, s.Label)
			}
			sr := []rune(s.Text)
			for j, mn := range s.Mentions {
				mentions++
				if mn.Index != j || mn.Start < 0 || mn.End > len(sr) || mn.Start >= mn.End || string(sr[mn.Start:mn.End]) != mn.Surface {
					t.Fatalf("%q: sentence %d mention %d %+v does not slice the sentence", text, i, j, mn)
				}
				if mn.Stance < -1 || mn.Stance > 1 || !labels[mn.Label] || mn.Party == "" {
					t.Fatalf("%q: mention %+v", text, mn)
				}
			}
		}
		if mentions != doc.NMentions {
			t.Fatalf("%q: NMentions %d, counted %d", text, doc.NMentions, mentions)
		}
	})
}
