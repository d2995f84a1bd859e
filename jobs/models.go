package jobs

import (
	"fmt"
	"os"

	"github.com/stance-news/stance/analysis/parties"
	"github.com/stance-news/stance/analysis/sentiment"
	"github.com/stance-news/stance/models"
	"github.com/stance-news/stance/models/modelset"
)

// Artifact paths inside the model bundle (see package modelset).
const (
	ArtifactTokenizer = modelset.ArtifactTokenizer
	ArtifactLexicon   = modelset.ArtifactLexicon
	ArtifactParties   = modelset.ArtifactParties
	ArtifactStance    = modelset.ArtifactStance
	ArtifactVADER     = modelset.ArtifactVADER
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
type Models = modelset.Set

// LoadModels loads and verifies the embedded artifacts (or those of
// opts.Dir), reads the replacement files in opts and builds the analysis
// pipeline. Every failure wraps ErrConfig.
func LoadModels(opts ModelOptions) (*Models, error) {
	bundle, err := loadBundle(opts.Dir)
	if err != nil {
		return nil, err
	}
	mo := modelset.Options{Explain: opts.Explain}
	if opts.PartiesFile != "" {
		data, err := os.ReadFile(opts.PartiesFile)
		if err != nil {
			return nil, fmt.Errorf("%w: party file: %w", ErrConfig, err)
		}
		mo.Parties = modelset.Replacement{Name: "parties:" + opts.PartiesFile, Data: data}
	}
	if opts.StanceWeights != "" {
		data, err := os.ReadFile(opts.StanceWeights)
		if err != nil {
			return nil, fmt.Errorf("%w: stance weights: %w", ErrConfig, err)
		}
		mo.Stance = modelset.Replacement{Name: "stance:" + opts.StanceWeights, Data: data}
	}
	m, err := modelset.Build(bundle, mo)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return m, nil
}

// loadBundle loads the embedded bundle, or the model directory dir when it
// is not empty.
func loadBundle(dir string) (*models.Bundle, error) {
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
	return bundle, nil
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
	bundle, err := loadBundle(dir)
	if err != nil {
		return nil, err
	}
	lex, err := modelset.Lexicon(bundle)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return lex, nil
}
