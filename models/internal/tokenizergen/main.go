// Command tokenizergen writes models/artifacts/tokenizer/tokenizer.json, the
// Hugging Face tokenizer description stance tokenizes with, from the BERT
// uncased WordPiece vocabulary that github.com/sugarme/tokenizer ships in its
// module directory (pretrained/model/bert-base-uncased-vocab.txt, Google's
// BERT vocabulary, Apache-2.0; see models/artifacts/tokenizer/NOTICE).
//
// Run it from the repository root: go run ./models/internal/tokenizergen
// then refresh the manifest: go run ./models/internal/manifestgen
//
// The output is byte-for-byte reproducible: the vocabulary is written in id
// order (the line order of vocab.txt) and every other field is fixed here.
//
// Choices recorded in the file:
//   - BertNormalizer with clean_text, handle_chinese_chars and lowercase on and
//     strip_accents false. bert-base-uncased itself strips accents, but
//     sugarme's accent stripping can panic and shifts offsets, so accents are
//     kept: "Erdoğan" is not folded to "erdogan", and ids of accented words
//     differ from those of the original bert-base-uncased tokenizer.
//   - BertPreTokenizer and a WordPiece model (unk "[UNK]", prefix "##", words
//     longer than 100 characters become "[UNK]").
//   - No post-processor and no added tokens: encoding a text yields only the
//     text's own WordPiece tokens, never [CLS]/[SEP], which is what the
//     n_tokens columns count; and a literal "[CLS]" in an article is text, not
//     a special token.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

const (
	sugarmeModule = "github.com/sugarme/tokenizer"
	vocabPath     = "pretrained/model/bert-base-uncased-vocab.txt"
	outPath       = "models/artifacts/tokenizer/tokenizer.json"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "tokenizergen:", err)
		os.Exit(1)
	}
}

func run() error {
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", sugarmeModule).Output()
	if err != nil {
		return fmt.Errorf("locate %s: %w", sugarmeModule, err)
	}
	raw, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(dir)), vocabPath))
	if err != nil {
		return err
	}
	vocab, err := parseVocab(raw)
	if err != nil {
		return err
	}
	out, err := render(vocab)
	if err != nil {
		return err
	}
	return os.WriteFile(outPath, out, 0o644)
}

// parseVocab returns the tokens of a vocab.txt in id order (one per line).
func parseVocab(raw []byte) ([]string, error) {
	var toks []string
	seen := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		tok := strings.TrimRight(sc.Text(), "\r")
		if prev, dup := seen[tok]; dup {
			return nil, fmt.Errorf("vocab: %q on lines %d and %d", tok, prev+1, len(toks)+1)
		}
		seen[tok] = len(toks)
		toks = append(toks, tok)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, need := range []string{"[UNK]", "[CLS]", "[SEP]", "[PAD]", "[MASK]"} {
		if _, ok := seen[need]; !ok {
			return nil, fmt.Errorf("vocab: missing %s", need)
		}
	}
	return toks, nil
}

// render writes the tokenizer.json text: fixed fields, then the vocabulary in
// id order, one entry per line.
func render(vocab []string) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{
  "version": "1.0",
  "truncation": null,
  "padding": null,
  "added_tokens": [],
  "normalizer": {
    "type": "BertNormalizer",
    "clean_text": true,
    "handle_chinese_chars": true,
    "strip_accents": false,
    "lowercase": true
  },
  "pre_tokenizer": {
    "type": "BertPreTokenizer"
  },
  "post_processor": null,
  "decoder": {
    "type": "WordPiece",
    "prefix": "##",
    "cleanup": true
  },
  "model": {
    "type": "WordPiece",
    "unk_token": "[UNK]",
    "continuing_subword_prefix": "##",
    "max_input_chars_per_word": 100,
    "vocab": {
`)
	for id, tok := range vocab {
		var key bytes.Buffer
		enc := json.NewEncoder(&key)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(tok); err != nil {
			return nil, err
		}
		sep := ","
		if id == len(vocab)-1 {
			sep = ""
		}
		fmt.Fprintf(&b, "      %s: %d%s\n", bytes.TrimRight(key.Bytes(), "\n"), id, sep)
	}
	b.WriteString("    }\n  }\n}\n")
	if !json.Valid(b.Bytes()) {
		return nil, fmt.Errorf("generated tokenizer.json is not valid JSON")
	}
	return b.Bytes(), nil
}
