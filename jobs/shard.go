package jobs

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
	"time"
)

// Shard is this run's share of a run split across machines (Kubernetes
// Indexed Jobs, array jobs): of Count runs over the same inputs, run Index
// writes the date partitions that ShardOf gives to it. Every shard reads
// all the inputs, so that "the first of an id wins" has the same answer in
// each; together the shards write what one run would. The zero Shard is a
// whole run.
type Shard struct {
	Index, Count int
}

// ShardOf is the shard that owns date d among n: the FNV-1a (64-bit) hash
// of the date written YYYY-MM-DD, modulo n.
func ShardOf(d time.Time, n int) int {
	h := fnv.New64a()
	h.Write([]byte(d.Format(DateLayout)))
	return int(h.Sum64() % uint64(n))
}

// Owns tells whether the shard writes the partition of date d.
func (s Shard) Owns(d time.Time) bool {
	return s.Count <= 1 || ShardOf(d, s.Count) == s.Index
}

// OwnsUndated tells whether the shard records the rejects that have no
// date (an unreadable file, a line without one): shard 0 does.
func (s Shard) OwnsUndated() bool { return s.Count <= 1 || s.Index == 0 }

// String writes the shard as "i/n", or "" for a whole run.
func (s Shard) String() string {
	if s.Count == 0 {
		return ""
	}
	return fmt.Sprintf("%d/%d", s.Index, s.Count)
}

// ParseShard reads "i/n" (0 <= i < n).
func ParseShard(s string) (Shard, error) {
	i, n, ok := strings.Cut(s, "/")
	if !ok {
		return Shard{}, fmt.Errorf("%w: shard %q: want i/n, such as 0/8", ErrUsage, s)
	}
	return NewShard(i, n)
}

// NewShard checks an index and a count given as text (from a flag or the
// environment): 0 <= index < count.
func NewShard(index, count string) (Shard, error) {
	i, err1 := strconv.Atoi(strings.TrimSpace(index))
	n, err2 := strconv.Atoi(strings.TrimSpace(count))
	if err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("%w: shard %q of %q: want an index from 0 to the count minus 1", ErrUsage, index, count)
	}
	return Shard{Index: i, Count: n}, nil
}
