package tokenize

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stance-news/stance/analysis/internal/newstext"
)

var _ encoder = (*Fast)(nil)

var (
	fastOnce sync.Once
	fastTk   *Fast
	fastErr  error
)

func newFast(tb testing.TB) *Fast {
	tb.Helper()
	fastOnce.Do(func() { fastTk, fastErr = NewFast(tokenizerJSON(tb)) })
	if fastErr != nil {
		tb.Fatal(fastErr)
	}
	return fastTk
}

// TestFastGolden records Fast's tokens for the golden sentences. Where it
// differs from testdata/sugarme.golden the difference is one listed in Fast's
// doc comment (Hugging Face semantics on non-ASCII text).
func TestFastGolden(t *testing.T) {
	checkGolden(t, newFast(t), "fast.golden")
}

// TestFastOracleDifferences pins the non-ASCII cases where Fast follows
// Hugging Face and sugarme does not.
func TestFastOracleDifferences(t *testing.T) {
	f, s := newFast(t), newSugarme(t)
	for _, tc := range []struct {
		text          string
		fast, sugarme string
	}{
		{"Genève", "[{100 0 6}]", "[{100 0 5}]"},
		{"ﬁnal", "[{1984 0 1} {12032 1 4}]", "[{1984 0 1} {12032 0 2}]"},
		{"hello\u00a0world", "[{7592 0 5} {2088 6 11}]", "[{100 0 10}]"},
		{"İstanbul", "[{100 0 8}]", "[{9960 0 7}]"},
	} {
		got, _ := f.Encode(tc.text)
		want := tc.fast
		if fmt.Sprint(got) != want {
			t.Errorf("Fast(%q) = %v, want %s", tc.text, got, want)
		}
		if gs, _ := s.Encode(tc.text); fmt.Sprint(gs) != tc.sugarme {
			t.Errorf("Sugarme(%q) = %v, want %s (sugarme changed? update the doc comment of Fast)", tc.text, gs, tc.sugarme)
		}
	}
}

// TestFastDifferential requires identical ids and offsets from Fast and
// Sugarme on generated ASCII sentences: 100,000 normally, 2,000 with -short
// or under the race detector.
func TestFastDifferential(t *testing.T) {
	n := 100_000
	if testing.Short() || raceEnabled {
		n = 2_000
	}
	f, s := newFast(t), newSugarme(t)
	g := newSentenceGen(1, false)
	var buf []Token
	fails := 0
	for i := range n {
		text := g.sentence()
		want, err := s.Encode(text)
		if err != nil {
			t.Fatalf("sentence %d: sugarme: %v", i, err)
		}
		buf = f.AppendEncode(buf[:0], text)
		checkInvariants(t, text, buf)
		if fmt.Sprint(buf) != fmt.Sprint(want) {
			t.Errorf("sentence %d %q:\nfast    %v\nsugarme %v", i, text, buf, want)
			if fails++; fails == 5 {
				t.FailNow()
			}
		}
	}
}

// TestFastDifferentialUnicode compares ids (not offsets, which sugarme gets
// wrong inside non-ASCII words) on sentences with curly quotes, dashes,
// accents, CJK and emoji, leaving out the inputs on which sugarme's ids are
// known to differ (non-ASCII whitespace, İ, removed characters such as
// U+00AD and U+200B).
func TestFastDifferentialUnicode(t *testing.T) {
	n := 3_000
	if testing.Short() || raceEnabled {
		n = 300
	}
	f, s := newFast(t), newSugarme(t)
	g := newSentenceGen(2, true)
	for i := 0; i < n; {
		text := g.sentence()
		if strings.ContainsAny(text, "\u00a0İ\u00ad\u200b") {
			continue
		}
		i++
		want, err := s.Encode(text)
		if err != nil {
			t.Fatalf("sugarme: %v", err)
		}
		got, _ := f.Encode(text)
		checkInvariants(t, text, got)
		if fmt.Sprint(ids(got)) != fmt.Sprint(ids(want)) {
			t.Fatalf("%q:\nfast    %v\nsugarme %v", text, got, want)
		}
	}
}

func ids(toks []Token) []int32 {
	out := make([]int32, len(toks))
	for i, tk := range toks {
		out[i] = tk.ID
	}
	return out
}

func TestFastInvariantsGenerated(t *testing.T) {
	f := newFast(t)
	g := newSentenceGen(3, true)
	for range 5_000 {
		text := g.sentence()
		toks, _ := f.Encode(text)
		checkInvariants(t, text, toks)
	}
	// invalid UTF-8 and control characters
	for _, text := range []string{"\xff\xfe abc \xc3", "a\x01b\x7fc", "\u0085x\u200by", "İİİ", strings.Repeat("İ", 60)} {
		toks, _ := f.Encode(text)
		checkInvariants(t, text, toks)
	}
}

func TestFastAppendEncodeAllocs(t *testing.T) {
	f := newFast(t)
	text := strings.Join(goldenSentences, " ")
	dst := make([]Token, 0, 4096)
	allocs := testing.AllocsPerRun(20, func() {
		dst = f.AppendEncode(dst[:0], text)
	})
	if allocs != 0 {
		t.Errorf("AppendEncode allocated %.1f times per run, want 0", allocs)
	}
}

func TestFastConcurrentEncode(t *testing.T) {
	testConcurrent(t, newFast(t))
}

func TestNewFastErrors(t *testing.T) {
	good := string(tokenizerJSON(t))
	for _, tc := range []struct {
		name, json  string
		unsupported bool
	}{
		{"empty", "", false},
		{"accents", strings.Replace(good, `"strip_accents": false`, `"strip_accents": true`, 1), true},
		{"accents null", strings.Replace(good, `"strip_accents": false`, `"strip_accents": null`, 1), true},
		{"bpe", strings.Replace(good, `"type": "WordPiece",
    "unk_token"`, `"type": "BPE",
    "unk_token"`, 1), true},
		{"pretokenizer", strings.Replace(good, `"BertPreTokenizer"`, `"Whitespace"`, 1), true},
		{"added", strings.Replace(good, `"added_tokens": []`, `"added_tokens": [{"id": 100, "content": "[UNK]"}]`, 1), true},
		{"max chars", strings.Replace(good, `"max_input_chars_per_word": 100`, `"max_input_chars_per_word": 1000`, 1), true},
		{"unk", strings.Replace(good, `"unk_token": "[UNK]"`, `"unk_token": "<unk>"`, 1), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.json == good {
				t.Fatal("replacement did not apply")
			}
			_, err := NewFast([]byte(tc.json))
			if err == nil {
				t.Fatal("want error")
			}
			if errors.Is(err, ErrUnsupported) != tc.unsupported {
				t.Errorf("err = %v, errors.Is(ErrUnsupported) should be %v", err, tc.unsupported)
			}
		})
	}
}

// benchSentences is a fixed, generated mix of ASCII news-like sentences.
func benchSentences() ([]string, int64) {
	g := newSentenceGen(42, false)
	out := make([]string, 500)
	var n int64
	for i := range out {
		out[i] = g.sentence()
		n += int64(len(out[i]))
	}
	return out, n
}

func BenchmarkSugarme(b *testing.B) {
	s := newSugarme(b)
	sents, n := benchSentences()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range sents {
			if _, err := s.Encode(text); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkFast(b *testing.B) {
	sents, n := benchSentences()
	benchFast(b, sents, n)
}

// benchFast encodes sents (n bytes in all) with Fast.
func benchFast(b *testing.B, sents []string, n int64) {
	f := newFast(b)
	b.SetBytes(n)
	b.ReportAllocs()
	var dst []Token
	for b.Loop() {
		for _, text := range sents {
			dst = f.AppendEncode(dst[:0], text)
		}
	}
}

// BenchmarkFastNews encodes the news sentences of NewsMTSC's training set
// (real text, where most words are whole vocabulary entries); it skips when
// ../shared/data is absent.
func BenchmarkFastNews(b *testing.B) {
	sents := newstext.Sentences(b, newstext.NewsMTSCTrain)
	var n int64
	for _, x := range sents {
		n += int64(len(x))
	}
	benchFast(b, sents, n)
}
