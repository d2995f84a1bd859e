// Command stancetrain fits the default stance weights and reports their
// metrics: dev-set scores and k-fold cross-validation on the country set.
//
// Reproduce the committed weights and numbers from the repository root, with
// the shared data checked out beside it:
//
//	go run ./models/internal/stancetrain
//
// (the flags' defaults are the committed recipe). The training data are
// NewsMTSC train, the country-dev set and data/supplement.jsonl: the
// project's own hand-labelled foreign-affairs sentences (country domain,
// same guidelines), written to cover patterns the country set is thin on
// (pressure from X, despite X, speaker rule, victims, negation, crisis). The
// supplement is always in the training part of every cross-validation fold;
// CV is scored on the country-dev folds only. It writes
// models/artifacts/stance/{weights.bin,manifest.json}; then run
// go run ./models/internal/manifestgen.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/stance-news/stance/analysis/sentiment"
	"github.com/stance-news/stance/jobs"
	"github.com/stance-news/stance/models"
)

const shared = "../shared/data/"

func main() {
	var cfg jobs.TrainConfig
	data := flag.String("data", shared+"newsmtsc/train.jsonl,"+shared+"country-dev/country_stance_dev.jsonl", "training files, comma-separated")
	weights := flag.String("weights", "1,6", "per-file example weights, comma-separated")
	supplement := flag.String("supplement", "models/internal/stancetrain/data/supplement.jsonl", "supplementary country-domain training file (empty = none); always trained on, never cross-validated")
	supplementWeight := flag.Float64("supplement-weight", 0.5, "example weight of the supplement")
	dev := flag.String("dev", shared+"newsmtsc/dev-rw.jsonl,"+shared+"newsmtsc/dev-mt.jsonl", "dev files to report")
	cv := flag.String("cv", shared+"country-dev/country_stance_dev.jsonl", "files to cross-validate")
	flag.StringVar(&cfg.Out, "out", "models/artifacts/stance", "output directory")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "seed (cross-validation folds)")
	flag.IntVar(&cfg.Folds, "folds", 5, "cross-validation folds")
	flag.IntVar(&cfg.Model.HashBits, "hash-bits", 0, "hashed buckets, log2 (0 = default)")
	flag.Float64Var(&cfg.Model.L2, "l2", 0, "L2 on n-gram weights (0 = default)")
	flag.Float64Var(&cfg.Model.L2Dense, "l2-dense", 0, "L2 on lexicon/rule weights (0 = default)")
	flag.Float64Var(&cfg.Model.L2Domain, "l2-domain", 0, "L2 on the country-domain copies of the lexicon/rule weights (0 = default)")
	flag.IntVar(&cfg.Model.MaxIter, "iter", 0, "L-BFGS iterations (0 = default)")
	flag.Float64Var(&cfg.Model.Balance, "balance", 0, "class balance exponent (0 = default)")
	flag.Parse()
	cfg.Data, cfg.Dev, cfg.CrossValidate = split(*data), split(*dev), split(*cv)
	for _, w := range split(*weights) {
		f, err := strconv.ParseFloat(w, 64)
		if err != nil {
			fail(err)
		}
		cfg.DataWeights = append(cfg.DataWeights, f)
	}
	if *supplement != "" {
		for len(cfg.DataWeights) < len(cfg.Data) {
			cfg.DataWeights = append(cfg.DataWeights, 1)
		}
		cfg.Data = append(cfg.Data, *supplement)
		cfg.DataWeights = append(cfg.DataWeights, *supplementWeight)
	}
	vader, err := models.VADERLexicon()
	if err != nil {
		fail(err)
	}
	b, err := models.LoadDefault()
	if err != nil {
		fail(err)
	}
	news, err := b.File("artifacts/lexicon/news.tsv")
	if err != nil {
		fail(err)
	}
	lex, err := sentiment.ParseLexicon(vader, news)
	if err != nil {
		fail(err)
	}
	rep, err := jobs.Train(context.Background(), lex, cfg)
	if err != nil {
		fail(err)
	}
	out, _ := json.MarshalIndent(rep, "", "  ")
	fmt.Println(string(out))
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "stancetrain:", err)
	os.Exit(1)
}
