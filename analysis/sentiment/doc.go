// Package sentiment scores the sentiment of one sentence with the published
// VADER rules (Hutto and Gilbert, 2014) over the VADER lexicon, optionally
// extended by a news lexicon for international-relations vocabulary.
//
// The package is pure: lexicon bytes are passed in, nothing is read from
// disk, and the same sentence always gets the same score.
package sentiment
