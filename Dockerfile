# The stance image: a static binary on distroless, run as a non-root user.
# Build from the repository root (no Docker engine runs where this was
# written, so this file is checked only by the test in deploy/k8s):
#
#   docker build --build-arg VERSION=$(git describe --always --dirty) -t IMAGE .
#
# The models, the party registry and the VADER lexicon are embedded in the
# binary (go:embed), so the image holds nothing else.

# The Go version of go.mod's go line (deploy/k8s checks that they agree).
FROM golang:1.26.8 AS build
WORKDIR /src
# Dependencies first, so that a change to the sources reuses this layer.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# .dockerignore leaves .git out, so the version comes from the build
# argument, as `make build` sets it.
ARG VERSION=dev
# CGO_ENABLED=0: a static binary, which the static distroless image (no C
# library) needs. go build applies cmd/stance/default.pgo, as make build does.
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-X main.version=${VERSION}" -o /stance ./cmd/stance

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /stance /stance
# 65532:65532, the image's nonroot user; the Kubernetes manifests run as it.
USER nonroot:nonroot
ENTRYPOINT ["/stance"]
