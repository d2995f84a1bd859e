package stance

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

// Vectors are word vectors learned from unlabelled text: they let the
// model generalise from the words of its labelled data to words it saw
// only in unlabelled text ("raids" near "attacks"). Components are kept
// in 127ths, as the weights file stores them.
type Vectors struct {
	dim   int
	words []string
	index map[string]int32
	data  []int8 // components in 127ths
}

// NewVectors builds Vectors from words and their vectors (data holds
// len(words)*dim components, each in [-1, 1]; a unit vector's are). Each
// component is rounded to a multiple of 1/127.
func NewVectors(words []string, data []float32, dim int) (*Vectors, error) {
	if dim < 1 || dim > 1024 || len(data) != len(words)*dim {
		return nil, fmt.Errorf("%w: %d vectors of %d components in %d numbers", ErrConfig, len(words), dim, len(data))
	}
	q := make([]int8, len(data))
	for i, x := range data {
		if !(x >= -1 && x <= 1) {
			return nil, fmt.Errorf("%w: word vector component %d is %v, outside [-1, 1]", ErrConfig, i, x)
		}
		q[i] = quantize(x)
	}
	return newVectors(append([]string(nil), words...), q, dim)
}

// newVectors builds Vectors that own words and data (components in
// 127ths, len(words)*dim of them).
func newVectors(words []string, data []int8, dim int) (*Vectors, error) {
	v := &Vectors{dim: dim, words: words, index: make(map[string]int32, len(words)), data: data}
	for i, w := range words {
		if _, dup := v.index[w]; dup || w == "" {
			return nil, fmt.Errorf("%w: word vector %d: empty or repeated word %q", ErrConfig, i, w)
		}
		v.index[w] = int32(i)
	}
	return v, nil
}

func quantize(x float32) int8 { return int8(math.Round(float64(x) * 127)) }

// Dim is the length of a vector.
func (v *Vectors) Dim() int { return v.dim }

// Len is the number of words with a vector.
func (v *Vectors) Len() int { return len(v.words) }

// vec is the vector of word i, in 127ths.
func (v *Vectors) vec(i int32) []int8 {
	return v.data[int(i)*v.dim : int(i+1)*v.dim]
}

// marshalVectors appends v to buf: the number of words (uint32), each word
// as a uint16 length and its bytes, then every component as an int8 of
// 127ths.
func marshalVectors(buf *bytes.Buffer, v *Vectors) {
	_ = binary.Write(buf, binary.LittleEndian, uint32(len(v.words)))
	for _, w := range v.words {
		_ = binary.Write(buf, binary.LittleEndian, uint16(len(w)))
		buf.WriteString(w)
	}
	for _, x := range v.data {
		buf.WriteByte(byte(x))
	}
}

// unmarshalVectors reads what marshalVectors wrote.
func unmarshalVectors(r *bytes.Reader, dim int) (*Vectors, error) {
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil || int(n) > r.Len()/2 {
		return nil, fmt.Errorf("%w: bad word vector count", ErrFormat)
	}
	words := make([]string, n)
	for i := range words {
		var l uint16
		if err := binary.Read(r, binary.LittleEndian, &l); err != nil || int(l) > r.Len() {
			return nil, fmt.Errorf("%w: word vector %d: bad word", ErrFormat, i)
		}
		b := make([]byte, l)
		_, _ = r.Read(b)
		words[i] = string(b)
	}
	if r.Len() < int(n)*dim {
		return nil, fmt.Errorf("%w: %d word vectors need %d bytes, %d left", ErrFormat, n, int(n)*dim, r.Len())
	}
	if dim < 1 || dim > 1024 {
		return nil, fmt.Errorf("%w: word vectors of %d components", ErrFormat, dim)
	}
	data := make([]int8, int(n)*dim)
	for i := range data {
		b, _ := r.ReadByte()
		if data[i] = int8(b); data[i] < -127 {
			return nil, fmt.Errorf("%w: word vector component %d is -128/127, outside [-1, 1]", ErrFormat, i)
		}
	}
	v, err := newVectors(words, data, dim)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return v, nil
}

// setVectors gives m the word vectors v, adding each word's vector index
// to m's word table so that a word still costs one look-up.
func (m *Model) setVectors(v *Vectors) {
	words := make(map[string]wordInfo, len(m.words)+len(v.words))
	for w, wi := range m.words {
		words[w] = wi
	}
	for i, w := range v.words {
		wi := words[w]
		wi.vec = int32(i) + 1
		words[w] = wi
	}
	m.vec, m.words = v, words
}

// vecEvidence is a word's push toward positive minus negative through the
// word-vector features.
type vecEvidence struct {
	tok int32
	c   float32
}

// project fills m.proj: for each word, pool and class, the word's vector
// times the full head's weights of that pool and class, so that scoring
// adds three numbers per word instead of a feature per component.
func (m *Model) project() {
	v, h := m.vec, &m.heads[Full]
	dim := v.dim
	base := int(uint32(nDenseAll)+uint32(m.hashMask+1)) - int(h.lo)
	m.proj = make([]float32, len(v.words)*nVecPools*3)
	for i := range v.words {
		x := v.vec(int32(i))
		for p := 0; p < nVecPools; p++ {
			var u [3]float64
			for k, xk := range x {
				w := h.w[3*(base+p*dim+k):][:3]
				for c := range u {
					u[c] += float64(float32(xk)/127) * float64(w[c])
				}
			}
			for c := range u {
				m.proj[(i*nVecPools+p)*3+c] = float32(u[c])
			}
		}
	}
}
