package jobs

import (
	"fmt"
	"os"
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

// ModelOptions selects the artifacts a run uses.
type ModelOptions struct {
	// Dir replaces the embedded artifacts with a model directory laid out
	// like models/ (manifest.json plus artifacts/...); every listed digest
	// is checked.
	Dir string
	// PartiesFile replaces the embedded party registry when set.
	PartiesFile string
	// Explain keeps the words that moved each sentence's sentiment.
	Explain bool
	// StanceWeights replaces the stance weights with a weights.bin that
	// stance train wrote, when set; its digest is recorded under its path.
	StanceWeights string
}

// Models is a loaded, verified set of artifacts and the pipeline built on them.
type Models struct {
	Pipeline *pipeline.Pipeline
	Registry *parties.Registry
	Lexicon  *sentiment.Lexicon
	Stance   *stance.Model
	// Digests maps each artifact used to its SHA-256.
	Digests map[string]string
	// SHA256 digests all of Digests; it is written to every output file.
	SHA256 string
}

// LoadModels loads and verifies the embedded artifacts, applies the
// overrides in opts and builds the analysis pipeline. Every failure wraps
// ErrConfig.
func LoadModels(opts ModelOptions) (*Models, error) {
	m := &Models{Digests: map[string]string{}}
	var bundle *models.Bundle
	var err error
	if opts.Dir != "" {
		bundle, err = models.Load(os.DirFS(opts.Dir))
	} else {
		bundle, err = models.LoadDefault()
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	verified := bundle.Digests()
	file := func(name string) ([]byte, error) {
		data, err := bundle.File(name)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrConfig, err)
		}
		m.Digests[name] = verified[name]
		return data, nil
	}

	tokJSON, err := file(ArtifactTokenizer)
	if err != nil {
		return nil, err
	}
	tok, err := tokenize.NewFast(tokJSON)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrConfig, ArtifactTokenizer, err)
	}

	vader, err := models.VADERLexicon()
	if err != nil {
		return nil, fmt.Errorf("%w: VADER lexicon: %w", ErrConfig, err)
	}
	m.Digests[ArtifactVADER] = models.Digest(vader)
	news, err := file(ArtifactLexicon)
	if err != nil {
		return nil, err
	}
	m.Lexicon, err = sentiment.ParseLexicon(vader, news)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrConfig, ArtifactLexicon, err)
	}

	partiesYAML, partiesName := []byte(nil), ArtifactParties
	if opts.PartiesFile != "" {
		partiesYAML, err = os.ReadFile(opts.PartiesFile)
		if err != nil {
			return nil, fmt.Errorf("%w: party file: %w", ErrConfig, err)
		}
		partiesName = "parties:" + opts.PartiesFile
		m.Digests[partiesName] = models.Digest(partiesYAML)
	} else if partiesYAML, err = file(ArtifactParties); err != nil {
		return nil, err
	}
	m.Registry, err = parties.Parse(partiesYAML)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrConfig, partiesName, err)
	}

	weights, weightsName := []byte(nil), ArtifactStance
	if opts.StanceWeights != "" {
		if weights, err = os.ReadFile(opts.StanceWeights); err != nil {
			return nil, fmt.Errorf("%w: stance weights: %w", ErrConfig, err)
		}
		weightsName = "stance:" + opts.StanceWeights
		m.Digests[weightsName] = models.Digest(weights)
	} else if weights, err = file(ArtifactStance); err != nil {
		return nil, err
	}
	m.Stance, err = stance.LoadModel(weights, m.Lexicon)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrConfig, weightsName, err)
	}

	m.Pipeline = &pipeline.Pipeline{
		Segmenter: segment.New(),
		Tokenizer: tok,
		Matcher:   parties.NewMatcher(m.Registry),
		Sentiment: sentiment.New(m.Lexicon),
		Stance:    m.Stance,
		Language:  language.New(),
		Explain:   opts.Explain,
	}
	m.SHA256 = combinedDigest(m.Digests)
	return m, nil
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
	return sha(b.String())
}

// ValidateParties loads a party registry file. Errors wrap ErrConfig and,
// for an invalid registry, parties.ErrInvalid with the bad entry named.
func ValidateParties(path string) (*parties.Registry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	reg, err := parties.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrConfig, path, err)
	}
	return reg, nil
}

// LoadLexicon loads the sentiment lexicon (VADER plus the news lexicon) of
// the embedded models, or of the model directory dir when it is not empty:
// what training needs, without the stance weights it is about to replace.
func LoadLexicon(dir string) (*sentiment.Lexicon, error) {
	var bundle *models.Bundle
	var err error
	if dir != "" {
		bundle, err = models.Load(os.DirFS(dir))
	} else {
		bundle, err = models.LoadDefault()
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	vader, err := models.VADERLexicon()
	if err != nil {
		return nil, fmt.Errorf("%w: VADER lexicon: %w", ErrConfig, err)
	}
	news, err := bundle.File(ArtifactLexicon)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	lex, err := sentiment.ParseLexicon(vader, news)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrConfig, ArtifactLexicon, err)
	}
	return lex, nil
}
