package training

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/stance-news/stance/analysis/stance"
)

// Sentinel errors; cmd/stance maps them to exit codes.
var (
	// ErrData reports labelled data (a NewsMTSC-format file, a label file
	// or the shared text it points into) that cannot be read as labelled
	// targets (exit 78, as bad configuration).
	ErrData = errors.New("bad stance data")
	// ErrUsage reports a training or evaluation request that cannot be
	// carried out as given (exit 2).
	ErrUsage = errors.New("usage")
)

// mtscLine is one sentence of a NewsMTSC-format JSONL file.
type mtscLine struct {
	GID      string `json:"primary_gid"`
	Sentence string `json:"sentence_normalized"`
	Targets  []struct {
		From     *int     `json:"from"`
		To       *int     `json:"to"`
		Polarity *float64 `json:"polarity"`
		Mention  string   `json:"mention"`
		Party    *string  `json:"party"`
	} `json:"targets"`
}

// ReadNewsMTSC reads a NewsMTSC-format JSONL file (sentence_normalized and
// targets with code-point offsets from/to and polarity 2.0, 4.0 or 6.0) into
// one example per target, with byte-offset spans and the sentence's other
// targets as Others. A sentence whose targets carry a "party" field (the
// country set) gives DomainCountry examples grouped by party; any other
// sentence gives DomainNews examples, grouped by identical mention text.
func ReadNewsMTSC(path string) ([]stance.Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read stance data: %w", err)
	}
	defer f.Close()
	var out []stance.Example
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Bytes()
		if len(trimSpaceBytes(raw)) == 0 {
			continue
		}
		exs, err := parseNewsMTSCLine(raw)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, exs...)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", path, line+1, err)
	}
	return out, nil
}

// NewsMTSCStory is the story a NewsMTSC sentence id belongs to: its source
// and third field ("allsides_1000_401_25_..." is AllSides story 401, told by
// several outlets; "polusa_v1_113704059_..." is POLUSA article 113704059),
// so that cross-validation keeps a story's sentences together. Ids of
// another shape stand alone.
func NewsMTSCStory(gid string) string {
	f := strings.SplitN(gid, "_", 4)
	if len(f) < 4 {
		return gid
	}
	return f[0] + "_" + f[2]
}

// NewsMTSCKey names a NewsMTSC sentence without its primary_gid, which
// holds words of the sentence: its story, a colon, and the first 12 hex
// digits of the gid's SHA-256 ("allsides_401:3fa29c0d1e7b"). Label files
// and goldens use it, so that they hold no shared text.
func NewsMTSCKey(gid string) string {
	h := sha256.Sum256([]byte(gid))
	return NewsMTSCStory(gid) + ":" + hex.EncodeToString(h[:6])
}

// storyOfKey is the story part of a NewsMTSCKey.
func storyOfKey(key string) string {
	if i := strings.LastIndexByte(key, ':'); i >= 0 {
		return key[:i]
	}
	return key
}

func trimSpaceBytes(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// parseNewsMTSCLine turns one JSONL line into examples.
func parseNewsMTSCLine(raw []byte) ([]stance.Example, error) {
	var l mtscLine
	if err := json.Unmarshal(raw, &l); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrData, err)
	}
	if l.Sentence == "" {
		return nil, fmt.Errorf("%w: missing sentence_normalized", ErrData)
	}
	if !utf8.ValidString(l.Sentence) {
		return nil, fmt.Errorf("%w: sentence_normalized is not valid UTF-8", ErrData)
	}
	// code point index -> byte offset, with one past the end.
	offs := make([]int, 0, len(l.Sentence)+1)
	for i := range l.Sentence {
		offs = append(offs, i)
	}
	offs = append(offs, len(l.Sentence))
	spans := make([]stance.Span, len(l.Targets))
	labels := make([]int, len(l.Targets))
	for i, t := range l.Targets {
		if t.From == nil || t.To == nil || t.Polarity == nil {
			return nil, fmt.Errorf("%w: target %d: from, to and polarity are required", ErrData, i)
		}
		from, to := *t.From, *t.To
		if from < 0 || to < from || to >= len(offs) {
			return nil, fmt.Errorf("%w: target %d: span [%d,%d) outside the sentence (%d code points)",
				ErrData, i, from, to, len(offs)-1)
		}
		spans[i] = stance.Span{Start: offs[from], End: offs[to]}
		switch *t.Polarity {
		case 2:
			labels[i] = 0
		case 4:
			labels[i] = 1
		case 6:
			labels[i] = 2
		default:
			return nil, fmt.Errorf("%w: target %d: polarity %v (want 2.0, 4.0 or 6.0)", ErrData, i, *t.Polarity)
		}
	}
	dom := stance.DomainNews
	for _, t := range l.Targets {
		if t.Party != nil {
			dom = stance.DomainCountry
		}
	}
	out := make([]stance.Example, len(spans))
	for i := range spans {
		group := ""
		if t := l.Targets[i]; t.Party != nil && *t.Party != "" {
			group = "party:" + *t.Party
		} else if dom == stance.DomainNews && groupNewsByText {
			group = "text:" + l.Sentence[spans[i].Start:spans[i].End]
		}
		var others []stance.Span
		for j := range spans {
			if j != i {
				others = append(others, spans[j])
			}
		}
		out[i] = stance.Example{Sentence: l.Sentence, Target: spans[i], Others: others, Label: labels[i],
			Domain: dom, Group: group, ID: fmt.Sprintf("%s#%d", NewsMTSCKey(l.GID), i), Doc: NewsMTSCStory(l.GID)}
	}
	return out, nil
}

// groupNewsByText makes NewsMTSC mentions with identical text in one
// sentence share a label, as same-party mentions do in the batch.
const groupNewsByText = true
