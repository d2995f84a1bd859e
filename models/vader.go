package models

import (
	"fmt"

	"github.com/jonreiter/govader/data"
)

// vaderAsset is the path of the VADER lexicon inside govader's data package.
const vaderAsset = "rawdata/vaderLexicon.txt"

// VADERLexicon returns the VADER sentiment lexicon (vaderSentiment, MIT
// licence) as shipped by github.com/jonreiter/govader: one entry a line,
// word<TAB>mean<TAB>sd<TAB>ratings. The bytes come from the pinned module
// version, so their digest changes only when go.mod does.
func VADERLexicon() ([]byte, error) {
	b, err := data.Asset(vaderAsset)
	if err != nil {
		return nil, fmt.Errorf("models: vader lexicon: %w", err)
	}
	return b, nil
}
