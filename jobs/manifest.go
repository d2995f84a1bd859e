package jobs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"iter"
)

// noInputs is the inputs field in the indented encoding of a summary
// without inputs; WriteJSON writes the inputs in place of its null.
const noInputs = "\n  \"inputs\": null"

// WriteJSON writes the summary as indented JSON followed by a newline: the
// bytes json.MarshalIndent(s, "", "  ") gives, plus the newline. The inputs
// are encoded one at a time as they are written, never all at once: a run
// over half a million files has about 90 MB of them. During a run they are
// read from the run's table of inputs rather than from Inputs.
func (s *RunSummary) WriteJSON(w io.Writer) error {
	head := *s
	head.Inputs = nil
	data, err := json.MarshalIndent(&head, "", "  ")
	if err != nil {
		return fmt.Errorf("encode run summary: %w", err)
	}
	at := bytes.Index(data, []byte(noInputs))
	if at < 0 {
		return fmt.Errorf("encode run summary: no inputs field in %.40q", data)
	}
	at += len(noInputs) - len("null")
	if _, err := w.Write(data[:at]); err != nil {
		return err
	}
	inputs := func(yield func(InputSummary, error) bool) {
		for _, in := range s.Inputs {
			if !yield(in, nil) {
				return
			}
		}
	}
	if s.inputs != nil {
		inputs = s.inputs.all()
	}
	if err := writeInputs(w, inputs, s.Inputs == nil && s.inputs == nil); err != nil {
		return err
	}
	if _, err := w.Write(data[at+len("null"):]); err != nil {
		return err
	}
	_, err = w.Write([]byte{'\n'})
	return err
}

// writeInputs writes the inputs array as MarshalIndent would inside a
// top-level object, or null.
func writeInputs(w io.Writer, inputs iter.Seq2[InputSummary, error], null bool) error {
	if null {
		_, err := io.WriteString(w, "null")
		return err
	}
	if _, err := io.WriteString(w, "["); err != nil {
		return err
	}
	n := 0
	for in, err := range inputs {
		if err != nil {
			return err
		}
		b, err := json.MarshalIndent(&in, "    ", "  ")
		if err != nil {
			return fmt.Errorf("encode input %s: %w", in.Path, err)
		}
		sep := ",\n    "
		if n == 0 {
			sep = "\n    "
		}
		n++
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	end := "\n  ]"
	if n == 0 {
		end = "]"
	}
	_, err := io.WriteString(w, end)
	return err
}
