package jobs

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
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

// TestSingleBatchWrite: a part file's only record batch is written with
// pqarrow's Write, not WriteBuffered (which copies every column chunk into
// memory first), and that must not change a byte: one row, a day's rows
// with nulls and lists, and a text column split into many data pages. Left
// out: a dictionary that outgrows its page and falls back to plain, whose
// chunk's encoding stats pqarrow orders by map iteration, so that not even
// two WriteBuffered calls agree (the tables' dictionary columns hold ids
// and labels, far from the 1 MB limit).
func TestSingleBatchWrite(t *testing.T) {
	long := func(i, n int) string {
		var b strings.Builder
		for b.Len() < n {
			fmt.Fprintf(&b, "word%d ", (i*7919+b.Len())%100003)
		}
		return b.String()
	}
	for _, c := range []struct {
		name, table   string
		rows, textLen int
	}{
		{"one row", TableMentions, 1, 50},
		{"a day", TableMentions, 300, 200},
		{"a day of sentences", TableSentences, 300, 200},
		{"pages split", TableSentences, 3000, 2000},
	} {
		t.Run(c.name, func(t *testing.T) {
			schema := Schema(c.table, "model")
			b := array.NewRecordBuilder(memory.DefaultAllocator, schema)
			defer b.Release()
			for i := range c.rows {
				for k, f := range schema.Fields() {
					fb := b.Field(k)
					if f.Nullable && i%5 == 0 {
						fb.AppendNull()
						continue
					}
					switch fb := fb.(type) {
					case *array.StringBuilder:
						switch f.Name {
						case "text":
							fb.Append(long(i, c.textLen))
						case "article_id":
							fb.Append(fmt.Sprintf("a%d", i/7))
						default:
							fb.Append([]string{"US", "RU", "CN"}[i%3])
						}
					case *array.Date32Builder:
						fb.Append(arrow.Date32(19000))
					case *array.Int32Builder:
						fb.Append(int32(i * k))
					case *array.Float32Builder:
						fb.Append(float32(i%7) / 7)
					case *array.ListBuilder:
						fb.Append(true)
						for j := range i % 4 {
							fb.ValueBuilder().(*array.StringBuilder).Append(long(i+j, 8))
						}
					default:
						t.Fatalf("no values for %s (%T)", f.Name, fb)
					}
				}
			}
			rec := b.NewRecordBatch()
			defer rec.Release()
			write := func(single bool) []byte {
				var buf bytes.Buffer
				fw, err := pqarrow.NewFileWriter(schema, &buf, parquetProps(), arrowProps)
				if err != nil {
					t.Fatal(err)
				}
				if single {
					err = fw.Write(rec)
				} else {
					err = fw.WriteBuffered(rec)
				}
				if err := errors.Join(err, fw.Close()); err != nil {
					t.Fatal(err)
				}
				return buf.Bytes()
			}
			buffered, single := write(false), write(true)
			if !bytes.Equal(buffered, single) {
				first := 0
				for first < min(len(single), len(buffered)) && single[first] == buffered[first] {
					first++
				}
				t.Errorf("Write gives %d bytes, WriteBuffered %d, and they differ from byte %d", len(single), len(buffered), first)
			}
		})
	}
}

// TestRemovePartition removes replaced partition directories: as stance
// writes them, with one format, with something else inside, and already
// gone.
func TestRemovePartition(t *testing.T) {
	for _, c := range []struct {
		name  string
		files []string
		dirs  []string
	}{
		{"parquet and arrow", []string{"part-00000.parquet", "part-00000.arrow", "_SUCCESS"}, nil},
		{"parquet only", []string{"part-00000.parquet", "_SUCCESS"}, nil},
		{"empty", nil, nil},
		{"a stranger file", []string{"part-00000.parquet", "_SUCCESS", "notes.txt"}, nil},
		{"a subdirectory", []string{"_SUCCESS"}, []string{"sub"}},
		{"missing", nil, []string{"-"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "date=2024-01-02")
			if len(c.dirs) == 0 || c.dirs[0] != "-" {
				if err := os.Mkdir(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				for _, d := range c.dirs {
					if err := os.MkdirAll(filepath.Join(dir, d, "deeper"), 0o755); err != nil {
						t.Fatal(err)
					}
				}
				for _, f := range c.files {
					if err := os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			if err := removePartition(dir); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("%s still there (%v)", dir, err)
			}
		})
	}
}
