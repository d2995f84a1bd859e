package jobs

import (
	"context"
	"fmt"
	"testing"

	"github.com/stance-news/stance/jobs/outputtest"
)

// TestJobsByteIdentical runs the same generated corpus with one, two and
// five workers: the workers finish articles out of order, but the files
// must come out byte for byte the same.
func TestJobsByteIdentical(t *testing.T) {
	in := smallCorpus(t, 600, 3, true)
	var ref map[string][]byte
	for _, jobs := range []int{1, 2, 5} {
		out := t.TempDir()
		cfg := testConfig(t, in, out)
		cfg.Jobs = jobs
		sum, err := Run(context.Background(), cfg)
		if err != nil {
			t.Fatalf("--jobs %d: %v", jobs, err)
		}
		if sum.Articles < 100 {
			t.Fatalf("only %d articles", sum.Articles)
		}
		files := dataBytes(t, out)
		if ref == nil {
			ref = files
			continue
		}
		outputtest.SameFiles(t, fmt.Sprintf("--jobs %d against --jobs 1", jobs), files, ref)
	}
}
