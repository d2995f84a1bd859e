package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestReadmeSQL runs every ```sql block of README.md with DuckDB against the
// sample output, so the documented queries keep working. `make test` installs DuckDB and sets STANCE_DUCKDB_DIR; a plain
// `go test` skips.
func TestReadmeSQL(t *testing.T) {
	dir := os.Getenv("STANCE_DUCKDB_DIR")
	if dir == "" {
		t.Skip("STANCE_DUCKDB_DIR not set; `make test` runs this check")
	}
	out := t.TempDir()
	runSample(t, out)
	cmd := exec.Command("node", filepath.Join(dir, "readme.mjs"), out, "../../README.md")
	output, err := cmd.CombinedOutput()
	t.Logf("duckdb: %s", output)
	if err != nil {
		t.Fatalf("SQL from README.md failed against the sample output: %v", err)
	}
}
