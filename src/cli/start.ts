import cluster, { type Worker } from 'node:cluster';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { databaseOptionsFromEnv, openDatabase, type Database, type DatabaseOptions } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { maintainEmbeddedDatabase } from '../db/embedded-maintenance.ts';
import { createDemoNetwork, findDemoLogins } from '../demo/index.ts';
import { hasAnyNetwork } from '../modules/network/index.ts';
import { buildApp } from '../server/app.ts';
import { configFromEnv } from '../server/config.ts';
import { parseFlags, UsageError } from './args.ts';
import { printDemoLogins } from './demo.ts';
import { progressBar } from '../platform/progress.ts';

const SHUTDOWN_TIMEOUT_MS = 15_000;

/**
 * The demo is made only where nobody can have meant a real network: the embedded database in a data
 * folder that holds no database yet (no PG_VERSION: absent, empty, or holding only the message log the
 * log-file provider writes to ./.commons/messages.log). Never on DATABASE_URL (a production PostgreSQL
 * would get the demo's public password), never in a folder someone ran `commons init` or `commons migrate`
 * on (both create the database, PG_VERSION among it).
 */
export function demoWanted(options: DatabaseOptions): boolean {
  if (options.engine !== 'pglite' || !options.dataDir) return false;
  return !existsSync(options.dataDir) || !existsSync(join(options.dataDir, 'PG_VERSION'));
}

/** What `commons start` prints when the database holds no network: how to create one. */
export const NO_NETWORK_MESSAGE = [
  'This database holds no network yet, so nobody can sign in.',
  'Create the network and its first administrator with:  commons init',
  '(in a script: commons init --network-name … --admin-name … --admin-email … --admin-password-file …)',
  'To try Commons with made-up data instead: commons demo',
];

/** How many server processes: `--workers N`, else one per core on PostgreSQL and one on the embedded database. */
export function workerCount(flag: string | undefined, options: DatabaseOptions, cores = availableParallelism()): number {
  if (flag === undefined) return options.engine === 'postgres' ? cores : 1;
  const n = Number(flag);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--workers must be a whole number from 1 to 256, not "${flag}"`);
  if (n > 1 && options.engine !== 'postgres') {
    throw new UsageError('--workers above 1 needs PostgreSQL (DATABASE_URL): the embedded database belongs to one process');
  }
  return n;
}

/**
 * `commons start`: migrates, creates the demo network on a new embedded database (demoWanted), serves on
 * HOST:PORT and resolves with the exit code once SIGINT/SIGTERM has closed the server (in-flight
 * requests finish) and then the database. A second signal, or a shutdown that hangs, exits at once.
 * With several workers (PostgreSQL), this process prepares the database and supervises; the workers
 * (forked copies of this command) serve on the one port.
 */
export async function startCommand(argv: string[]): Promise<number> {
  if (cluster.isWorker) return serveAsWorker();
  const { values, positionals } = parseFlags(argv, { workers: { type: 'string' } });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}". usage: commons start [--workers N] (configure with PORT, HOST, DATABASE_URL, COMMONS_DATA_DIR)`);
  const config = configFromEnv(process.env);
  const options = databaseOptionsFromEnv(process.env);
  const workers = workerCount(values.workers, options);
  const fresh = demoWanted(options);
  const database = await openDatabase(options);
  let networkExists = true;
  let analyzed = false;
  try {
    await migrateToLatest(database, (m) => console.log(m));
    if (fresh && !(await hasAnyNetwork(database.db))) {
      console.log('The database is empty: creating the demo network (seed 1). This takes a minute or two, once.');
      const started = Date.now();
      await createDemoNetwork(database, { scale: 'pcn', seed: 1, progress: progressBar() });
      console.log(`Demo network created in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      analyzed = true; // the build ends with ANALYZE: a second one would cost another 5 s of the first start
    }
    // PGlite runs no autovacuum, so nothing else ever gathers the planner's statistics there; without
    // them the dashboard's rollup and population health's recompute plan nested loops over every row.
    // About 3 s on the pcn demo.
    if (database.engine === 'pglite' && !analyzed) await sql`analyze`.execute(database.db);
    networkExists = await hasAnyNetwork(database.db);
  } catch (e) {
    await database.close().catch(() => {});
    throw e;
  }
  const welcome = async (port: number) => {
    console.log(`\nCommons is running at http://localhost:${port}${workers > 1 ? ` (${workers} worker processes)` : ''}`);
    console.log(`API docs: http://localhost:${port}/docs\n`);
    if (networkExists) printDemoLogins(await findDemoLogins(database.db));
    else for (const line of NO_NETWORK_MESSAGE) console.log(line);
    console.log('\nPress Ctrl+C to stop.');
  };
  if (workers > 1) return superviseWorkers(workers, database, welcome);

  let app: FastifyInstance | undefined;
  try {
    app = await buildApp({ database, config });
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    throw e;
  }
  if (!networkExists) app.log.warn('no network in the database: run "commons init" to create one');
  await welcome((app.server.address() as AddressInfo).port);
  // PGlite has no autovacuum (nor checkpointer: the database layer checkpoints by the size of the log),
  // so dead rows were never reclaimed and nothing gathered statistics after the start (src/db/embedded-maintenance.ts).
  const started = app;
  const stopMaintenance = database.engine === 'pglite' ? maintainEmbeddedDatabase(database.db, (err, what) => started.log.warn({ err }, `${what} failed`)) : () => {};
  return closeOnSignal(app, database, { beforeClose: stopMaintenance });
}

/** One worker: its own pool and server on the shared port; the first runs the background jobs. */
async function serveAsWorker(): Promise<number> {
  const config = configFromEnv(process.env);
  const database = await openDatabase(databaseOptionsFromEnv(process.env));
  const count = Number(process.env.COMMONS_WORKER_COUNT ?? 1);
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp({ database, config, workers: { count, runsJobs: process.env.COMMONS_WORKER_RUNS_JOBS === '1' } });
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    throw e;
  }
  return closeOnSignal(app, database, { quiet: true });
}

/**
 * Forks the workers, replaces one that dies unexpectedly (after a second, so a crash loop does not
 * spin), and on SIGINT/SIGTERM asks each to finish its requests and waits for all of them.
 */
function superviseWorkers(count: number, database: Database, welcome: (port: number) => Promise<void>): Promise<number> {
  let stopping = false;
  let welcomed = false;
  let jobRunner: Worker | undefined;
  const fork = (runsJobs: boolean) => {
    const worker = cluster.fork({ COMMONS_WORKER_COUNT: String(count), COMMONS_WORKER_RUNS_JOBS: runsJobs ? '1' : '0' });
    if (runsJobs) jobRunner = worker;
    worker.on('listening', (address) => {
      if (welcomed) return;
      welcomed = true;
      void welcome(address.port);
    });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      console.error(`worker ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); starting another in 1 s`);
      setTimeout(() => { if (!stopping) fork(worker === jobRunner); }, 1_000).unref();
    });
  };
  for (let i = 0; i < count; i++) fork(i === 0);

  return new Promise<number>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        console.error(`${signal} again: exiting now.`);
        process.exit(1);
      }
      stopping = true;
      console.log(`${signal}: the workers finish requests in flight, then stop…`);
      const deadline = setTimeout(() => {
        console.error(`Shutdown took longer than ${SHUTDOWN_TIMEOUT_MS / 1000} s: exiting.`);
        process.exit(1);
      }, SHUTDOWN_TIMEOUT_MS);
      deadline.unref();
      const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
      let failed = false;
      void Promise.all(alive.map((w) => new Promise<void>((done) => {
        w.once('exit', (code) => { if (code) failed = true; done(); });
        w.process.kill('SIGTERM');
      }))).then(async () => {
        await database.close().catch(() => {});
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        console.log('Stopped.');
        setTimeout(() => process.exit(failed ? 1 : 0), 1_000).unref();
        resolve(failed ? 1 : 0);
      });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** Waits for SIGINT/SIGTERM, then closes the server (requests in flight finish) and the database. */
function closeOnSignal(server: FastifyInstance, database: Database, { quiet = false, beforeClose = () => {} } = {}): Promise<number> {
  return new Promise<number>((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        if (!quiet) console.error(`${signal} again: exiting now.`);
        process.exit(1);
      }
      stopping = true;
      if (!quiet) console.log(`${signal}: finishing requests in flight, then closing the database…`);
      const deadline = setTimeout(() => {
        console.error(`Shutdown took longer than ${SHUTDOWN_TIMEOUT_MS / 1000} s: exiting.`);
        process.exit(1);
      }, SHUTDOWN_TIMEOUT_MS);
      deadline.unref();
      void (async () => {
        let code = 0;
        try {
          beforeClose();
          await server.close();
          await database.close();
          if (!quiet) console.log('Stopped.');
        } catch (e) {
          console.error('Error while shutting down:', e);
          code = 1;
        }
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        // Exit even if a library left a handle open; unref'd, so it never delays a clean exit.
        setTimeout(() => process.exit(code), 1_000).unref();
        resolve(code);
      })();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
