// Command labelprep draws the sentences of the in-domain stance set
// (models/labels/realnews.tsv) from the shared data and writes them
// as batches for annotators, outside the repository.
//
//	go run ./cmd/labelprep -out /tmp/labelwork
//
// The sample is fixed by -seed: Wikinews articles are shuffled and taken
// whole (every sentence in which the default registry finds a party, so the
// set keeps real news's share of neutral mentions) until -wikinews-targets
// candidate mentions are drawn; every NewsMTSC train sentence with a
// candidate is added. Each batch lists sentences and the matcher's candidate
// spans, never a label or a score: annotators give each candidate a polarity
// or "no" (not a mention under the guidelines) and add the mentions the
// matcher missed.
//
// The batches hold the shared text and stay out of the repository; the
// committed labels are ids and offsets (training.LabelRow).
//
//	go run ./cmd/labelprep -collect -out /tmp/labelwork -labels models/labels/realnews.tsv
//
// reads the annotators' files back (first pass: a*/out/*.tsv; blind second
// annotation: b1/out/*.tsv; adjudication: adjudication.tsv), reports Cohen's
// kappa on the doubly annotated candidates, writes disagreements.tsv for
// adjudication, and writes the label file with the adjudicated labels. The
// held-out split is fixed here: a story is in the test split when the
// FNV-1a hash of its key and -seed falls in the lowest fifth.
//
//	go run ./cmd/labelprep -round 2 -out /tmp/labelwork2 -wikinews-targets 3000 -batches 6
//
// draws a later round: the next articles of the same seeded order that the
// label file does not hold yet, no NewsMTSC sentences (round 1 took all of
// them), and a second-annotation sample of its own. Collected with the same
// -round, its rows are added to the label file (replacing only rows of its
// own articles), split by the same seed, and its agreement is written as
// agreement-r2.tsv and adjudication-r2.tsv.
//
//	go run ./cmd/labelprep -measure train [-v]
//
// compares today's matcher with the labels of one split: mentions right,
// false (labelled none) and missed, precision and recall.
//
//	go run ./cmd/labelprep -check-draw /tmp/matchcheck
//	go run ./cmd/labelprep -check-collect /tmp/matchcheck
//
// draw and score the matcher check (check.go): a random sample of the
// matcher's mentions to mark right or wrong, and of sentences to mark every
// mention in, from real news the labels never touched.
//
// The committed labels were drawn with the matcher of commit 33cba37, before
// the place and origin rules; a new draw with today's matcher proposes fewer
// candidates, so the labels are reproduced from the annotators' files, not
// from a new draw.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/stance-news/stance/analysis/parties"
	"github.com/stance-news/stance/analysis/segment"
	"github.com/stance-news/stance/jobs"
	"github.com/stance-news/stance/models/training"
)

type article struct {
	ID    string `json:"id"`
	Date  string `json:"date"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

type mtsc struct {
	GID      string `json:"primary_gid"`
	Sentence string `json:"sentence_normalized"`
}

// item is one sentence to label.
type item struct {
	Item      string      `json:"item"`
	Source    string      `json:"source"` // wikinews or newsmtsc
	DocID     string      `json:"doc_id"` // article id or NewsMTSC primary_gid
	Date      string      `json:"date,omitempty"`
	SentStart int         `json:"sent_start"` // code points into the article text (0 for NewsMTSC)
	SentEnd   int         `json:"sent_end"`
	Text      string      `json:"text"`
	Cands     []candidate `json:"candidates"`
}

type candidate struct {
	From    int    `json:"from"` // code points into Text
	To      int    `json:"to"`
	Surface string `json:"surface"`
	Party   string `json:"party"`
}

func main() {
	shared := flag.String("shared", "../shared/data", "shared data directory")
	out := flag.String("out", "/tmp/labelwork", "output directory (outside the repository)")
	seed := flag.Uint64("seed", 16, "sampling seed")
	wikiTargets := flag.Int("wikinews-targets", 2100, "candidate mentions to draw from Wikinews")
	batches := flag.Int("batches", 7, "annotation batches")
	second := flag.Float64("second", 0.155, "share of candidates, drawn by sentence, for the blind second annotation")
	collectMode := flag.Bool("collect", false, "read the annotations back and write -labels")
	labels := flag.String("labels", "models/labels/realnews.tsv", "label file -collect writes")
	measureSplit := flag.String("measure", "", "compare the default matcher with the labels of this split (train) and exit")
	verbose := flag.Bool("v", false, "with -measure, print each false and missed mention with its sentence")
	checkDrawDir := flag.String("check-draw", "", "draw the matcher check's samples into this directory (outside the repository) and exit")
	checkCollectDir := flag.String("check-collect", "", "read the matcher check's verdicts from this directory, report precision and recall, and exit")
	checkOut := flag.String("check-out", "models/labels/matchcheck.tsv", "with -check-collect, the verdicts file to write (references, no text)")
	checkMentions := flag.Int("check-mentions", 200, "with -check-draw, mentions to sample for precision")
	checkSentences := flag.Int("check-sentences", 100, "with -check-draw, sentences to sample for recall")
	round := flag.Int("round", 1, "labelling round: from 2 on, the draw skips the articles -labels already holds and NewsMTSC (all of whose sentences round 1 took), and -collect adds to -labels, writing agreement-rN.tsv and adjudication-rN.tsv")
	flag.Parse()
	if *measureSplit != "" {
		arts, err := readArticles(*shared)
		if err == nil {
			err = measure(*labels, *shared, *measureSplit, arts, *verbose)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "labelprep:", err)
			os.Exit(1)
		}
		return
	}
	if *checkDrawDir != "" || *checkCollectDir != "" {
		var err error
		if *checkDrawDir != "" {
			err = checkDraw(*shared, *labels, *checkDrawDir, *seed, *checkMentions, *checkSentences)
		} else {
			err = checkCollect(*shared, *labels, *checkCollectDir, *checkOut)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "labelprep:", err)
			os.Exit(1)
		}
		return
	}
	if *collectMode {
		if err := collect(*out, *labels, *seed, *round); err != nil {
			fmt.Fprintln(os.Stderr, "labelprep:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*shared, *out, *labels, *seed, *round, *wikiTargets, *batches, *second); err != nil {
		fmt.Fprintln(os.Stderr, "labelprep:", err)
		os.Exit(1)
	}
}

func run(shared, out, labels string, seed uint64, round, wikiTargets, nBatches int, second float64) error {
	var labelled map[string]bool
	if round > 1 {
		rows, err := training.ReadLabels(labels)
		if err != nil {
			return err
		}
		labelled = map[string]bool{}
		for _, r := range rows {
			if r.Source == "wikinews" {
				labelled[r.DocID] = true
			}
		}
	}
	items, candidates, err := drawItems(shared, seed, wikiTargets, labelled)
	if err != nil {
		return err
	}
	// A later round's sentences and second sample differ from round 1's:
	// the second annotation's draw mixes in the round.
	return writeWork(out, items, candidates, seed+uint64(round-1)<<32, nBatches, second)
}

// drawItems draws whole Wikinews articles in seeded order until about
// wikiTargets candidate mentions, plus every NewsMTSC train sentence with a
// candidate, and returns them as items with their number of candidates.
// With labelled non-nil (a later round), it skips the articles labelled
// holds and leaves NewsMTSC out.
func drawItems(shared string, seed uint64, wikiTargets int, labelled map[string]bool) ([]item, int, error) {
	mods, err := jobs.LoadModels(jobs.ModelOptions{})
	if err != nil {
		return nil, 0, err
	}
	m := parties.NewMatcher(mods.Registry)
	seg := segment.New()

	arts, err := readArticles(shared)
	if err != nil {
		return nil, 0, err
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	r := rand.New(rand.NewPCG(seed, 0x1abe1))
	r.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })

	var items []item
	nw := 0
	nArts := 0
	for _, a := range arts {
		if nw >= wikiTargets {
			break
		}
		if labelled[a.ID] {
			continue
		}
		date, err := time.Parse("2006-01-02", a.Date)
		if err != nil {
			return nil, 0, fmt.Errorf("%s: date: %w", a.ID, err)
		}
		got := 0
		for _, sp := range seg.Split(a.Text) {
			text := a.Text[sp.ByteStart:sp.ByteEnd]
			found := m.Match(text, date)
			if len(found) == 0 {
				continue
			}
			it := item{Source: "wikinews", DocID: a.ID, Date: a.Date, SentStart: sp.Start, SentEnd: sp.End, Text: text}
			for _, f := range found {
				it.Cands = append(it.Cands, candidate{From: f.Start, To: f.End, Surface: f.Surface, Party: f.Party})
			}
			items = append(items, it)
			got += len(found)
		}
		if got > 0 {
			nArts++
		}
		nw += got
	}
	nm := 0
	if labelled == nil {
		err = eachMTSC(shared, func(s mtsc) error {
			found := m.Match(s.Sentence, time.Time{})
			if len(found) == 0 {
				return nil
			}
			it := item{Source: "newsmtsc", DocID: s.GID, SentEnd: len([]rune(s.Sentence)), Text: s.Sentence}
			for _, f := range found {
				it.Cands = append(it.Cands, candidate{From: f.Start, To: f.End, Surface: f.Surface, Party: f.Party})
			}
			items = append(items, it)
			nm += len(found)
			return nil
		})
	}
	if err != nil {
		return nil, 0, err
	}
	for i := range items {
		items[i].Item = fmt.Sprintf("S%04d", i+1)
	}
	fmt.Printf("wikinews: %d articles, %d candidates; newsmtsc: %d candidates; %d sentences\n", nArts, nw, nm, len(items))

	return items, nw + nm, nil
}

// writeWork writes the items, the first-pass batches (about nBatches,
// equal in candidates, whole articles together) and the second
// annotation's random sample of a share second of the candidates under out.
func writeWork(out string, items []item, total int, seed uint64, nBatches int, second float64) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(out, "items.jsonl"))
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
	}
	if err := f.Close(); err != nil {
		return err
	}
	// Batches: contiguous runs of items (whole articles stay together),
	// about equal in candidates.
	per := (total + nBatches - 1) / nBatches
	bi, acc := 0, 0
	var cur []item
	flush := func() error {
		if len(cur) == 0 {
			return nil
		}
		bi++
		if err := writeBatch(filepath.Join(out, fmt.Sprintf("batch%02d", bi)), cur); err != nil {
			return err
		}
		cur, acc = nil, 0
		return nil
	}
	// The second annotation: a random sample of sentences, in random
	// order, covering the given share of the candidates.
	r2 := rand.New(rand.NewPCG(seed, 0x5ec0d))
	var sample []item
	got := 0
	for _, i := range r2.Perm(len(items)) {
		if float64(got) >= second*float64(total) {
			break
		}
		sample = append(sample, items[i])
		got += len(items[i].Cands)
	}
	if err := writeBatch(filepath.Join(out, "second"), sample); err != nil {
		return err
	}
	fmt.Printf("second annotation: %d sentences, %d candidates\n", len(sample), got)
	for i, it := range items {
		cur = append(cur, it)
		acc += len(it.Cands)
		sameDoc := i+1 < len(items) && items[i+1].DocID == it.DocID
		if acc >= per && !sameDoc {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// writeBatch writes NAME.txt (the sentences and their candidates) and
// NAME.tsv (one line per candidate with "?" for the annotator to replace).
func writeBatch(name string, items []item) error {
	var txt, tsv strings.Builder
	for _, it := range items {
		date := it.Date
		if date == "" {
			date = "undated"
		}
		fmt.Fprintf(&txt, "=== %s | %s\n%s\n", it.Item, date, it.Text)
		if len(it.Cands) > 0 {
			fmt.Fprintf(&txt, "   marked: %s\n", markCandidates(it.Text, it.Cands))
		}
		for k, c := range it.Cands {
			fmt.Fprintf(&txt, "   c%d  %q  %s\n", k+1, c.Surface, c.Party)
			fmt.Fprintf(&tsv, "%s\tc%d\t%s\t%s\t?\n", it.Item, k+1, c.Surface, c.Party)
		}
		txt.WriteString("\n")
	}
	if err := os.WriteFile(name+".txt", []byte(txt.String()), 0o644); err != nil {
		return err
	}
	return os.WriteFile(name+".tsv", []byte(tsv.String()), 0o644)
}

// markCandidates returns text with each candidate's own occurrence
// bracketed and numbered, "[[China]]c1", so that an annotator knows which
// occurrence a candidate is when its words occur more than once.
// Candidates are in text order and do not overlap; one that does, or that
// falls outside the text, is left unmarked.
func markCandidates(text string, cands []candidate) string {
	rs := []rune(text)
	var b strings.Builder
	at := 0
	for k, c := range cands {
		if c.From < at || c.To > len(rs) || c.From >= c.To {
			continue
		}
		b.WriteString(string(rs[at:c.From]))
		fmt.Fprintf(&b, "[[%s]]c%d", string(rs[c.From:c.To]), k+1)
		at = c.To
	}
	b.WriteString(string(rs[at:]))
	return b.String()
}

// readArticles reads the news pool's Wikinews articles, in file order.
func readArticles(shared string) ([]article, error) {
	var arts []article
	err := training.EachJSONL(filepath.Join(shared, "news-pool/wikinews.jsonl"), func(raw []byte) error {
		var a article
		if err := json.Unmarshal(raw, &a); err != nil {
			return err
		}
		arts = append(arts, a)
		return nil
	})
	return arts, err
}

// eachMTSC calls fn with each NewsMTSC train sentence, in file order.
func eachMTSC(shared string, fn func(mtsc) error) error {
	return training.EachJSONL(filepath.Join(shared, "newsmtsc/train.jsonl"), func(raw []byte) error {
		var s mtsc
		if err := json.Unmarshal(raw, &s); err != nil {
			return err
		}
		return fn(s)
	})
}
