import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { createApiToken } from '../identity/index.ts';

const { t, w } = useTestApp();

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

  it('keeps the staff list from API tokens, and answers with Cache-Control: no-store (trust row 9)', async () => {
    const { token } = await createApiToken(t.db, { networkId: w.network.id, organisationId: w.nhs111.id, name: 'slots only', scopes: ['slots:read'] });
    const res = await t.withToken(token).get('/api/v1/network/staff');
    expect(res.statusCode).toBe(403);
    const rec = await t.as(w.receptionistA);
    const patient = await rec.get(`/api/v1/patients/${w.patientA.id}`);
    expect(patient.statusCode).toBe(200);
    expect(patient.headers['cache-control']).toBe('no-store');
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
