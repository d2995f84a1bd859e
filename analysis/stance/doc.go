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
package stance
