// Command corpusgen writes a synthetic news corpus in stance's text-file
// format (or JSONL), for benchmarks and crash tests; see package jobs/corpus.
//
//	go run ./cmd/corpusgen -out /tmp/corpus -mb 50 -days 30 -seed 1
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/stance-news/stance/jobs/corpus"
)

func main() {
	out := flag.String("out", "", "output directory (created)")
	mb := flag.Float64("mb", 10, "megabytes of article text to write")
	days := flag.Int("days", 30, "number of consecutive dates")
	start := flag.String("start", "2024-01-01", "first date")
	seed := flag.Uint64("seed", 1, "random seed")
	perFile := flag.Int("per-file", 1, "articles per file; above 1 writes JSONL")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "corpusgen: -out is required")
		os.Exit(2)
	}
	first, err := time.Parse("2006-01-02", *start)
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(2)
	}
	opts := corpus.Options{Bytes: int64(*mb * (1 << 20)), Days: *days, Start: first, Seed: *seed, PerFile: *perFile}
	if err := corpus.Write(*out, opts); err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(1)
	}
}
