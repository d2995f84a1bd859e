package tokenize

import "sort"

// trie maps byte strings to ids and finds, in one walk, the longest key that
// is a prefix of a string: the greedy longest-match-first step of WordPiece.
// Nodes live in flat slices; each node's children are a run of edges sorted
// by byte.
type trie struct {
	nodes    []trieNode
	root     [256]int32 // the root's children by byte, -1 for none
	edgeByte []byte
	edgeNode []int32
}

// trieNode is one node: the id of the key ending here (-1 for none) and its
// run of edges.
type trieNode struct {
	id, first, count int32
}

// newTrie builds a trie of keys. Construction is deterministic: keys are
// inserted in sorted order and every node's edges are sorted.
func newTrie(keys map[string]int32) *trie {
	type node struct {
		id   int32
		kids map[byte]int
	}
	nodes := []node{{id: -1}}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		n := 0
		for i := 0; i < len(k); i++ {
			if nodes[n].kids == nil {
				nodes[n].kids = map[byte]int{}
			}
			next, ok := nodes[n].kids[k[i]]
			if !ok {
				next = len(nodes)
				nodes = append(nodes, node{id: -1})
				nodes[n].kids[k[i]] = next
			}
			n = next
		}
		nodes[n].id = keys[k]
	}
	t := &trie{nodes: make([]trieNode, len(nodes))}
	for b := range t.root {
		t.root[b] = -1
		if next, ok := nodes[0].kids[byte(b)]; ok {
			t.root[b] = int32(next)
		}
	}
	for i, n := range nodes {
		t.nodes[i] = trieNode{id: n.id, first: int32(len(t.edgeByte)), count: int32(len(n.kids))}
		bs := make([]byte, 0, len(n.kids))
		for b := range n.kids {
			bs = append(bs, b)
		}
		sort.Slice(bs, func(a, b int) bool { return bs[a] < bs[b] })
		for _, b := range bs {
			t.edgeByte = append(t.edgeByte, b)
			t.edgeNode = append(t.edgeNode, int32(n.kids[b]))
		}
	}
	return t
}

// longest returns the id and length of the longest key that is a prefix of
// s, or ok false when no key is.
func (t *trie) longest(s []byte) (id int32, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	node := t.root[s[0]]
	for i := 1; ; i++ {
		if node < 0 {
			return id, n, ok
		}
		nd := &t.nodes[node]
		if nd.id >= 0 {
			id, n, ok = nd.id, i, true
		}
		if i == len(s) || nd.count == 0 {
			return id, n, ok
		}
		lo, end := nd.first, nd.first+nd.count
		hi, c := end, s[i]
		for lo < hi { // binary search of the sorted edges
			mid := int32(uint32(lo+hi) >> 1)
			if t.edgeByte[mid] < c {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		node = -1
		if lo < end && t.edgeByte[lo] == c {
			node = t.edgeNode[lo]
		}
	}
}
