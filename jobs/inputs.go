package jobs

import (
	"time"

	"github.com/stance-news/stance/jobs/source"
)

// The input types and names of package source, under the names the run's
// summary, tables and callers have always used.
type (
	// Article is one dated news article read from an input.
	Article = source.Article
	// Reject is an input, or one line of it, that could not become an article.
	Reject = source.Reject
	// Digest is a SHA-256 digest, hex in JSON.
	Digest = source.Digest
)

// DateLayout is the layout of article dates in inputs, flags and partition names.
const DateLayout = source.DateLayout

// Reject reasons, as written to the rejects table's reason column.
const (
	ReasonEmpty        = source.ReasonEmpty
	ReasonNoDate       = source.ReasonNoDate
	ReasonBadDate      = source.ReasonBadDate
	ReasonInvalidUTF8  = source.ReasonInvalidUTF8
	ReasonNULBytes     = source.ReasonNULBytes
	ReasonBadJSON      = source.ReasonBadJSON
	ReasonMissingField = source.ReasonMissingField
	ReasonUnsupported  = source.ReasonUnsupported
	ReasonReadError    = source.ReasonReadError
	ReasonDuplicateID  = source.ReasonDuplicateID
	ReasonBadID        = source.ReasonBadID
	ReasonPanic        = source.ReasonPanic
	ReasonTooLarge     = source.ReasonTooLarge
	ReasonNotEnglish   = source.ReasonNotEnglish
)

// ParseDate parses a YYYY-MM-DD date as UTC midnight; errors wrap
// source.ErrBadDate.
func ParseDate(s string) (time.Time, error) { return source.ParseDate(s) }
