package objstore

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// memBucket keeps objects in memory; a Put becomes visible only whole.
type memBucket struct {
	mu      sync.Mutex
	objects map[string][]byte
}

func newMemBucket() *memBucket { return &memBucket{objects: map[string][]byte{}} }

func (m *memBucket) Get(_ context.Context, key string) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	data, ok := m.objects[key]
	if !ok {
		return nil, fmt.Errorf("get %s: %w", key, ErrNotExist)
	}
	return bytes.Clone(data), nil
}

func (m *memBucket) Put(_ context.Context, key string, r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.objects[key] = data
	return nil
}

func (m *memBucket) Delete(_ context.Context, key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.objects, key)
	return nil
}

func (m *memBucket) snapshot() map[string][]byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	return maps.Clone(m.objects)
}

var errInjected = errors.New("injected fault")

// faultyBucket fails every operation from the k-th on (counting from 0),
// and calls after once each successful operation has taken effect.
type faultyBucket struct {
	*memBucket
	k, ops int
	after  func()
}

func (f *faultyBucket) step() error {
	if f.ops >= f.k {
		return errInjected
	}
	f.ops++
	return nil
}

func (f *faultyBucket) done() {
	if f.after != nil {
		f.after()
	}
}

func (f *faultyBucket) Get(ctx context.Context, key string) ([]byte, error) {
	return f.memBucket.Get(ctx, key)
}

func (f *faultyBucket) Put(ctx context.Context, key string, r io.Reader) error {
	if err := f.step(); err != nil {
		io.CopyN(io.Discard, r, 100) // a torn upload reads some bytes, never commits
		return err
	}
	defer f.done()
	return f.memBucket.Put(ctx, key, r)
}

func (f *faultyBucket) Delete(ctx context.Context, key string) error {
	if err := f.step(); err != nil {
		return err
	}
	defer f.done()
	return f.memBucket.Delete(ctx, key)
}

// stage writes a partition's files to a fresh directory.
func stage(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var partNames = []string{"part-00000.parquet", "part-00000.arrow"}

// TestPublishFaultAfterK publishes a new version of a partition over an
// old one, failing after k operations for every k. After every operation
// that took effect a careful reader sees either no _SUCCESS or exactly the
// files it names, and a clean rerun converges to the bytes of an
// uninterrupted publish.
func TestPublishFaultAfterK(t *testing.T) {
	ctx := context.Background()
	const prefix = "articles/date=2024-05-01"
	oldDir := stage(t, map[string]string{partNames[0]: "old parquet", partNames[1]: "old arrow, longer than the parquet"})
	newDir := stage(t, map[string]string{partNames[0]: "new parquet bytes", partNames[1]: "new arrow"})
	oldRec := Success{RunID: "r1", SchemaVersion: "1", InputSHA256: "in1", ModelSHA256: "m", Rows: 2}
	newRec := Success{RunID: "r2", SchemaVersion: "1", InputSHA256: "in2", ModelSHA256: "m", Rows: 3}

	want := newMemBucket()
	if err := Publish(ctx, want, prefix, oldDir, partNames, oldRec); err != nil {
		t.Fatal(err)
	}
	if err := Publish(ctx, want, prefix, newDir, partNames, newRec); err != nil {
		t.Fatal(err)
	}
	if got, err := Verify(ctx, want, prefix); err != nil || got.RunID != "r2" {
		t.Fatalf("uninterrupted publish: %+v, %v", got, err)
	}
	total := len(partNames) + 2 // delete _SUCCESS, the parts, write _SUCCESS
	for k := 0; k <= total; k++ {
		t.Run(fmt.Sprint("k=", k), func(t *testing.T) {
			mem := newMemBucket()
			if err := Publish(ctx, mem, prefix, oldDir, partNames, oldRec); err != nil {
				t.Fatal(err)
			}
			fb := &faultyBucket{memBucket: mem, k: k}
			checks := 0
			fb.after = func() {
				checks++
				rec, err := Verify(ctx, mem, prefix)
				if err != nil && !errors.Is(err, ErrNotExist) {
					t.Errorf("after %d operations: %v", fb.ops, err)
				}
				if err == nil && rec.RunID != "r1" && rec.RunID != "r2" {
					t.Errorf("after %d operations: _SUCCESS of run %q", fb.ops, rec.RunID)
				}
			}
			err := Publish(ctx, fb, prefix, newDir, partNames, newRec)
			if (k < total) != errors.Is(err, errInjected) {
				t.Fatalf("k=%d of %d operations: publish returned %v", k, total, err)
			}
			if checks != min(k, total) {
				t.Fatalf("%d checks, want %d", checks, min(k, total))
			}
			if err := Publish(ctx, mem, prefix, newDir, partNames, newRec); err != nil {
				t.Fatal(err)
			}
			if got, w := mem.snapshot(), want.snapshot(); !maps.EqualFunc(got, w, bytes.Equal) {
				t.Fatalf("rerun after a fault at %d: %d objects differ from an uninterrupted run", k, len(got))
			}
		})
	}
}

func TestVerifyFindsMismatch(t *testing.T) {
	ctx := context.Background()
	mem := newMemBucket()
	dir := stage(t, map[string]string{partNames[0]: "a", partNames[1]: "b"})
	if err := Publish(ctx, mem, "t/date=2024-01-01", dir, partNames, Success{RunID: "r"}); err != nil {
		t.Fatal(err)
	}
	mem.objects["t/date=2024-01-01/"+partNames[1]] = []byte("c")
	if _, err := Verify(ctx, mem, "t/date=2024-01-01"); !errors.Is(err, ErrMismatch) {
		t.Fatalf("changed part: %v, want ErrMismatch", err)
	}
}
