// Package segment splits news text into sentences, with offsets in both
// Unicode code points (what the output tables and Python slicing use) and
// bytes (what Go slicing uses).
//
// # Guarantees
//
// For any input string, valid UTF-8 or not, Split and AppendSplit:
//   - never panic and run in time linear in the length of the text, whatever
//     its shape (one 5 MB line without punctuation, millions of periods, long
//     runs of quotes);
//   - return sentences in text order, non-overlapping, each non-empty and
//     trimmed of surrounding white space (unicode.IsSpace);
//   - place every non-space character of the text in exactly one sentence, so
//     empty or white-space-only text yields no sentences;
//   - treat each invalid UTF-8 byte as one ordinary character (one code
//     point, as Go's []rune conversion counts it), so that
//     []rune(text)[Start:End] and []rune(text[ByteStart:ByteEnd]) agree;
//   - are deterministic, read no files and keep no global state; a Segmenter
//     returned by New may be used by many goroutines at once as long as its
//     fields are not modified.
//
// # Where sentences end
//
// The text is read as white-space-separated words. A sentence can end only
// between two words, never inside one, so decimals ("3.14", "$3.5 billion"),
// domain names ("Lenta.ru", "www.mea.gov.in") and "end.Start" typos stay
// whole. For scripts written without spaces (Chinese, Japanese), a word also
// ends after a full-width "。", "！" or "？" and the closing quotes after it
// ("」"), so such sentences are split with no space between them. Between a
// word and the next one:
//
//   - A blank line (two or more line breaks, with only white space between)
//     always ends the sentence: paragraphs never share a sentence.
//   - A word ending in "?", "!" or a period that is not an abbreviation, with
//     closing quotes or brackets allowed after the mark (." .” .’ ?” !) .),
//     ends the sentence unless the next word starts with a lower-case letter
//     (“Why?” he asked) or with continuing punctuation (, ; : . ) ...).
//   - An ellipsis ("..." or "…") ends the sentence only when the next word
//     starts with an upper-case letter, a digit or a letter without case.
//   - Titles (Mr., Dr., Gen., Lt., Sen., vs., e.g., ...) never end a sentence
//     on the same line or across a single line break.
//   - Number abbreviations (No., Nos., Art., Rs.) end a sentence unless a digit
//     follows.
//   - Abbreviations that may end a sentence (U.S., U.K., D.C., etc., Inc.,
//     Ltd., Co., Jan., p.m., St., ...) and initials ("J." in "Donald J.
//     Trump", "V.K." in "Gen. V.K. Singh") end it only when the next word is a
//     sentence-starting function word from Segmenter.Starters ("The", "They",
//     "It", "But", "In", ...) or a quotation opens on an upper-case letter:
//     "held in the U.S. They ended" splits, "the U.S. Army said" and
//     "U.S. President Biden" do not.
//   - "1." (one to three digits and a period) at the start of a sentence or
//     after a word ending in ":" is a list number, not a sentence.
//
// # Line breaks and headlines
//
// Feed text usually carries one paragraph per line, and headlines, bylines and
// bullet points carry no final punctuation. A single line break therefore
// ends the sentence when the line ends in terminal punctuation as above
// (whatever follows), and also when the line has no terminal punctuation
// (a headline, a list item, a line ending in an abbreviation such as "U.S."
// or ":") provided that
//
//   - the next line starts with an upper-case letter, a digit, a letter
//     without case, an opening quote or bracket, a bullet ("-", "*", "•", ...)
//     or another symbol such as "$" — not with a lower-case letter or
//     continuing punctuation; and
//   - the line does not end with a comma, hyphen, dash, opening bracket, "/"
//     or "&", nor with a lower-case word from Segmenter.Continuers ("and",
//     "of", "the", "to", ...), which mark a sentence wrapped mid-way.
//
// A line ending in a title ("Mr.") never ends a sentence at a single break.
// The price of this policy is that hard-wrapped prose whose next line starts
// with a capitalised name ("met\nPutin") is split; such text is rare in
// feeds, and joining headlines onto their first sentence is worse.
package segment
