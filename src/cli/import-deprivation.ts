import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { databaseOptionsFromEnv, openDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { DeprivationFileProblem, importImdDeciles, importPostcodeLsoas } from '../modules/analytics/index.ts';
import { UsageError } from './args.ts';

const USAGE = `usage: commons import imd FILE.csv            IMD 2019 deciles by LSOA (the published IoD2019 File 1 or File 7)
       commons import postcode-lsoa FILE.csv  postcode → LSOA (the ONS postcode directory: pcds and lsoa21cd or lsoa11cd)`;

/**
 * `commons import imd FILE.csv` and `commons import postcode-lsoa FILE.csv`: the deprivation reference
 * data behind the dashboard's DNA rate by decile. National data, shared by every network in the
 * database; loading again replaces the values of the same LSOAs or postcodes. The dashboard shows
 * the deciles after its next rollup refresh.
 */
export async function importDeprivationCommand(what: 'imd' | 'postcode-lsoa', positionals: string[], io: { open?: () => Promise<Database>; log?: (line: string) => void } = {}): Promise<number> {
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new UsageError(`give one CSV file. ${USAGE}`);
  let csv: string;
  try {
    csv = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const log = io.log ?? ((line: string) => console.log(line));
  const database = await (io.open ?? (() => openDatabase(databaseOptionsFromEnv(process.env))))();
  try {
    if (!io.open) await migrateToLatest(database);
    if (what === 'imd') {
      const r = await importImdDeciles(database.db, csv, basename(file));
      log(`Loaded the IMD decile of ${r.lsoas} LSOAs${r.skipped ? `; ${r.skipped} rows without an LSOA code or a decile from 1 to 10 were left out` : ''}.`);
    } else {
      const r = await importPostcodeLsoas(database.db, csv);
      log(`Loaded the LSOA of ${r.postcodes} postcodes${r.skipped ? `; ${r.skipped} rows without a postcode or an LSOA code were left out` : ''}.`);
    }
    log('The dashboard uses them from its next refresh (every 15 minutes for recent weeks; "Refresh now" on the dashboard for the whole year).');
    return 0;
  } catch (e) {
    if (e instanceof DeprivationFileProblem) {
      console.error(`commons import ${what}: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    if (!io.open) await database.close();
  }
}
