import { databaseOptionsFromEnv, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createDemoNetwork, deleteAllNetworkData, DEMO_PASSWORD, hasNetwork, type DemoLogin } from '../demo/index.ts';
import { parseFlags, UsageError } from './args.ts';
import { progressBar } from '../platform/progress.ts';

const USAGE = 'usage: commons demo [--scale pcn|city] [--seed N] [--history-months N] [--force]';

/** `commons demo`: builds the deterministic demo network into the configured database. */
export async function demoCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    scale: { type: 'string', default: 'pcn' },
    seed: { type: 'string', default: '1' },
    'history-months': { type: 'string' },
    force: { type: 'boolean', default: false },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}". ${USAGE}`);
  const scale = values.scale;
  if (scale !== 'pcn' && scale !== 'city') throw new UsageError(`--scale must be pcn or city, not "${scale}". ${USAGE}`);
  const seed = wholeNumber('--seed', values.seed!, 0, 2 ** 32 - 1);
  const historyMonths = values['history-months'] === undefined ? undefined : wholeNumber('--history-months', values['history-months'], 0, 12);

  const database = await openDatabase(databaseOptionsFromEnv(process.env));
  try {
    await migrateToLatest(database, (m) => console.log(m));
    if (await hasNetwork(database.db)) {
      if (!values.force) {
        console.error('commons demo: this database already holds a network, so the demo was not created.');
        console.error('  Run "commons demo --force" to delete ALL network data (every network, patient and appointment) and rebuild the demo,');
        console.error(`  or point ${database.engine === 'pglite' ? 'COMMONS_DATA_DIR' : 'DATABASE_URL'} at an empty database.`);
        return 1;
      }
      console.log('--force: deleting all network data…');
      await deleteAllNetworkData(database.db);
    }
    const started = Date.now();
    const { counts, logins } = await createDemoNetwork(database, { scale, seed, historyMonths, progress: progressBar() });
    const seconds = (Date.now() - started) / 1000;
    console.log(`\nDemo network (${scale}, seed ${seed}) created in ${seconds.toFixed(1)} s on ${database.engine}:`);
    for (const [name, n] of Object.entries(counts)) console.log(`  ${name.padEnd(28)} ${n.toLocaleString('en-GB').padStart(10)}`);
    console.log('');
    printDemoLogins(logins);
    return 0;
  } finally {
    await database.close();
  }
}

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not "${value}". ${USAGE}`);
  return n;
}

/** The demo accounts as a table, with the shared password and a warning that it is demo-only. */
export function printDemoLogins(logins: DemoLogin[], log: (line: string) => void = console.log): void {
  if (logins.length === 0) return;
  const width = (f: (l: DemoLogin) => string, title: string) => Math.max(title.length, ...logins.map((l) => f(l).length));
  const w = [width((l) => l.role, 'role'), width((l) => l.email, 'email'), width((l) => l.displayName, 'name'), width((l) => l.organisation, 'organisation')];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(w[i])).join('  ').trimEnd();
  log(`Demo logins (password for every account: ${DEMO_PASSWORD} — demo data only, never use it with real patients):`);
  log('  ' + line(['role', 'email', 'name', 'organisation']));
  for (const l of logins) log('  ' + line([l.role, l.email, l.displayName, l.organisation]));
}
