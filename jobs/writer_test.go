package jobs

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestCreateFile writes a file through createFile's plain descriptor: the
// bytes arrive whole (more than one write's worth), a second create
// truncates, a missing directory and a closed file are errors.
func TestCreateFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "part-00000.parquet")
	data := bytes.Repeat([]byte("0123456789"), 300_000)
	for _, want := range [][]byte{data, []byte("short")} {
		f, err := createFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := f.Write(want); n != len(want) || err != nil {
			t.Fatalf("Write = %d, %v; want %d", n, err, len(want))
		}
		if err := f.Sync(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		if got, err := os.ReadFile(path); err != nil || !bytes.Equal(got, want) {
			t.Fatalf("file holds %d bytes (%v), want %d", len(got), err, len(want))
		}
		if err := f.Close(); !errors.Is(err, fs.ErrClosed) {
			t.Errorf("second Close = %v, want ErrClosed", err)
		}
		if _, err := f.Write([]byte("x")); err == nil {
			t.Errorf("Write after Close succeeded")
		}
	}
	if f, err := createFile(filepath.Join(dir, "missing", "x")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("createFile in a missing directory = %v, %v; want ErrNotExist", f, err)
	}
	if err := writeFile(filepath.Join(dir, "_SUCCESS"), []byte("{}\n")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "_SUCCESS")); string(got) != "{}\n" {
		t.Errorf("writeFile wrote %q", got)
	}
}
