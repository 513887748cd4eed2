import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeAppointment, makeSlots, NOW } from '../../../test/support/booking.ts';
import { findChangedPatients } from '../patients/index.ts';
import { importImdDeciles, importPostcodeLsoas } from './deprivation-import.ts';
import { refreshRollupJob } from './jobs.ts';
import { findLastRefresh, refreshRollup } from './rollup.ts';
import { defaultRefreshRange } from './views.ts';

// The dashboard follows what is not a booking: a patient's date of birth changed through the API moves
// their appointments to another age band, and a deprivation import moves them to another decile, at
// the next run of the refresh job, which rebuilds only what that asks for (partial-rebuild.test.ts
// compares what it leaves with a full rebuild). End to end: the real
// route, the real job, the attendance view read through the API.

const { t, w } = useTestApp({ now: () => NOW });
const OLD_DAY = '2025-11-12'; // Mary Atkinson (born 1956-03-02) is 69 on this day
const OTHER_DAY = '2026-03-18'; // Brian Bellamy's appointment: nothing about him changes
const PERIOD = 'from=2025-11-01&to=2025-11-30';
const OTHER_PERIOD = 'from=2026-03-01&to=2026-03-31';
let clock = NOW.getTime();

const place = () => ({ networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id });

/** Runs the refresh job as it runs every 15 minutes, 20 minutes after the last run. */
async function runJob() {
  clock += 20 * 60_000;
  const at = new Date(clock);
  await refreshRollupJob({ COMMONS_ANALYTICS_REFRESH_MS: '900000' }).run({ db: t.db, engine: t.engine, now: () => at });
}

/** The attendance view's rows of one table with appointments in them, read through the API. */
async function rowsOf(table: 'by-age' | 'by-deprivation', period = PERIOD) {
  const res = await (await t.as(w.managerA)).get(`/api/v1/analytics/views/attendance?${period}`);
  expect(res.statusCode).toBe(200);
  const found = (res.json().tables as { id: string; rows: Record<string, unknown>[] }[]).find((x) => x.id === table)!;
  return found.rows.filter((r) => Number(r.appointments) > 0).map((r) => ({ band: r.ageBand ?? r.decile, appointments: r.appointments }));
}

beforeAll(async () => {
  const [old] = await makeSlots(t.db, { ...place(), start: new Date(`${OLD_DAY}T10:00:00Z`) });
  await makeAppointment(t.db, { slotId: old, patientId: w.patientA.id, status: 'attended' });
  const [other] = await makeSlots(t.db, { ...place(), start: new Date(`${OTHER_DAY}T10:00:00Z`) });
  await makeAppointment(t.db, { slotId: other, patientId: w.patientB.id, status: 'attended' });
  await refreshRollup(t.db, { networkId: w.network.id, ...defaultRefreshRange(NOW), now: NOW });
});

describe('a change to a patient', () => {
  it('marks nothing when neither the date of birth nor the postcode changes', async () => {
    const res = await (await t.as(w.managerA)).patch(`/api/v1/patients/${w.patientA.id}`, { phone: '07700 900123', postcode: 'LS6 2AB' });
    expect(res.statusCode).toBe(200);
    expect((await findChangedPatients(t.db, { networkId: w.network.id })).patientIds).toEqual([]);
  });

  it('moves the patient\'s appointments to their new age band at the next job run, rebuilding only their days', async () => {
    expect(await rowsOf('by-age')).toEqual([{ band: '65-74', appointments: 1 }]);
    const res = await (await t.as(w.managerA)).patch(`/api/v1/patients/${w.patientA.id}`, { dateOfBirth: '1944-03-02' });
    expect(res.statusCode).toBe(200);
    expect((await findChangedPatients(t.db, { networkId: w.network.id })).patientIds).toEqual([w.patientA.id]);
    expect(await rowsOf('by-age')).toEqual([{ band: '65-74', appointments: 1 }]); // not yet rebuilt

    await runJob();
    expect(await rowsOf('by-age')).toEqual([{ band: '75+', appointments: 1 }]);
    expect((await findChangedPatients(t.db, { networkId: w.network.id })).patientIds).toEqual([]);
    // Her appointment's day and the days since the last refresh: not Brian's day, not the default range.
    const last = await findLastRefresh(t.db, w.network.id);
    expect([last?.from_day, last?.to_day]).toEqual([OLD_DAY, '2026-06-01']);
  });
});

describe('a deprivation import', () => {
  it('moves appointments to the decile of the new file at the next job run', async () => {
    expect(await rowsOf('by-deprivation')).toEqual([{ band: 'Unknown (no LSOA)', appointments: 1 }]);
    await importPostcodeLsoas(t.db, 'pcds,lsoa11cd\nLS6 2AB,E01000001\nLS7 3CD,E01000002\n');
    await importImdDeciles(t.db, 'LSOA code (2011),Index of Multiple Deprivation (IMD) Decile\nE01000001,3\nE01000002,8\n', 'imd-a.csv');
    expect(await rowsOf('by-deprivation')).toEqual([{ band: 'Unknown (no LSOA)', appointments: 1 }]); // not yet rebuilt

    await runJob();
    expect(await rowsOf('by-deprivation')).toEqual([{ band: '3', appointments: 1 }]);
    // The deprivation rows of every day the rollup holds were rebuilt, Brian's too, though nothing marked it.
    expect(await rowsOf('by-deprivation', OTHER_PERIOD)).toEqual([{ band: '8', appointments: 1 }]);
    const last = await findLastRefresh(t.db, w.network.id);
    expect([last?.from_day, last?.to_day]).toEqual([OLD_DAY, '2026-06-01']);

    await importImdDeciles(t.db, 'LSOA code (2011),Index of Multiple Deprivation (IMD) Decile\nE01000001,7\nE01000002,8\n', 'imd-b.csv');
    await runJob();
    expect(await rowsOf('by-deprivation')).toEqual([{ band: '7', appointments: 1 }]);
  });

  it('asks for no rebuild when the file changes nothing', async () => {
    await importImdDeciles(t.db, 'LSOA code (2011),Index of Multiple Deprivation (IMD) Decile\nE01000001,7\nE01000002,8\n', 'imd-b.csv');
    await importPostcodeLsoas(t.db, 'pcds,lsoa11cd\nLS6 2AB,E01000001\n');
    await runJob();
    const last = await findLastRefresh(t.db, w.network.id);
    expect(last?.from_day).toBe('2026-06-01'); // only the days since the last run
  });

  it('is forgotten by a full refresh (Refresh now), which rebuilt every day it asked for', async () => {
    await importImdDeciles(t.db, 'LSOA code (2011),Index of Multiple Deprivation (IMD) Decile\nE01000001,2\n', 'imd-c.csv');
    const res = await (await t.as(w.managerA)).post('/api/v1/analytics/refresh');
    expect(res.statusCode).toBe(200);
    expect(await rowsOf('by-deprivation')).toEqual([{ band: '2', appointments: 1 }]);
    await runJob();
    expect((await findLastRefresh(t.db, w.network.id))?.from_day).toBe('2026-06-01');
  });
});
