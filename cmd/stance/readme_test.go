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
	// An output with no rejects: the rejects glob must still match.
	clean := t.TempDir()
	if r := stance(t, "", "run", "--input", filepath.Join(corpus, "2024-03"), "--out", clean, "--json"); r.code != 0 {
		t.Fatalf("run on the clean corpus: exit %d: %s", r.code, r.stderr)
	}
	if ms, _ := filepath.Glob(filepath.Join(clean, "rejects", "*", "*.parquet")); len(ms) != 1 {
		t.Fatalf("a run without rejects wrote %d rejects files, want 1 (empty)", len(ms))
	}
	output, err = exec.Command("node", filepath.Join(dir, "readme.mjs"), clean, "../../README.md").CombinedOutput()
	t.Logf("duckdb, no rejects: %s", output)
	if err != nil {
		t.Fatalf("SQL from README.md failed against an output without rejects: %v", err)
	}
}
