import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { isValidNhsNumber } from '../../platform/nhs-number.ts';
import { interpretSearchText } from './service.ts';

const { t, w } = useTestApp();

describe('NHS number', () => {
  it.each([
    ['9434765919', true], ['943 476 5919', true], ['9000000009', true], ['9434765918', false], ['943476591', false], ['abcdefghij', false],
  ])('%s valid=%s', (n, ok) => expect(isValidNhsNumber(n)).toBe(ok));
});

describe('search text', () => {
  it.each([
    ['943 476 5919', { nhsNumber: '9434765919' }],
    ['02/03/1956', { dateOfBirth: '1956-03-02' }],
    ['1956-03-02', { dateOfBirth: '1956-03-02' }],
    ['ls6 2', { postcodePrefix: 'LS6 2' }],
    ['Atkin mar', { nameTokens: ['atkin', 'mar'] }],
  ])('%s', (text, expected) => expect(interpretSearchText(text)).toEqual(expected));
});

describe('patient search and the legitimate relationship', () => {
  it('finds an own-practice patient by name fragment, NHS number and date of birth, and audits each result', async () => {
    const rec = await t.as(w.receptionistA);
    const before = await t.count('audit_event', { patient_id: w.patientA.id });
    for (const q of ['atkin', w.patientA.nhsNumber, '02/03/1956', 'kinson mary']) {
      const res = await rec.get(`/api/v1/patients?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
      expect(res.json().items.map((p: { id: string }) => p.id), q).toContain(w.patientA.id);
    }
    expect(await t.count('audit_event', { patient_id: w.patientA.id })).toBe(before + 4);
  });

  it.each(['31/02/1980', '1980-02-31', '00/00/1980'])('answers 400 naming q for a date that does not exist (%s), not 500', async (typed) => {
    const res = await (await t.as(w.receptionistA)).get(`/api/v1/patients?q=${encodeURIComponent(typed)}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ type: expect.stringMatching(/patients\/impossible-date$/), errors: [{ pointer: '/querystring/q' }] });
  });

  it("does not show another practice's patient without a relationship", async () => {
    const rec = await t.as(w.receptionistA);
    const res = await rec.get(`/api/v1/patients?q=${w.patientB.nhsNumber}`);
    expect(res.json().items).toHaveLength(0);
    const read = await rec.get(`/api/v1/patients/${w.patientB.id}`);
    expect(read.statusCode).toBe(403);
    expect(read.json().type).toMatch(/patients\/no-legitimate-relationship$/);
  });

  it('shows every patient when the network shares records', async () => {
    const shared = await t.make.world({ dataSharing: true });
    const rec = await t.as(shared.receptionistA);
    expect((await rec.get(`/api/v1/patients/${shared.patientB.id}`)).statusCode).toBe(200);
  });

  it('asks for a real search term', async () => {
    const rec = await t.as(w.receptionistA);
    const res = await rec.get('/api/v1/patients');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/querystring/q');
  });
});

describe('registration', () => {
  const body = (over: Record<string, unknown> = {}) => ({
    nhsNumber: '9434765919', practiceId: w.practiceA.id, givenName: 'Nia', familyName: 'Okafor', dateOfBirth: '2001-07-04', sex: 'female', postcode: 'ls2 9jt', ...over,
  });

  it('registers a patient, upper-cases the postcode and audits the creation', async () => {
    const mgr = await t.as(w.managerA);
    const res = await mgr.post('/api/v1/patients', body());
    expect(res.statusCode).toBe(201);
    expect(res.json().postcode).toBe('LS2 9JT');
    expect(await t.count('audit_event', { patient_id: res.json().id, action: 'create' })).toBe(1);
    const again = await mgr.post('/api/v1/patients', body({ givenName: 'Other' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].pointer).toBe('/body/nhsNumber');
  });

  it('refuses an invalid NHS number, a future date of birth and a hub as practice, writing nothing', async () => {
    const mgr = await t.as(w.managerA);
    const before = await t.count('patient');
    const bad = await mgr.post('/api/v1/patients', body({ nhsNumber: '9434765918' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/body/nhsNumber');
    expect((await mgr.post('/api/v1/patients', body({ nhsNumber: '9000000009', dateOfBirth: '2999-01-01' }))).json().errors[0].pointer).toBe('/body/dateOfBirth');
    expect((await mgr.post('/api/v1/patients', body({ nhsNumber: '9000000009', practiceId: w.hub.id }))).statusCode).toBe(400);
    expect(await t.count('patient')).toBe(before);
  });

  it('refuses registration to a receptionist-less role such as a GP', async () => {
    const gp = await t.as(w.gpA);
    expect((await gp.post('/api/v1/patients', body({ nhsNumber: '9000000009' }))).statusCode).toBe(403);
  });

  it('registers only at the practice the person works for, unless they work for the PCN', async () => {
    const rec = await t.as(w.receptionistA);
    const elsewhere = await rec.post('/api/v1/patients', body({ nhsNumber: '9000000009', practiceId: w.practiceB.id }));
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().type).toMatch(/patients\/not-your-practice$/);
    expect((await rec.patch(`/api/v1/patients/${w.patientA.id}`, { practiceId: w.practiceB.id })).statusCode).toBe(403);
    const pcnManager = await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'pcn-manager' }]);
    expect((await (await t.as(pcnManager)).post('/api/v1/patients', body({ nhsNumber: '9000000009', practiceId: w.practiceB.id }))).statusCode).toBe(201);
  });

  it('updates details and lists who looked at the record', async () => {
    const mgr = await t.as(w.managerA);
    const res = await mgr.patch(`/api/v1/patients/${w.patientA.id}`, { phone: '07700 900999', interpreterLanguage: 'Polish' });
    expect(res.statusCode).toBe(200);
    expect(res.json().interpreterLanguage).toBe('Polish');
    const audit = await mgr.get(`/api/v1/patients/${w.patientA.id}/audit-events`);
    expect(audit.statusCode).toBe(200);
    expect(audit.json().items.some((e: { action: string }) => e.action === 'update')).toBe(true);
  });
});
