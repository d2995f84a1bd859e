package k8s

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"sigs.k8s.io/yaml"
)

// No cluster runs where these manifests are written, so this test is what
// checks them: each is decoded strictly into its Kubernetes API type (an
// unknown or misspelt field, a duplicate key or a value of the wrong type
// fails), then the properties README.md promises are asserted, and the
// container's arguments are run through the real stance binary as a dry
// run, with the environment the Job controller would give the pod.

// decodeStrict reads the manifest file name into obj, rejecting unknown
// fields and duplicate keys.
func decodeStrict(t *testing.T, name string, obj any) {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.UnmarshalStrict(b, obj); err != nil {
		t.Fatalf("%s: strict decode: %v", name, err)
	}
}

func TestBackfillJob(t *testing.T) {
	var job batchv1.Job
	decodeStrict(t, "backfill.yaml", &job)
	if job.APIVersion != "batch/v1" || job.Kind != "Job" {
		t.Fatalf("backfill.yaml is %s %s, want batch/v1 Job", job.APIVersion, job.Kind)
	}
	s := job.Spec
	if s.CompletionMode == nil || *s.CompletionMode != batchv1.IndexedCompletion {
		t.Errorf("completionMode = %v, want Indexed", deref(s.CompletionMode))
	}
	if s.Completions == nil || s.Parallelism == nil || *s.Completions < 2 || *s.Parallelism != *s.Completions {
		t.Errorf("completions = %v, parallelism = %v: want equal and at least 2", deref(s.Completions), deref(s.Parallelism))
	}
	if s.BackoffLimitPerIndex == nil || *s.BackoffLimitPerIndex < 1 {
		t.Errorf("backoffLimitPerIndex = %v, want at least 1", deref(s.BackoffLimitPerIndex))
	}
	if s.MaxFailedIndexes == nil || s.Completions == nil || *s.MaxFailedIndexes < 0 || *s.MaxFailedIndexes > *s.Completions {
		t.Errorf("maxFailedIndexes = %v, want set, from 0 to completions", deref(s.MaxFailedIndexes))
	}
	if s.PodReplacementPolicy == nil || *s.PodReplacementPolicy != batchv1.Failed {
		t.Errorf("podReplacementPolicy = %v, want Failed", deref(s.PodReplacementPolicy))
	}
	checkFailurePolicy(t, s.PodFailurePolicy, batchv1.PodFailurePolicyActionFailIndex)
	c := checkPod(t, &s.Template.Spec)
	count, ok := envValue(c, "STANCE_SHARD_COUNT")
	if !ok || s.Completions == nil || count != strconv.Itoa(int(*s.Completions)) {
		t.Errorf("STANCE_SHARD_COUNT = %q, want the completions, %v", count, deref(s.Completions))
	}
	if s.Completions == nil {
		return
	}
	n := int(*s.Completions)
	for _, i := range []int{0, n - 1} {
		t.Run(fmt.Sprintf("index %d", i), func(t *testing.T) {
			sum := dryRun(t, &s.Template.Spec, c, map[string]string{"JOB_COMPLETION_INDEX": strconv.Itoa(i)}, i)
			if want := fmt.Sprintf("%d/%d", i, n); sum.Args.Shard != want {
				t.Errorf("the run took shard %q from its environment, want %q", sum.Args.Shard, want)
			}
			if sum.Args.Mode != "missing" {
				t.Errorf("--mode %q: a retried index should resume with --mode missing", sum.Args.Mode)
			}
			if sum.Args.Since == "" || sum.Args.Until == "" {
				t.Errorf("since %q, until %q: a backfill names its dates", sum.Args.Since, sum.Args.Until)
			}
		})
	}
	// Shards running at once must not share an output directory: stance's
	// lock would let only one of them write.
	out, _ := flagValue(c.Args, "--out")
	if !strings.Contains(out, "$(SHARD_INDEX)") {
		t.Errorf("--out %q does not depend on the shard index", out)
	}
}

func TestNightlyCronJob(t *testing.T) {
	var cj batchv1.CronJob
	decodeStrict(t, "nightly.yaml", &cj)
	if cj.APIVersion != "batch/v1" || cj.Kind != "CronJob" {
		t.Fatalf("nightly.yaml is %s %s, want batch/v1 CronJob", cj.APIVersion, cj.Kind)
	}
	s := cj.Spec
	if s.ConcurrencyPolicy != batchv1.ForbidConcurrent {
		t.Errorf("concurrencyPolicy = %q, want Forbid", s.ConcurrencyPolicy)
	}
	if fields := strings.Fields(s.Schedule); len(fields) != 5 {
		t.Errorf("schedule %q: want five cron fields", s.Schedule)
	}
	if s.TimeZone == nil || *s.TimeZone == "" {
		t.Error("timeZone unset: the schedule would follow the controller's zone")
	}
	if s.StartingDeadlineSeconds == nil || *s.StartingDeadlineSeconds <= 0 {
		t.Errorf("startingDeadlineSeconds = %v, want positive", deref(s.StartingDeadlineSeconds))
	}
	if s.SuccessfulJobsHistoryLimit == nil || s.FailedJobsHistoryLimit == nil {
		t.Error("history limits unset")
	}
	js := s.JobTemplate.Spec
	if js.PodReplacementPolicy == nil || *js.PodReplacementPolicy != batchv1.Failed {
		t.Errorf("podReplacementPolicy = %v, want Failed", deref(js.PodReplacementPolicy))
	}
	if js.CompletionMode != nil && *js.CompletionMode == batchv1.IndexedCompletion {
		t.Error("the nightly run is one pod, not an Indexed Job")
	}
	checkFailurePolicy(t, js.PodFailurePolicy, batchv1.PodFailurePolicyActionFailJob)
	c := checkPod(t, &js.Template.Spec)
	sum := dryRun(t, &js.Template.Spec, c, nil, 0)
	if sum.Args.Shard != "" {
		t.Errorf("the nightly run took shard %q, want a whole run", sum.Args.Shard)
	}
	if sum.Args.Mode != "missing" {
		t.Errorf("--mode %q: without a date, the nightly run needs --mode missing to skip the dates already written", sum.Args.Mode)
	}
}

// checkFailurePolicy asserts the pod failure policy: exit codes 2 (usage)
// and 78 (bad configuration) end the index or Job at once with action,
// and a disruption (eviction, preemption) is ignored.
func checkFailurePolicy(t *testing.T, p *batchv1.PodFailurePolicy, action batchv1.PodFailurePolicyAction) {
	t.Helper()
	if p == nil {
		t.Error("podFailurePolicy unset")
		return
	}
	var codes, disruption bool
	for _, r := range p.Rules {
		switch {
		case r.OnExitCodes != nil:
			e := r.OnExitCodes
			if !slices.IsSorted(e.Values) || len(slices.Compact(slices.Clone(e.Values))) != len(e.Values) {
				t.Errorf("exit codes %v: the API wants them ascending, without duplicates", e.Values)
			}
			if r.Action == action && e.Operator == batchv1.PodFailurePolicyOnExitCodesOpIn &&
				slices.Contains(e.Values, 2) && slices.Contains(e.Values, 78) && e.ContainerName != nil && *e.ContainerName == "stance" {
				codes = true
			}
		case len(r.OnPodConditions) > 0:
			for _, c := range r.OnPodConditions {
				if c.Type == corev1.DisruptionTarget && r.Action == batchv1.PodFailurePolicyActionIgnore {
					disruption = true
				}
			}
		}
	}
	if !codes {
		t.Errorf("no rule takes action %s on exit codes 2 and 78 of container stance", action)
	}
	if !disruption {
		t.Error("no rule ignores the DisruptionTarget condition")
	}
}

// checkPod asserts what both manifests' pods share: no restarts in place
// (podFailurePolicy needs restartPolicy Never), a non-root user, a
// read-only root file system, no privilege escalation, resource requests
// and limits; it returns the stance container.
func checkPod(t *testing.T, pod *corev1.PodSpec) *corev1.Container {
	t.Helper()
	if pod.RestartPolicy != corev1.RestartPolicyNever {
		t.Errorf("restartPolicy = %q, want Never", pod.RestartPolicy)
	}
	if len(pod.Containers) != 1 || pod.Containers[0].Name != "stance" {
		t.Fatalf("want one container named stance, have %d", len(pod.Containers))
	}
	c := &pod.Containers[0]
	ps := pod.SecurityContext
	if ps == nil || ps.RunAsNonRoot == nil || !*ps.RunAsNonRoot || ps.RunAsUser == nil || *ps.RunAsUser == 0 {
		t.Error("the pod does not run as a non-root user (runAsNonRoot, runAsUser)")
	}
	cs := c.SecurityContext
	if cs == nil || cs.ReadOnlyRootFilesystem == nil || !*cs.ReadOnlyRootFilesystem {
		t.Error("readOnlyRootFilesystem is not true")
	}
	if cs == nil || cs.AllowPrivilegeEscalation == nil || *cs.AllowPrivilegeEscalation {
		t.Error("allowPrivilegeEscalation is not false")
	}
	for _, r := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
		req, lim := c.Resources.Requests[r], c.Resources.Limits[r]
		if req.IsZero() || lim.IsZero() || req.Cmp(lim) > 0 {
			t.Errorf("%s: request %s, limit %s: want both, the request at most the limit", r, req.String(), lim.String())
		}
	}
	// The run's peak RSS is about 230 MB (README.md, Performance).
	if lim := c.Resources.Limits[corev1.ResourceMemory]; lim.Cmp(resource.MustParse("300Mi")) < 0 {
		t.Errorf("memory limit %s is below a run's peak RSS", lim.String())
	}
	if len(c.Command) != 0 {
		t.Errorf("command %q replaces the image's entrypoint, the stance binary", c.Command)
	}
	if len(c.Args) == 0 || c.Args[0] != "run" {
		t.Errorf("args %q: want a stance run command", c.Args)
	}
	return c
}

// runSummary is the part of `stance run --json`'s summary the test reads.
type runSummary struct {
	Status string `json:"status"`
	Args   struct {
		Since string `json:"since"`
		Until string `json:"until"`
		Mode  string `json:"mode"`
		Shard string `json:"shard"`
	} `json:"args"`
}

// dryRun runs the container's arguments through the stance binary with
// --dry-run added, as the pod with completion index index would: its
// variables expanded as the kubelet expands them, the paths under its
// volume mounts moved to the repository's sample corpus (the read-only
// mounts) and to a temporary directory (the others), and the environment
// set from the container's env (a downward-API variable reads the
// completion index) plus extra. The run must exit 0; its summary is
// returned.
func dryRun(t *testing.T, pod *corev1.PodSpec, c *corev1.Container, extra map[string]string, index int) runSummary {
	t.Helper()
	env := map[string]string{}
	for _, e := range c.Env {
		switch {
		case e.ValueFrom == nil:
			env[e.Name] = e.Value
		case e.ValueFrom.FieldRef != nil && e.ValueFrom.FieldRef.FieldPath == "metadata.annotations['batch.kubernetes.io/job-completion-index']":
			env[e.Name] = strconv.Itoa(index)
		default:
			t.Fatalf("env %s: the test does not know its source", e.Name)
		}
	}
	for k, v := range extra {
		env[k] = v
	}
	claims := map[string]bool{} // read-only volumes
	for _, v := range pod.Volumes {
		if v.PersistentVolumeClaim != nil && v.PersistentVolumeClaim.ReadOnly {
			claims[v.Name] = true
		}
	}
	mounts := map[string]string{} // mount path -> directory here
	for _, m := range c.VolumeMounts {
		if m.ReadOnly || claims[m.Name] {
			mounts[m.MountPath] = filepath.Join(repoRoot(t), "testdata", "corpus")
		} else {
			mounts[m.MountPath] = t.TempDir()
		}
	}
	args := make([]string, 0, len(c.Args)+1)
	for _, a := range c.Args {
		a = expand(a, env)
		if name, value, ok := strings.Cut(a, "="); ok && strings.HasPrefix(name, "--") {
			for mp, dir := range mounts {
				if value == mp || strings.HasPrefix(value, mp+"/") {
					value = dir + strings.TrimPrefix(value, mp)
				}
			}
			a = name + "=" + value
		}
		args = append(args, a)
	}
	if _, ok := flagValue(args, "--json"); !ok {
		args = append(args, "--json")
	}
	args = append(args, "--dry-run")
	cmd := exec.Command(stanceBinary(t), args...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir()}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("stance %q: %v\n%s", args, err, stderr.Bytes())
	}
	var sum runSummary
	if err := json.Unmarshal(stdout.Bytes(), &sum); err != nil {
		t.Fatalf("stance %q: summary: %v", args, err)
	}
	if sum.Status != "dry_run" {
		t.Errorf("stance %q: status %q, want dry_run", args, sum.Status)
	}
	return sum
}

// kubeVar is a dependent variable reference in a container's args.
var kubeVar = regexp.MustCompile(`\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)`)

// expand replaces $(NAME) with the value of NAME in env, as the kubelet
// does for a container's args; a reference to an unset variable stays as
// written, and $$ is a literal $.
func expand(s string, env map[string]string) string {
	return kubeVar.ReplaceAllStringFunc(s, func(m string) string {
		if m == "$$" {
			return "$"
		}
		if v, ok := env[m[2:len(m)-1]]; ok {
			return v
		}
		return m
	})
}

// flagValue finds --name or --name=value in args.
func flagValue(args []string, name string) (string, bool) {
	for _, a := range args {
		if a == name {
			return "", true
		}
		if v, ok := strings.CutPrefix(a, name+"="); ok {
			return v, true
		}
	}
	return "", false
}

// envValue is the literal value of the container's variable name.
func envValue(c *corev1.Container, name string) (string, bool) {
	for _, e := range c.Env {
		if e.Name == name && e.ValueFrom == nil {
			return e.Value, true
		}
	}
	return "", false
}

// repoRoot is the stance repository, two levels up from this directory.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil || !bytes.Contains(b, []byte("module github.com/stance-news/stance\n")) {
		t.Fatalf("%s is not the stance repository (go.mod: %v)", root, err)
	}
	return root
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// stanceBinary is the stance binary that the arguments are checked with:
// $STANCE_BIN when set, else one built from the repository for this test
// run. It is built with -pgo=off, as cmd/stance's end-to-end test and go
// vet build it, so that after make test only the link is left to do.
func stanceBinary(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("STANCE_BIN"); p != "" {
		return p
	}
	root := repoRoot(t)
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "stance-k8s-test-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "stance")
		cmd := exec.Command("go", "build", "-pgo=off", "-o", binPath, "./cmd/stance")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build ./cmd/stance: %w\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// TestMain removes the binary stanceBinary built.
func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

func TestDockerfile(t *testing.T) {
	root := repoRoot(t)
	df, err := os.ReadFile(filepath.Join(root, "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^go (\S+)$`).FindSubmatch(gomod)
	if m == nil {
		t.Fatal("go.mod has no go line")
	}
	var froms []string
	for _, line := range strings.Split(string(df), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && strings.EqualFold(f[0], "FROM") {
			froms = append(froms, f[1])
		}
	}
	if len(froms) != 2 {
		t.Fatalf("FROM lines %q: want a build stage and a final stage", froms)
	}
	if want := "golang:" + string(m[1]); froms[0] != want {
		t.Errorf("build stage %s, want %s (go.mod's Go version)", froms[0], want)
	}
	if froms[1] != "gcr.io/distroless/static-debian12:nonroot" {
		t.Errorf("final stage %s, want the non-root static distroless image", froms[1])
	}
	for _, want := range []string{"CGO_ENABLED=0 go build", "USER nonroot", `ENTRYPOINT ["/stance"]`} {
		if !bytes.Contains(df, []byte(want)) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}
}

// deref prints an optional field for a failure message.
func deref[T any](p *T) any {
	if p == nil {
		return "unset"
	}
	return *p
}
