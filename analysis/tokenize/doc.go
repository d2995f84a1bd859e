// Package tokenize splits sentence text into BERT WordPiece tokens: vocabulary
// ids with [Start, End) offsets in Unicode code points of the text, so that
// Python's text[start:end] is the token's surface.
//
// The tokenizer is described by a Hugging Face tokenizer.json (stance embeds
// one in models/artifacts/tokenizer) and is handed in as bytes; the package
// reads no files. Two encoders read the same description:
//
//   - Sugarme runs github.com/sugarme/tokenizer, the reference (oracle).
//   - Fast is an allocation-free WordPiece encoder for the nightly batch.
//
// sugarme is wrong on some non-ASCII text, so Fast is also tested against
// Hugging Face tokenizers itself: testdata/hf/hf.golden holds its ids and
// offsets for testdata/hf/sentences.txt (regenerate with
// cd testdata/hf && npm ci && node gen.mjs sentences.txt > hf.golden), and
// testdata/hf/ORACLES.md lists where the two oracles differ.
//
// Guarantees, for both encoders:
//   - Only the text's own WordPiece tokens are returned, never [CLS]/[SEP] or
//     padding, so len(tokens) is the n_tokens the tables report.
//   - Tokens are in text order; every token satisfies
//     0 <= Start < End <= number of code points in the text, and each token's
//     Start is at or after the previous token's Start (sub-words of one word
//     are adjacent; a word longer than the tokenizer's max_input_chars_per_word
//     is a single unknown token spanning the word).
//   - Encoding is deterministic, uses no global state, and is safe for
//     concurrent use by multiple goroutines.
//
// A byte sequence that is not valid UTF-8 counts as one code point per
// invalid byte; stance's inputs are valid, NFC-normalised UTF-8.
package tokenize

// Token is one WordPiece token: its vocabulary id and [Start, End) in Unicode code points of the encoded text.
type Token struct {
	ID         int32
	Start, End int
}
