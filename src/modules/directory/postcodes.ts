import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { Executor } from '../../db/database.ts';
import { isValidPostcode, normalisePostcode } from '../../platform/postcode.ts';

// The postcode look-up table, loaded from the ONS Postcode Directory (ONSPD) CSV: the columns pcds
// (the postcode as written, with its space), lat and long (WGS84). ONSPD gives postcodes without a
// grid reference the latitude 99.999999; those are skipped, as are rows that are not a postcode.

export interface PostcodeImportReport { rows: number; loaded: number; skipped: number; missingColumns: string[] }

const BATCH = 2000;

/** Loads (or refreshes) postcodes from an ONSPD-shaped CSV file, in batches; an existing postcode takes the new coordinates. */
export async function importPostcodes(db: Executor, file: string, onProgress?: (rows: number) => void): Promise<PostcodeImportReport> {
  const report: PostcodeImportReport = { rows: 0, loaded: 0, skipped: 0, missingColumns: [] };
  const parser = createReadStream(file).pipe(parse({ columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), bom: true, skip_empty_lines: true, relax_column_count: true }));
  let batch: { postcode: string; latitude: number; longitude: number }[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const unique = [...new Map(batch.map((b) => [b.postcode, b])).values()];
    await db.insertInto('directory_postcode').values(unique)
      .onConflict((oc) => oc.column('postcode').doUpdateSet((eb) => ({ latitude: eb.ref('excluded.latitude'), longitude: eb.ref('excluded.longitude') }))).execute();
    report.loaded += unique.length;
    batch = [];
    onProgress?.(report.rows);
  };
  for await (const row of parser as AsyncIterable<Record<string, string>>) {
    if (report.rows === 0) {
      report.missingColumns = ['pcds', 'lat', 'long'].filter((c) => !(c in row));
      if (report.missingColumns.length) return report;
    }
    report.rows++;
    const lat = Number(row.lat);
    const long = Number(row.long);
    if (!row.pcds || !isValidPostcode(row.pcds) || !Number.isFinite(lat) || !Number.isFinite(long) || lat < -90 || lat > 90 || long < -180 || long > 180 || row.lat.trim() === '' || row.long.trim() === '') {
      report.skipped++;
      continue;
    }
    batch.push({ postcode: normalisePostcode(row.pcds), latitude: lat, longitude: long });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return report;
}

/** Postcodes the demo or a test loads directly. */
export async function insertPostcodes(db: Executor, rows: readonly { postcode: string; latitude: number; longitude: number }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.insertInto('directory_postcode').values(rows.slice(i, i + BATCH).map((r) => ({ ...r, postcode: normalisePostcode(r.postcode) })))
      .onConflict((oc) => oc.column('postcode').doUpdateSet((eb) => ({ latitude: eb.ref('excluded.latitude'), longitude: eb.ref('excluded.longitude') }))).execute();
  }
}
