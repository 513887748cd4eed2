import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { buildApp } from '../../src/server/app.ts';
import { testConfig } from '../../src/server/config.ts';
import { factories, nextNhsNumber } from '../support/factories.ts';

// A PostgreSQL restart under load, on a throwaway server this test starts itself (the server the
// other tests share is not ours to restart). It runs wherever PostgreSQL's binaries are installed,
// CI included; only a developer machine without them skips it, saying so.

function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'pg_ctl'))) return join(root, v, 'bin');
  return null;
}
const PG_BIN = findPgBin();
if (!PG_BIN && (process.env.CI || process.env.DATABASE_URL)) throw new Error('PostgreSQL server binaries (pg_ctl, initdb) are needed for the restart test and were not found under /usr/lib/postgresql');
if (!PG_BIN) console.warn('SKIPPING the PostgreSQL restart test: no PostgreSQL server binaries under /usr/lib/postgresql on this machine');

const asRoot = process.getuid?.() === 0;
function pg(tool: string, args: string[]) {
  const cmd = join(PG_BIN!, tool);
  // PostgreSQL refuses to run as root; CI runs as root, so the server runs as the postgres user.
  return asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' }) : execFileSync(cmd, args, { stdio: 'pipe' });
}

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const port = (s.address() as { port: number }).port; s.close(() => done(port)); });
  });
}

let dir: string;
let dataDir: string;
let database: Database;
let app: FastifyInstance;
const poolErrors: string[] = [];

describe.skipIf(!PG_BIN)('a PostgreSQL restart', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'commons-restart-'));
    dataDir = join(dir, 'data');
    if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
    const port = await freePort();
    pg('initdb', ['-D', dataDir, '--username=postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
    pg('pg_ctl', ['-D', dataDir, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off`, 'start']);
    database = await openDatabase({ engine: 'postgres', url: `postgres://postgres@127.0.0.1:${port}/postgres`, poolSize: 10, onPoolError: (e) => poolErrors.push(e.message) });
    await migrateToLatest(database);
    app = await buildApp({ database, config: testConfig });
    await app.ready();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
    try { pg('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']); } catch { /* not running */ }
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After while it is away, loses no acknowledged write, and serves again within 5 s', async () => {
    const w = await factories(database.db).world();
    const login = await app.inject({ method: 'POST', url: '/api/v1/identity/login', payload: { email: w.receptionistA.email, password: w.receptionistA.password } });
    const headers = { cookie: `commons_session=${login.cookies[0].value}`, 'x-csrf-token': login.json().csrfToken };

    // Idle first: connections in the pool that the restart closes must not take the process down.
    for (let i = 0; i < 5; i++) expect((await app.inject({ url: '/api/v1/health' })).statusCode).toBe(200);
    pg('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'restart']);
    const idleBack = Date.now();
    let health = await app.inject({ url: '/api/v1/health' });
    while (health.statusCode !== 200 && Date.now() - idleBack < 5_000) health = await app.inject({ url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);

    // Then under load: four writers registering patients while the server restarts.
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    const unavailable: { retryAfter: unknown; type: string; contentType: unknown }[] = [];
    let stop = false;
    const writer = async () => {
      while (!stop) {
        const res = await app.inject({ method: 'POST', url: '/api/v1/patients', headers, payload: { nhsNumber: nextNhsNumber(), practiceId: w.practiceA.id, givenName: 'Load', familyName: 'Tester', dateOfBirth: '1970-01-01', sex: 'female' } });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        if (res.statusCode === 201) acknowledged.push(res.json().id);
        if (res.statusCode === 503) unavailable.push({ retryAfter: res.headers['retry-after'], type: res.json().type, contentType: res.headers['content-type'] });
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    await new Promise((r) => setTimeout(r, 500));
    pg('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    await new Promise((r) => setTimeout(r, 1_000)); // away for a second
    pg('pg_ctl', ['-D', dataDir, '-l', join(dir, 'log'), '-w', 'start']);
    const back = Date.now();
    let served: number | null = null;
    while (Date.now() - back < 10_000) {
      if ((await app.inject({ url: '/api/v1/health' })).statusCode === 200) { served = Date.now() - back; break; }
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 500));
    stop = true;
    await Promise.all(writers);

    console.log(`restart under load: statuses ${JSON.stringify(Object.fromEntries(statuses))}, serving again ${served} ms after the database was back, pool errors handled: ${poolErrors.length}`);
    expect(served).not.toBeNull();
    expect(served!).toBeLessThan(5_000);
    expect([...statuses.keys()].sort()).toEqual([201, 503]);
    for (const u of unavailable) {
      expect(u.retryAfter).toBe('5');
      expect(u.contentType).toContain('application/problem+json');
      expect(u.type).toMatch(/database-unavailable$/);
    }
    const stored = await database.db.selectFrom('patient').select('id').where('network_id', '=', w.network.id).where('id', 'in', acknowledged).execute();
    expect(stored.length).toBe(acknowledged.length);
    expect(acknowledged.length).toBeGreaterThan(0);
  }, 120_000);

  it('reports not ready on health while the database is down', async () => {
    pg('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    try {
      const res = await app.inject({ url: '/api/v1/health' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
    } finally {
      pg('pg_ctl', ['-D', dataDir, '-l', join(dir, 'log'), '-w', 'start']);
    }
    expect((await app.inject({ url: '/api/v1/health' })).statusCode).toBe(200);
  }, 60_000);
});
