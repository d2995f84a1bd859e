// Package language identifies the language of an article's text, so that
// a run can keep out text that its English-only scorers would misread.
//
// It wraps github.com/abadojack/whatlanggo (trigram profiles, MIT licence),
// restricted to the languages news feeds mix most often: a smaller set
// makes short texts more reliable. In Latin script, a language counts only
// when the text's function words back the trigram profile, so that markup,
// lists of names and made-up words are not taken for Swedish or Italian.
// Only the first MaxBytes of a text are read, which bounds the cost per
// article.
//
// The package is pure: no I/O and no state; a Detector is immutable and
// safe for concurrent use.
package language

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// MaxBytes is how much of a text Detect reads.
const MaxBytes = 500

// Result is the language of a text.
type Result struct {
	// Code is the ISO 639-1 code ("en", "de", "zh"), or "" when the text
	// has too few letters to tell.
	Code string
	// Confidence is the detector's confidence, 0 to 1.
	Confidence float64
	// Reliable is set when the detector is confident enough to act on, or
	// the text is written in another script than Latin (then Code may hesitate
	// between two languages of that script, but it is not English).
	Reliable bool
}

// Detector identifies languages among a fixed set.
type Detector struct {
	opts whatlanggo.Options
}

// candidates are the languages a Detector tells apart: English and the
// languages most often mixed into English-language news feeds.
var candidates = []whatlanggo.Lang{
	whatlanggo.Eng, whatlanggo.Deu, whatlanggo.Fra, whatlanggo.Spa, whatlanggo.Ita, whatlanggo.Por,
	whatlanggo.Nld, whatlanggo.Swe, whatlanggo.Pol, whatlanggo.Tur, whatlanggo.Ind, whatlanggo.Ron,
	whatlanggo.Rus, whatlanggo.Ukr, whatlanggo.Arb, whatlanggo.Pes, whatlanggo.Cmn, whatlanggo.Jpn,
	whatlanggo.Kor, whatlanggo.Hin, whatlanggo.Ell, whatlanggo.Heb, whatlanggo.Tha, whatlanggo.Ben,
	whatlanggo.Urd, whatlanggo.Tam,
}

// functionWords are frequent short words of each Latin-script candidate.
// A Latin-script text counts as in a language only when at least
// minShare of its words are that language's function words: trigram
// profiles alone take markup, lists of names or made-up words for Swedish
// or Italian, and real prose in any of these languages is full of them.
var functionWords = map[string]map[string]bool{
	// no "in", "a", "is", "was": other languages' words too.
	"en": set(`the of and to that for on with as by at from it be are has have said its his which not but an this were will`),
	"de": set(`der die das und ist nicht mit den von zu im des dem sich auf für ein eine einer auch bei nach wird wurde sind hat aus`),
	"fr": set(`le la les de des du et est un une que qui dans pour sur pas par au aux avec ce cette il elle sont ont été se`),
	"es": set(`el la los las de del y en que un una por con para es se no su al lo como más fue han ha sobre`),
	"it": set(`il lo la i gli le di del della e che un una per con non è in al sono ha da dei delle nel si`),
	"pt": set(`o a os as de do da dos das e que um uma para com não em no na por se foi são ao mais pelo`),
	"nl": set(`de het een en van in is dat op te zijn met voor niet die aan er ook door bij als om werd heeft`),
	"sv": set(`och att det som en på är av för med till den inte har de ett om var vid från sig`),
	"pl": set(`i w na z że się nie do to jest o jak po od przez dla jego są ale oraz tym`),
	"tr": set(`ve bir bu da de için ile olarak olan çok daha gibi ama en ne değil`),
	"id": set(`yang dan di ini itu dengan untuk dari dalam tidak akan pada ke adalah juga oleh`),
	"ro": set(`și în de la a cu pe că nu este un o din pentru care se mai au fost`),
}

// minShare is the share of a Latin-script text's words that must be
// function words of its language.
const minShare = 0.08

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// share returns the share of text's words that are in words.
func share(text string, words map[string]bool) float64 {
	n, hit := 0, 0
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		n++
		if words[strings.ToLower(f)] {
			hit++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

// New returns a Detector over the candidate languages.
func New() *Detector {
	wl := map[whatlanggo.Lang]bool{}
	for _, l := range candidates {
		wl[l] = true
	}
	return &Detector{opts: whatlanggo.Options{Whitelist: wl}}
}

// enWords are the English function words, for the fast path.
var enWords = functionWords["en"]

// fastBytes is how much of a text the English fast path reads.
const fastBytes = 1000

// fastShare is the share of English function words above which a text in
// Latin script is taken as English without the trigram profiles (English
// news prose has about 0.3; the other languages' prose almost none).
const fastShare = 0.15

// englishFast reports whether the start of text is plainly English prose:
// Latin script and a high share of English function words. It allocates
// nothing, and spares most English articles the trigram profiles.
func englishFast(text string) bool {
	if len(text) > fastBytes {
		text = text[:fastBytes]
	}
	var buf [12]byte
	words, hits, other := 0, 0, 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				i++
				continue
			}
			j, n := i, 0
			for j < len(text) && ('a' <= text[j] && text[j] <= 'z' || 'A' <= text[j] && text[j] <= 'Z') {
				if n < len(buf) {
					buf[n] = text[j] | 0x20
				}
				n++
				j++
			}
			words++
			if n <= len(buf) && enWords[string(buf[:n])] {
				hits++
			}
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			other++
		}
		i += n
	}
	return words >= 8 && other < words && float64(hits) >= fastShare*float64(words)
}

// Detect returns the language of text.
func (d *Detector) Detect(text string) Result {
	if englishFast(text) {
		return Result{Code: "en", Confidence: 1, Reliable: true}
	}
	if len(text) > MaxBytes {
		cut := MaxBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	info := whatlanggo.DetectWithOptions(text, d.opts)
	code := info.Lang.Iso6391()
	if info.Lang == whatlanggo.Cmn {
		code = "zh"
	}
	if info.Confidence == 0 {
		code = ""
	}
	// A text in another script than Latin is surely not English even when
	// the detector hesitates between its languages (Russian or Ukrainian).
	if code != "" && info.Script != nil && info.Script != unicode.Latin {
		return Result{Code: code, Confidence: info.Confidence, Reliable: true}
	}
	// In Latin script, the language's function words must back the
	// profile; English prose, whatever the profile says, is English.
	own, en := share(text, functionWords[code]), share(text, functionWords["en"])
	switch {
	case code == "en":
		return Result{Code: code, Confidence: info.Confidence, Reliable: info.IsReliable() || en >= minShare}
	case own >= minShare && own > en:
		// the profile's best guess, backed by its function words.
		return Result{Code: code, Confidence: info.Confidence, Reliable: true}
	case en >= minShare && en >= own:
		return Result{Code: "en", Confidence: info.Confidence, Reliable: true}
	}
	return Result{Code: code, Confidence: info.Confidence}
}
