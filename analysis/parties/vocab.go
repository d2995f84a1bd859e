package parties

import (
	"cmp"
	"encoding/binary"
	"maps"
	"slices"
	"strings"
)

// The matcher's vocabulary. Every word of an alias and of a word set has a
// number (Matcher.vocab), and a sentence's tokens are looked up once each
// (lookUp, in appendMatch): the alias trie is then walked by word numbers
// (next), and a rule's test of a token's word against a word set is a bit
// test (in): s.in(k, fooWords) means what fooWords[s.key(k)] meant when
// the sets were maps, fooWords.words[s.key(k)].

// maxWordSets is how many word sets the vocabulary can hold: the
// package's (wordSets) and the matcher's own (Matcher.notBefore).
const maxWordSets = 256

// setBits holds a word's word sets, a bit for each.
type setBits [maxWordSets / 64]uint64

// vocabSet is a set of normalised words with a bit of its own in the
// matcher's vocabulary.
type vocabSet struct {
	bit uint8
	// word and mask locate the bit in a word's setBits: word bit/64, mask
	// 1<<(bit%64), which scan.in tests without shifting.
	word  uint8
	mask  uint64
	words map[string]bool
}

// has reports whether w, a string that is not a token's key (a word
// respelled by officeKey, say), is in the set; a token's word is tested
// with scan.in.
func (v *vocabSet) has(w string) bool { return v.words[w] }

// wordSets are the package's word sets, in the order of their bits. The
// sets register themselves here (wordSet) while the package's variables
// are initialised; after that the list is only read.
var wordSets []*vocabSet

// wordSet builds a set from a whitespace-separated list and registers it
// in wordSets. It is called only to initialise package variables.
func wordSet(ws string) *vocabSet {
	v := newVocabSet(len(wordSets), strings.Fields(ws))
	wordSets = append(wordSets, v)
	return v
}

// newVocabSet returns the set of words with the given bit.
func newVocabSet(bit int, words []string) *vocabSet {
	if bit >= maxWordSets {
		panic("parties: more word sets than maxWordSets")
	}
	v := &vocabSet{bit: uint8(bit), word: uint8(bit >> 6), mask: 1 << (bit & 63), words: map[string]bool{}}
	for _, w := range words {
		v.words[w] = true
	}
	return v
}

// edge is a trie edge: word (a vocabulary number) leads to node.
type edge struct{ word, node int32 }

// addWordSets numbers the words of sets first, from 1 in the order of
// the sets and each set's words sorted, and marks in m.sets the sets that
// each word is in.
func (m *Matcher) addWordSets(sets []*vocabSet) {
	m.vocab = map[string]int32{}
	m.sets = []setBits{{}}
	for _, set := range sets {
		for _, w := range slices.Sorted(maps.Keys(set.words)) {
			id := m.wordID(w)
			if int(id) == len(m.sets) {
				m.sets = append(m.sets, setBits{})
			}
			m.sets[id][set.bit>>6] |= 1 << (set.bit & 63)
		}
	}
}

// Cues. Many rules apply only where some word stands in the sentence ("red"
// and "Cross" for a Red Cross society, a word of trade after a demonym),
// and most sentences hold none of a rule's words. A cue group is a set of
// words at least one of which stands in the sentence wherever the rules it
// guards can apply: a sentence's tokens are looked up once (lookUp), the
// groups of their words joined in scan.cues, and a rule whose group the
// sentence lacks is skipped with one bit test (scan.cued) where it would
// report false anyway. The words of a group must cover every way its rules
// can report true: a rule that learns to look at another word needs that
// word in its group (TestCues compares the matcher with one that ignores
// the cues).

// maxCueGroups is how many cue groups there can be: the bits of a uint32.
const maxCueGroups = 32

// cueGroup is a set of words one of which a sentence must hold for some
// rules to apply.
type cueGroup struct {
	bit   uint32 // the group's bit in Matcher.cues and scan.cues
	words []string
	// notBefore adds the matcher's own demonym_not_before words
	// (Matcher.notBefore).
	notBefore bool
}

// cueGroups are the package's cue groups, in the order of their bits. They
// register themselves here (cueWords) while the package's variables are
// initialised; after that the list is only read.
var cueGroups []*cueGroup

// cueWords builds a cue group of the words of a whitespace-separated list
// and of sets, and registers it in cueGroups. It is called only to
// initialise package variables.
func cueWords(ws string, sets ...*vocabSet) *cueGroup {
	if len(cueGroups) >= maxCueGroups {
		panic("parties: more cue groups than maxCueGroups")
	}
	c := &cueGroup{bit: 1 << len(cueGroups), words: strings.Fields(ws)}
	for _, set := range sets {
		c.words = append(c.words, slices.Sorted(maps.Keys(set.words))...)
	}
	cueGroups = append(cueGroups, c)
	return c
}

// addCues numbers the words of the cue groups that are new, right after
// the words of the word sets, and marks in m.cues the groups that each
// word is in.
func (m *Matcher) addCues() {
	for _, c := range cueGroups {
		for _, w := range c.words {
			m.wordID(w)
		}
	}
	m.cues = make([]uint32, len(m.vocab)+1)
	for _, c := range cueGroups {
		for _, w := range c.words {
			m.cues[m.vocab[w]] |= c.bit
		}
		if c.notBefore {
			for w := range m.notBefore.words {
				m.cues[m.vocab[w]] |= c.bit
			}
		}
	}
}

// cued reports whether the sentence holds a word of c.
func (s *scan) cued(c *cueGroup) bool { return s.cues&c.bit != 0 }

// marked reports whether the sentence bears one of marks: a rule that
// needs a currency's sign (markMoney) or a number (markDigit) is skipped
// where it bears none, as a rule is where its cue group is absent.
func (s *scan) marked(marks uint8) bool { return s.marks&marks != 0 }

// wordID returns the vocabulary number of w, numbering it when new.
func (m *Matcher) wordID(w string) int32 {
	id, ok := m.vocab[w]
	if !ok {
		id = int32(len(m.vocab) + 1)
		m.vocab[w] = id
	}
	return id
}

// child returns the trie node that word w leads to from node n, or 0 (the
// root, no node's child) when none does.
func (m *Matcher) child(n, w int32) int32 {
	if n == 0 {
		if int(w) < len(m.root) {
			return m.root[w]
		}
		return 0
	}
	next := m.nodes[n].next
	lo, hi := 0, len(next)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if next[h].word < w {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < len(next) && next[lo].word == w {
		return next[lo].node
	}
	return 0
}

// link returns the trie node that word w leads to from node n, adding it
// when new.
func (m *Matcher) link(n, w int32) int32 {
	if c := m.child(n, w); c != 0 {
		return c
	}
	c := int32(len(m.nodes))
	m.nodes = append(m.nodes, node{})
	if n == 0 {
		for int(w) >= len(m.root) {
			m.root = append(m.root, 0)
		}
		m.root[w] = c
		return c
	}
	next := m.nodes[n].next
	k, _ := slices.BinarySearchFunc(next, w, func(e edge, w int32) int { return cmp.Compare(e.word, w) })
	m.nodes[n].next = slices.Insert(next, k, edge{word: w, node: c})
	return c
}

// lookUp sets the vocabulary number of each token's word and returns the
// cue groups of the words, joined.
func (m *Matcher) lookUp(toks []token, norm []byte) (cues uint32) {
	for k := range toks {
		t := &toks[k]
		if key, ok := shortKey(norm, int(t.ns), int(t.ne)); ok {
			t.word = m.short.find(key)
		} else {
			t.word = m.vocab[string(norm[t.ns:t.ne])]
		}
		if int(t.word) < len(m.cues) {
			cues |= m.cues[t.word]
		}
	}
	return cues
}

// shortWords numbers the vocabulary's words of one to fifteen bytes, most
// of a sentence's, faster than Matcher.vocab: an open-addressing table by
// shortKey, at most half full.
type shortWords struct {
	slots []shortSlot // a power of two of them
	shift uint        // 64 less the bits of a slot's index
}

// wordKey is a word of up to fifteen bytes packed by shortKey: its first
// eight bytes, then the rest and its length.
type wordKey struct{ lo, hi uint64 }

// shortSlot is a place in a shortWords table: a word's key and number, or
// number 0 when empty.
type shortSlot struct {
	key wordKey
	id  int32
}

// shortKey packs the word norm[ns:ne] of one to fifteen bytes, and its
// length, into a wordKey, read at once from the sixteen bytes of norm's
// capacity from ns. ok is false for other words, and where norm's
// capacity ends too soon: they are looked up in Matcher.vocab.
func shortKey(norm []byte, ns, ne int) (key wordKey, ok bool) {
	n := ne - ns
	if n < 1 || n > 15 || ns+16 > cap(norm) {
		return wordKey{}, false
	}
	b := norm[ns : ns+16]
	lo := binary.LittleEndian.Uint64(b)
	hi := binary.LittleEndian.Uint64(b[8:])
	if n < 8 {
		return wordKey{lo & (1<<(8*n) - 1), uint64(n) << 56}, true
	}
	return wordKey{lo, hi&(1<<(8*(n-8))-1) | uint64(n)<<56}, true
}

// newShortWords returns the table of the words of vocab that shortKey
// packs.
func newShortWords(vocab map[string]int32) shortWords {
	words := make([]string, len(vocab)+1)
	for w, id := range vocab {
		words[id] = w
	}
	var t shortWords
	size := 1
	for t.shift = 64; size < 2*len(words); t.shift-- {
		size *= 2
	}
	t.slots = make([]shortSlot, size)
	for id, w := range words {
		b := make([]byte, len(w), len(w)+16)
		copy(b, w)
		key, ok := shortKey(b, 0, len(w))
		if !ok {
			continue
		}
		i := t.home(key)
		for t.slots[i].id != 0 {
			i = (i + 1) & (size - 1)
		}
		t.slots[i] = shortSlot{key: key, id: int32(id)}
	}
	return t
}

// home is the slot where the search for key starts.
func (t *shortWords) home(key wordKey) int {
	return int((key.lo ^ key.hi*0xc2b2ae3d27d4eb4f) * 0x9e3779b97f4a7c15 >> t.shift)
}

// find returns the number of the word whose key is key, 0 when it is not
// in the table.
func (t *shortWords) find(key wordKey) int32 {
	for i := t.home(key); ; i = (i + 1) & (len(t.slots) - 1) {
		if s := t.slots[i]; s.id == 0 || s.key == key {
			return s.id
		}
	}
}

// in reports whether the word of token k is in set (a nil set is empty):
// set.words[s.key(k)] as a bit test.
func (s *scan) in(k int, set *vocabSet) bool {
	w := s.toks[k].word
	return set != nil && int(w) < len(s.m.sets) && s.m.sets[w][set.word&(maxWordSets/64-1)]&set.mask != 0
}

// next returns the trie node that the word of token k leads to from node
// n, or 0 when none does.
func (s *scan) next(n int32, k int) int32 { return s.m.child(n, s.toks[k].word) }
