package objstore

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"

	"gocloud.dev/blob"
	"gocloud.dev/gcerrors"
)

// ErrNoIfMatch reports a bucket whose driver offers no conditional replace
// (If-Match) that this package knows how to set.
var ErrNoIfMatch = errors.New("the bucket's driver has no conditional replace (If-Match)")

// driverConditions is what one gocloud driver contributes to conditional
// writes beyond gocloud's own IfNotExist: the version of an object that a
// replace can be conditioned on, and the condition itself, both set
// through gocloud's As escape hatches.
type driverConditions struct {
	// version, if set, returns the object's version from its attributes
	// when the driver conditions writes on something other than the ETag
	// (a GCS generation), or false when the attributes are not this
	// driver's.
	version func(a *blob.Attributes) (string, bool)
	// ifMatch makes the write that as belongs to conditional on version,
	// or returns false when as is not this driver's.
	ifMatch func(as func(any) bool, version string) (bool, error)
}

var (
	driversMu sync.Mutex
	drivers   []driverConditions
)

// registerDriver adds a driver's conditions; the driver files call it from
// init, each under its own build tag.
func registerDriver(d driverConditions) {
	driversMu.Lock()
	defer driversMu.Unlock()
	drivers = append(drivers, d)
}

func registered() []driverConditions {
	driversMu.Lock()
	defer driversMu.Unlock()
	return drivers
}

// BlobConditional is the lock's view (Conditional) of a gocloud.dev/blob
// bucket opened with one of the drivers this package links: s3blob
// (If-Match on the ETag), gcsblob (ifGenerationMatch) or azureblob
// (If-Match on the ETag). On other buckets ReplaceIfVersion fails with
// ErrNoIfMatch.
type BlobConditional struct {
	B *blob.Bucket
}

// Get returns an object's bytes and the version they belong to. The
// version is read before and after the bytes; if they differ the object
// changed while it was read, and Get reads it again.
func (c BlobConditional) Get(ctx context.Context, key string) ([]byte, string, error) {
	for range 5 {
		before, err := c.version(ctx, key)
		if err != nil {
			return nil, "", err
		}
		data, err := c.B.ReadAll(ctx, key)
		if gcerrors.Code(err) == gcerrors.NotFound {
			return nil, "", fmt.Errorf("get %s: %w: %w", key, ErrNotExist, err)
		}
		if err != nil {
			return nil, "", fmt.Errorf("get %s: %w", key, err)
		}
		after, err := c.version(ctx, key)
		if err != nil {
			return nil, "", err
		}
		if before == after {
			return data, after, nil
		}
	}
	return nil, "", fmt.Errorf("get %s: the object kept changing while it was read", key)
}

// version returns the version of key as the registered driver reads it,
// else its ETag.
func (c BlobConditional) version(ctx context.Context, key string) (string, error) {
	a, err := c.B.Attributes(ctx, key)
	if gcerrors.Code(err) == gcerrors.NotFound {
		return "", fmt.Errorf("attributes of %s: %w: %w", key, ErrNotExist, err)
	}
	if err != nil {
		return "", fmt.Errorf("attributes of %s: %w", key, err)
	}
	for _, d := range registered() {
		if d.version == nil {
			continue
		}
		if v, ok := d.version(a); ok {
			return v, nil
		}
	}
	if a.ETag == "" {
		return "", fmt.Errorf("attributes of %s: no ETag", key)
	}
	return a.ETag, nil
}

// CreateIfAbsent writes the object only if it does not exist (gocloud's
// IfNotExist, If-None-Match: * on S3), else it returns an error wrapping
// ErrPrecondition.
func (c BlobConditional) CreateIfAbsent(ctx context.Context, key string, data []byte) error {
	return BlobBucket(c).CreateIfAbsent(ctx, key, data)
}

// ReplaceIfVersion writes the object only if its version is still
// version, else it returns an error wrapping ErrPrecondition. gocloud has
// no If-Match of its own: the condition is set on the driver's request in
// BeforeWrite.
func (c BlobConditional) ReplaceIfVersion(ctx context.Context, key string, data []byte, version string) error {
	opts := &blob.WriterOptions{BeforeWrite: func(as func(any) bool) error {
		for _, d := range registered() {
			ok, err := d.ifMatch(as, version)
			if err != nil {
				return err
			}
			if ok {
				return nil
			}
		}
		return ErrNoIfMatch
	}}
	err := BlobBucket(c).put(ctx, key, strings.NewReader(string(data)), opts)
	if err != nil && gcerrors.Code(err) == gcerrors.NotFound {
		// GCS reports a generation condition on an absent object so.
		return fmt.Errorf("put %s: %w: %w", key, ErrPrecondition, err)
	}
	return err
}

// IsURL reports whether s names a bucket (scheme://...) rather than a local
// path.
func IsURL(s string) bool {
	i := strings.Index(s, "://")
	if i <= 0 {
		return false
	}
	for _, r := range s[:i] {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// Open opens the bucket that rawURL names, with the URL's path as a key
// prefix: "s3://bucket/tables/news?region=eu-west-1" opens the bucket
// "bucket" and returns it prefixed with "tables/news/". Query parameters
// go to the driver (for s3://, endpoint, use_path_style, disable_https,
// region, ...). Only the schemes of the linked drivers open.
func Open(ctx context.Context, rawURL string) (*blob.Bucket, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("bucket URL %q: %w", rawURL, err)
	}
	prefix := strings.Trim(u.Path, "/")
	u.Path, u.RawPath = "", ""
	b, err := blob.OpenBucket(ctx, u.String())
	if err != nil {
		return nil, fmt.Errorf("open bucket %s: %w", Redact(rawURL), err)
	}
	if prefix == "" {
		return b, nil
	}
	return blob.PrefixedBucket(b, prefix+"/"), nil
}

// Redact returns rawURL without its query, which may hold credentials (an
// Azure SAS token), for logs and error messages.
func Redact(rawURL string) string {
	if i := strings.IndexByte(rawURL, '?'); i >= 0 {
		return rawURL[:i]
	}
	return rawURL
}
