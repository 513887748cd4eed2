import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/test-app.ts';
import type { World } from '../support/factories.ts';
import { makeSlots } from '../support/booking.ts';

// Walks every route of the OpenAPI document with malformed input (wrong types, missing and unknown
// fields, control characters, huge values, impossible dates, broken credentials), as anonymous, as a
// signed-in clinical director, as an administrator and as an API token, and fails on any 5xx.
// Bad input is the caller's mistake: it must come back as a 4xx problem, never as "our fault".

type Schema = Record<string, any>;
interface Operation { method: string; path: string; params: { in: string; name: string; schema: Schema; required?: boolean }[]; body: Schema | null }

let t: TestApp;
let w: World;
let known: Record<string, string>;
const clients: Record<string, Client> = {};

beforeAll(async () => {
  t = await startTestApp();
  w = await t.make.world();
  const director = await t.make.staff(w.network.id, [{ organisationId: w.practiceA.id, role: 'clinical-director' }, { organisationId: w.practiceA.id, role: 'practice-manager' }]);
  const [slotId] = await makeSlots(t.db, { networkId: w.network.id, staffId: w.gpA.id, organisationId: w.practiceA.id, siteId: w.siteA.id, serviceId: w.gpService.id, start: new Date(Date.now() + 86_400_000), count: 3, channels: ['own-practice', 'network', 'nhs111'] });
  clients.anonymous = t.anonymous;
  clients.director = await t.as(director);
  clients.admin = await t.as(w.admin);
  const token = await clients.admin.post('/api/v1/identity/tokens', { name: 'fuzz', organisationId: w.practiceA.id, scopes: ['slots:read', 'appointments:read'] });
  clients.token = t.withToken(token.json().token ?? 'none');
  known = {
    patientId: w.patientA.id, practiceId: w.practiceA.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id,
    serviceId: w.gpService.id, slotId, id: w.patientA.id,
  };
});
afterAll(() => t?.close());

function operations(): Operation[] {
  const doc = t.app.swagger() as { paths: Record<string, Record<string, any>> };
  const ops: Operation[] = [];
  for (const [path, byMethod] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(byMethod)) {
      ops.push({ method: method.toUpperCase(), path, params: op.parameters ?? [], body: op.requestBody?.content?.['application/json']?.schema ?? null });
    }
  }
  return ops;
}

/** A value the schema accepts, as far as a generator can tell; ids are real rows where the name says which. */
function sample(schema: Schema, name = ''): unknown {
  if (!schema) return 'x';
  if ('const' in schema) return schema.const;
  if (schema.enum) return schema.enum[0];
  if ('default' in schema) return schema.default;
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return sample(choices.find((c: Schema) => c.type !== 'null') ?? choices[0], name);
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries<Schema>(schema.properties ?? {})) out[k] = sample(v, k);
      return out;
    }
    case 'array': return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => sample(schema.items ?? {}, name));
    case 'integer': case 'number': return schema.minimum ?? 1;
    case 'boolean': return true;
    case 'null': return null;
    default: {
      const byFormat: Record<string, string> = {
        uuid: known[name] ?? crypto.randomUUID(), date: '2026-12-01', 'date-time': new Date(Date.now() + 86_400_000).toISOString(), email: 'someone@example.org',
        'nhs-number': '9434765919', 'uk-postcode': 'LS1 4AP', 'ods-code': 'A81001',
      };
      if (schema.format && byFormat[schema.format]) return byFormat[schema.format];
      return 'x'.repeat(Math.max(2, schema.minLength ?? 2));
    }
  }
}

/** Malformed stand-ins for one value. */
const BAD_VALUES: unknown[] = [
  123, -1, 1e308, true, null, {}, [], '', 'a\u0000b', 'tab\u0007bell', '\u001b[31m', 'x'.repeat(20_000), '0000-01-01', '99999-12-31', '2026-02-31',
  '+275760-09-13T00:00:00.000Z', '0000-01-01T00:00:00Z', '1980-02-31T10:00:00Z', '../../etc/passwd', "'; drop table patient; --", '\ud800', '🙂'.repeat(50),
];
/** Inside nested objects and arrays, the values that have broken something before. */
const NESTED_BAD_VALUES: unknown[] = [123, null, {}, 'a\u0000b', '\ud800', 'x'.repeat(20_000), '0000-01-01', '+275760-09-13T00:00:00.000Z', 1e308];
const BAD_QUERY = ['', 'a\u0000b', '%00', 'x'.repeat(5000), '0000-01-01', '99999-12-31', '2026-02-31', '31/02/1980', '-1', '1e400', 'true', '[]', '+275760-09-13T00:00:00.000Z', 'MDAwMC0wMS0wMXx4', Buffer.from('+275760-09-13T00:00:00.000Z|00000000-0000-0000-0000-000000000000').toString('base64url'), Buffer.from('0000-01-01T00:00:00Z|00000000-0000-0000-0000-000000000000').toString('base64url')];
const BAD_PATH = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', '%00', 'x'.repeat(300), crypto.randomUUID()];

/** Every leaf of a JSON value, as a list of keys from the root. */
function leaves(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    const inner = entries.flatMap(([k, v]) => leaves(v, [...at, k]));
    return at.length ? [at, ...inner] : inner;
  }
  return at.length ? [at] : [];
}

function withValue(root: unknown, path: (string | number)[], value: unknown | typeof REMOVE): unknown {
  const copy = structuredClone(root) as any;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k];
  const last = path[path.length - 1];
  if (value === REMOVE) { if (Array.isArray(node)) node.splice(last as number, 1); else delete node[last]; } else node[last] = value;
  return copy;
}
const REMOVE = Symbol('remove');

interface Attempt { url: string; body?: unknown; raw?: string; headers?: Record<string, string> }

function attemptsFor(op: Operation): Attempt[] {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const url = (path: Record<string, string> = {}, query: Record<string, string> = {}) => {
    let u = op.path;
    for (const p of pathParams) u = u.replace(`{${p.name}}`, path[p.name] ?? String(sample(p.schema, p.name === 'id' ? 'id' : p.name)));
    const qs = new URLSearchParams(query).toString();
    return qs ? `${u}?${qs}` : u;
  };
  const validQuery: Record<string, string> = {};
  for (const p of queryParams) if (p.required) validQuery[p.name] = String(sample(p.schema, p.name));
  const validBody = op.body ? sample(op.body) : undefined;
  const out: Attempt[] = [{ url: url({}, validQuery), body: validBody }];
  for (const p of pathParams) for (const bad of BAD_PATH) out.push({ url: url({ [p.name]: encodeURIComponent(bad).replace('%2500', '%00') }, validQuery), body: validBody });
  for (const p of queryParams) {
    for (const bad of BAD_QUERY) out.push({ url: url({}, { ...validQuery, [p.name]: bad }).replace('%2500', '%00'), body: validBody });
    out.push({ url: url({}, { ...validQuery, [p.name]: String(sample(p.schema, p.name)) }), body: validBody });
  }
  out.push({ url: url({}, { ...validQuery, unknownField: 'x' }), body: validBody });
  if (op.body) {
    for (const leaf of leaves(validBody)) {
      out.push({ url: url({}, validQuery), body: withValue(validBody, leaf, REMOVE) });
      for (const bad of leaf.length > 1 ? NESTED_BAD_VALUES : BAD_VALUES) out.push({ url: url({}, validQuery), body: withValue(validBody, leaf, bad) });
    }
    for (const body of [{ ...(validBody as object), unknownField: 1 }, [], 'text', 42, null, {}]) out.push({ url: url({}, validQuery), body });
    out.push({ url: url({}, validQuery), raw: '{"broken": ' });
    out.push({ url: url({}, validQuery), raw: '{"a":"\\u0000"}' });
  }
  if (op.params.some((p) => p.in === 'header' && p.name === 'idempotency-key')) {
    for (const key of ['', 'k'.repeat(5000), 'same-key']) out.push({ url: url({}, validQuery), body: validBody, headers: { 'idempotency-key': key } });
  }
  return out;
}

/** Credentials that are present but wrong in shape: each must behave as if absent. */
const BROKEN_CREDENTIALS: Record<string, string>[] = [
  { cookie: 'commons_session=000000000000000000000000000000000000.x' },
  { cookie: 'commons_session=' + 'a'.repeat(36) + '.' + 'b'.repeat(40) },
  { cookie: 'commons_session=%E0%A4%A' },
  { cookie: 'commons_session=' + 'x'.repeat(4000) },
  { cookie: 'commons_session=.' },
  { authorization: 'Bearer cmn_------------------------------------_aaaaaaaaaaaaaaaaaaaaaaaa' },
  { authorization: 'Bearer cmn_000000000000000000000000000000000000_aaaaaaaaaaaaaaaaaaaaaaaa' },
  { authorization: 'Bearer ' + 'z'.repeat(3000) },
  { authorization: 'Basic Zm9vOmJhcg==' },
  { authorization: 'Bearer' },
];

function problemType(res: { body: string }): string {
  try { return String(JSON.parse(res.body).type ?? ''); } catch { return ''; }
}

async function send(client: Client | null, method: string, a: Attempt, extra: Record<string, string> = {}) {
  const headers = { ...(a.headers ?? {}), ...extra };
  const c = client ?? t.anonymous;
  if (a.raw !== undefined) return c.raw(method as never, a.url, a.raw, headers);
  switch (method) {
    case 'GET': return c.get(a.url, headers);
    case 'DELETE': return c.delete(a.url, headers);
    case 'PATCH': return c.patch(a.url, a.body, headers);
    case 'PUT': return c.put(a.url, a.body, headers);
    default: return c.post(a.url, a.body, headers);
  }
}

describe('every route, malformed input', () => {
  it('never answers 5xx', async () => {
    const failures: string[] = [];
    let sent = 0;
    const record = (who: string, method: string, a: Attempt, res: { statusCode: number; body: string }) => {
      sent++;
      if (res.statusCode >= 500) failures.push(`${who} ${method} ${a.url.slice(0, 200)} ${JSON.stringify(a.body ?? a.raw ?? null)?.slice(0, 200)} ${JSON.stringify(a.headers ?? {}).slice(0, 100)} -> ${res.statusCode} ${res.body.slice(0, 200)}`);
    };
    for (const op of operations()) {
      // Signing out would end the session the rest of the walk uses: it is walked anonymously only.
      const who = op.path.endsWith('/logout') ? ['anonymous'] : ['director', 'admin', 'token', 'anonymous'];
      const attempts = attemptsFor(op);
      let walked = false;
      for (const name of who) {
        const first = await send(clients[name], op.method, attempts[0]);
        record(name, op.method, attempts[0], first);
        // Who may call a route is decided before its input is read: a refused caller needs no more tries.
        if (/identity\/(unauthenticated|permission)$/.test(problemType(first))) continue;
        // The whole walk once per route, as the first caller allowed in; the others a sample of it.
        for (const a of walked ? attempts.slice(1, 12) : attempts.slice(1)) record(name, op.method, a, await send(clients[name], op.method, a));
        walked = true;
      }
      for (const creds of BROKEN_CREDENTIALS) record(`broken ${JSON.stringify(creds).slice(0, 60)}`, op.method, attempts[0], await send(null, op.method, attempts[0], creds));
    }
    console.log(`fuzz: ${sent} requests, ${failures.length} answered 5xx`);
    for (const f of failures.slice(0, 40)) console.log(`5xx: ${f}`);
    expect(failures.slice(0, 40), `${failures.length} of ${sent} requests answered 5xx`).toEqual([]);
  }, 600_000);

  it('treats a malformed session cookie as absent: health answers and sign-in works', async () => {
    const stray = { cookie: 'commons_session=000000000000000000000000000000000000.x' };
    expect((await t.anonymous.get('/api/v1/health', stray)).statusCode).toBe(200);
    expect((await t.anonymous.get('/api/v1/network', stray)).statusCode).toBe(401);
    const login = await t.anonymous.post('/api/v1/identity/login', { email: w.receptionistA.email, password: w.receptionistA.password }, stray);
    expect(login.statusCode).toBe(200);
  });

  it('rejects a control character with a 400 naming the field, on the public form too', async () => {
    const res = await t.anonymous.post('/api/v1/identity/login', { email: w.receptionistA.email, password: 'pass\u0000word' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors[0].pointer).toBe('/body/password');
    const search = await clients.director.get('/api/v1/patients?q=at%00kinson');
    expect(search.statusCode).toBe(400);
    expect(search.json().errors[0].pointer).toBe('/querystring/q');
  });

  it('keeps line breaks and tabs in free text', async () => {
    const res = await clients.director.patch(`/api/v1/patients/${w.patientA.id}`, { reasonableAdjustments: 'Line one\nline two\twith a tab' });
    expect(res.statusCode).toBe(200);
    expect(res.json().reasonableAdjustments).toBe('Line one\nline two\twith a tab');
  });

  it('bounds clinical dates to the years 1900 to 2100', async () => {
    for (const dateOfBirth of ['0000-01-01', '1899-12-31', '2101-01-01']) {
      const res = await clients.director.get(`/api/v1/patients?dateOfBirth=${dateOfBirth}`);
      expect(res.statusCode, dateOfBirth).toBe(400);
      expect(res.json().errors[0].pointer).toBe('/querystring/dateOfBirth');
    }
    expect((await clients.director.get('/api/v1/patients?dateOfBirth=1956-03-02')).statusCode).toBe(200);
  });
});

describe('patient search', () => {
  it('answers 400 naming the field, not 500, for a date that does not exist', async () => {
    for (const q of ['31/02/1980', '2026-02-31', '0000-01-01']) {
      const res = await clients.director.get(`/api/v1/patients?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().type).toMatch(/patients\/impossible-date$/);
      expect(res.json().errors[0].pointer).toBe('/querystring/q');
    }
    // A patient made here: the walk over every route above may have changed Mary Atkinson's record.
    const dayFirst = await t.make.patient(w.network.id, w.practiceA.id, { givenName: 'Dora', familyName: 'Dayfirst', dateOfBirth: '1931-07-09' });
    const found = await clients.director.get(`/api/v1/patients?q=${encodeURIComponent('09/07/1931')}`);
    expect(found.json().items.map((p: { id: string }) => p.id)).toContain(dayFirst.id);
  });

  it('refuses a number too large to be one with a 400', async () => {
    const res = await clients.director.get('/api/v1/booking/slots?limit=1e400');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/querystring/limit');
  });
});
