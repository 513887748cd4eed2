import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../../test/support/database.ts';
import { factories, type World } from '../../test/support/factories.ts';
import { buildApp } from './app.ts';
import { testConfig, type AppConfig } from './config.ts';

// Health, readiness, metrics and running behind a proxy: each needs its own configuration, so these
// tests build apps directly on one shared test database.

let database: Database;
const apps: FastifyInstance[] = [];
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  for (const a of apps) await a.close();
  await database.close();
});

async function appWith(config: Partial<AppConfig> = {}, db: Database = database) {
  const app = await buildApp({ database: db, config: { ...testConfig, ...config }, now: () => new Date('2026-06-01T07:00:00Z') });
  app.get('/api/v1/test-only/ip', { config: { public: true }, schema: { hide: true } }, async (req) => ({ ip: req.ip, protocol: req.protocol }));
  await app.ready();
  apps.push(app);
  return app;
}

describe('health', () => {
  it('answers liveness and readiness on a migrated database', async () => {
    const app = await appWith();
    const live = await app.inject({ url: '/api/v1/health' });
    expect(live.json()).toEqual({ status: 'ok', database: database.engine });
    const ready = await app.inject({ url: '/api/v1/health/ready' });
    expect(ready.statusCode, ready.body).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: database.engine });
    expect(ready.json().migrations).toBeGreaterThanOrEqual(8);
  });

  it('is not ready while a migration is missing, and names it; liveness stays 200', async () => {
    const own = await openTestDatabase();
    let app: FastifyInstance | undefined;
    try {
      app = await appWith({}, own);
      const last = await own.db.selectFrom('schema_migration').select('name').orderBy('name', 'desc').executeTakeFirstOrThrow();
      await own.db.deleteFrom('schema_migration').where('name', '=', last.name).execute();
      const ready = await app.inject({ url: '/api/v1/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.headers['content-type']).toContain('application/problem+json');
      expect(ready.json()).toMatchObject({ type: expect.stringMatching(/health\/migrations-pending$/), detail: expect.stringContaining(last.name) });
      expect((await app.inject({ url: '/api/v1/health' })).statusCode).toBe(200);
      await own.db.schema.dropTable('schema_migration').execute();
      const gone = await app.inject({ url: '/api/v1/health/ready' });
      expect([gone.statusCode, gone.json().type]).toEqual([503, expect.stringMatching(/health\/database-unreachable$/)]);
    } finally {
      // The app's background jobs use this database: stop them before closing it.
      await app?.close();
      apps.splice(apps.indexOf(app!), 1);
      await own.close();
    }
  });
});

describe('metrics', () => {
  let w: World;
  beforeAll(async () => {
    w = await factories(database.db).world();
  });

  it('reports the modules\' gauges and the process, and only route patterns', async () => {
    const app = await appWith();
    await app.inject({ url: `/api/v1/patients/${w.network.id}` });
    const res = await app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(/^commons_outbox_backlog \d+$/m);
    expect(res.body).toMatch(/^commons_consultations_overdue \d+$/m);
    expect(res.body).toMatch(/^commons_process_resident_memory_bytes \d+/m);
    expect(res.body).toContain('commons_http_requests_total{method="GET",route="/api/v1/patients/:id",status="401"} 1');
    expect(res.body).not.toContain(w.network.id); // never a raw URL
  });

  it('answers only this machine, unless the caller has the metrics token', async () => {
    const token = 'm'.repeat(40);
    const app = await appWith({ metricsToken: token });
    const remote = await app.inject({ url: '/metrics', remoteAddress: '10.1.2.3' });
    expect(remote.statusCode).toBe(403);
    expect(remote.headers['content-type']).toContain('application/problem+json');
    // A proxy on this machine forwarding an outside request is not "this machine".
    expect((await app.inject({ url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.7' } })).statusCode).toBe(403);
    expect((await app.inject({ url: '/metrics', remoteAddress: '10.1.2.3', headers: { authorization: `Bearer ${'x'.repeat(40)}` } })).statusCode).toBe(403);
    expect((await app.inject({ url: '/metrics', remoteAddress: '10.1.2.3', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
    const noToken = await appWith();
    expect((await noToken.inject({ url: '/metrics', remoteAddress: '10.1.2.3', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(403);
  });
});

describe('behind a load balancer (COMMONS_TRUST_PROXY)', () => {
  it('takes the client address and protocol from the proxy only when told to', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' };
    const direct = await appWith();
    expect((await direct.inject({ url: '/api/v1/test-only/ip', headers, remoteAddress: '10.0.0.2' })).json()).toEqual({ ip: '10.0.0.2', protocol: 'http' });
    const behind = await appWith({ trustProxy: '10.0.0.0/8' });
    expect((await behind.inject({ url: '/api/v1/test-only/ip', headers, remoteAddress: '10.0.0.2' })).json()).toEqual({ ip: '203.0.113.9', protocol: 'https' });
    // A client that is not the proxy cannot claim another address.
    expect((await behind.inject({ url: '/api/v1/test-only/ip', headers, remoteAddress: '198.51.100.4' })).json().ip).toBe('198.51.100.4');
  });
});
