// Opens every partition file a reader can see under stance's table roots
// with DuckDB, decoding every column, and prints, for each output directory
// given, {"rows": {"<table>/<partition>": n}, "errors": {...}, "skipped": [...]}
// in one JSON object keyed by directory. Exit code 1 when any file could not
// be read. With --published, a partition without _SUCCESS is skipped (and
// listed in "skipped"), as a reader that checks _SUCCESS skips it: that is
// what a bucket holds while a partition is republished, or after its run
// died part-way.
// Usage: node crashcheck.mjs [--published] OUT_DIR...
import { DuckDBInstance } from '@duckdb/node-api';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const tables = ['articles', 'sentences', 'mentions', 'party_daily', 'rejects'];
const db = await (await DuckDBInstance.create(':memory:')).connect();
const result = {};
let failed = false;
let dirs = process.argv.slice(2);
const published = dirs[0] === '--published';
if (published) dirs = dirs.slice(1);
for (const out of dirs) {
  const rows = {};
  const errors = {};
  const skipped = [];
  for (const table of tables) {
    const root = join(out, table);
    if (!existsSync(root)) continue;
    for (const part of readdirSync(root).sort()) {
      const file = join(root, part, 'part-00000.parquet');
      const key = `${table}/${part}`;
      if (published && !existsSync(join(root, part, '_SUCCESS'))) {
        skipped.push(key);
        continue;
      }
      try {
        // Casting every column forces DuckDB to decode every page, not just the footer.
        const r = await db.runAndReadAll(`SELECT count(*)::INTEGER AS n, max(length(CAST(COLUMNS(*) AS VARCHAR))) FROM read_parquet('${file.replaceAll("'", "''")}')`);
        rows[key] = r.getRowObjectsJS()[0].n;
      } catch (e) {
        errors[key] = String(e.message ?? e);
        failed = true;
      }
    }
  }
  result[out] = { rows, errors, skipped };
}
// Set the exit code rather than calling process.exit, which can cut off a
// large piped stdout.
process.stdout.write(JSON.stringify(result) + '\n');
process.exitCode = failed ? 1 : 0;
