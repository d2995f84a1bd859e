package training

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/stance-news/stance/analysis/stance"
	"github.com/stance-news/stance/internal/durable"
)

// LabelRow is one committed real-news label: where the target is in the
// shared text (never the text itself) and its polarity.
type LabelRow struct {
	// Split is "train" or "test" (the untouched held-out share).
	Split string
	// Source is "wikinews" (../shared/data/news-pool/wikinews.jsonl) or
	// "newsmtsc" (../shared/data/newsmtsc/train.jsonl).
	Source string
	// DocID is the article id (wikinews) or the sentence's NewsMTSCKey
	// (newsmtsc).
	DocID string
	// SentStart and SentEnd are code points of the sentence in the article
	// text (0 and the sentence length for newsmtsc).
	SentStart, SentEnd int
	// From and To are code points of the mention in the sentence.
	From, To int
	// Party is the party id.
	Party string
	// Label is "neg", "neu", "pos", or "none" for a matcher candidate
	// that the guidelines do not count as a mention.
	Label string
	// Surface is the first 8 hex digits of the SHA-256 of the mention's
	// text, which checks the join without committing the text.
	Surface string
}

// Label names in label files.
const (
	LabelNeg  = "neg"
	LabelNeu  = "neu"
	LabelPos  = "pos"
	LabelNone = "none"
)

// labelColumns is the header of a label file.
const labelColumns = "split\tsource\tdoc_id\tsent_start\tsent_end\tfrom\tto\tparty\tlabel\tsurface_sha"

// A few NewsMTSC ids hold a line break; label files escape the
// backslash, tab, line feed and carriage return of a field.
var (
	fieldEscaper   = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)
	fieldUnescaper = strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\n`, "\n", `\r`, "\r")
)

// SurfaceDigest is LabelRow.Surface for a mention's text.
func SurfaceDigest(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:4])
}

// ReadLabels reads a tab-separated label file (labelColumns, then one
// LabelRow a line).
func ReadLabels(path string) ([]LabelRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read labels: %w", err)
	}
	defer f.Close()
	var rows []LabelRow
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			if sc.Text() != labelColumns {
				return nil, fmt.Errorf("%w: %s:1: header %q, want %q", ErrData, path, sc.Text(), labelColumns)
			}
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("%w: %s:%d: %d fields, want 10", ErrData, path, line, len(f))
		}
		r := LabelRow{Split: f[0], Source: f[1], DocID: fieldUnescaper.Replace(f[2]), Party: f[7], Label: f[8], Surface: f[9]}
		nums := []*int{&r.SentStart, &r.SentEnd, &r.From, &r.To}
		for k, p := range nums {
			n, err := strconv.Atoi(f[3+k])
			if err != nil || n < 0 {
				return nil, fmt.Errorf("%w: %s:%d: field %d: %q is not an offset", ErrData, path, line, 4+k, f[3+k])
			}
			*p = n
		}
		switch {
		case r.Split != "train" && r.Split != "test":
			return nil, fmt.Errorf("%w: %s:%d: split %q", ErrData, path, line, r.Split)
		case r.Source != "wikinews" && r.Source != "newsmtsc":
			return nil, fmt.Errorf("%w: %s:%d: source %q", ErrData, path, line, r.Source)
		case r.Label != LabelNeg && r.Label != LabelNeu && r.Label != LabelPos && r.Label != LabelNone:
			return nil, fmt.Errorf("%w: %s:%d: label %q", ErrData, path, line, r.Label)
		case r.SentEnd < r.SentStart || r.To <= r.From:
			return nil, fmt.Errorf("%w: %s:%d: empty span", ErrData, path, line)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rows, nil
}

// WriteLabels writes rows as a label file that ReadLabels reads.
func WriteLabels(path string, rows []LabelRow) error {
	var b strings.Builder
	b.WriteString(labelColumns + "\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%s\t%s\t%s\n", r.Split, r.Source, fieldEscaper.Replace(r.DocID),
			r.SentStart, r.SentEnd, r.From, r.To, r.Party, r.Label, r.Surface)
	}
	return durable.WriteAtomic(path, []byte(b.String()))
}

// LabelledSentence is the text a group of label rows points into.
type LabelledSentence struct {
	Source, DocID      string
	SentStart, SentEnd int
	// Doc is the story the sentence belongs to, for grouping folds: the
	// article id, or the NewsMTSC story (NewsMTSCStory).
	Doc  string
	Text string
}

// SharedText holds the shared texts that label files point into: the
// Wikinews articles and the NewsMTSC train sentences.
type SharedText struct {
	articles map[string]string
	mtsc     map[string]string
}

// ReadSharedText reads the texts under dir (../shared/data): the
// news-pool articles and the NewsMTSC train sentences.
func ReadSharedText(dir string) (*SharedText, error) {
	st := &SharedText{articles: map[string]string{}, mtsc: map[string]string{}}
	if err := EachJSONL(filepath.Join(dir, "news-pool", "wikinews.jsonl"), func(raw []byte) error {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(raw, &a); err != nil {
			return err
		}
		st.articles[a.ID] = a.Text
		return nil
	}); err != nil {
		return nil, err
	}
	if err := EachJSONL(filepath.Join(dir, "newsmtsc", "train.jsonl"), func(raw []byte) error {
		var l mtscLine
		if err := json.Unmarshal(raw, &l); err != nil {
			return err
		}
		st.mtsc[NewsMTSCKey(l.GID)] = l.Sentence
		return nil
	}); err != nil {
		return nil, err
	}
	return st, nil
}

// EachJSONL calls fn with every non-blank line of the JSONL file at path,
// and wraps its error with the file and line.
func EachJSONL(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read JSONL: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if len(trimSpaceBytes(sc.Bytes())) == 0 {
			continue
		}
		if err := fn(sc.Bytes()); err != nil {
			return fmt.Errorf("%w: %s:%d: %w", ErrData, path, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Sentence returns the sentence a label row points into.
func (st *SharedText) Sentence(r LabelRow) (LabelledSentence, error) {
	ls := LabelledSentence{Source: r.Source, DocID: r.DocID, SentStart: r.SentStart, SentEnd: r.SentEnd}
	var text string
	switch r.Source {
	case "wikinews":
		a, ok := st.articles[r.DocID]
		if !ok {
			return ls, fmt.Errorf("%w: article %s is not in the news pool", ErrData, r.DocID)
		}
		s, ok := runeSlice(a, r.SentStart, r.SentEnd)
		if !ok {
			return ls, fmt.Errorf("%w: article %s: sentence [%d,%d) outside the text", ErrData, r.DocID, r.SentStart, r.SentEnd)
		}
		text, ls.Doc = s, r.DocID
	case "newsmtsc":
		s, ok := st.mtsc[r.DocID]
		if !ok {
			return ls, fmt.Errorf("%w: NewsMTSC sentence %s is not in train.jsonl", ErrData, r.DocID)
		}
		text, ls.Doc = s, storyOfKey(r.DocID)
	}
	ls.Text = text
	return ls, nil
}

// runeSlice returns s's code points [from, to).
func runeSlice(s string, from, to int) (string, bool) {
	i, start := 0, -1
	for b := range s {
		if i == from {
			start = b
		}
		if i == to {
			if start < 0 {
				return "", false
			}
			return s[start:b], true
		}
		i++
	}
	if i == to && (start >= 0 || from == to) {
		if start < 0 {
			start = len(s)
		}
		return s[start:], true
	}
	return "", false
}

// LabelExamples joins label rows to the shared text: one country-domain
// example per mention (rows labelled none are not mentions and give none),
// with the sentence's other mentions as Others, grouped by party, and Doc
// set for grouped folds. Rows of one sentence stay together, in the order
// of the file. Each mention's text must match the row's surface digest.
func LabelExamples(rows []LabelRow, st *SharedText) ([]stance.Example, error) {
	type key struct {
		src, doc   string
		start, end int
	}
	var order []key
	bySent := map[key][]LabelRow{}
	for _, r := range rows {
		k := key{r.Source, r.DocID, r.SentStart, r.SentEnd}
		if _, ok := bySent[k]; !ok {
			order = append(order, k)
		}
		bySent[k] = append(bySent[k], r)
	}
	var out []stance.Example
	for _, k := range order {
		rs := bySent[k]
		ls, err := st.Sentence(rs[0])
		if err != nil {
			return nil, err
		}
		var spans []stance.Span
		var kept []LabelRow
		for _, r := range rs {
			if r.Label == LabelNone {
				continue
			}
			b0, b1, ok := byteSpan(ls.Text, r.From, r.To)
			if !ok {
				return nil, fmt.Errorf("%w: %s %s: mention [%d,%d) outside the sentence", ErrData, r.Source, r.DocID, r.From, r.To)
			}
			if d := SurfaceDigest(ls.Text[b0:b1]); d != r.Surface {
				return nil, fmt.Errorf("%w: %s %s: mention [%d,%d) reads %q, whose digest %s is not the label's %s (has the shared text changed?)",
					ErrData, r.Source, r.DocID, r.From, r.To, ls.Text[b0:b1], d, r.Surface)
			}
			spans = append(spans, stance.Span{Start: b0, End: b1})
			kept = append(kept, r)
		}
		sort.SliceStable(kept, func(i, j int) bool { return kept[i].From < kept[j].From })
		sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
		for i, r := range kept {
			others := make([]stance.Span, 0, len(spans)-1)
			for j := range spans {
				if j != i {
					others = append(others, spans[j])
				}
			}
			out = append(out, stance.Example{
				Sentence: ls.Text, Target: spans[i], Others: others, Label: labelClass(r.Label),
				Domain: stance.DomainCountry, Group: "party:" + r.Party, Doc: ls.Doc,
				ID: fmt.Sprintf("%s:%s:%d:%d:%s", r.Source, r.DocID, r.SentStart, r.From, r.Party),
			})
		}
	}
	return out, nil
}

func labelClass(l string) int {
	switch l {
	case LabelNeg:
		return 0
	case LabelPos:
		return 2
	}
	return 1
}

// byteSpan converts code points [from, to) of s to bytes.
func byteSpan(s string, from, to int) (int, int, bool) {
	b0, b1 := -1, -1
	i := 0
	for b := range s {
		if i == from {
			b0 = b
		}
		if i == to {
			b1 = b
		}
		i++
	}
	if i == to {
		b1 = len(s)
	}
	if from == i {
		b0 = len(s)
	}
	return b0, b1, b0 >= 0 && b1 >= b0 && utf8.ValidString(s)
}
