package tokenize

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/sugarme/tokenizer"
	"github.com/sugarme/tokenizer/pretrained"
)

// ErrSugarme reports a failure inside github.com/sugarme/tokenizer.
var ErrSugarme = errors.New("tokenize: sugarme failed")

// Sugarme encodes with github.com/sugarme/tokenizer loaded from a
// tokenizer.json. It is the reference the faster encoders are tested against
// and is slow (about 0.5 MB/s).
//
// A Sugarme is safe for concurrent use without locking: in sugarme v0.3.0 a
// Tokenizer's encode path only reads the configuration built at load time
// (vocabulary map, normalizer and pre-tokenizer settings; its regular
// expressions are compiled per call), and Sugarme never reconfigures it.
// TestConcurrentEncode checks this under the race detector.
type Sugarme struct {
	tk *tokenizer.Tokenizer
}

// NewSugarme loads a Hugging Face tokenizer.json through sugarme.
func NewSugarme(tokenizerJSON []byte) (*Sugarme, error) {
	tk, err := pretrained.FromReader(bytes.NewReader(tokenizerJSON))
	if err != nil {
		return nil, fmt.Errorf("tokenize: load tokenizer.json with sugarme: %w", err)
	}
	return &Sugarme{tk: tk}, nil
}

// Encode returns the WordPiece tokens of text, without special tokens. A panic
// inside sugarme is returned as an error wrapping ErrSugarme.
func (t *Sugarme) Encode(text string) (toks []Token, err error) {
	defer func() {
		if r := recover(); r != nil {
			toks, err = nil, fmt.Errorf("%w: panic: %v", ErrSugarme, r)
		}
	}()
	en, err := t.tk.EncodeSingle(text, false)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSugarme, err)
	}
	if len(en.Ids) != len(en.Offsets) {
		return nil, fmt.Errorf("%w: %d ids and %d offsets", ErrSugarme, len(en.Ids), len(en.Offsets))
	}
	toks = make([]Token, len(en.Ids))
	cp := codePoints(text)
	for i, id := range en.Ids {
		off := en.Offsets[i]
		if len(off) != 2 || off[0] < 0 || off[0] > off[1] || off[1] > len(text) {
			return nil, fmt.Errorf("%w: byte offsets %v for a %d-byte text", ErrSugarme, off, len(text))
		}
		start := cp[off[0]]
		if off[0] < len(text) && !utf8.RuneStart(text[off[0]]) {
			start-- // inside a code point: round down to its start
		}
		toks[i] = Token{ID: int32(id), Start: start, End: cp[off[1]]}
	}
	return toks, nil
}

// codePoints maps each byte offset b of text (0..len(text)) to the number of
// code points that start before b. An offset inside a multi-byte code point
// maps to the index after it.
func codePoints(text string) []int {
	cp := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		n++
		for j := 0; j < size; j++ {
			cp[i+j+1] = n
		}
		i += size
	}
	return cp
}
