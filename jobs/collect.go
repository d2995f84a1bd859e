package jobs

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"github.com/apache/arrow-go/v18/arrow"

	"github.com/stance-news/stance/analysis/pipeline"
	"github.com/stance-news/stance/jobs/source"
)

// inputs is what the first pass over the inputs found.
type inputs struct {
	// spillDir holds the decompressed content of .gz inputs, to read their
	// articles back by offset (see spillName).
	spillDir string
	dates    []dateGroup // the dates of the accepted articles, in order
	// refs is the file of the accepted articles' references, sorted by
	// date then article id ("" in a dry run, which reads no article back).
	refs string
	kept *keptArticles
	// rejects is the file of the scan's rejects, in scan order ("" in a
	// dry run, which only counts them).
	rejects       string
	nRejects      int
	rejectReasons map[string]int
	articles      int
	// accepted counts every article the scan accepted, in the run's dates
	// or not.
	accepted int
}

// dateGroup is one date's accepted articles.
type dateGroup struct {
	date     time.Time
	articles int
	digest   string // identifies the input: SHA-256 of its articles' digests, in id order
}

// collect reads every input file in sorted order, drops duplicates and
// articles outside the date range, and counts and lists the rest by date.
// Its files go in dir: the sorts' temporary files and the table of inputs
// the summary reads. Unless dry, dir also receives what the analysis pass
// reads: the accepted articles' references sorted by date and id, the
// rejects in scan order, and the decompressed content of .gz inputs, so
// their articles can be read back by offset. Up to keep bytes of articles
// are kept whole, so the analysis pass need not read them again.
func collect(ctx context.Context, cfg RunConfig, sum *RunSummary, dir string, dry bool, keep int64) (*inputs, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", dir, err)
	}
	spillDir := dir // where the analysis pass reads from
	if dry {
		spillDir = ""
	}
	files, err := sortInputs(ctx, cfg.Inputs, dir)
	if err != nil {
		return nil, err
	}
	defer files.stop()
	in := &inputs{spillDir: spillDir, kept: &keptArticles{}}
	table := &inputTable{file: filepath.Join(dir, "inputs")}
	tableW, err := createRecords(table.file, inputCodec)
	if err != nil {
		return nil, err
	}
	defer tableW.close() // on errors; closing twice does nothing
	budget := &keepBudget{}
	budget.left.Store(keep)
	// A date is in the run when it is in the selected range and this shard
	// owns it.
	inRange := func(d time.Time) bool {
		return (cfg.Since.IsZero() || !d.Before(cfg.Since)) && (cfg.Until.IsZero() || !d.After(cfg.Until)) && cfg.Shard.Owns(d)
	}
	ss := newScanSettings(cfg, spillDir, budget, inRange)
	// Every article goes to a sort by (id, place in the scan), which finds
	// the duplicates after the scan: memory stays flat however many
	// articles a backfill reads. Rejects are numbered in the same sequence
	// so those of duplicates can be put back in scan order.
	byID := newSpillSorter(ctx, dir, refCodec, byIDSeq)
	defer byID.stop()
	rejects := &scanRejects{reasons: map[string]int{}}
	if !dry {
		rejects.sort = newSpillSorter(ctx, dir, rejectCodec, bySeq)
		defer rejects.sort.stop()
	}
	var seq int64
	// Files are read and parsed by workers (more than cores: reading many
	// small files is mostly waiting); what each found is merged here in
	// file order, so articles and rejects are numbered as if the files were
	// read one after the other. A large JSONL or gzip file is read here, in
	// its turn, its articles merged as they are parsed: held back for a
	// later merge, the references of a multi-gigabyte file would not fit
	// the memory a run is allowed.
	var is InputSummary // the file being merged
	rlog := rejectLogger{log: cfg.Logger}
	mergeEvent := func(f inputFile, ev *scanEvent) error {
		seq++
		if ev.reject != nil {
			if r := *ev.reject; r.Date.IsZero() && cfg.Shard.OwnsUndated() || !r.Date.IsZero() && inRange(r.Date) {
				is.Rejects++
				rlog.add(r)
				return rejects.add(seqReject{seq, r})
			}
			return nil
		}
		ref := ev.ref
		ref.path, ref.file, ref.seq = f.path, f.index, seq
		if inRange(ref.date.ToTime()) {
			is.Articles++ // until the search for duplicates says otherwise
		}
		if ev.kept != nil {
			in.kept.put(seq, ev.kept)
		}
		return byID.add(ref)
	}
	merge := func(_ int, fs *fileScan) error {
		f := fs.file
		is = InputSummary{Path: f.path}
		if cfg.pathName != nil {
			is.Path = cfg.pathName(f.path)
		}
		var err error
		if fs.inline {
			fs = scanFile(f, ss, func(ev *scanEvent) error { return mergeEvent(f, ev) })
		} else {
			for k := range fs.events {
				if err = mergeEvent(f, &fs.events[k]); err != nil {
					break
				}
			}
		}
		if fs.err != nil {
			return fs.err
		}
		if err != nil {
			return err
		}
		is.SHA256 = fs.digest
		table.n++
		return tableW.write(is)
	}
	scan := func(f inputFile) *fileScan { return scanQueued(f, ss) }
	var listErr error
	if err := inOrder(ctx, numbered(files.sorted(&listErr)), 4*cfg.Jobs, 8*cfg.Jobs, scan, merge); err != nil {
		return nil, err
	}
	if listErr != nil {
		return nil, listErr
	}
	if err := tableW.close(); err != nil {
		return nil, err
	}
	sum.inputs = table

	byDate := newSpillSorter(ctx, dir, refCodec, byDateID)
	defer byDate.stop()
	if err := in.keepFirst(byID, byDate, rejects, sum, inRange, cfg.Shard, budget); err != nil {
		return nil, err
	}
	if err := in.writeRejects(rejects, spillDir); err != nil {
		return nil, err
	}
	if err := in.groupDates(byDate, spillDir); err != nil {
		return nil, err
	}
	return in, nil
}

// newScanSettings is how the files of a run are scanned: articles dated
// outside inRange only peeked at, kept texts charged to budget, gzip
// content spilled under spillDir ("" for none), and the language check of
// cfg.Languages (English only by default) when the models have one.
func newScanSettings(cfg RunConfig, spillDir string, budget *keepBudget, inRange func(time.Time) bool) scanSettings {
	ss := scanSettings{spillDir: spillDir, budget: budget, outside: func(d time.Time) bool { return !inRange(d) }}
	if !cfg.Since.IsZero() || !cfg.Until.IsZero() || cfg.Shard.Count > 1 {
		ss.peek = ss.outside
	}
	if cfg.Models != nil && cfg.Models.Pipeline != nil && cfg.Models.Pipeline.Language != nil {
		ss.detect, ss.allowed = cfg.Models.Pipeline.Language, map[string]bool{}
		langs := cfg.Languages
		if len(langs) == 0 {
			langs = []string{"en"}
		}
		for _, l := range langs {
			ss.allowed[strings.ToLower(strings.TrimSpace(l))] = true
		}
	}
	return ss
}

// scanRejects gathers the scan's rejects. They are counted; with a
// directory to spill to, they are also sorted into scan order there.
type scanRejects struct {
	sort    *spillSorter[seqReject] // nil in a dry run
	n       int
	reasons map[string]int
}

func (r *scanRejects) add(x seqReject) error {
	r.n++
	r.reasons[x.Reason]++
	if r.sort == nil {
		return nil
	}
	return r.sort.add(x)
}

// writeRejects takes the counts of the scan's rejects and, with spillDir
// set, writes them in scan order to a file there for the rejects table.
func (in *inputs) writeRejects(rejects *scanRejects, spillDir string) error {
	in.nRejects, in.rejectReasons = rejects.n, rejects.reasons
	if rejects.sort == nil {
		return nil
	}
	in.rejects = filepath.Join(spillDir, "rejects")
	w, err := createRecords(in.rejects, rejectCodec)
	if err != nil {
		return err
	}
	for r := range rejects.sort.sorted(&err) {
		if err = w.write(r); err != nil {
			break
		}
	}
	if cerr := w.close(); err == nil {
		err = cerr
	}
	return err
}

// keepFirst reads the scan's references sorted by id and scan order: the
// first of each id wins, and those in the date range go to byDate and are
// counted in sum; the others are duplicates, added to rejects.
func (in *inputs) keepFirst(byID, byDate *spillSorter[articleRef], rejects *scanRejects, sum *RunSummary, inRange func(time.Time) bool, shard Shard, budget *keepBudget) error {
	var first articleRef
	var err error
	for ref := range byID.sorted(&err) {
		if ref.id == first.id && first.seq != 0 {
			dup := Reject{Path: ref.path, Line: int(ref.line), ArticleID: ref.id, Date: ref.date.ToTime(),
				Reason: ReasonDuplicateID, Detail: fmt.Sprintf("article id first seen in %s%s", first.path, lineSuffix(int(first.line)))}
			if shard.Owns(dup.Date) { // each shard records the duplicates of its own dates
				if err := rejects.add(seqReject{ref.seq, dup}); err != nil {
					return err
				}
			}
			sum.inputs.duplicate(ref.file, inRange(ref.date.ToTime()))
			in.drop(ref, budget)
			continue
		}
		first = ref
		in.accepted++
		if !inRange(ref.date.ToTime()) {
			in.drop(ref, budget)
			continue
		}
		sum.Articles++
		sum.TextBytes += int64(ref.textBytes)
		in.articles++
		if err := byDate.add(ref); err != nil {
			return err
		}
	}
	return err
}

// groupDates reads the kept references sorted by date and id, lists the
// dates with their digests, and, with spillDir set, writes the references
// to a file there for the analysis pass.
func (in *inputs) groupDates(byDate *spillSorter[articleRef], spillDir string) error {
	var refs *recordWriter[articleRef]
	if spillDir != "" {
		var err error
		in.refs = filepath.Join(spillDir, "refs")
		if refs, err = createRecords(in.refs, refCodec); err != nil {
			return err
		}
	}
	var digest hash.Hash
	endDate := func() {
		if n := len(in.dates); n > 0 {
			in.dates[n-1].digest = hex.EncodeToString(digest.Sum(nil))
		}
	}
	var err error
	for ref := range byDate.sorted(&err) {
		if d := ref.date.ToTime(); len(in.dates) == 0 || !in.dates[len(in.dates)-1].date.Equal(d) {
			endDate()
			in.dates = append(in.dates, dateGroup{date: d})
			digest = sha256.New()
		}
		in.dates[len(in.dates)-1].articles++
		digest.Write(ref.digest[:])
		if refs != nil {
			if err = refs.write(ref); err != nil {
				break
			}
		}
	}
	endDate()
	if refs != nil {
		if cerr := refs.close(); err == nil {
			err = cerr
		}
	}
	return err
}

// drop forgets an article the run will not analyse.
func (in *inputs) drop(ref articleRef, budget *keepBudget) {
	if a := in.kept.take(ref.seq); a != nil {
		budget.release(ref.size)
	}
}

// inputFile is one input file and its place among the run's inputs.
type inputFile struct {
	index int32
	path  string
}

// sortInputs starts a sort of the files of paths, as ListInputs lists
// them, on disk in spillDir beyond one chunk of them. An input that does not
// exist is a usage error.
func sortInputs(ctx context.Context, paths []string, spillDir string) (*spillSorter[string], error) {
	files := newSpillSorter(ctx, spillDir, pathCodec, strings.Compare)
	var addErr error
	err := source.WalkInputs(paths, func(p string) error { addErr = files.add(p); return addErr })
	switch {
	case addErr != nil:
		files.stop()
		return nil, addErr
	case err != nil:
		files.stop()
		return nil, fmt.Errorf("%w: %w", ErrUsage, err)
	}
	return files, nil
}

// numbered yields the distinct paths of a sorted sequence, numbered from 0.
func numbered(paths iter.Seq[string]) iter.Seq[inputFile] {
	return func(yield func(inputFile) bool) {
		f := inputFile{index: -1}
		for p := range paths {
			if f.index >= 0 && p == f.path {
				continue // named twice
			}
			f.index++
			f.path = p
			if !yield(f) {
				return
			}
		}
	}
}

// spillName is where the decompressed content of .gz input number fi is
// kept in spillDir.
func spillName(spillDir string, fi int32) string {
	return filepath.Join(spillDir, fmt.Sprintf("%06d", fi))
}

// fileScan is what reading one input file found, in the file's order.
type fileScan struct {
	file   inputFile
	inline bool // not read yet: the merge reads it (see scanInline)
	events []scanEvent
	digest Digest // of the file's bytes
	err    error  // reading stopped here
}

// scanEvent is one article or one reject of a file: for an article, the
// reference to it (its file and place in the scan left 0: the merge sets
// them), and the article itself when the scan could keep it (see keepLimit).
type scanEvent struct {
	reject *Reject // nil for an article
	ref    articleRef
	kept   *Article
}

// inlineScanBytes is the size above which a JSONL or gzip input is read by
// the merge itself rather than by a worker.
var inlineScanBytes int64 = 16 << 20 // a variable so tests can move it

// scanInline reports whether path is a JSONL or gzip input too large for
// a worker to hold all its references until the merge takes them. Text
// files hold one article and never are.
func scanInline(path string) bool {
	kind, gz := source.Classify(path)
	if kind != source.KindJSONL && !gz {
		return false
	}
	st, err := os.Stat(path)
	return err == nil && st.Size() > inlineScanBytes
}

// scanSettings are what the scans of a run's input files share.
type scanSettings struct {
	spillDir string      // where a .gz input's content is kept; "" for nowhere
	budget   *keepBudget // for the articles kept whole
	// outside reports the dates the run leaves out. Their articles still
	// take part in the search for duplicate ids, but are parsed no further
	// than that needs, and neither hashed nor kept.
	outside func(time.Time) bool
	// peek is outside when the run leaves some dates out, and nil when it
	// takes every date (no --date, --since or --until, no shards): then
	// peeking at a line before parsing it would only decode it twice.
	peek func(time.Time) bool
	// detect, when set, identifies each article's language; an article
	// in a language outside allowed becomes a not_english reject.
	detect  pipeline.LanguageDetector
	allowed map[string]bool
}

// scanQueued is scanFile run by a worker ahead of the merge: it holds what
// it finds for the merge, or leaves a large JSONL or gzip file to the merge
// (see scanInline).
func scanQueued(f inputFile, ss scanSettings) *fileScan {
	if scanInline(f.path) {
		return &fileScan{file: f, inline: true}
	}
	var events []scanEvent
	fs := scanFile(f, ss, func(ev *scanEvent) error { events = append(events, *ev); return nil })
	fs.events = events
	return fs
}

// scanFile reads and parses input file f, handing each article and reject
// to on in file order. With ss.spillDir set, a .gz file's decompressed
// content is kept there for reading back. Articles in the run's dates are
// kept whole while ss.budget allows.
func scanFile(f inputFile, ss scanSettings, on func(*scanEvent) error) *fileScan {
	path := f.path
	fs := &fileScan{file: f}
	reject := func(r Reject) error {
		return on(&scanEvent{reject: &r})
	}
	emit := func(a Article) error {
		ev := scanEvent{ref: articleRef{id: a.ID, line: int32(a.Line), offset: a.Offset, size: a.Size, date: arrow.Date32FromTime(a.Date)}}
		if ss.outside(a.Date) {
			return on(&ev) // only to find duplicates: see keepFirst
		}
		if ss.detect != nil {
			if r := ss.detect.Detect(a.Text); r.Reliable && !ss.allowed[r.Code] {
				return reject(Reject{Path: path, Line: a.Line, ArticleID: a.ID, Date: a.Date, Reason: ReasonNotEnglish,
					Detail: fmt.Sprintf("language %s (confidence %.2f)", r.Code, r.Confidence)})
			}
		}
		ev.ref.textBytes, ev.ref.digest = len(a.Text), articleDigest(a)
		if ss.budget.take(a.Size) {
			kept := a // a copy, so that a itself stays off the heap
			ev.kept = &kept
		}
		return on(&ev)
	}
	var spill *os.File
	if _, gz := source.Classify(path); gz && ss.spillDir != "" {
		sf, err := os.Create(spillName(ss.spillDir, f.index))
		if err != nil {
			fs.err = fmt.Errorf("spill %s: %w", path, err)
			return fs
		}
		spill = sf
	}
	var w io.Writer
	if spill != nil {
		w = spill
	}
	var err error
	if fs.digest, err = source.ReadInput(path, w, ss.peek, emit, reject); err != nil {
		fs.err = fmt.Errorf("read %s: %w", path, err)
	}
	if spill != nil {
		if cerr := spill.Close(); cerr != nil && fs.err == nil {
			fs.err = fmt.Errorf("spill %s: %w", path, cerr)
		}
	}
	return fs
}

// load returns an article for analysis: the one the scan kept, or else it
// reads it back. The input is re-parsed from the bytes the first pass
// located; if it no longer parses to the same article (the file changed
// during the run) the article becomes a reject. A kept article is the very
// one the scan hashed, so it is analysed as it was then.
func (in *inputs) load(ref articleRef) (Article, *Reject) {
	path := ref.path
	if kept := in.kept.take(ref.seq); kept != nil {
		a := *kept
		a.Path, a.Line, a.Offset, a.Size = path, int(ref.line), ref.offset, ref.size
		return a, nil
	}
	bad := func(detail string) (Article, *Reject) {
		return Article{}, &Reject{Path: path, Line: int(ref.line), ArticleID: ref.id, Reason: ReasonReadError, Detail: detail}
	}
	from := path
	if _, gz := source.Classify(path); gz {
		from = spillName(in.spillDir, ref.file)
	}
	f, err := source.OpenInput(from)
	if err != nil {
		return bad(err.Error())
	}
	defer f.Close()
	buf := make([]byte, ref.size)
	if _, err := f.ReadAt(buf, ref.offset); err != nil {
		return bad("read back: " + err.Error())
	}
	var a Article
	var rej *Reject
	if kind, _ := source.Classify(path); kind == source.KindJSONL {
		a, rej = source.ParseJSONLine(bytes.TrimRight(buf, "\r\n"))
	} else {
		a, rej = source.ParseText(source.BaseID(path), buf)
	}
	if rej != nil || a.ID != ref.id || articleDigest(a) != ref.digest {
		return bad("input changed while the run was reading it")
	}
	a.Path, a.Line, a.Offset, a.Size = path, int(ref.line), ref.offset, ref.size
	return a, nil
}

// keptTextMax caps how many bytes of articles a run keeps from the scan
// (a variable so tests can move it).
var keptTextMax int64 = 64 << 20

// keepLimit returns how many bytes of articles the scan may keep for the
// analysis pass: an eighth of the memory limit (25 MiB under the default
// 200 MiB), at most keptTextMax. A nightly run's day of articles is then
// often read once instead of twice; a backfill keeps its first days'.
func keepLimit() int64 {
	return min(debug.SetMemoryLimit(-1)/8, keptTextMax)
}

// keepBudget is what is left of the bytes of articles the scan may keep.
// The scan's workers draw on it concurrently; which articles are kept
// changes no output, only whether they are read again.
type keepBudget struct{ left atomic.Int64 }

// take reports whether n more bytes may be kept, and if so counts them.
func (b *keepBudget) take(n int) bool {
	if b.left.Add(-int64(n)) >= 0 {
		return true
	}
	b.left.Add(int64(n))
	return false
}

// release returns the n bytes of a kept article the run will not analyse.
func (b *keepBudget) release(n int) {
	b.left.Add(int64(n))
}

func articleDigest(a Article) [32]byte {
	return sha256.Sum256([]byte(fmt.Sprintf("%q %q %q %s", a.ID, a.Source, a.Title, a.SHA256)))
}

func lineSuffix(line int) string {
	if line == 0 {
		return ""
	}
	return fmt.Sprintf(":%d", line)
}
