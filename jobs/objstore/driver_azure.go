//go:build !stance_no_azure

package objstore

import (
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
	azblobblob "github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/blob"

	_ "gocloud.dev/blob/azureblob" // registers azblob:// URLs
)

// The azureblob driver: versions are ETags, and a replace carries If-Match
// in the upload's access conditions.
func init() {
	registerDriver(driverConditions{
		ifMatch: func(as func(any) bool, version string) (bool, error) {
			var opts *azblob.UploadStreamOptions
			if !as(&opts) {
				return false, nil
			}
			etag := azcore.ETag(version)
			if opts.AccessConditions == nil {
				opts.AccessConditions = &azblob.AccessConditions{}
			}
			if opts.AccessConditions.ModifiedAccessConditions == nil {
				opts.AccessConditions.ModifiedAccessConditions = &azblobblob.ModifiedAccessConditions{}
			}
			opts.AccessConditions.ModifiedAccessConditions.IfMatch = &etag
			return true, nil
		},
	})
}
