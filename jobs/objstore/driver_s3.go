//go:build !stance_no_s3

package objstore

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager"

	_ "gocloud.dev/blob/s3blob" // registers s3:// URLs
)

// The s3blob driver: versions are ETags, and a replace carries If-Match on
// the upload (S3 conditional writes).
func init() {
	registerDriver(driverConditions{
		ifMatch: func(as func(any) bool, version string) (bool, error) {
			var in *transfermanager.UploadObjectInput
			if !as(&in) {
				return false, nil
			}
			in.IfMatch = aws.String(version)
			return true, nil
		},
	})
}
