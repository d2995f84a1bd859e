package sentiment

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"iter"
	"strconv"
	"strings"
)

// ErrLexicon reports a malformed lexicon line; errors returned by
// ParseLexicon wrap it together with the source and line number.
var ErrLexicon = errors.New("sentiment: bad lexicon")

// Kinds of entry a news lexicon row may declare in its kind column.
const (
	kindWord     = "word"     // valence entry; valence 0 removes the term
	kindNegation = "negation" // negator, like VADER's "not"
	kindContrast = "contrast" // contrastive conjunction, like VADER's "but"
)

// maxValence bounds news-lexicon values to VADER's rating scale.
const maxValence = 4

// Lexicon maps lower-case words and phrases to valence in VADER units (about
// -4..+4). A Lexicon built with a news lexicon also carries the extra negators
// and contrast words that lexicon declares and switches on the news text
// handling described in the package documentation. It is immutable once built.
type Lexicon struct {
	words     map[string]float64
	negations map[string]bool // declared by the news lexicon only
	contrasts map[string]bool // declared by the news lexicon only
	news      bool
	digest    string
}

// ParseLexicon reads VADER-format lines (word<TAB>mean<TAB>...) from vader and,
// if news is non-nil, the news TSV (with a header) whose entries override/add.
//
// VADER terms are kept exactly as written (the file has a few upper-case
// emoticons, which a lower-cased token can never match, as in the reference).
// The news TSV has the header "term<TAB>valence[<TAB>kind[<TAB>note]]"; terms
// must be lower-case single tokens; kind is "word" (default), "negation" or
// "contrast"; a word with valence 0 removes the term from the lexicon.
func ParseLexicon(vader, news []byte) (*Lexicon, error) {
	l := &Lexicon{
		words:     make(map[string]float64, 7600),
		negations: map[string]bool{},
		contrasts: map[string]bool{},
		news:      news != nil,
	}
	if err := l.parseVADER(vader); err != nil {
		return nil, err
	}
	if news != nil {
		if err := l.parseNews(news); err != nil {
			return nil, err
		}
	}
	h := sha256.New()
	fmt.Fprintf(h, "vader %d\n", len(vader))
	h.Write(vader)
	if news != nil {
		fmt.Fprintf(h, "news %d\n", len(news))
		h.Write(news)
	}
	l.digest = hex.EncodeToString(h.Sum(nil))
	return l, nil
}

func (l *Lexicon) parseVADER(data []byte) error {
	for n, line := range lines(data) {
		if len(line) == 0 {
			continue
		}
		word, rest, ok := strings.Cut(line, "\t")
		if !ok || word == "" {
			return fmt.Errorf("%w: vader line %d: want word<TAB>mean", ErrLexicon, n+1)
		}
		mean, _, _ := strings.Cut(rest, "\t")
		v, err := strconv.ParseFloat(mean, 64)
		if err != nil {
			return fmt.Errorf("%w: vader line %d: mean %q: %v", ErrLexicon, n+1, mean, err)
		}
		l.words[word] = v
	}
	if len(l.words) == 0 {
		return fmt.Errorf("%w: vader lexicon is empty", ErrLexicon)
	}
	return nil
}

func (l *Lexicon) parseNews(data []byte) error {
	seen := map[string]bool{}
	for n, line := range lines(data) {
		if n == 0 {
			if !strings.HasPrefix(line, "term\tvalence") {
				return fmt.Errorf("%w: news line 1: want header term<TAB>valence...", ErrLexicon)
			}
			continue
		}
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return fmt.Errorf("%w: news line %d: want term<TAB>valence", ErrLexicon, n+1)
		}
		term := f[0]
		switch {
		case term == "":
			return fmt.Errorf("%w: news line %d: empty term", ErrLexicon, n+1)
		case term != strings.ToLower(term):
			return fmt.Errorf("%w: news line %d: term %q is not lower-case", ErrLexicon, n+1, term)
		case strings.ContainsAny(term, " \t"):
			return fmt.Errorf("%w: news line %d: term %q is not a single token", ErrLexicon, n+1, term)
		case seen[term]:
			return fmt.Errorf("%w: news line %d: duplicate term %q", ErrLexicon, n+1, term)
		}
		seen[term] = true
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil || v < -maxValence || v > maxValence {
			return fmt.Errorf("%w: news line %d: valence %q not a number in [-4, 4]", ErrLexicon, n+1, f[1])
		}
		kind := kindWord
		if len(f) > 2 && f[2] != "" {
			kind = f[2]
		}
		switch kind {
		case kindWord:
			if v == 0 {
				delete(l.words, term)
			} else {
				l.words[term] = v
			}
		case kindNegation:
			l.negations[term] = true
		case kindContrast:
			l.contrasts[term] = true
		default:
			return fmt.Errorf("%w: news line %d: unknown kind %q", ErrLexicon, n+1, kind)
		}
	}
	return nil
}

// lines splits data into lines without their "\n" or "\r\n" terminators.
func lines(data []byte) []string {
	s := string(bytes.TrimSuffix(data, []byte("\n")))
	if s == "" {
		return nil
	}
	out := strings.Split(s, "\n")
	for i, ln := range out {
		out[i] = strings.TrimSuffix(ln, "\r")
	}
	return out
}

// Valence returns the valence of a lower-case word and whether the lexicon
// has it. It is used by the stance scorer too.
func (l *Lexicon) Valence(word string) (float64, bool) {
	v, ok := l.words[word]
	return v, ok
}

// All yields every word and phrase of the lexicon with its valence, in no
// particular order.
func (l *Lexicon) All() iter.Seq2[string, float64] {
	return func(yield func(string, float64) bool) {
		for w, v := range l.words {
			if !yield(w, v) {
				return
			}
		}
	}
}

// Len returns the number of valence entries.
func (l *Lexicon) Len() int { return len(l.words) }

// News reports whether a news lexicon was merged in (and with it the news
// text handling).
func (l *Lexicon) News() bool { return l.news }

// Digest returns the lowercase hex SHA-256 identifying the lexicon inputs
// (the VADER bytes and, if given, the news bytes), for the run manifest.
func (l *Lexicon) Digest() string { return l.digest }
