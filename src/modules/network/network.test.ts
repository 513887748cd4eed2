import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { World } from '../../../test/support/factories.ts';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await startTestApp();
  w = await t.make.world();
});
afterAll(() => t.close());

describe('network', () => {
  it('describes practices with their list sizes, hubs, sites, services and roles', async () => {
    const rec = await t.as(w.receptionistA);
    const res = await rec.get('/api/v1/network');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.organisations.find((o: { id: string }) => o.id === w.practiceA.id).registeredPatients).toBe(1);
    expect(body.sites.find((s: { id: string }) => s.id === w.hubSite.id).kind).toBe('hub');
    expect(body.roles.map((r: { id: string }) => r.id)).toContain('link-worker');
  });

  it('lists staff with their roles at each organisation', async () => {
    const rec = await t.as(w.receptionistA);
    const res = await rec.get(`/api/v1/network/staff?organisationId=${w.hub.id}`);
    expect(res.statusCode).toBe(200);
    const gp = res.json().items.find((s: { id: string }) => s.id === w.gpA.id);
    expect(gp.roles).toEqual([{ organisationId: w.hub.id, role: 'gp' }]);
  });

  it('lets a staff manager add a joiner who can then sign in', async () => {
    const admin = await t.as(w.admin);
    const res = await admin.post('/api/v1/network/staff', { displayName: 'Pat Pharmacist', email: 'pat.pharm@test.invalid', password: 'a long enough secret', roles: [{ organisationId: w.pcn.id, role: 'pharmacist' }] });
    expect(res.statusCode).toBe(201);
    await expect(t.as({ email: 'pat.pharm@test.invalid', password: 'a long enough secret' })).resolves.toBeDefined();
    const dup = await admin.post('/api/v1/network/staff', { displayName: 'Again', email: 'PAT.PHARM@test.invalid', password: 'a long enough secret', roles: [{ organisationId: w.pcn.id, role: 'pharmacist' }] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].pointer).toBe('/body/email');
  });

  it('refuses joiners from people without staff:manage, and unknown roles or organisations', async () => {
    const rec = await t.as(w.receptionistA);
    const body = { displayName: 'X', email: 'x@test.invalid', password: 'a long enough secret', roles: [{ organisationId: w.pcn.id, role: 'pharmacist' }] };
    expect((await rec.post('/api/v1/network/staff', body)).statusCode).toBe(403);
    const admin = await t.as(w.admin);
    const badRole = await admin.post('/api/v1/network/staff', { ...body, roles: [{ organisationId: w.pcn.id, role: 'wizard' }] });
    expect(badRole.statusCode).toBe(400);
    const badOrg = await admin.post('/api/v1/network/staff', { ...body, roles: [{ organisationId: '0190a0a0-0000-7000-8000-000000000000', role: 'gp' }] });
    expect(badOrg.statusCode).toBe(400);
    expect(badOrg.json().errors[0].pointer).toBe('/body/roles/0/organisationId');
    expect(await t.count('staff', { email: 'x@test.invalid' })).toBe(0);
  });
});

describe('health and errors', () => {
  it('answers health once the database is ready', async () => {
    const res = await t.anonymous.get('/api/v1/health');
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('ok');
  });

  it('answers an unknown route and an oversized body with problem+json', async () => {
    const unknown = await t.anonymous.get('/api/v1/nothing-here');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const huge = await t.anonymous.post('/api/v1/identity/login', { email: 'a@b.cd', password: 'x'.repeat(400_000) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().type).toMatch(/too-large$/);
  });

  it('sends security headers', async () => {
    const res = await t.anonymous.get('/api/v1/health');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('set-up status', () => {
  it('tells anyone, without signing in, that a network exists', async () => {
    const res = await t.anonymous.get('/api/v1/network/setup');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ initialised: true });
  });
});
