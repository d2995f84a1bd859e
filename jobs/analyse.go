package jobs

import (
	"context"
	"fmt"
	"iter"
	"runtime/debug"
	"strings"

	"github.com/stance-news/stance/analysis/pipeline"
)

// analysisWindow is how many articles per core may be in flight. While the
// emitting goroutine encodes a record batch (some milliseconds), the workers
// go on only as far as the window lets them. With 8 per core, the cores of a
// --jobs 2 run on 60 MB stood idle 9% of the time; with 32, 4%. An analysed
// article holds some kilobytes.
const analysisWindow = 32

// analyseInOrder reads the articles of refs back and analyses them on
// cfg.Jobs cores, and calls emit for each with its index, in the order of
// refs, from the calling goroutine. At most a small window of articles is in
// flight, so memory does not grow with the partition. An error from emit or
// a cancelled ctx stops the pipeline and is returned.
func analyseInOrder(ctx context.Context, cfg RunConfig, in *inputs, refs iter.Seq[articleRef], emit func(int, analysed) error) error {
	// One worker more than cores: while one waits for its article to be
	// read, the others keep the cores busy.
	var an Analyzer = cfg.Models.Pipeline
	if cfg.analyzer != nil {
		an = cfg.analyzer
	}
	return inOrder(ctx, refs, cfg.Jobs+1, cfg.Jobs*analysisWindow, func(ref articleRef) analysed {
		a, rej := in.load(ref)
		if rej != nil {
			return analysed{reject: rej}
		}
		return analyseOne(an, a)
	}, emit)
}

// analysed is one article with its analysis, or the reject it turned into.
type analysed struct {
	article Article
	doc     pipeline.Doc
	reject  *Reject
}

// analyseOne analyses one article; a panic or an error becomes its reject.
func analyseOne(an Analyzer, a Article) (res analysed) {
	defer func() {
		if p := recover(); p != nil {
			res = analysed{reject: &Reject{Path: a.Path, Line: a.Line, ArticleID: a.ID, Date: a.Date,
				Reason: ReasonPanic, Detail: fmt.Sprintf("panic: %v\n%s", p, firstFrames(debug.Stack()))}}
		}
	}()
	doc, err := an.Analyze(a.Text, a.Date)
	if err != nil {
		return analysed{reject: &Reject{Path: a.Path, Line: a.Line, ArticleID: a.ID, Date: a.Date,
			Reason: ReasonPanic, Detail: fmt.Sprintf("article %s: %v", a.ID, err)}}
	}
	return analysed{article: a, doc: doc}
}

func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	if len(lines) > 12 {
		lines = lines[:12]
	}
	return strings.Join(lines, "\n")
}
