package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stance-news/stance/internal/s3fake"
	"github.com/stance-news/stance/jobs/objstore"
	"github.com/stance-news/stance/jobs/outputtest"
)

// TestVersityCrash runs three shards at once against a real S3-compatible
// server, versitygw on 127.0.0.1 with its posix backend, and SIGKILLs one
// shard mid-run, STANCE_VERSITY_KILLS times (default 3), each time rerunning
// that shard's index at once until it succeeds (exit 75 while the dead
// run's lock has not expired). Then every _SUCCESS must name parts whose bytes (in the
// server's backing directory) have its sizes and SHA-256, and the union of
// the shards must equal a local unsharded run byte for byte. `make
// s3-crash` installs versitygw (pinned) and sets STANCE_VERSITYGW to it;
// without it the test is skipped.
func TestVersityCrash(t *testing.T) {
	gw := os.Getenv("STANCE_VERSITYGW")
	if gw == "" {
		t.Skip("STANCE_VERSITYGW not set; `make s3-crash` runs this test")
	}
	kills := 3
	if s := os.Getenv("STANCE_VERSITY_KILLS"); s != "" {
		kills, _ = strconv.Atoi(s)
	}
	dir := t.TempDir()
	in := crashCorpus(t, filepath.Join(dir, "in"), 3, 30)
	ref := filepath.Join(dir, "ref")
	if r := stance(t, "", "run", "--input", in, "--out", ref, "--format", "parquet,arrow"); r.code != 0 {
		t.Fatalf("reference run: exit %d\n%s", r.code, r.stderr)
	}
	refFiles := dataFiles(t, ref)

	root := filepath.Join(dir, "gw")
	if err := os.MkdirAll(filepath.Join(root, "out"), 0o755); err != nil {
		t.Fatal(err)
	}
	endpoint := startVersity(t, gw, root)
	for k, v := range s3fake.Env() {
		t.Setenv(k, v)
	}
	t.Setenv("AWS_ACCESS_KEY_ID", "stance")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "stance-secret")
	out := "s3://out/tables?endpoint=" + endpoint + "&use_path_style=true&disable_https=true&region=us-east-1"
	backing := filepath.Join(root, "out", "tables")

	const shards, ttl = 3, 4 * time.Second
	start := func(i int) *exec.Cmd {
		cmd := exec.Command(binary, "run", "--input", in, "--out", out, "--format", "parquet,arrow",
			"--shard", fmt.Sprintf("%d/%d", i, shards), "--lock-ttl", ttl.String(), "--staging", filepath.Join(dir, "staging"), "--jobs", "1")
		cmd.Stderr = &strings.Builder{}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	for round := range kills + 1 {
		victim := round % shards
		cmds := make([]*exec.Cmd, shards)
		for i := range shards {
			cmds[i] = start(i)
		}
		locked, published := 0, 0
		if round < kills {
			// Kill the victim at a different moment each round, from
			// the input scan to the publishing of its last partitions,
			// and rerun its index at once, as a retried Indexed Job pod
			// would, while the other shards go on: exit 75 until the
			// dead run's lock expires.
			time.Sleep(time.Duration(300+(round*1100)%4400) * time.Millisecond)
			cmds[victim].Process.Signal(syscall.SIGKILL)
			if err := cmds[victim].Wait(); err == nil {
				t.Logf("round %d: shard %d had finished before the kill", round, victim)
			}
			published = countSuccesses(backing)
			for {
				r := stance(t, "", "run", "--input", in, "--out", out, "--format", "parquet,arrow", "--mode", "missing",
					"--shard", fmt.Sprintf("%d/%d", victim, shards), "--lock-ttl", ttl.String(), "--staging", filepath.Join(dir, "staging"))
				if r.code == exitLocked {
					locked++
					time.Sleep(500 * time.Millisecond)
					continue
				}
				if r.code != 0 {
					t.Fatalf("round %d, rerun of shard %d: exit %d\n%s", round, victim, r.code, r.stderr)
				}
				break
			}
		}
		for i, cmd := range cmds {
			if round < kills && i == victim {
				continue
			}
			if err := cmd.Wait(); err != nil {
				t.Fatalf("round %d, shard %d: %v\n%s", round, i, err, cmd.Stderr)
			}
		}
		if round == kills {
			break
		}
		t.Logf("round %d: shard %d killed with %d _SUCCESS objects in the bucket; its rerun was locked out %d times, then succeeded",
			round, victim, published, locked)
		if bad := checkSuccesses(t, backing); bad > 0 {
			t.Fatalf("round %d: %d partitions disagree with their _SUCCESS", round, bad)
		}
		outputtest.SameFiles(t, fmt.Sprintf("round %d, shards on versitygw", round), dataFiles(t, backing), refFiles)
	}
	if bad := checkSuccesses(t, backing); bad > 0 {
		t.Fatalf("%d partitions disagree with their _SUCCESS", bad)
	}
	outputtest.SameFiles(t, "shards on versitygw", dataFiles(t, backing), refFiles)
}

// startVersity starts versitygw on a free 127.0.0.1 port over the posix
// directory root and returns its endpoint.
func startVersity(t *testing.T, gw, root string) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	cmd := exec.Command(gw, "--access", "stance", "--secret", "stance-secret", "--port", addr, "posix", root)
	logs := &strings.Builder{}
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
		if t.Failed() {
			t.Logf("versitygw:\n%s", logs)
		}
	})
	for range 100 {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return "http://" + addr
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("versitygw did not listen on %s:\n%s", addr, logs)
	return ""
}

// countSuccesses counts the _SUCCESS objects under backing.
func countSuccesses(backing string) int {
	n := 0
	filepath.WalkDir(backing, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() == objstore.SuccessName {
			n++
		}
		return nil
	})
	return n
}

// checkSuccesses checks every _SUCCESS under backing against the part
// files beside it and returns the number of partitions that disagree.
func checkSuccesses(t *testing.T, backing string) int {
	t.Helper()
	bad, n := 0, 0
	err := filepath.WalkDir(backing, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != objstore.SuccessName {
			return err
		}
		n++
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var rec objstore.Success
		if err := json.Unmarshal(raw, &rec); err != nil || len(rec.Parts) == 0 {
			t.Errorf("%s: %v (%d parts)", p, err, len(rec.Parts))
			bad++
			return nil
		}
		for _, part := range rec.Parts {
			data, err := os.ReadFile(filepath.Join(filepath.Dir(p), part.Name))
			sum := sha256.Sum256(data)
			if err != nil || int64(len(data)) != part.Size || hex.EncodeToString(sum[:]) != part.SHA256 {
				t.Errorf("%s: part %s disagrees (%v)", filepath.Dir(p), part.Name, err)
				bad++
				break
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("no _SUCCESS found")
	}
	return bad
}
