import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Database } from '../../src/db/database.ts';
import { buildApp } from '../../src/server/app.ts';
import { testConfig, type AppConfig } from '../../src/server/config.ts';
import { openTestDatabase } from './database.ts';
import { factories } from './factories.ts';

export interface Client {
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** A request with a body sent as is (malformed JSON, a wrong content type). */
  raw(method: InjectOptions['method'], url: string, payload: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

/** Starts the real app on its own fresh database; `as(staff)` signs in through the real login route. */
export async function startTestApp(options: { now?: () => Date; config?: Partial<AppConfig> } = {}) {
  const database: Database = await openTestDatabase();
  const clock = { now: options.now ?? (() => new Date()) };
  const app = await buildApp({ database, config: { ...testConfig, ...options.config }, now: () => clock.now() });
  await app.ready();
  const make = factories(database.db);

  function client(base: Record<string, string>): Client {
    const call = (method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}) =>
      app.inject({ method, url, headers: { ...base, ...headers }, ...(body !== undefined ? { payload: body as object } : {}) });
    return {
      get: (url, headers) => call('GET', url, undefined, headers),
      post: (url, body, headers) => call('POST', url, body ?? {}, headers),
      patch: (url, body, headers) => call('PATCH', url, body ?? {}, headers),
      put: (url, body, headers) => call('PUT', url, body ?? {}, headers),
      delete: (url, headers) => call('DELETE', url, undefined, headers),
      raw: (method, url, payload, headers = {}) => app.inject({ method, url, payload, headers: { 'content-type': 'application/json', ...base, ...headers } }),
    };
  }

  async function as(staff: { email: string; password: string }, organisationId?: string): Promise<Client> {
    const res = await app.inject({ method: 'POST', url: '/api/v1/identity/login', payload: { email: staff.email, password: staff.password } });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'commons_session')!;
    const headers = { cookie: `commons_session=${cookie.value}`, 'x-csrf-token': res.json().csrfToken as string };
    if (organisationId) {
      const sw = await app.inject({ method: 'POST', url: '/api/v1/identity/session/organisation', headers, payload: { organisationId } });
      if (sw.statusCode !== 200) throw new Error(`switch failed: ${sw.statusCode} ${sw.body}`);
    }
    return client(headers);
  }

  return {
    app,
    db: database.db,
    engine: database.engine,
    make,
    clock,
    as,
    anonymous: client({}),
    withToken: (token: string) => client({ authorization: `Bearer ${token}` }),
    async count(table: string, where: Record<string, unknown> = {}) {
      let q = database.db.selectFrom(table as never).select((eb) => eb.fn.countAll<number>().as('n'));
      for (const [k, v] of Object.entries(where)) q = q.where(k as never, '=', v as never);
      return Number((await q.executeTakeFirstOrThrow()).n);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
