# stance — build, run on the sample corpus, test.
GO      ?= go
BIN     := bin/stance
OUT     ?= out
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: all build run test test-go test-e2e vet bench manifest clean

all: build

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/stance

manifest:
	$(GO) run ./models/internal/manifestgen

vet:
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

test: vet test-go

test-go:
	$(GO) test -race -count=1 ./...

clean:
	rm -rf bin $(OUT)
