import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.ts';
import { configFromEnv } from '../src/server/config.ts';
import { newId } from '../src/platform/ids.ts';
import type { Database } from '../src/db/database.ts';

// The real app on a free loopback port, plus three bench-only routes that set the limits every figure
// is compared with, measured on the same server in the same run:
//   /bench/bare     answers without touching the database;
//   /bench/pk/:id   one primary-key select of a patient;
//   /bench/write    inserts one row in a transaction (the least a booking can cost: one commit).
// An onResponse hook records each reply's time in the server.

const WRITE_TABLE = 'bench_write';

export interface BenchServer {
  app: FastifyInstance;
  origin: string;
  record(into: number[] | null): void;
  close(): Promise<void>;
}

export async function startBenchServer(database: Database, networkId: string): Promise<BenchServer> {
  // Not a migration: the table exists only while the bench runs, in the bench's own database.
  await sql`create table if not exists ${sql.table(WRITE_TABLE)} (id uuid primary key, network_id uuid not null, at timestamptz not null, note text not null)`.execute(database.db);
  // No background jobs: what they do (the waitlist, reminders, the outbox, the analytics rollup) is not
  // what a route costs, and a run of one inside a measured window made the figures of that path wrong.
  const app = await buildApp({ database, config: { ...configFromEnv({}), port: 0, host: '127.0.0.1', webDir: null, logLevel: 'silent' }, workers: { count: 1, runsJobs: false } });
  let recording: number[] | null = null;
  app.addHook('onResponse', async (_req, reply) => {
    recording?.push(reply.elapsedTime);
  });
  app.get('/bench/bare', { config: { public: true }, schema: { hide: true } }, async () => ({ ok: true }));
  app.get('/bench/pk/:id', { config: { public: true }, schema: { hide: true, params: Type.Object({ id: Type.String() }) } }, async (req) => {
    const { id } = req.params as { id: string };
    return database.db.selectFrom('patient').select(['id', 'given_name', 'family_name', 'date_of_birth']).where('network_id', '=', networkId).where('id', '=', id).executeTakeFirst();
  });
  app.post('/bench/write', { config: { public: true }, schema: { hide: true, body: Type.Object({ note: Type.String({ maxLength: 200 }) }) } }, async (req, reply) => {
    const { note } = req.body as { note: string };
    const id = newId();
    await database.db.transaction().execute(async (trx) => {
      await sql`insert into ${sql.table(WRITE_TABLE)} (id, network_id, at, note) values (${id}, ${networkId}, ${new Date()}, ${note})`.execute(trx);
    });
    return reply.code(201).send({ id });
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    origin: `http://127.0.0.1:${port}`,
    record: (into) => { recording = into; },
    async close() {
      await app.close();
      await sql`drop table if exists ${sql.table(WRITE_TABLE)}`.execute(database.db);
    },
  };
}
