import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { operationIdFor } from './openapi.ts';

type Json = Record<string, any>;
let t: TestApp;
let doc: Json;
beforeAll(async () => {
  t = await startTestApp();
  doc = (await t.anonymous.get('/docs/json')).json();
});
afterAll(() => t.close());

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
function operations(): { method: string; path: string; op: Json }[] {
  return Object.entries(doc.paths as Json).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ method, path, op: item[method] as Json })));
}

/** Every schema object in the document with the name of the property that holds it. */
function* properties(node: unknown, name = ''): Generator<[string, Json]> {
  if (Array.isArray(node)) for (const x of node) yield* properties(x, name);
  else if (node && typeof node === 'object') {
    const o = node as Json;
    if (typeof o.type === 'string' || Array.isArray(o.type)) yield [name, o];
    for (const [k, v] of Object.entries(o)) {
      if (k === 'properties' && v && typeof v === 'object') for (const [p, s] of Object.entries(v as Json)) yield* properties(s, p);
      else yield* properties(v, name);
    }
  }
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(doc);
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 1)?.slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
    expect(operations().length).toBeGreaterThan(40);
  });

  it('gives every operation a unique operationId and a description', () => {
    const ids = operations().map(({ op }) => op.operationId);
    for (const { method, path, op } of operations()) {
      expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z0-9]+$/);
      expect(op.description, `${method} ${path}`).toMatch(/\w{3,}/);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(operationIdFor('GET', '/api/v1/booking/appointments/:id')).toBe('bookingGetAppointmentsById');
    expect(operationIdFor('POST', '/api/v1/consultations/requests/identify')).toBe('consultationsPostRequestsIdentify');
  });

  it('describes every error as application/problem+json with the one shared Problem schema', () => {
    expect(doc.components.schemas.Problem).toMatchObject({ type: 'object', required: expect.arrayContaining(['type', 'title', 'status', 'detail']) });
    for (const { method, path, op } of operations()) {
      const statuses = Object.keys(op.responses);
      expect(statuses, `${method} ${path}`).toEqual(expect.arrayContaining(['400', '500']));
      for (const status of statuses.filter((s) => Number(s) >= 400)) {
        expect(op.responses[status].content, `${method} ${path} ${status}`).toEqual({ 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } });
      }
    }
  });

  it('marks public routes public and every other route as needing a session or a token', () => {
    expect(doc.security).toEqual([{ session: [] }, { bearer: [] }]);
    const publicOps = operations().filter(({ op }) => Array.isArray(op.security) && op.security.length === 0).map(({ method, path }) => `${method} ${path}`);
    expect(publicOps).toEqual(expect.arrayContaining(['get /api/v1/health', 'get /api/v1/health/ready', 'post /api/v1/identity/login', 'post /api/v1/consultations/requests/identify']));
    for (const { method, path, op } of operations()) {
      const isPublic = publicOps.includes(`${method} ${path}`);
      expect(op.security, `${method} ${path}`).toEqual(isPublic ? [] : undefined);
      if (!isPublic) expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['401', '403']));
    }
  });

  it('gives instants format date-time, and closed sets of words as enums', () => {
    // Times of day (opensAt: "10:00") carry a pattern instead; every other *At is an instant.
    const instants = [...properties(doc.paths)].filter(([name, s]) => /(^at|At)$/.test(name) && !s.pattern && (s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string'))));
    expect(instants.length).toBeGreaterThan(10);
    for (const [name, s] of instants) expect(s.format, name).toBe('date-time');
    for (const [name, s] of properties(doc)) {
      expect(s.const, `${name} has const`).toBeUndefined();
      if (Array.isArray(s.anyOf)) expect(s.anyOf.every((x: Json) => 'const' in x), `${name} is a union of constants`).toBe(false);
    }
    const sex = [...properties(doc.paths)].find(([name]) => name === 'sex')![1];
    expect(sex).toMatchObject({ type: 'string', enum: ['female', 'male', 'other', 'unknown'] });
  });
});
