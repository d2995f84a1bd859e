package jobs

import "errors"

// Sentinel errors. cmd/stance maps them to exit codes in one place; every
// other error is wrapped around one of these or reported as a plain failure.
var (
	// ErrUsage reports bad flags or arguments (exit 2).
	ErrUsage = errors.New("usage")
	// ErrLocked reports that another run holds the output lock (exit 75).
	ErrLocked = errors.New("another run holds the lock")
	// ErrConfig reports bad configuration: a party file or model artifact
	// that does not load or verify (exit 78).
	ErrConfig = errors.New("bad configuration")
	// ErrPartial reports that some partitions failed while others were
	// committed, or that --strict saw rejects (exit 1).
	ErrPartial = errors.New("run incomplete")
)
