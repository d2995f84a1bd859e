// Runs every ```sql block of a markdown file (README.md) with DuckDB against
// a stance output directory, so the documented queries stay true.
// Usage: node readme.mjs OUT_DIR README_PATH
// In each block the path prefix out/ (inside a quoted string) becomes
// OUT_DIR/. The blocks run in order on one connection, as a notebook
// session would, so a block may use a view an earlier block created. A
// block fails when DuckDB raises an error or its last statement returns no
// rows.
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';

const [out, readme] = process.argv.slice(2);
if (!out || !readme) {
  console.error('usage: node readme.mjs OUT_DIR README_PATH');
  process.exit(2);
}
const text = readFileSync(readme, 'utf8');
const blocks = [];
const fence = /^```sql[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
for (let m; (m = fence.exec(text)) !== null;) {
  const line = text.slice(0, m.index).split('\n').length;
  blocks.push({ line, sql: m[1] });
}
if (blocks.length === 0) {
  console.error(`${readme}: no \`\`\`sql blocks`);
  process.exit(1);
}

const db = await (await DuckDBInstance.create(':memory:')).connect();
const root = out.replace(/\/+$/, '');
let failures = 0;
const results = [];
for (const { line, sql } of blocks) {
  const query = sql.replace(/(['"])out\//g, `$1${root}/`);
  try {
    const reader = await db.runAndReadAll(query);
    const rows = reader.getRowObjectsJS();
    results.push({ line, rows: rows.length });
    if (rows.length === 0) {
      failures++;
      console.error(`FAIL ${readme}:${line}: the block returned no rows\n${query}`);
    }
  } catch (err) {
    failures++;
    console.error(`FAIL ${readme}:${line}: ${err.message}\n${query}`);
  }
}
console.log(JSON.stringify({ readme, blocks: blocks.length, failures, results }));
process.exit(failures === 0 ? 0 : 1);
