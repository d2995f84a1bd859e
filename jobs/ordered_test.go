package jobs

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestInOrder(t *testing.T) {
	errStop := errors.New("stop")
	for _, tc := range []struct {
		name             string
		n, workers, wind int
		stopAt           int // emit fails at this index; -1 never
		wantErr          error
	}{
		{"one worker", 50, 1, 1, -1, nil},
		{"more workers than window", 200, 8, 3, -1, nil},
		{"wide window", 500, 3, 40, -1, nil},
		{"nothing to do", 0, 2, 4, -1, nil},
		{"emit error stops", 300, 4, 8, 17, errStop},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var inFlight, maxInFlight atomic.Int64
			work := func(i int) int {
				if v := inFlight.Add(1); v > maxInFlight.Load() {
					maxInFlight.Store(v)
				}
				time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
				return i * i
			}
			var got []int
			err := inOrder(context.Background(), upTo(tc.n), tc.workers, tc.wind, work, func(i, r int) error {
				defer inFlight.Add(-1)
				if i != len(got) || r != i*i {
					t.Fatalf("emit(%d, %d) after %d results", i, r, len(got))
				}
				if i == tc.stopAt {
					return errStop
				}
				got = append(got, r)
				return nil
			})
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			want := tc.n
			if tc.stopAt >= 0 {
				want = tc.stopAt
			}
			if len(got) != want {
				t.Fatalf("emitted %d, want %d", len(got), want)
			}
			if m := maxInFlight.Load(); m > int64(tc.wind) {
				t.Fatalf("%d items in flight, window %d", m, tc.wind)
			}
		})
	}
}

func TestInOrderCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	emitted := 0
	err := inOrder(ctx, upTo(1000), 2, 4, func(i int) int { return i }, func(i, _ int) error {
		emitted++
		if i == 9 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if emitted != 10 {
		t.Fatalf("emitted %d after cancelling at the 10th", emitted)
	}
}

// TestInOrderStrings checks that items of a sequence of unknown length reach
// the workers and come back in order, and that a cancelled run ends early
// with ctx's error.
func TestInOrderStrings(t *testing.T) {
	words := func(n int) iter.Seq[string] {
		return func(yield func(string) bool) {
			for i := range n {
				if !yield(strings.Repeat("x", i%7) + fmt.Sprint(i)) {
					return
				}
			}
		}
	}
	var got []string
	err := inOrder(context.Background(), words(500), 3, 5, strings.ToUpper, func(i int, r string) error {
		if want := strings.ToUpper(strings.Repeat("x", i%7) + fmt.Sprint(i)); r != want {
			t.Fatalf("item %d: %q, want %q", i, r, want)
		}
		got = append(got, r)
		return nil
	})
	if err != nil || len(got) != 500 {
		t.Fatalf("%d items, %v", len(got), err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err = inOrder(ctx, words(1<<20), 2, 4, strings.ToUpper, func(i int, _ string) error {
		if n++; n == 20 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 20 {
		t.Fatalf("cancelled after 20: %d emitted, err %v", n, err)
	}
}

// upTo yields 0 to n-1.
func upTo(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n && yield(i); i++ {
		}
	}
}
