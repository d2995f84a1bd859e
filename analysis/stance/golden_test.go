package stance_test

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the per-target prediction goldens under testdata/")

// checkGolden compares per-target predictions ("id<TAB>label" lines, one
// per target) with the committed golden file at path, and fails listing
// every target whose label flipped; with -update it rewrites the file.
func checkGolden(t *testing.T, path string, lines []string) {
	t.Helper()
	got := strings.Join(lines, "\n") + "\n"
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	want := map[string]string{}
	var order []string
	for _, l := range strings.Split(strings.TrimRight(string(raw), "\n"), "\n") {
		id, label, _ := strings.Cut(l, "\t")
		want[id] = label
		order = append(order, id)
	}
	have := map[string]string{}
	for _, l := range lines {
		id, label, _ := strings.Cut(l, "\t")
		have[id] = label
	}
	flips := 0
	for _, id := range order {
		if h, ok := have[id]; !ok {
			t.Errorf("%s: target gone (golden says %s)", id, want[id])
			flips++
		} else if h != want[id] {
			t.Errorf("flipped: %s: %s -> %s", id, want[id], h)
			flips++
		}
	}
	for _, l := range lines {
		if id, _, _ := strings.Cut(l, "\t"); want[id] == "" {
			t.Errorf("%s: new target, not in %s", id, path)
			flips++
		}
	}
	if flips > 0 {
		t.Errorf("%d of %d targets differ from %s; if the change is intended, run go test -update and review the diff", flips, len(lines), path)
	}
}
