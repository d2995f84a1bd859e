package source

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseText(t *testing.T) {
	cases := []struct {
		name   string
		in     string
		date   string
		text   string
		reason string
	}{
		{"text on next line", "date 2021-02-16\nThe minister flew to Moscow.", "2021-02-16", "The minister flew to Moscow.", ""},
		{"text on same line", " date 2021-02-16 The minister flew to Moscow ...\n\nTalks ended.", "2021-02-16", "The minister flew to Moscow ...\n\nTalks ended.", ""},
		{"leading blank lines and tabs", "\n\n\t date\t2022-11-01\n\nText.", "2022-11-01", "Text.", ""},
		{"byte order mark", "\ufeffdate 2022-11-01\nText.", "2022-11-01", "Text.", ""},
		{"capitalised keyword", "Date 2022-11-01 Text.", "2022-11-01", "Text.", ""},
		{"CRLF", "date 2022-11-01\r\nLine one.\r\n\r\nLine two.\r\n", "2022-11-01", "Line one.\r\n\r\nLine two.", ""},
		{"NFC normalised", "date 2022-11-01\nCafe\u0301 talks.", "2022-11-01", "Caf\u00e9 talks.", ""},
		{"empty", "", "", "", ReasonEmpty},
		{"white space only", " \n\t\r\n ", "", "", ReasonEmpty},
		{"no text after date", "date 2022-11-01\n\n", "", "", ReasonEmpty},
		{"no date line", "The minister flew to Moscow.", "", "", ReasonNoDate},
		{"impossible date", "date 2021-02-30 Text.", "", "", ReasonBadDate},
		{"the zero date, which means unset", "date 0001-01-01 Text.", "", "", ReasonBadDate},
		{"the day after the zero date", "date 0001-01-02 Text.", "0001-01-02", "Text.", ""},
		{"malformed date", "date 16/02/2021 Text.", "", "", ReasonBadDate},
		{"missing date value", "date", "", "", ReasonBadDate},
		{"NUL byte", "date 2021-02-16 Te\x00xt.", "", "", ReasonNULBytes},
		{"invalid UTF-8", "date 2021-02-16 Caf\xe9.", "", "", ReasonInvalidUTF8},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, rej := ParseText("x", []byte(c.in))
			if c.reason != "" {
				if rej == nil || rej.Reason != c.reason {
					t.Fatalf("got reject %+v, want reason %s", rej, c.reason)
				}
				if rej.Detail == "" {
					t.Error("reject has no detail")
				}
				return
			}
			if rej != nil {
				t.Fatalf("unexpected reject %+v", rej)
			}
			if got := a.Date.Format(DateLayout); got != c.date {
				t.Errorf("date %s, want %s", got, c.date)
			}
			if a.Text != c.text {
				t.Errorf("text %q, want %q", a.Text, c.text)
			}
			if a.ID != "x" || len(a.SHA256) != 64 {
				t.Errorf("id %q sha %q", a.ID, a.SHA256)
			}
		})
	}
}

func TestParseJSONLine(t *testing.T) {
	cases := []struct {
		name   string
		in     string
		id     string
		reason string
	}{
		{"all fields", `{"id":"a1","date":"2024-01-02","text":"Text.","title":"T","source":"S","url":"u"}`, "a1", ""},
		{"required only", `{"id":"a1","date":"2024-01-02","text":"Text."}`, "a1", ""},
		{"path-like id is kept as data", `{"id":"../../x/y","date":"2024-01-02","text":"Text."}`, "../../x/y", ""},
		{"missing id", `{"date":"2024-01-02","text":"Text."}`, "", ReasonMissingField},
		{"blank id", `{"id":"  ","date":"2024-01-02","text":"Text."}`, "", ReasonMissingField},
		{"missing date", `{"id":"a","text":"Text."}`, "", ReasonMissingField},
		{"missing text", `{"id":"a","date":"2024-01-02"}`, "", ReasonMissingField},
		{"empty text", `{"id":"a","date":"2024-01-02","text":"  "}`, "", ReasonEmpty},
		{"wrong type", `{"id":7,"date":"2024-01-02","text":"Text."}`, "", ReasonBadJSON},
		{"bad date", `{"id":"a","date":"2024-13-01","text":"Text."}`, "", ReasonBadDate},
		{"not JSON", `id=a`, "", ReasonBadJSON},
		{"invalid UTF-8", "{\"id\":\"a\",\"date\":\"2024-01-02\",\"text\":\"\xff\"}", "", ReasonInvalidUTF8},
		{"id with newline", `{"id":"a\nb","date":"2024-01-02","text":"Text."}`, "", ReasonBadID},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, rej := ParseJSONLine([]byte(c.in))
			if c.reason != "" {
				if rej == nil || rej.Reason != c.reason {
					t.Fatalf("got reject %+v, want reason %s", rej, c.reason)
				}
				return
			}
			if rej != nil {
				t.Fatalf("unexpected reject %+v", rej)
			}
			if a.ID != c.id {
				t.Errorf("id %q, want %q", a.ID, c.id)
			}
		})
	}
}

func TestReadFileKinds(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	full := gz("{\"id\":\"g1\",\"date\":\"2024-01-02\",\"text\":\"One.\"}\n{\"id\":\"g2\",\"date\":\"2024-01-02\",\"text\":\"Two.\"}\n")
	cases := []struct {
		name    string
		path    string
		ids     []string
		reasons []string
	}{
		{"text file id is the base name", write("story-1.txt", []byte("date 2024-01-02\nText.")), []string{"story-1"}, nil},
		{"gzipped text", write("story-2.txt.gz", gz("date 2024-01-02\nText.")), []string{"story-2"}, nil},
		{"jsonl with a bad line", write("feed.jsonl", []byte("{\"id\":\"j1\",\"date\":\"2024-01-02\",\"text\":\"A.\"}\n\nnope\n{\"id\":\"j2\",\"date\":\"2024-01-02\",\"text\":\"B.\"}")), []string{"j1", "j2"}, []string{ReasonBadJSON}},
		{"gzipped jsonl", write("feed2.jsonl.gz", full), []string{"g1", "g2"}, nil},
		{"truncated gzip keeps whole lines", write("feed3.jsonl.gz", full[:len(full)-12]), []string{"g1", "g2"}, []string{ReasonReadError}},
		{"not gzip at all", write("bad.txt.gz", []byte("date 2024-01-02 plain")), nil, []string{ReasonReadError}},
		{"unsupported extension", write("photo.png", []byte{0x89, 'P', 'N', 'G'}), nil, []string{ReasonUnsupported}},
		{"binary text file", write("blob.txt", []byte{0, 1, 2, 3, 0xff}), nil, []string{ReasonNULBytes}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var ids, reasons []string
			digest, err := ReadFile(c.path,
				func(a Article) error { ids = append(ids, a.ID); return nil },
				func(r Reject) error {
					if r.Path != c.path {
						t.Errorf("reject path %q", r.Path)
					}
					reasons = append(reasons, r.Reason)
					return nil
				})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(ids, ",") != strings.Join(c.ids, ",") || strings.Join(reasons, ",") != strings.Join(c.reasons, ",") {
				t.Errorf("articles %v rejects %v, want %v %v", ids, reasons, c.ids, c.reasons)
			}
			raw, _ := os.ReadFile(c.path)
			if c.reasons == nil || c.reasons[0] != ReasonUnsupported {
				if digest != sha(string(raw)) {
					t.Errorf("digest %s is not the file's SHA-256", digest)
				}
			}
		})
	}
}

func TestTextFileTooLarge(t *testing.T) {
	defer func(old int64) { maxTextFile = old }(maxTextFile)
	maxTextFile = 1 << 10
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt.gz")
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte("date 2024-01-02\n" + strings.Repeat("word ", 1000)))
	w.Close()
	os.WriteFile(big, b.Bytes(), 0o644)
	small := filepath.Join(dir, "small.txt")
	os.WriteFile(small, []byte("date 2024-01-02\nShort."), 0o644)
	for path, want := range map[string]string{big: ReasonTooLarge, small: ""} {
		got := ""
		digest, err := ReadFile(path, func(Article) error { return nil }, func(r Reject) error { got = r.Reason; return nil })
		if err != nil || got != want {
			t.Errorf("%s: reject %q (err %v), want %q", filepath.Base(path), got, err, want)
		}
		if raw, _ := os.ReadFile(path); digest != sha(string(raw)) {
			t.Errorf("%s: digest is not the whole file's", filepath.Base(path))
		}
	}
}

func TestJSONLLongLine(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`{"id":"a","date":"2024-01-02","text":"`)
	b.WriteString(strings.Repeat("x", MaxLine))
	b.WriteString("\"}\n{\"id\":\"b\",\"date\":\"2024-01-02\",\"text\":\"Short.\"}\n")
	var ids, reasons []string
	err := readJSONL("big.jsonl", &b, nil,
		func(a Article) error { ids = append(ids, a.ID); return nil },
		func(r Reject) error { reasons = append(reasons, r.Reason); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(ids, ",") != "b" || strings.Join(reasons, ",") != ReasonBadJSON {
		t.Errorf("ids %v reasons %v", ids, reasons)
	}
}

func TestListInputsSortedAndSkipsHidden(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"b/2.txt", "a/1.txt", "a/.hidden.txt", ".git/x.txt", "c.jsonl"} {
		full := filepath.Join(dir, p)
		os.MkdirAll(filepath.Dir(full), 0o755)
		os.WriteFile(full, []byte("x"), 0o644)
	}
	got, err := ListInputs([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, p := range got {
		r, _ := filepath.Rel(dir, p)
		rel = append(rel, r)
	}
	if want := "a/1.txt,b/2.txt,c.jsonl"; strings.Join(rel, ",") != want {
		t.Errorf("got %v, want %s", rel, want)
	}
	// A file named twice, directly and through its directory, is read once.
	twice, err := ListInputs([]string{filepath.Join(dir, "a", "1.txt"), dir, dir, filepath.Join(dir, "c.jsonl")})
	if err != nil || !slices.Equal(twice, got) {
		t.Errorf("files named twice: got %v, %v; want %v", twice, err, got)
	}
	if _, err := ListInputs([]string{filepath.Join(dir, "missing")}); err == nil {
		t.Error("a missing input is not an error")
	}
}

// peekLines are JSONL lines and whether peekJSONLine can vouch for them.
var peekLines = []struct {
	line string
	ok   bool
}{
	{`{"id":"a1","date":"2024-03-11","text":"India and Russia met."}`, true},
	{`{"id":" a1 ","date":" 2024-03-11 ","text":"x","title":"T","source":null,"url":"http://x"}`, true},
	{`{"ID":"a1","Date":"2024-03-11","TEXT":"case-insensitive keys"}`, true},
	{`{"id":"a1","date":"2024-03-11","text":"  北京  "}`, true},
	{`{"id":"a1","date":"2024-03-11","text":"\n\t x"}`, true},
	{`{"id":"a1","date":"2024-03-11","text":"\u00e9"}`, false}, // escapes only: left to the parse
	{`{"id":"a1","date":"2024-03-11","text":"\n\u00a0 "}`, false},
	{"{\"id\":\"a1\",\"date\":\"2024-03-11\",\"text\":\"\u00a0\u2003\"}", false}, // Unicode spaces
	{`{"id":"a1","date":"2024-03-11","text":"   "}`, false},
	{`{"id":"a1","date":"2024-03-11","text":""}`, false},
	{`{"id":"a1","date":"2024-03-11","text":null}`, false},
	{`{"id":"a1","date":"2024-03-11"}`, false},
	{`{"id":"a1","date":"2024-03-11","text":5}`, false},
	{`{"id":"a1","date":"2024-03-11","text":5,"Text":"x"}`, false},
	{`{"id":"a1","date":"2024-03-11","text":"x","text":null}`, false},
	{`{"id":"a1","date":"2024-03-11","text":"x","title":["t"]}`, false},
	{`{"id":"a1","date":"2024-03-11","text":"x","source":{}}`, false},
	{`{"id":"a1","date":"2024-03-11","text":"x","url":1}`, false},
	{`{"id":"a1","date":"2024-03-11","text":"x \u0000"}`, false},
	{`{"id":"a1","date":"2024-03-11","text":"x","title":"\u0000"}`, false},
	{`{"id":"","date":"2024-03-11","text":"x"}`, false},
	{`{"id":"a\nb","date":"2024-03-11","text":"x"}`, false},
	{`{"id":5,"date":"2024-03-11","text":"x"}`, false},
	{`{"id":"a1","date":"2024-02-30","text":"x"}`, false},
	{`{"id":"a1","text":"x"}`, false},
	{`{"id":"a1","date":"2024-03-11","text":"x"} trailing`, false},
	{"{\"id\":\"a1\",\"date\":\"2024-03-11\",\"text\":\"caf\xe9\"}", false},
}

// TestPeekJSONLine checks which lines peekJSONLine vouches for, and that
// for those ParseJSONLine returns an article with the id and date it gave.
func TestPeekJSONLine(t *testing.T) {
	for _, c := range peekLines {
		id, d, ok := peekJSONLine([]byte(c.line))
		if ok != c.ok {
			t.Errorf("%s: ok %v, want %v", c.line, ok, c.ok)
		}
		a, rej := ParseJSONLine([]byte(c.line))
		if ok && (rej != nil || id != a.ID || !d.Equal(a.Date)) {
			t.Errorf("%s: peek gave %q %s, the parse %+v %+v", c.line, id, d, a, rej)
		}
	}
}

func TestSplitHeadline(t *testing.T) {
	for _, c := range []struct {
		text, title, body string
	}{
		{"India and Chile sign a trade pact\n\nThe two countries signed the pact on Monday.", "India and Chile sign a trade pact", "The two countries signed the pact on Monday."},
		{"India and Chile sign a trade pact\r\n  \r\nThe pact was signed.", "India and Chile sign a trade pact", "The pact was signed."},
		// a first paragraph that ends as a sentence does is body text.
		{"The two countries signed the pact on Monday.\n\nIt covers farm goods.", "", ""},
		{"Who signed the pact?\n\nBoth countries did.", "", ""},
		{"Minister: \"We will sign\"\n\nThe pact was signed.", "", ""},
		// no blank line after it, two lines, one word, nothing after it.
		{"India and Chile sign a trade pact\nThe pact was signed.", "", ""},
		{"India and Chile\nsign a trade pact\n\nThe pact was signed.", "", ""},
		{"Trade\n\nThe pact was signed.", "", ""},
		{"India and Chile sign a trade pact\n\n", "", ""},
		// too long for a headline.
		{strings.Repeat("word ", 21) + "end\n\nBody text.", "", ""},
	} {
		title, body := splitHeadline(c.text)
		wantBody := c.body
		if c.title == "" {
			wantBody = c.text
		}
		if title != c.title || body != wantBody {
			t.Errorf("splitHeadline(%q) = %q, %q; want %q, %q", c.text, title, body, c.title, wantBody)
		}
	}
}

func TestParseTextHeadline(t *testing.T) {
	a, rej := ParseText("quad", []byte("date 2024-03-11   Quad partners pledge closer maritime cooperation\n\nLeaders met in Tokyo."))
	if rej != nil {
		t.Fatal(rej)
	}
	if a.Title != "Quad partners pledge closer maritime cooperation" || a.Text != "Leaders met in Tokyo." || a.SHA256 != sha(a.Text) {
		t.Errorf("title %q, text %q", a.Title, a.Text)
	}
	// an article that opens with a sentence keeps all of it as its text.
	a, _ = ParseText("plain", []byte("date 2024-03-11\nIndia will deepen its ties with Russia, officials said.\n\nMore talks follow."))
	if a.Title != "" || !strings.HasPrefix(a.Text, "India will deepen") {
		t.Errorf("title %q, text %q", a.Title, a.Text)
	}
}
