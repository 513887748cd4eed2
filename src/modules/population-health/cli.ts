import { parseArgs } from 'node:util';
import { databaseOptionsFromEnv, openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import type { CliCommand } from '../../platform/module.ts';
import { findNetworkIds } from '../network/index.ts';
import { recomputeSummaries } from './recompute.ts';
import { londonToday } from './records.ts';

// `commons phm recompute`: rebuilds every patient's registers, frailty index and review flags from the
// coded record, network by network, and says how long it took. Writes recompute them for the patient
// concerned as they happen; this is for a new release of the definitions, a bulk load, or ages that
// moved on (the nightly job does the same).

const USAGE = 'commons phm recompute';

export const phmCommand: CliCommand = {
  name: 'phm',
  usage: 'phm recompute',
  summary: 'Population health: recompute every register, frailty index and review flag',
  async run(argv) {
    const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
    if (positionals[0] !== 'recompute') { console.error(USAGE); return 2; }
    const database = await openDatabase(databaseOptionsFromEnv(process.env));
    try {
      await migrateToLatest(database);
      const now = new Date();
      for (const networkId of await findNetworkIds(database.db)) {
        const started = performance.now();
        const n = await database.db.transaction().execute((trx) => recomputeSummaries(trx, { networkId, today: londonToday(now), now }));
        console.log(`network ${networkId}: ${n} patients in ${Math.round(performance.now() - started)} ms`);
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
