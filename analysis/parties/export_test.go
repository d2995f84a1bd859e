package parties

// WithoutCues returns a copy of m that takes every sentence to hold a word
// of every cue group, so that it skips no rule for want of its words: the
// matcher the cue groups must not change (TestCues).
func WithoutCues(m *Matcher) *Matcher {
	c := *m
	c.cues = make([]uint32, len(m.vocab)+1)
	for w := range c.cues {
		c.cues[w] = ^uint32(0)
	}
	return &c
}
