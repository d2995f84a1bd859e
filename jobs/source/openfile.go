package source

import (
	"io/fs"
	"os"

	"golang.org/x/sys/unix"
)

// OpenInput opens an input file, or a spill file, for reading.
//
// A run opens every input twice, once to scan it and once to read its
// articles back, so the cost of an open counts. os.Open also registers the
// descriptor with the runtime's poller, which refuses regular files, and
// that attempt costs five system calls (F_GETFL, two F_SETFL round trips,
// and the failing epoll_ctl) on top of the open itself. A file made by
// os.NewFile from a plain descriptor skips it: reads block their thread,
// which for a regular file they do anyway.
func OpenInput(path string) (*os.File, error) {
	for {
		fd, err := unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: path, Err: err}
		}
		return os.NewFile(uintptr(fd), path), nil
	}
}
