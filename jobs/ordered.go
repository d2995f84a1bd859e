package jobs

import (
	"context"
	"iter"
	"sync"
	"sync/atomic"
)

// inOrder runs work on every item of a sequence on workers goroutines and
// hands each result to emit in the sequence's order, with the item's index
// in it, from the calling goroutine. At most window items are in flight
// (being worked on, waiting for an earlier one, or being emitted), so memory
// stays bounded however long the sequence is; the sequence is iterated on a
// goroutine of its own, one item ahead of the window. An error from emit or
// a cancelled ctx stops the work and is returned; nothing is emitted after
// it.
func inOrder[In, Out any](ctx context.Context, items iter.Seq[In], workers, window int, work func(In) Out, emit func(i int, r Out) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers, window = max(workers, 1), max(window, 1)
	type item struct {
		i  int
		in In
	}
	type done struct {
		i int
		r Out
	}
	slots := make(chan struct{}, window) // taken per item in flight
	next := make(chan item)
	results := make(chan done, window)
	var ended atomic.Bool       // the dispatcher reached the sequence's end
	var dispatched atomic.Int64 // items handed to the workers

	go func() { // dispatcher: items in order, as slots free up
		defer close(next)
		n := 0
		for in := range items {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- item{n, in}:
				n++
				dispatched.Store(int64(n))
			case <-ctx.Done():
				return
			}
		}
		ended.Store(true)
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range next {
				r := work(it.in)
				select {
				case results <- done{it.i, r}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := make(map[int]Out, window)
	emitted := 0
	var err error
	for d := range results {
		if err == nil {
			err = ctx.Err() // cancelled: stop emitting, even what is done
		}
		if err != nil {
			continue // drain so the workers can exit
		}
		pending[d.i] = d.r
		for err == nil {
			r, ok := pending[emitted]
			if !ok {
				break
			}
			delete(pending, emitted)
			emitted++
			err = emit(emitted-1, r)
			<-slots
			if err == nil {
				err = ctx.Err()
			}
		}
		if err != nil {
			cancel()
		}
	}
	if err != nil {
		return err
	}
	// results closes after the workers exit, and they exit after the
	// dispatcher closes next: ended and dispatched are final. Items are
	// left undone only when ctx was cancelled.
	if !ended.Load() || int64(emitted) < dispatched.Load() {
		return ctx.Err()
	}
	return nil
}
