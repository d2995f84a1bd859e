// Package tabletest reads stance's output files back, for tests: every
// column of every row is decoded, so a file that only looks whole (a
// readable footer over torn pages) is caught.
package tabletest

import (
	"context"
	"fmt"
	"os"
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
