// Package codecheck holds checks of the repository's own source code, run
// as tests: rules of the house that a reviewer would otherwise enforce by
// hand. It has no code of its own.
package codecheck
