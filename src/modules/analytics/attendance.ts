import { DateTime } from 'luxon';
import type { Db } from '../../db/database.ts';
import { forTables, groupingsFor, sumRollup, sumRollupSets, type RollupSum } from './queries.ts';
import { AGE_BUCKETS, LEAD_BUCKETS, LEAD_LABELS, MODE_LABELS, WEEKDAYS, decileLabel, percent, roleLabel } from './labels.ts';
import { organisationRows } from './organisation-rows.ts';
import type { Scope } from './filters.ts';
import type { DataTable, Figure } from './schema.ts';

// DNA rate = DNA ÷ appointments with a recorded outcome (attended + DNA): appointments still
// "booked" (in the future, or not yet marked) have no outcome (standards.md §1.4 asks us to say which).
const dnaRate = (r: RollupSum) => percent(r.dna, r.attended + r.dna);
const cells = (r: RollupSum) => ({ appointments: r.appointments, attended: r.attended, dna: r.dna, dnaRate: dnaRate(r) });
const columns = [
  { key: 'appointments', label: 'Appointments', kind: 'count' as const },
  { key: 'attended', label: 'Attended', kind: 'count' as const },
  { key: 'dna', label: 'DNA', kind: 'count' as const },
  { key: 'dnaRate', label: 'DNA rate %', kind: 'percent' as const },
];
const table = (id: string, title: string, description: string, first: { key: string; label: string }, rows: Record<string, string | number | null>[], chart: DataTable['chart'] = 'bar'): DataTable => ({
  id, title, description, chart, columns: [{ ...first, kind: 'text' }, ...columns], rows,
});

/** Attendance: DNA rates by practice, role, mode, age band, deprivation decile, booking lead time, day and hour; a 12-month trend. */
export async function attendanceView(db: Db, scope: Scope): Promise<{ headline: Figure[]; tables: DataTable[]; notes: string[] }> {
  const f = scope.filter;
  // The trend covers the 12 months ending with the period, whatever the period's length.
  const trendFrom = DateTime.fromISO(f.toDay).startOf('month').minus({ months: 11 }).toISODate()!;
  const [{ total, byOrg, byRole, byMode }, byAge, byImd, byLead, byHour, trend] = await Promise.all([
    sumRollupSets(db, 'total', f, groupingsFor(scope, { total: [], byOrg: ['organisation_id'], byRole: ['role'], byMode: ['mode'] }, ['total'])),
    // The deprivation breakdown is read for the headline's note too (appointments with no decile).
    forTables(scope, () => sumRollup(db, 'age', f, ['bucket'])), sumRollup(db, 'imd', f, ['bucket']), forTables(scope, () => sumRollup(db, 'lead', f, ['bucket'])),
    forTables(scope, () => sumRollup(db, 'hour', f, ['weekday', 'bucket'])), forTables(scope, () => sumRollup(db, 'total', { ...f, fromDay: trendFrom }, ['month'])),
  ]);
  const t = total[0];
  const inOrder = <K extends string>(rows: RollupSum[], order: readonly K[]) => order.map((k) => rows.find((r) => r.keys.bucket === k)).filter((r): r is RollupSum => !!r);
  const unknownImd = byImd.find((r) => r.keys.bucket === '0')?.appointments ?? 0;
  const notes = unknownImd > 0 ? [`${unknownImd.toLocaleString('en-GB')} appointments are of patients whose postcode has no LSOA or decile loaded (commons import imd / postcode-lsoa).`] : [];
  const headline: Figure[] = [
    { key: 'appointments', label: 'Appointments', kind: 'count', value: t.appointments },
    { key: 'attended', label: 'Attended', kind: 'count', value: t.attended },
    { key: 'dna', label: 'DNAs', kind: 'count', value: t.dna },
    { key: 'dna-rate', label: 'DNA rate %', kind: 'percent', value: dnaRate(t) },
    { key: 'cancelled', label: 'Cancelled', kind: 'count', value: t.cancelled },
  ];
  if (scope.headlineOnly) return { headline, tables: [], notes };
  return {
    headline,
    tables: [
      table('trend', 'DNA rate over 12 months', 'Month by month, the 12 months ending with the period.', { key: 'month', label: 'Month' }, trend.map((r) => ({ month: r.keys.month, ...cells(r) })), 'line'),
      table('by-organisation', 'DNA rate by practice and hub', 'Where the appointment was held.', { key: 'organisation', label: 'Organisation' }, organisationRows(scope, t, byOrg, cells)),
      table('by-role', 'DNA rate by role', 'The role of the professional the appointment was with.', { key: 'role', label: 'Role' }, byRole.map((r) => ({ role: roleLabel(r.keys.role), ...cells(r) }))),
      table('by-mode', 'DNA rate by mode', 'Face to face, telephone, video or home visit.', { key: 'mode', label: 'Mode' }, byMode.map((r) => ({ mode: MODE_LABELS[r.keys.mode] ?? r.keys.mode, ...cells(r) }))),
      table('by-age', 'DNA rate by age band', 'Age on the day of the appointment.', { key: 'ageBand', label: 'Age band' }, inOrder(byAge, AGE_BUCKETS).map((r) => ({ ageBand: r.keys.bucket, ...cells(r) }))),
      table('by-deprivation', 'DNA rate by deprivation decile', 'IMD 2019 decile of the LSOA of the patient\'s postcode; 1 is the most deprived tenth of England.', { key: 'decile', label: 'IMD decile' },
        [...byImd].sort((a, b) => (Number(a.keys.bucket) || 99) - (Number(b.keys.bucket) || 99)).map((r) => ({ decile: decileLabel(r.keys.bucket), ...cells(r) }))),
      table('by-lead-time', 'DNA rate by time from booking to appointment', 'GPAD bands of whole days booked ahead.', { key: 'band', label: 'Booked ahead' }, inOrder(byLead, LEAD_BUCKETS).map((r) => ({ band: LEAD_LABELS[r.keys.bucket], ...cells(r) }))),
      table('by-day-hour', 'DNA rate by day and hour', 'Weekday and hour of the appointment (London time).', { key: 'weekday', label: 'Day' },
        byHour.map((r) => ({ weekday: WEEKDAYS[Number(r.keys.weekday)], hour: Number(r.keys.bucket), ...cells(r) })), 'heatmap'),
    ].map((tb) => (tb.id === 'by-day-hour' ? { ...tb, columns: [tb.columns[0], { key: 'hour', label: 'Hour', kind: 'count' as const }, ...tb.columns.slice(1)] } : tb)),
    notes,
  };
}
