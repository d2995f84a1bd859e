package source

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// knownReasons are the reject reasons the input parser may produce.
var knownReasons = map[string]bool{
	ReasonEmpty: true, ReasonNoDate: true, ReasonBadDate: true, ReasonInvalidUTF8: true, ReasonNULBytes: true,
	ReasonBadJSON: true, ReasonMissingField: true, ReasonUnsupported: true, ReasonReadError: true, ReasonBadID: true,
}

// checkParsed asserts the contract of ParseText and ParseJSONLine: exactly
// one of article and reject; a reject has a known reason and a detail; an
// article has a usable id, a UTC-midnight date, non-empty NFC text that is
// valid UTF-8 without NUL, and the SHA-256 of that text.
func checkParsed(t *testing.T, input []byte, a Article, rej *Reject) {
	t.Helper()
	if rej != nil {
		if !knownReasons[rej.Reason] || rej.Detail == "" {
			t.Fatalf("%q: reject %+v: unknown reason or no detail", input, rej)
		}
		if a.ID != "" || a.Text != "" {
			t.Fatalf("%q: both an article and a reject", input)
		}
		return
	}
	if a.ID == "" || strings.ContainsAny(a.ID, "\x00\r\n") || !utf8.ValidString(a.ID) {
		t.Fatalf("%q: article id %q", input, a.ID)
	}
	if a.Date.IsZero() || a.Date.Location() != time.UTC || a.Date.Truncate(24*time.Hour) != a.Date {
		t.Fatalf("%q: date %v is not UTC midnight", input, a.Date)
	}
	for name, s := range map[string]string{"text": a.Text, "title": a.Title, "source": a.Source} {
		if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
			t.Fatalf("%q: %s %q is not valid UTF-8 without NUL", input, name, s)
		}
	}
	if strings.TrimSpace(a.Text) == "" || !norm.NFC.IsNormalString(a.Text) {
		t.Fatalf("%q: text %q empty or not NFC", input, a.Text)
	}
	if sum := sha256.Sum256([]byte(a.Text)); a.SHA256 != hex.EncodeToString(sum[:]) {
		t.Fatalf("%q: SHA256 %s does not match the text", input, a.SHA256)
	}
}

func FuzzParseText(f *testing.F) {
	for _, s := range []string{
		"date 2021-02-16\nThe minister flew to Moscow.", " date 2021-02-16 Same line.\n\nTalks ended.",
		"\ufeffdate 2022-11-01\r\nCRLF text.\r\n", "Date 2022-11-01 Text.", "", " \n\t", "date 2022-11-01\n\n",
		"No date here.", "date 2021-02-30 Impossible.", "date 16/02/2021 x", "date", "date 2021-02-16 Te\x00xt.",
		"date 2021-02-16 Caf\xe9.", "date 2022-11-01\nCafe\u0301 talks.", "<html><body>date 2021-01-01</body></html>",
		"date 0000-01-01 Year zero.", "date 9999-12-31 Far future.", "date\u00a02021-02-16 nbsp",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, rej := ParseText("id", data)
		checkParsed(t, data, a, rej)
		if rej != nil {
			return
		}
		// Printing the article back in the text format parses to the same article.
		again, rej2 := ParseText("id", []byte("date "+a.Date.Format(DateLayout)+"\n"+a.Text))
		if rej2 != nil || again.Text != a.Text || !again.Date.Equal(a.Date) {
			t.Fatalf("%q: round trip gave %+v %+v, want text %q", data, again, rej2, a.Text)
		}
	})
}

func FuzzParseJSONLine(f *testing.F) {
	for _, s := range []string{
		`{"id":"a1","date":"2024-03-11","text":"India and Russia met."}`,
		`{"id":"a1","date":"2024-03-11","text":"x","title":"T","source":"S","url":"http://x"}`,
		`{"id":"../../x","date":"2024-03-11","text":"Ids are data."}`, `{"id":"a/b\\c","date":"2024-03-11","text":"x"}`,
		`{"date":"2024-03-11","text":"x"}`, `{"id":"a","text":"x"}`, `{"id":"a","date":"2024-03-11"}`,
		`{"id":5,"date":"2024-03-11","text":"x"}`, `{"id":"a","date":20240311,"text":"x"}`, `{"id":"a","date":"2024-03-11","text":["x"]}`,
		`{"id":"a","date":"2024-03-11","text":null}`, `{"id":"","date":"2024-03-11","text":"x"}`, `{"id":"a\u0000b","date":"2024-03-11","text":"x"}`,
		`{"id":"a","date":"2024-03-11","text":"NUL \u0000 inside"}`, `{"id":"a","date":"2021-02-30","text":"x"}`,
		`{"id":"a","date":"2024-03-11","text":"\ud800 lone surrogate"}`, `[1,2]`, `"str"`, `{`, `{"id":"a"} trailing`,
		"{\"id\":\"a\",\"date\":\"2024-03-11\",\"text\":\"caf\xe9\"}", `{"id":"a","id":"b","date":"2024-03-11","text":"dup keys"}`,
		`{"id":"a","date":"2024-03-11","text":"   "}`, `{"id":"a","date":" 2024-03-11 ","text":"x","title":"\u0000"}`,
	} {
		f.Add([]byte(s))
	}
	for _, s := range peekLines {
		f.Add([]byte(s.line))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, rej := ParseJSONLine(raw)
		checkParsed(t, raw, a, rej)
		// peekJSONLine vouches only for lines that parse to an article, and
		// gives that article's id and date.
		if id, d, ok := peekJSONLine(raw); ok && (rej != nil || id != a.ID || !d.Equal(a.Date)) {
			t.Fatalf("%q: peek gave %q %s, the parse %+v %+v", raw, id, d, a, rej)
		}
		if rej != nil {
			return
		}
		// Writing the article back as JSON parses to the same article.
		line, err := json.Marshal(map[string]string{"id": a.ID, "date": a.Date.Format(DateLayout), "text": a.Text, "title": a.Title, "source": a.Source})
		if err != nil {
			t.Fatal(err)
		}
		again, rej2 := ParseJSONLine(line)
		if rej2 != nil || again.ID != a.ID || again.Text != a.Text || again.Title != a.Title || again.Source != a.Source || !again.Date.Equal(a.Date) {
			t.Fatalf("%q: round trip gave %+v %+v, want %+v", raw, again, rej2, a)
		}
	})
}

// FuzzReadFile reads arbitrary content as a text file and a JSONL file,
// plain, gzipped and gzipped then truncated. The plain and gzipped reads
// must give the same articles and rejects, every record is accounted for
// (JSONL lines in order, nothing after an error), and the returned digest
// is the SHA-256 of the stored bytes.
func FuzzReadFile(f *testing.F) {
	for _, s := range []string{
		"date 2021-02-16\nThe minister flew to Moscow.",
		"{\"id\":\"a\",\"date\":\"2024-03-11\",\"text\":\"One.\"}\n{\"id\":\"b\",\"date\":\"2024-03-12\",\"text\":\"Two.\"}\n",
		"{\"id\":\"a\",\"date\":\"2024-03-11\",\"text\":\"x\"}\r\n\r\n{bad\n{\"id\":\"c\"}",
		"", "\n\n\n", "\x1f\x8b\x08\x00garbage", "date 2021-02-16 \x00",
	} {
		f.Add([]byte(s), uint16(10))
	}
	f.Add([]byte("0"), uint16(8)) // gzip header cut short: one whole-file reject
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, cut uint16) {
		var zbuf bytes.Buffer
		zw := gzip.NewWriter(&zbuf)
		zw.Write(data)
		zw.Close()
		gz := zbuf.Bytes()
		for _, ext := range []string{".txt", ".jsonl"} {
			plain := read(t, dir, "in"+ext, data)
			whole := read(t, dir, "in"+ext+".gz", gz)
			if plain.String() != whole.String() {
				t.Fatalf("%q as %s: plain and gzip differ:\n%s\n%s", data, ext, plain, whole)
			}
			truncated := gz[:int(cut)%(len(gz)+1)]
			read(t, dir, "in"+ext+".gz", truncated)
		}
	})
}

// readLog records what ReadFile reported, without paths.
type readLog struct{ lines []string }

func (l *readLog) String() string { return strings.Join(l.lines, "\n") }

func read(t *testing.T, dir, name string, content []byte) *readLog {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	log := &readLog{}
	lastLine := 0
	jsonl := strings.Contains(name, ".jsonl")
	order := func(line int) {
		if len(log.lines) > 0 && strings.HasSuffix(log.lines[len(log.lines)-1], ReasonReadError) {
			t.Fatalf("%s %q: a record after a read error", name, content)
		}
		if jsonl && line <= lastLine && !(line == 0 && len(log.lines) == 0) {
			t.Fatalf("%s %q: line %d reported after line %d", name, content, line, lastLine)
		}
		if !jsonl && (line != 0 || len(log.lines) > 0) {
			t.Fatalf("%s %q: a text file gave more than one record (line %d)", name, content, line)
		}
		lastLine = line
	}
	digest, err := ReadFile(path, func(a Article) error {
		order(a.Line)
		if a.Path != path {
			t.Fatalf("%s: article path %q", name, a.Path)
		}
		checkParsed(t, content, a, nil)
		log.lines = append(log.lines, fmt.Sprintf("article %d %q %s %q", a.Line, a.ID, a.Date.Format(DateLayout), a.SHA256))
		return nil
	}, func(r Reject) error {
		order(r.Line)
		if r.Path != path || !knownReasons[r.Reason] || r.Detail == "" {
			t.Fatalf("%s %q: reject %+v", name, content, r)
		}
		log.lines = append(log.lines, fmt.Sprintf("reject %d %q %s", r.Line, r.ArticleID, r.Reason))
		return nil
	})
	if err != nil {
		t.Fatalf("%s: ReadFile returned %v; file problems must be rejects", name, err)
	}
	if sum := sha256.Sum256(content); digest != hex.EncodeToString(sum[:]) {
		t.Fatalf("%s: digest %s, want the SHA-256 of the stored bytes", name, digest)
	}
	if len(bytes.TrimSpace(content)) > 0 && !jsonl && len(log.lines) != 1 {
		t.Fatalf("%s %q: a non-blank text file gave %d records", name, content, len(log.lines))
	}
	return log
}

// fastJSONSeeds are lines for FuzzDecodeArticleFast and TestDecodeArticleFast:
// what the fast decoder takes and what it must leave to encoding/json.
var fastJSONSeeds = []string{
	`{"id":"a1","date":"2024-03-11","text":"India and Russia met."}`,
	` { "id" : "a1" , "date":"2024-03-11",	"text":"x", "title":"T","source":"S","url":"http://x" } ` + "\r\n",
	`{}`, `{"id":null,"date":null,"text":null}`, `{"id":"a","text":"esc \" \\ \/ \b \f \n \r \t \u00e9 \u20AC \u0000 end"}`,
	`{"id":"a","text":"caf\u00e9 café ☕ 𝄞"}`, `{"id":"a","text":"\ud834\udd1e"}`, `{"id":"a","text":"\ud800 lone"}`,
	`{"id":"a","id":"b"}`, `{"id":null,"id":"b"}`, `{"ID":"a"}`, `{"Id":"a","id":"b"}`, `{"other":1,"id":"a"}`,
	`{"id":5}`, `{"id":"a","text":["x"]}`, `{"id":"a",}`, `{"id":"a"} trailing`, `{"id":"a"}}`, `{"id":"a"`,
	`{"id":"a`, `{"id":"a\u12"}`, `{"id":"a\x"}`, "{\"id\":\"a\tb\"}", "{\"id\":\"caf\xe9\"}", `null`, `[1]`, ``,
	`{"i\u0064":"a"}`, `{"id":nul}`, `{"id":nullx}`, `{"id" "a"}`, `{,}`, `{"id":"a" "date":"b"}`, `{"url":"/\/"}`,
}

// checkFastJSON fails t when decodeArticleFast takes a line that
// json.Unmarshal decodes differently, or refuses.
func checkFastJSON(t *testing.T, raw []byte) {
	fast, ok := decodeArticleFast(raw)
	if !ok {
		return
	}
	var want jsonArticle
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatalf("%q: fast decoder took it, encoding/json says %v", raw, err)
	}
	for _, f := range []struct {
		name      string
		got, want *string
	}{{"id", fast.ID, want.ID}, {"date", fast.Date, want.Date}, {"text", fast.Text, want.Text},
		{"title", fast.Title, want.Title}, {"source", fast.Source, want.Source}, {"url", fast.URL, want.URL}} {
		if (f.got == nil) != (f.want == nil) || f.got != nil && *f.got != *f.want {
			t.Fatalf("%q: fast %s = %v, encoding/json %v", raw, f.name, show(f.got), show(f.want))
		}
	}
}

func show(s *string) string {
	if s == nil {
		return "nil"
	}
	return fmt.Sprintf("%q", *s)
}

// FuzzDecodeArticleFast: whatever the fast JSONL decoder takes, it decodes
// as encoding/json does.
func FuzzDecodeArticleFast(f *testing.F) {
	for _, s := range fastJSONSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(checkFastJSON)
}

// TestDecodeArticleFast runs checkFastJSON over the seeds and every line of
// the sample corpus's and the news pool's JSONL files (the pool when
// ../shared is present), and checks that the fast decoder takes the plain
// lines and refuses what it must leave to encoding/json.
func TestDecodeArticleFast(t *testing.T) {
	for _, s := range fastJSONSeeds {
		checkFastJSON(t, []byte(s))
	}
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{fastJSONSeeds[0], true}, {fastJSONSeeds[1], true}, {`{}`, true}, {`{"id":null,"date":null,"text":null}`, true},
		{fastJSONSeeds[4], true}, {fastJSONSeeds[5], true},
		{`{"id":"a","text":"\ud834\udd1e"}`, false}, {`{"id":"a","id":"b"}`, false}, {`{"ID":"a"}`, false},
		{`{"other":1,"id":"a"}`, false}, {`{"id":5}`, false}, {`{"id":"a"} trailing`, false}, {"{\"id\":\"caf\xe9\"}", false},
	} {
		if _, ok := decodeArticleFast([]byte(c.line)); ok != c.ok {
			t.Errorf("decodeArticleFast(%q) ok = %v, want %v", c.line, ok, c.ok)
		}
	}
	paths, _ := filepath.Glob("../../testdata/corpus/*/*.jsonl")
	if pool := filepath.Join("..", "..", "..", "shared", "data", "news-pool", "wikinews.jsonl"); fileExists(pool) {
		paths = append(paths, pool)
	}
	taken := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range bytes.Split(data, []byte("\n")) {
			checkFastJSON(t, line)
			if _, ok := decodeArticleFast(line); ok {
				taken++
			}
		}
	}
	t.Logf("fast decoder took %d lines of %d files", taken, len(paths))
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
