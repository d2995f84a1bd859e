package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestReadmeSQL runs every ```sql block of README.md (and of the notebook
// walkthrough in testdata/readme-walkthrough.md, which README.md includes)
// with DuckDB against the sample output, so the documented queries keep
// working. `make test` installs DuckDB and sets STANCE_DUCKDB_DIR; a plain
// `go test` skips.
func TestReadmeSQL(t *testing.T) {
	dir := os.Getenv("STANCE_DUCKDB_DIR")
	if dir == "" {
		t.Skip("STANCE_DUCKDB_DIR not set; `make test` runs this check")
	}
	out := t.TempDir()
	runSample(t, out)
	for _, doc := range []string{"../../README.md", "../../testdata/readme-walkthrough.md"} {
		t.Run(filepath.Base(doc), func(t *testing.T) {
			if _, err := os.Stat(doc); err != nil {
				t.Skipf("%v (the walkthrough may have moved into README.md)", err)
			}
			cmd := exec.Command("node", filepath.Join(dir, "readme.mjs"), out, doc)
			output, err := cmd.CombinedOutput()
			t.Logf("duckdb: %s", output)
			if err != nil {
				t.Fatalf("SQL from %s failed against the sample output: %v", doc, err)
			}
		})
	}
}
