package objstore

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeStore is an in-process bucket with the conditional semantics of S3's
// If-None-Match: * and If-Match.
type fakeStore struct {
	mu      sync.Mutex
	objects map[string][]byte
	version map[string]int
	next    int
}

func newFakeStore() *fakeStore {
	return &fakeStore{objects: map[string][]byte{}, version: map[string]int{}}
}

func (s *fakeStore) Get(_ context.Context, key string) ([]byte, string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	data, ok := s.objects[key]
	if !ok {
		return nil, "", fmt.Errorf("get %s: %w", key, ErrNotExist)
	}
	return append([]byte(nil), data...), strconv.Itoa(s.version[key]), nil
}

func (s *fakeStore) CreateIfAbsent(_ context.Context, key string, data []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.objects[key]; ok {
		return fmt.Errorf("create %s: %w", key, ErrPrecondition)
	}
	s.put(key, data)
	return nil
}

func (s *fakeStore) ReplaceIfVersion(_ context.Context, key string, data []byte, version string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.objects[key]; !ok || strconv.Itoa(s.version[key]) != version {
		return fmt.Errorf("replace %s: %w", key, ErrPrecondition)
	}
	s.put(key, data)
	return nil
}

func (s *fakeStore) put(key string, data []byte) {
	s.next++
	s.objects[key] = append([]byte(nil), data...)
	s.version[key] = s.next
}

// clock is a settable time source.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func TestLockHeldThenTakenOverAfterExpiry(t *testing.T) {
	ctx := context.Background()
	s := newFakeStore()
	c := &clock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	a, err := Acquire(ctx, s, "_lock", "run-a", time.Minute, c.now)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Acquire(ctx, s, "_lock", "run-b", time.Minute, c.now); !errors.Is(err, ErrHeld) {
		t.Fatalf("second run while held: %v, want ErrHeld", err)
	}
	c.add(50 * time.Second)
	if err := a.Renew(ctx); err != nil {
		t.Fatal(err)
	}
	c.add(50 * time.Second) // 100 s after the start, 50 s after the renewal
	if _, err := Acquire(ctx, s, "_lock", "run-b", time.Minute, c.now); !errors.Is(err, ErrHeld) {
		t.Fatalf("second run after a renewal: %v, want ErrHeld", err)
	}
	c.add(11 * time.Second)
	b, err := Acquire(ctx, s, "_lock", "run-b", time.Minute, c.now)
	if err != nil {
		t.Fatalf("takeover after expiry: %v", err)
	}
	if err := a.Renew(ctx); !errors.Is(err, ErrLost) {
		t.Fatalf("old holder renews after takeover: %v, want ErrLost", err)
	}
	if err := a.Release(ctx); !errors.Is(err, ErrLost) {
		t.Fatalf("old holder releases after takeover: %v, want ErrLost", err)
	}
	if err := b.Release(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := Acquire(ctx, s, "_lock", "run-c", time.Minute, c.now); err != nil {
		t.Fatalf("acquire after release: %v", err)
	}
}

// TestLockNeverTwoHolders races many runs for one lock object, fresh and
// expired, and checks that each round has exactly one holder.
func TestLockNeverTwoHolders(t *testing.T) {
	ctx := context.Background()
	s := newFakeStore()
	c := &clock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	for round := range 20 {
		var won atomic.Int32
		var wg sync.WaitGroup
		for i := range 16 {
			wg.Go(func() {
				_, err := Acquire(ctx, s, "_lock", fmt.Sprintf("run-%d-%d", round, i), time.Minute, c.now)
				switch {
				case err == nil:
					won.Add(1)
				case !errors.Is(err, ErrHeld):
					t.Errorf("round %d: %v", round, err)
				}
			})
		}
		wg.Wait()
		if n := won.Load(); n != 1 {
			t.Fatalf("round %d: %d holders, want 1", round, n)
		}
		c.add(2 * time.Minute) // the holder dies; its lock expires
	}
}
