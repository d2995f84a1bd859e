// Package stance scores the stance a sentence takes toward a target span in
// it: favourable, neutral or unfavourable (target-dependent sentiment, as in
// NewsMTSC).
//
// A Model combines target-aware lexicon and rule features (valence in the
// target's clause and near it, negation scope, concessive contrast, the
// target as agent or patient of a loaded verb, "ties with X", "pressure from
// X", speakers and quotes) with learned weights over hashed, target-masked
// word n-grams in relative-position buckets, in a multinomial logistic
// regression. Scoring is pure and deterministic: the same sentence, spans and
// weights always give the same Result. Train fits the weights reproducibly:
// the same examples and configuration give the same bytes.
//
// Weights are trained on two annotation domains (Example.Domain): NewsMTSC
// (people in political news) and the country set (countries and
// organisations; a party that merely criticises or praises in words is
// neutral). Speaker, quote and agent/patient features have a country-domain
// copy. Score scores in the country domain, the product's; ScoreWith can
// pick DomainNews. ScoreGroup scores all mentions of a sentence and averages
// the class probabilities of mentions of the same party (country guideline
// 11: one party, one label per sentence).
package stance
