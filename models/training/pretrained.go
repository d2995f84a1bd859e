package training

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"

	"github.com/stance-news/stance/analysis/stance"
)

// PretrainedReport describes word vectors read from a file of pretrained
// vectors rather than learned here.
type PretrainedReport struct {
	// File is the file's base name and SHA256 its digest.
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
	// Dim is the length of a vector; Read the number of words in the file
	// and Words the number kept (the most frequent that are one word to
	// the model).
	Dim   int `json:"dim"`
	Read  int `json:"read"`
	Words int `json:"words"`
}

// winkVectors is the layout of the wink-embeddings JSON file: the words in
// falling frequency, and each word's components followed by two numbers
// of the file's own (its norm and its index).
type winkVectors struct {
	Dimensions int                  `json:"dimensions"`
	Words      []string             `json:"words"`
	Vectors    map[string][]float64 `json:"vectors"`
}

// wordVectors are words and their vectors: data holds len(words)*dim
// components, each vector of unit length.
type wordVectors struct {
	words []string
	data  []float32
	dim   int
}

// joinVectors gives every word of a or b one vector: a's and b's side by
// side, each scaled by 1/sqrt(2), and zeros where a word has none. The
// words of a come first, in a's order, then b's other words in b's.
func joinVectors(a, b wordVectors) wordVectors {
	dim := a.dim + b.dim
	s := float32(1 / math.Sqrt2)
	out := wordVectors{dim: dim}
	put := func(w string, x, y []float32) {
		row := make([]float32, dim)
		for i, c := range x {
			row[i] = c * s
		}
		for i, c := range y {
			row[a.dim+i] = c * s
		}
		out.words = append(out.words, w)
		out.data = append(out.data, row...)
	}
	inB := make(map[string]int, len(b.words))
	for i, w := range b.words {
		inB[w] = i
	}
	inA := make(map[string]bool, len(a.words))
	for i, w := range a.words {
		inA[w] = true
		var y []float32
		if j, ok := inB[w]; ok {
			y = b.data[j*b.dim : (j+1)*b.dim]
		}
		put(w, a.data[i*a.dim:(i+1)*a.dim], y)
	}
	for j, w := range b.words {
		if !inA[w] {
			put(w, nil, b.data[j*b.dim:(j+1)*b.dim])
		}
	}
	return out
}

// readPretrained reads pretrained word vectors from path (the JSON layout
// of the wink-embeddings npm packages) and keeps the n most frequent words
// (all when n is 0) that the model reads as one word, each scaled to unit
// length.
func readPretrained(path string, n int) (wordVectors, PretrainedReport, error) {
	rep := PretrainedReport{File: filepath.Base(path)}
	file, err := os.Open(path)
	if err != nil {
		return wordVectors{}, rep, fmt.Errorf("%w: pretrained vectors: %w (make pretrained installs them; --pretrained-vectors= trains without them)", ErrUsage, err)
	}
	defer file.Close()
	// The file is about 300 MB: decode it as it is read, hashing every
	// byte on the way (the rest after the JSON value too).
	h := sha256.New()
	var f winkVectors
	if err := json.NewDecoder(io.TeeReader(file, h)).Decode(&f); err != nil {
		return wordVectors{}, rep, fmt.Errorf("pretrained vectors %s: %w", path, err)
	}
	if _, err := io.Copy(h, file); err != nil {
		return wordVectors{}, rep, fmt.Errorf("pretrained vectors %s: %w", path, err)
	}
	rep.SHA256 = hex.EncodeToString(h.Sum(nil))
	dim := f.Dimensions
	if dim < 1 {
		return wordVectors{}, rep, fmt.Errorf("%w: pretrained vectors %s: %d dimensions", ErrUsage, path, dim)
	}
	rep.Dim, rep.Read = dim, len(f.Words)
	var words []string
	var data []float32
	for _, w := range f.Words {
		if n > 0 && len(words) == n {
			break
		}
		if ws := stance.Words(w); len(ws) != 1 || ws[0] != w {
			continue
		}
		x := f.Vectors[w]
		if len(x) < dim {
			return wordVectors{}, rep, fmt.Errorf("%w: pretrained vectors %s: %q has %d components, not %d", ErrUsage, path, w, len(x), dim)
		}
		var norm float64
		for _, c := range x[:dim] {
			norm += c * c
		}
		if norm == 0 {
			continue
		}
		norm = math.Sqrt(norm)
		for _, c := range x[:dim] {
			data = append(data, float32(c/norm))
		}
		words = append(words, w)
	}
	rep.Words = len(words)
	return wordVectors{words, data, dim}, rep, nil
}
