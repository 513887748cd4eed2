import type { Db } from '../../db/database.ts';
import { findConsultationDays } from '../consultations/index.ts';
import { londonStart } from './spans.ts';
import { forTables, groupingsFor, sumRollup, sumRollupSets, type RollupSum } from './queries.ts';
import { SOURCE_LABELS, WEEKDAYS, percent } from './labels.ts';
import { DateTime } from 'luxon';
import type { Scope } from './filters.ts';
import type { DataTable, Figure } from './schema.ts';
import { organisationRows } from './organisation-rows.ts';

const capacityColumns = [
  { key: 'offered', label: 'Slots offered', kind: 'count' as const },
  { key: 'booked', label: 'Booked', kind: 'count' as const },
  { key: 'unused', label: 'Unused', kind: 'count' as const },
  { key: 'utilisation', label: 'Utilisation %', kind: 'percent' as const },
];
const capacity = (r: RollupSum) => ({ offered: r.slots, booked: r.slotsBooked, unused: r.slots - r.slotsBooked, utilisation: percent(r.slotsBooked, r.slots) });

/** Demand and capacity: slots offered, booked and unused by week, by day and hour, by organisation; appointments by source. */
export async function demandView(db: Db, scope: Scope): Promise<{ headline: Figure[]; tables: DataTable[]; notes: string[] }> {
  const f = scope.filter;
  const [{ total, byWeek, byOrg }, byHour, bySource, consultations] = await Promise.all([
    sumRollupSets(db, 'total', f, groupingsFor(scope, { total: [], byWeek: ['week'], byOrg: ['organisation_id'] }, ['total'])),
    forTables(scope, () => sumRollup(db, 'hour', f, ['weekday', 'bucket'])), forTables(scope, () => sumRollup(db, 'source', f, ['bucket'])),
    findConsultationDays(db, { networkId: f.networkId, from: londonStart(f.fromDay), to: londonStart(DateTime.fromISO(f.toDay).plus({ days: 1 }).toISODate()!), practiceId: f.organisationId ?? null }),
  ]);
  const t = total[0];
  const requests = consultations.reduce((a, r) => a + r.submitted, 0);
  const sources = Object.keys(SOURCE_LABELS).map((s) => ({ source: SOURCE_LABELS[s], appointments: bySource.find((r) => r.keys.bucket === s)?.appointments ?? 0 }));
  const headline: Figure[] = [
    { key: 'offered', label: 'Slots offered', kind: 'count', value: t.slots },
    { key: 'booked', label: 'Slots booked', kind: 'count', value: t.slotsBooked },
    { key: 'unused', label: 'Slots unused', kind: 'count', value: t.slots - t.slotsBooked },
    { key: 'utilisation', label: 'Utilisation %', kind: 'percent', value: percent(t.slotsBooked, t.slots) },
    { key: 'appointments', label: 'Appointments', kind: 'count', value: t.appointments },
    { key: 'online-requests', label: 'Online consultation requests', kind: 'count', value: requests },
  ];
  if (scope.headlineOnly) return { headline, tables: [], notes: [] };
  return {
    headline,
    tables: [
      { id: 'by-week', title: 'Capacity by week', description: 'Slots offered, booked and left unused, by week starting Monday.', chart: 'stacked-bar',
        columns: [{ key: 'week', label: 'Week starting', kind: 'text' }, ...capacityColumns, { key: 'appointments', label: 'Appointments', kind: 'count' }],
        rows: byWeek.map((r) => ({ week: r.keys.week, ...capacity(r), appointments: r.appointments })) },
      { id: 'by-day-hour', title: 'Demand by day and hour', description: 'Appointments and slots by weekday and hour of the day (London time).', chart: 'heatmap',
        columns: [{ key: 'weekday', label: 'Day', kind: 'text' }, { key: 'hour', label: 'Hour', kind: 'count' }, ...capacityColumns, { key: 'appointments', label: 'Appointments', kind: 'count' }],
        rows: byHour.map((r) => ({ weekday: WEEKDAYS[Number(r.keys.weekday)], hour: Number(r.keys.bucket), ...capacity(r), appointments: r.appointments })) },
      { id: 'by-source', title: 'Demand by source', description: 'Appointments by how they were booked; online consultation requests are counted separately below.', chart: 'bar',
        columns: [{ key: 'source', label: 'Source', kind: 'text' }, { key: 'appointments', label: 'Appointments', kind: 'count' }],
        rows: [...sources, { source: 'Online consultation requests (all, with or without an appointment)', appointments: requests }] },
      { id: 'by-organisation', title: 'Capacity by practice and hub', description: 'The network, then each practice and hub you may see.', chart: 'bar',
        columns: [{ key: 'organisation', label: 'Organisation', kind: 'text' }, ...capacityColumns, { key: 'appointments', label: 'Appointments', kind: 'count' }],
        rows: organisationRows(scope, t, byOrg, (r) => ({ ...capacity(r), appointments: r.appointments })) },
    ],
    notes: [],
  };
}
