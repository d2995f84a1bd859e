package jobs

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"iter"
	"math"
	"strings"
	"sync"

	"github.com/apache/arrow-go/v18/arrow"
)

// articleRef locates one article the scan found, so it can be read back
// later. References go to disk as the scan finds them (see spillSorter), so
// a run's memory does not grow with the number of articles.
type articleRef struct {
	id        string
	path      string // of the input file
	seq       int64  // the article's place in the scan: file order, then line order
	file      int32  // the input file's place among the run's inputs
	line      int32
	offset    int64
	size      int
	date      arrow.Date32
	textBytes int
	digest    [32]byte // of id, source, title and text digest
}

// refCodec encodes article references for the sorts and the file of them.
var refCodec = codec[articleRef]{what: "article references", append: appendRef, parse: parseRef}

func appendRef(b []byte, r articleRef) []byte {
	b = appendString(appendString(b, r.id), r.path)
	for _, v := range [...]int64{r.seq, int64(r.file), int64(r.line), r.offset, int64(r.size), int64(r.date), int64(r.textBytes)} {
		b = binary.AppendVarint(b, v)
	}
	return append(b, r.digest[:]...)
}

func parseRef(b []byte) (articleRef, error) {
	rd := recordReader{b: b}
	r := articleRef{id: rd.string(), path: rd.string(), seq: rd.int(), file: int32(rd.int()), line: int32(rd.int()), offset: rd.int(),
		size: int(rd.int()), date: arrow.Date32(rd.int()), textBytes: int(rd.int())}
	rd.bytes(r.digest[:])
	return r, rd.end()
}

// pathCodec encodes input paths for their sort.
var pathCodec = codec[string]{what: "input paths", append: appendString, parse: func(b []byte) (string, error) {
	rd := recordReader{b: b}
	s := rd.string()
	return s, rd.end()
}}

// byIDSeq orders references by article id, then by their place in the scan,
// so the first reference of an id is the one a run keeps.
func byIDSeq(a, b articleRef) int {
	return cmp.Or(strings.Compare(a.id, b.id), cmp.Compare(a.seq, b.seq))
}

// byDateID orders references by date, then by article id: the order in
// which a run writes partitions and their rows.
func byDateID(a, b articleRef) int {
	return cmp.Or(cmp.Compare(a.date, b.date), strings.Compare(a.id, b.id), cmp.Compare(a.seq, b.seq))
}

// keptArticles holds the articles the scan kept whole, by their place in
// the scan, until the analysis takes them.
type keptArticles struct {
	mu sync.Mutex
	m  map[int64]*Article
}

func (k *keptArticles) put(seq int64, a *Article) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.m == nil {
		k.m = map[int64]*Article{}
	}
	k.m[seq] = a
}

// take removes and returns the article kept for seq, or nil.
func (k *keptArticles) take(seq int64) *Article {
	k.mu.Lock()
	defer k.mu.Unlock()
	a := k.m[seq]
	delete(k.m, seq)
	return a
}

// seqReject is a reject and its place in the scan.
type seqReject struct {
	seq int64
	Reject
}

// rejectCodec encodes rejects for their sort into scan order.
var rejectCodec = codec[seqReject]{what: "rejects", append: appendReject, parse: parseReject}

func appendReject(b []byte, r seqReject) []byte {
	b = binary.AppendVarint(b, r.seq)
	b = appendString(b, r.Path)
	b = binary.AppendVarint(b, int64(r.Line))
	b = appendString(b, r.ArticleID)
	day := int64(math.MinInt64) // no date
	if !r.Date.IsZero() {
		day = int64(arrow.Date32FromTime(r.Date))
	}
	b = binary.AppendVarint(b, day)
	b = appendString(b, r.Reason)
	return appendString(b, r.Detail)
}

func parseReject(b []byte) (seqReject, error) {
	rd := recordReader{b: b}
	r := seqReject{seq: rd.int()}
	r.Path, r.Line, r.ArticleID = rd.string(), int(rd.int()), rd.string()
	if day := rd.int(); day != math.MinInt64 {
		r.Date = arrow.Date32(day).ToTime()
	}
	r.Reason, r.Detail = rd.string(), rd.string()
	return r, rd.end()
}

// bySeq orders rejects by their place in the scan.
func bySeq(a, b seqReject) int { return cmp.Compare(a.seq, b.seq) }

// inputTable is the summary of every input file of a run, in a file in
// input order: path, digest and the counts of its scan. The search for
// duplicates, after the scan, corrects the counts of the inputs it finds
// duplicates in; those corrections alone stay in memory.
type inputTable struct {
	file string
	n    int                  // inputs in the file
	dups map[int32]inputCount // corrections, by input index
}

// inputCount is a change to an input file's accepted articles and rejects.
type inputCount struct{ articles, rejects int32 }

// duplicate counts a duplicate found in input file: a reject, and one
// article fewer if the scan counted it as accepted (in the date range).
func (t *inputTable) duplicate(file int32, counted bool) {
	if t.dups == nil {
		t.dups = map[int32]inputCount{}
	}
	c := t.dups[file]
	c.rejects++
	if counted {
		c.articles--
	}
	t.dups[file] = c
}

// inputCodec encodes an input's summary.
var inputCodec = codec[InputSummary]{what: "input summaries", append: appendInput, parse: parseInput}

func appendInput(b []byte, in InputSummary) []byte {
	b = append(appendString(b, in.Path), in.SHA256[:]...)
	return binary.AppendVarint(binary.AppendVarint(b, int64(in.Articles)), int64(in.Rejects))
}

func parseInput(b []byte) (InputSummary, error) {
	rd := recordReader{b: b}
	in := InputSummary{Path: rd.string()}
	rd.bytes(in.SHA256[:])
	in.Articles, in.Rejects = int(rd.int()), int(rd.int())
	return in, rd.end()
}

// all yields the summaries in input order; an error ends them.
func (t *inputTable) all() iter.Seq2[InputSummary, error] {
	return func(yield func(InputSummary, error) bool) {
		var err error
		i := 0
		for in := range readRecords(t.file, inputCodec, &err) {
			if c, ok := t.dups[int32(i)]; ok {
				in.Articles += int(c.articles)
				in.Rejects += int(c.rejects)
			}
			if !yield(in, nil) {
				return
			}
			i++
		}
		if err == nil && i != t.n {
			err = fmt.Errorf("read %s: %d inputs of the %d written", t.file, i, t.n)
		}
		if err != nil {
			yield(InputSummary{}, err)
		}
	}
}
