import { existsSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { databaseOptionsFromEnv, openDatabase, type DatabaseOptions } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createDemoNetwork, findDemoLogins } from '../demo/index.ts';
import { hasAnyNetwork } from '../modules/network/index.ts';
import { buildApp } from '../server/app.ts';
import { configFromEnv } from '../server/config.ts';
import { parseFlags, UsageError } from './args.ts';
import { printDemoLogins } from './demo.ts';
import { progressBar } from './progress.ts';

const SHUTDOWN_TIMEOUT_MS = 15_000;

/**
 * The demo is made only where nobody can have meant a real network: the embedded database in a data
 * folder that did not exist or was empty before this start. Never on DATABASE_URL (a production
 * PostgreSQL would get the demo's public password), never in a folder someone ran `commons init` or
 * `commons migrate` on.
 */
export function demoWanted(options: DatabaseOptions): boolean {
  if (options.engine !== 'pglite' || !options.dataDir) return false;
  return !existsSync(options.dataDir) || readdirSync(options.dataDir).length === 0;
}

/** What `commons start` prints when the database holds no network: how to create one. */
export const NO_NETWORK_MESSAGE = [
  'This database holds no network yet, so nobody can sign in.',
  'Create the network and its first administrator with:  commons init',
  '(in a script: commons init --network-name … --admin-name … --admin-email … --admin-password-file …)',
  'To try Commons with made-up data instead: commons demo',
];

/**
 * `commons start`: migrates, creates the demo network on a new embedded database (demoWanted), serves on
 * HOST:PORT and resolves with the exit code once SIGINT/SIGTERM has closed the server (in-flight
 * requests finish) and then the database. A second signal, or a shutdown that hangs, exits at once.
 */
export async function startCommand(argv: string[]): Promise<number> {
  const { positionals } = parseFlags(argv, {});
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}". usage: commons start (configure with PORT, HOST, DATABASE_URL, COMMONS_DATA_DIR)`);
  const config = configFromEnv(process.env);
  const options = databaseOptionsFromEnv(process.env);
  const fresh = demoWanted(options);
  const database = await openDatabase(options);
  let app: FastifyInstance | undefined;
  let networkExists = true;
  try {
    await migrateToLatest(database, (m) => console.log(m));
    if (fresh && !(await hasAnyNetwork(database.db))) {
      console.log('The database is empty: creating the demo network (seed 1). This takes under a minute, once.');
      const started = Date.now();
      await createDemoNetwork(database, { scale: 'pcn', seed: 1, progress: progressBar() });
      console.log(`Demo network created in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
    networkExists = await hasAnyNetwork(database.db);
    app = await buildApp({ database, config });
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    throw e;
  }
  const server = app;
  const port = (server.server.address() as AddressInfo).port;
  console.log(`\nCommons is running at http://localhost:${port}`);
  console.log(`API docs: http://localhost:${port}/docs\n`);
  if (networkExists) printDemoLogins(await findDemoLogins(database.db));
  else {
    server.log.warn('no network in the database: run "commons init" to create one');
    for (const line of NO_NETWORK_MESSAGE) console.log(line);
  }
  console.log('\nPress Ctrl+C to stop.');

  return new Promise<number>((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        console.error(`${signal} again: exiting now.`);
        process.exit(1);
      }
      stopping = true;
      console.log(`${signal}: finishing requests in flight, then closing the database…`);
      const deadline = setTimeout(() => {
        console.error(`Shutdown took longer than ${SHUTDOWN_TIMEOUT_MS / 1000} s: exiting.`);
        process.exit(1);
      }, SHUTDOWN_TIMEOUT_MS);
      deadline.unref();
      void (async () => {
        let code = 0;
        try {
          await server.close();
          await database.close();
          console.log('Stopped.');
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
