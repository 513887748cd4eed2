import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeAppointment, makeSlots } from '../../../test/support/booking.ts';
import type { Client } from '../../../test/support/test-app.ts';
import { recomputeSummaries } from './recompute.ts';

// The cohort filters that read other modules through their index.ts: did-not-attends (booking) and an
// open social-prescribing episode. Everyone here is 90 or over, so `ageMin: 90` keeps the world's own patients out.

const NOW = new Date('2026-11-30T10:00:00Z');
const PHM = '/api/v1/population-health';
const { t, w } = useTestApp({ now: () => NOW });
const ids: Record<string, string> = {};
let gp: Client;

async function person(name: string, dnas: string[] = []) {
  const p = await t.make.patient(w.network.id, w.practiceA.id, { dateOfBirth: '1930-01-01', givenName: name });
  for (const day of dnas) {
    const [slotId] = await makeSlots(t.db, { networkId: w.network.id, staffId: w.gpA.id, organisationId: w.practiceA.id, siteId: w.siteA.id, serviceId: w.gpService.id, start: new Date(`${day}T09:00:00Z`), status: 'booked' });
    await makeAppointment(t.db, { slotId, patientId: p.id, status: 'dna' });
  }
  ids[name] = p.id;
}

beforeAll(async () => {
  gp = await t.as(w.gpA, w.practiceA.id);
  await person('TwoRecentDnas', ['2026-03-02', '2026-09-14']);
  await person('OneRecentDna', ['2026-10-05']);
  await person('TwoOldDnas', ['2025-01-06', '2025-06-02']);
  await person('InSocialPrescribing');
  await person('Discharged');
  const refer = async (name: string) => (await gp.post('/api/v1/social-prescribing/referrals', { patientId: ids[name], reasons: ['loneliness-isolation'], consent: true })).json().id as string;
  await refer('InSocialPrescribing');
  const linkWorker = await t.as(await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'link-worker' }]), w.pcn.id);
  const done = await linkWorker.post(`/api/v1/social-prescribing/referrals/${await refer('Discharged')}/discharge`, { reason: 'goals-met' });
  expect(done.statusCode, done.body).toBe(200);
  await recomputeSummaries(t.db, { networkId: w.network.id, today: '2026-11-30', now: NOW });
});

async function members(filter: object) {
  const count = await gp.post(`${PHM}/cohorts/count`, { filter: { ageMin: 90, ...filter } });
  expect(count.statusCode, count.body).toBe(200);
  const saved = await gp.post(`${PHM}/cohorts`, { name: 'filter test', filter: { ageMin: 90, ...filter } });
  expect(saved.statusCode, saved.body).toBe(201);
  expect(saved.json().filter).toMatchObject(filter);
  const list = (await gp.get(`${PHM}/cohorts/${saved.json().id}/members?limit=200`)).json().items as { patientId: string }[];
  expect(list).toHaveLength(count.json().total);
  const byId = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  return list.map((m) => byId.get(m.patientId)).sort();
}

describe('cohort filters through other modules', () => {
  it('finds people with at least N did-not-attends in the last 12 months (or the window given)', async () => {
    expect(await members({ dnasAtLeast: 2 })).toEqual(['TwoRecentDnas']);
    expect(await members({ dnasAtLeast: 1 })).toEqual(['OneRecentDna', 'TwoRecentDnas']);
    expect(await members({ dnasAtLeast: 2, dnaWithinMonths: 24 })).toEqual(['TwoOldDnas', 'TwoRecentDnas']);
  });

  it('finds people with (or without) a social-prescribing episode not yet discharged', async () => {
    expect(await members({ openSocialPrescribing: true })).toEqual(['InSocialPrescribing']);
    expect(await members({ openSocialPrescribing: false })).toEqual(['Discharged', 'OneRecentDna', 'TwoOldDnas', 'TwoRecentDnas']);
  });

  it('names the field of a DNA filter that does not make sense', async () => {
    for (const [filter, pointer] of [[{ dnaWithinMonths: 6 }, '/body/filter/dnaWithinMonths'], [{ dnasAtLeast: 0 }, '/body/filter/dnasAtLeast'], [{ openSocialPrescribing: 'yes' }, '/body/filter/openSocialPrescribing']] as const) {
      const res = await gp.post(`${PHM}/cohorts/count`, { filter });
      expect(res.statusCode, JSON.stringify(filter)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().errors.map((e: { pointer: string }) => e.pointer).join(' ')).toContain(pointer);
    }
  });
});
