package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stance-news/stance/internal/s3fake"
	"github.com/stance-news/stance/jobs"
	"github.com/stance-news/stance/jobs/objstore"
	"github.com/stance-news/stance/jobs/outputtest"
)

// TestVersityCrash runs three shards at once against a real S3-compatible
// server, versitygw on 127.0.0.1 with its posix backend, reading their
// inputs from one bucket and publishing to another, and SIGKILLs one shard
// per round until STANCE_VERSITY_KILLS runs (default 3) have died of it.
// Each kill waits for a point in the victim's progress, read from the
// server's backing directory, that differs from round to round: holding
// its lock before publishing anything, publishing its first, middle or
// last-but-one data partition (its _SUCCESS deleted, the parts being
// replaced), or publishing its rejects. A run that finishes before its
// kill point is not counted as killed.
//
// After each kill, while the dead shard's dates are still: every _SUCCESS
// of those dates and of the rejects names parts with its sizes and
// SHA-256, and the data parts equal the local reference run's. Then its
// index is rerun at once with --mode missing, as a retried Indexed Job pod
// would be: a rerun must exit 75 while the dead run's lock object has not
// expired and take it over once it has. At the end of each round all
// partitions are checked so, and the shards' union must equal a local
// unsharded run byte for byte. After the last round every data partition
// has a _SUCCESS, and DuckDB (crashcheck.mjs --published, from
// STANCE_DUCKDB_DIR) reads every published partition in the backing
// directory with the reference's row counts.
//
// `make s3-crash` installs versitygw (pinned) and DuckDB and sets
// STANCE_VERSITYGW and STANCE_DUCKDB_DIR; without STANCE_VERSITYGW the
// test is skipped.
func TestVersityCrash(t *testing.T) {
	gw := os.Getenv("STANCE_VERSITYGW")
	if gw == "" {
		t.Skip("STANCE_VERSITYGW not set; `make s3-crash` runs this test")
	}
	if os.Getenv("STANCE_DUCKDB_DIR") == "" {
		t.Fatal("STANCE_DUCKDB_DIR not set; `make s3-crash` sets it, for the DuckDB read-back")
	}
	kills := 3
	if s := os.Getenv("STANCE_VERSITY_KILLS"); s != "" {
		var err error
		if kills, err = strconv.Atoi(s); err != nil || kills < 0 {
			t.Fatalf("STANCE_VERSITY_KILLS=%q: want a count", s)
		}
	}
	start := time.Now()
	dir := t.TempDir()
	in := crashCorpus(t, filepath.Join(dir, "in"), 3, 30)
	ref := filepath.Join(dir, "ref")
	r := stance(t, "", "run", "--input", in, "--out", ref, "--format", "parquet,arrow", "--json")
	if r.code != 0 {
		t.Fatalf("reference run: exit %d\n%s", r.code, r.stderr)
	}
	var refSum jobs.RunSummary
	if err := json.Unmarshal([]byte(r.stdout), &refSum); err != nil {
		t.Fatal(err)
	}
	refFiles := dataFiles(t, ref)
	refRows := partitionRows(refSum)

	root := filepath.Join(dir, "gw")
	for _, bucket := range []string{"feeds", "out"} {
		if err := os.MkdirAll(filepath.Join(root, bucket), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	endpoint := startVersity(t, gw, root)
	for k, v := range s3fake.Env() {
		t.Setenv(k, v)
	}
	t.Setenv("AWS_ACCESS_KEY_ID", "stance")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "stance-secret")
	query := "?endpoint=" + endpoint + "&use_path_style=true&disable_https=true&region=us-east-1"
	inB, err := objstore.Open(context.Background(), "s3://feeds"+query)
	if err != nil {
		t.Fatal(err)
	}
	uploadDir(t, inB, in, "corpus")
	inB.Close()
	inURL, out := "s3://feeds/corpus"+query, "s3://out/tables"+query
	backing := filepath.Join(root, "out", "tables")

	const shards, ttl = 3, 4 * time.Second
	// Each shard's data partitions, "<table>/date=<date>".
	owned := make([][]string, shards)
	for key := range refRows {
		_, date, _ := strings.Cut(key, "/date=")
		d, err := time.Parse(jobs.DateLayout, date)
		if err != nil {
			t.Fatal(err)
		}
		i := jobs.ShardOf(d, shards)
		owned[i] = append(owned[i], key)
	}
	args := func(i int, extra ...string) []string {
		return append([]string{"run", "--input", inURL, "--out", out, "--format", "parquet,arrow", "--json",
			"--shard", fmt.Sprintf("%d/%d", i, shards), "--lock-ttl", ttl.String(), "--staging", filepath.Join(dir, "staging"), "--jobs", "1"},
			extra...)
	}
	isRejects := func(prefix string) bool { return strings.HasPrefix(prefix, jobs.TableRejects+"/") }

	var killed, finished, locked, takeovers, checkedAfterKill, checkedAtEnd, unpublished int
	var final []jobs.RunSummary
	for round := 0; ; round++ {
		if round > 2*kills+5 {
			t.Fatalf("only %d of %d kills landed in %d rounds (%d victims finished before their kill point)", killed, kills, round, finished)
		}
		last := killed == kills
		victim := round % shards
		prevLock, _ := readLock(backing, victim, shards)
		before := successInfos(backing, owned[victim])
		runs := make([]*shardRun, shards)
		for i := range shards {
			runs[i] = startShard(t, args(i)...)
		}
		if last {
			for i, s := range runs {
				<-s.done
				if s.err != nil {
					t.Fatalf("last round, shard %d: %v\n%s", i, s.err, s.stderr.String())
				}
				var sum jobs.RunSummary
				if err := json.Unmarshal(s.stdout.Bytes(), &sum); err != nil {
					t.Fatalf("last round, shard %d: summary: %v", i, err)
				}
				final = append(final, sum)
			}
			checkedAtEnd += checkRound(t, "last round", backing, refFiles)
			break
		}

		// Wait for the victim to take its lock, then for its kill point.
		point, reached := "holding its lock, before publishing", func(string) bool { return true }
		m := len(owned[victim])
		switch kind := round % 5; kind {
		case 1, 2, 3:
			target := max(1, []int{1, (m + 1) / 2, m - 1}[kind-1])
			point = fmt.Sprintf("publishing data partition %d of %d", target, m)
			reached = func(string) bool { return changedSuccesses(backing, owned[victim], before) >= target }
		case 4:
			point = "publishing its rejects"
			reached = func(runID string) bool {
				_, err := os.Stat(filepath.Join(backing, jobs.TableRejects, "run="+runID))
				return err == nil
			}
		}
		victimID, exited := "", false
		for deadline := time.Now().Add(5 * time.Minute); ; {
			select {
			case <-runs[victim].done:
				exited = true
			default:
			}
			if exited {
				break
			}
			if victimID == "" {
				if rec, ok := readLock(backing, victim, shards); ok && rec.RunID != prevLock.RunID && !rec.Expires.IsZero() {
					victimID = rec.RunID
				}
			}
			if victimID != "" && reached(victimID) {
				runs[victim].cmd.Process.Signal(syscall.SIGKILL)
				<-runs[victim].done
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("round %d: shard %d reached neither its kill point (%s) nor its end", round, victim, point)
			}
			time.Sleep(2 * time.Millisecond)
		}
		var ee *exec.ExitError
		switch err := runs[victim].err; {
		case err == nil:
			finished++
			t.Logf("round %d: shard %d finished before its kill point (%s); not counted", round, victim, point)
		case errors.As(err, &ee) && ee.Sys().(syscall.WaitStatus).Signal() == syscall.SIGKILL:
			killed++
		default:
			t.Fatalf("round %d, shard %d: the run failed by itself: %v\n%s", round, victim, err, runs[victim].stderr.String())
		}

		// The dead shard's dates and the rejects are still: check them.
		dead, _ := readLock(backing, victim, shards)
		held := dead.RunID == victimID && !dead.Expires.IsZero()
		missing := 0
		for _, key := range owned[victim] {
			if _, err := os.Stat(filepath.Join(backing, key, jobs.SuccessName)); err != nil {
				missing++
			}
		}
		ownedNow := map[string]bool{}
		for _, key := range owned[victim] {
			ownedNow[key] = true
		}
		n, bad := checkSuccesses(t, backing, refFiles, func(prefix string) bool { return ownedNow[prefix] || isRejects(prefix) })
		if bad > 0 {
			t.Fatalf("round %d: after the kill, %d partitions disagree with their _SUCCESS", round, bad)
		}
		checkedAfterKill += n
		unpublished += missing

		// Rerun the index: exit 75 only before the dead run's lock
		// expires, success only after.
		lockedOut := 0
		for attempt := 0; ; attempt++ {
			if attempt == 10 {
				t.Fatalf("round %d: shard %d's rerun locked out %d times", round, victim, lockedOut)
			}
			t0 := time.Now()
			r := stance(t, "", args(victim, "--mode", "missing")...)
			t1 := time.Now()
			if r.code == exitLocked {
				if !held || t0.After(dead.Expires) {
					t.Errorf("round %d: a rerun started at %s exited 75, but the dead run's lock (%+v) had expired or was released",
						round, t0.UTC().Format(time.RFC3339Nano), dead)
				}
				lockedOut++
				time.Sleep(time.Until(dead.Expires)) // then it must take the lock over
				continue
			}
			if r.code != 0 {
				t.Fatalf("round %d, rerun of shard %d: exit %d\n%s", round, victim, r.code, r.stderr)
			}
			if held && t1.Before(dead.Expires) {
				t.Errorf("round %d: a rerun took the dead run's lock before it expired at %s", round, dead.Expires.Format(time.RFC3339Nano))
			}
			var sum jobs.RunSummary
			if err := json.Unmarshal([]byte(r.stdout), &sum); err != nil {
				t.Fatalf("round %d, rerun: summary: %v", round, err)
			}
			if rec, _ := readLock(backing, victim, shards); rec.RunID != sum.RunID || !rec.Expires.IsZero() {
				t.Errorf("round %d: after the rerun %s the lock object holds %+v, want that run's, released", round, sum.RunID, rec)
			}
			if held {
				takeovers++
			}
			break
		}
		locked += lockedOut
		for i, s := range runs {
			if i == victim {
				continue
			}
			<-s.done
			if s.err != nil {
				t.Fatalf("round %d, shard %d: %v\n%s", round, i, s.err, s.stderr.String())
			}
		}
		t.Logf("round %d: shard %d killed %s (%d of its %d data partitions without _SUCCESS, %d partitions checked); rerun locked out %d times, then took over the lock: %v",
			round, victim, point, missing, m, n, lockedOut, held)
		checkedAtEnd += checkRound(t, fmt.Sprintf("round %d", round), backing, refFiles)
	}

	// Every data partition is published; DuckDB reads them all.
	n, bad := checkSuccesses(t, backing, refFiles, func(prefix string) bool { return !isRejects(prefix) })
	if n != len(refRows) || bad > 0 {
		t.Errorf("%d data partitions with a _SUCCESS (%d disagreeing), reference %d", n, bad, len(refRows))
	}
	res := duckdbRead(t, true, backing)[backing]
	finalRejects := map[string]int{}
	totalRejects := 0
	for _, sum := range final {
		finalRejects[path.Join(jobs.TableRejects, "run="+sum.RunID)] = sum.Rejects
		totalRejects += sum.Rejects
	}
	if totalRejects != refSum.Rejects {
		t.Errorf("the last round's shards rejected %d inputs, the reference run %d", totalRejects, refSum.Rejects)
	}
	dataParts, rejectParts, dataRows, rejectRows, refTotal := 0, 0, 0, 0, 0
	for _, n := range refRows {
		refTotal += n
	}
	for part, n := range res.Rows {
		if !isRejects(part) {
			dataParts++
			dataRows += n
			if want, ok := refRows[part]; !ok || n != want {
				t.Errorf("DuckDB: %s has %d rows, reference %d", part, n, want)
			}
			continue
		}
		rejectParts++
		rejectRows += n
		want, ok := finalRejects[part]
		if !ok {
			rec, err := readSuccess(filepath.Join(backing, part))
			if err != nil {
				t.Errorf("DuckDB read %s: %v", part, err)
				continue
			}
			want = rec.Rows
		}
		if n != want {
			t.Errorf("DuckDB: %s has %d rows, its run wrote %d", part, n, want)
		}
		delete(finalRejects, part)
	}
	if dataParts != len(refRows) || len(finalRejects) > 0 {
		t.Errorf("DuckDB read %d data partitions, reference %d; the last round's rejects it did not read: %v", dataParts, len(refRows), finalRejects)
	}
	for _, part := range res.Skipped {
		if !isRejects(part) {
			t.Errorf("DuckDB skipped %s: no _SUCCESS", part)
		}
	}
	t.Logf("%d runs killed, %d finished before their kill point; reruns locked out %d times, %d expired locks taken over; "+
		"partitions checked against their _SUCCESS: %d right after the kills (%d data partitions found without one), %d at the ends of the rounds, %d disagreeing; took %v",
		killed, finished, locked, takeovers, checkedAfterKill, unpublished, checkedAtEnd, bad, time.Since(start).Round(time.Second))
	t.Logf("DuckDB read the published partitions on versitygw: %d data partitions, %d rows (reference %d partitions, %d rows), "+
		"and %d rejects partitions, %d rows (%d rejects partitions of killed runs skipped without _SUCCESS)",
		dataParts, dataRows, len(refRows), refTotal, rejectParts, rejectRows, len(res.Skipped))
	if kills > 0 && (locked == 0 || takeovers == 0) {
		t.Errorf("no rerun was locked out (%d) or took over an expired lock (%d): the lock was not exercised", locked, takeovers)
	}
}

// shardRun is a `stance run` started in the background.
type shardRun struct {
	cmd            *exec.Cmd
	stdout, stderr bytes.Buffer
	done           chan struct{} // closed when it has exited
	err            error         // its exit, once done
}

func startShard(t *testing.T, args ...string) *shardRun {
	t.Helper()
	s := &shardRun{cmd: exec.Command(binary, args...), done: make(chan struct{})}
	s.cmd.Stdout, s.cmd.Stderr = &s.stdout, &s.stderr
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		s.err = s.cmd.Wait()
		close(s.done)
	}()
	t.Cleanup(func() {
		s.cmd.Process.Kill()
		<-s.done
	})
	return s
}

// checkRound checks every partition in the backing directory against its
// _SUCCESS and the tables against the reference, byte for byte, and
// returns the number of partitions checked.
func checkRound(t *testing.T, what, backing string, refFiles map[string][]byte) (checked int) {
	t.Helper()
	checked, bad := checkSuccesses(t, backing, refFiles, func(string) bool { return true })
	if bad > 0 {
		t.Fatalf("%s: %d partitions disagree with their _SUCCESS", what, bad)
	}
	outputtest.SameFiles(t, what+", shards on versitygw", dataFiles(t, backing), refFiles)
	if t.Failed() {
		t.FailNow()
	}
	return checked
}

// lockState is the lock object's record.
type lockState struct {
	RunID   string    `json:"run_id"`
	Expires time.Time `json:"expires"`
}

// readLock reads shard i's lock object in the backing directory.
func readLock(backing string, i, n int) (lockState, bool) {
	var rec lockState
	raw, err := os.ReadFile(filepath.Join(backing, fmt.Sprintf("%s.shard-%d-of-%d", jobs.LockName, i, n)))
	if err != nil || json.Unmarshal(raw, &rec) != nil {
		return lockState{}, false
	}
	return rec, true
}

// successInfos stats the _SUCCESS of each partition key ("<table>/<partition>").
func successInfos(backing string, keys []string) []fs.FileInfo {
	infos := make([]fs.FileInfo, len(keys))
	for i, key := range keys {
		infos[i], _ = os.Stat(filepath.Join(backing, key, jobs.SuccessName))
	}
	return infos
}

// changedSuccesses counts the partitions among keys whose _SUCCESS has
// appeared, gone or been replaced since before was taken. A publish deletes
// _SUCCESS first, so a partition counts from the moment its publishing
// starts (or, the first time, ends). A replaced _SUCCESS can get the inode
// of the one deleted, so its modification time is compared too.
func changedSuccesses(backing string, keys []string, before []fs.FileInfo) int {
	n := 0
	for i, fi := range successInfos(backing, keys) {
		was := before[i]
		if (fi == nil) != (was == nil) || fi != nil && (!os.SameFile(fi, was) || !fi.ModTime().Equal(was.ModTime())) {
			n++
		}
	}
	return n
}

// readSuccess reads the _SUCCESS of the partition directory dir.
func readSuccess(dir string) (objstore.Success, error) {
	var rec objstore.Success
	raw, err := os.ReadFile(filepath.Join(dir, objstore.SuccessName))
	if err != nil {
		return rec, err
	}
	if err := json.Unmarshal(raw, &rec); err != nil {
		return rec, err
	}
	return rec, nil
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
		if t.Failed() { // the end of its log: one line per request
			lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
			t.Logf("versitygw, the last %d of %d log lines:\n%s", min(len(lines), 40), len(lines), strings.Join(lines[max(0, len(lines)-40):], "\n"))
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

// checkSuccesses checks the _SUCCESS of every partition under backing
// whose prefix ("<table>/<partition>") keep accepts: it must name the
// Parquet and Arrow parts, with the sizes and SHA-256 of the files beside
// it, and a data table's parts must equal the reference's files. It
// returns the number of partitions checked and of those that disagree,
// each reported as an error of t.
func checkSuccesses(t *testing.T, backing string, refFiles map[string][]byte, keep func(prefix string) bool) (checked, bad int) {
	t.Helper()
	wantParts := []string{jobs.PartFile + ".arrow", jobs.PartFile + ".parquet"}
	err := filepath.WalkDir(backing, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != objstore.SuccessName {
			return err
		}
		rel, _ := filepath.Rel(backing, filepath.Dir(p))
		prefix := filepath.ToSlash(rel)
		if !keep(prefix) {
			return nil
		}
		checked++
		rec, err := readSuccess(filepath.Dir(p))
		var names []string
		for _, part := range rec.Parts {
			names = append(names, part.Name)
		}
		slices.Sort(names)
		if err != nil || !slices.Equal(names, wantParts) {
			t.Errorf("%s/_SUCCESS: %v, parts %v", prefix, err, names)
			bad++
			return nil
		}
		data := !strings.HasPrefix(prefix, jobs.TableRejects+"/")
		for _, part := range rec.Parts {
			b, err := os.ReadFile(filepath.Join(filepath.Dir(p), part.Name))
			sum := sha256.Sum256(b)
			if err != nil || int64(len(b)) != part.Size || hex.EncodeToString(sum[:]) != part.SHA256 {
				t.Errorf("%s: part %s disagrees with _SUCCESS (%v)", prefix, part.Name, err)
				bad++
				break
			}
			if ref, ok := refFiles[filepath.Join(rel, part.Name)]; data && (!ok || !bytes.Equal(b, ref)) {
				t.Errorf("%s: part %s differs from the reference run's", prefix, part.Name)
				bad++
				break
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return checked, bad
}
