package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stance-news/stance/analysis/parties"
	"github.com/stance-news/stance/analysis/segment"
	"github.com/stance-news/stance/jobs"
	"github.com/stance-news/stance/models/training"
)

// The matcher check: a random sample of the default matcher's mentions,
// for a reader to mark right or wrong (precision), and a random sample of
// sentences, for a reader to mark every mention in without seeing the
// matcher's (recall). Both are drawn from real news the labels never
// touched: the Wikinews pool and the NewsMTSC train sentences, less every
// sentence of models/labels.
//
//	go run ./cmd/labelprep -check-draw /tmp/matchcheck
//	go run ./cmd/labelprep -check-collect /tmp/matchcheck -check-out models/labels/matchcheck.tsv

// checkSentence is one sentence of the check's pool.
type checkSentence struct {
	Source, DocID, Date string
	SentStart, SentEnd  int // code points into the article (0 and the length for NewsMTSC)
	Text                string
	Found               []parties.Mention
}

func (s checkSentence) ref() string {
	return fmt.Sprintf("%s\t%s\t%d\t%d", s.Source, s.DocID, s.SentStart, s.SentEnd)
}

// checkPool reads every sentence of the pool and matches it with reg's
// matcher.
func checkPool(shared, labelsPath string, reg *parties.Registry) ([]checkSentence, error) {
	labelled, err := labelledSentences(labelsPath)
	if err != nil {
		return nil, err
	}
	m := parties.NewMatcher(reg)
	seg := segment.New()
	var pool []checkSentence
	arts, err := readArticles(shared)
	if err != nil {
		return nil, err
	}
	for _, a := range arts {
		date, err := time.Parse("2006-01-02", a.Date)
		if err != nil {
			return nil, fmt.Errorf("%s: date: %w", a.ID, err)
		}
		var art parties.Article
		for _, sp := range seg.Split(a.Text) {
			s := checkSentence{Source: "wikinews", DocID: a.ID, Date: a.Date, SentStart: sp.Start, SentEnd: sp.End,
				Text: a.Text[sp.ByteStart:sp.ByteEnd]}
			// Every sentence is matched, in order, as the batch matches
			// them, so that office holders introduced earlier count.
			found := m.AppendMatchArticle(nil, s.Text, date, &art)
			if labelled[s.ref()] || strings.TrimSpace(s.Text) == "" {
				continue
			}
			s.Found = found
			pool = append(pool, s)
		}
	}
	if err := eachMTSC(shared, func(x mtsc) error {
		// The key, not the gid: it holds no shared text, and the label
		// file names its NewsMTSC sentences by it.
		s := checkSentence{Source: "newsmtsc", DocID: training.NewsMTSCKey(x.GID), SentEnd: len([]rune(x.Sentence)), Text: x.Sentence}
		if labelled[s.ref()] {
			return nil
		}
		s.Found = m.Match(s.Text, time.Time{})
		pool = append(pool, s)
		return nil
	}); err != nil {
		return nil, err
	}
	sort.SliceStable(pool, func(i, j int) bool { return pool[i].ref() < pool[j].ref() })
	return pool, nil
}

// labelledSentences returns the references of every sentence in the label
// file, either split.
func labelledSentences(path string) (map[string]bool, error) {
	rows, err := training.ReadLabels(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, r := range rows {
		out[fmt.Sprintf("%s\t%s\t%d\t%d", r.Source, r.DocID, r.SentStart, r.SentEnd)] = true
	}
	return out, nil
}

// checkDraw writes the two samples to dir: mentions.tsv (nMentions of the
// matcher's mentions, the span marked [[ ]] in its sentence) and
// sentences.tsv (nSentences sentences, without the matcher's mentions),
// with what a reader needs beside them (readerFiles), plus keys.json, which
// ties each item to its place in the shared data and holds the matcher's
// mentions of the sentences; the reader must not open it.
func checkDraw(shared, labelsPath, dir string, seed uint64, nMentions, nSentences int) error {
	mods, err := jobs.LoadModels(jobs.ModelOptions{})
	if err != nil {
		return err
	}
	pool, err := checkPool(shared, labelsPath, mods.Registry)
	if err != nil {
		return err
	}
	type ment struct{ s, k int }
	var ments []ment
	for i, s := range pool {
		for k := range s.Found {
			ments = append(ments, ment{i, k})
		}
	}
	r := rand.New(rand.NewPCG(seed, 0xc4ec))
	r.Shuffle(len(ments), func(i, j int) { ments[i], ments[j] = ments[j], ments[i] })
	sents := r.Perm(len(pool))
	if len(ments) < nMentions || len(pool) < nSentences {
		return fmt.Errorf("pool too small: %d mentions, %d sentences", len(ments), len(pool))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	keys := checkKeys{Pool: len(pool), PoolMentions: len(ments)}
	var mb, sb strings.Builder
	mb.WriteString("item\tdate\tparty\tparty_name\tsentence\n")
	for n, mm := range ments[:nMentions] {
		s, f := pool[mm.s], pool[mm.s].Found[mm.k]
		marked := s.Text[:f.ByteStart] + "[[" + s.Text[f.ByteStart:f.ByteEnd] + "]]" + s.Text[f.ByteEnd:]
		item := fmt.Sprintf("m%03d", n+1)
		fmt.Fprintf(&mb, "%s\t%s\t%s\t%s\t%s\n", item, s.Date, f.Party, f.Name, oneLine(marked))
		keys.Mentions = append(keys.Mentions, checkKey{Item: item, Ref: s.ref(), From: f.Start, To: f.End, Party: f.Party, Role: f.Role})
	}
	sb.WriteString("item\tdate\tsentence\n")
	for n, i := range sents[:nSentences] {
		s := pool[i]
		item := fmt.Sprintf("s%03d", n+1)
		fmt.Fprintf(&sb, "%s\t%s\t%s\n", item, s.Date, oneLine(s.Text))
		k := checkKey{Item: item, Ref: s.ref()}
		for _, f := range s.Found {
			k.Found = append(k.Found, checkKey{From: f.Start, To: f.End, Party: f.Party, Role: f.Role})
		}
		keys.Sentences = append(keys.Sentences, k)
	}
	kb, err := json.MarshalIndent(keys, "", " ")
	if err != nil {
		return err
	}
	files, err := readerFiles(shared, mods.Registry)
	if err != nil {
		return err
	}
	files["mentions.tsv"], files["sentences.tsv"], files["keys.json"] = []byte(mb.String()), []byte(sb.String()), kb
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("pool: %d sentences, %d mentions; drew %d mentions and %d sentences into %s\n", len(pool), len(ments), nMentions, nSentences, dir)
	return nil
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// checkKeys ties the check's items to the shared data.
type checkKeys struct {
	Pool, PoolMentions int
	Mentions           []checkKey
	Sentences          []checkKey
}

type checkKey struct {
	Item  string     `json:",omitempty"`
	Ref   string     `json:",omitempty"` // source, doc id, sentence start and end, tab-separated
	From  int        // code points into the sentence
	To    int        //
	Party string     `json:",omitempty"`
	Role  string     `json:",omitempty"`
	Found []checkKey `json:",omitempty"`
}

// checkCollect scores today's matcher against the reader's verdicts from dir (mentions.judged.tsv:
// item, yes or no, note; sentences.judged.tsv: item, surface, party, note,
// one row per mention the reader found, "Australian#2" for the second
// whole-word occurrence, and a row with an empty surface for a sentence
// without any), prints precision and recall with every error,
// and writes the verdicts as references without text to out.
func checkCollect(shared, labelsPath, dir, out string) error {
	raw, err := os.ReadFile(filepath.Join(dir, "keys.json"))
	if err != nil {
		return err
	}
	var keys checkKeys
	if err := json.Unmarshal(raw, &keys); err != nil {
		return err
	}
	mods, err := jobs.LoadModels(jobs.ModelOptions{})
	if err != nil {
		return err
	}
	pool, err := checkPool(shared, labelsPath, mods.Registry)
	if err != nil {
		return err
	}
	byRef := map[string]checkSentence{}
	for _, s := range pool {
		byRef[s.ref()] = s
	}
	mj, err := readTSV(filepath.Join(dir, "mentions.judged.tsv"))
	if err != nil {
		return err
	}
	// The recall verdicts may come later than the precision ones.
	sj, err := readTSV(filepath.Join(dir, "sentences.judged.tsv"))
	if errors.Is(err, os.ErrNotExist) {
		keys.Sentences, err = nil, nil
	}
	if err != nil {
		return err
	}
	var rows []string
	hash := func(ref string, from, to int) string {
		rs := []rune(byRef[ref].Text)
		return training.SurfaceDigest(string(rs[from:to]))
	}
	// Precision.
	verdict := map[string]string{}
	for _, r := range mj {
		if len(r) < 2 || r[1] != "yes" && r[1] != "no" {
			return fmt.Errorf("mentions.judged.tsv: bad row %q", r)
		}
		verdict[r[0]] = r[1]
	}
	// The sample was drawn from the matcher of the draw; a mention today's
	// matcher no longer finds leaves the sample (the rest is still a uniform
	// sample of today's mentions, as long as the matcher only lost some).
	right, gone, goneFalse := 0, 0, 0
	var falses []string
	for _, k := range keys.Mentions {
		v, ok := verdict[k.Item]
		if !ok {
			return fmt.Errorf("mentions.judged.tsv: no verdict for %s", k.Item)
		}
		s, ok := byRef[k.Ref]
		if !ok {
			return fmt.Errorf("%s: sentence %q is not in the pool", k.Item, k.Ref)
		}
		still := false
		for _, f := range s.Found {
			still = still || f.Party == k.Party && f.Start == k.From && f.End == k.To
		}
		if !still {
			gone++
			if v == "no" {
				goneFalse++
			}
			rows = append(rows, fmt.Sprintf("precision\t%s\t%s\t%d\t%d\t%s\t%s-not-found-now\t%s", k.Item, k.Ref, k.From, k.To, k.Party, v, hash(k.Ref, k.From, k.To)))
			continue
		}
		if v == "yes" {
			right++
		} else {
			rs := []rune(byRef[k.Ref].Text)
			falses = append(falses, fmt.Sprintf("  %s %s %q (%s) in: %s", k.Item, k.Party, string(rs[k.From:k.To]), k.Role, oneLine(byRef[k.Ref].Text)))
		}
		rows = append(rows, fmt.Sprintf("precision\t%s\t%s\t%d\t%d\t%s\t%s\t%s", k.Item, k.Ref, k.From, k.To, k.Party, v, hash(k.Ref, k.From, k.To)))
	}
	found, total, exact, misses, recallRows, err := scoreRecall(keys.Sentences, byRef, sj)
	if err != nil {
		return err
	}
	rows = append(rows, recallRows...)
	n := len(keys.Mentions) - gone
	fmt.Printf("precision: %d of %d sampled mentions right = %.3f (pool at the draw: %d mentions in %d sentences; %d sampled mentions, %d of them judged wrong, are no longer found)\n",
		right, n, float64(right)/float64(max(n, 1)), keys.PoolMentions, keys.Pool, gone, goneFalse)
	fmt.Println(strings.Join(falses, "\n"))
	fmt.Printf("recall: %d of %d mentions in %d sampled sentences found = %.3f (%d with the same span)\n", found, total, len(keys.Sentences), float64(found)/float64(max(total, 1)), exact)
	fmt.Println(strings.Join(misses, "\n"))
	if out == "" {
		return nil
	}
	head := "# The matcher check (go run ./cmd/labelprep -check-collect): each sampled mention's verdict (precision)\n" +
		"# and each mention a reader found in the sampled sentences, found or missed by the matcher (recall).\n" +
		"# References only: source, doc id, sentence start and end (code points), mention from and to (code\n" +
		"# points in the sentence), party, verdict, first 8 hex digits of the SHA-256 of the mention's text.\n" +
		"# A NewsMTSC sentence's doc id is its training.NewsMTSCKey: its gid holds the target's words.\n" +
		"kind\titem\tsource\tdoc_id\tsent_start\tsent_end\tfrom\tto\tparty\tverdict\tsurface_sha256\n"
	return os.WriteFile(out, []byte(head+strings.Join(rows, "\n")+"\n"), 0o644)
}

// scoreRecall compares the reader's mentions of each sampled sentence (sj)
// with today's matcher: a reader's mention is found when the matcher has a
// mention of the same party overlapping it. It returns the counts, the
// misses for printing and the rows for the verdicts file.
func scoreRecall(sents []checkKey, byRef map[string]checkSentence, sj [][]string) (found, total, exact int, misses, rows []string, err error) {
	gold := map[string][][]string{}
	for _, r := range sj {
		if len(r) < 3 {
			return 0, 0, 0, nil, nil, fmt.Errorf("sentences.judged.tsv: bad row %q", r)
		}
		gold[r[0]] = append(gold[r[0]], r)
	}
	for _, k := range sents {
		g, ok := gold[k.Item]
		if !ok {
			return 0, 0, 0, nil, nil, fmt.Errorf("sentences.judged.tsv: no row for %s", k.Item)
		}
		s := byRef[k.Ref]
		k.Found = nil // today's matcher, not the draw's
		for _, f := range s.Found {
			k.Found = append(k.Found, checkKey{From: f.Start, To: f.End, Party: f.Party})
		}
		used := map[string]int{}
		for _, r := range g {
			surface, party := r[1], r[2]
			if surface == "" {
				continue
			}
			text, nth := occurrence(surface, used[surface])
			from, to, ok := nthIndex(s.Text, text, nth)
			if !ok {
				return 0, 0, 0, nil, nil, fmt.Errorf("%s: %q is not in the sentence", k.Item, surface)
			}
			used[surface]++
			surface = text
			total++
			hit, same := false, false
			for _, f := range k.Found {
				if f.Party == party && f.From < to && from < f.To {
					hit, same = true, f.From == from && f.To == to
				}
			}
			v := "missed"
			if hit {
				found++
				v = "found"
				if same {
					exact++
				}
			} else {
				misses = append(misses, fmt.Sprintf("  %s %s %q in: %s", k.Item, party, surface, oneLine(s.Text)))
			}
			rows = append(rows, fmt.Sprintf("recall\t%s\t%s\t%d\t%d\t%s\t%s\t%s", k.Item, k.Ref, from, to, party, v, training.SurfaceDigest(surface)))
		}
	}
	return found, total, exact, misses, rows, nil
}

// nthIndex returns the code-point span of the n-th (from 0) whole-word
// occurrence of sub in s: "New Zealand" is not found in "New Zealanders".
func nthIndex(s, sub string, n int) (from, to int, ok bool) {
	off := 0
	for {
		i := strings.Index(s[off:], sub)
		if i < 0 || sub == "" {
			return 0, 0, false
		}
		start, end := off+i, off+i+len(sub)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		whole := !(start > 0 && unicode.IsLetter(before)) && !(end < len(s) && unicode.IsLetter(after))
		if whole && n == 0 {
			from = len([]rune(s[:start]))
			return from, from + len([]rune(sub)), true
		}
		if whole {
			n--
		}
		off = start + len(sub)
	}
}

// occurrence splits a reader's surface "Australian#2" into the text and
// which occurrence it is, from 0 ("Australian", 1); without "#N", the next
// one not yet used.
func occurrence(surface string, used int) (string, int) {
	if i := strings.LastIndex(surface, "#"); i > 0 {
		if n, err := strconv.Atoi(surface[i+1:]); err == nil && n > 0 {
			return surface[:i], n - 1
		}
	}
	return surface, used
}

// readTSV reads a tab-separated file, skipping a header row that starts
// with "item".
func readTSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	br := bufio.NewReader(f)
	for {
		line, err := br.ReadString('\n')
		if line = strings.TrimRight(line, "\r\n"); line != "" && !strings.HasPrefix(line, "item\t") {
			out = append(out, strings.Split(line, "\t"))
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
}

// readerFiles returns the files a reader of the check needs beside the
// items: the annotation guidelines (GUIDELINES.md) and the organisations
// of reg's party list (ORGANISATIONS.txt: id, kind, name).
func readerFiles(shared string, reg *parties.Registry) (map[string][]byte, error) {
	guide, err := os.ReadFile(filepath.Join(shared, "country-dev", "GUIDELINES.md"))
	if err != nil {
		return nil, err
	}
	var ob strings.Builder
	for _, p := range reg.Parties() {
		if p.Kind == parties.KindOrganisation {
			fmt.Fprintf(&ob, "%-11s %-13s %s\n", p.ID, p.Kind, p.Name)
		}
	}
	return map[string][]byte{"GUIDELINES.md": guide, "ORGANISATIONS.txt": []byte(ob.String())}, nil
}
