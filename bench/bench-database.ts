import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createDemoNetwork } from '../src/demo/index.ts';
import { progressBar } from '../src/platform/progress.ts';

export type BenchScale = 'pcn' | 'city';

export interface BenchDatabase {
  database: Database;
  networkId: string;
  /** Where the data lives, for the report: a PGlite folder or the PostgreSQL host. */
  where: string;
  reused: boolean;
  buildSeconds: number;
}

const SEED = 1;

/**
 * Opens the benchmark's database and makes sure it holds a demo network of the asked scale.
 * PGlite: a data directory of its own under .bench/<scale>, kept between runs (building a city
 * takes minutes; it is gitignored). PostgreSQL (DATABASE_URL): that database, reusing any network in it.
 */
export async function openBenchDatabase(scale: BenchScale, env: NodeJS.ProcessEnv): Promise<BenchDatabase> {
  let database: Database;
  let where: string;
  if (env.DATABASE_URL) {
    database = await openDatabase({ engine: 'postgres', url: env.DATABASE_URL, poolSize: 20 });
    const u = new URL(env.DATABASE_URL);
    where = `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } else {
    const dataDir = resolve('.bench', scale);
    where = `PGlite ${dataDir}${existsSync(dataDir) ? '' : ' (new)'}`;
    database = await openDatabase({ engine: 'pglite', dataDir });
  }
  await migrateToLatest(database);
  const existing = await database.db.selectFrom('network').select('id').orderBy('id').executeTakeFirst();
  if (existing) return { database, networkId: existing.id, where, reused: true, buildSeconds: 0 };

  console.log(`No network in ${where}: building the ${scale}-scale demo network once (it is kept for later runs)…`);
  const t0 = Date.now();
  const result = await createDemoNetwork(database, { scale, seed: SEED, progress: progressBar() });
  // Fresh statistics for the planner, as autovacuum would gather on a live server.
  await sql`analyze`.execute(database.db);
  return { database, networkId: result.networkId, where, reused: false, buildSeconds: (Date.now() - t0) / 1000 };
}

/** What the network holds, for the report header. */
export async function describeNetwork(database: Database, networkId: string, now: Date) {
  const count = async (q: ReturnType<typeof sql<{ n: number }>>) => Number((await q.execute(database.db)).rows[0].n);
  return {
    practices: await count(sql`select count(*)::int as n from organisation where network_id = ${networkId} and kind = 'practice'`),
    hubs: await count(sql`select count(*)::int as n from organisation where network_id = ${networkId} and kind = 'hub'`),
    patients: await count(sql`select count(*)::int as n from patient where network_id = ${networkId}`),
    futureSlots: await count(sql`select count(*)::int as n from slot where network_id = ${networkId} and start_at > ${now}`),
    futureFree: await count(sql`select count(*)::int as n from slot where network_id = ${networkId} and start_at > ${now} and status = 'free'`),
  };
}
