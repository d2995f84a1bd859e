package language

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stance-news/stance/analysis/internal/newstext"
)

// TestParagraphs scores testdata/paragraphs.tsv: 360 short news paragraphs
// written for the project, 40 in each of English, German, French, Spanish,
// Italian, Portuguese, Dutch, Russian and Chinese. An English paragraph
// must not be reliably another language; every other must be reliably not
// English. The targets are floors: 99% and 97%.
func TestParagraphs(t *testing.T) {
	f, err := os.Open("testdata/paragraphs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := New()
	var enN, enOK, otherN, otherOK, exact int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lang, text, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			t.Fatalf("bad line %q", sc.Text())
		}
		r := d.Detect(text)
		notEnglish := r.Reliable && r.Code != "en"
		if r.Code == lang && r.Reliable {
			exact++
		}
		if lang == "en" {
			enN++
			if !notEnglish {
				enOK++
			} else {
				t.Logf("English taken for %s: %q", r.Code, text)
			}
			continue
		}
		otherN++
		if notEnglish {
			otherOK++
		} else {
			t.Logf("%s kept as English (%+v): %q", lang, r, text)
		}
	}
	if enN != 40 || otherN != 320 {
		t.Fatalf("%d English and %d other paragraphs, want 40 and 320", enN, otherN)
	}
	enAcc, otherAcc := 100*float64(enOK)/float64(enN), 100*float64(otherOK)/float64(otherN)
	t.Logf("English kept %.1f%%, others rejected %.1f%%, language exactly right %.1f%%",
		enAcc, otherAcc, 100*float64(exact)/float64(enN+otherN))
	if enAcc < 99 || otherAcc < 97 {
		t.Errorf("English kept %.1f%% (want >= 99), others rejected %.1f%% (want >= 97)", enAcc, otherAcc)
	}
}

// TestNewsSentences: the NewsMTSC and country-dev sentences are English;
// almost none may be taken for another language (skips without ../shared).
func TestNewsSentences(t *testing.T) {
	d := New()
	sents := newstext.Sentences(t, newstext.NewsMTSCTrain, newstext.CountryDev)
	bad := 0
	for _, s := range sents {
		if r := d.Detect(s); r.Reliable && r.Code != "en" {
			bad++
			if bad <= 5 {
				t.Logf("taken for %s: %q", r.Code, s)
			}
		}
	}
	acc := 100 * float64(len(sents)-bad) / float64(len(sents))
	t.Logf("%d sentences, %d taken for another language: %.2f%% kept as English", len(sents), bad, acc)
	if acc < 99 {
		t.Errorf("%.2f%% of English news sentences kept, want >= 99", acc)
	}
}

func BenchmarkDetect(b *testing.B) {
	d := New()
	sents := newstext.Sentences(b, newstext.NewsMTSCTrain)
	text := strings.Join(sents, " ")
	var n int64
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		at := (i * 997) % (len(text) - MaxBytes)
		d.Detect(text[at : at+MaxBytes])
		n += MaxBytes
	}
	b.ReportMetric(float64(n)/1e6/b.Elapsed().Seconds(), "MB/s")
}

// BenchmarkDetectArticle detects the language of English news articles of
// about 2 KB (NewsMTSC sentences joined), the common case of a feed.
func BenchmarkDetectArticle(b *testing.B) {
	d := New()
	sents := newstext.Sentences(b, newstext.NewsMTSCTrain)
	var arts []string
	for i := 0; i+15 <= len(sents); i += 15 {
		arts = append(arts, strings.Join(sents[i:i+15], " "))
	}
	var n int64
	for i := 0; b.Loop(); i++ {
		a := arts[i%len(arts)]
		d.Detect(a)
		n += int64(len(a))
	}
	b.ReportMetric(float64(n)/1e6/b.Elapsed().Seconds(), "MB/s")
}
