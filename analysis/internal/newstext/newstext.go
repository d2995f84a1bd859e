// Package newstext gives benchmarks real news sentences: those of the
// shared NewsMTSC and country-dev data sets, which live beside the
// repository in ../shared/data and are never committed. It is test support,
// imported only by tests; the analysis packages themselves do no I/O.
package newstext

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Shared data sets, relative to ../shared/data.
const (
	NewsMTSCTrain = "newsmtsc/train.jsonl"
	CountryDev    = "country-dev/country_stance_dev.jsonl"
)

// Sentences returns the sentence of every line of the JSONL data sets rels,
// in order. It skips tb when a data set is absent (a fresh clone has no
// ../shared) and fails it when one cannot be read.
func Sentences(tb testing.TB, rels ...string) []string {
	tb.Helper()
	root, err := moduleRoot()
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, rel := range rels {
		raw, err := os.ReadFile(filepath.Join(root, "..", "shared", "data", rel))
		if os.IsNotExist(err) {
			tb.Skipf("shared data %s not present", rel)
		}
		if err != nil {
			tb.Fatal(err)
		}
		for line := range bytes.Lines(raw) {
			var rec struct {
				Sentence string `json:"sentence_normalized"`
			}
			if err := json.Unmarshal(line, &rec); err != nil {
				tb.Fatalf("%s: %v", rel, err)
			}
			out = append(out, rec.Sentence)
		}
	}
	return out
}

// moduleRoot is the nearest directory at or above the working directory
// (a test's package directory) that holds go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("newstext: no go.mod above the working directory")
		}
		dir = parent
	}
}
