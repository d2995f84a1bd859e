// Package models holds the versioned artifacts stance scores with (the
// tokenizer, the news lexicon, the party registry and the stance weights) and
// loads them with their digests checked.
//
// The defaults are embedded in the binary, so stance runs with no files beside
// it. Every artifact is listed with its SHA-256 in manifest.json; Load refuses
// a file whose bytes do not match its listed digest.
package models

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
)

//go:embed manifest.json artifacts
var embedded embed.FS

// ErrDigest reports an artifact whose bytes do not match the digest recorded
// for it in the manifest.
var ErrDigest = errors.New("artifact digest mismatch")

// ErrMissing reports an artifact the manifest lists but the file system lacks,
// or one a caller asked for that the manifest does not list.
var ErrMissing = errors.New("artifact missing")

// ManifestName is the file, at the root of a model directory, that lists each
// artifact's path and SHA-256.
const ManifestName = "manifest.json"

// Manifest maps artifact paths (slash-separated, relative to the model
// directory) to their lowercase hex SHA-256 digests.
type Manifest struct {
	Artifacts map[string]string `json:"artifacts"`
}

// Bundle is a verified set of artifacts.
type Bundle struct {
	files   map[string][]byte
	digests map[string]string
}

// Default returns the embedded model directory.
func Default() fs.FS {
	return embedded
}

// LoadDefault loads and verifies the embedded artifacts.
func LoadDefault() (*Bundle, error) {
	return Load(embedded)
}

// Load reads manifest.json from fsys and every artifact it lists, verifying
// each digest.
func Load(fsys fs.FS) (*Bundle, error) {
	raw, err := fs.ReadFile(fsys, ManifestName)
	if err != nil {
		return nil, fmt.Errorf("models: read %s: %w", ManifestName, err)
	}
	var m Manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("models: parse %s: %w", ManifestName, err)
	}
	b := &Bundle{files: map[string][]byte{}, digests: map[string]string{}}
	for name, want := range m.Artifacts {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("models: %s: %w: %w", name, ErrMissing, err)
		}
		got := Digest(data)
		if got != want {
			return nil, fmt.Errorf("models: %s: %w: manifest says %s, file has %s", name, ErrDigest, want, got)
		}
		b.files[name] = data
		b.digests[name] = got
	}
	return b, nil
}

// File returns the bytes of the named artifact.
func (b *Bundle) File(name string) ([]byte, error) {
	data, ok := b.files[name]
	if !ok {
		return nil, fmt.Errorf("models: %s: %w", name, ErrMissing)
	}
	return data, nil
}

// Digests returns each artifact's SHA-256, keyed by path.
func (b *Bundle) Digests() map[string]string {
	out := make(map[string]string, len(b.digests))
	for k, v := range b.digests {
		out[k] = v
	}
	return out
}

// Names returns the artifact paths in sorted order.
func (b *Bundle) Names() []string {
	names := make([]string, 0, len(b.files))
	for k := range b.files {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// Digest returns the lowercase hex SHA-256 of data.
func Digest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
