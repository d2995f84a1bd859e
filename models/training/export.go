package training

import (
	"bufio"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"

	"github.com/stance-news/stance/analysis/stance"
	"github.com/stance-news/stance/internal/durable"
)

// The files ExportFeatures writes in TrainConfig.Out.
const (
	// FeaturesFile holds one line per training example in the svmlight
	// format: the class (0 negative, 1 neutral, 2 positive), then
	// "column:value" pairs with zero-based columns in ascending order.
	FeaturesFile = "features.svm"
	// ExamplesFile describes the same examples, a tab-separated row each.
	ExamplesFile = "examples.tsv"
	// ColumnsFile names each column of FeaturesFile.
	ColumnsFile = "columns.tsv"
)

// ExportReport is what ExportFeatures wrote.
type ExportReport struct {
	// Dir is the directory written.
	Dir string `json:"dir"`
	// Examples counts the rows, Labelled those from the real-news labels.
	Examples int `json:"examples"`
	Labelled int `json:"labelled"`
	// Columns is the width of the feature space.
	Columns int `json:"columns"`
	// Features is the feature configuration the columns follow.
	Features stance.FeatureConfig `json:"features"`
	// Folds and Seed give the labels' cross-validation folds.
	Folds int    `json:"folds"`
	Seed  uint64 `json:"seed"`
	// Train is the learning configuration Train would use, for its class
	// balance and penalties.
	Train   stance.TrainConfig `json:"train"`
	Data    []DataFile         `json:"data"`
	Labels  *LabelsReport      `json:"labels,omitempty"`
	Vectors *VectorsReport     `json:"vectors,omitempty"`
}

// ExportFeatures writes to cfg.Out the examples Train would fit on, as
// feature vectors with their labels, weights and the labels' story folds
// of Train's cross-validation, instead of fitting: the input for trying
// another learner against the same folds outside this program. Word
// vectors are those of the shipped model (learned on all stories but the
// labels' test split), not each fold's own, so a learner scored on these
// folds sees slightly more than Train's cross-validation does.
func ExportFeatures(ctx context.Context, lex stance.Lexicon, cfg TrainConfig) (ExportReport, error) {
	cfg.Model.Seed = cfg.Seed
	if cfg.Folds == 0 {
		cfg.Folds = 5
	}
	rep := ExportReport{Dir: cfg.Out, Folds: cfg.Folds, Seed: cfg.Seed}
	if len(cfg.Data) == 0 || cfg.Out == "" {
		return rep, fmt.Errorf("%w: a feature export needs data files and an output directory", ErrUsage)
	}
	in, err := readInputs(&cfg)
	if err != nil {
		return rep, err
	}
	rep.Data, rep.Labels, rep.Vectors, rep.Train = in.files, in.labels, in.vectors, cfg.Model.Defaults()
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	all := in.all()
	feats, fc, err := stance.Features(all, lex, cfg.Model)
	if err != nil {
		return rep, fmt.Errorf("export features: %w", err)
	}
	rep.Features, rep.Columns, rep.Examples, rep.Labelled = fc, fc.Columns(), len(all), len(in.labelled)
	fold := make([]int, len(all))
	for i := range fold {
		fold[i] = -1
	}
	docIdx, _, folds := storyFolds(in.labelled, cfg)
	base := len(all) - len(in.labelled)
	for i, ex := range in.labelled {
		fold[base+i] = folds[docIdx[ex.Doc]]
	}
	set := make([]string, 0, len(all))
	for i, s := range in.sets {
		for range s {
			set = append(set, in.files[i].Name)
		}
	}
	for range in.labelled {
		set = append(set, "labels")
	}
	write := map[string]func(io.Writer) error{
		FeaturesFile: func(w io.Writer) error { return writeSVMLight(w, all, feats) },
		ExamplesFile: func(w io.Writer) error { return writeExampleRows(w, all, set, fold) },
		ColumnsFile:  func(w io.Writer) error { return writeColumns(w, fc) },
	}
	for _, name := range []string{FeaturesFile, ExamplesFile, ColumnsFile} {
		if err := durable.WriteAtomicFunc(filepath.Join(cfg.Out, name), buffered(write[name])); err != nil {
			return rep, fmt.Errorf("export features: %w", err)
		}
	}
	return rep, nil
}

// buffered wraps write's writer in a bufio.Writer that it flushes.
func buffered(write func(io.Writer) error) func(io.Writer) error {
	return func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<16)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
}

// writeSVMLight writes one svmlight line per example: its class, then its
// features with duplicate columns summed, in ascending column order.
func writeSVMLight(w io.Writer, exs []stance.Example, feats [][]stance.Feature) error {
	var line []byte
	for i, ex := range exs {
		fs := slices.Clone(feats[i])
		slices.SortStableFunc(fs, func(a, b stance.Feature) int { return cmp.Compare(a.Column, b.Column) })
		line = strconv.AppendInt(line[:0], int64(ex.Label), 10)
		for j := 0; j < len(fs); {
			col, v := fs[j].Column, float64(0)
			for ; j < len(fs) && fs[j].Column == col; j++ {
				v += float64(fs[j].Value)
			}
			if v == 0 {
				continue
			}
			line = append(line, ' ')
			line = strconv.AppendUint(line, uint64(col), 10)
			line = append(line, ':')
			line = strconv.AppendFloat(line, v, 'g', 7, 32)
		}
		line = append(line, '\n')
		if _, err := w.Write(line); err != nil {
			return err
		}
	}
	return nil
}

// writeExampleRows writes the examples' table: row number, source set,
// gold label, example weight (before class balancing), annotation domain,
// cross-validation fold (-1 = trained on in every fold), story, party
// group, sentence digest (for grouping by sentence) and id.
func writeExampleRows(w io.Writer, exs []stance.Example, set []string, fold []int) error {
	if _, err := io.WriteString(w, "row\tset\tlabel\tweight\tdomain\tfold\tdoc\tgroup\tsentence\tid\n"); err != nil {
		return err
	}
	for i, ex := range exs {
		wt := ex.Weight
		if wt == 0 {
			wt = 1
		}
		sum := sha256.Sum256([]byte(ex.Sentence))
		_, err := fmt.Fprintf(w, "%d\t%s\t%s\t%g\t%s\t%d\t%s\t%s\t%s\t%s\n", i, fieldEscaper.Replace(set[i]), stance.Labels[ex.Label], wt,
			ex.Domain, fold[i], fieldEscaper.Replace(ex.Doc), fieldEscaper.Replace(ex.Group), hex.EncodeToString(sum[:8]), fieldEscaper.Replace(ex.ID))
		if err != nil {
			return err
		}
	}
	return nil
}

// writeColumns writes each column's index and name.
func writeColumns(w io.Writer, fc stance.FeatureConfig) error {
	if _, err := io.WriteString(w, "column\tname\n"); err != nil {
		return err
	}
	for i := 0; i < fc.Columns(); i++ {
		if _, err := fmt.Fprintf(w, "%d\t%s\n", i, fc.ColumnName(i)); err != nil {
			return err
		}
	}
	return nil
}
