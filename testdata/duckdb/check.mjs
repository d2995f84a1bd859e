// Reads every table stance wrote back with DuckDB and checks the notebook
// contract: column names and types, row counts, code-point offsets, file
// metadata. Usage: node check.mjs OUT_DIR EXPECT.json
// EXPECT.json: {"rows": {table: n}, "articles": {article_id: text}}
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';

const [out, expectPath] = process.argv.slice(2);
const expect = JSON.parse(readFileSync(expectPath, 'utf8'));
const db = await (await DuckDBInstance.create(':memory:')).connect();
let failures = 0;
let checks = 0;
function check(ok, what) {
  checks++;
  if (!ok) { failures++; console.error('FAIL', what); }
}
async function rows(sql) { return (await db.runAndReadAll(sql)).getRowObjectsJS(); }

const types = {
  articles: { article_id: 'VARCHAR', article_date: 'DATE', source: 'VARCHAR', title: 'VARCHAR', language: 'VARCHAR', n_sentences: 'INTEGER', n_tokens: 'INTEGER', n_mentions: 'INTEGER', sentiment: 'FLOAT', content_sha256: 'VARCHAR' },
  sentences: { article_id: 'VARCHAR', article_date: 'DATE', sentence_idx: 'INTEGER', char_start: 'INTEGER', char_end: 'INTEGER', text: 'VARCHAR', n_tokens: 'INTEGER', sentiment: 'FLOAT', sentiment_label: 'VARCHAR' },
  mentions: { article_id: 'VARCHAR', article_date: 'DATE', sentence_idx: 'INTEGER', mention_idx: 'INTEGER', party: 'VARCHAR', party_name: 'VARCHAR', role: 'VARCHAR', mention: 'VARCHAR', char_start: 'INTEGER', char_end: 'INTEGER', stance: 'FLOAT', stance_label: 'VARCHAR', p_negative: 'FLOAT', p_neutral: 'FLOAT', p_positive: 'FLOAT', evidence: 'VARCHAR[]' },
  party_daily: { article_date: 'DATE', party: 'VARCHAR', n_articles: 'INTEGER', n_sentences: 'INTEGER', n_mentions: 'INTEGER', stance_mean: 'FLOAT', share_negative: 'FLOAT', share_neutral: 'FLOAT', share_positive: 'FLOAT', n_confident: 'INTEGER', stance_ci_low: 'FLOAT', stance_ci_high: 'FLOAT' },
  rejects: { run_id: 'VARCHAR', source_path: 'VARCHAR', line: 'INTEGER', article_id: 'VARCHAR', article_date: 'DATE', reason: 'VARCHAR', detail: 'VARCHAR' },
};
const src = (t) => `read_parquet('${out}/${t}/*/*.parquet', hive_partitioning = false)`;

for (const [table, want] of Object.entries(types)) {
  const cols = await rows(`DESCRIBE SELECT * FROM ${src(table)}`);
  check(JSON.stringify(cols.map(c => c.column_name)) === JSON.stringify(Object.keys(want)),
    `${table}: columns ${cols.map(c => c.column_name)} want ${Object.keys(want)}`);
  for (const c of cols) check(want[c.column_name] === c.column_type, `${table}.${c.column_name}: type ${c.column_type} want ${want[c.column_name]}`);
  const [{ n }] = await rows(`SELECT count(*)::INTEGER AS n FROM ${src(table)}`);
  check(n === expect.rows[table], `${table}: ${n} rows, want ${expect.rows[table]}`);
  const meta = await rows(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${out}/${table}/*/*.parquet')`);
  check(meta.some(m => m.k === 'stance.schema_version'), `${table}: stance.schema_version metadata missing`);
  check(meta.some(m => m.k === 'stance.model_sha256' && /^[0-9a-f]{64}$/.test(m.v)), `${table}: stance.model_sha256 metadata missing`);
  check(meta.some(m => m.k === 'ARROW:schema'), `${table}: ARROW:schema missing`);
  const codecs = await rows(`SELECT DISTINCT compression FROM parquet_metadata('${out}/${table}/*/*.parquet')`);
  check(codecs.length > 0 && codecs.every(c => c.compression === 'ZSTD'), `${table}: compression ${JSON.stringify(codecs)} want ZSTD`);
}

// Hive partitioning: the directory name becomes a date column equal to article_date.
const hive = await rows(`SELECT count(*)::INTEGER AS n FROM read_parquet('${out}/sentences/*/*.parquet', hive_partitioning = true) WHERE CAST(date AS DATE) <> article_date`);
check(hive[0].n === 0, `sentences: ${hive[0].n} rows whose partition date differs from article_date`);

// Offsets are Unicode code points: slicing the article text gives the sentence.
const cp = (s, a, b) => Array.from(s).slice(a, b).join('');
const sentences = await rows(`SELECT article_id, sentence_idx, char_start, char_end, text FROM ${src('sentences')} ORDER BY article_id, sentence_idx`);
for (const s of sentences) {
  const text = expect.articles[s.article_id];
  check(text !== undefined, `sentence of unknown article ${s.article_id}`);
  if (text !== undefined) check(cp(text, s.char_start, s.char_end) === s.text, `${s.article_id}[${s.sentence_idx}]: text[${s.char_start}:${s.char_end}] != sentence text ${JSON.stringify(s.text)}`);
}
const mentions = await rows(`SELECT m.article_id, m.sentence_idx, m.mention_idx, m.mention, m.char_start, m.char_end, s.text FROM ${src('mentions')} m JOIN ${src('sentences')} s USING (article_id, sentence_idx)`);
for (const m of mentions) check(cp(m.text, m.char_start, m.char_end) === m.mention, `${m.article_id}[${m.sentence_idx}].${m.mention_idx}: ${JSON.stringify(m.mention)} not at [${m.char_start}:${m.char_end}]`);
const [{ orphans }] = await rows(`SELECT count(*)::INTEGER AS orphans FROM ${src('mentions')} m ANTI JOIN ${src('sentences')} s USING (article_id, sentence_idx)`);
check(orphans === 0, `${orphans} mentions without a sentence`);

console.log(JSON.stringify({ checks, failures, sentences: sentences.length, mentions: mentions.length }));
process.exit(failures === 0 ? 0 : 1);
