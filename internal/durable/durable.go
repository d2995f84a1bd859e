// Package durable writes files that survive a crash: new files fsynced
// before they are relied on, replacements renamed into place atomically,
// and directories fsynced after their entries change.
package durable

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// SyncDir fsyncs a directory, making the creations, renames and removals
// of entries in it durable.
func SyncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("open %s: %w", dir, err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("fsync %s: %w", dir, err)
	}
	return nil
}

// SyncFS commits every file system cache of the file system that holds
// path to disk (syncfs(2)): one call makes a whole batch of new files and
// directories durable, where fsyncing each would cost one journal commit
// apiece.
func SyncFS(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	if err := unix.Syncfs(int(f.Fd())); err != nil {
		return fmt.Errorf("syncfs %s: %w", path, err)
	}
	return nil
}

// WriteNew creates (or truncates) the file at path, writes data and fsyncs it.
func WriteNew(path string, data []byte) error {
	return WriteNewFunc(path, writeBytes(data))
}

// writeBytes returns a content writer for WriteNewFunc and WriteAtomicFunc
// that writes data.
func writeBytes(data []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}
}

// WriteNewFunc creates (or truncates) the file at path, lets write fill it
// through a buffer, and fsyncs it.
func WriteNewFunc(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	if err := write(bw); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("fsync %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	return nil
}

// WriteAtomic writes data beside path, fsyncs it and renames it into
// place, then fsyncs the directory: a reader or a crash sees the old file
// or the new one, never a part. The temporary file is removed on error.
func WriteAtomic(path string, data []byte) error {
	return WriteAtomicFunc(path, writeBytes(data))
}

// WriteAtomicFunc is WriteAtomic with the content written by write.
func WriteAtomicFunc(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, ".tmp-"+filepath.Base(path)+"-*")
	if err != nil {
		return fmt.Errorf("create temp in %s: %w", dir, err)
	}
	name := tmp.Name()
	err = tmp.Chmod(0o644) // CreateTemp makes 0600; outputs are for readers
	tmp.Close()
	if err != nil {
		os.Remove(name)
		return fmt.Errorf("chmod %s: %w", name, err)
	}
	if err := WriteNewFunc(name, write); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return fmt.Errorf("rename %s: %w", path, err)
	}
	return SyncDir(dir)
}
