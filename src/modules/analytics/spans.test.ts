import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { NOW } from '../../../test/support/booking.ts';
import { newId } from '../../platform/ids.ts';
import { sumRollupSets, type GroupKey, type RollupFilter } from './queries.ts';
import { findLastRefresh, refreshRollup } from './rollup.ts';
import { sql } from 'kysely';
import { SMALL_NETWORK_SPAN_LEVELS, SPAN_LEVELS, spanEnd, spanLevelFor, spanLevelsForSize, spansInside, spanStart } from './spans.ts';
import type { RollupDimension } from './tables.ts';
import { ROLLUP_TEST_PERIODS } from '../../../test/support/rollup-periods.ts';

// The span rollup answers exactly as the daily rollup it is summed from: every breakdown, filter and
// grouping the views use, over periods that start and end inside spans, on a book of six weeks that
// crosses two month ends (Thursday 30 April, Sunday 31 May) with practices, a hub, roles, modes,
// categories, outcomes and lead times mixed, and practice A seeing patients at two sites.

const { t, w } = useTestApp({ now: () => NOW });
const MODES = ['face-to-face', 'telephone', 'video'] as const;
const CATEGORIES = ['General Consultation Routine', 'Planned Clinics', 'Clinical Triage'];
const STATUSES = ['attended', 'attended', 'dna', 'cancelled', 'booked', 'attended'] as const;
const CHANNELS = ['own-practice', 'nhs111', 'network', 'online'] as const;
let branchSite = '';

/** Slots and appointments from 27 April to 7 June 2026, spread by a fixed rule (no randomness: the same book every run). */
async function makeBook(from: Date, days: number, salt: number) {
  const places = [
    { organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id, role: 'gp' },
    { organisationId: w.practiceB.id, siteId: w.siteB.id, staffId: w.physio.id, serviceId: w.physioService.id, role: 'physiotherapist' },
    { organisationId: w.hub.id, siteId: w.hubSite.id, staffId: w.hubGp.id, serviceId: w.gpService.id, role: 'gp' },
  ];
  const slots = [];
  const appointments = [];
  for (let d = 0; d < days; d++) {
    for (let i = 0; i < 5; i++) {
      const n = d * 5 + i + salt;
      const place = n % 3 === 0 && n % 2 ? { ...places[0], siteId: branchSite } : places[n % 3];
      const start = new Date(from.getTime() + d * 86_400_000 + (7 + ((n * 7) % 12)) * 3_600_000 + (n % 6) * 600_000 + salt * 60_000);
      const slot = {
        network_id: w.network.id, id: newId(), staff_id: place.staffId, organisation_id: place.organisationId, site_id: place.siteId, service_id: place.serviceId,
        role: place.role, mode: MODES[n % 3], national_category: CATEGORIES[(n >> 1) % 3], start_at: start, end_at: new Date(start.getTime() + 600_000),
        channels: ['own-practice' as const], opens_at: new Date(0), status: n % 4 === 3 ? 'free' as const : 'booked' as const,
      };
      slots.push(slot);
      if (n % 4 === 3) continue;
      const status = STATUSES[n % STATUSES.length];
      appointments.push({
        network_id: w.network.id, id: newId(), slot_id: slot.id, patient_id: n % 2 ? w.patientA.id : w.patientB.id, status, start_at: slot.start_at, end_at: slot.end_at,
        provider_organisation_id: place.organisationId, site_id: place.siteId, staff_id: place.staffId, service_id: place.serviceId, role: place.role, mode: slot.mode,
        national_category: slot.national_category, channel: CHANNELS[n % 4], booker_organisation_id: place.organisationId, patient_practice_id: n % 2 ? w.practiceA.id : w.practiceB.id,
        booked_at: new Date(start.getTime() - ((n * 13) % 40) * 86_400_000 - 3_600_000), cancelled_at: status === 'cancelled' ? start : null,
      });
    }
  }
  await t.db.insertInto('slot').values(slots).execute();
  await t.db.insertInto('appointment').values(appointments).execute();
}

beforeAll(async () => {
  branchSite = (await t.make.site(w.network.id, w.practiceA.id, { name: 'Branch surgery' })).id;
  await makeBook(new Date('2026-04-27T00:00:00Z'), 42, 0);
  await t.db.insertInto('postcode_lsoa').values({ postcode: 'LS62AB', lsoa_code: 'E01900001' }).execute();
  await t.db.insertInto('imd_lsoa').values({ lsoa_code: 'E01900001', imd_decile: 2, source: 'test' }).execute();
  await refreshRollup(t.db, { networkId: w.network.id, fromDay: '2026-04-01', toDay: '2026-06-30', now: NOW, spanLevels: SPAN_LEVELS });
});

/** Every grouping a view asks for, and more. */
const SETS: Record<string, GroupKey[]> = {
  total: [], week: ['week'], month: ['month'], org: ['organisation_id'], role: ['role'], mode: ['mode'], category: ['national_category'], bucket: ['bucket'],
  monthRole: ['month', 'role'], roleBucket: ['role', 'bucket'], orgBucket: ['organisation_id', 'bucket'], orgRoleMode: ['organisation_id', 'role', 'mode'],
};
const DIMENSIONS: RollupDimension[] = ['total', 'hour', 'source', 'lead', 'age', 'imd'];
const PERIODS = ROLLUP_TEST_PERIODS;

async function expectSame(filter: RollupFilter, dimension: RollupDimension) {
  const sets = dimension === 'hour' ? { ...SETS, dayHour: ['weekday', 'bucket'] as GroupKey[] } : SETS;
  const spans = await sumRollupSets(t.db, dimension, { spanLevels: SPAN_LEVELS, ...filter }, sets);
  const daily = await sumRollupSets(t.db, dimension, filter, sets, { spans: false });
  expect(spans, `${dimension} ${JSON.stringify(filter)}`).toEqual(daily);
  return spans;
}

describe('span rollup', () => {
  it('cuts days into spans of one week inside one month', () => {
    expect([spanStart('2026-04-30'), spanEnd('2026-04-30'), spanStart('2026-05-01'), spanEnd('2026-05-01'), spanStart('2026-05-06'), spanEnd('2026-05-06')])
      .toEqual(['2026-04-27', '2026-04-30', '2026-05-01', '2026-05-03', '2026-05-04', '2026-05-10']);
    expect(spansInside('2026-04-29', '2026-06-02')).toEqual({ first: '2026-05-01', last: '2026-05-31' });
    expect(spansInside('2026-05-13', '2026-05-15')).toBeNull();
    expect(spanLevelFor('hour', {}, ['weekday', 'bucket'])).toBe(0);
    expect(spanLevelFor('lead', { organisationId: 'x' }, ['role', 'bucket'])).toBe(12);
    expect(spanLevelFor('total', { role: 'gp', mode: 'video' }, ['national_category'])).toBe(7);
    expect(spanLevelFor('total', { role: 'gp', mode: 'video' }, ['organisation_id'])).toBe(15);
    expect(spanLevelFor('total', { siteId: 's' }, [])).toBe(24);
    expect(spanLevelFor('lead', { siteId: 's' }, ['role', 'bucket'])).toBe(28);
    expect(spanLevelFor('total', { siteId: 's', role: 'gp', mode: 'video' }, [])).toBeNull();
    expect(spanLevelFor('total', {}, ['weekday'])).toBeNull();
    // The 'hour' breakdown keeps no level as fine as its daily rows: those filters read the daily rollup.
    expect(spanLevelFor('hour', { organisationId: 'x' }, ['weekday', 'bucket'])).toBe(8);
    expect(spanLevelFor('hour', { organisationId: 'x', role: 'gp' }, ['weekday', 'bucket'])).toBeNull();
    expect(spanLevelFor('hour', { siteId: 's', role: 'gp' }, ['weekday', 'bucket'])).toBeNull();
    expect(spanLevelFor('age', { organisationId: 'x', role: 'gp' }, ['bucket'])).toBe(12);
  });

  it('stores the hour breakdown only at the levels it reads', async () => {
    const { rows } = await sql<{ dimension: string; levels: number[] }>`
      select dimension, array_agg(distinct level order by level)::int[] as levels from analytics_rollup_span where network_id = ${w.network.id} group by dimension`.execute(t.db);
    const levels = Object.fromEntries(rows.map((r) => [r.dimension, r.levels]));
    expect(levels.hour).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 24, 26]);
    expect(levels.age).toEqual([...SPAN_LEVELS].sort((a, b) => a - b));
  });

  it('answers every breakdown, grouping and filter exactly as the daily rollup', async () => {
    const filters: Partial<RollupFilter>[] = [
      {}, { organisationId: w.practiceA.id }, { organisationId: w.hub.id }, { role: 'physiotherapist' }, { mode: 'telephone' }, { nationalCategory: 'Planned Clinics' },
      { organisationId: w.practiceB.id, mode: 'video' }, { role: 'gp', mode: 'face-to-face', nationalCategory: 'Clinical Triage' },
      { mode: 'face-to-face', nationalCategory: 'Clinical Triage' }, { siteId: w.hubSite.id },
      { siteId: w.siteA.id }, { siteId: branchSite, role: 'gp' }, { siteId: branchSite, organisationId: w.practiceA.id, mode: 'video' }, { siteId: w.siteB.id, nationalCategory: 'Planned Clinics' },
    ];
    let seen = 0;
    for (const [fromDay, toDay] of PERIODS) {
      for (const dimension of DIMENSIONS) {
        for (const f of filters) {
          const result = await expectSame({ networkId: w.network.id, fromDay, toDay, ...f }, dimension);
          seen += result.total[0].appointments;
        }
      }
    }
    expect(seen).toBeGreaterThan(1000); // the comparisons are over real figures, not empty sums
  });

  it('keeps each span the sum of its days when only some of its days are refreshed again', async () => {
    // More appointments on 19-21 May, then a refresh of Wednesday 20 May only (inside the span of 18-24 May).
    await makeBook(new Date('2026-05-19T00:00:00Z'), 3, 3);
    await refreshRollup(t.db, { networkId: w.network.id, fromDay: '2026-05-20', toDay: '2026-05-20', now: NOW, spanLevels: SPAN_LEVELS });
    for (const dimension of DIMENSIONS) {
      for (const [fromDay, toDay] of PERIODS) await expectSame({ networkId: w.network.id, fromDay, toDay }, dimension);
    }
    // Refreshing the rest brings both to the new book.
    const before = (await sumRollupSets(t.db, 'total', { networkId: w.network.id, fromDay: '2026-05-18', toDay: '2026-05-24', spanLevels: SPAN_LEVELS }, { total: [] })).total[0].slots;
    await refreshRollup(t.db, { networkId: w.network.id, fromDay: '2026-05-19', toDay: '2026-05-21', now: NOW, spanLevels: SPAN_LEVELS });
    const after = await expectSame({ networkId: w.network.id, fromDay: '2026-05-18', toDay: '2026-05-24' }, 'total');
    expect(after.total[0].slots).toBe(before + 10);
  });

  it('keeps levels 0, 8, 4, 2 and 1 only for a network of fewer than 200,000 patients, and answers the same', async () => {
    expect(spanLevelsForSize(199_999)).toEqual(SMALL_NETWORK_SPAN_LEVELS);
    expect(spanLevelsForSize(200_000)).toEqual(SPAN_LEVELS);
    expect(spanLevelFor('lead', { organisationId: 'x' }, ['role', 'bucket'], SMALL_NETWORK_SPAN_LEVELS)).toBeNull();
    expect(spanLevelFor('hour', { organisationId: 'x' }, ['weekday', 'bucket'], SMALL_NETWORK_SPAN_LEVELS)).toBe(8);
    expect(spanLevelFor('total', { role: 'gp' }, ['week'], SMALL_NETWORK_SPAN_LEVELS)).toBe(4);
    // A refresh that chooses by size (this network has a handful of patients) empties the spans of every level first.
    await refreshRollup(t.db, { networkId: w.network.id, fromDay: '2026-05-01', toDay: '2026-05-31', now: NOW });
    expect((await findLastRefresh(t.db, w.network.id))?.span_levels).toEqual([0, 1, 2, 4, 8]);
    const { rows } = await sql<{ levels: number[] }>`select array_agg(distinct level order by level)::int[] as levels from analytics_rollup_span where network_id = ${w.network.id}`.execute(t.db);
    expect(rows[0].levels).toEqual([0, 1, 2, 4, 8]);
    // Spans outside the month refreshed are rebuilt at the new levels too (April and June were built at every level).
    const { rows: months } = await sql<{ month: string }>`select distinct to_char(span_start, 'YYYY-MM') as month from analytics_rollup_span where network_id = ${w.network.id} order by 1`.execute(t.db);
    expect(months.map((m) => m.month)).toEqual(['2026-04', '2026-05', '2026-06']);
    let read = 0;
    for (const dimension of DIMENSIONS) {
      for (const f of [{}, { organisationId: w.practiceA.id }, { role: 'gp' }, { mode: 'video' }, { organisationId: w.practiceB.id, role: 'physiotherapist' }]) {
        const spans = await sumRollupSets(t.db, dimension, { networkId: w.network.id, fromDay: '2026-04-01', toDay: '2026-06-30', spanLevels: SMALL_NETWORK_SPAN_LEVELS, ...f }, SETS);
        const daily = await sumRollupSets(t.db, dimension, { networkId: w.network.id, fromDay: '2026-04-01', toDay: '2026-06-30', ...f }, SETS, { spans: false });
        expect(spans, `${dimension} ${JSON.stringify(f)}`).toEqual(daily);
        read += spans.total[0].appointments;
      }
    }
    expect(read).toBeGreaterThan(100);
  });
});
