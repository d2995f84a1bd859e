package objstore

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"gocloud.dev/blob"
	"gocloud.dev/gcerrors"
)

// BlobBucket publishes through a gocloud.dev/blob bucket.
type BlobBucket struct {
	B *blob.Bucket
}

// Get returns an object's bytes, or an error wrapping ErrNotExist.
func (g BlobBucket) Get(ctx context.Context, key string) ([]byte, error) {
	data, err := g.B.ReadAll(ctx, key)
	if gcerrors.Code(err) == gcerrors.NotFound {
		return nil, fmt.Errorf("get %s: %w: %w", key, ErrNotExist, err)
	}
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", key, err)
	}
	return data, nil
}

// Put uploads r as one object; gocloud's writers make it visible only when
// Close succeeds (multipart for large objects).
func (g BlobBucket) Put(ctx context.Context, key string, r io.Reader) error {
	return g.put(ctx, key, r, nil)
}

// CreateIfAbsent writes the object only if it does not exist, else it
// returns an error wrapping ErrPrecondition.
func (g BlobBucket) CreateIfAbsent(ctx context.Context, key string, data []byte) error {
	return g.put(ctx, key, bytes.NewReader(data), &blob.WriterOptions{IfNotExist: true})
}

func (g BlobBucket) put(ctx context.Context, key string, r io.Reader, opts *blob.WriterOptions) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w, err := g.B.NewWriter(ctx, key, opts)
	if err != nil {
		return fmt.Errorf("put %s: %w", key, err)
	}
	if _, err := io.Copy(w, r); err != nil {
		cancel() // cancelling before Close abandons the upload
		w.Close()
		return fmt.Errorf("put %s: %w", key, err)
	}
	if err := w.Close(); err != nil {
		if gcerrors.Code(err) == gcerrors.FailedPrecondition {
			return fmt.Errorf("put %s: %w: %w", key, ErrPrecondition, err)
		}
		return fmt.Errorf("put %s: %w", key, err)
	}
	return nil
}

// List returns the keys under prefix, all levels down.
func (g BlobBucket) List(ctx context.Context, prefix string) ([]string, error) {
	var keys []string
	it := g.B.List(&blob.ListOptions{Prefix: prefix})
	for {
		obj, err := it.Next(ctx)
		if err == io.EOF {
			return keys, nil
		}
		if err != nil {
			return nil, fmt.Errorf("list %s: %w", prefix, err)
		}
		keys = append(keys, obj.Key)
	}
}

// Delete removes an object; an absent object is not an error.
func (g BlobBucket) Delete(ctx context.Context, key string) error {
	if err := g.B.Delete(ctx, key); err != nil && gcerrors.Code(err) != gcerrors.NotFound {
		return fmt.Errorf("delete %s: %w", key, err)
	}
	return nil
}
