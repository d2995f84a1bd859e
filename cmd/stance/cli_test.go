package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stance-news/stance/jobs"
)

// TestUsageErrorLeavesNothing: a run that fails on its arguments creates
// no output directory, no lock and no staging.
func TestUsageErrorLeavesNothing(t *testing.T) {
	cases := map[string][]string{
		"missing input": {"run", "--input", filepath.Join(t.TempDir(), "nope.jsonl")},
		"bad format":    {"run", "--input", corpus, "--format", "csv"},
		"until first":   {"run", "--input", corpus, "--since", "2024-03-12", "--until", "2024-03-11"},
	}
	for name, args := range cases {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			r := stance(t, "", append(args, "--out", out)...)
			if r.code != exitUsage {
				t.Fatalf("exit %d, want %d\nstderr: %s", r.code, exitUsage, r.stderr)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				entries, _ := os.ReadDir(out)
				t.Errorf("a usage error left %s on disk: %v", out, entries)
			}
		})
	}
}

// TestHintNamesSubcommand: the hint after a usage error points at the help
// of the command that was run.
func TestHintNamesSubcommand(t *testing.T) {
	cases := []struct {
		args []string
		hint string
	}{
		{[]string{"run", "--bogus"}, "Try: stance run --help"},
		{[]string{"run", "--input", filepath.Join(t.TempDir(), "nope"), "--out", t.TempDir()}, "Try: stance run --help"},
		{[]string{"parties", "validate"}, "Try: stance parties validate --help"},
		{[]string{"report", "--out", t.TempDir()}, "Try: stance report --help"},
		{[]string{"nosuchcommand"}, "Try: stance --help"},
	}
	for _, c := range cases {
		r := stance(t, "", c.args...)
		if r.code != exitUsage || !strings.Contains(r.stderr, c.hint+"\n") {
			t.Errorf("stance %v: exit %d, stderr %q; want exit %d and %q", c.args, r.code, r.stderr, exitUsage, c.hint)
		}
	}
}

// TestInspectOutFlag: inspect takes the output directory as --out (as run
// and report do), still accepts the older positional form, and refuses a
// directory that holds no stance output.
func TestInspectOutFlag(t *testing.T) {
	out := t.TempDir()
	runSample(t, out)
	a := stance(t, "", "inspect", "--out", out)
	b := stance(t, "", "inspect", out)
	if a.code != 0 || b.code != 0 || a.stdout != b.stdout || !strings.Contains(a.stdout, "date=2024-03-11") {
		t.Fatalf("inspect --out: exit %d; positional: exit %d; outputs equal %v\n%s%s", a.code, b.code, a.stdout == b.stdout, a.stderr, a.stdout)
	}
	if r := stance(t, "", "inspect", "--out", out, t.TempDir()); r.code != exitUsage {
		t.Errorf("two different directories: exit %d, want %d", r.code, exitUsage)
	}
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "notes.txt"), []byte("x"), 0o644)
	r := stance(t, "", "inspect", "--out", empty)
	if r.code != exitUsage || !strings.Contains(r.stderr, "not a stance output directory") {
		t.Errorf("inspect on a non-output directory: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestScoreEmptyInput(t *testing.T) {
	for _, in := range []string{"", " \n\t\n", "date 2024-03-11\n\n"} {
		r := stance(t, in, "score", "--date", "2024-03-11")
		if r.code != exitUsage || !strings.Contains(r.stderr, "text") || r.stdout != "" {
			t.Errorf("score on %q: exit %d, stdout %q, stderr %q", in, r.code, r.stdout, r.stderr)
		}
	}
}

// TestVersion: without a version set at link time (the test binary is
// built by plain go build), --version names the commit it was built from.
func TestVersion(t *testing.T) {
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skip("not a git checkout:", err)
	}
	r := stance(t, "", "--version")
	if r.code != 0 || !strings.Contains(r.stdout, strings.TrimSpace(string(head))[:12]) {
		t.Errorf("--version: exit %d, %q; want the revision %.12s", r.code, r.stdout, head)
	}
}

func TestVersionOf(t *testing.T) {
	rev := []debug.BuildSetting{{Key: "vcs.revision", Value: "8ffec63c1a2b3c4d5e6f"}, {Key: "vcs.modified", Value: "true"}}
	cases := []struct {
		bi   debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}, Settings: rev}, "v1.2.0"},
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: rev}, "(devel) 8ffec63c1a2b-dirty"},
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "(devel)"},
		{debug.BuildInfo{}, "dev"},
	}
	for _, c := range cases {
		if got := versionOf(&c.bi); got != c.want {
			t.Errorf("versionOf(%+v) = %q, want %q", c.bi.Main, got, c.want)
		}
	}
}

// TestJSONSnakeCase: every key of every JSON output is snake_case.
func TestJSONSnakeCase(t *testing.T) {
	out := t.TempDir()
	outputs := map[string]string{
		"run --json":          runSampleStdout(t, out),
		"parties list --json": stance(t, "", "parties", "list", "--json").stdout,
		"inspect --json":      stance(t, "", "inspect", "--out", out, "--json").stdout,
		"score --json":        stance(t, "date 2024-03-11\n\nRussia praised India.\n", "score", "--json").stdout,
	}
	key := regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	for name, text := range outputs {
		dec := json.NewDecoder(strings.NewReader(text))
		n := 0
		for dec.More() {
			var v any
			if err := dec.Decode(&v); err != nil {
				t.Fatalf("%s: %v\n%s", name, err, text)
			}
			n++
			walkKeys(v, func(k string) {
				if !key.MatchString(k) {
					t.Errorf("%s: key %q is not snake_case", name, k)
				}
			})
		}
		if n == 0 {
			t.Errorf("%s printed no JSON", name)
		}
	}
}

func runSampleStdout(t *testing.T, out string) string {
	r := stance(t, "", "run", "--input", corpus, "--out", out, "--json")
	if r.code != 0 {
		t.Fatalf("run: exit %d\n%s", r.code, r.stderr)
	}
	return r.stdout
}

// walkKeys calls fn on every object key in v, at any depth. Maps keyed by
// data (reject reasons, artifact paths, table names) are values, not
// schema, and are skipped by name.
func walkKeys(v any, fn func(string)) {
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			fn(k)
			if k == "artifacts" || k == "reject_reasons" || k == "reject_examples" || k == "party_mentions" || k == "rows" {
				continue
			}
			walkKeys(c, fn)
		}
	case []any:
		for _, c := range x {
			walkKeys(c, fn)
		}
	}
}

// TestHelpPlaceholders: flag values are named for what they are (DIR, FILE,
// DATE, IDS, N...), never by Go type.
func TestHelpPlaceholders(t *testing.T) {
	goType := regexp.MustCompile(`=(STRING|INT|INT-64|UINT-64|FLOAT-64|BOOL)\b`)
	for _, cmd := range [][]string{{"run"}, {"score"}, {"eval"}, {"train"}, {"inspect"}, {"parties", "list"}, {"parties", "validate"}, {"report"}} {
		r := stance(t, "", append(cmd, "--help")...)
		if r.code != 0 {
			t.Fatalf("%v --help: exit %d", cmd, r.code)
		}
		for _, m := range goType.FindAllString(r.stdout, -1) {
			t.Errorf("stance %v --help shows %s", cmd, m)
		}
	}
	r := stance(t, "", "report", "--help")
	if !strings.Contains(r.stdout, "--party-ids=IDS") || strings.Contains(r.stdout, "--parties") {
		t.Errorf("report --help: party ids should be --party-ids=IDS, and --parties (a registry file elsewhere) absent:\n%s", r.stdout)
	}
}

func TestShardOf(t *testing.T) {
	cases := []struct {
		name, flag, count string
		env               map[string]string
		want              jobs.Shard
		usage             bool
	}{
		{name: "none", want: jobs.Shard{}},
		{name: "flag", flag: "2/7", want: jobs.Shard{Index: 2, Count: 7}},
		{name: "flag wins", flag: "0/2", env: map[string]string{"JOB_COMPLETION_INDEX": "5"}, want: jobs.Shard{Index: 0, Count: 2}},
		{name: "bad flag", flag: "7/7", usage: true},
		{name: "indexed job", count: "8", env: map[string]string{"JOB_COMPLETION_INDEX": "3"}, want: jobs.Shard{Index: 3, Count: 8}},
		{name: "indexed job, count from env", env: map[string]string{"JOB_COMPLETION_INDEX": "3", "STANCE_SHARD_COUNT": "4"}, want: jobs.Shard{Index: 3, Count: 4}},
		{name: "indexed job without count", env: map[string]string{"JOB_COMPLETION_INDEX": "3"}, usage: true},
		{name: "aws batch", env: map[string]string{"AWS_BATCH_JOB_ARRAY_INDEX": "1", "AWS_BATCH_JOB_ARRAY_SIZE": "2"}, want: jobs.Shard{Index: 1, Count: 2}},
		{name: "cloud run", env: map[string]string{"CLOUD_RUN_TASK_INDEX": "0", "CLOUD_RUN_TASK_COUNT": "5"}, want: jobs.Shard{Index: 0, Count: 5}},
		{name: "cloud run without count", env: map[string]string{"CLOUD_RUN_TASK_INDEX": "0"}, usage: true},
		{name: "index past count", env: map[string]string{"CLOUD_RUN_TASK_INDEX": "5", "CLOUD_RUN_TASK_COUNT": "5"}, usage: true},
	}
	for _, c := range cases {
		env := func(k string) (string, bool) { v, ok := c.env[k]; return v, ok }
		got, err := shardOf(c.flag, c.count, env)
		if c.usage != errors.Is(err, jobs.ErrUsage) || !c.usage && got != c.want {
			t.Errorf("%s: shard %v, err %v; want %v (usage error %v)", c.name, got, err, c.want, c.usage)
		}
	}
}

// TestShardRun: a shard run writes only its own dates and says which
// shard it was in its summary.
func TestShardRun(t *testing.T) {
	r := stance(t, "", "run", "--input", corpus, "--out", t.TempDir(), "--shard", "1/3", "--dry-run", "--json")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	var sum jobs.RunSummary
	if err := json.Unmarshal([]byte(r.stdout), &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Args.Shard != "1/3" {
		t.Errorf("args.shard %q, want 1/3", sum.Args.Shard)
	}
	// Of the sample's four dates, shard 1 of 3 owns 2024-03-13 alone.
	if len(sum.Partitions) != 1 || sum.Partitions[0].Date != "2024-03-13" {
		t.Errorf("shard 1/3 planned %+v, want 2024-03-13 alone", sum.Partitions)
	}
}

// TestClosingSummary: on a terminal, the closing block names the top
// parties and where the first rejects of each reason were.
func TestClosingSummary(t *testing.T) {
	var buf strings.Builder
	sum := &jobs.RunSummary{RunID: "r1", Status: jobs.RunOK, Articles: 3, Rejects: 2,
		RejectReasons:  map[string]int{"no_date": 2},
		RejectExamples: map[string][]string{"no_date": {"in/a.txt", "in/b.jsonl:4"}},
		PartyMentions:  map[string]int{"RU": 5, "US": 9, "IN": 5, "CN": 1, "FR": 1, "DE": 1, "GB": 1, "JP": 1, "BR": 1},
	}
	reportRun(&env{stderr: &buf, tty: true}, sum)
	out := buf.String()
	for _, want := range []string{"no_date 2", "no_date          in/a.txt", "no_date          in/b.jsonl:4",
		"mentions    US 9, IN 5, RU 5, BR 1, CN 1, DE 1, FR 1, GB 1 (9 parties in all)"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}
