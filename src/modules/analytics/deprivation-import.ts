import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

// Deprivation reference data an operator loads: the English IMD 2019 (LSOA code → decile) and the ONS
// postcode directory (postcode → LSOA). Both are published as CSV with long headers; we find the
// columns by the start of their names so that File 1 and File 7 of IoD2019, and NSPL or ONSPD, all load.

export class DeprivationFileProblem extends Error {}

const LSOA_CODE = /^E0[0-9]{7}$|^W0[0-9]{7}$/;
const findColumn = (headers: string[], tests: RegExp[], what: string) => {
  for (const test of tests) {
    const i = headers.findIndex((h) => test.test(h.trim()));
    if (i >= 0) return i;
  }
  throw new DeprivationFileProblem(`no ${what} column among: ${headers.join(', ')}`);
};

function readRows(csv: string): { headers: string[]; rows: string[][] } {
  const records = parse(csv, { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  if (records.length < 2) throw new DeprivationFileProblem('the file has no rows after its header');
  return { headers: records[0], rows: records.slice(1) };
}

async function upsertInChunks<T>(items: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += 5000) await write(items.slice(i, i + 5000));
}

/**
 * Loads the IMD decile of each LSOA from the published IoD2019 CSV ("LSOA code (2011)" and
 * "Index of Multiple Deprivation (IMD) Decile…" columns), replacing earlier values of the same LSOAs.
 */
export async function importImdDeciles(db: Db, csv: string, source: string): Promise<{ lsoas: number; skipped: number }> {
  const { headers, rows } = readRows(csv);
  const code = findColumn(headers, [/^LSOA code/i, /^lsoa11cd$/i, /^lsoa21cd$/i], 'LSOA code');
  const decile = findColumn(headers, [/^Index of Multiple Deprivation \(IMD\) Decile/i, /^IMD ?Decile/i, /^imd_decile$/i], 'IMD decile');
  const good: { lsoa_code: string; imd_decile: number; source: string }[] = [];
  let skipped = 0;
  for (const r of rows) {
    const d = Number(r[decile]);
    const c = (r[code] ?? '').trim();
    if (!LSOA_CODE.test(c) || !Number.isInteger(d) || d < 1 || d > 10) { skipped++; continue; }
    good.push({ lsoa_code: c, imd_decile: d, source });
  }
  await db.transaction().execute(async (trx) => upsertInChunks(good, (chunk) => trx.insertInto('imd_lsoa').values(chunk)
    .onConflict((oc) => oc.column('lsoa_code').doUpdateSet({ imd_decile: sql`excluded.imd_decile`, source: sql`excluded.source` })).execute()));
  return { lsoas: good.length, skipped };
}

/** Loads postcode → LSOA from the ONS postcode directory (pcds or pcd, and lsoa21cd/lsoa11cd or lsoa21/lsoa11). */
export async function importPostcodeLsoas(db: Db, csv: string): Promise<{ postcodes: number; skipped: number }> {
  const { headers, rows } = readRows(csv);
  const postcode = findColumn(headers, [/^pcds$/i, /^pcd$/i, /^postcode$/i], 'postcode (pcds)');
  const lsoa = findColumn(headers, [/^lsoa21(cd)?$/i, /^lsoa11(cd)?$/i, /^lsoa code/i], 'LSOA (lsoa21cd or lsoa11cd)');
  const byPostcode = new Map<string, string>();
  let skipped = 0;
  for (const r of rows) {
    const p = (r[postcode] ?? '').replace(/\s+/g, '').toUpperCase();
    const l = (r[lsoa] ?? '').trim();
    if (p.length < 5 || p.length > 7 || !LSOA_CODE.test(l)) { skipped++; continue; }
    byPostcode.set(p, l);
  }
  const good = [...byPostcode].map(([p, l]) => ({ postcode: p, lsoa_code: l }));
  await db.transaction().execute(async (trx) => upsertInChunks(good, (chunk) => trx.insertInto('postcode_lsoa').values(chunk)
    .onConflict((oc) => oc.column('postcode').doUpdateSet({ lsoa_code: sql`excluded.lsoa_code` })).execute()));
  return { postcodes: good.length, skipped };
}
