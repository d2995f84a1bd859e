package tokenize

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// tokenizerPath is the embedded artifact; tests read it from disk so the
// package under test stays free of I/O.
const tokenizerPath = "../../models/artifacts/tokenizer/tokenizer.json"

// encoder is what both Sugarme and Fast provide.
type encoder interface {
	Encode(text string) ([]Token, error)
}

var (
	_ encoder = (*Sugarme)(nil)
)

func tokenizerJSON(tb testing.TB) []byte {
	tb.Helper()
	data, err := os.ReadFile(tokenizerPath)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

var (
	sugarmeOnce sync.Once
	sugarmeTk   *Sugarme
	sugarmeErr  error
)

func newSugarme(tb testing.TB) *Sugarme {
	tb.Helper()
	sugarmeOnce.Do(func() { sugarmeTk, sugarmeErr = NewSugarme(tokenizerJSON(tb)) })
	if sugarmeErr != nil {
		tb.Fatal(sugarmeErr)
	}
	return sugarmeTk
}

// goldenSentences are written for these tests: English news prose,
// punctuation, digits, curly quotes, accents, CJK, emoji, odd spacing, and
// words at and beyond the 100-character WordPiece limit.
var goldenSentences = []string{
	"The minister flew to Moscow on Monday, officials said.",
	"India's exports rose 4.5% to $37.2 billion in 2023-24.",
	"“We will not back down,” the spokesman told reporters.",
	"Quoted ‘single’ marks — and an em dash… then nothing.",
	"U.S.-China ties hit a low: the 3rd such dip since 1999!",
	"The Kremlin rejected the claims (again) [CLS] and #hashtags @handles.",
	"Talks in Genève and São Paulo ended early; Erdoğan left.",
	"ÉLYSÉE officials called the plan NAÏVE and ﬁnal.",
	"İstanbul hosted the Straße summit.",
	"北京和新德里 resumed talks in 東京.",
	"서울에서 회담 was held.",
	"Markets cheered 🎉 the news👍🏽 on Tuesday.",
	"First line\tsecond\nthird  line\r\nend",
	"Zero\u200bwidth, soft\u00adhyphen and\u00a0no-break space.",
	"A nul \x00 byte and a replacement \ufffd char.",
	"unaffable counterintelligence overpopulation",
	"   ",
	"",
	strings.Repeat("ab", 50) + " is exactly one hundred letters",
	strings.Repeat("ab", 50) + "c is one hundred and one letters",
	"The word " + strings.Repeat("é", 101) + " is long and accented.",
}

// renderTokens writes one line per token: id, start, end, surface.
func renderTokens(b *strings.Builder, text string, toks []Token) {
	runes := []rune(text)
	fmt.Fprintf(b, "== %q\n", text)
	for _, tk := range toks {
		surface := "<out of range>"
		if tk.Start >= 0 && tk.Start <= tk.End && tk.End <= len(runes) {
			surface = string(runes[tk.Start:tk.End])
		}
		fmt.Fprintf(b, "%d\t%d\t%d\t%q\n", tk.ID, tk.Start, tk.End, surface)
	}
}

func checkGolden(t *testing.T, enc encoder, file string) {
	t.Helper()
	var b strings.Builder
	for _, s := range goldenSentences {
		toks, err := enc.Encode(s)
		if err != nil {
			t.Fatalf("Encode(%q): %v", s, err)
		}
		checkInvariants(t, s, toks)
		renderTokens(&b, s, toks)
	}
	path := "testdata/" + file
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("tokens differ from %s (run go test -update after checking):\n%s", path, lineDiff(string(want), got))
	}
}

// lineDiff lists the first differing lines of two texts.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 20; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  want %s\n  got  %s\n", i+1, wl, gl)
			shown++
		}
	}
	return b.String()
}

// checkInvariants: every token lies inside the text and tokens are in order.
func checkInvariants(t *testing.T, text string, toks []Token) {
	t.Helper()
	n := utf8.RuneCountInString(text)
	prevStart, prevEnd := 0, 0
	for i, tk := range toks {
		if tk.Start < 0 || tk.Start >= tk.End || tk.End > n {
			t.Errorf("%q: token %d %+v outside [0,%d) or empty", text, i, tk, n)
		}
		if tk.Start < prevStart {
			t.Errorf("%q: token %d %+v starts before token %d", text, i, tk, i-1)
		}
		if tk.Start < prevEnd && tk.Start != prevStart {
			t.Errorf("%q: token %d %+v overlaps token %d", text, i, tk, i-1)
		}
		if tk.ID < 0 {
			t.Errorf("%q: token %d has negative id", text, i)
		}
		prevStart, prevEnd = tk.Start, tk.End
	}
}

func TestSugarmeGolden(t *testing.T) {
	checkGolden(t, newSugarme(t), "sugarme.golden")
}

func TestSugarmeNoSpecialTokens(t *testing.T) {
	s := newSugarme(t)
	toks, err := s.Encode("Moscow")
	if err != nil {
		t.Fatal(err)
	}
	if len(toks) != 1 || toks[0].Start != 0 || toks[0].End != 6 {
		t.Fatalf("Encode(Moscow) = %+v, want one token [0,6)", toks)
	}
	for _, tk := range toks {
		if tk.ID == 101 || tk.ID == 102 { // [CLS], [SEP]
			t.Fatalf("special token in %+v", toks)
		}
	}
}

func TestSugarmeInvariantsGenerated(t *testing.T) {
	s := newSugarme(t)
	g := newSentenceGen(7, false)
	for range 300 {
		text := g.sentence()
		toks, err := s.Encode(text)
		if err != nil {
			t.Fatalf("Encode(%q): %v", text, err)
		}
		checkInvariants(t, text, toks)
	}
}

func TestNewSugarmeBadJSON(t *testing.T) {
	for _, in := range []string{"", "{", `{"model": 3}`} {
		if _, err := NewSugarme([]byte(in)); err == nil {
			t.Errorf("NewSugarme(%q): want error", in)
		}
	}
}

// testConcurrent encodes the golden sentences from several goroutines and
// compares with a sequential run; under -race it also checks for data races.
func testConcurrent(t *testing.T, enc encoder) {
	want := make([][]Token, len(goldenSentences))
	for i, s := range goldenSentences {
		toks, err := enc.Encode(s)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = toks
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 3 {
				for i := range goldenSentences {
					j := (i + g + r) % len(goldenSentences)
					got, err := enc.Encode(goldenSentences[j])
					if err != nil {
						t.Error(err)
						return
					}
					if fmt.Sprint(got) != fmt.Sprint(want[j]) {
						t.Errorf("goroutine %d: %q: got %v, want %v", g, goldenSentences[j], got, want[j])
					}
				}
			}
		}()
	}
	wg.Wait()
}

func TestSugarmeConcurrentEncode(t *testing.T) {
	testConcurrent(t, newSugarme(t))
}
