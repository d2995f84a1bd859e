//go:build race

package tokenize

// raceEnabled shortens the differential test under the race detector, where
// sugarme runs about ten times slower.
const raceEnabled = true
