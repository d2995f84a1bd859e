package jobs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// noInputs is the inputs field in the indented encoding of a summary
// without inputs; WriteJSON writes the inputs in place of its null.
const noInputs = "\n  \"inputs\": null"

// WriteJSON writes the summary as indented JSON followed by a newline: the
// bytes json.MarshalIndent(s, "", "  ") gives, plus the newline. The inputs
// are encoded one at a time as they are written, never all at once: a run
// over half a million files has about 90 MB of them.
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
	if err := writeInputs(w, s.Inputs); err != nil {
		return err
	}
	if _, err := w.Write(data[at+len("null"):]); err != nil {
		return err
	}
	_, err = w.Write([]byte{'\n'})
	return err
}

// writeInputs writes the inputs array as MarshalIndent would inside a
// top-level object.
func writeInputs(w io.Writer, inputs []InputSummary) error {
	switch {
	case inputs == nil:
		_, err := io.WriteString(w, "null")
		return err
	case len(inputs) == 0:
		_, err := io.WriteString(w, "[]")
		return err
	}
	if _, err := io.WriteString(w, "["); err != nil {
		return err
	}
	for i := range inputs {
		b, err := json.MarshalIndent(&inputs[i], "    ", "  ")
		if err != nil {
			return fmt.Errorf("encode input %s: %w", inputs[i].Path, err)
		}
		sep := ",\n    "
		if i == 0 {
			sep = "\n    "
		}
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n  ]")
	return err
}
