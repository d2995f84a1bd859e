// gen.mjs writes hf.golden: Hugging Face tokenizers' WordPiece ids and
// offsets for every sentence of an input file, encoded with stance's
// tokenizer.json and without special tokens. It is the reference that
// analysis/tokenize's Fast encoder is tested against (hf_test.go), because
// github.com/sugarme/tokenizer is wrong on some non-ASCII text.
//
//   npm ci && node gen.mjs sentences.txt > hf.golden
//
// With --code-points instead of a file it writes the same records for
// "a" + c + "b" for every code point c but surrogates (1,112,064 lines,
// not committed); hf_test.go compares Fast with them when
// STANCE_HF_CODEPOINTS names that file:
//
//   node gen.mjs --code-points > /tmp/hf-codepoints.jsonl
//   STANCE_HF_CODEPOINTS=/tmp/hf-codepoints.jsonl go test -run CodePoints ./analysis/tokenize
//
// Input: one sentence per line; lines starting with "#" and empty lines are
// skipped. The escapes \u{HEX}, \t, \n, \r and \\ are decoded, so invisible,
// control and decomposed characters can be written explicitly.
//
// Output: JSON Lines, one object per sentence, in input order:
//   {"text": "...", "ids": [...], "offsets": [[start, end], ...]}
// with offsets as [start, end) in Unicode code points of text (Go's
// Token.Start/End, Python's str slicing). The binding's own offset unit is
// detected on a probe sentence and converted if it is not code points.
import { readFileSync } from "node:fs";
import { Tokenizer } from "@anush008/tokenizers";

const TOKENIZER = new URL("../../../../models/artifacts/tokenizer/tokenizer.json", import.meta.url);

function decodeLine(line) {
  return line.replace(/\\(u\{([0-9A-Fa-f]{1,6})\}|t|n|r|\\)/g, (m, esc, hex) => {
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    return { t: "\t", n: "\n", r: "\r", "\\": "\\" }[esc];
  });
}

// Offset units: "cp" (code points), "utf16" (JavaScript string indexes) or
// "utf8" (bytes).
function converter(text, unit) {
  if (unit === "cp") return (i) => i;
  const map = new Map(); // unit offset -> code point index
  let u = 0, cp = 0;
  for (const ch of text) {
    map.set(u, cp);
    u += unit === "utf16" ? ch.length : Buffer.byteLength(ch, "utf8");
    cp++;
  }
  map.set(u, cp);
  return (i) => {
    const c = map.get(i);
    if (c === undefined) throw new Error(`offset ${i} (${unit}) is inside a character of ${JSON.stringify(text)}`);
    return c;
  };
}

async function encode(tk, text) {
  const e = await tk.encode(text, null, { addSpecialTokens: false });
  return { ids: e.getIds(), offsets: e.getOffsets(), tokens: e.getTokens() };
}

// detectUnit encodes a probe whose last token "x" starts at code point 5,
// UTF-16 index 7 and byte 12.
async function detectUnit(tk) {
  const probe = "😀é 😀 x";
  const { tokens, offsets } = await encode(tk, probe);
  const x = offsets[tokens.indexOf("x")];
  const unit = { 5: "cp", 7: "utf16", 12: "utf8" }[x?.[0]];
  if (!unit) throw new Error(`cannot tell the offset unit from ${JSON.stringify(offsets)}`);
  return unit;
}

function* fileTexts(path) {
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (line !== "" && !line.startsWith("#")) yield decodeLine(line);
  }
}

function* codePointTexts() {
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp < 0xd800 || cp > 0xdfff) yield "a" + String.fromCodePoint(cp) + "b";
  }
}

async function main() {
  const input = process.argv[2];
  if (!input) {
    console.error("usage: node gen.mjs sentences.txt > hf.golden\n       node gen.mjs --code-points > hf-codepoints.jsonl");
    process.exit(2);
  }
  const tk = Tokenizer.fromFile(TOKENIZER.pathname);
  const unit = await detectUnit(tk);
  console.error(`gen.mjs: binding offsets are in ${unit} units${unit === "cp" ? "" : "; converting to code points"}`);
  let n = 0;
  for (const text of input === "--code-points" ? codePointTexts() : fileTexts(input)) {
    const { ids, offsets } = await encode(tk, text);
    const conv = converter(text, unit);
    const cps = [...text].length;
    const out = offsets.map(([s, e]) => {
      const cs = conv(s), ce = conv(e);
      if (!(0 <= cs && cs <= ce && ce <= cps)) throw new Error(`bad offsets [${s},${e}] in ${JSON.stringify(text)}`);
      return [cs, ce];
    });
    process.stdout.write(JSON.stringify({ text, ids, offsets: out }) + "\n");
    n++;
  }
  console.error(`gen.mjs: ${n} sentences`);
}

await main();
