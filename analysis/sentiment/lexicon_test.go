package sentiment

import (
	"errors"
	"testing"

	"github.com/stance-news/stance/models"
)

func loadLexicon(t testing.TB, withNews bool) *Lexicon {
	t.Helper()
	vader, err := models.VADERLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var news []byte
	if withNews {
		b, err := models.LoadDefault()
		if err != nil {
			t.Fatal(err)
		}
		if news, err = b.File("artifacts/lexicon/news.tsv"); err != nil {
			t.Fatal(err)
		}
	}
	lex, err := ParseLexicon(vader, news)
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

func TestParseLexiconVADER(t *testing.T) {
	lex := loadLexicon(t, false)
	if lex.Len() < 7000 {
		t.Fatalf("Len = %d, want the full VADER lexicon", lex.Len())
	}
	for word, want := range map[string]float64{"good": 1.9, "war": -2.9, "friendship": 1.9, "party": 1.7} {
		if got, ok := lex.Valence(word); !ok || got != want {
			t.Errorf("Valence(%q) = %v, %v; want %v", word, got, ok, want)
		}
	}
	if _, ok := lex.Valence("sanctions"); ok {
		t.Error("VADER alone should not know sanctions")
	}
	if lex.News() {
		t.Error("News() without a news lexicon")
	}
}

func TestParseLexiconNews(t *testing.T) {
	lex := loadLexicon(t, true)
	if v, ok := lex.Valence("sanctions"); !ok || v >= 0 {
		t.Errorf("sanctions = %v, %v; want negative", v, ok)
	}
	if v, _ := lex.Valence("aggression"); v != -2.4 {
		t.Errorf("aggression = %v, want the news override -2.4", v)
	}
	if _, ok := lex.Valence("party"); ok {
		t.Error("party should be removed by the news lexicon")
	}
	if v, _ := lex.Valence("good"); v != 1.9 {
		t.Errorf("good = %v, VADER entries must survive", v)
	}
	if !lex.negations["nobody"] || !lex.contrasts["however"] {
		t.Error("rule words not loaded")
	}
	if lex.Digest() == loadLexicon(t, false).Digest() {
		t.Error("digest must depend on the news lexicon")
	}
}

func TestParseLexiconErrors(t *testing.T) {
	vader := []byte("good\t1.9\t0.9\t[2]\n")
	for name, news := range map[string]string{
		"no header":  "sanctions\t-1.6\n",
		"upper":      "term\tvalence\nSanctions\t-1.6\n",
		"phrase":     "term\tvalence\ncold war\t-2\n",
		"range":      "term\tvalence\nwar\t-9\n",
		"nan":        "term\tvalence\nwar\tbad\n",
		"kind":       "term\tvalence\tkind\nwar\t-2\tbooster\n",
		"duplicate":  "term\tvalence\nwar\t-2\nwar\t-2\n",
		"empty term": "term\tvalence\n\t-2\n",
	} {
		if _, err := ParseLexicon(vader, []byte(news)); !errors.Is(err, ErrLexicon) {
			t.Errorf("%s: err = %v, want ErrLexicon", name, err)
		}
	}
	for name, v := range map[string]string{"empty": "", "no tab": "good 1.9\n", "nan": "good\tx\n"} {
		if _, err := ParseLexicon([]byte(v), nil); !errors.Is(err, ErrLexicon) {
			t.Errorf("vader %s: err = %v, want ErrLexicon", name, err)
		}
	}
	lex, err := ParseLexicon(vader, []byte("term\tvalence\tkind\tnote\r\nwar\t-2.9\tword\tx\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := lex.Valence("war"); !ok || v != -2.9 {
		t.Errorf("CRLF news: war = %v, %v", v, ok)
	}
}
