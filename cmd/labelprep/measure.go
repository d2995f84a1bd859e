package main

import (
	"fmt"
	"time"

	"github.com/stance-news/stance/analysis/parties"
	"github.com/stance-news/stance/analysis/segment"
	"github.com/stance-news/stance/jobs"
	"github.com/stance-news/stance/models/training"
)

// measure runs the default registry's matcher over the labelled sentences
// of one split and compares its mentions with the labels: a match on a span
// labelled as a mention is right, one on a span labelled none is a false
// mention, and a labelled mention it does not find is a miss. Spans that
// nobody labelled (the matcher now finds something the annotators never
// saw) are counted apart. Wikinews articles (arts, the news pool) are
// matched whole, in order, as the batch matches them.
func measure(labelsPath, shared, split string, arts []article, verbose bool) error {
	rows, err := training.ReadLabels(labelsPath)
	if err != nil {
		return err
	}
	st, err := training.ReadSharedText(shared)
	if err != nil {
		return err
	}
	mods, err := jobs.LoadModels(jobs.ModelOptions{})
	if err != nil {
		return err
	}
	m := parties.NewMatcher(mods.Registry)
	type sentKey struct {
		src, doc   string
		start, end int
	}
	type span struct{ from, to int }
	labels := map[sentKey]map[span]string{}
	var order []sentKey
	labelledDoc := map[string]bool{}
	for _, r := range rows {
		if r.Split != split {
			continue
		}
		k := sentKey{r.Source, r.DocID, r.SentStart, r.SentEnd}
		if labels[k] == nil {
			labels[k] = map[span]string{}
			order = append(order, k)
		}
		labels[k][span{r.From, r.To}] = r.Label
		if r.Source == "wikinews" {
			labelledDoc[r.DocID] = true
		}
	}
	// A Wikinews article is matched whole, sentence by sentence, so that
	// the office holders its earlier sentences introduce count later.
	inArticle := map[sentKey][]parties.Mention{}
	dates := make(map[string]string, len(arts))
	seg := segment.New()
	for _, a := range arts {
		dates[a.ID] = a.Date
		if !labelledDoc[a.ID] {
			continue
		}
		date, _ := time.Parse("2006-01-02", a.Date)
		var art parties.Article
		for _, sp := range seg.Split(a.Text) {
			k := sentKey{"wikinews", a.ID, sp.Start, sp.End}
			inArticle[k] = m.AppendMatchArticle(nil, a.Text[sp.ByteStart:sp.ByteEnd], date, &art)
		}
	}
	right, falseM, missed, unknown, labelled := 0, 0, 0, 0, 0
	for _, k := range order {
		ls, err := st.Sentence(training.LabelRow{Source: k.src, DocID: k.doc, SentStart: k.start, SentEnd: k.end})
		if err != nil {
			return err
		}
		var date time.Time
		if d := dates[k.doc]; d != "" {
			date, _ = time.Parse("2006-01-02", d)
		}
		ms, ok := inArticle[k]
		if !ok {
			ms = m.Match(ls.Text, date)
		}
		found := map[span]bool{}
		for _, mm := range ms {
			sp := span{mm.Start, mm.End}
			found[sp] = true
			switch l, ok := labels[k][sp]; {
			case !ok:
				unknown++
				if verbose {
					fmt.Printf("unlabelled\t%s\t%s\n", mm.Surface, ls.Text)
				}
			case l == training.LabelNone:
				falseM++
				if verbose {
					fmt.Printf("false\t%s\t%s\n", mm.Surface, ls.Text)
				}
			default:
				right++
			}
		}
		for sp, l := range labels[k] {
			if l != training.LabelNone {
				labelled++
				if !found[sp] {
					missed++
					if verbose {
						r := []rune(ls.Text)
						fmt.Printf("missed\t%s\t%s\n", string(r[sp.from:sp.to]), ls.Text)
					}
				}
			}
		}
	}
	fmt.Printf("%s split, %d sentences: %d mentions right, %d false (labelled none), %d unlabelled; %d of %d labelled mentions missed\n",
		split, len(order), right, falseM, unknown, missed, labelled)
	fmt.Printf("precision %.3f (unlabelled spans left out), recall %.3f\n",
		float64(right)/float64(right+falseM), float64(labelled-missed)/float64(labelled))
	return nil
}
