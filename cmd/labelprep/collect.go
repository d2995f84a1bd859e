package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/stance-news/stance/models/training"
)

// annotation is one annotator line: a candidate ("c3") or an added
// mention ("+", with its surface and party).
type annotation struct {
	item, cand, surface, party, label string
}

// key identifies a mention across annotators: the candidate, or for an
// added mention its surface (with any #k) and party.
func (a annotation) key() string {
	if a.cand == "+" {
		return a.item + "\t+" + a.surface + "\t" + a.party
	}
	return a.item + "\t" + a.cand
}

var labelNames = map[string]string{"neg": training.LabelNeg, "neu": training.LabelNeu, "pos": training.LabelPos, "no": training.LabelNone, "none": training.LabelNone}

func readAnnotations(glob string) (map[string]annotation, []string, error) {
	files, err := filepath.Glob(glob)
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(files)
	out := map[string]annotation{}
	var order []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, nil, err
		}
		sc := bufio.NewScanner(fh)
		line := 0
		for sc.Scan() {
			line++
			t := strings.TrimRight(sc.Text(), "\r ")
			if t == "" {
				continue
			}
			fs := strings.Split(t, "\t")
			if len(fs) != 5 {
				fh.Close()
				return nil, nil, fmt.Errorf("%s:%d: %d fields", f, line, len(fs))
			}
			a := annotation{item: fs[0], cand: fs[1], surface: fs[2], party: fs[3], label: labelNames[fs[4]]}
			if a.label == "" {
				fh.Close()
				return nil, nil, fmt.Errorf("%s:%d: label %q", f, line, fs[4])
			}
			k := a.key()
			if _, dup := out[k]; !dup {
				order = append(order, k)
			}
			out[k] = a
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return nil, nil, err
		}
	}
	return out, order, nil
}

// kappa is Cohen's kappa of paired labels.
func kappa(a, b []string) float64 {
	n := float64(len(a))
	if n == 0 {
		return 0
	}
	agree := 0.0
	ca, cb := map[string]float64{}, map[string]float64{}
	for i := range a {
		if a[i] == b[i] {
			agree++
		}
		ca[a[i]]++
		cb[b[i]]++
	}
	po := agree / n
	pe := 0.0
	for l, x := range ca {
		pe += x / n * cb[l] / n
	}
	if pe == 1 {
		return 1
	}
	return (po - pe) / (1 - pe)
}

// story is the fold and split key of an item (training.LabelledSentence.Doc).
func story(it item) string {
	if it.Source == "wikinews" {
		return it.DocID
	}
	return training.NewsMTSCStory(it.DocID)
}

func isTest(story string, seed uint64) bool {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d\x00%s", seed, story)
	return h.Sum64()%5 == 0
}

// collect joins the annotators' files under dir into the label file at
// labelsPath (first-pass labels, adjudicated where two annotators
// disagreed), writes agreement.tsv and adjudication.tsv beside it and
// disagreements.tsv under dir, and prints the agreement. seed fixes the
// test split. From round 2 on, the new rows follow the rows the label file
// already holds of other articles, and the agreement files are named for the round
// (agreement-r2.tsv).
func collect(dir, labelsPath string, seed uint64, round int) error {
	items, ids, err := readItems(filepath.Join(dir, "items.jsonl"))
	if err != nil {
		return err
	}
	first, order, err := readAnnotations(filepath.Join(dir, "a*", "out", "*.tsv"))
	if err != nil {
		return err
	}
	second, _, err := readAnnotations(filepath.Join(dir, "b1", "out", "*.tsv"))
	if err != nil {
		return err
	}
	adjud, decisions := readAdjudication(filepath.Join(dir, "adjudication.tsv"))
	pairs, err := agreement(dir, first, second)
	if err != nil {
		return err
	}
	final, order := finalLabels(first, second, adjud, order)
	rows, rowOf, err := labelRows(items, ids, final, order, seed)
	if err != nil {
		return err
	}
	suffix := ""
	if round > 1 {
		old, err := training.ReadLabels(labelsPath)
		if err != nil {
			return err
		}
		// Collecting a round again (after its adjudication) replaces
		// the round's rows: they are those of its articles.
		mine := map[string]bool{}
		for _, r := range rows {
			mine[r.Source+"\t"+r.DocID] = true
		}
		kept := old[:0]
		for _, r := range old {
			if !mine[r.Source+"\t"+r.DocID] {
				kept = append(kept, r)
			}
		}
		rows = append(kept, rows...)
		suffix = fmt.Sprintf("-r%d", round)
	}
	if err := training.WriteLabels(labelsPath, rows); err != nil {
		return err
	}
	return writeAgreement(filepath.Dir(labelsPath), suffix, rowOf, pairs, decisions)
}

// readItems reads the drawn sentences, by item id and in file order.
func readItems(path string) (map[string]item, []string, error) {
	items := map[string]item{}
	var ids []string
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var it item
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, nil, err
		}
		items[it.Item] = it
		ids = append(ids, it.Item)
	}
	return items, ids, sc.Err()
}

// readAdjudication reads the adjudicator's file, if there is one: the
// final label of each adjudicated mention, and the decisions with their
// reasons.
func readAdjudication(path string) (map[string]string, []decision) {
	adjud := map[string]string{}
	var decisions []decision
	if raw, err := os.ReadFile(path); err == nil {
		for i, l := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
			fs := strings.Split(l, "\t")
			if i == 0 || len(fs) < 6 {
				continue
			}
			// key fields as in disagreements.tsv: item, cand, surface, party, a, b, final, reason
			k := annotation{item: fs[0], cand: fs[1], surface: fs[2], party: fs[3]}.key()
			if len(fs) >= 7 {
				if l := labelNames[fs[6]]; l != "" {
					adjud[k] = l
					reason := ""
					if len(fs) >= 8 {
						reason = fs[7]
					}
					decisions = append(decisions, decision{key: k, first: fs[4], second: fs[5], final: l, reason: reason})
				}
			}
		}
	}

	return adjud, decisions
}

// agreement measures the agreement of the two annotations on the doubly
// annotated sentences, prints it, writes the disagreements under dir, and
// returns each mention both labelled (key, first label, second label).
func agreement(dir string, first, second map[string]annotation) ([][3]string, error) {
	secondItems := map[string]bool{}
	for _, a := range second {
		secondItems[a.item] = true
	}
	var la, lb, pa, pb, ma, mb []string
	var pairs [][3]string
	var dis strings.Builder
	dis.WriteString("item\tcand\tsurface\tparty\tfirst\tsecond\tfinal\treason\n")
	onlyFirst, onlySecond := 0, 0
	keys := map[string]bool{}
	for k, a := range first {
		if secondItems[a.item] {
			keys[k] = true
		}
	}
	for k := range second {
		keys[k] = true
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		a, okA := first[k]
		b, okB := second[k]
		if !okA || !okB {
			// an added mention only one annotator found: a disagreement on
			// mention-hood, the other annotator's label is "none".
			if okA {
				onlyFirst++
				fmt.Fprintf(&dis, "%s\t%s\t%s\t%s\t%s\t%s\t\t\n", a.item, a.cand, a.surface, a.party, a.label, "(missing)")
			} else {
				onlySecond++
				fmt.Fprintf(&dis, "%s\t%s\t%s\t%s\t%s\t%s\t\t\n", b.item, b.cand, b.surface, b.party, "(missing)", b.label)
			}
			continue
		}
		la, lb = append(la, a.label), append(lb, b.label)
		pairs = append(pairs, [3]string{k, a.label, b.label})
		ma, mb = append(ma, strconv.FormatBool(a.label != training.LabelNone)), append(mb, strconv.FormatBool(b.label != training.LabelNone))
		if a.label != training.LabelNone && b.label != training.LabelNone {
			pa, pb = append(pa, a.label), append(pb, b.label)
		}
		if a.label != b.label {
			fmt.Fprintf(&dis, "%s\t%s\t%s\t%s\t%s\t%s\t\t\n", a.item, a.cand, a.surface, a.party, a.label, b.label)
		}
	}
	agreeP := 0
	for i := range pa {
		if pa[i] == pb[i] {
			agreeP++
		}
	}
	fmt.Printf("double annotation: %d mentions in both files (%d only first, %d only second)\n", len(la), onlyFirst, onlySecond)
	fmt.Printf("  kappa, four labels (neg/neu/pos/none): %.3f\n", kappa(la, lb))
	fmt.Printf("  kappa, mention or not: %.3f\n", kappa(ma, mb))
	fmt.Printf("  kappa, polarity where both say mention: %.3f (n=%d, raw agreement %.1f%%)\n", kappa(pa, pb), len(pa), 100*float64(agreeP)/float64(max(1, len(pa))))
	if err := os.WriteFile(filepath.Join(dir, "disagreements.tsv"), []byte(dis.String()), 0o644); err != nil {
		return nil, err
	}

	return pairs, nil
}

// finalLabels is the first-pass labels, with the second annotator's added
// mentions as "none" and the adjudicated labels in place; order gains the
// added mentions.
func finalLabels(first, second map[string]annotation, adjud map[string]string, order []string) (map[string]annotation, []string) {
	final := map[string]annotation{}
	for k, a := range first {
		final[k] = a
	}
	for k, b := range second {
		if _, ok := final[k]; !ok {
			b.label = training.LabelNone
			final[k] = b
			order = append(order, k)
		}
	}
	for k, l := range adjud {
		if a, ok := final[k]; ok {
			a.label = l
			final[k] = a
		}
	}
	return final, order
}

// labelRows turns the final labels into label-file rows, in item order,
// splitting by story with seed, and maps each mention's key to its row.
func labelRows(items map[string]item, ids []string, final map[string]annotation, order []string, seed uint64) ([]training.LabelRow, map[string]training.LabelRow, error) {
	byItem := map[string][]annotation{}
	for _, k := range order {
		a := final[k]
		byItem[a.item] = append(byItem[a.item], a)
	}
	var rows []training.LabelRow
	rowOf := map[string]training.LabelRow{}
	counts := map[string]int{}
	parties := map[string]bool{}
	skipped := 0
	for _, id := range ids {
		it := items[id]
		split := "train"
		if isTest(story(it), seed) {
			split = "test"
		}
		for _, a := range byItem[id] {
			var from, to int
			surface := a.surface
			if a.cand == "+" {
				var ok bool
				from, to, surface, ok = locate(it.Text, a.surface)
				if !ok {
					fmt.Fprintf(os.Stderr, "%s: added mention %q not found; skipped\n", id, a.surface)
					skipped++
					continue
				}
			} else {
				k, err := strconv.Atoi(strings.TrimPrefix(a.cand, "c"))
				if err != nil || k < 1 || k > len(it.Cands) {
					return nil, nil, fmt.Errorf("%s: candidate %q", id, a.cand)
				}
				c := it.Cands[k-1]
				from, to, surface = c.From, c.To, c.Surface
			}
			docID := it.DocID
			if it.Source == "newsmtsc" {
				docID = training.NewsMTSCKey(it.DocID)
			}
			row := training.LabelRow{Split: split, Source: it.Source, DocID: docID,
				SentStart: it.SentStart, SentEnd: it.SentEnd, From: from, To: to, Party: a.party,
				Label: a.label, Surface: training.SurfaceDigest(surface)}
			rows = append(rows, row)
			rowOf[a.key()] = row
			counts[split+" "+a.label]++
			if a.label != training.LabelNone {
				parties[a.party] = true
			}
		}
	}
	fmt.Printf("labels: %d rows (%d added mentions skipped), %d parties; %v\n", len(rows), skipped, len(parties), counts)
	return rows, rowOf, nil
}

// writeAgreement writes the double annotation and the adjudication into
// dir (agreement<suffix>.tsv, adjudication<suffix>.tsv), by label-file
// coordinates (no text).
func writeAgreement(dir, suffix string, rowOf map[string]training.LabelRow, pairs [][3]string, decisions []decision) error {
	coord := func(k string) string {
		r, ok := rowOf[k]
		if !ok {
			return ""
		}
		return fmt.Sprintf("%s\t%s\t%d\t%d\t%d\t%s", r.Source, r.DocID, r.SentStart, r.From, r.To, r.Party)
	}
	var ag strings.Builder
	ag.WriteString("source\tdoc_id\tsent_start\tfrom\tto\tparty\tfirst\tsecond\n")
	for _, p := range pairs {
		if c := coord(p[0]); c != "" {
			fmt.Fprintf(&ag, "%s\t%s\t%s\n", c, p[1], p[2])
		}
	}
	var ad strings.Builder
	ad.WriteString("source\tdoc_id\tsent_start\tfrom\tto\tparty\tfirst\tsecond\tfinal\treason\n")
	for _, d := range decisions {
		if c := coord(d.key); c != "" {
			fmt.Fprintf(&ad, "%s\t%s\t%s\t%s\t%s\n", c, labelOrMissing(d.first), labelOrMissing(d.second), d.final,
				quoted.ReplaceAllString(d.reason, "$1[…]"))
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "agreement"+suffix+".tsv"), []byte(ag.String()), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "adjudication"+suffix+".tsv"), []byte(ad.String()), 0o644)
}

// quoted matches a phrase in quotes in an adjudicator's reason: the words
// of a shared sentence, which the committed file leaves out.
var quoted = regexp.MustCompile(`(^|[\s(])(?:'[^']+'|"[^"]+"|“[^”]+”)`)

// decision is one adjudicated mention.
type decision struct {
	key, first, second, final, reason string
}

// labelOrMissing maps an annotator file's label to the label file's names,
// keeping "(missing)" and "(g11)" markers.
func labelOrMissing(l string) string {
	if n, ok := labelNames[l]; ok {
		return n
	}
	return l
}

// locate finds "surface" or "surface#k" (the k'th occurrence) in text and
// returns its code-point span and the surface itself.
func locate(text, spec string) (int, int, string, bool) {
	surface, k := spec, 1
	if i := strings.LastIndexByte(spec, '#'); i > 0 {
		if n, err := strconv.Atoi(spec[i+1:]); err == nil && n >= 1 {
			surface, k = spec[:i], n
		}
	}
	at := -1
	for from := 0; k > 0; k-- {
		j := strings.Index(text[from:], surface)
		if j < 0 {
			return 0, 0, "", false
		}
		at = from + j
		from = at + len(surface)
	}
	start := utf8.RuneCountInString(text[:at])
	return start, start + utf8.RuneCountInString(surface), surface, true
}
