package durable

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSyncFS(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := SyncFS(dir); err != nil {
		t.Errorf("SyncFS of a directory: %v", err)
	}
	if err := SyncFS(filepath.Join(dir, "missing")); err == nil {
		t.Error("SyncFS of a missing path: want an error")
	}
}

func TestWriteAtomic(t *testing.T) {
	p := filepath.Join(t.TempDir(), "sub", "f.json")
	for _, body := range []string{"first", "second"} {
		if err := WriteAtomic(p, []byte(body)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(p)
		if err != nil || string(got) != body {
			t.Fatalf("after WriteAtomic(%q): %q, %v", body, got, err)
		}
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(p), ".tmp-*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
