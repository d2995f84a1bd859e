package jobs

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"
)

// TestWriteJSON checks that the streamed summary is byte for byte what
// json.MarshalIndent gives, and that it reads back to the same summary.
func TestWriteJSON(t *testing.T) {
	full := RunSummary{
		RunID: "20240101T000000Z-abcdef", Version: "v1", SchemaVersion: SchemaVersion, Status: "partial",
		StartedAt: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), FinishedAt: time.Date(2024, 1, 1, 0, 1, 0, 0, time.UTC),
		DurationMS: 60000,
		Args:       RunArgs{Inputs: []string{"in/a", "in/b"}, Formats: []string{FormatParquet}, Jobs: 2, Mode: "all"},
		Inputs: []InputSummary{
			{Path: "in/a/2024-01-01/one.txt", SHA256: sha256.Sum256([]byte("one")), Articles: 1},
			{Path: "in/b/\"quoted\" <&> é 東京.jsonl", SHA256: Digest{0xff, 1}, Articles: 3, Rejects: 2},
			{Path: "in/b/unread.txt"},
		},
		ModelSHA256: "m", Artifacts: map[string]string{"b": "2", "a": "1"},
		Articles: 4, TextBytes: 1234,
		Partitions:    []PartitionSummary{{Date: "2024-01-01", Articles: 4, Rows: map[string]int{TableMentions: 7}, Status: "failed", Error: "disk full"}},
		Rejects:       2,
		RejectReasons: map[string]int{ReasonBadJSON: 2},
		Error:         "1 of 1 partitions failed",
		CPUSeconds:    1.5, PeakRSSBytes: 1 << 20,
	}
	empty := full
	empty.Inputs = []InputSummary{}
	none := full
	none.Inputs = nil
	one := full
	one.Inputs = full.Inputs[:1]
	for _, tc := range []struct {
		name string
		sum  RunSummary
	}{
		{"three inputs", full},
		{"one input", one},
		{"empty inputs", empty},
		{"nil inputs", none},
		{"zero summary", RunSummary{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, err := json.MarshalIndent(&tc.sum, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, '\n')
			var got bytes.Buffer
			if err := tc.sum.WriteJSON(&got); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Fatalf("WriteJSON differs from MarshalIndent:\ngot  %s\nwant %s", got.Bytes(), want)
			}
			var back RunSummary
			if err := json.Unmarshal(got.Bytes(), &back); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back.Inputs, tc.sum.Inputs) {
				t.Errorf("inputs read back as %+v, want %+v", back.Inputs, tc.sum.Inputs)
			}
		})
	}
}

func TestDigestText(t *testing.T) {
	real := Digest(sha256.Sum256([]byte("text")))
	for _, tc := range []struct {
		text string
		want Digest
		ok   bool
	}{
		{"", Digest{}, true},
		{real.String(), real, true},
		{"982d9e3eb996f559e633f4d194def3761d909f5a3b647d1a851fead67c32c9d1"[:63], Digest{}, false},
		{"zz2d9e3eb996f559e633f4d194def3761d909f5a3b647d1a851fead67c32c9d1", Digest{}, false},
	} {
		var d Digest
		err := d.UnmarshalText([]byte(tc.text))
		if (err == nil) != tc.ok || tc.ok && d != tc.want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v, ok %v", tc.text, d, err, tc.want, tc.ok)
		}
		if tc.ok {
			if b, _ := d.MarshalText(); string(b) != tc.text {
				t.Errorf("MarshalText of %q = %q", tc.text, b)
			}
		}
	}
	if got := real.String(); len(got) != 64 || got != fmt.Sprintf("%x", [32]byte(real)) {
		t.Errorf("String() = %q", got)
	}
}
