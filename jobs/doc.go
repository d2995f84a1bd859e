// Package jobs runs stance's batch job and reads its output back.
//
// It owns everything a run does on disk: the lock on the output directory,
// the staging area, the scan of the inputs (through package source) and the
// spill files that keep memory flat, the analysis of the accepted articles
// on a pool of workers, the rows of the sentences, mentions, articles,
// party_daily and rejects tables, the Parquet and Arrow files, the commit
// of each date partition (fsync, _SUCCESS, atomic rename) and the run
// manifest. Report and Inspect read committed output back.
//
// It must not score text itself (that is package analysis/pipeline and the
// stages under analysis/), print for people or change process-wide
// settings (cmd/stance does both), or fit models (models/training). Errors
// wrap the sentinels in errors.go, which cmd/stance maps to exit codes.
package jobs
