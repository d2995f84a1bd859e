// Package parties holds the registry of parties (countries and
// organisations) and finds their mentions in sentences.
package parties
