package jobs

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSwapDir commits a staged directory over each state the final one can
// be in: a missing table directory, a missing partition, an existing
// partition (swapped, and handed back for removal).
func TestSwapDir(t *testing.T) {
	for _, c := range []struct {
		name     string
		table    bool // the table directory exists
		existing bool // the partition exists (with file "old")
	}{
		{"new table", false, false},
		{"new partition", true, false},
		{"replaced partition", true, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			staged := filepath.Join(root, "_staging", "run", "t", "date=2024-01-02")
			final := filepath.Join(root, "out", "t", "date=2024-01-02")
			if err := os.MkdirAll(staged, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(staged, "new"), []byte("new"), 0o644); err != nil {
				t.Fatal(err)
			}
			if c.table {
				if err := os.MkdirAll(filepath.Dir(final), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			if c.existing {
				if err := os.Mkdir(final, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(final, "old"), []byte("old"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			old, err := swapDir(staged, final)
			if err != nil {
				t.Fatal(err)
			}
			if data, err := os.ReadFile(filepath.Join(final, "new")); err != nil || string(data) != "new" {
				t.Errorf("final holds %q, %v; want the staged file", data, err)
			}
			if _, err := os.Stat(filepath.Join(final, "old")); err == nil {
				t.Errorf("final still holds the old partition's file")
			}
			if !c.existing {
				if old != "" {
					t.Errorf("old = %q for a new partition, want none", old)
				}
				if _, err := os.Stat(staged); err == nil {
					t.Errorf("staged directory %s left behind", staged)
				}
				return
			}
			if old == "" {
				t.Fatalf("old partition not handed back")
			}
			if data, err := os.ReadFile(filepath.Join(old, "old")); err != nil || string(data) != "old" {
				t.Errorf("handed-back %s holds %q, %v; want the old partition", old, data, err)
			}
		})
	}
}

// TestMkdir creates a partition directory whose parents are missing, one
// whose parent exists, and one that exists; a file in the way is an error.
func TestMkdir(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "file"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		dir     string
		wantErr bool
	}{
		{"a/b/c", false},
		{"a/b/d", false},
		{"a/b/d", false},
		{"file", true},
		{"file/x", true},
	} {
		err := mkdir(filepath.Join(root, c.dir))
		if (err != nil) != c.wantErr {
			t.Errorf("mkdir(%s) = %v, want error %v", c.dir, err, c.wantErr)
			continue
		}
		if fi, serr := os.Stat(filepath.Join(root, c.dir)); !c.wantErr && (serr != nil || !fi.IsDir()) {
			t.Errorf("mkdir(%s): no directory (%v)", c.dir, serr)
		}
	}
}
