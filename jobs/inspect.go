package jobs

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/apache/arrow-go/v18/parquet/file"
)

// PartitionInfo describes one partition found on disk.
type PartitionInfo struct {
	Table     string `json:"table"`
	Partition string `json:"partition"` // date=YYYY-MM-DD or run=<id>
	Rows      int64  `json:"rows"`
	Bytes     int64  `json:"bytes"`
	Success   bool   `json:"success"`
	RunID     string `json:"run_id,omitempty"`
}

// Inventory is what `stance inspect` reports about an output directory.
type Inventory struct {
	Out        string          `json:"out"`
	Partitions []PartitionInfo `json:"partitions"`
	Runs       []RunSummary    `json:"runs"` // most recent last
}

// Inspect reads the partitions and run manifests under out. Only Parquet
// footers are read, never the data.
func Inspect(out string, lastRuns int) (*Inventory, error) {
	if _, err := os.Stat(out); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUsage, err)
	}
	inv := &Inventory{Out: out, Partitions: []PartitionInfo{}, Runs: []RunSummary{}}
	for _, table := range append(append([]string{}, DataTables...), TableRejects) {
		dirs, err := filepath.Glob(filepath.Join(out, table, "*=*"))
		if err != nil {
			return nil, err
		}
		sort.Strings(dirs)
		for _, dir := range dirs {
			pi := PartitionInfo{Table: table, Partition: filepath.Base(dir)}
			path := filepath.Join(dir, PartFile+".parquet")
			if st, err := os.Stat(path); err == nil {
				pi.Bytes = st.Size()
				r, err := file.OpenParquetFile(path, false)
				if err != nil {
					return nil, fmt.Errorf("open %s: %w", path, err)
				}
				pi.Rows = r.NumRows()
				r.Close()
			}
			if raw, err := os.ReadFile(filepath.Join(dir, SuccessName)); err == nil {
				var rec successRecord
				if json.Unmarshal(raw, &rec) == nil {
					pi.Success, pi.RunID = true, rec.RunID
				}
			}
			inv.Partitions = append(inv.Partitions, pi)
		}
	}
	runs, err := filepath.Glob(filepath.Join(out, RunsDir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(inv.Partitions) == 0 && len(runs) == 0 {
		return nil, fmt.Errorf("%w: %s is not a stance output directory: no table partitions and no %s/", ErrUsage, out, RunsDir)
	}
	sort.Strings(runs) // run ids start with a UTC timestamp
	if len(runs) > lastRuns {
		runs = runs[len(runs)-lastRuns:]
	}
	for _, path := range runs {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		var rs RunSummary
		if err := json.Unmarshal(raw, &rs); err != nil {
			return nil, fmt.Errorf("parse %s: %w", path, err)
		}
		inv.Runs = append(inv.Runs, rs)
	}
	return inv, nil
}
