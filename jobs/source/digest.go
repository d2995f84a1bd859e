package source

import (
	"encoding/hex"
	"fmt"
)

// Digest is a SHA-256 digest. In JSON it is 64 lower-case hex digits, or
// the empty string for the zero Digest (a file that could not be read).
type Digest [32]byte

// String returns the digest in hex, or "" for the zero Digest.
func (d Digest) String() string {
	if d == (Digest{}) {
		return ""
	}
	return hex.EncodeToString(d[:])
}

// MarshalText encodes the digest as String does.
func (d Digest) MarshalText() ([]byte, error) {
	return []byte(d.String()), nil
}

// UnmarshalText decodes 64 hex digits, or the empty string as the zero
// Digest.
func (d *Digest) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Digest{}
		return nil
	}
	if len(b) != 2*len(d) {
		return fmt.Errorf("sha256 digest: %d characters, want %d", len(b), 2*len(d))
	}
	if _, err := hex.Decode(d[:], b); err != nil {
		return fmt.Errorf("sha256 digest: %w", err)
	}
	return nil
}
