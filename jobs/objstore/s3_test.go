package objstore

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stance-news/stance/internal/s3fake"
)

// TestLockOverS3 runs the lock through the s3blob driver against an
// in-process S3 server: creation with If-None-Match: *, renewal and
// takeover with If-Match on the ETag.
func TestLockOverS3(t *testing.T) {
	ctx := context.Background()
	srv := s3fake.Start(t, "b")
	b, err := Open(ctx, srv.URL("b", "tables"))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	store := BlobConditional{B: b}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }

	a, err := Acquire(ctx, store, "lock", "run-a", time.Minute, clock)
	if err != nil {
		t.Fatalf("first acquire: %v", err)
	}
	if _, err := Acquire(ctx, store, "lock", "run-b", time.Minute, clock); !errors.Is(err, ErrHeld) {
		t.Fatalf("second acquire while held: %v, want ErrHeld", err)
	}
	now = now.Add(50 * time.Second)
	if err := a.Renew(ctx); err != nil {
		t.Fatalf("renew: %v", err)
	}
	now = now.Add(50 * time.Second) // 100 s after the start, 50 s after the renewal
	if _, err := Acquire(ctx, store, "lock", "run-b", time.Minute, clock); !errors.Is(err, ErrHeld) {
		t.Fatalf("acquire before the renewed expiry: %v, want ErrHeld", err)
	}
	now = now.Add(11 * time.Second)
	bl, err := Acquire(ctx, store, "lock", "run-b", time.Minute, clock)
	if err != nil {
		t.Fatalf("takeover after expiry: %v", err)
	}
	if err := a.Renew(ctx); !errors.Is(err, ErrLost) {
		t.Fatalf("renew by the old holder after takeover: %v, want ErrLost", err)
	}
	if err := a.Release(ctx); !errors.Is(err, ErrLost) {
		t.Fatalf("release by the old holder: %v, want ErrLost", err)
	}
	if err := bl.Release(ctx); err != nil {
		t.Fatalf("release: %v", err)
	}
	if _, err := Acquire(ctx, store, "lock", "run-c", time.Minute, clock); err != nil {
		t.Fatalf("acquire after release: %v", err)
	}
	// The object key lives under the URL's prefix.
	if ok, err := b.Exists(ctx, "lock"); err != nil || !ok {
		t.Fatalf("lock object: %v %v", ok, err)
	}
	if _, err := srv.Backend.HeadObject("b", "tables/lock"); err != nil {
		t.Fatalf("lock object not under the prefix: %v", err)
	}
}

// TestReplaceIfVersionOverS3 checks the If-Match write on its own: a stale
// version is refused and leaves the object as it was.
func TestReplaceIfVersionOverS3(t *testing.T) {
	ctx := context.Background()
	srv := s3fake.Start(t, "b")
	b, err := Open(ctx, srv.URL("b", ""))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	c := BlobConditional{B: b}
	if err := c.CreateIfAbsent(ctx, "k", []byte("one")); err != nil {
		t.Fatal(err)
	}
	_, v1, err := c.Get(ctx, "k")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.ReplaceIfVersion(ctx, "k", []byte("two"), v1); err != nil {
		t.Fatalf("replace at the current version: %v", err)
	}
	if err := c.ReplaceIfVersion(ctx, "k", []byte("three"), v1); !errors.Is(err, ErrPrecondition) {
		t.Fatalf("replace at a stale version: %v, want ErrPrecondition", err)
	}
	if data, _, err := c.Get(ctx, "k"); err != nil || string(data) != "two" {
		t.Fatalf("after the refused replace: %q, %v", data, err)
	}
	if err := c.ReplaceIfVersion(ctx, "absent", []byte("x"), v1); !errors.Is(err, ErrPrecondition) {
		t.Fatalf("replace of an absent object: %v, want ErrPrecondition", err)
	}
}
