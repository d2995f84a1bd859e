// Package stance scores the stance a sentence takes toward a target span in
// it: favourable, neutral or unfavourable (target-dependent sentiment, as in
// NewsMTSC).
//
// A Model combines target-aware lexicon and rule features (valence in the
// target's clause and near it, negation scope, concessive contrast, the
// target as agent or patient of a loaded verb, "ties with X", "pressure from
// X", speakers and quotes) with learned weights over hashed, target-masked
// word n-grams in relative-position buckets and, when the model has word
// vectors (Vectors, learned from unlabelled news, here and by GloVe), the mean vector of the
// words near the target, in its clause and in the rest of the sentence, in
// a multinomial logistic regression. The vectors let what the labelled data
// teach about one word reach its neighbours ("raids" from "attacks"). Scoring is pure and deterministic: the same sentence, spans and
// weights always give the same Result. Train fits the weights reproducibly:
// the same examples and configuration give the same bytes.
//
// The model reads the sentence, not the name: the mention's own words and
// the party are never features (the target is masked as <t>, other
// mentions as <o>), so swapping one country's name for another's changes no
// score. Capitalised words inside names and titles ("Harsh" in "Harsh
// Vardhan", "Poor" in "Standard & Poor's") carry no lexicon valence and
// hash apart from the common word, and an event named after a place ("the
// Iraq war", "the Ukraine crisis") is part of the name, not an act of the
// party. Valence nearer another mention or a capitalised name than the
// target is counted apart, as what the sentence says of someone else, and
// a victim named before the act ("soldiers killed by a bomb") is not its
// agent. Evidence lists only content words and rules anchored to a word of
// the sentence, ordered by their push on the score.
//
// Weights are trained on two annotation domains (Example.Domain): NewsMTSC
// (people in political news) and the country guidelines (countries and
// organisations; a party that merely criticises or praises in words is
// neutral), whose data are real news labelled for the project
// (models/labels) plus sentences written for it. Speaker, quote and
// agent/patient features have a country-domain copy; the classes can be
// balanced within each domain (TrainConfig.BalanceDomains), so that real
// news's neutral majority does not tilt NewsMTSC's prior. Score scores in the
// country domain, the product's; ScoreWith can pick DomainNews. In the
// country domain, scores carry logit offsets chosen by cross-validation on
// real news (FeatureConfig.Offsets) and a temperature that calibrates
// their probabilities (FeatureConfig.Temperature). ScoreGroup scores all mentions of a
// sentence and gives the mentions of one party one score (country
// guideline 11: one party, one label per sentence): by default that of the
// mention least likely to be neutral, so that "American pressure" is not
// averaged away by "the Trump administration" (FeatureConfig.Pool).
package stance
