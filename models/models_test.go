package models

import (
	"errors"
	"testing"
	"testing/fstest"
)

func TestLoad(t *testing.T) {
	data := []byte("hello")
	good := `{"artifacts":{"a/x.txt":"` + Digest(data) + `"}}`
	cases := []struct {
		name string
		fs   fstest.MapFS
		want error // nil: loads
	}{
		{"verified", fstest.MapFS{ManifestName: {Data: []byte(good)}, "a/x.txt": {Data: data}}, nil},
		{"changed byte", fstest.MapFS{ManifestName: {Data: []byte(good)}, "a/x.txt": {Data: []byte("hellO")}}, ErrDigest},
		{"missing artifact", fstest.MapFS{ManifestName: {Data: []byte(good)}}, ErrMissing},
		{"no manifest", fstest.MapFS{"a/x.txt": {Data: data}}, errAny},
		{"bad manifest", fstest.MapFS{ManifestName: {Data: []byte("{")}, "a/x.txt": {Data: data}}, errAny},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := Load(c.fs)
			switch {
			case c.want == nil && err != nil:
				t.Fatalf("Load: %v", err)
			case c.want == nil:
				got, err := b.File("a/x.txt")
				if err != nil || string(got) != "hello" || b.Digests()["a/x.txt"] != Digest(data) {
					t.Errorf("File = %q, %v; digests %v", got, err, b.Digests())
				}
				if _, err := b.File("other"); !errors.Is(err, ErrMissing) {
					t.Errorf("File(other) = %v, want ErrMissing", err)
				}
			case err == nil:
				t.Fatal("Load succeeded, want an error")
			case c.want != errAny && !errors.Is(err, c.want):
				t.Errorf("Load: %v, want %v", err, c.want)
			}
		})
	}
}

var errAny = errors.New("any error")

func TestEmbeddedDefaultVerifies(t *testing.T) {
	b, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"artifacts/tokenizer/tokenizer.json", "artifacts/lexicon/news.tsv",
		"artifacts/parties/parties.yaml", "artifacts/stance/weights.bin"} {
		if _, err := b.File(name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	vader, err := VADERLexicon()
	if err != nil || len(vader) < 1000 {
		t.Errorf("VADER lexicon: %d bytes, %v", len(vader), err)
	}
}
