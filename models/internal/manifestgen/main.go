// Command manifestgen rewrites models/manifest.json from the files under
// models/artifacts, so that the loader's digest check matches what is embedded.
//
// Run it from the repository root: go run ./models/internal/manifestgen
package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/stance-news/stance/models"
)

func main() {
	if err := run("models"); err != nil {
		fmt.Fprintln(os.Stderr, "manifestgen:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	m := models.Manifest{Artifacts: map[string]string{}}
	root := os.DirFS(dir)
	err := fs.WalkDir(root, "artifacts", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(root, path)
		if err != nil {
			return err
		}
		m.Artifacts[path] = models.Digest(data)
		return nil
	})
	if err != nil {
		return err
	}
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, models.ManifestName), append(out, '\n'), 0o644)
}
