package objstore

import (
	"context"
	"errors"
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
