package tokenize

import (
	"encoding/json"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// ErrUnsupported reports a tokenizer.json that Fast cannot encode exactly:
// a component other than BertNormalizer, BertPreTokenizer and WordPiece,
// accent stripping, added tokens, or an over-long word limit.
var ErrUnsupported = errors.New("tokenize: unsupported tokenizer.json")

// maxWordChars bounds max_input_chars_per_word so that a word fits in
// fixed-size scratch space on the stack.
const maxWordChars = 256

// Fast is a WordPiece encoder for the BERT tokenizer.json that Sugarme also
// reads, following Hugging Face tokenizers' semantics. Encoding allocates
// nothing beyond the returned slice. A Fast is safe for concurrent use.
//
// Fast and Sugarme agree on ids and offsets for ASCII text (checked by a
// differential test). On non-ASCII text Fast follows Hugging Face and differs
// from sugarme v0.3.0 where sugarme is wrong:
//   - A word holding a multi-byte character that is split into sub-words,
//     or that becomes [UNK] (unknown, or longer than max_input_chars_per_word):
//     sugarme uses character counts as byte offsets, so its offsets are cut
//     short ("Genève" -> [UNK] over "Genèv"; "ﬁnal" -> ﬁ/##nal both over "ﬁ").
//   - Non-ASCII whitespace (U+00A0 no-break space, U+2009, U+3000, ...):
//     Hugging Face splits words there; sugarme keeps them inside the word.
//   - A character whose lowercase has a different UTF-8 length (İ U+0130,
//     Ⱥ U+023A, ...): sugarme shifts every later offset in the text. İ also
//     lowercases to "i" + U+0307 in Hugging Face (Rust char::to_lowercase),
//     as here, and to plain "i" in sugarme, so ids differ too.
//   - Characters clean_text removes (U+00AD soft hyphen, U+200B zero-width
//     space, other Cc/Cf): sugarme's offsets can shift after them, and at the
//     start of a text ("\u00ad Kremlin") its ids go wrong too.
//   - Private use characters (Co): Hugging Face removes them, sugarme keeps
//     them as [UNK]. Characters whose punctuation or format category is
//     newer than Unicode 8.0: sugarme uses Go's tables (see below).
//   - Ⱥ U+023A and Ⱦ U+023E make sugarme panic (Sugarme returns an error).
//   - CJK Extension ranges: Hugging Face (and Fast) treat U+2B920..U+2CEAF as
//     Chinese characters; sugarme uses U+2B820..U+2CEAF.
//
// Fast matches Hugging Face tokenizers (0.22.2, through the npm package
// @anush008/tokenizers 0.6.0) exactly, ids and offsets, on the sentences of
// testdata/hf/sentences.txt (accents, CJK, emoji, many scripts, invisible
// and control characters) and on "a" + c + "b" for every code point c
// (hf_test.go). Hugging Face takes whitespace and lowercasing from Rust's
// standard library but punctuation and "control" (Cc, Cf, Co; not Cn) from
// the unicode_categories crate, whose tables are Unicode 8.0, while Go's are
// Unicode 15.0. Fast follows Hugging Face there too (see hfOld*): characters
// that became punctuation or format characters after Unicode 8.0 (U+2E43..,
// U+0890, U+13430.., ...) stay word characters, and U+166D and U+111C9,
// punctuation in Unicode 8.0 only, still split words. Unassigned code points,
// including emoji newer than Go's tables, are word characters in both.
// TestUnicodeVersion fails when Go's Unicode version changes, since the
// hfOld* tables are the difference between Unicode 8.0 and Go's 15.0.
type Fast struct {
	vocab     *trie      // whole-word pieces
	cont      *trie      // continuation pieces, prefix removed
	words     *wordTable // whole-word pieces again, one probe per word
	unk       int32
	maxChars  int
	clean     bool
	chinese   bool
	lowercase bool
	ascii     [utf8.RuneSelf]asciiClass
}

type asciiClass struct {
	kind byte // one of the kind constants
	low  byte // the byte after lowercasing
}

const (
	kindWord byte = iota
	kindSpace
	kindPunct
	kindDrop
)

type hfConfig struct {
	AddedTokens []json.RawMessage `json:"added_tokens"`
	Normalizer  *struct {
		Type               string `json:"type"`
		CleanText          bool   `json:"clean_text"`
		HandleChineseChars bool   `json:"handle_chinese_chars"`
		StripAccents       *bool  `json:"strip_accents"`
		Lowercase          bool   `json:"lowercase"`
	} `json:"normalizer"`
	PreTokenizer *struct {
		Type string `json:"type"`
	} `json:"pre_tokenizer"`
	Model struct {
		Type                    string           `json:"type"`
		UnkToken                string           `json:"unk_token"`
		ContinuingSubwordPrefix *string          `json:"continuing_subword_prefix"`
		MaxInputCharsPerWord    *int             `json:"max_input_chars_per_word"`
		Vocab                   map[string]int32 `json:"vocab"`
	} `json:"model"`
}

// NewFast builds a Fast from a Hugging Face tokenizer.json with a
// BertNormalizer (strip_accents false), a BertPreTokenizer, a WordPiece model
// and no added tokens. The post-processor is ignored: Fast never adds special
// tokens.
func NewFast(tokenizerJSON []byte) (*Fast, error) {
	var c hfConfig
	if err := json.Unmarshal(tokenizerJSON, &c); err != nil {
		return nil, fmt.Errorf("tokenize: parse tokenizer.json: %w", err)
	}
	n, m := c.Normalizer, c.Model
	switch {
	case n == nil || n.Type != "BertNormalizer":
		return nil, fmt.Errorf("%w: normalizer must be BertNormalizer", ErrUnsupported)
	case n.StripAccents != nil && *n.StripAccents, n.StripAccents == nil && n.Lowercase:
		return nil, fmt.Errorf("%w: strip_accents must be false", ErrUnsupported)
	case c.PreTokenizer == nil || c.PreTokenizer.Type != "BertPreTokenizer":
		return nil, fmt.Errorf("%w: pre_tokenizer must be BertPreTokenizer", ErrUnsupported)
	case m.Type != "WordPiece":
		return nil, fmt.Errorf("%w: model must be WordPiece", ErrUnsupported)
	case len(c.AddedTokens) > 0:
		return nil, fmt.Errorf("%w: added_tokens must be empty", ErrUnsupported)
	}
	f := &Fast{
		maxChars:  100,
		clean:     n.CleanText,
		chinese:   n.HandleChineseChars,
		lowercase: n.Lowercase,
	}
	if m.MaxInputCharsPerWord != nil {
		f.maxChars = *m.MaxInputCharsPerWord
	}
	if f.maxChars < 1 || f.maxChars > maxWordChars {
		return nil, fmt.Errorf("%w: max_input_chars_per_word %d not in [1,%d]", ErrUnsupported, f.maxChars, maxWordChars)
	}
	prefix := "##"
	if m.ContinuingSubwordPrefix != nil {
		prefix = *m.ContinuingSubwordPrefix
	}
	unk, ok := m.Vocab[m.UnkToken]
	if m.UnkToken == "" || !ok {
		return nil, fmt.Errorf("tokenize: tokenizer.json: unk_token %q not in vocab", m.UnkToken)
	}
	f.unk = unk
	whole, cont := map[string]int32{}, map[string]int32{}
	for k, id := range m.Vocab {
		whole[k] = id
		if len(k) > len(prefix) && k[:len(prefix)] == prefix {
			cont[k[len(prefix):]] = id
		}
	}
	var err error
	if f.vocab, err = newTrie(whole); err != nil {
		return nil, err
	}
	if f.cont, err = newTrie(cont); err != nil {
		return nil, err
	}
	f.words = newWordTable(whole)
	for b := range utf8.RuneSelf {
		r := rune(b)
		c := asciiClass{kind: kindWord, low: byte(r)}
		switch {
		case f.clean && (r == 0 || isControl(r)):
			c.kind = kindDrop
		case isWhitespace(r):
			c.kind = kindSpace
		case isPunct(r):
			c.kind = kindPunct
		}
		if f.lowercase && 'A' <= r && r <= 'Z' {
			c.low = byte(r + 'a' - 'A')
		}
		f.ascii[b] = c
	}
	return f, nil
}

// Encode returns the WordPiece tokens of text, without special tokens. The
// error is always nil; it is there so Fast and Sugarme share a method set.
func (f *Fast) Encode(text string) ([]Token, error) {
	return f.AppendEncode(make([]Token, 0, len(text)/4+1), text), nil
}

// word is the scratch space for the word being collected: its normalized
// UTF-8 bytes and, per normalized character, its byte offset and the code
// point index of the original character it came from.
type word struct {
	buf   [maxWordChars * utf8.UTFMax]byte
	at    [maxWordChars + 1]int16 // byte offset of each character in buf; at[chars] = nb
	orig  [maxWordChars]int32
	chars int // normalized characters seen, may exceed what is stored
	nb    int
	first int // code point index of the first character's origin
	last  int // code point index of the last character's origin
}

// AppendEncode appends the WordPiece tokens of text to dst and returns the
// extended slice. It allocates only when dst must grow.
func (f *Fast) AppendEncode(dst []Token, text string) []Token {
	var w word
	var lowBuf [maxWordChars]byte
	cp := 0 // code point index of the current original character
	for i := 0; i < len(text); cp++ {
		b := text[i]
		if b < utf8.RuneSelf {
			if w.chars == 0 && f.ascii[b].kind == kindWord {
				// An ASCII word ended by an ASCII space or punctuation
				// mark, or by the end of the text (nearly every word), is
				// encoded straight from the text: its characters are its
				// bytes and its code points.
				j := i
				for j < len(text) && text[j] < utf8.RuneSelf && f.ascii[text[j]].kind == kindWord {
					j++
				}
				if j == len(text) || text[j] < utf8.RuneSelf && f.ascii[text[j]].kind != kindDrop {
					n := j - i
					if n > f.maxChars {
						dst = append(dst, Token{ID: f.unk, Start: cp, End: cp + n})
					} else {
						low := lowBuf[:n]
						for k := range low {
							low[k] = f.ascii[text[i+k]].low
						}
						dst = f.encodeASCII(dst, low, cp)
					}
					cp += n - 1
					i = j
					continue
				}
			}
			i++
			switch c := f.ascii[b]; c.kind {
			case kindWord:
				w.add(rune(c.low), cp, f.maxChars)
			case kindSpace:
				dst = f.flush(dst, &w)
			case kindPunct:
				dst = f.flush(dst, &w)
				w.add(rune(c.low), cp, f.maxChars)
				dst = f.flush(dst, &w)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if f.clean && (r == utf8.RuneError || isControl(r)) {
			continue // also drops each byte of invalid UTF-8
		}
		if isWhitespace(r) {
			dst = f.flush(dst, &w)
			continue
		}
		if f.chinese && isChinese(r) {
			dst = f.flush(dst, &w)
			w.add(f.lower(r), cp, f.maxChars)
			dst = f.flush(dst, &w)
			continue
		}
		if f.lowercase && r == 'İ' {
			// Rust's char::to_lowercase: İ -> i + U+0307, both from one character.
			w.add('i', cp, f.maxChars)
			w.add('\u0307', cp, f.maxChars)
			continue
		}
		r = f.lower(r)
		if isPunct(r) {
			dst = f.flush(dst, &w)
			w.add(r, cp, f.maxChars)
			dst = f.flush(dst, &w)
			continue
		}
		w.add(r, cp, f.maxChars)
	}
	return f.flush(dst, &w)
}

func (f *Fast) lower(r rune) rune {
	if f.lowercase {
		return unicode.ToLower(r)
	}
	return r
}

// add appends one normalized character that came from original code point cp.
func (w *word) add(r rune, cp, maxChars int) {
	if w.chars == 0 {
		w.first = cp
	}
	w.last = cp
	if w.chars < maxChars+1 && w.chars < maxWordChars {
		w.at[w.chars] = int16(w.nb)
		w.orig[w.chars] = int32(cp)
		w.nb += utf8.EncodeRune(w.buf[w.nb:], r)
	}
	w.chars++
}

// flush appends the tokens of the collected word, WordPiece greedy
// longest-match-first, and empties the word.
func (f *Fast) flush(dst []Token, w *word) []Token {
	if w.chars == 0 {
		return dst
	}
	n, nb := w.chars, w.nb
	w.chars, w.nb = 0, 0
	if n > f.maxChars {
		return append(dst, Token{ID: f.unk, Start: w.first, End: w.last + 1})
	}
	w.at[n] = int16(nb)
	mark := len(dst)
	for s := 0; s < n; { // s, e: character indexes into the word
		vocab := f.vocab
		if s > 0 {
			vocab = f.cont
		}
		sb := int(w.at[s])
		id, nb, ok := vocab.longest(w.buf[sb:w.at[n]])
		if !ok {
			dst = dst[:mark]
			return append(dst, Token{ID: f.unk, Start: w.first, End: w.last + 1})
		}
		// Keys are whole UTF-8 strings, so the match ends on a character.
		e := s + 1
		for int(w.at[e]) < sb+nb {
			e++
		}
		dst = append(dst, Token{ID: id, Start: int(w.orig[s]), End: int(w.orig[e-1]) + 1})
		s = e
	}
	return dst
}

// encodeASCII appends the WordPiece tokens of an ASCII word of at most
// maxChars characters (already normalized) that starts at code point cp.
func (f *Fast) encodeASCII(dst []Token, word []byte, cp int) []Token {
	if id, ok := f.words.lookup(word); ok {
		return append(dst, Token{ID: id, Start: cp, End: cp + len(word)})
	}
	mark := len(dst)
	for s := 0; s < len(word); {
		vocab := f.vocab
		if s > 0 {
			vocab = f.cont
		}
		id, nb, ok := vocab.longest(word[s:])
		if !ok {
			dst = dst[:mark]
			return append(dst, Token{ID: f.unk, Start: cp, End: cp + len(word)})
		}
		dst = append(dst, Token{ID: id, Start: cp + s, End: cp + s + nb})
		s += nb
	}
	return dst
}

// isWhitespace is Hugging Face's BERT whitespace: \t, \n, \r and Unicode
// White_Space.
func isWhitespace(r rune) bool {
	return unicode.IsSpace(r)
}

// isControl is Hugging Face's BERT control test: categories Cc, Cf and Co
// (and surrogates, which valid UTF-8 never holds) in Unicode 8.0, except \t,
// \n and \r. Unassigned code points (Cn) are not control characters: the
// comment in Hugging Face's bert.rs says they are, but unicode_categories'
// is_other leaves them out, and Hugging Face keeps them.
func isControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r':
		return false
	}
	if r < utf8.RuneSelf {
		return r < 0x20 || r == 0x7f
	}
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs) && !unicode.Is(hfOldNotControl, r)
}

// isPunct is Hugging Face's BERT punctuation: ASCII punctuation and symbols,
// and Unicode category P as of Unicode 8.0.
func isPunct(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '!' && r <= '/' || r >= ':' && r <= '@' || r >= '[' && r <= '`' || r >= '{' && r <= '~'
	}
	if unicode.IsPunct(r) {
		return !unicode.Is(hfOldNotPunct, r)
	}
	return r == 0x166D || r == 0x111C9 // P in Unicode 8.0, So and Mn in Go's tables
}

// Hugging Face's punctuation and control tests use the unicode_categories
// crate (Unicode 8.0 tables). These are the characters on which Go's Unicode
// 15.0 tables disagree with it, found by encoding "a" + c + "b" for every
// code point c with both (hf_test.go, TestFastHFCodePoints).
var (
	// hfOldNotPunct: category P in Go, not punctuation in Unicode 8.0
	// (all assigned later).
	hfOldNotPunct = &unicode.RangeTable{
		R16: []unicode.Range16{
			{0x061D, 0x061D, 1}, {0x09FD, 0x09FD, 1}, {0x0A76, 0x0A76, 1},
			{0x0C77, 0x0C77, 1}, {0x0C84, 0x0C84, 1}, {0x1B7D, 0x1B7E, 1},
			{0x2E43, 0x2E4F, 1}, {0x2E52, 0x2E5D, 1},
		},
		R32: []unicode.Range32{
			{0x10EAD, 0x10EAD, 1}, {0x10F55, 0x10F59, 1}, {0x10F86, 0x10F89, 1},
			{0x1144B, 0x1144F, 1}, {0x1145A, 0x1145B, 1}, {0x1145D, 0x1145D, 1},
			{0x11660, 0x1166C, 1}, {0x116B9, 0x116B9, 1}, {0x1183B, 0x1183B, 1},
			{0x11944, 0x11946, 1}, {0x119E2, 0x119E2, 1}, {0x11A3F, 0x11A46, 1},
			{0x11A9A, 0x11A9C, 1}, {0x11A9E, 0x11AA2, 1}, {0x11B00, 0x11B09, 1},
			{0x11C41, 0x11C45, 1}, {0x11C70, 0x11C71, 1}, {0x11EF7, 0x11EF8, 1},
			{0x11F43, 0x11F4F, 1}, {0x11FFF, 0x11FFF, 1}, {0x12FF1, 0x12FF2, 1},
			{0x16E97, 0x16E9A, 1}, {0x16FE2, 0x16FE2, 1}, {0x1E95E, 0x1E95F, 1},
		},
	}
	// hfOldNotControl: format characters (Cf) in Go, unassigned in Unicode
	// 8.0, so kept (as word characters) by Hugging Face.
	hfOldNotControl = &unicode.RangeTable{
		R16: []unicode.Range16{{0x0890, 0x0891, 1}, {0x08E2, 0x08E2, 1}},
		R32: []unicode.Range32{{0x110CD, 0x110CD, 1}, {0x13430, 0x1343F, 1}},
	}
)

// isChinese reports a CJK ideograph, in Hugging Face's ranges.
func isChinese(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF ||
		r >= 0x3400 && r <= 0x4DBF ||
		r >= 0x20000 && r <= 0x2A6DF ||
		r >= 0x2A700 && r <= 0x2B73F ||
		r >= 0x2B740 && r <= 0x2B81F ||
		r >= 0x2B920 && r <= 0x2CEAF ||
		r >= 0xF900 && r <= 0xFAFF ||
		r >= 0x2F800 && r <= 0x2FA1F
}
