package modelset_test

import (
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/stance-news/stance/analysis/parties"
	"github.com/stance-news/stance/models"
	"github.com/stance-news/stance/models/modelset"
)

func TestBuildDefault(t *testing.T) {
	s, err := modelset.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{modelset.ArtifactTokenizer, modelset.ArtifactLexicon, modelset.ArtifactParties,
		modelset.ArtifactStance, modelset.ArtifactVADER} {
		if len(s.Digests[name]) != 64 {
			t.Errorf("no digest recorded for %s: %q", name, s.Digests[name])
		}
	}
	if len(s.SHA256) != 64 || s.Pipeline == nil || s.Pipeline.Stance != s.Stance {
		t.Fatalf("incomplete set: %+v", s)
	}
}

// TestBuildReplacement: a replaced registry is used, recorded under its own
// name, and changes the combined digest; a bad one is refused by name.
func TestBuildReplacement(t *testing.T) {
	b, err := models.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	base, err := modelset.Build(b, modelset.Options{})
	if err != nil {
		t.Fatal(err)
	}
	yaml := "version: 1\nparties:\n  - id: XX\n    name: Xland\n    kind: country\n    names: [Xland]\n"
	s, err := modelset.Build(b, modelset.Options{Parties: modelset.Replacement{Name: "parties:x.yaml", Data: []byte(yaml)}})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Registry.Party("XX"); !ok || len(s.Registry.Parties()) != 1 {
		t.Errorf("replacement registry not used: %d parties", len(s.Registry.Parties()))
	}
	if _, ok := s.Digests[modelset.ArtifactParties]; ok || s.Digests["parties:x.yaml"] == "" {
		t.Errorf("digests: %v", s.Digests)
	}
	if s.SHA256 == base.SHA256 {
		t.Error("combined digest unchanged by a new registry")
	}
	_, err = modelset.Build(b, modelset.Options{Parties: modelset.Replacement{Name: "parties:bad.yaml", Data: []byte("parties: [{id: XX, colour: red}]\n")}})
	if !errors.Is(err, parties.ErrInvalid) || !strings.Contains(err.Error(), "parties:bad.yaml") {
		t.Errorf("bad registry: %v", err)
	}
}

// TestImportArrows: the analysis and model packages, tests included, never
// import the batch runner or the command, and analysis imports nothing of
// this module outside analysis/ and models/.
func TestImportArrows(t *testing.T) {
	out, err := exec.Command("go", "list", "-test", "-deps", "-f", "{{.ImportPath}}",
		"github.com/stance-news/stance/analysis/...", "github.com/stance-news/stance/models/...").Output()
	if err != nil {
		t.Skip("go list:", err)
	}
	const mod = "github.com/stance-news/stance/"
	for _, p := range strings.Fields(string(out)) {
		if !strings.HasPrefix(p, mod) {
			continue
		}
		rel := strings.TrimPrefix(p, mod)
		rel, _, _ = strings.Cut(rel, " ") // "x [x.test]"
		if !strings.HasPrefix(rel, "analysis/") && !strings.HasPrefix(rel, "models") {
			t.Errorf("analysis/... or models/... depends on %s", p)
		}
	}
	out, err = exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", "github.com/stance-news/stance/analysis/...").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range strings.Fields(string(out)) {
		if rel, ok := strings.CutPrefix(p, mod); ok && !strings.HasPrefix(rel, "analysis/") && !strings.HasPrefix(rel, "models") {
			t.Errorf("an analysis package imports %s", p)
		}
	}
}
