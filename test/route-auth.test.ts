import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/modules/identity/index.ts';
import { ROLE_PERMISSIONS, STAFF_ROLES, TOKEN_SCOPES, type Permission, type StaffRole } from '../src/platform/permissions.ts';
import { startTestApp, type Client, type TestApp } from './support/test-app.ts';
import type { World } from './support/factories.ts';

// Generated from the OpenAPI document: every route that is not marked public answers 401 without
// credentials, and 403 to a caller whose role lacks the permission the route declares
// (`config.permission`, shown in the document as x-permission).

/** Routes open to anyone signed in, whatever their role; every other non-public route names a permission. */
const ANY_SIGNED_IN = new Set([
  'GET /api/v1/identity/session',
  'POST /api/v1/identity/session/organisation',
  'GET /api/v1/network/',
  'GET /api/v1/network/staff',
  'POST /api/v1/triage/assess',
]);

interface Operation { method: string; path: string; public: boolean; permission: Permission[] | null }

let t: TestApp;
let w: World;
let operations: Operation[];
beforeAll(async () => {
  t = await startTestApp();
  w = await t.make.world();
  const doc = t.app.swagger() as { paths: Record<string, Record<string, { security?: unknown[]; 'x-permission'?: Permission[] }>> };
  operations = Object.entries(doc.paths).filter(([path]) => path.startsWith('/api/')).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({
    method: method.toUpperCase(), path, public: Array.isArray(op.security) && op.security.length === 0, permission: op['x-permission'] ?? null,
  })));
});
afterAll(() => t.close());

const urlOf = (path: string) => path.replace(/\{[^}]+\}/g, '0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b');
const call = (client: Client, op: Operation) => {
  const url = urlOf(op.path);
  if (op.method === 'GET') return client.get(url);
  if (op.method === 'DELETE') return client.delete(url);
  return (op.method === 'POST' ? client.post : op.method === 'PUT' ? client.put : client.patch)(url, {});
};

describe('every protected route in the OpenAPI document', () => {
  it('is listed, and declares a permission or is open to anyone signed in', () => {
    expect(operations.length).toBeGreaterThan(40);
    const undeclared = operations.filter((op) => !op.public && !op.permission && !ANY_SIGNED_IN.has(`${op.method} ${op.path}`));
    expect(undeclared.map((op) => `${op.method} ${op.path}`)).toEqual([]);
  });

  it('answers 401 problem+json without credentials', async () => {
    const wrong: string[] = [];
    for (const op of operations.filter((o) => !o.public)) {
      const res = await call(t.anonymous, op);
      if (res.statusCode !== 401 || !String(res.headers['content-type']).startsWith('application/problem+json')) wrong.push(`${op.method} ${op.path}: ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 to a role without the permission', async () => {
    const clients = new Map<string, Client>();
    /** A signed-in staff member whose role lacks every permission named, or else an API token that does. */
    async function callerWithout(needed: Permission[]): Promise<[string, Client]> {
      const role = STAFF_ROLES.find((r: StaffRole) => !needed.some((p) => ROLE_PERMISSIONS[r].includes(p)));
      const key = role ?? `token without ${needed.join(',')}`;
      if (!clients.has(key)) {
        if (role) clients.set(key, await t.as(await t.make.staff(w.network.id, [{ organisationId: w.practiceA.id, role }])));
        else {
          const scopes = TOKEN_SCOPES.filter((s) => !needed.includes(s)).slice(0, 1);
          clients.set(key, t.withToken((await createApiToken(t.db, { networkId: w.network.id, organisationId: w.nhs111.id, name: key, scopes: [...scopes] })).token));
        }
      }
      return [key, clients.get(key)!];
    }
    const wrong: string[] = [];
    const checked = operations.filter((o) => !o.public && o.permission);
    for (const op of checked) {
      const [who, client] = await callerWithout(op.permission!);
      const res = await call(client, op);
      if (res.statusCode !== 403 || !/identity\/permission$/.test(res.json().type)) wrong.push(`${op.method} ${op.path} as ${who}: ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
    expect(checked.length).toBeGreaterThan(35);
  });
});
