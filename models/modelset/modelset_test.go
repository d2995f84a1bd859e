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
// import the batch runner or the commands, and analysis imports nothing of
// this module outside analysis/ and models/.
func TestImportArrows(t *testing.T) {
	const mod = "github.com/stance-news/stance/"
	deps := func(test bool, pkgs ...string) []string {
		args := []string{"list", "-deps", "-f", "{{.ImportPath}}"}
		if test {
			args = append(args, "-test")
		}
		out, err := exec.Command("go", append(args, pkgs...)...).Output()
		if err != nil {
			t.Skip("go list:", err)
		}
		var own []string
		for _, p := range strings.Fields(string(out)) {
			if rel, ok := strings.CutPrefix(p, mod); ok {
				own = append(own, rel)
			}
		}
		return own
	}
	for _, rel := range deps(true, mod+"analysis/...", mod+"models/...") {
		if strings.HasPrefix(rel, "jobs") || strings.HasPrefix(rel, "cmd/") {
			t.Errorf("analysis/... or models/... depends on %s", rel)
		}
	}
	for _, rel := range deps(false, mod+"analysis/...") {
		if !strings.HasPrefix(rel, "analysis/") && !strings.HasPrefix(rel, "models") {
			t.Errorf("an analysis package imports %s", rel)
		}
	}
}
