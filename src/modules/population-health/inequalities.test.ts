import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import type { Client } from '../../../test/support/test-app.ts';
import { newId } from '../../platform/ids.ts';
import { importImdDeciles, importPostcodeLsoas } from '../analytics/index.ts';
import { recomputeSummaries } from './recompute.ts';

// Hypertension reviews in the most deprived decile (6 of 10 not overdue) against the least deprived
// (9 of 10), an outreach list in the most deprived, and two people in decile 5: too few to show.

const NOW = new Date('2026-11-30T10:00:00Z');
const PHM = '/api/v1/population-health';
const { t, w } = useTestApp({ now: () => NOW });
let gp: Client;
let manager: Client;

async function people(count: number, postcode: string, o: { hypertension?: boolean; reviewed?: number } = {}) {
  for (let i = 0; i < count; i++) {
    const p = await t.make.patient(w.network.id, w.practiceA.id, { dateOfBirth: '1950-06-01', postcode, sex: i % 2 ? 'male' : 'female' });
    if (o.hypertension) await t.db.insertInto('phm_condition').values({ network_id: w.network.id, id: newId(), patient_id: p.id, code: '38341003', onset: '2015-01-01', source: 'demo' }).execute();
    if (i < (o.reviewed ?? 0)) await t.db.insertInto('phm_observation').values({ network_id: w.network.id, id: newId(), patient_id: p.id, kind: 'bp-systolic', code: '271649006', value: 130, unit: 'mm[Hg]', observed_on: '2026-09-01', source: 'demo' }).execute();
  }
}

beforeAll(async () => {
  gp = await t.as(w.gpA, w.practiceA.id);
  manager = await t.as(await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'pcn-manager' }]), w.pcn.id);
  await importImdDeciles(t.db, 'LSOA code (2011),Index of Multiple Deprivation (IMD) Decile\nE01000001,1\nE01000005,5\nE01000009,9\n', 'test');
  await importPostcodeLsoas(t.db, 'pcds,lsoa11cd\nLS1 1AA,E01000001\nLS5 5EE,E01000005\nLS9 9ZZ,E01000009\n');
  await people(10, 'LS1 1AA', { hypertension: true, reviewed: 6 });
  await people(2, 'LS1 1AA');
  await people(10, 'LS9 9ZZ', { hypertension: true, reviewed: 9 });
  await people(2, 'LS5 5EE', { hypertension: true });
  await recomputeSummaries(t.db, { networkId: w.network.id, today: '2026-11-30', now: NOW });
  const cohort = (await gp.post(`${PHM}/cohorts`, { name: 'Hypertension, decile 1', filter: { registers: ['HYP'], imdDeciles: [1] } })).json();
  const list = (await gp.post(`${PHM}/cohorts/${cohort.id}/outreach`, { name: 'BP clinic', purpose: 'ltc-clinic', role: 'nurse' })).json();
  const entries = (await gp.get(`${PHM}/outreach/${list.id}/entries`)).json().items as { id: string }[];
  const statuses = ['attended', 'attended', 'attended', 'attended', 'attended', 'booked', 'booked', 'declined'];
  for (const [i, status] of statuses.entries()) expect((await gp.patch(`${PHM}/outreach/${list.id}/entries/${entries[i].id}`, { status })).statusCode).toBe(200);
});

type Group = { key: string; population: number | string; registers: { id: string; count: number | string; prevalence: number | null; reviewRate: number | null }[]; review: { rate: number | null }; outreach: Record<string, number | string | null> };

describe('inequalities', () => {
  it('breaks registers, review rates and outreach down by decile, with counts under 5 shown as <5', async () => {
    const res = await manager.get(`${PHM}/inequalities`);
    expect(res.statusCode, res.body).toBe(200);
    const deprivation = res.json().dimensions.find((d: { id: string }) => d.id === 'deprivation').groups as Group[];
    const decile = (k: string) => deprivation.find((g) => g.key === k)!;
    const hyp = (g: Group) => g.registers.find((r) => r.id === 'HYP')!;
    expect(decile('1').population).toBe(12);
    expect(hyp(decile('1'))).toMatchObject({ count: 10, prevalence: 83.3, reviewRate: 60 });
    expect(hyp(decile('9'))).toMatchObject({ count: 10, prevalence: 100, reviewRate: 90 });
    expect(decile('1').outreach).toEqual({ listed: 10, contacted: 8, booked: 7, attended: 5, attendedRate: 50 });
    expect(decile('5').population).toBe('<5');
    expect(hyp(decile('5'))).toMatchObject({ count: '<5', prevalence: null, reviewRate: null });
    expect(res.json().dimensions.find((d: { id: string }) => d.id === 'ethnicity')).toEqual({ id: 'ethnicity', name: 'Ethnicity', recorded: false, groups: [] });
    const sex = res.json().dimensions.find((d: { id: string }) => d.id === 'sex').groups.map((g: { key: string }) => g.key);
    expect(sex).toEqual(expect.arrayContaining(['female', 'male']));
  });

  it('states the gap between the most and least deprived fifth in words and as a number', async () => {
    const gaps = (await manager.get(`${PHM}/inequalities`)).json().gaps as { measure: string; registerId: string | null; gap: number | null; text: string }[];
    const review = gaps.find((g) => g.measure === 'Review rate' && g.registerId === 'HYP')!;
    expect(review.gap).toBe(-30);
    expect(review.text).toBe('Review rate (Hypertension): 60% in the most deprived fifth (deciles 1–2) against 90% in the least deprived (deciles 9–10), 30.0 percentage points lower.');
    expect(gaps.find((g) => g.measure === 'Outreach attended')).toMatchObject({ gap: null, text: expect.stringContaining('too few people') });
  });

  it('exports the same figures as CSV with counts under 5 suppressed; refuses roles without aggregates', async () => {
    const res = await manager.get(`${PHM}/inequalities/export`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.body.split('\r\n');
    expect(lines[0]).toBe('dimension,group,measure,register,people,out of,per cent');
    expect(lines).toContain('Deprivation decile (1 = most deprived),Decile 5,registered patients,,<5,,');
    expect(lines).toContain('Deprivation decile (1 = most deprived),Decile 1,not overdue for review,Hypertension,6,10,60');
    for (const line of lines.filter((l) => !l.startsWith('"Gap'))) expect(line, line).not.toMatch(/^[^,]*,[^,]*,[^,]*,[^,]*,[1-4],/);
    const reception = await t.as(w.receptionistA, w.practiceA.id);
    expect((await reception.get(`${PHM}/inequalities`)).statusCode).toBe(403);
    expect((await reception.get(`${PHM}/inequalities/export`)).statusCode).toBe(403);
  });
});
