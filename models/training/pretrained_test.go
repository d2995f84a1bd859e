package training

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestReadPretrained(t *testing.T) {
	// The wink layout: each vector is followed by its norm and its index.
	const file = `{"precision":8,"dimensions":2,"size":5,
		"words":["the","U.S.","talks","Rome","peace"],
		"vectors":{"the":[3,4,5,0],"U.S.":[1,0,1,1],"talks":[0,2,2,2],"Rome":[1,1,1.4,3],"peace":[-1,0,1,4]}}`
	path := filepath.Join(t.TempDir(), "vectors.json")
	if err := os.WriteFile(path, []byte(file+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		n     int
		words []string
		data  []float32
	}{
		// "U.S." and "Rome" are not one lower-case word to the model.
		{n: 10, words: []string{"the", "talks", "peace"}, data: []float32{0.6, 0.8, 0, 1, -1, 0}},
		{n: 0, words: []string{"the", "talks", "peace"}, data: []float32{0.6, 0.8, 0, 1, -1, 0}},
		{n: 2, words: []string{"the", "talks"}, data: []float32{0.6, 0.8, 0, 1}},
	}
	for _, tt := range tests {
		v, rep, err := readPretrained(path, tt.n)
		if err != nil {
			t.Fatal(err)
		}
		if sum := sha256.Sum256([]byte(file + "\n")); rep.SHA256 != hex.EncodeToString(sum[:]) {
			t.Errorf("n=%d: digest %s, want the file's %x", tt.n, rep.SHA256, sum)
		}
		if !reflect.DeepEqual(v.words, tt.words) || v.dim != 2 || rep.Read != 5 || rep.Words != len(tt.words) {
			t.Errorf("n=%d: words %q dim %d, report %+v", tt.n, v.words, v.dim, rep)
		}
		for i, x := range tt.data {
			if math.Abs(float64(v.data[i]-x)) > 1e-6 {
				t.Errorf("n=%d: component %d = %v, want %v", tt.n, i, v.data[i], x)
			}
		}
	}
	if err := os.WriteFile(path, []byte(`{"dimensions":3,"words":["war"],"vectors":{"war":[1,2]}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := readPretrained(path, 10); err == nil {
		t.Error("a vector shorter than the dimensions was read")
	}
}

func TestJoinVectors(t *testing.T) {
	a := wordVectors{words: []string{"war", "truce"}, data: []float32{1, 0, 0, 1}, dim: 2}
	b := wordVectors{words: []string{"peace", "war"}, data: []float32{1, -1}, dim: 1}
	got := joinVectors(a, b)
	s := float32(1 / math.Sqrt2)
	want := wordVectors{words: []string{"war", "truce", "peace"}, dim: 3,
		data: []float32{s, 0, -s, 0, s, 0, 0, 0, s}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("joinVectors = %+v, want %+v", got, want)
	}
}
