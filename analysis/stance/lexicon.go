package stance

import (
	"iter"
	"strings"
	"unicode"
)

// Word lists behind the rule features. Stems are expanded once, at package
// initialisation, into the inflected forms a news sentence uses, so that
// feature extraction costs one map look-up per token.

// relation categories of loaded verbs and nouns.
const (
	relNone   uint8 = iota
	relCrit         // verbal criticism: criticised, accused, condemned
	relPraise       // verbal praise: praised, thanked, welcomed
	relPenal        // penalties: sanctioned, expelled, banned
	relAggr         // aggression and coercion: attacked, threatened, pressured
	relFriend       // friendly acts: helped, donated, supported
	nRel
)

var relNames = [nRel]string{"", "criticism", "praise", "penalty", "aggression", "friendly-act"}

var relStems = map[uint8][]string{
	relCrit: {"criticis", "criticiz", "criticism", "critic", "condemn", "denounc", "accus", "accusation", "blam", "slam",
		"rebuk", "censur", "chid", "lambast", "castigat", "decri", "decry", "deplor", "reprimand", "scold", "ridicul",
		"mock", "derid", "berat", "assail", "reject", "dismiss", "rebuff", "disparag", "excoriat", "chastis", "admonish",
		"protest", "object", "summon", "warn", "slat", "pan", "question", "doubt", "allegation", "alleg", "fault"},
	relPraise: {"prais", "thank", "hail", "laud", "commend", "welcom", "congratulat", "applaud", "appreciat", "honour",
		"honor", "salut", "compliment", "admir", "extol", "celebrat", "grateful", "gratitude", "acclaim", "lionis",
		"lioniz", "felicitat", "reassur", "endors", "recognis", "recogniz", "toast", "credit", "vindicat"},
	relPenal: {"sanction", "penalis", "penaliz", "punish", "ban", "expel", "expuls", "blacklist", "isolat", "suspend",
		"suspension", "boycott", "embargo", "freez", "froze", "frozen", "downgrad", "tariff", "restrict", "curb",
		"indict", "convict", "impeach", "censor", "oust", "sack", "fir", "investigat", "probe", "subpoena", "charg"},
	relAggr: {"attack", "invad", "invasion", "threat", "threaten", "pressur", "coerc", "coercion", "bull", "bully",
		"strik", "struck", "shell", "bomb", "provok", "provocation", "intimidat", "violat", "violation", "encroach",
		"obstruct", "snub", "block", "annex", "occupi", "occup", "aggress", "aggression", "incursion", "transgress",
		"harass", "seiz", "kill", "meddl", "interfer", "bullying", "menac", "bulldoz", "undermin", "sabotag", "stonewall",
		"defy", "defi", "lie", "lied", "mislead", "misled", "betray", "exploit"},
	relFriend: {"help", "aid", "assist", "support", "donat", "gift", "invest", "pledg", "offer", "back", "rescu", "fund",
		"grant", "suppl", "deliver", "evacuat", "partner", "cooperat", "befriend", "embrac", "strengthen", "deepen",
		"boost", "contribut", "facilitat", "releas", "forgiv", "waiv", "host", "champion", "defend", "protect",
		"vouch", "sponsor", "finance", "financ", "upgrad"},
}

var relSuffixes = []string{"", "s", "es", "e", "ed", "d", "ing", "ion", "ions", "ation", "ations", "ment", "ments",
	"ned", "ning", "ted", "ting", "ies", "ied", "y", "al", "als", "ism", "isms", "ive", "ively", "er", "ers",
	"ize", "ise", "ized", "ised", "ful", "ly", "led", "ling", "ged", "ging", "red", "ring", "ped", "ping", "ic", "ics"}

// relWords maps an inflected form to its relation category.
var relWords = func() map[string]uint8 {
	m := map[string]uint8{}
	// ambiguous forms that would otherwise collide with common words.
	skip := map[string]bool{"pan": true, "pans": true, "fir": true, "bull": true, "bulls": true,
		"objects": true, "critics": true, "critic": true, "slat": true, "slate": true, "slats": true, "pane": true,
		"panel": true, "panes": true, "firs": true, "fie": true, "supple": true, "charger": true, "chargers": true,
		"aide": true, "aides": true, "banal": true, "bane": true, "band": true, "bands": true, "bander": true,
		"banes": true, "bani": true, "standing": true, "warner": true, "strikers": true, "shelly": true,
		"toaster": true, "sparing": true}
	for cat, stems := range relStems {
		for _, s := range stems {
			for _, suf := range relSuffixes {
				w := s + suf
				if skip[w] {
					continue
				}
				if _, ok := m[w]; !ok || cat < m[w] {
					m[w] = cat
				}
			}
		}
	}
	// noun forms and irregulars not reached by the suffixes.
	for _, w := range []string{"criticism", "criticisms", "accusations", "threats", "sanctions", "aggression", "ire",
		"rebukes", "condemnation", "denunciation", "praise", "praises", "thanks", "tribute", "tributes", "kudos"} {
		switch w {
		case "praise", "praises", "thanks", "tribute", "tributes", "kudos":
			m[w] = relPraise
		case "threats", "aggression":
			m[w] = relAggr
		case "sanctions":
			m[w] = relPenal
		default:
			m[w] = relCrit
		}
	}
	return m
}()

var negators = map[string]bool{"not": true, "no": true, "never": true, "neither": true, "nor": true, "without": true,
	"cannot": true, "none": true, "nothing": true, "hardly": true, "barely": true, "scarcely": true, "nobody": true,
	"lack": true, "lacked": true, "lacking": true, "failed": true, "refused": true, "declined": true}

// negatedContraction reports a contraction with "n't": "didn't", "won’t".
func negatedContraction(w string) bool {
	n := len(w)
	return (n > 3 && w[n-3:] == "n't") || (n > 5 && w[n-5:] == "n’t")
}

// contrast markers open a concessive phrase: "despite X's pressure".
var contrastWords = map[string]bool{"despite": true, "notwithstanding": true, "defying": true, "ignoring": true,
	"whatever": true, "regardless": true, "spite": true, "brushing": true, "shrugging": true, "overriding": true,
	"resisting": true, "rebuffing": true, "undeterred": true, "unfazed": true, "defiance": true}

// clause-opening words (besides punctuation).
var clauseWords = map[string]bool{"but": true, "while": true, "whereas": true, "although": true, "though": true,
	"however": true, "yet": true, "despite": true, "because": true, "which": true, "who": true, "after": true,
	"before": true, "when": true, "notwithstanding": true, "saying": true, "even": true, "unlike": true,
	"whom": true, "whose": true, "as": true, "since": true, "amid": true, "until": true, "if": true, "whatever": true}

// association nouns: "ties with X" (favourable), "pressure from X" (unfavourable).
var assocPos = map[string]bool{"friendship": true, "ties": true, "partnership": true, "partnerships": true,
	"relations": true, "relationship": true, "cooperation": true, "co-operation": true, "alliance": true,
	"solidarity": true, "support": true, "bond": true, "bonds": true, "collaboration": true, "engagement": true,
	"trust": true, "goodwill": true, "friend": true, "friends": true, "ally": true, "allies": true, "partner": true,
	"partners": true, "help": true, "assistance": true, "aid": true, "generosity": true, "gratitude": true,
	"thanks": true, "praise": true, "rapport": true, "camaraderie": true, "warmth": true, "amity": true, "backing": true}

var assocNeg = map[string]bool{"pressure": true, "pressures": true, "threat": true, "threats": true,
	"aggression": true, "coercion": true, "interference": true, "provocation": true, "provocations": true,
	"hostility": true, "intimidation": true, "bullying": true, "belligerence": true, "expansionism": true,
	"assertiveness": true, "meddling": true, "incursion": true, "incursions": true, "attacks": true,
	"attack": true, "demands": true, "ultimatum": true, "blackmail": true, "arrogance": true, "hegemony": true,
	"adventurism": true, "intransigence": true, "duplicity": true, "lies": true, "propaganda": true,
	"tantrums": true, "bluster": true, "threatening": true, "transgressions": true, "violations": true,
	"designs": true, "agenda": true, "obstruction": true, "obstinacy": true, "failure": true, "failures": true}

var assocPreps = map[string]bool{"with": true, "from": true, "by": true, "of": true, "between": true, "for": true,
	"to": true, "and": true}

var speechVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true, "stated": true,
	"added": true, "asserted": true, "claimed": true, "announced": true, "noted": true, "remarked": true,
	"declared": true, "insisted": true, "argued": true, "according": true, "stressed": true, "maintained": true,
	"reiterated": true, "called": true, "described": true, "wrote": true, "tweeted": true, "explained": true,
	"saying": true, "statement": true, "spokesperson": true, "spokesman": true, "responded": true, "replied": true,
	"asked": true, "urged": true}

var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "being": true,
	"be": true, "got": true, "get": true, "gets": true, "getting": true}

// wordClass is a set of the word lists above, one bit per list, so that a
// word's lists cost one map look-up per sentence instead of one per list
// and target.
type wordClass uint16

const (
	cClause wordClass = 1 << iota
	cContrast
	cFiller
	cAssocPrep
	cAssocPos
	cAssocNeg
	cSpeech
	cPassive
	cReceive
	cSympathy
	cModal
	cNegator     // negates what follows: negators, or a contraction with n't
	cModalNeg    // a modal with n't: "wouldn't", "couldn't"
	cComparative // a comparative, which a negator does not flip
	cFunction    // a function word, never evidence
)

// wordInfo is what the word lists, and the lexicon when the model merged
// it in, say of one word.
type wordInfo struct {
	cls    wordClass
	rel    uint8
	hasVal bool // val is the word's non-zero lexicon valence
	val    float64
	vec    int32 // 1 + the index of the word's vector (Vectors), 0 for none
}

// wordInfos holds every word on at least one list.
var wordInfos = func() map[string]wordInfo {
	m := map[string]wordInfo{}
	for _, l := range []struct {
		words map[string]bool
		c     wordClass
	}{
		{clauseWords, cClause}, {contrastWords, cContrast}, {fillers, cFiller}, {assocPreps, cAssocPrep},
		{assocPos, cAssocPos}, {assocNeg, cAssocNeg}, {speechVerbs, cSpeech}, {passiveAux, cPassive},
		{receiveVerbs, cReceive}, {sympathyWords, cSympathy}, {modals, cModal}, {comparatives, cComparative},
		{negators, cNegator}, {functionWords, cFunction},
	} {
		for w, ok := range l.words {
			if ok {
				wi := m[w]
				wi.cls |= l.c
				m[w] = wi
			}
		}
	}
	for w, c := range relWords {
		wi := m[w]
		wi.rel = c
		m[w] = wi
	}
	return m
}()

// lookupWord returns what words says of w, and marks the negators
// recognised by their suffix ("didn't", "wouldn't").
func lookupWord(words map[string]wordInfo, w string) wordInfo {
	wi := words[w]
	if negatedContraction(w) {
		wi.cls |= cNegator
		if modals[w[:len(w)-3]] {
			wi.cls |= cModalNeg
		}
	}
	return wi
}

// wordLister is a Lexicon that can list its words. A model merges their
// valences into its word table, so that a word costs one look-up.
type wordLister interface {
	All() iter.Seq2[string, float64]
}

// mergeLexicon returns wordInfos with the non-zero valences of lex added.
func mergeLexicon(lex wordLister) map[string]wordInfo {
	m := make(map[string]wordInfo, len(wordInfos)+8192)
	for w, wi := range wordInfos {
		m[w] = wi
	}
	for w, v := range lex.All() {
		if v != 0 {
			wi := m[w]
			wi.val, wi.hasVal = v, true
			m[w] = wi
		}
	}
	return m
}

// functionWords are never evidence: a determiner, preposition, pronoun,
// auxiliary or conjunction explains nothing to a reader, whatever weight
// it carries. Negation and contrast show as the rules that use them.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the this that these those some any each every all both either neither
		no not nor of to in on at by for from with without into onto upon over under about above below between
		among through during before after since until till than as like per via against toward towards across
		around along behind beyond near off out up down within i me my mine we us our ours you your yours he him
		his she her hers it its they them their theirs who whom whose which what where when why how whoever
		whatever whichever myself ourselves yourself himself herself itself themselves be is am are was were been
		being have has had having do does did doing done will would shall should can could may might must ought
		and or but if so yet then also too very just only even still there here s t ll d ve re m o n mr mrs ms
		dr said says say saying told tell tells according while whether because although though however
		more most less least such other another same own`) {
		m[w] = true
	}
	return m
}()

// isContentWord reports whether the word t may be evidence: not a function
// word and not a number.
func isContentWord(t *token) bool {
	if t.cls&cFunction != 0 {
		return false
	}
	for _, r := range t.text {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
