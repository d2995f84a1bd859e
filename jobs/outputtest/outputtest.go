// Package outputtest reads stance's output files back, for tests. Tables
// are decoded in full, every column of every row, so a file that only looks
// whole (a readable footer over torn pages) is caught; charts are decoded
// and checked for drawn content.
package outputtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// Rows decodes every row group of a Parquet file, or every record batch of
// an Arrow IPC file (by its .arrow suffix), and returns the number of rows.
// For Parquet the decoded count must also equal the footer's.
func Rows(path string) (int64, error) {
	if strings.HasSuffix(path, ".arrow") {
		return arrowRows(path)
	}
	r, err := file.OpenParquetFile(path, false)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	defer r.Close()
	fr, err := pqarrow.NewFileReader(r, pqarrow.ArrowReadProperties{}, memory.NewGoAllocator())
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	tbl, err := fr.ReadTable(context.Background())
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	defer tbl.Release()
	if tbl.NumRows() != r.NumRows() {
		return 0, fmt.Errorf("%s: decoded %d rows, footer says %d", path, tbl.NumRows(), r.NumRows())
	}
	return tbl.NumRows(), nil
}

func arrowRows(path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	r, err := ipc.NewFileReader(f, ipc.WithAllocator(memory.NewGoAllocator()))
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	defer r.Close()
	var n int64
	for i := 0; i < r.NumRecords(); i++ {
		rec, err := r.RecordBatch(i)
		if err != nil {
			return 0, fmt.Errorf("%s: batch %d: %w", path, i, err)
		}
		n += rec.NumRows()
	}
	return n, nil
}

// Count is Rows for a test: a file that cannot be decoded is a test error,
// and counts -1.
func Count(tb testing.TB, path string) int64 {
	tb.Helper()
	n, err := Rows(path)
	if err != nil {
		tb.Error(err)
		return -1
	}
	return n
}

// CheckChartPNG fails tb unless path is a w by h PNG whose plot area (the
// middle of the image) holds at least three colours and at least 1% ink:
// pixels that are not the white background, so lines or bars were drawn.
func CheckChartPNG(tb testing.TB, path string, w, h int) {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		tb.Fatalf("%s does not decode as PNG: %v", path, err)
	}
	if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
		tb.Fatalf("%s is %dx%d, want %dx%d", path, b.Dx(), b.Dy(), w, h)
	}
	area := image.Rect(w/10, h/10, w*7/10, h*9/10)
	seen := map[[4]uint32]int{}
	for y := area.Min.Y; y < area.Max.Y; y++ {
		for x := area.Min.X; x < area.Max.X; x++ {
			r, g, b, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, b, a}]++
		}
	}
	if len(seen) < 3 {
		tb.Errorf("%s: the plot area has %d distinct colours; the chart is blank", path, len(seen))
	}
	white := seen[[4]uint32{0xffff, 0xffff, 0xffff, 0xffff}]
	if total := area.Dx() * area.Dy(); total-white < total/100 {
		tb.Errorf("%s: only %d of %d plot-area pixels are not white", path, total-white, total)
	}
}

// DataFiles returns the bytes of every file under out's table directories
// tables, keyed by path relative to out, except files named except (the
// _SUCCESS markers, which name the run). A table without a directory has no
// files.
func DataFiles(tb testing.TB, out string, tables []string, except string) map[string][]byte {
	tb.Helper()
	files := map[string][]byte{}
	for _, table := range tables {
		root := filepath.Join(out, table)
		if _, err := os.Stat(root); errors.Is(err, fs.ErrNotExist) {
			continue // nothing written to this table
		}
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || d.Name() == except {
				return err
			}
			data, err := os.ReadFile(path)
			rel, _ := filepath.Rel(out, path)
			files[rel] = data
			return err
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	return files
}

// SameFiles reports, as errors of tb prefixed with what, every file of want
// that got lacks or holds different bytes, and a different number of files.
func SameFiles(tb testing.TB, what string, got, want map[string][]byte) {
	tb.Helper()
	if len(got) != len(want) {
		tb.Errorf("%s: %d data files, reference %d", what, len(got), len(want))
	}
	for name, data := range want {
		if !bytes.Equal(got[name], data) {
			tb.Errorf("%s: %s differs from the reference", what, name)
		}
	}
}
