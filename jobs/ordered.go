package jobs

import (
	"context"
	"sync"
)

// inOrder runs work(i) for every i in [0, n) on workers goroutines and hands
// each result to emit in order of i, from the calling goroutine. At most
// window items are in flight (being worked on, waiting for an earlier one,
// or being emitted), so memory stays bounded whatever n is. An error from emit or
// a cancelled ctx stops the work and is returned; nothing is emitted after
// it.
func inOrder[T any](ctx context.Context, n, workers, window int, work func(i int) T, emit func(i int, r T) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers, window = max(workers, 1), max(window, 1)
	type done struct {
		i int
		r T
	}
	slots := make(chan struct{}, window) // taken per item in flight
	next := make(chan int)
	results := make(chan done, window)

	go func() { // dispatcher: indices in order, as slots free up
		defer close(next)
		for i := 0; i < n; i++ {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r := work(i)
				select {
				case results <- done{i, r}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := make(map[int]T, window)
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
	if emitted < n {
		return ctx.Err()
	}
	return nil
}
