import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { World } from '../../../test/support/factories.ts';
import { createApiToken } from '../identity/index.ts';
import { ASSESS_LIMITS } from './routes.ts';

let t: TestApp;
let w: World;
let addressSeq = 0;

beforeAll(async () => {
  t = await startTestApp();
  w = await t.make.world();
});
afterAll(() => t.close());

const URL = '/api/v1/triage/assess';
const COUGH = { age: 40, sex: 'male', text: 'a cough for three days' };
/** Each test calls from its own address, so the per-address limit of one test never spills into another. */
const newAddress = () => `10.9.${Math.floor(addressSeq / 250)}.${(addressSeq++ % 250) + 1}`;
const assessFrom = (remoteAddress: string, payload: unknown = COUGH, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: URL, payload: payload as object, headers, remoteAddress });

describe('POST /api/v1/triage/assess (public)', () => {
  it('answers an anonymous caller with the assessment, limited to the response schema', async () => {
    const res = await assessFrom(newAddress(), { age: 2, sex: 'female', text: 'floppy and blue lips' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ urgency: 'emergency', role: 'emergency-services', rulesVersion: expect.any(String) });
    expect(Object.keys(res.json()).sort()).toEqual(['advice', 'matchedRules', 'nextStep', 'rationale', 'redFlags', 'role', 'rulesVersion', 'urgency', 'warnings']);
  });

  it('still answers when the caller sends a session or token that is not valid (it is simply anonymous)', async () => {
    const res = await assessFrom(newAddress(), COUGH, { authorization: 'Bearer not-a-real-token', cookie: 'commons_session=nonsense' });
    expect(res.statusCode, res.body).toBe(200);
  });

  it.each([
    [{ age: 131, sex: 'male', text: 'cough' }, '/body/age'],
    [{ age: 4.5, sex: 'male', text: 'cough' }, '/body/age'],
    [{ age: 40, sex: 'x', text: 'cough' }, '/body/sex'],
    [{ age: 40, sex: 'male', text: 'x'.repeat(5001) }, '/body/text'],
    [{ age: 40, sex: 'male' }, '/body/text'],
    [{ age: 40, sex: 'male', text: 'cough', nhsNumber: '9434765919' }, '/body/nhsNumber'],
  ])('refuses %j with a 400 problem naming %s', async (payload, pointer) => {
    const res = await assessFrom(newAddress(), payload);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });

  it(`limits one address to ${ASSESS_LIMITS.anonymousPerMinute} a minute with a 429 problem and Retry-After, and serves other addresses`, async () => {
    const address = newAddress();
    for (let i = 0; i < ASSESS_LIMITS.anonymousPerMinute; i++) expect((await assessFrom(address)).statusCode).toBe(200);
    const refused = await assessFrom(address);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.json()).toMatchObject({ status: 429, type: expect.stringMatching(/rate-limited$/), detail: expect.stringMatching(/call 111/) });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await assessFrom(newAddress())).statusCode).toBe(200);
  });

  it('does not let an invented Authorization header escape the address limit', async () => {
    const address = newAddress();
    for (let i = 0; i < ASSESS_LIMITS.anonymousPerMinute; i++) {
      expect((await assessFrom(address, COUGH, { authorization: `Bearer invented-${i}` })).statusCode).toBe(200);
    }
    expect((await assessFrom(address, COUGH, { authorization: 'Bearer invented-again' })).statusCode).toBe(429);
  });

  it('limits an API token as its own client, with more room than one address', async () => {
    const { token } = await createApiToken(t.db, { networkId: w.network.id, organisationId: w.nhs111.id, name: 'symptom checker', scopes: ['slots:read'] });
    const address = newAddress();
    for (let i = 0; i < ASSESS_LIMITS.anonymousPerMinute; i++) expect((await assessFrom(address)).statusCode).toBe(200);
    expect((await assessFrom(address)).statusCode).toBe(429);
    // The same address with a real token is a different client.
    const withToken = { authorization: `Bearer ${token}` };
    for (let i = 0; i < ASSESS_LIMITS.signedInPerMinute; i++) expect((await assessFrom(address, COUGH, withToken)).statusCode).toBe(200);
    expect((await assessFrom(newAddress(), COUGH, withToken)).statusCode).toBe(429);
  });

  it('is marked public in the OpenAPI document and lists its 429', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const op = res.json().paths['/api/v1/triage/assess'].post;
    expect(op.security).toEqual([]);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '429']));
  });
});
