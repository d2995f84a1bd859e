package parties

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// ErrInvalid is wrapped by every error Parse returns: malformed YAML, unknown
// keys and each failed validation rule.
var ErrInvalid = errors.New("invalid party registry")

// Party kinds.
const (
	KindCountry      = "country"
	KindOrganisation = "organisation"
)

// Party is one country or organisation in the registry together with every
// phrase that names it.
type Party struct {
	ID       string   // ISO 3166-1 alpha-2 for countries, an acronym for organisations
	Name     string   // display name
	Kind     string   // KindCountry or KindOrganisation
	Names    []string // names and short forms ("United States", "U.S.", "America")
	Demonyms []string // adjectives standing for the state ("American")
	Seats    []string // seats of government used as metonyms ("Washington", "the White House")
	Bodies   []string // government bodies and organs ("State Department", "MEA")
	Leaders  []Leader // leaders and officials whose names count only inside their terms
	Context  []ContextRule
	// Since is the day the party came to be, for a state younger than the
	// news (South Sudan, 2011-07-09): a dated sentence before it mentions
	// no such party, whatever names it. Zero for the others.
	Since time.Time
}

// Leader is a person whose name stands for a party while they hold office.
type Leader struct {
	Name    string   // full name as usually written
	Aliases []string // further forms that name the person ("Modi")
	Terms   []Term
}

// Term is one period in office. Both ends are inclusive; a zero To means the
// term is open (the person is in office).
type Term struct {
	Role     string
	From, To time.Time
}

// ContextRule restricts when one of a party's aliases counts as a mention. It
// exists for ambiguous names (Georgia, Turkey, Jordan, Chad); every condition
// that is set must hold.
type ContextRule struct {
	Alias string // the alias the rule governs, as written in the party entry
	// IfNear: at least one of these phrases must occur in the sentence.
	IfNear []string
	// UnlessNear: none of these phrases may occur in the sentence.
	UnlessNear []string
	// UnlessPrev, UnlessNext: the word right before / after the alias must
	// not be one of these.
	UnlessPrev, UnlessNext []string
	// UnlessNextCapitalised: the alias does not count when directly followed
	// by a capitalised word (a first name followed by a surname: "Chad Smith").
	UnlessNextCapitalised bool
	// UnlessPrevCapitalised: the alias does not count right after a
	// capitalised word that is neither a function word opening the
	// sentence nor written so for a headline ("KMP Secretary General" is an
	// organisation's).
	UnlessPrevCapitalised bool
	// Exact: the text must equal the alias exactly, letter case and accents
	// included ("Malé" but not "Male").
	Exact bool
	// IfArticle: IfNear also holds where an earlier sentence of the same
	// article, matched with Matcher.AppendMatchArticle, mentioned the
	// party ("the Commerce Commission" of an article about New Zealand).
	IfArticle bool
	// UnlessPlaceBefore: the alias does not count right after one of these
	// places and a comma, which make it a place's address ("Athens,
	// Georgia" is the US state).
	UnlessPlaceBefore []string
}

// Registry is a validated, immutable set of parties plus the global matching
// lists (stop phrases, words after which a demonym is not the state).
type Registry struct {
	parties          []Party // sorted by ID
	byID             map[string]int
	stopPhrases      []string
	demonymNotBefore []string
}

// Parties returns every party, sorted by ID. The result is a copy.
func (r *Registry) Parties() []Party {
	out := make([]Party, len(r.parties))
	for i, p := range r.parties {
		out[i] = p.clone()
	}
	return out
}

// Party returns the party with the given id.
func (r *Registry) Party(id string) (Party, bool) {
	i, ok := r.byID[id]
	if !ok {
		return Party{}, false
	}
	return r.parties[i].clone(), true
}

// StopPhrases returns the phrases that never count as a mention of any party
// ("Washington Post", "Indian Ocean"), in registry order.
func (r *Registry) StopPhrases() []string { return append([]string(nil), r.stopPhrases...) }

// DemonymNotBefore returns the words after which a demonym names a product,
// firm, team or private people rather than the state ("Russian crude").
func (r *Registry) DemonymNotBefore() []string {
	return append([]string(nil), r.demonymNotBefore...)
}

func (p Party) clone() Party {
	c := p
	c.Names = append([]string(nil), p.Names...)
	c.Demonyms = append([]string(nil), p.Demonyms...)
	c.Seats = append([]string(nil), p.Seats...)
	c.Bodies = append([]string(nil), p.Bodies...)
	c.Leaders = make([]Leader, len(p.Leaders))
	for i, l := range p.Leaders {
		l.Aliases = append([]string(nil), l.Aliases...)
		l.Terms = append([]Term(nil), l.Terms...)
		c.Leaders[i] = l
	}
	c.Context = make([]ContextRule, len(p.Context))
	for i, cr := range p.Context {
		cr.IfNear = append([]string(nil), cr.IfNear...)
		cr.UnlessNear = append([]string(nil), cr.UnlessNear...)
		cr.UnlessPrev = append([]string(nil), cr.UnlessPrev...)
		cr.UnlessNext = append([]string(nil), cr.UnlessNext...)
		cr.UnlessPlaceBefore = append([]string(nil), cr.UnlessPlaceBefore...)
		c.Context[i] = cr
	}
	return c
}

// RegistryFile is the registry's YAML schema, the one definition that Parse
// reads and models/internal/partiesgen writes.
type RegistryFile struct {
	Version          int          `yaml:"version"`
	StopPhrases      []string     `yaml:"stop_phrases"`
	DemonymNotBefore []string     `yaml:"demonym_not_before"`
	Parties          []PartyEntry `yaml:"parties"`
}

// PartyEntry is one party in a RegistryFile (see Party for the fields).
type PartyEntry struct {
	ID       string         `yaml:"id"`
	Name     string         `yaml:"name"`
	Kind     string         `yaml:"kind"`
	Since    string         `yaml:"since,omitempty"` // Party.Since as YYYY-MM-DD, empty for none
	Names    []string       `yaml:"names,omitempty,flow"`
	Demonyms []string       `yaml:"demonyms,omitempty,flow"`
	Seats    []string       `yaml:"seats,omitempty,flow"`
	Bodies   []string       `yaml:"bodies,omitempty,flow"`
	Leaders  []LeaderEntry  `yaml:"leaders,omitempty"`
	Context  []ContextEntry `yaml:"context,omitempty"`
}

// LeaderEntry is one leader of a PartyEntry (see Leader).
type LeaderEntry struct {
	Name    string      `yaml:"name"`
	Aliases []string    `yaml:"aliases,omitempty,flow"`
	Terms   []TermEntry `yaml:"terms,flow"`
}

// TermEntry is one term in office, dates as YYYY-MM-DD; an empty To means
// the leader is in office (see Term).
type TermEntry struct {
	Role string `yaml:"role,omitempty"`
	From string `yaml:"from"`
	To   string `yaml:"to,omitempty"`
}

// ContextEntry is one context rule of a PartyEntry (see ContextRule).
type ContextEntry struct {
	Alias                 string   `yaml:"alias"`
	IfNear                []string `yaml:"if_near,omitempty,flow"`
	UnlessNear            []string `yaml:"unless_near,omitempty,flow"`
	UnlessPrev            []string `yaml:"unless_prev,omitempty,flow"`
	UnlessNext            []string `yaml:"unless_next,omitempty,flow"`
	UnlessNextCapitalised bool     `yaml:"unless_next_capitalised,omitempty"`
	UnlessPrevCapitalised bool     `yaml:"unless_prev_capitalised,omitempty"`
	Exact                 bool     `yaml:"exact,omitempty"`
	UnlessPlaceBefore     []string `yaml:"unless_place_before,omitempty,flow"`
	IfArticle             bool     `yaml:"if_article,omitempty"`
}

// ValidationError reports one bad entry in a registry. It wraps ErrInvalid.
type ValidationError struct {
	Line  int    // 1-based line in the YAML, 0 when unknown
	Party string // party id, empty for global entries
	Alias string // the offending alias, if any
	Msg   string
}

// Error describes the bad entry: line, party, alias and what is wrong.
func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("invalid party registry")
	if e.Line > 0 {
		fmt.Fprintf(&b, ": line %d", e.Line)
	}
	if e.Party != "" {
		fmt.Fprintf(&b, ": party %s", e.Party)
	}
	if e.Alias != "" {
		fmt.Fprintf(&b, ": alias %q", e.Alias)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns ErrInvalid.
func (e *ValidationError) Unwrap() error { return ErrInvalid }

const dateLayout = "2006-01-02"

// maxErrors bounds how many validation errors Parse reports at once.
const maxErrors = 20

// Parse decodes and validates a registry. Unknown keys are rejected. The
// error, if any, joins one *ValidationError per bad entry (at most 20), each
// wrapping ErrInvalid and naming the party, alias and line.
func Parse(yamlBytes []byte) (*Registry, error) {
	var f RegistryFile
	dec := yaml.NewDecoder(bytes.NewReader(yamlBytes))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, yamlError(err)
	}
	var root yaml.Node
	_ = yaml.Unmarshal(yamlBytes, &root) // decoded above, so this succeeds
	lines := partyNodes(&root)

	v := validator{lines: lines}
	reg := v.build(&f)
	if len(v.errs) > 0 {
		return nil, errors.Join(v.errs...)
	}
	return reg, nil
}

func yamlError(err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		errs := make([]error, 0, len(te.Errors))
		for _, msg := range te.Errors {
			errs = append(errs, &ValidationError{Line: lineOfMsg(msg), Msg: cleanYAMLMsg(msg)})
		}
		return errors.Join(errs...)
	}
	if errors.Is(err, io.EOF) {
		return &ValidationError{Msg: "empty document"}
	}
	return &ValidationError{Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
}

// lineOfMsg extracts N from a yaml message "line N: ...".
func lineOfMsg(msg string) int {
	rest, ok := strings.CutPrefix(msg, "line ")
	if !ok {
		return 0
	}
	n := 0
	for i := 0; i < len(rest) && rest[i] >= '0' && rest[i] <= '9'; i++ {
		n = n*10 + int(rest[i]-'0')
	}
	return n
}

// cleanYAMLMsg turns "line 7: field colour not found in type parties.PartyEntry"
// into "unknown key \"colour\"".
func cleanYAMLMsg(msg string) string {
	if i := strings.Index(msg, ": "); i >= 0 && strings.HasPrefix(msg, "line ") {
		msg = msg[i+2:]
	}
	if rest, ok := strings.CutPrefix(msg, "field "); ok {
		if j := strings.Index(rest, " not found in type "); j >= 0 {
			return fmt.Sprintf("unknown key %q", rest[:j])
		}
	}
	if j := strings.Index(msg, " into parties."); j >= 0 {
		msg = msg[:j]
	}
	return msg
}

// partyNodes returns the mapping node of each entry of the top-level
// "parties" sequence.
func partyNodes(root *yaml.Node) []*yaml.Node {
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		return nil
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "parties" && m.Content[i+1].Kind == yaml.SequenceNode {
			return m.Content[i+1].Content
		}
	}
	return nil
}

// lineOf finds the line of the first scalar equal to value under n, or n's
// own line.
func lineOf(n *yaml.Node, value string) int {
	if n == nil {
		return 0
	}
	if value != "" {
		if l := findScalar(n, value); l > 0 {
			return l
		}
	}
	return n.Line
}

func findScalar(n *yaml.Node, value string) int {
	if n.Kind == yaml.ScalarNode && n.Value == value {
		return n.Line
	}
	for _, c := range n.Content {
		if l := findScalar(c, value); l > 0 {
			return l
		}
	}
	return 0
}

type validator struct {
	lines []*yaml.Node
	errs  []error
}

func (v *validator) add(pi int, party, alias, format string, args ...any) {
	if len(v.errs) >= maxErrors {
		return
	}
	var n *yaml.Node
	if pi >= 0 && pi < len(v.lines) {
		n = v.lines[pi]
	}
	v.errs = append(v.errs, &ValidationError{Line: lineOf(n, alias), Party: party, Alias: alias, Msg: fmt.Sprintf(format, args...)})
}

// claim records which party claims a normalised alias.
type claim struct {
	pi     int // index into the YAML parties
	party  string
	alias  string
	ruled  bool   // the party has a context rule for this alias
	terms  []Term // non-nil for leader names: the claim is limited to these terms
	leader bool
}

func isCountryID(id string) bool {
	return len(id) == 2 && id[0] >= 'A' && id[0] <= 'Z' && id[1] >= 'A' && id[1] <= 'Z'
}

func isOrgID(id string) bool {
	if len(id) < 2 || len(id) > 10 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

func (v *validator) build(f *RegistryFile) *Registry {
	reg := &Registry{byID: map[string]int{}}
	if f.Version != 1 {
		v.add(-1, "", "", "version must be 1, got %d", f.Version)
	}
	for _, s := range f.StopPhrases {
		if len(tokenKeys(s)) == 0 {
			v.add(-1, "", s, "stop phrase has no words")
		}
	}
	reg.stopPhrases = append([]string(nil), f.StopPhrases...)
	for _, s := range f.DemonymNotBefore {
		if len(tokenKeys(s)) != 1 {
			v.add(-1, "", s, "demonym_not_before entries must be single words")
		}
	}
	reg.demonymNotBefore = append([]string(nil), f.DemonymNotBefore...)

	seen := map[string]int{}
	claims := map[string][]claim{}
	for pi, py := range f.Parties {
		id := py.ID
		switch {
		case id == "":
			v.add(pi, "", "", "party %d has no id", pi+1)
			continue
		case py.Kind == KindCountry && !isCountryID(id):
			v.add(pi, id, "", "country id must be an ISO 3166-1 alpha-2 code (two capital letters)")
		case py.Kind == KindOrganisation && !isOrgID(id):
			v.add(pi, id, "", "organisation id must be 2-10 capital letters or digits")
		case py.Kind != KindCountry && py.Kind != KindOrganisation:
			v.add(pi, id, "", "kind must be %q or %q, got %q", KindCountry, KindOrganisation, py.Kind)
		}
		if prev, dup := seen[id]; dup {
			v.add(pi, id, "", "duplicate id (first defined as party %d)", prev+1)
			continue
		}
		seen[id] = pi
		if strings.TrimSpace(py.Name) == "" {
			v.add(pi, id, "", "missing name")
		}
		p := Party{
			ID: id, Name: py.Name, Kind: py.Kind,
			Names: py.Names, Demonyms: py.Demonyms, Seats: py.Seats, Bodies: py.Bodies,
		}
		if py.Since != "" {
			t, err := time.Parse(dateLayout, py.Since)
			if err != nil {
				v.add(pi, id, "", "since %q is not a YYYY-MM-DD date", py.Since)
			}
			p.Since = t
		}
		ruled := map[string]bool{}
		aliasKeys := map[string]bool{}
		for _, c := range py.Context {
			ruled[strings.Join(tokenKeys(c.Alias), " ")] = true
			p.Context = append(p.Context, ContextRule{
				Alias: c.Alias, IfNear: c.IfNear, UnlessNear: c.UnlessNear,
				UnlessPrev: c.UnlessPrev, UnlessNext: c.UnlessNext,
				UnlessNextCapitalised: c.UnlessNextCapitalised, UnlessPrevCapitalised: c.UnlessPrevCapitalised,
				Exact: c.Exact, UnlessPlaceBefore: c.UnlessPlaceBefore, IfArticle: c.IfArticle,
			})
			for _, w := range append(append([]string(nil), c.UnlessPrev...), c.UnlessNext...) {
				if len(tokenKeys(w)) != 1 {
					v.add(pi, id, c.Alias, "context word %q must be a single word", w)
				}
			}
		}
		addAlias := func(a string, leader bool, terms []Term) {
			keys := tokenKeys(a)
			if len(keys) == 0 {
				v.add(pi, id, a, "alias has no words")
				return
			}
			k := strings.Join(keys, " ")
			aliasKeys[k] = true
			claims[k] = append(claims[k], claim{pi: pi, party: id, alias: a, ruled: ruled[k], terms: terms, leader: leader})
		}
		for _, list := range [][]string{py.Names, py.Demonyms, py.Seats, py.Bodies} {
			for _, a := range list {
				addAlias(a, false, nil)
			}
		}
		for _, ly := range py.Leaders {
			l, ok := v.leader(pi, id, ly)
			if !ok {
				continue
			}
			p.Leaders = append(p.Leaders, l)
			addAlias(ly.Name, true, l.Terms)
			for _, a := range ly.Aliases {
				addAlias(a, true, l.Terms)
			}
			// A context rule may govern a head's government by name ("the
			// Christie administration", addGovernments).
			for _, a := range append([]string{ly.Name}, ly.Aliases...) {
				if keys := tokenKeys(a); len(keys) > 0 && (len(keys) == 1 || a == ly.Name) {
					for _, g := range headGovernments {
						aliasKeys[keys[len(keys)-1]+" "+g] = true
					}
				}
			}
		}
		for _, c := range py.Context {
			if !aliasKeys[strings.Join(tokenKeys(c.Alias), " ")] {
				v.add(pi, id, c.Alias, "context rule for an alias the party does not have")
			}
		}
		reg.parties = append(reg.parties, p)
	}

	v.checkClaims(claims)
	sort.Slice(reg.parties, func(i, j int) bool { return reg.parties[i].ID < reg.parties[j].ID })
	for i, p := range reg.parties {
		reg.byID[p.ID] = i
	}
	return reg
}

// leader validates one leader entry of party id (entry pi) and converts
// it; ok is false for a leader without a name, who is dropped. A term
// with bad dates is reported and dropped.
func (v *validator) leader(pi int, id string, ly LeaderEntry) (l Leader, ok bool) {
	if strings.TrimSpace(ly.Name) == "" {
		v.add(pi, id, "", "leader without a name")
		return Leader{}, false
	}
	l = Leader{Name: ly.Name, Aliases: ly.Aliases}
	if len(ly.Terms) == 0 {
		v.add(pi, id, ly.Name, "leader has no terms")
	}
	for _, ty := range ly.Terms {
		t := Term{Role: ty.Role}
		var err error
		if t.From, err = time.Parse(dateLayout, ty.From); err != nil {
			v.add(pi, id, ly.Name, "term start %q is not a YYYY-MM-DD date", ty.From)
			continue
		}
		if ty.To != "" {
			if t.To, err = time.Parse(dateLayout, ty.To); err != nil {
				v.add(pi, id, ly.Name, "term end %q is not a YYYY-MM-DD date", ty.To)
				continue
			}
			if t.To.Before(t.From) {
				v.add(pi, id, ly.Name, "term ends (%s) before it starts (%s)", ty.To, ty.From)
				continue
			}
		}
		l.Terms = append(l.Terms, t)
	}
	return l, true
}

// checkClaims reports the aliases claimed by two parties: such an alias
// needs a context rule on at least one side, unless both claims are
// leaders whose terms never overlap.
func (v *validator) checkClaims(claims map[string][]claim) {
	keys := make([]string, 0, len(claims))
	for k := range claims {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		cs := claims[k]
		for i := 0; i < len(cs); i++ {
			for j := i + 1; j < len(cs); j++ {
				a, b := cs[i], cs[j]
				if a.party == b.party || a.ruled || b.ruled {
					continue
				}
				if a.leader && b.leader && !termsOverlap(a.terms, b.terms) {
					continue
				}
				v.add(b.pi, b.party, b.alias, "alias also claimed by %s (%q) and neither has a context rule", a.party, a.alias)
			}
		}
	}
}

func termsOverlap(a, b []Term) bool {
	for _, x := range a {
		for _, y := range b {
			xEnd, yEnd := x.To, y.To
			if (yEnd.IsZero() || !x.From.After(yEnd)) && (xEnd.IsZero() || !y.From.After(xEnd)) {
				return true
			}
		}
	}
	return false
}
