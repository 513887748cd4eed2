import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import type { Db, Executor } from '../../db/database.ts';

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

/** Writes in chunks of 5,000; returns how many rows were inserted or changed. */
async function upsertInChunks<T>(items: T[], write: (chunk: T[]) => Promise<{ numInsertedOrUpdatedRows?: bigint }[]>): Promise<number> {
  let changed = 0;
  for (let i = 0; i < items.length; i += 5000) changed += Number((await write(items.slice(i, i + 5000)))[0]?.numInsertedOrUpdatedRows ?? 0);
  return changed;
}

/**
 * Asks the next refresh of every network with a rollup to rebuild all the days it holds (changes.ts):
 * in the import's transaction, so the mark and the new values are seen together. A network without a
 * rollup yet gets its whole range on its first refresh anyway.
 */
async function markRollupsChanged(trx: Executor) {
  await trx.insertInto('analytics_deprivation_change').columns(['network_id']).expression((eb) => eb.selectFrom('analytics_refresh').select('network_id')).execute();
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
  // A row whose decile and source are already those of the file is left alone, so loading the same file
  // again changes nothing and asks for no rebuild.
  await db.transaction().execute(async (trx) => {
    const changed = await upsertInChunks(good, (chunk) => trx.insertInto('imd_lsoa').values(chunk)
      .onConflict((oc) => oc.column('lsoa_code').doUpdateSet({ imd_decile: sql`excluded.imd_decile`, source: sql`excluded.source` })
        .where(sql<boolean>`(imd_lsoa.imd_decile, imd_lsoa.source) is distinct from (excluded.imd_decile, excluded.source)`)).execute());
    if (changed > 0) await markRollupsChanged(trx);
  });
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
  await db.transaction().execute(async (trx) => {
    const changed = await upsertInChunks(good, (chunk) => trx.insertInto('postcode_lsoa').values(chunk)
      .onConflict((oc) => oc.column('postcode').doUpdateSet({ lsoa_code: sql`excluded.lsoa_code` }).where('postcode_lsoa.lsoa_code', 'is distinct from', sql<string>`excluded.lsoa_code`)).execute());
    if (changed > 0) await markRollupsChanged(trx);
  });
  return { postcodes: good.length, skipped };
}
