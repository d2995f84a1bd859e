// Command corpusgen writes a synthetic news corpus in stance's text-file
// format (or JSONL), for benchmarks and crash tests; see package jobs/corpus.
// With -sentences it writes JSONL articles of real sentences instead: those
// of NewsMTSC-format files, -per-article to an article, reshuffled each time
// they run out (the dense real-news corpus of `make bench`).
//
//	go run ./cmd/corpusgen -out /tmp/corpus -mb 50 -days 30 -seed 1
//	go run ./cmd/corpusgen -out /tmp/dense -mb 40 -days 30 -sentences ../shared/data/newsmtsc/train.jsonl
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
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
	sentences := flag.String("sentences", "", "comma-separated NewsMTSC-format JSONL files whose sentences make the articles")
	perArticle := flag.Int("per-article", 20, "sentences per article, with -sentences")
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
	write := func() error { return corpus.Write(*out, opts) }
	if *sentences != "" {
		var sents []string
		for _, path := range strings.Split(*sentences, ",") {
			s, err := corpus.ReadSentences(path)
			if err != nil {
				fmt.Fprintln(os.Stderr, "corpusgen:", err)
				os.Exit(1)
			}
			sents = append(sents, s...)
		}
		write = func() error { return corpus.WriteSentences(*out, sents, *perArticle, opts) }
	}
	if err := write(); err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(1)
	}
}
