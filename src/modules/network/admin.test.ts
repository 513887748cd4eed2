import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';

const { t, w } = useTestApp();

let ods = 70000 + Math.floor(Math.random() * 9000);
const practiceCode = () => `Y${ods++}`;

async function auditOf(entityId: string) {
  return t.db.selectFrom('audit_event').select(['action', 'entity', 'actor_staff_id', 'detail']).where('entity_id', '=', entityId).where('purpose', '=', 'administration').orderBy('id').execute();
}

describe('organisations', () => {
  it('adds a practice by its ODS code, upper-casing it, and audits the change', async () => {
    const admin = await t.as(w.admin);
    const code = practiceCode();
    const res = await admin.post('/api/v1/network/organisations', { kind: 'practice', name: 'Brook Lane Surgery', odsCode: code.toLowerCase(), postcode: 'ls6 1aa', phone: '0113 496 0000' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'practice', odsCode: code, name: 'Brook Lane Surgery', postcode: 'LS6 1AA', registeredPatients: 0 });
    expect(await auditOf(res.json().id)).toEqual([expect.objectContaining({ action: 'create', entity: 'organisation', actor_staff_id: w.admin.id })]);
    const listed = (await admin.get('/api/v1/network')).json().organisations.map((o: { id: string }) => o.id);
    expect(listed).toContain(res.json().id);
  });

  it('adds a hub and partners without an ODS code, but never a practice without one', async () => {
    const admin = await t.as(w.admin);
    for (const kind of ['hub', 'social-care', 'community', 'voluntary']) {
      const res = await admin.post('/api/v1/network/organisations', { kind, name: `A ${kind}` });
      expect(res.statusCode, kind).toBe(201);
      expect(res.json().odsCode).toBeNull();
    }
    const none = await admin.post('/api/v1/network/organisations', { kind: 'practice', name: 'No code' });
    expect(none.statusCode).toBe(400);
    expect(none.json().type).toMatch(/network\/ods-code-required$/);
    expect(none.json().errors[0].pointer).toBe('/body/odsCode');
  });

  it('checks the shape of an ODS code per kind, and refuses one already used', async () => {
    const admin = await t.as(w.admin);
    const badPractice = await admin.post('/api/v1/network/organisations', { kind: 'practice', name: 'X', odsCode: 'AB1234' });
    expect(badPractice.statusCode).toBe(400);
    expect(badPractice.json().detail).toMatch(/a letter and five digits/);
    expect(badPractice.json().errors[0].pointer).toBe('/body/odsCode');
    expect((await admin.post('/api/v1/network/organisations', { kind: 'voluntary', name: 'X', odsCode: 'NOT-A-CODE' })).statusCode).toBe(400);
    const code = practiceCode();
    expect((await admin.post('/api/v1/network/organisations', { kind: 'practice', name: 'First', odsCode: code })).statusCode).toBe(201);
    const dup = await admin.post('/api/v1/network/organisations', { kind: 'practice', name: 'Second', odsCode: code });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].pointer).toBe('/body/odsCode');
    const pcn = await admin.post('/api/v1/network/organisations', { kind: 'pcn', name: 'Another PCN' });
    expect(pcn.statusCode).toBe(409);
    expect(pcn.json().type).toMatch(/network\/pcn-exists$/);
    expect(await t.count('organisation', { name: 'Second' })).toBe(0);
  });

  it('names unknown fields and kinds', async () => {
    const admin = await t.as(w.admin);
    const res = await admin.post('/api/v1/network/organisations', { kind: 'castle', name: 'X' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toMatch(/^\/body\/kind/);
    const extra = await admin.post('/api/v1/network/organisations', { kind: 'hub', name: 'X', colour: 'blue' });
    expect(extra.json().errors[0].detail).toMatch(/unknown field "colour"/);
  });

  it('lets a practice manager edit their own practice but not another, nor add organisations or change an ODS code', async () => {
    const pm = await t.as(w.managerA);
    const own = await pm.patch(`/api/v1/network/organisations/${w.practiceA.id}`, { phone: '0113 496 0999', address: '1 River Street' });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ phone: '0113 496 0999', address: '1 River Street' });
    const other = await pm.patch(`/api/v1/network/organisations/${w.practiceB.id}`, { phone: '0113 496 0998' });
    expect(other.statusCode).toBe(403);
    expect(other.json().errors[0].pointer).toBe('/params/id');
    expect((await pm.patch(`/api/v1/network/organisations/${w.practiceA.id}`, { odsCode: practiceCode() })).statusCode).toBe(403);
    expect((await pm.post('/api/v1/network/organisations', { kind: 'hub', name: 'Rogue hub' })).statusCode).toBe(403);
    expect((await t.anonymous.post('/api/v1/network/organisations', { kind: 'hub', name: 'Rogue hub' })).statusCode).toBe(401);
    expect(await t.count('organisation', { name: 'Rogue hub' })).toBe(0);
    const rec = await t.as(w.receptionistA);
    expect((await rec.patch(`/api/v1/network/organisations/${w.practiceA.id}`, { phone: '0113 496 0000' })).statusCode).toBe(403);
  });
});

describe('sites', () => {
  it('adds a hub site with opening hours and accessibility', async () => {
    const admin = await t.as(w.admin);
    const res = await admin.post('/api/v1/network/sites', {
      organisationId: w.hub.id, name: 'Hub at the Health Centre', postcode: 'LS2 9JT',
      openingHours: { mon: [['18:30', '20:00']], sat: [['09:00', '13:00']] }, accessibility: ['step-free', 'hearing-loop'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'hub', organisationId: w.hub.id, openingHours: { mon: [['18:30', '20:00']], sat: [['09:00', '13:00']] }, accessibility: ['step-free', 'hearing-loop'] });
    const changed = await admin.patch(`/api/v1/network/sites/${res.json().id}`, { openingHours: { mon: [['18:00', '20:00']] } });
    expect(changed.json().openingHours).toEqual({ mon: [['18:00', '20:00']] });
    expect((await auditOf(res.json().id)).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('refuses hours that close before they open or overlap, naming the period', async () => {
    const admin = await t.as(w.admin);
    const backwards = await admin.post('/api/v1/network/sites', { organisationId: w.practiceA.id, name: 'Backwards', openingHours: { tue: [['08:00', '12:00'], ['13:00', '12:30']] } });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].pointer).toBe('/body/openingHours/tue/1');
    const overlap = await admin.post('/api/v1/network/sites', { organisationId: w.practiceA.id, name: 'Overlap', openingHours: { tue: [['08:00', '12:00'], ['11:00', '18:00']] } });
    expect(overlap.statusCode).toBe(400);
    const badTime = await admin.post('/api/v1/network/sites', { organisationId: w.practiceA.id, name: 'Bad', openingHours: { tue: [['8am', '12:00']] } });
    expect(badTime.statusCode).toBe(400);
    expect(badTime.json().errors[0].pointer).toMatch(/^\/body\/openingHours\/tue\/0\/0/);
    const badAccess = await admin.post('/api/v1/network/sites', { organisationId: w.practiceA.id, name: 'Bad', accessibility: ['moat'] });
    expect(badAccess.statusCode).toBe(400);
    expect(await t.count('site', { name: 'Backwards' })).toBe(0);
  });

  it('lets a practice manager add a site to their own practice only', async () => {
    const pm = await t.as(w.managerA);
    expect((await pm.post('/api/v1/network/sites', { organisationId: w.practiceA.id, name: 'Riverside branch', accessibility: ['parking'] })).statusCode).toBe(201);
    const other = await pm.post('/api/v1/network/sites', { organisationId: w.practiceB.id, name: 'Not mine' });
    expect(other.statusCode).toBe(403);
    expect(other.json().errors[0].pointer).toBe('/body/organisationId');
    expect((await pm.patch(`/api/v1/network/sites/${w.siteB.id}`, { name: 'Renamed' })).statusCode).toBe(403);
  });
});

describe('services and settings', () => {
  it('adds and changes a service with a national category', async () => {
    const admin = await t.as(w.admin);
    const res = await admin.post('/api/v1/network/services', { code: 'smr', name: 'Structured medication review', role: 'pharmacist', nationalCategory: 'Structured Medication Review', defaultMode: 'telephone' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'smr', role: 'pharmacist', defaultMode: 'telephone' });
    expect((await admin.patch(`/api/v1/network/services/${res.json().id}`, { defaultMode: 'face-to-face' })).json().defaultMode).toBe('face-to-face');
    const dup = await admin.post('/api/v1/network/services', { code: 'smr', name: 'Again', role: 'pharmacist', nationalCategory: 'Structured Medication Review' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].pointer).toBe('/body/code');
    const cat = await admin.post('/api/v1/network/services', { code: 'x1', name: 'X', role: 'gp', nationalCategory: 'Tea and biscuits' });
    expect(cat.statusCode).toBe(400);
    expect(cat.json().errors[0].pointer).toBe('/body/nationalCategory');
    expect((await (await t.as(w.managerA)).post('/api/v1/network/services', { code: 'x2', name: 'X', role: 'gp', nationalCategory: 'Walk-in' })).statusCode).toBe(403);
  });

  it('turns on data sharing across practices, which lets practice B see practice A patients', async () => {
    const recB = await t.as(w.receptionistB);
    expect((await recB.get(`/api/v1/patients/${w.patientA.id}`)).statusCode).toBe(403);
    const admin = await t.as(w.admin);
    const res = await admin.patch('/api/v1/network', { dataSharingAcrossPractices: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().dataSharingAcrossPractices).toBe(true);
    expect((await recB.get(`/api/v1/patients/${w.patientA.id}`)).statusCode).toBe(200);
    expect((await auditOf(w.network.id)).at(-1)).toMatchObject({ action: 'update', entity: 'network', detail: { dataSharingAcrossPractices: true } });
    expect((await (await t.as(w.managerA)).patch('/api/v1/network', { dataSharingAcrossPractices: false })).statusCode).toBe(403);
    await admin.patch('/api/v1/network', { dataSharingAcrossPractices: false });
  });
});
