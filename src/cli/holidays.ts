import { readFileSync } from 'node:fs';
import { databaseOptionsFromEnv, openDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { bankHolidays, loadStoredBankHolidays, parseGovUkBankHolidays, runOutWarning, storeBankHolidays } from '../platform/bank-holidays/index.ts';
import { parseFlags, UsageError } from './args.ts';

const USAGE = 'usage: commons holidays [refresh FILE]   (FILE: a copy of https://www.gov.uk/bank-holidays.json)';

/**
 * `commons holidays`: prints the bank holidays Commons knows. `commons holidays refresh FILE` loads
 * a newer GOV.UK list that an operator downloaded (Commons itself never calls out to the internet);
 * running servers use it from their next start.
 */
export async function holidaysCommand(argv: string[], database?: Database): Promise<number> {
  const { positionals } = parseFlags(argv, {});
  const [action, file, ...rest] = positionals;
  if (rest.length || (action && action !== 'refresh') || (action === 'refresh' && !file)) throw new UsageError(USAGE);
  let holidays;
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
    }
    try {
      holidays = parseGovUkBankHolidays(JSON.parse(text));
    } catch (e) {
      throw new UsageError(`${file} is ${e instanceof SyntaxError ? 'not JSON' : (e as Error).message}`);
    }
  }
  const db = database ?? (await openDatabase(databaseOptionsFromEnv(process.env)));
  try {
    await migrateToLatest(db);
    if (holidays) {
      const added = await storeBankHolidays(db.db, holidays);
      console.log(`Read ${holidays.length} bank holidays for England and Wales from ${file}; ${added} were new to this database.`);
    }
    await loadStoredBankHolidays(db.db, bankHolidays);
    const all = bankHolidays.all();
    console.log(`Commons knows ${all.length} bank holidays, from ${all[0]?.date} to ${bankHolidays.lastKnownDate()}.`);
    if (holidays) console.log('Running servers use the new dates from their next start.');
    const warning = runOutWarning(bankHolidays.lastKnownDate(), new Date());
    if (warning) console.log(`Warning: ${warning}`);
    return 0;
  } finally {
    if (!database) await db.close();
  }
}
