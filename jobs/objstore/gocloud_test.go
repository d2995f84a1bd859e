package objstore

import (
	"context"
	"errors"
	"path"
	"slices"
	"testing"

	"gocloud.dev/blob/memblob"
)

func TestBlobBucketPublishAndConditionalCreate(t *testing.T) {
	ctx := context.Background()
	b := BlobBucket{B: memblob.OpenBucket(nil)}
	defer b.B.Close()
	dir := stage(t, map[string]string{partNames[0]: "parquet", partNames[1]: "arrow"})
	if err := Publish(ctx, b, "articles/date=2024-01-01", dir, partNames, Success{RunID: "r"}); err != nil {
		t.Fatal(err)
	}
	rec, err := Verify(ctx, b, "articles/date=2024-01-01")
	if err != nil || len(rec.Parts) != 2 || rec.Parts[0].Size != int64(len("parquet")) {
		t.Fatalf("published: %+v, %v", rec, err)
	}
	if _, err := Verify(ctx, b, "articles/date=2024-01-02"); !errors.Is(err, ErrNotExist) {
		t.Fatalf("unpublished partition: %v, want ErrNotExist", err)
	}
	if err := b.CreateIfAbsent(ctx, "_lock", []byte("a")); err != nil {
		t.Fatal(err)
	}
	if err := b.CreateIfAbsent(ctx, "_lock", []byte("b")); !errors.Is(err, ErrPrecondition) {
		t.Fatalf("second conditional create: %v, want ErrPrecondition", err)
	}
	if err := b.Delete(ctx, "absent"); err != nil {
		t.Fatalf("delete of an absent object: %v", err)
	}
}

// TestPublishRemovesStaleParts republishes a partition with one format
// fewer on a gocloud bucket: the part no longer written is gone, the
// neighbouring partition (whose prefix starts the same) is untouched, and
// the removal happens after _SUCCESS is deleted.
func TestPublishRemovesStaleParts(t *testing.T) {
	ctx := context.Background()
	b := BlobBucket{B: memblob.OpenBucket(nil)}
	defer b.B.Close()
	both := stage(t, map[string]string{partNames[0]: "parquet", partNames[1]: "arrow"})
	for _, prefix := range []string{"t/date=2024-01-01", "t/date=2024-01-01x"} {
		if err := Publish(ctx, b, prefix, both, partNames, Success{RunID: "r1"}); err != nil {
			t.Fatal(err)
		}
	}
	one := stage(t, map[string]string{partNames[0]: "parquet, again"})
	if err := Publish(ctx, b, "t/date=2024-01-01", one, partNames[:1], Success{RunID: "r2"}); err != nil {
		t.Fatal(err)
	}
	keys, err := b.List(ctx, "t/")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"t/date=2024-01-01/_SUCCESS", "t/date=2024-01-01/" + partNames[0],
		"t/date=2024-01-01x/_SUCCESS", "t/date=2024-01-01x/" + partNames[1], "t/date=2024-01-01x/" + partNames[0],
	}
	if !slices.Equal(keys, want) {
		t.Fatalf("objects after the republish: %v, want %v", keys, want)
	}
	if rec, err := Verify(ctx, b, "t/date=2024-01-01"); err != nil || rec.RunID != "r2" || len(rec.Parts) != 1 {
		t.Fatalf("republished partition: %+v, %v", rec, err)
	}

	// A fault on the removal leaves the partition without _SUCCESS.
	if err := Publish(ctx, failingDeletes{b}, "t/date=2024-01-01x", one, partNames[:1], Success{RunID: "r3"}); !errors.Is(err, errInjected) {
		t.Fatalf("publish with the removal failing: %v", err)
	}
	if _, err := Verify(ctx, b, "t/date=2024-01-01x"); !errors.Is(err, ErrNotExist) {
		t.Fatalf("after a failed removal: %v, want no _SUCCESS", err)
	}
}

// failingDeletes fails the deletion of every object but _SUCCESS.
type failingDeletes struct{ BlobBucket }

func (f failingDeletes) Delete(ctx context.Context, key string) error {
	if path.Base(key) != SuccessName {
		return errInjected
	}
	return f.BlobBucket.Delete(ctx, key)
}
