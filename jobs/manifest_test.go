package jobs

import (
	"bytes"
	"encoding/json"
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
			{Path: "in/a/2024-01-01/one.txt", SHA256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Articles: 1},
			{Path: "in/b/\"quoted\" <&> é 東京.jsonl", SHA256: "00", Articles: 3, Rejects: 2},
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
			if len(back.Inputs) != len(tc.sum.Inputs) {
				t.Errorf("read back %d inputs, want %d", len(back.Inputs), len(tc.sum.Inputs))
			}
		})
	}
}
