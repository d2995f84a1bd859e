//go:build !stance_no_gcs

package objstore

import (
	"fmt"
	"strconv"

	"cloud.google.com/go/storage"
	"gocloud.dev/blob"

	_ "gocloud.dev/blob/gcsblob" // registers gs:// URLs
)

// The gcsblob driver: versions are object generations, and a replace is
// conditioned on the generation (ifGenerationMatch), since GCS does not
// condition writes on ETags.
func init() {
	registerDriver(driverConditions{
		version: func(a *blob.Attributes) (string, bool) {
			var attrs storage.ObjectAttrs
			if !a.As(&attrs) {
				return "", false
			}
			return "gen:" + strconv.FormatInt(attrs.Generation, 10), true
		},
		ifMatch: func(as func(any) bool, version string) (bool, error) {
			var obj *storage.ObjectHandle
			if !as(&obj) {
				return false, nil
			}
			gen, err := strconv.ParseInt(version[len("gen:"):], 10, 64)
			if len(version) < len("gen:") || version[:len("gen:")] != "gen:" || err != nil {
				return true, fmt.Errorf("GCS object version %q is not a generation", version)
			}
			*obj = *obj.If(storage.Conditions{GenerationMatch: gen})
			return true, nil
		},
	})
}
