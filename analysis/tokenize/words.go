package tokenize

import "slices"

// wordTable maps the vocabulary's ASCII keys to their ids. A word that is
// itself a key is one token (the longest prefix of a word that is a key is
// the word), and most words of news text are: one probe here replaces a walk
// of the trie, one step per byte.
type wordTable struct {
	slots []wordSlot // len is a power of two
	keys  []string   // the key of each slot, read only when its tag matches
	shift uint32     // 64 - log2(len(slots))
}

// wordSlot is one entry: tag is the low half of the key's hash with its
// low bit set (0 marks an empty slot), id the key's id.
type wordSlot struct {
	tag uint32
	id  int32
}

// newWordTable builds the table of the ASCII keys of vocab. Keys are
// inserted in sorted order, so the table is the same in every run.
func newWordTable(vocab map[string]int32) *wordTable {
	var keys []string
	for k := range vocab {
		if isASCIIKey(k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	bits := uint32(4)
	for 1<<bits < 2*len(keys) {
		bits++
	}
	t := &wordTable{
		slots: make([]wordSlot, 1<<bits),
		keys:  make([]string, 1<<bits),
		shift: 64 - bits,
	}
	mask := uint64(len(t.slots) - 1)
	for _, k := range keys {
		h, tag := t.hash(k)
		for t.slots[h].tag != 0 {
			h = (h + 1) & mask
		}
		t.slots[h], t.keys[h] = wordSlot{tag: tag, id: vocab[k]}, k
	}
	return t
}

func isASCIIKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		if k[i] >= 0x80 {
			return false
		}
	}
	return true
}

// hash returns the home slot and the tag of a key.
func (t *wordTable) hash(k string) (slot uint64, tag uint32) {
	h := wordHash(k)
	return h >> t.shift, uint32(h) | 1
}

// wordHash hashes a word eight bytes at a time with a fixed
// multiply-xorshift mix.
func wordHash[S string | []byte](w S) uint64 {
	h := uint64(len(w)) * 0x9E3779B97F4A7C15
	for len(w) >= 8 {
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		h = (h ^ x) * 0xBF58476D1CE4E5B9
		h ^= h >> 31
		w = w[8:]
	}
	var x uint64
	for i := 0; i < len(w); i++ {
		x |= uint64(w[i]) << (8 * i)
	}
	h = (h ^ x) * 0x94D049BB133111EB
	return h ^ h>>29
}

// lookup returns the id of word, or ok false when it is not a key.
func (t *wordTable) lookup(word []byte) (id int32, ok bool) {
	h := wordHash(word)
	tag := uint32(h) | 1
	mask := uint64(len(t.slots) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.tag == 0 {
			return 0, false
		}
		if s.tag == tag && t.keys[i] == string(word) {
			return s.id, true
		}
	}
}
