package sentiment

// Constants of the published VADER rules (Hutto and Gilbert, 2014, and the
// vaderSentiment reference implementation), in VADER valence units.
const (
	boostIncr     = 0.293 // booster word ("very") adds this to |valence|
	boostDecr     = -0.293
	capsIncr      = 0.733 // ALL-CAPS sentiment word or booster in mixed-case text
	negScalar     = -0.74 // negation flips and dampens
	neverSoScalar = 1.25  // "never so good", "never this bad"
	boostDecay1   = 0.95  // booster two words back
	boostDecay2   = 0.90  // booster three words back
	contrastLow   = 0.5   // words before "but" are weighted down
	contrastHigh  = 1.5   // words after "but" are weighted up
	exclaimAmp    = 0.292 // per "!" (at most exclaimMax)
	exclaimMax    = 4
	questionAmp   = 0.18 // per "?" when there are 2 or 3
	questionMax   = 0.96 // 4 or more "?"
	normAlpha     = 15   // compound = s / sqrt(s*s + alpha)
)

// vaderNegations is VADER's negation list; any word containing "n't" negates too.
var vaderNegations = []string{
	"aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
	"ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
	"dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
	"don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
	"neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
	"oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
	"oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
	"without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
}

// vaderBoosters lists VADER's intensifiers (boostIncr) and dampeners
// (boostDecr). Two-word entries are matched as bigrams before a sentiment word.
var vaderBoosters = map[float64][]string{
	boostIncr: {
		"absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
		"decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
		"exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping",
		"flippin", "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully",
		"fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
		"incredible", "incredibly", "intensely", "major", "majorly", "more", "most",
		"particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
		"thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably",
		"unusually", "utter", "utterly", "very",
	},
	boostDecr: {
		"almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of",
		"less", "little", "marginal", "marginally", "occasional", "occasionally", "partly",
		"scarce", "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof",
		"sort-of",
	},
}

// vaderIdioms are VADER's special-case idioms: when one surrounds a sentiment
// word its value replaces the word's valence.
var vaderIdioms = map[string]float64{
	"the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5,
	"yeah right": -2, "kiss of death": -1.5, "to die for": 3,
}
