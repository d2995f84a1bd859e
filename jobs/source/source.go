// Package source reads the inputs of a run: it walks the input paths,
// decompresses .gz files, and parses text files and JSONL lines into dated
// articles, or into rejects that say why an input could not become one.
// Problems with an input's content are rejects, never errors; an error is
// only what a caller's callback returned.
//
// It owns nothing on disk and writes nothing but the spill copy its caller
// asks for.
package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// DateLayout is the layout of article dates in inputs, flags and partition names.
const DateLayout = "2006-01-02"

// Article is one dated news article read from an input.
type Article struct {
	ID     string
	Date   time.Time // UTC midnight
	Source string    // empty when the input names none
	Title  string    // empty when the input names none
	Text   string    // NFC-normalised
	SHA256 string    // hex SHA-256 of Text

	Path string // input file the article came from
	Line int    // 1-based JSONL line, 0 for text files
	// Offset and Size locate the article's record (the whole text file, or
	// its JSONL line) in the decompressed content of Path.
	Offset int64
	Size   int
}

// Reject reasons, as written to the rejects table's reason column.
const (
	ReasonEmpty        = "empty"
	ReasonNoDate       = "no_date"
	ReasonBadDate      = "bad_date"
	ReasonInvalidUTF8  = "invalid_utf8"
	ReasonNULBytes     = "nul_bytes"
	ReasonBadJSON      = "bad_json"
	ReasonMissingField = "missing_field"
	ReasonUnsupported  = "unsupported_file"
	ReasonReadError    = "read_error"
	ReasonDuplicateID  = "duplicate_id"
	ReasonBadID        = "bad_id"
	ReasonPanic        = "analysis_panic"
	ReasonTooLarge     = "too_large"
	ReasonNotEnglish   = "not_english"
)

// Reject is an input, or one line of it, that could not become an article.
type Reject struct {
	Path      string
	Line      int       // 1-based JSONL line; 0 when the whole file is rejected
	ArticleID string    // empty when unknown
	Date      time.Time // zero when unknown
	Reason    string
	Detail    string
}

// MaxLine bounds one JSONL line; longer lines are rejected, not buffered.
const MaxLine = 64 << 20

// maxTextFile bounds one text-file article after decompression, so a gzip
// bomb or a device file cannot exhaust memory. A variable only so tests can
// lower it.
var maxTextFile int64 = 64 << 20

// ListInputs expands the given paths into the sorted list of files to read:
// directories are walked recursively (hidden entries skipped); files are kept
// as given. A path that does not exist is an error.
func ListInputs(paths []string) ([]string, error) {
	var files []string
	if err := WalkInputs(paths, func(path string) error { files = append(files, path); return nil }); err != nil {
		return nil, err
	}
	// A file named twice (a directory and a file in it, say) is read once.
	// Sorting first spares a set of every path.
	slices.Sort(files)
	return slices.Compact(files), nil
}

// WalkInputs hands every file of paths to add, as ListInputs lists them but
// unsorted and perhaps more than once.
func WalkInputs(paths []string, add func(string) error) error {
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return fmt.Errorf("input %s: %w", p, err)
		}
		if !info.IsDir() {
			if err := add(p); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("walk %s: %w", path, err)
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				return add(path)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("input %s: %w", p, err)
		}
	}
	return nil
}

// Kind is how a file's content is parsed.
type Kind int

// The kinds of input file, by name (Classify).
const (
	KindText        Kind = iota // one article: "date YYYY-MM-DD", then the text
	KindJSONL                   // one article per line
	KindUnsupported             // rejected whole
)

// Classify decides a file's kind from its name, after removing a .gz suffix.
func Classify(path string) (kind Kind, gz bool) {
	name := strings.ToLower(filepath.Base(path))
	if strings.HasSuffix(name, ".gz") {
		gz = true
		name = strings.TrimSuffix(name, ".gz")
	}
	switch filepath.Ext(name) {
	case ".jsonl", ".ndjson":
		return KindJSONL, gz
	case ".txt", ".text", "":
		return KindText, gz
	default:
		return KindUnsupported, gz
	}
}

// BaseID is the file name without directory, .gz and extension.
func BaseID(path string) string {
	name := filepath.Base(path)
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		name = name[:len(name)-3]
	}
	return strings.TrimSuffix(name, filepath.Ext(name))
}

// ReadFile parses one input file, calling emit for each article and reject
// for each unusable article in file order. It returns the SHA-256 of the
// file's bytes as stored (before decompression). An error is returned only
// when emit or reject returns one; problems with the file itself become
// rejects.
func ReadFile(path string, emit func(Article) error, reject func(Reject) error) (digest string, err error) {
	d, err := ReadInput(path, nil, nil, emit, reject)
	return d.String(), err
}

// ReadInput is ReadFile that also copies the decompressed content of a .gz
// input to spill (when not nil), so articles can be read back by offset.
// With outside set, a JSONL article dated outside the run's dates may be
// emitted with only its id, date and place in the file: it is parsed no
// further than that takes (see peekJSONLine).
func ReadInput(path string, spill io.Writer, outside func(time.Time) bool, emit func(Article) error, reject func(Reject) error) (digest Digest, err error) {
	kind, gz := Classify(path)
	if kind == KindUnsupported {
		return Digest{}, reject(Reject{Path: path, Reason: ReasonUnsupported, Detail: "unsupported file extension " + filepath.Ext(path)})
	}
	f, err := OpenInput(path)
	if err != nil {
		return Digest{}, reject(Reject{Path: path, Reason: ReasonReadError, Detail: err.Error()})
	}
	defer f.Close()
	h := sha256.New()
	var r io.Reader = io.TeeReader(f, h)
	atEOF := false // f was read to its end
	sum := func() (d Digest) {
		if !atEOF {
			io.Copy(h, f) // hash what the parser did not need to read
		}
		h.Sum(d[:0])
		return d
	}
	if gz {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return sum(), reject(Reject{Path: path, Reason: ReasonReadError, Detail: "gzip: " + err.Error()})
		}
		defer zr.Close()
		r = zr
		if spill != nil {
			r = io.TeeReader(zr, spill)
		}
	}
	if kind == KindJSONL {
		err := readJSONL(path, r, outside, emit, reject)
		return sum(), err
	}
	var buf bytes.Buffer
	if st, err := f.Stat(); err == nil && !gz && st.Size() <= maxTextFile {
		buf.Grow(int(st.Size()) + bytes.MinRead) // one allocation for a plain file
	}
	_, err = buf.ReadFrom(io.LimitReader(r, maxTextFile+1))
	data := buf.Bytes()
	if err != nil {
		return sum(), reject(Reject{Path: path, Reason: ReasonReadError, Detail: err.Error()})
	}
	// Short of the limit, ReadFrom stopped at the end of the file itself
	// (of a gzip file, at the end of its stream, which may not be the end).
	atEOF = !gz && int64(len(data)) <= maxTextFile
	if int64(len(data)) > maxTextFile {
		return sum(), reject(Reject{Path: path, ArticleID: BaseID(path), Reason: ReasonTooLarge,
			Detail: fmt.Sprintf("article is larger than %d bytes", maxTextFile)})
	}
	a, rej := ParseText(BaseID(path), data)
	a.Path, a.Size = path, len(data)
	if rej != nil {
		rej.Path = path
		return sum(), reject(*rej)
	}
	return sum(), emit(a)
}

// ParseText parses the text-file format: the token "date", a YYYY-MM-DD date,
// then the article text. It returns a reject (without Path) when the content
// cannot become an article.
func ParseText(id string, data []byte) (Article, *Reject) {
	bad := func(reason, detail string) (Article, *Reject) {
		return Article{}, &Reject{ArticleID: id, Reason: reason, Detail: detail}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		return bad(ReasonEmpty, "file is empty or white space only")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return bad(ReasonNULBytes, fmt.Sprintf("NUL byte at offset %d", bytes.IndexByte(data, 0)))
	}
	if !utf8.Valid(data) {
		return bad(ReasonInvalidUTF8, fmt.Sprintf("invalid UTF-8 at byte %d", invalidAt(data)))
	}
	s := strings.TrimLeft(string(data), " \t\r\n")
	word, rest := CutWord(s)
	if !strings.EqualFold(word, "date") {
		return bad(ReasonNoDate, fmt.Sprintf("file must start with \"date YYYY-MM-DD\", found %q", clip(word, 40)))
	}
	word, rest = CutWord(strings.TrimLeft(rest, " \t\r\n"))
	d, err := ParseDate(word)
	if err != nil {
		return bad(ReasonBadDate, err.Error())
	}
	a := Article{ID: id, Date: d}
	a.Text = Normalise(strings.TrimSpace(rest))
	if a.Text == "" {
		r := &Reject{ArticleID: id, Date: d, Reason: ReasonEmpty, Detail: "no text after the date"}
		return Article{}, r
	}
	a.Title, a.Text = splitHeadline(a.Text)
	a.SHA256 = sha(a.Text)
	return a, nil
}

// Headline limits: a first paragraph longer than this is body text.
const (
	maxHeadlineWords = 20
	maxHeadlineRunes = 200
)

// splitHeadline returns the headline that opens text, if any, and the body.
// A headline is a first paragraph of one line, followed by a blank line and
// more text, of 2 to maxHeadlineWords words and at most maxHeadlineRunes
// characters, that does not end as a sentence does (with . ! ? … : ; or a
// closing quote or bracket). Otherwise the title is empty and text is the
// body, unchanged.
func splitHeadline(text string) (title, body string) {
	nl := strings.IndexByte(text, '\n')
	if nl < 0 {
		return "", text
	}
	first := strings.TrimSpace(text[:nl])
	rest := text[nl+1:]
	// the next line must be blank (only white space).
	next := strings.IndexByte(rest, '\n')
	if next < 0 || strings.TrimSpace(rest[:next]) != "" {
		return "", text
	}
	body = strings.TrimSpace(rest[next+1:])
	if body == "" || first == "" {
		return "", text
	}
	words := strings.Fields(first)
	if len(words) < 2 || len(words) > maxHeadlineWords || utf8.RuneCountInString(first) > maxHeadlineRunes {
		return "", text
	}
	last, _ := utf8.DecodeLastRuneInString(first)
	if strings.ContainsRune(".!?…:;\"'”’»)]", last) {
		return "", text
	}
	return first, body
}

// jsonArticle is one JSONL input line.
type jsonArticle struct {
	ID     *string `json:"id"`
	Date   *string `json:"date"`
	Text   *string `json:"text"`
	Title  *string `json:"title"`
	Source *string `json:"source"`
	URL    *string `json:"url"`
}

func readJSONL(path string, r io.Reader, outside func(time.Time) bool, emit func(Article) error, reject func(Reject) error) error {
	br := bufio.NewReaderSize(r, 1<<20)
	var offset int64
	for line := 1; ; line++ {
		raw, n, tooLong, err := readLine(br, MaxLine)
		start := offset
		offset += int64(n)
		if err != nil && err != io.EOF {
			return reject(Reject{Path: path, Line: line, Reason: ReasonReadError, Detail: err.Error()})
		}
		var perr error
		switch {
		case tooLong:
			perr = reject(Reject{Path: path, Line: line, Reason: ReasonBadJSON, Detail: fmt.Sprintf("line longer than %d bytes", MaxLine)})
		case len(bytes.TrimSpace(raw)) == 0:
		default:
			if outside != nil {
				if id, d, ok := peekJSONLine(raw); ok && outside(d) {
					perr = emit(Article{ID: id, Date: d, Path: path, Line: line, Offset: start, Size: n})
					break
				}
			}
			a, rej := ParseJSONLine(raw)
			if rej != nil {
				rej.Path, rej.Line = path, line
				perr = reject(*rej)
			} else {
				a.Path, a.Line, a.Offset, a.Size = path, line, start, n
				perr = emit(a)
			}
		}
		if perr != nil {
			return perr
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one '\n'-terminated line and reports how many bytes it
// consumed. A line over max bytes is consumed and reported with tooLong set,
// without being kept in memory.
func readLine(br *bufio.Reader, max int) (line []byte, n int, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		n += len(chunk)
		if !tooLong {
			if len(buf)+len(chunk) > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), n, tooLong, err
	}
}

// ParseJSONLine parses one JSONL article. It returns a reject (without Path
// and Line) when the line cannot become an article.
func ParseJSONLine(raw []byte) (Article, *Reject) {
	bad := func(id, reason, detail string) (Article, *Reject) {
		return Article{}, &Reject{ArticleID: id, Reason: reason, Detail: detail}
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return bad("", ReasonNULBytes, "NUL byte in line")
	}
	if !utf8.Valid(raw) {
		return bad("", ReasonInvalidUTF8, fmt.Sprintf("invalid UTF-8 at byte %d", invalidAt(raw)))
	}
	j, ok := decodeArticleFast(raw)
	if !ok {
		j = jsonArticle{}
		if err := json.Unmarshal(raw, &j); err != nil {
			return bad("", ReasonBadJSON, err.Error())
		}
	}
	id := ""
	if j.ID != nil {
		id = *j.ID
	}
	switch {
	case j.ID == nil || strings.TrimSpace(*j.ID) == "":
		return bad(id, ReasonMissingField, `missing or empty "id"`)
	case j.Date == nil:
		return bad(id, ReasonMissingField, `missing "date"`)
	case j.Text == nil:
		return bad(id, ReasonMissingField, `missing "text"`)
	}
	if strings.ContainsAny(id, "\x00\n\r") {
		return bad(id, ReasonBadID, "id contains control characters")
	}
	// A JSON escape (\u0000) puts a NUL into a decoded string that the raw
	// byte check above cannot see; treat it like a NUL in a text file.
	for _, f := range []struct {
		name string
		v    *string
	}{{"text", j.Text}, {"title", j.Title}, {"source", j.Source}} {
		if f.v != nil && strings.IndexByte(*f.v, 0) >= 0 {
			return bad(id, ReasonNULBytes, fmt.Sprintf("NUL character in %q", f.name))
		}
	}
	d, err := ParseDate(strings.TrimSpace(*j.Date))
	if err != nil {
		return bad(id, ReasonBadDate, err.Error())
	}
	a := Article{ID: id, Date: d, Text: Normalise(strings.TrimSpace(*j.Text))}
	if a.Text == "" {
		return Article{}, &Reject{ArticleID: id, Date: d, Reason: ReasonEmpty, Detail: `"text" is empty`}
	}
	if j.Title != nil {
		a.Title = Normalise(strings.TrimSpace(*j.Title))
	}
	if j.Source != nil {
		a.Source = strings.TrimSpace(*j.Source)
	}
	a.SHA256 = sha(a.Text)
	return a, nil
}

// peekJSONLine returns the id and date of a JSONL line's article, reading
// the line no further than they and its validity need: the text is checked,
// not decoded. ok means ParseJSONLine would return an article with that id
// and date; a line it cannot vouch for (any error, a \u0000 escape, a text
// with no visible character outside escapes) is left to ParseJSONLine. A run
// uses it to skip the articles it leaves out.
func peekJSONLine(raw []byte) (id string, date time.Time, ok bool) {
	if bytes.IndexByte(raw, 0) >= 0 || !utf8.Valid(raw) || bytes.Contains(raw, []byte(`\u0000`)) {
		return "", time.Time{}, false
	}
	var j struct {
		ID    *string    `json:"id"`
		Date  *string    `json:"date"`
		Text  peekString `json:"text"`
		Title peekString `json:"title"`
		// Source and URL must be strings or null, as for ParseJSONLine.
		Source peekString `json:"source"`
		URL    peekString `json:"url"`
	}
	if json.Unmarshal(raw, &j) != nil || j.ID == nil || j.Date == nil || !j.Text.visible {
		return "", time.Time{}, false
	}
	if strings.TrimSpace(*j.ID) == "" || strings.ContainsAny(*j.ID, "\x00\n\r") {
		return "", time.Time{}, false
	}
	d, err := ParseDate(strings.TrimSpace(*j.Date))
	if err != nil {
		return "", time.Time{}, false
	}
	return *j.ID, d, true
}

// peekString takes a JSON string or null as a *string field does, without
// decoding it; visible reports a string with a character that is neither
// white space nor part of an escape, which TrimSpace keeps.
type peekString struct{ visible bool }

// errNotString makes peekJSONLine give up on a field that is not a string.
var errNotString = errors.New("not a string")

func (p *peekString) UnmarshalJSON(b []byte) error {
	p.visible = false // a later key replaces an earlier one
	if string(b) == "null" {
		return nil
	}
	if len(b) < 2 || b[0] != '"' {
		return errNotString
	}
	for i := 1; i < len(b)-1; {
		c := b[i]
		switch {
		case c == '\\':
			if b[i+1] == 'u' {
				i += 6
			} else {
				i += 2
			}
			continue
		case c < utf8.RuneSelf:
			if c != ' ' {
				p.visible = true
				return nil
			}
			i++
		default:
			r, size := utf8.DecodeRune(b[i:])
			if !unicode.IsSpace(r) {
				p.visible = true
				return nil
			}
			i += size
		}
	}
	return nil
}

// ErrBadDate is wrapped by ParseDate's errors.
var ErrBadDate = errors.New("bad date")

// ParseDate parses a YYYY-MM-DD calendar date into UTC midnight, rejecting
// impossible dates such as 2021-02-30, and 0001-01-01, whose time is the
// zero time that stands for "no date" everywhere else.
func ParseDate(s string) (time.Time, error) {
	d, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %q is not a YYYY-MM-DD calendar date", ErrBadDate, clip(s, 40))
	}
	if d.IsZero() {
		return time.Time{}, fmt.Errorf("%w: %q is reserved for an unset date", ErrBadDate, clip(s, 40))
	}
	return d, nil
}

// CutWord splits s at its first white space: the first word, and the rest
// from that white space on.
func CutWord(s string) (word, rest string) {
	i := strings.IndexAny(s, " \t\r\n")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// Normalise returns s in Unicode normal form C, as article text is kept.
func Normalise(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
