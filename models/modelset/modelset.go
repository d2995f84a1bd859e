// Package modelset builds the analysis pipeline from a verified model
// bundle: it parses each artifact (tokenizer, lexicons, party registry,
// stance weights), records the digest of each one used, and wires them into
// an analysis/pipeline.Pipeline.
//
// It reads no files: the bundle is already in memory, and replacements for
// the registry or the weights are passed as bytes by the caller (package
// jobs, which owns I/O).
package modelset

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/stance-news/stance/analysis/language"
	"github.com/stance-news/stance/analysis/parties"
	"github.com/stance-news/stance/analysis/pipeline"
	"github.com/stance-news/stance/analysis/segment"
	"github.com/stance-news/stance/analysis/sentiment"
	"github.com/stance-news/stance/analysis/stance"
	"github.com/stance-news/stance/analysis/tokenize"
	"github.com/stance-news/stance/models"
)

// Artifact paths inside the model bundle.
const (
	ArtifactTokenizer = "artifacts/tokenizer/tokenizer.json"
	ArtifactLexicon   = "artifacts/lexicon/news.tsv"
	ArtifactParties   = "artifacts/parties/parties.yaml"
	ArtifactStance    = "artifacts/stance/weights.bin"
	// ArtifactVADER names the VADER lexicon, which comes from the govader
	// module rather than the bundle; its digest is recorded all the same.
	ArtifactVADER = "govader/vaderLexicon.txt"
)

// Replacement is an artifact given in place of the bundle's: its bytes and
// the name its digest is recorded under.
type Replacement struct {
	Name string
	Data []byte
}

// Options selects replacements and switches for Build.
type Options struct {
	// Parties, when its Data is set, replaces the bundle's party registry.
	Parties Replacement
	// Stance, when its Data is set, replaces the bundle's stance weights.
	Stance Replacement
	// Explain keeps the words that moved each sentence's sentiment.
	Explain bool
}

// Set is a verified set of artifacts and the pipeline built on them.
type Set struct {
	Pipeline *pipeline.Pipeline
	Registry *parties.Registry
	Lexicon  *sentiment.Lexicon
	Stance   *stance.Model
	// Digests maps each artifact used to its SHA-256.
	Digests map[string]string
	// SHA256 digests all of Digests; it is written to every output file.
	SHA256 string
}

// Build parses the bundle's artifacts, with the replacements in opts, and
// builds the analysis pipeline. An error names the artifact at fault.
func Build(b *models.Bundle, opts Options) (*Set, error) {
	s := &Set{Digests: map[string]string{}}
	verified := b.Digests()
	file := func(name string) ([]byte, error) {
		data, err := b.File(name)
		if err != nil {
			return nil, err
		}
		s.Digests[name] = verified[name]
		return data, nil
	}
	pick := func(r Replacement, name string) ([]byte, string, error) {
		if r.Data != nil {
			s.Digests[r.Name] = models.Digest(r.Data)
			return r.Data, r.Name, nil
		}
		data, err := file(name)
		return data, name, err
	}

	tokJSON, err := file(ArtifactTokenizer)
	if err != nil {
		return nil, err
	}
	tok, err := tokenize.NewFast(tokJSON)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ArtifactTokenizer, err)
	}
	if s.Lexicon, err = lexicon(b, s.Digests); err != nil {
		return nil, err
	}
	partiesYAML, partiesName, err := pick(opts.Parties, ArtifactParties)
	if err != nil {
		return nil, err
	}
	if s.Registry, err = parties.Parse(partiesYAML); err != nil {
		return nil, fmt.Errorf("%s: %w", partiesName, err)
	}
	weights, weightsName, err := pick(opts.Stance, ArtifactStance)
	if err != nil {
		return nil, err
	}
	if s.Stance, err = stance.LoadModel(weights, s.Lexicon); err != nil {
		return nil, fmt.Errorf("%s: %w", weightsName, err)
	}
	s.Pipeline = &pipeline.Pipeline{
		Segmenter: segment.New(),
		Tokenizer: tok,
		Matcher:   parties.NewMatcher(s.Registry),
		Sentiment: sentiment.New(s.Lexicon),
		Stance:    s.Stance,
		Language:  language.New(),
		Explain:   opts.Explain,
	}
	s.SHA256 = combinedDigest(s.Digests)
	return s, nil
}

// Lexicon parses the sentiment lexicon (VADER plus the bundle's news
// lexicon): what training needs, without the stance weights it is about to
// replace.
func Lexicon(b *models.Bundle) (*sentiment.Lexicon, error) {
	return lexicon(b, map[string]string{})
}

func lexicon(b *models.Bundle, digests map[string]string) (*sentiment.Lexicon, error) {
	vader, err := models.VADERLexicon()
	if err != nil {
		return nil, err
	}
	digests[ArtifactVADER] = models.Digest(vader)
	news, err := b.File(ArtifactLexicon)
	if err != nil {
		return nil, err
	}
	digests[ArtifactLexicon] = b.Digests()[ArtifactLexicon]
	lex, err := sentiment.ParseLexicon(vader, news)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ArtifactLexicon, err)
	}
	return lex, nil
}

// Default builds the embedded models with no replacements.
func Default() (*Set, error) {
	b, err := models.LoadDefault()
	if err != nil {
		return nil, err
	}
	return Build(b, Options{})
}

// combinedDigest is the SHA-256 of the sorted "name digest" lines.
func combinedDigest(d map[string]string) string {
	names := make([]string, 0, len(d))
	for k := range d {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		b.WriteString(n + " " + d[n] + "\n")
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:])
}
