package tokenize

import (
	"fmt"
	"sort"
)

// trie maps byte strings to ids and finds, in one walk, the longest key that
// is a prefix of a string: the greedy longest-match-first step of WordPiece.
// Its edges live in one open-addressing hash table keyed by (node, byte),
// and each edge also carries the id of the key ending at its child, so one
// step down the trie costs about one memory access.
type trie struct {
	root   [256]int32 // the root's children by byte, -1 for none
	rootID [256]int32 // the id of the one-byte key, -1 for none
	slots  []trieSlot // len is a power of two
	shift  uint32     // 32 - log2(len(slots))
}

// trieSlot is one edge: key is (parent node << 8 | byte) + 1, 0 for an empty
// slot; node is the child and id the id of the key ending there (-1 for none).
type trieSlot struct {
	key      uint32
	node, id int32
}

// maxTrieNodes bounds the nodes so that (node << 8 | byte) + 1 fits in a key.
const maxTrieNodes = 1<<24 - 1

// newTrie builds a trie of keys. Construction is deterministic: keys are
// inserted in sorted order.
func newTrie(keys map[string]int32) (*trie, error) {
	type edge struct {
		parent int32
		b      byte
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	t := &trie{}
	for b := range t.root {
		t.root[b], t.rootID[b] = -1, -1
	}
	children := map[edge]int32{}
	ids := []int32{-1} // per node; node 0 is the root
	var edges []edge   // edges in creation order
	for _, k := range sorted {
		node := int32(0)
		for i := 0; i < len(k); i++ {
			e := edge{node, k[i]}
			next, ok := children[e]
			if !ok {
				if len(ids) > maxTrieNodes {
					return nil, fmt.Errorf("tokenize: vocabulary too large for the trie (%d nodes)", len(ids))
				}
				next = int32(len(ids))
				ids = append(ids, -1)
				children[e] = next
				edges = append(edges, e)
			}
			node = next
		}
		ids[node] = keys[k]
	}
	bits := uint32(4)
	for 1<<bits < 2*len(edges) {
		bits++
	}
	t.slots = make([]trieSlot, 1<<bits)
	t.shift = 32 - bits
	mask := uint32(len(t.slots) - 1)
	for _, e := range edges {
		child := children[e]
		if e.parent == 0 {
			t.root[e.b], t.rootID[e.b] = child, ids[child]
			continue
		}
		key := uint32(e.parent)<<8 | uint32(e.b) + 1
		h := t.slot(key)
		for t.slots[h].key != 0 {
			h = (h + 1) & mask
		}
		t.slots[h] = trieSlot{key: key, node: child, id: ids[child]}
	}
	return t, nil
}

// slot is the home slot of an edge key (Fibonacci hashing).
func (t *trie) slot(key uint32) uint32 { return key * 0x9E3779B1 >> t.shift }

// longest returns the id and length of the longest key that is a prefix of
// s, or ok false when no key is.
func (t *trie) longest(s []byte) (id int32, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	node := t.root[s[0]]
	if node < 0 {
		return 0, 0, false
	}
	if rid := t.rootID[s[0]]; rid >= 0 {
		id, n, ok = rid, 1, true
	}
	mask := uint32(len(t.slots) - 1)
	for i := 1; i < len(s); i++ {
		key := uint32(node)<<8 | uint32(s[i]) + 1
		h := t.slot(key)
		for {
			sl := &t.slots[h]
			if sl.key == key {
				node = sl.node
				if sl.id >= 0 {
					id, n, ok = sl.id, i+1, true
				}
				break
			}
			if sl.key == 0 {
				return id, n, ok
			}
			h = (h + 1) & mask
		}
	}
	return id, n, ok
}
