package tokenize

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hfGolden holds Hugging Face tokenizers' encoding (ids and offsets in code
// points, no special tokens) of testdata/hf/sentences.txt, written by
// testdata/hf/gen.mjs with the npm package @anush008/tokenizers:
//
//	cd analysis/tokenize/testdata/hf && npm ci && node gen.mjs sentences.txt > hf.golden
const hfGolden = "testdata/hf/hf.golden"

type hfCase struct {
	Text    string   `json:"text"`
	IDs     []int32  `json:"ids"`
	Offsets [][2]int `json:"offsets"`
}

func (c hfCase) tokens() []Token {
	toks := make([]Token, len(c.IDs))
	for i := range c.IDs {
		toks[i] = Token{ID: c.IDs[i], Start: c.Offsets[i][0], End: c.Offsets[i][1]}
	}
	return toks
}

// readHF reads a JSON Lines file written by gen.mjs, calling fn per record.
func readHF(t *testing.T, path string, fn func(hfCase)) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var c hfCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s:%d: %v", path, n+1, err)
		}
		if len(c.IDs) != len(c.Offsets) {
			t.Fatalf("%s:%d: %d ids, %d offsets", path, n+1, len(c.IDs), len(c.Offsets))
		}
		fn(c)
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}

func loadHF(t *testing.T) []hfCase {
	t.Helper()
	var cases []hfCase
	readHF(t, hfGolden, func(c hfCase) { cases = append(cases, c) })
	if len(cases) < 150 {
		t.Fatalf("%s: %d sentences, want at least 150", hfGolden, len(cases))
	}
	return cases
}

// knownFastHF lists the sentences of hf.golden on which Fast is allowed to
// differ from Hugging Face, each with the reason. It is empty: Fast matches
// Hugging Face on every sentence. A new entry must also be described in
// Fast's doc comment.
var knownFastHF = map[string]string{}

// TestFastHF requires Fast's ids and offsets to equal Hugging Face's on every
// sentence of hf.golden, except the ones in knownFastHF, which must differ.
func TestFastHF(t *testing.T) {
	f := newFast(t)
	var buf []Token
	exact := 0
	cases := loadHF(t)
	for _, c := range cases {
		want := c.tokens()
		buf = f.AppendEncode(buf[:0], c.Text)
		checkInvariants(t, c.Text, buf)
		reason, known := knownFastHF[c.Text]
		switch same := slices.Equal(buf, want); {
		case same && known:
			t.Errorf("%q: Fast now equals Hugging Face; remove it from knownFastHF (%s)", c.Text, reason)
		case same:
			exact++
		case known:
			t.Logf("known difference (%s) on %q:\nfast %v\nhf   %v", reason, c.Text, buf, want)
		default:
			t.Errorf("%q:\nfast %v\nhf   %v", c.Text, buf, want)
		}
	}
	t.Logf("Fast equals Hugging Face on %d of %d sentences", exact, len(cases))
}

// TestFastHFCodePoints compares Fast with Hugging Face on "a" + c + "b" for
// every code point c, from a file written by
//
//	node gen.mjs --code-points > /tmp/hf-codepoints.jsonl
//
// and named by $STANCE_HF_CODEPOINTS (the file, 1.1 million lines, is not
// committed). This is how the hfOld* tables of fast.go were found.
func TestFastHFCodePoints(t *testing.T) {
	path := os.Getenv("STANCE_HF_CODEPOINTS")
	if path == "" {
		t.Skip("STANCE_HF_CODEPOINTS not set")
	}
	f := newFast(t)
	var buf []Token
	bad := 0
	n := readHF(t, path, func(c hfCase) {
		buf = f.AppendEncode(buf[:0], c.Text)
		if want := c.tokens(); !slices.Equal(buf, want) {
			if bad++; bad <= 20 {
				r, _ := utf8.DecodeRuneInString(c.Text[1:])
				t.Errorf("%U %q:\nfast %v\nhf   %v", r, c.Text, buf, want)
			}
		}
	})
	t.Logf("%d of %d code points differ", bad, n)
}

// TestUnicodeVersion guards the hfOld* tables in fast.go: they are the
// difference between Hugging Face's Unicode 8.0 categories and Go's Unicode
// 15.0 tables. A Go release with newer tables needs a new scan
// (TestFastHFCodePoints).
func TestUnicodeVersion(t *testing.T) {
	if unicode.Version != "15.0.0" {
		t.Errorf("Go's Unicode tables are %s, fast.go's hfOld* tables were made against 15.0.0: rerun TestFastHFCodePoints and update them", unicode.Version)
	}
}

// Causes of the differences between sugarme and Hugging Face, in the order
// oracleCause tests them; testdata/hf/ORACLES.md lists them with examples.
const (
	causePanic    = "sugarme panics (Ⱥ, Ⱦ: lowercase longer in UTF-8)"
	causeDottedI  = "İ: HF lowercases it to i + U+0307, sugarme to i (ids)"
	causeSpace    = "non-ASCII whitespace: HF splits words there, sugarme does not (ids)"
	causeUnicode8 = "Unicode 8.0 vs 15.0 punctuation and format characters (ids)"
	causeRemoved  = "characters clean_text removes (Cf, Co): sugarme keeps private use, mis-encodes a leading one (ids)"
	causeShifted  = "characters clean_text removes (Cf): sugarme shifts later offsets (offsets only)"
	causeMultiTok = "multi-byte characters in a word split into sub-words or [UNK]: sugarme uses rune counts as byte offsets (offsets only)"
	causeOther    = "other"
)

// oracleCause names the first cause in the list above that fits a sentence
// on which sugarme and Hugging Face differ.
func oracleCause(text string, err error, sameIDs bool) string {
	has := func(f func(rune) bool) bool { return strings.IndexFunc(text, f) >= 0 }
	removed := func(r rune) bool { return r >= utf8.RuneSelf && isControl(r) }
	switch {
	case err != nil:
		return causePanic
	case strings.ContainsRune(text, 'İ'):
		return causeDottedI
	case has(func(r rune) bool { return r >= utf8.RuneSelf && unicode.IsSpace(r) }):
		return causeSpace
	case has(func(r rune) bool {
		return unicode.Is(hfOldNotPunct, r) || unicode.Is(hfOldNotControl, r) || r == 0x166D || r == 0x111C9
	}):
		return causeUnicode8
	case !sameIDs && has(removed):
		return causeRemoved
	case !sameIDs:
		return causeOther
	case has(removed):
		return causeShifted
	case has(func(r rune) bool { return r >= utf8.RuneSelf }):
		return causeMultiTok
	}
	return causeOther
}

// TestSugarmeHF compares sugarme, the other oracle, with Hugging Face. The
// differences are logged by cause (go test -run SugarmeHF -v); the test
// fails only if the two disagree on an ASCII sentence or a difference has no
// known cause.
func TestSugarmeHF(t *testing.T) {
	s := newSugarme(t)
	cases := loadHF(t)
	counts := map[string]int{}
	same := 0
	for _, c := range cases {
		want := c.tokens()
		got, err := s.Encode(c.Text)
		if err == nil && slices.Equal(got, want) {
			same++
			continue
		}
		if err != nil && !errors.Is(err, ErrSugarme) {
			t.Errorf("%q: %v", c.Text, err)
		}
		cause := oracleCause(c.Text, err, err == nil && slices.Equal(ids(got), c.IDs))
		counts[cause]++
		t.Logf("%s\n  %q\n  sugarme %v %v\n  hf      %v", cause, c.Text, got, err, want)
		if !has8bit(c.Text) {
			t.Errorf("sugarme and Hugging Face differ on ASCII text %q", c.Text)
		}
		if cause == causeOther {
			t.Errorf("no known cause for the difference on %q", c.Text)
		}
	}
	t.Logf("sugarme equals Hugging Face on %d of %d sentences", same, len(cases))
	for _, cause := range []string{causePanic, causeDottedI, causeSpace, causeUnicode8, causeRemoved, causeShifted, causeMultiTok, causeOther} {
		if counts[cause] > 0 {
			t.Logf("%3d  %s", counts[cause], cause)
		}
	}
}

func has8bit(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

func TestHFGoldenCoverage(t *testing.T) {
	// The sentences cover what the golden file is for; keep it that way
	// when editing sentences.txt.
	var all strings.Builder
	for _, c := range loadHF(t) {
		all.WriteString(c.Text)
		all.WriteByte('\n')
	}
	text := all.String()
	for _, tc := range []struct {
		name string
		in   func(rune) bool
	}{
		{"Latin accents", func(r rune) bool { return r == 'é' || r == 'ç' }},
		{"Turkish İ and ı", func(r rune) bool { return r == 'İ' || r == 'ı' }},
		{"Han", func(r rune) bool { return unicode.Is(unicode.Han, r) }},
		{"Hiragana", func(r rune) bool { return unicode.Is(unicode.Hiragana, r) }},
		{"Hangul", func(r rune) bool { return unicode.Is(unicode.Hangul, r) }},
		{"Cyrillic", func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }},
		{"Arabic", func(r rune) bool { return unicode.Is(unicode.Arabic, r) }},
		{"Hebrew", func(r rune) bool { return unicode.Is(unicode.Hebrew, r) }},
		{"Devanagari", func(r rune) bool { return unicode.Is(unicode.Devanagari, r) }},
		{"Thai", func(r rune) bool { return unicode.Is(unicode.Thai, r) }},
		{"skin tone", func(r rune) bool { return r >= 0x1F3FB && r <= 0x1F3FF }},
		{"ZWJ", func(r rune) bool { return r == 0x200D }},
		{"flag", func(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }},
		{"combining mark", func(r rune) bool { return unicode.Is(unicode.Mn, r) }},
		{"soft hyphen", func(r rune) bool { return r == 0xAD }},
		{"zero-width space", func(r rune) bool { return r == 0x200B }},
		{"no-break space", func(r rune) bool { return r == 0xA0 }},
		{"control", func(r rune) bool { return r < 0x20 && r != '\n' }},
		{"curly quote", func(r rune) bool { return r == '“' || r == '’' }},
	} {
		if strings.IndexFunc(text, tc.in) < 0 {
			t.Errorf("no sentence with %s", tc.name)
		}
	}
	long := false
	for w := range strings.FieldsSeq(text) {
		long = long || utf8.RuneCountInString(w) > 100
	}
	if !long {
		t.Error("no word longer than 100 characters")
	}
}

// TestHFGoldenWellFormed checks the golden file itself: no duplicate
// sentences, and Hugging Face's tokens satisfy the package's invariants.
func TestHFGoldenWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range loadHF(t) {
		if seen[c.Text] {
			t.Errorf("duplicate sentence %q", c.Text)
		}
		seen[c.Text] = true
		checkInvariants(t, c.Text, c.tokens())
	}
}
