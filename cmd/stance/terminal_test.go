package main

import (
	"io"
	"strings"
	"testing"
)

// TestTerminalSharing: a log line written while the bar is drawn clears
// the bar's line first and draws the bar again after it; once the bar is
// cleared, log lines are written as they are.
func TestTerminalSharing(t *testing.T) {
	var out strings.Builder
	term := &terminal{w: &out}
	io.WriteString(term.Log(), "before\n")
	io.WriteString(term.Bar(), "\rarticles 10/100")
	io.WriteString(term.Log(), "level=WARN msg=\"input rejected\"\n")
	io.WriteString(term.Bar(), "\rarticles 20/100")
	io.WriteString(term.Bar(), "\r                \r") // progressbar's clear on finish
	io.WriteString(term.Log(), "after\n")
	want := "before\n" +
		"\rarticles 10/100" +
		clearLine + "level=WARN msg=\"input rejected\"\n" + "\rarticles 10/100" +
		"\rarticles 20/100" +
		"\r                \r" +
		"after\n"
	if got := out.String(); got != want {
		t.Errorf("terminal wrote\n%q\nwant\n%q", got, want)
	}
}
