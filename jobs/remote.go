package jobs

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"gocloud.dev/blob"
	"gocloud.dev/gcerrors"

	"github.com/stance-news/stance/jobs/objstore"
)

// URL outputs and inputs. When --out is a bucket URL (s3://, gs://,
// azblob://) a run stages each partition on local disk exactly as it does
// for a local output, then publishes it with objstore.Publish: _SUCCESS
// deleted, the parts uploaded, _SUCCESS written last with each part's
// SHA-256 and size. The run lock is an object (objstore.Acquire) renewed
// while the run lives. Inputs given as URLs are copied to local disk
// before the scan.

// URLSchemes are the bucket URL schemes --out and --input accept.
var URLSchemes = []string{"s3", "gs", "azblob"}

// DefaultLockTTL is how long a bucket's lock object stays valid without
// renewal; a run renews it every third of that. A run killed without
// releasing it keeps the next run out (exit 75) until it expires.
const DefaultLockTTL = 2 * time.Minute

// lockKey is the lock object of the runs of one shard of an output. Shards
// own disjoint dates, so each has its own lock and they run concurrently;
// runs split into different numbers of shards are not kept apart.
func lockKey(s Shard) string {
	return LockName + "." + shardName(s)
}

// shardName names a shard in lock and manifest keys: "shard-0-of-1" for
// an unsharded run.
func shardName(s Shard) string {
	if s.Count <= 1 {
		return "shard-0-of-1"
	}
	return fmt.Sprintf("shard-%d-of-%d", s.Index, s.Count)
}

// checkURL checks that rawURL uses one of URLSchemes.
func checkURL(what, rawURL string) error {
	scheme := rawURL[:strings.Index(rawURL, "://")]
	for _, s := range URLSchemes {
		if scheme == s {
			return nil
		}
	}
	return fmt.Errorf("%w: %s %s: scheme %q is not one of %s", ErrUsage, what, objstore.Redact(rawURL), scheme, strings.Join(URLSchemes, ", "))
}

// remoteOut is a run's output bucket.
type remoteOut struct {
	url    string
	bucket *blob.Bucket
	pub    objstore.BlobBucket
	lock   *objstore.Lock

	ctx       context.Context // cancelled when the lock is lost
	cancel    context.CancelCauseFunc
	stopRenew chan struct{}
	renewed   sync.WaitGroup
}

// openRemote opens the output bucket of cfg. With runID it also takes the
// run lock and starts renewing it; a lock that another run holds is
// ErrLocked.
func openRemote(ctx context.Context, cfg RunConfig, runID string, log *slog.Logger) (*remoteOut, error) {
	b, err := objstore.Open(ctx, cfg.Out)
	if err != nil {
		return nil, err
	}
	r := &remoteOut{url: cfg.Out, bucket: b, pub: objstore.BlobBucket{B: b}}
	r.ctx, r.cancel = context.WithCancelCause(ctx)
	if runID == "" {
		return r, nil
	}
	ttl := cfg.LockTTL
	if ttl <= 0 {
		ttl = DefaultLockTTL
	}
	key := lockKey(cfg.Shard)
	r.lock, err = objstore.Acquire(ctx, objstore.BlobConditional{B: b}, key, runID, ttl, time.Now)
	if err != nil {
		b.Close()
		if errors.Is(err, objstore.ErrHeld) {
			return nil, fmt.Errorf("%w: %s/%s: %w", ErrLocked, objstore.Redact(cfg.Out), key, err)
		}
		return nil, fmt.Errorf("lock %s/%s: %w", objstore.Redact(cfg.Out), key, err)
	}
	r.stopRenew = make(chan struct{})
	r.renewed.Add(1)
	go r.renew(ttl, log)
	return r, nil
}

// renew renews the lock every third of ttl until stopped. When the lock is
// lost, or cannot be renewed for two thirds of ttl (so that another run
// may take it over soon), it cancels the run's context: nothing more is
// published.
func (r *remoteOut) renew(ttl time.Duration, log *slog.Logger) {
	defer r.renewed.Done()
	t := time.NewTicker(ttl / 3)
	defer t.Stop()
	last := time.Now()
	for {
		select {
		case <-r.stopRenew:
			return
		case <-t.C:
		}
		err := r.lock.Renew(r.ctx)
		if err == nil {
			last = time.Now()
			continue
		}
		log.Warn("could not renew the lock", "err", err)
		if errors.Is(err, objstore.ErrLost) || time.Since(last) > 2*ttl/3 {
			r.cancel(fmt.Errorf("run lock lost: %w", err))
			return
		}
	}
}

// close stops the renewal, releases the lock (so the next run need not
// wait for it to expire) and closes the bucket.
func (r *remoteOut) close(log *slog.Logger) {
	if r.lock != nil {
		close(r.stopRenew)
		r.renewed.Wait()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		if err := r.lock.Release(ctx); err != nil {
			log.Warn("could not release the lock", "err", err)
		}
		cancel()
	}
	r.cancel(nil)
	r.bucket.Close()
}

// publishDir publishes the staged partition directory dir as prefix: the
// part files of formats, then its _SUCCESS with rec.
func (r *remoteOut) publishDir(prefix, dir string, formats []string, rec successRecord) error {
	if err := context.Cause(r.ctx); err != nil {
		return fmt.Errorf("publish %s: %w", prefix, err)
	}
	files := make([]string, len(formats))
	for i, f := range formats {
		files[i] = PartFile + "." + f
	}
	return objstore.Publish(r.ctx, r.pub, prefix, dir, files, objstore.Success{
		RunID: rec.RunID, SchemaVersion: rec.SchemaVersion, InputSHA256: rec.InputSHA256, ModelSHA256: rec.ModelSHA256, Rows: rec.Rows,
	})
}

// publishBatch publishes a batch of staged partitions, each table's
// partition on its own, and returns each one's error.
func (r *remoteOut) publishBatch(cfg RunConfig, runID string, batch []*stagedPartition) []error {
	errs := make([]error, len(batch))
	for i, sp := range batch {
		for t, table := range DataTables {
			w := sp.writers[t]
			rec := successRecord{RunID: runID, SchemaVersion: SchemaVersion, InputSHA256: sp.ps.InputSHA256, ModelSHA256: cfg.Models.SHA256, Rows: w.total}
			prefix := path.Join(table, "date="+sp.date.Format(DateLayout))
			if err := r.publishDir(prefix, w.dir, cfg.Formats, rec); err != nil {
				errs[i] = err
				break
			}
		}
	}
	return errs
}

// upToDate reports whether every table's partition for ps carries a
// _SUCCESS for the same input, models and schema.
func (r *remoteOut) upToDate(ps PartitionSummary, modelSHA string) bool {
	for _, table := range DataTables {
		raw, err := r.pub.Get(r.ctx, path.Join(table, "date="+ps.Date, SuccessName))
		if err != nil {
			return false
		}
		var rec objstore.Success
		if json.Unmarshal(raw, &rec) != nil ||
			rec.InputSHA256 != ps.InputSHA256 || rec.ModelSHA256 != modelSHA || rec.SchemaVersion != SchemaVersion {
			return false
		}
	}
	return true
}

// manifestKey is where a run's manifest goes in a bucket.
func manifestKey(runID string, s Shard) string {
	return path.Join(RunsDir, runID, shardName(s)+".json")
}

// uploadManifest uploads the manifest file written locally at local.
func (r *remoteOut) uploadManifest(local string, runID string, s Shard) error {
	f, err := os.Open(local)
	if err != nil {
		return fmt.Errorf("upload manifest: %w", err)
	}
	defer f.Close()
	// The manifest is uploaded even when the lock was lost: it records
	// what this run did.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.ctx), 5*time.Minute)
	defer cancel()
	if err := r.pub.Put(ctx, manifestKey(runID, s), f); err != nil {
		return fmt.Errorf("upload manifest: %w", err)
	}
	return nil
}

// remoteStaging creates the local staging directory of a run that
// publishes to a bucket, under cfg.Staging or the system's temporary
// directory.
func remoteStaging(cfg RunConfig, runID string) (string, error) {
	root := cfg.Staging
	if root == "" {
		root = os.TempDir()
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", fmt.Errorf("create staging root %s: %w", root, err)
	}
	dir, err := os.MkdirTemp(root, "stance-staging-"+runID+"-")
	if err != nil {
		return "", fmt.Errorf("create staging: %w", err)
	}
	return dir, nil
}

// fetchedInput is an input URL copied to local disk.
type fetchedInput struct {
	url   string // as given, without its query
	local string // the local copy: a directory, or one file
}

// fetchInputs copies the inputs of cfg that are URLs to local directories
// under dir and returns cfg.Inputs with those replaced by their copies,
// and the copies. A URL names one object, or else every object under it
// as a directory ("s3://b/feeds/2024" reads feeds/2024/**); the keys keep
// their names below it, so file names (and the article ids of text files)
// are those of a local copy.
func fetchInputs(ctx context.Context, inputs []string, dir string) ([]string, []fetchedInput, error) {
	out := make([]string, len(inputs))
	var fetched []fetchedInput
	for i, in := range inputs {
		if !objstore.IsURL(in) {
			out[i] = in
			continue
		}
		local := filepath.Join(dir, "input", fmt.Sprint(i))
		got, err := fetchInput(ctx, in, local)
		if err != nil {
			return nil, nil, err
		}
		out[i] = got
		fetched = append(fetched, fetchedInput{url: strings.TrimSuffix(objstore.Redact(in), "/"), local: got})
	}
	return out, fetched, nil
}

// fetchInput copies the object or objects rawURL names under local and
// returns the local path that stands for rawURL.
func fetchInput(ctx context.Context, rawURL, local string) (string, error) {
	name, bucketURL := splitObjectURL(rawURL)
	b, err := objstore.Open(ctx, bucketURL)
	if err != nil {
		return "", fmt.Errorf("%w: input: %w", ErrUsage, err)
	}
	defer b.Close()
	if name != "" {
		if ok, err := b.Exists(ctx, name); err != nil {
			return "", fmt.Errorf("input %s: %w", objstore.Redact(rawURL), err)
		} else if ok {
			file := filepath.Join(local, path.Base(name))
			return file, download(ctx, b, name, file)
		}
	}
	prefix := ""
	if name != "" {
		prefix = name + "/"
	}
	it := b.List(&blob.ListOptions{Prefix: prefix})
	n := 0
	for {
		obj, err := it.Next(ctx)
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("input %s: list: %w", objstore.Redact(rawURL), err)
		}
		rel := strings.TrimPrefix(obj.Key, prefix)
		if obj.IsDir || rel == "" || strings.HasSuffix(rel, "/") {
			continue
		}
		if !filepath.IsLocal(rel) {
			return "", fmt.Errorf("input %s: object key %q does not make a local path", objstore.Redact(rawURL), obj.Key)
		}
		if err := download(ctx, b, obj.Key, filepath.Join(local, filepath.FromSlash(rel))); err != nil {
			return "", fmt.Errorf("input %s: %w", objstore.Redact(rawURL), err)
		}
		n++
	}
	if n == 0 {
		return "", fmt.Errorf("%w: input %s: no such object or prefix", ErrUsage, objstore.Redact(rawURL))
	}
	return local, nil
}

// splitObjectURL splits "s3://bucket/a/b?x=y" into the key "a/b" and the
// bucket's URL "s3://bucket?x=y".
func splitObjectURL(rawURL string) (key, bucketURL string) {
	query := ""
	if i := strings.IndexByte(rawURL, '?'); i >= 0 {
		rawURL, query = rawURL[:i], rawURL[i:]
	}
	rest := rawURL[strings.Index(rawURL, "://")+3:]
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		key = strings.Trim(rest[i+1:], "/")
		rawURL = rawURL[:len(rawURL)-len(rest)+i]
	}
	return key, rawURL + query
}

// download copies the object key of b to the local file dst.
func download(ctx context.Context, b *blob.Bucket, key, dst string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return fmt.Errorf("download %s: %w", key, err)
	}
	r, err := b.NewReader(ctx, key, nil)
	if err != nil {
		if gcerrors.Code(err) == gcerrors.NotFound {
			return fmt.Errorf("download %s: %w", key, os.ErrNotExist)
		}
		return fmt.Errorf("download %s: %w", key, err)
	}
	defer r.Close()
	f, err := os.Create(dst)
	if err != nil {
		return fmt.Errorf("download %s: %w", key, err)
	}
	if _, err := io.Copy(f, r); err != nil {
		f.Close()
		return fmt.Errorf("download %s: %w", key, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("download %s: %w", key, err)
	}
	return nil
}

// pathNamer returns the function that names a local path of a run's
// inputs as the user gave it: a path under a fetched input's copy becomes
// the input's URL and the key below it. It returns nil when no input was
// fetched.
func pathNamer(fetched []fetchedInput) func(string) string {
	if len(fetched) == 0 {
		return nil
	}
	return func(p string) string {
		for _, f := range fetched {
			if p == f.local {
				return f.url
			}
			if rest, ok := strings.CutPrefix(p, f.local+string(filepath.Separator)); ok {
				return f.url + "/" + filepath.ToSlash(rest)
			}
		}
		return p
	}
}

// renamePaths names the paths in a reject (its path and any path its
// detail mentions, such as where a duplicate id was first seen) as the
// user gave them.
func renamePaths(r Reject, fetched []fetchedInput, name func(string) string) Reject {
	r.Path = name(r.Path)
	for _, f := range fetched {
		if strings.Contains(r.Detail, f.local) {
			r.Detail = strings.ReplaceAll(r.Detail, f.local+string(filepath.Separator), f.url+"/")
			r.Detail = strings.ReplaceAll(r.Detail, f.local, f.url)
		}
	}
	return r
}
