// Package training fits the stance weights and measures them.
//
// It reads labelled data (NewsMTSC-format JSONL files, and the project's
// real-news label files joined to the shared text they point into), trains
// analysis/stance models with cross-validation in folds grouped by sentence
// or story (word vectors learned here, per fold without the fold's
// stories, joined to pretrained ones: TrainConfig.Pretrained), chooses
// the recipe's logit offsets on out-of-fold scores, and writes weights.bin
// and a manifest that reproduce byte for byte. Eval scores a model on a
// labelled set, with the lexicon-only and weights-only ablations.
//
// It depends on the analysis and the model artifacts, never on the batch
// runner (package jobs).
package training
