import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeAppointment, makeSlots, NOW } from '../../../test/support/booking.ts';
import { importImdDeciles, importPostcodeLsoas } from './deprivation-import.ts';
import { refreshRollupJob } from './jobs.ts';
import { refreshRollup } from './rollup.ts';
import { SMALL_NETWORK_SPAN_LEVELS, SPAN_LEVELS } from './spans.ts';
import { defaultRefreshRange } from './views.ts';

// The job rebuilds a patient's change by cell (the age and deprivation rows of their appointments'
// cells) and a deprivation import by breakdown (the deprivation rows alone). Whatever it leaves out, the
// rollups must hold exactly what a full rebuild of every day writes: both are compared row by row,
// with cells the changed patient shares with another patient, and cells of theirs on days of a span
// that a full rebuild would also sum.

const { t, w } = useTestApp({ now: () => NOW });
let clock = NOW.getTime();

async function runJob() {
  clock += 20 * 60_000;
  const at = new Date(clock);
  await refreshRollupJob({ COMMONS_ANALYTICS_REFRESH_MS: '900000' }).run({ db: t.db, engine: t.engine, now: () => at });
}

/** Every row of both rollups of the network, in key order. */
async function rollupRows() {
  const { rows: daily } = await sql`select dimension, day::text, organisation_id::text, site_id::text, role, mode, national_category, bucket,
      slots, slot_minutes, slots_booked, appointments, attended, dna, cancelled, appointment_minutes
    from analytics_rollup where network_id = ${w.network.id} order by 1, 2, 3, 4, 5, 6, 7, 8`.execute(t.db);
  const { rows: spans } = await sql`select dimension, level, span_start::text, weekday, site_id, organisation_id, role, mode, national_category, bucket,
      slots, slot_minutes, slots_booked, appointments, attended, dna, cancelled, appointment_minutes::int
    from analytics_rollup_span where network_id = ${w.network.id} order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`.execute(t.db);
  return { daily, spans };
}

/** The rows after a full rebuild of the default range at the same levels (the range holds every day the test books). */
async function rowsOfFullRebuild(spanLevels: readonly number[]) {
  await refreshRollup(t.db, { networkId: w.network.id, ...defaultRefreshRange(new Date(clock)), now: new Date(clock), spanLevels });
  return rollupRows();
}

const patch = async (id: string, body: Record<string, unknown>) => {
  const res = await (await t.as(w.managerA)).patch(`/api/v1/patients/${id}`, body);
  expect(res.statusCode).toBe(200);
};

beforeAll(async () => {
  const place = (start: string, role = 'gp') => ({ networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id, role, start: new Date(start) });
  // Mary and Brian in one session (one cell) on 12 November; Mary alone on 13 November (same span) and in March; a cancelled one of hers in May.
  const shared = await makeSlots(t.db, { ...place('2025-11-12T10:00:00Z'), count: 3 });
  await makeAppointment(t.db, { slotId: shared[0], patientId: w.patientA.id, status: 'attended' });
  await makeAppointment(t.db, { slotId: shared[1], patientId: w.patientB.id, status: 'dna' });
  const [alone] = await makeSlots(t.db, place('2025-11-13T15:00:00Z', 'nurse'));
  await makeAppointment(t.db, { slotId: alone, patientId: w.patientA.id, status: 'attended' });
  const [march] = await makeSlots(t.db, place('2026-03-18T09:00:00Z'));
  await makeAppointment(t.db, { slotId: march, patientId: w.patientA.id, status: 'dna' });
  const [may] = await makeSlots(t.db, place('2026-05-20T09:00:00Z'));
  await makeAppointment(t.db, { slotId: may, patientId: w.patientA.id, status: 'cancelled' });
  const [brian] = await makeSlots(t.db, { ...place('2026-03-19T11:00:00Z'), organisationId: w.practiceB.id, siteId: w.siteB.id });
  await makeAppointment(t.db, { slotId: brian, patientId: w.patientB.id, status: 'attended' });
  await importPostcodeLsoas(t.db, 'pcds,lsoa11cd\nLS6 2AB,E01000001\nLS7 3CD,E01000002\nLS8 1EF,E01000003\n');
  await importImdDeciles(t.db, 'LSOA code (2011),Index of Multiple Deprivation (IMD) Decile\nE01000001,3\nE01000002,8\nE01000003,5\n', 'imd-a.csv');
});

describe.each([
  ['every span level', SPAN_LEVELS],
  ['the small network\'s levels', SMALL_NETWORK_SPAN_LEVELS],
])('rebuilding less after a change, with %s', (_, levels) => {
  beforeAll(async () => {
    await rowsOfFullRebuild(levels);
  });

  it('leaves the rollups as a full rebuild does after a date of birth and a postcode change', async () => {
    await patch(w.patientA.id, { dateOfBirth: levels === SPAN_LEVELS ? '1944-03-02' : '1999-03-02' });
    await patch(w.patientB.id, { postcode: levels === SPAN_LEVELS ? 'LS8 1EF' : 'LS7 3CD' });
    const before = await rollupRows();
    await runJob();
    const after = await rollupRows();
    expect(after).not.toEqual(before);
    expect(after).toEqual(await rowsOfFullRebuild(levels));
  });

  it('leaves the rollups as a full rebuild does after a deprivation import', async () => {
    await importImdDeciles(t.db, `LSOA code (2011),Index of Multiple Deprivation (IMD) Decile\nE01000001,${levels === SPAN_LEVELS ? 9 : 4}\nE01000003,1\n`, 'imd-b.csv');
    const before = await rollupRows();
    await runJob();
    const after = await rollupRows();
    expect(after).not.toEqual(before);
    expect(after).toEqual(await rowsOfFullRebuild(levels));
  });
});
