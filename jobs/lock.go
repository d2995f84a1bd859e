package jobs

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// LockName is the lock file, under the output directory, that keeps two runs
// apart.
const LockName = ".stance.lock"

// Lock is a held, non-blocking exclusive flock on an output directory.
type Lock struct{ f *os.File }

// AcquireLock takes the lock on dir (created if needed) without waiting. It
// fails with ErrLocked when another process holds it.
func AcquireLock(dir string) (*Lock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create output %s: %w", dir, err)
	}
	path := filepath.Join(dir, LockName)
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open lock %s: %w", path, err)
	}
	return flock(f, path)
}

// flock takes an exclusive flock on f without waiting, or closes f.
func flock(f *os.File, path string) (*Lock, error) {
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w: %s", ErrLocked, path)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return &Lock{f: f}, nil
}

// dryRunPrefix begins the names of the temporary directories dry runs work in.
const dryRunPrefix = "stance-dry-run-"

// dryRunDir creates a dry run's working directory under the system's
// temporary directory, and removes what dry runs killed before they could
// clean up left there. The directory holds a lock for as long as the dry
// run lives; done releases it and removes the directory.
func dryRunDir() (dir string, done func(), err error) {
	dir, err = os.MkdirTemp("", dryRunPrefix)
	if err != nil {
		return "", nil, fmt.Errorf("dry run: %w", err)
	}
	// The lock is taken under another name and then renamed, so a file
	// named LockName is always locked unless its dry run is gone.
	f, err := os.CreateTemp(dir, LockName+"-*")
	if err == nil {
		var lock *Lock
		if lock, err = flock(f, f.Name()); err == nil {
			if err = os.Rename(f.Name(), filepath.Join(dir, LockName)); err == nil {
				removeDeadDryRuns(filepath.Dir(dir))
				return dir, func() { lock.Release(); os.RemoveAll(dir) }, nil
			}
			lock.Release()
		}
	}
	os.RemoveAll(dir)
	return "", nil, fmt.Errorf("dry run: lock %s: %w", dir, err)
}

// removeDeadDryRuns removes the dry-run directories under tmp whose lock no
// process holds. It is tidying: what it cannot remove stays.
func removeDeadDryRuns(tmp string) {
	dirs, _ := filepath.Glob(filepath.Join(tmp, dryRunPrefix+"*"))
	for _, dir := range dirs {
		path := filepath.Join(dir, LockName)
		f, err := os.OpenFile(path, os.O_RDWR, 0)
		if err != nil {
			continue // not ours, or its dry run is still starting
		}
		lock, err := flock(f, path)
		if err != nil {
			continue // alive
		}
		os.RemoveAll(dir)
		lock.Release()
	}
}

// Release drops the lock.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close() // closing the descriptor releases the flock
	l.f = nil
	return err
}
