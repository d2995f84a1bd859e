// Package objstore holds the parts of publishing to object storage that do
// not depend on a particular bucket client: the run lock kept in one object
// with conditional writes, and publishing a partition without rename
// (_SUCCESS deleted first and written last), and the gocloud.dev/blob
// adapters that `stance run` publishes through when --out is a URL.
package objstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

var (
	// ErrNotExist reports that an object does not exist.
	ErrNotExist = errors.New("object does not exist")
	// ErrPrecondition reports that a conditional write found the object
	// absent, present or changed against its condition.
	ErrPrecondition = errors.New("write precondition failed")
	// ErrHeld reports that another run holds the lock and it has not expired.
	ErrHeld = errors.New("the lock object is held by another run")
	// ErrLost reports that a lock's holder found it taken over or changed.
	ErrLost = errors.New("the lock was lost to another run")
)

// Conditional is the narrow view of a bucket that the lock needs.
type Conditional interface {
	// Get returns an object's bytes and its version (an ETag or a
	// generation), or an error wrapping ErrNotExist.
	Get(ctx context.Context, key string) (data []byte, version string, err error)
	// CreateIfAbsent writes the object only if it does not exist
	// (If-None-Match: *), else returns an error wrapping ErrPrecondition.
	CreateIfAbsent(ctx context.Context, key string, data []byte) error
	// ReplaceIfVersion writes the object only if its version is still
	// version (If-Match), else returns an error wrapping ErrPrecondition.
	ReplaceIfVersion(ctx context.Context, key string, data []byte, version string) error
}

// lockRecord is the content of the lock object.
type lockRecord struct {
	RunID   string    `json:"run_id"`
	Expires time.Time `json:"expires"`
}

// Lock is a held lock object.
type Lock struct {
	store   Conditional
	key     string
	runID   string
	ttl     time.Duration
	now     func() time.Time
	version string
}

// Acquire takes the lock object key for runID until now()+ttl: it creates
// the object if absent, or takes it over if the record in it has expired.
// While another run holds an unexpired lock it returns an error wrapping
// ErrHeld; of runs racing for the same object at most one succeeds.
func Acquire(ctx context.Context, store Conditional, key, runID string, ttl time.Duration, now func() time.Time) (*Lock, error) {
	l := &Lock{store: store, key: key, runID: runID, ttl: ttl, now: now}
	data, err := l.record()
	if err != nil {
		return nil, err
	}
	err = store.CreateIfAbsent(ctx, key, data)
	if err == nil {
		return l, l.refreshVersion(ctx)
	}
	if !errors.Is(err, ErrPrecondition) {
		return nil, fmt.Errorf("create lock %s: %w", key, err)
	}
	cur, version, err := store.Get(ctx, key)
	if errors.Is(err, ErrNotExist) { // released and removed in between: try once more
		if err = store.CreateIfAbsent(ctx, key, data); err == nil {
			return l, l.refreshVersion(ctx)
		}
		return nil, fmt.Errorf("lock %s: %w: %w", key, ErrHeld, err)
	}
	if err != nil {
		return nil, fmt.Errorf("read lock %s: %w", key, err)
	}
	var rec lockRecord
	if err := json.Unmarshal(cur, &rec); err != nil {
		return nil, fmt.Errorf("lock %s holds no lock record: %w", key, err)
	}
	if now().Before(rec.Expires) {
		return nil, fmt.Errorf("lock %s: %w: run %s until %s", key, ErrHeld, rec.RunID, rec.Expires.UTC().Format(time.RFC3339))
	}
	if err := store.ReplaceIfVersion(ctx, key, data, version); err != nil {
		if errors.Is(err, ErrPrecondition) {
			return nil, fmt.Errorf("lock %s: %w: taken over by another run first", key, ErrHeld)
		}
		return nil, fmt.Errorf("take over lock %s: %w", key, err)
	}
	return l, l.refreshVersion(ctx)
}

// record returns the lock record for a fresh expiry.
func (l *Lock) record() ([]byte, error) {
	data, err := json.Marshal(lockRecord{RunID: l.runID, Expires: l.now().Add(l.ttl).UTC()})
	if err != nil {
		return nil, fmt.Errorf("encode lock record: %w", err)
	}
	return data, nil
}

// refreshVersion reads back the version of the object just written and
// checks that it still names this run.
func (l *Lock) refreshVersion(ctx context.Context) error {
	data, version, err := l.store.Get(ctx, l.key)
	if err != nil {
		return fmt.Errorf("read back lock %s: %w", l.key, err)
	}
	var rec lockRecord
	if err := json.Unmarshal(data, &rec); err != nil || rec.RunID != l.runID {
		return fmt.Errorf("lock %s: %w", l.key, ErrLost)
	}
	l.version = version
	return nil
}

// Renew pushes the expiry to now()+ttl. It returns an error wrapping ErrLost
// if the object changed since this holder last wrote it.
func (l *Lock) Renew(ctx context.Context) error {
	data, err := l.record()
	if err != nil {
		return err
	}
	if err := l.store.ReplaceIfVersion(ctx, l.key, data, l.version); err != nil {
		if errors.Is(err, ErrPrecondition) {
			return fmt.Errorf("renew lock %s: %w", l.key, ErrLost)
		}
		return fmt.Errorf("renew lock %s: %w", l.key, err)
	}
	return l.refreshVersion(ctx)
}

// Release marks the lock expired, so that the next run takes it over at
// once, unless another run has already taken it.
func (l *Lock) Release(ctx context.Context) error {
	data, err := json.Marshal(lockRecord{RunID: l.runID, Expires: time.Time{}})
	if err != nil {
		return fmt.Errorf("encode lock record: %w", err)
	}
	if err := l.store.ReplaceIfVersion(ctx, l.key, data, l.version); err != nil {
		if errors.Is(err, ErrPrecondition) {
			return fmt.Errorf("release lock %s: %w", l.key, ErrLost)
		}
		return fmt.Errorf("release lock %s: %w", l.key, err)
	}
	return nil
}
