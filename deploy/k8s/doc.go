// Package k8s holds the Kubernetes manifests of stance (backfill.yaml, an
// Indexed Job; nightly.yaml, a CronJob) and the test that decodes them
// strictly into the Kubernetes API types. It is a module of its own so that
// k8s.io/api stays out of the stance binary's go.mod and out of its build.
package k8s
