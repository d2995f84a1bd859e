package objstore

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
)

// SuccessName is the marker object written last in a published partition.
const SuccessName = "_SUCCESS"

// Bucket is the narrow view of an object store that publishing needs.
type Bucket interface {
	// Get returns an object's bytes, or an error wrapping ErrNotExist.
	Get(ctx context.Context, key string) ([]byte, error)
	// Put uploads r as the object key; the object is visible only once Put
	// returns nil, whole.
	Put(ctx context.Context, key string, r io.Reader) error
	// Delete removes an object; deleting an absent object is not an error.
	Delete(ctx context.Context, key string) error
}

// Lister is implemented by buckets that can list keys. Publish uses it, when
// the bucket has it, to remove objects of an earlier publish that the new
// one does not name (a part of a format no longer written).
type Lister interface {
	// List returns the keys under prefix (which ends in "/").
	List(ctx context.Context, prefix string) ([]string, error)
}

// Part is one file of a published partition, as named in its _SUCCESS.
type Part struct {
	Name   string `json:"name"`
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
}

// Success is the content of a partition's _SUCCESS object: the fields of
// the local _SUCCESS file plus each part's digest and size.
type Success struct {
	RunID         string `json:"run_id"`
	SchemaVersion string `json:"schema_version"`
	InputSHA256   string `json:"input_sha256"`
	ModelSHA256   string `json:"model_sha256"`
	Rows          int    `json:"rows"`
	Parts         []Part `json:"parts"`
}

// Publish uploads the files of the staged partition directory dir (the
// names in files, in that order) under prefix: it deletes prefix/_SUCCESS,
// removes the objects under prefix that files does not name (when b is a
// Lister), uploads each file as one object, and writes _SUCCESS last with
// rec and each file's SHA-256 and size. A failure leaves the partition
// without _SUCCESS until a later Publish completes.
func Publish(ctx context.Context, b Bucket, prefix, dir string, files []string, rec Success) error {
	marker := path.Join(prefix, SuccessName)
	if err := b.Delete(ctx, marker); err != nil {
		return fmt.Errorf("publish %s: delete %s: %w", prefix, marker, err)
	}
	if err := removeOthers(ctx, b, prefix, files); err != nil {
		return fmt.Errorf("publish %s: %w", prefix, err)
	}
	rec.Parts = rec.Parts[:0:0]
	for _, name := range files {
		p, err := putFile(ctx, b, path.Join(prefix, name), filepath.Join(dir, name))
		if err != nil {
			return fmt.Errorf("publish %s: %w", prefix, err)
		}
		p.Name = name
		rec.Parts = append(rec.Parts, p)
	}
	data, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("publish %s: encode %s: %w", prefix, SuccessName, err)
	}
	if err := b.Put(ctx, marker, bytes.NewReader(append(data, '\n'))); err != nil {
		return fmt.Errorf("publish %s: write %s: %w", prefix, marker, err)
	}
	return nil
}

// removeOthers deletes the objects under prefix/ that are not among files,
// if b can list them.
func removeOthers(ctx context.Context, b Bucket, prefix string, files []string) error {
	l, ok := b.(Lister)
	if !ok {
		return nil
	}
	keys, err := l.List(ctx, prefix+"/")
	if err != nil {
		return fmt.Errorf("list %s: %w", prefix, err)
	}
	keep := map[string]bool{}
	for _, name := range files {
		keep[path.Join(prefix, name)] = true
	}
	for _, key := range keys {
		if !keep[key] {
			if err := b.Delete(ctx, key); err != nil {
				return fmt.Errorf("remove stale %s: %w", key, err)
			}
		}
	}
	return nil
}

// putFile uploads the local file src as key, hashing it on the way.
func putFile(ctx context.Context, b Bucket, key, src string) (Part, error) {
	f, err := os.Open(src)
	if err != nil {
		return Part{}, fmt.Errorf("open staged part: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	cr := &countingReader{r: io.TeeReader(f, h)}
	if err := b.Put(ctx, key, cr); err != nil {
		return Part{}, fmt.Errorf("upload %s: %w", key, err)
	}
	return Part{SHA256: hex.EncodeToString(h.Sum(nil)), Size: cr.n}, nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// ErrMismatch reports a part whose bytes disagree with its _SUCCESS.
var ErrMismatch = errors.New("part disagrees with _SUCCESS")

// Verify reads prefix/_SUCCESS and checks that every part it names exists
// with the recorded size and SHA-256, as a careful reader does. It returns
// an error wrapping ErrNotExist when the partition is not published.
func Verify(ctx context.Context, b Bucket, prefix string) (Success, error) {
	var rec Success
	data, err := b.Get(ctx, path.Join(prefix, SuccessName))
	if err != nil {
		return rec, fmt.Errorf("verify %s: %w", prefix, err)
	}
	if err := json.Unmarshal(data, &rec); err != nil {
		return rec, fmt.Errorf("verify %s: decode %s: %w", prefix, SuccessName, err)
	}
	for _, p := range rec.Parts {
		body, err := b.Get(ctx, path.Join(prefix, p.Name))
		if err != nil {
			return rec, fmt.Errorf("verify %s: %w: %w", prefix, ErrMismatch, err)
		}
		sum := sha256.Sum256(body)
		if int64(len(body)) != p.Size || hex.EncodeToString(sum[:]) != p.SHA256 {
			return rec, fmt.Errorf("verify %s: %w: %s", prefix, ErrMismatch, p.Name)
		}
	}
	return rec, nil
}
