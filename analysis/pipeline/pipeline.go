// Package pipeline analyses one article: it splits the text into sentences,
// tokenizes each sentence, finds the parties each sentence mentions, scores
// the sentence's sentiment and the stance it takes toward each mention.
//
// It composes the stage packages under analysis/ and, like them, is pure:
// the same article and stages always give the same Doc.
package pipeline

import (
	"fmt"
	"time"

	"github.com/stance-news/stance/analysis/language"
	"github.com/stance-news/stance/analysis/parties"
	"github.com/stance-news/stance/analysis/segment"
	"github.com/stance-news/stance/analysis/sentiment"
	"github.com/stance-news/stance/analysis/stance"
	"github.com/stance-news/stance/analysis/tokenize"
)

// Segmenter splits text into sentences.
type Segmenter interface {
	AppendSplit(dst []segment.Sentence, text string) []segment.Sentence
}

// Tokenizer encodes a sentence into WordPiece tokens.
type Tokenizer interface {
	Encode(text string) ([]tokenize.Token, error)
}

// appendEncoder is a Tokenizer that can encode into a caller's buffer
// (tokenize.Fast), which spares an allocation per sentence.
type appendEncoder interface {
	AppendEncode(dst []tokenize.Token, text string) []tokenize.Token
}

// Matcher finds party mentions in the sentences of an article, in order,
// for its date; the Article carries what earlier sentences said.
type Matcher interface {
	AppendMatchArticle(dst []parties.Mention, sentence string, date time.Time, a *parties.Article) []parties.Mention
}

// SentimentScorer scores a sentence's overall sentiment.
type SentimentScorer interface {
	Score(sentence string) sentiment.Result
	ScoreExplain(sentence string) sentiment.Result
}

// StanceScorer scores the stance a sentence takes toward each of its party
// mentions; mentions in the same group (the same party) get the same stance.
type StanceScorer interface {
	ScoreGroup(sentence string, spans []stance.Span, groups []int, opt stance.Options) []stance.Result
}

// LanguageDetector identifies the language of a text.
type LanguageDetector interface {
	Detect(text string) language.Result
}

// Pipeline holds the stages. All fields but Language are required; a
// Pipeline is safe for concurrent use when its stages are.
type Pipeline struct {
	Segmenter Segmenter
	Tokenizer Tokenizer
	Matcher   Matcher
	Sentiment SentimentScorer
	Stance    StanceScorer
	// Language, when set, fills Doc.Language.
	Language LanguageDetector
	// Explain keeps the words that moved each sentence's sentiment.
	Explain bool
}

// Doc is the analysis of one article.
type Doc struct {
	Sentences []Sentence
	NTokens   int
	NMentions int
	// Sentiment is the mean of the sentence sentiments (0 with no sentences).
	Sentiment float32
	// Language is the ISO 639-1 code of the text's language when the
	// Language stage is set and sure of it, else "".
	Language string
}

// Sentence is one analysed sentence.
type Sentence struct {
	Index      int    // 0-based position in the article
	Start, End int    // code-point offsets into the article text
	Text       string // the sentence as written
	NTokens    int    // WordPiece tokens, no special tokens
	Sentiment  float32
	Label      string                   // negative, neutral or positive
	Evidence   []sentiment.Contribution // only with Pipeline.Explain
	Mentions   []Mention
}

// Mention is one party mention with the stance its sentence takes toward it.
// Every mention of the same party in a sentence has the same stance (the
// sentence's portrayal of that party); Evidence stays per mention.
type Mention struct {
	Index      int    // 0-based position within the sentence
	Party      string // party id
	PartyName  string
	Role       string // what kind of reference: parties.RoleName, RoleLeader, ...
	Surface    string // the mention as written
	Start, End int    // code-point offsets into the sentence text
	Stance     float32
	Label      string // negative, neutral or positive
	PNegative  float32
	PNeutral   float32
	PPositive  float32
	Evidence   []string
}

// groupOf numbers a party by its first mention in the sentence, so every
// mention of one party shares a group.
func groupOf(found []parties.Mention, party string) int {
	for i, m := range found {
		if m.Party == party {
			return i
		}
	}
	return -1
}

// Analyze analyses text as an article dated date (UTC midnight).
func (p *Pipeline) Analyze(text string, date time.Time) (Doc, error) {
	var doc Doc
	if p.Language != nil {
		if r := p.Language.Detect(text); r.Reliable {
			doc.Language = r.Code
		}
	}
	spans := p.Segmenter.AppendSplit(nil, text)
	doc.Sentences = make([]Sentence, len(spans))
	var found []parties.Mention
	var article parties.Article
	var targets []stance.Span
	var groups []int
	var sum float64
	var toks []tokenize.Token
	appender, _ := p.Tokenizer.(appendEncoder)
	for i, sp := range spans {
		s := &doc.Sentences[i]
		s.Index, s.Start, s.End = i, sp.Start, sp.End
		s.Text = text[sp.ByteStart:sp.ByteEnd]
		if appender != nil {
			toks = appender.AppendEncode(toks[:0], s.Text)
		} else {
			var err error
			if toks, err = p.Tokenizer.Encode(s.Text); err != nil {
				return Doc{}, fmt.Errorf("sentence %d: tokenize: %w", i, err)
			}
		}
		s.NTokens = len(toks)
		doc.NTokens += len(toks)

		var r sentiment.Result
		if p.Explain {
			r = p.Sentiment.ScoreExplain(s.Text)
			s.Evidence = r.Evidence
		} else {
			r = p.Sentiment.Score(s.Text)
		}
		s.Sentiment, s.Label = r.Compound, r.Label
		sum += float64(r.Compound)

		found = p.Matcher.AppendMatchArticle(found[:0], s.Text, date, &article)
		if len(found) == 0 {
			continue
		}
		targets, groups = targets[:0], groups[:0]
		for _, m := range found {
			targets = append(targets, stance.Span{Start: m.ByteStart, End: m.ByteEnd})
			groups = append(groups, groupOf(found, m.Party))
		}
		results := p.Stance.ScoreGroup(s.Text, targets, groups, stance.Options{})
		s.Mentions = make([]Mention, len(found))
		for j, m := range found {
			st := results[j]
			s.Mentions[j] = Mention{
				Index: j, Party: m.Party, PartyName: m.Name, Role: m.Role, Surface: m.Surface,
				Start: m.Start, End: m.End,
				Stance: st.Stance, Label: st.Label,
				PNegative: st.PNeg, PNeutral: st.PNeu, PPositive: st.PPos,
				Evidence: st.Evidence,
			}
		}
		doc.NMentions += len(found)
	}
	if len(spans) > 0 {
		doc.Sentiment = float32(sum / float64(len(spans)))
	}
	return doc, nil
}
