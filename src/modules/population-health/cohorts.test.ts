import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../../test/support/test-app.ts';
import type { World } from '../../../test/support/factories.ts';
import { newId } from '../../platform/ids.ts';
import { importImdDeciles, importPostcodeLsoas } from '../analytics/index.ts';
import { FRAILTY_DEFICITS } from './frailty.ts';
import { recomputeSummaries } from './recompute.ts';

// The done-when of the population health issue, at test scale: moderately or severely frail people
// without a review in 12 months, in the most deprived deciles, made into an outreach list and invited.

const NOW = new Date('2026-11-30T10:00:00Z');
const PHM = '/api/v1/population-health';

let t: TestApp;
let w: World;
let gp: Client;
let pcnManager: Client;
let director: Client;
const people: Record<string, string> = {};

async function frailPerson(name: string, k: number, postcode: string, review: string | null, practiceId = w.practiceA.id) {
  const p = await t.make.patient(w.network.id, practiceId, { dateOfBirth: '1938-04-04', postcode, givenName: name });
  for (const d of FRAILTY_DEFICITS.filter((x) => x.codes.length).slice(0, k)) {
    await t.db.insertInto('phm_condition').values({ network_id: w.network.id, id: newId(), patient_id: p.id, code: d.codes[0], onset: '2018-01-01', source: 'demo' }).execute();
  }
  if (review) await t.db.insertInto('phm_observation').values({ network_id: w.network.id, id: newId(), patient_id: p.id, kind: 'medication-review', code: '182836005', observed_on: review, source: 'demo' }).execute();
  people[name] = p.id;
}

beforeAll(async () => {
  t = await startTestApp({ now: () => NOW });
  w = await t.make.world({ dataSharing: true });
  gp = await t.as(w.gpA, w.practiceA.id);
  pcnManager = await t.as(await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'pcn-manager' }]), w.pcn.id);
  director = await t.as(await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'clinical-director' }]), w.pcn.id);
  await importImdDeciles(t.db, 'LSOA code (2011),Index of Multiple Deprivation (IMD) Decile\nE01000001,1\nE01000002,2\nE01000003,9\n', 'test');
  await importPostcodeLsoas(t.db, 'pcds,lsoa11cd\nLS1 1AA,E01000001\nLS2 2BB,E01000002\nLS9 9ZZ,E01000003\n');
  await frailPerson('Severe-deprived-unreviewed', 13, 'LS1 1AA', null);
  await frailPerson('Moderate-deprived-old-review', 10, 'LS2 2BB', '2025-01-10', w.practiceB.id);
  await frailPerson('Moderate-deprived-reviewed', 10, 'LS1 1AA', '2026-06-01');
  await frailPerson('Moderate-affluent-unreviewed', 10, 'LS9 9ZZ', null);
  await frailPerson('Mild-deprived-unreviewed', 6, 'LS1 1AA', null);
  await recomputeSummaries(t.db, { networkId: w.network.id, today: '2026-11-30', now: NOW });
});
afterAll(() => t.close());

const FILTER = { frailty: ['moderate', 'severe'], noReviewWithinMonths: 12, imdDeciles: [1, 2] };

describe('cohort builder', () => {
  it('counts a combination at once, with breakdowns, for a PCN manager (no names)', async () => {
    const res = await pcnManager.post(`${PHM}/cohorts/count`, { filter: FILTER });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().total).toBe(2);
    expect(res.json().byFrailty).toEqual([{ key: 'moderate', label: 'Moderate', count: 1 }, { key: 'severe', label: 'Severe', count: 1 }]);
    expect(res.json().byDecile.map((d: { key: string }) => d.key)).toEqual(['1', '2']);
    expect((await pcnManager.post(`${PHM}/cohorts/count`, { filter: { ...FILTER, practiceIds: [w.practiceB.id] } })).json().total).toBe(1);
    expect((await pcnManager.post(`${PHM}/cohorts/count`, { filter: { frailty: ['mild'], ageMin: 80, sex: 'female' } })).json().total).toBe(1);
    expect((await pcnManager.post(`${PHM}/cohorts/count`, { filter: { ageMax: 60 } })).json().total).toBe(1);
  });

  it('names the field of a bad filter', async () => {
    const cases: [unknown, string][] = [
      [{ ageMin: 80, ageMax: 70 }, '/body/filter/ageMax'],
      [{ practiceIds: [newId()] }, '/body/filter/practiceIds/0'],
      [{ frailty: ['very'] }, '/body/filter/frailty/0'],
      [{ imdDeciles: [11] }, '/body/filter/imdDeciles/0'],
      [{ registers: ['XYZ'] }, '/body/filter/registers/0'],
      [{ colour: 'blue' }, '/body/filter'],
    ];
    for (const [filter, pointer] of cases) {
      const res = await pcnManager.post(`${PHM}/cohorts/count`, { filter });
      expect(res.statusCode, JSON.stringify(filter)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().errors.map((e: { pointer: string }) => e.pointer).join(' '), JSON.stringify(filter)).toContain(pointer);
    }
  });

  it('saves and shares a cohort; lists its members only to a clinical role, audited', async () => {
    const saved = await director.post(`${PHM}/cohorts`, { name: 'Frail, unreviewed, most deprived', filter: FILTER });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json().count).toBe(2);
    const list = await pcnManager.get(`${PHM}/cohorts`);
    expect(list.json().items.map((c: { id: string }) => c.id)).toContain(saved.json().id);
    expect((await pcnManager.get(`${PHM}/cohorts/${saved.json().id}/members`)).statusCode).toBe(403);
    const members = await gp.get(`${PHM}/cohorts/${saved.json().id}/members?limit=1`);
    expect(members.statusCode, members.body).toBe(200);
    expect(members.json().items).toHaveLength(1);
    const next = await gp.get(`${PHM}/cohorts/${saved.json().id}/members?limit=1&cursor=${members.json().nextCursor}`);
    const names = [...members.json().items, ...next.json().items].map((m: { name: string }) => m.name.split(' ')[0]).sort();
    expect(names).toEqual(['Moderate-deprived-old-review', 'Severe-deprived-unreviewed']);
    expect(await t.count('audit_event', { patient_id: people['Severe-deprived-unreviewed'], entity: 'phm_cohort', action: 'read' })).toBeGreaterThan(0);
    expect((await gp.get(`${PHM}/cohorts/${saved.json().id}/members?cursor=nonsense`)).statusCode).toBe(400);
  });
});

describe('outreach', () => {
  it('turns the cohort into a list, invites everyone through the outbox, and tracks contacted, booked, attended', async () => {
    const cohort = (await director.post(`${PHM}/cohorts`, { name: 'Frailty outreach', filter: FILTER })).json();
    expect((await director.post(`${PHM}/cohorts/${cohort.id}/outreach`, { name: 'x', purpose: 'frailty-review', role: 'receptionist' })).json().errors[0].pointer).toBe('/body/role');
    const res = await director.post(`${PHM}/cohorts/${cohort.id}/outreach`, { name: 'Winter frailty reviews', purpose: 'medication-review', role: 'pharmacist', invite: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ total: 2, byStatus: { invited: 2 }, purpose: 'medication-review', role: 'pharmacist' });
    expect(await t.count('message', { patient_id: people['Severe-deprived-unreviewed'], template: 'phm-outreach-invitation' })).toBe(1);
    const entries = (await director.get(`${PHM}/outreach/${res.json().id}/entries`)).json().items;
    expect(entries).toHaveLength(2);
    expect(entries.every((e: { invited: boolean; status: string }) => e.invited && e.status === 'invited')).toBe(true);
    for (const status of ['contacted', 'booked', 'attended']) {
      const up = await director.patch(`${PHM}/outreach/${res.json().id}/entries/${entries[0].id}`, { status });
      expect(up.statusCode, up.body).toBe(200);
      expect(up.json().status).toBe(status);
    }
    expect((await pcnManager.get(`${PHM}/outreach/${res.json().id}`)).json().byStatus).toEqual({ invited: 1, attended: 1 });
    expect((await pcnManager.get(`${PHM}/outreach/${res.json().id}/entries`)).statusCode).toBe(403);
    expect((await director.patch(`${PHM}/outreach/${res.json().id}/entries/${entries[0].id}`, { status: 'lost' })).json().errors[0].pointer).toBe('/body/status');
  });
});
