// Package s3fake starts an in-process S3-compatible server for tests
// (github.com/johannesboyne/gofakes3 on its in-memory backend, which honours
// If-None-Match: * and If-Match on PutObject) and builds the s3:// URLs
// that reach it through gocloud.dev's s3blob driver.
package s3fake

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
)

// Server is a running fake S3 server.
type Server struct {
	// Endpoint is the server's http://127.0.0.1:port address.
	Endpoint string
	// Backend is the server's storage, for a test to look into.
	Backend *s3mem.Backend
	// Handler serves the S3 API; a test may wrap it to inject faults.
	Handler http.Handler
}

// Start starts a server with the given buckets, stopped when the test
// ends. It sets the AWS environment the SDK needs (static credentials, no
// instance metadata) for this test.
func Start(t testing.TB, buckets ...string) *Server {
	t.Helper()
	backend := s3mem.New()
	for _, b := range buckets {
		if err := backend.CreateBucket(b); err != nil {
			t.Fatalf("create bucket %s: %v", b, err)
		}
	}
	faker := gofakes3.New(backend, gofakes3.WithLogger(gofakes3.DiscardLog()))
	s := &Server{Backend: backend, Handler: faker.Server()}
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { s.Handler.ServeHTTP(w, r) }))
	t.Cleanup(ts.Close)
	s.Endpoint = ts.URL
	for k, v := range Env() {
		t.Setenv(k, v)
	}
	return s
}

// Env is the environment a process needs to reach the server: static
// credentials and no EC2 instance metadata lookups.
func Env() map[string]string {
	return map[string]string{
		"AWS_ACCESS_KEY_ID":         "test",
		"AWS_SECRET_ACCESS_KEY":     "test",
		"AWS_REGION":                "us-east-1",
		"AWS_EC2_METADATA_DISABLED": "true",
	}
}

// URL returns the s3:// URL of bucket/prefix on the server, with the
// parameters s3blob needs for it: the endpoint, path-style addressing,
// plain HTTP, and checksums only where S3 requires them.
func (s *Server) URL(bucket, prefix string) string {
	q := url.Values{}
	q.Set("endpoint", s.Endpoint)
	q.Set("use_path_style", "true")
	q.Set("disable_https", "true")
	q.Set("region", "us-east-1")
	q.Set("request_checksum_calculation", "when_required")
	q.Set("response_checksum_validation", "when_required")
	u := url.URL{Scheme: "s3", Host: bucket, Path: "/" + prefix, RawQuery: q.Encode()}
	if prefix == "" {
		u.Path = ""
	}
	return u.String()
}
