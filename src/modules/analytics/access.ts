import type { Db } from '../../db/database.ts';
import { groupingsFor, sumRollupSets, type RollupSum } from './queries.ts';
import { LEAD_BUCKETS, LEAD_LABELS, percent, roleLabel } from './labels.ts';
import type { Scope } from './filters.ts';
import type { DataTable, Figure } from './schema.ts';

const bandColumns = LEAD_BUCKETS.map((b) => ({ key: `d${b}`, label: `${LEAD_LABELS[b]} %`, kind: 'percent' as const }));

/** Share of each GPAD band among a group's appointments. */
function bandShares(rows: RollupSum[]) {
  const all = rows.reduce((a, r) => a + r.appointments, 0);
  return { appointments: all, ...Object.fromEntries(LEAD_BUCKETS.map((b) => [`d${b}`, percent(rows.filter((r) => r.keys.bucket === b).reduce((a, r) => a + r.appointments, 0), all)])) };
}

function byKey(rows: RollupSum[], key: 'role' | 'organisation_id') {
  const groups = new Map<string, RollupSum[]>();
  for (const r of rows) groups.set(r.keys[key], [...(groups.get(r.keys[key]) ?? []), r]);
  return groups;
}

/** Access: time from booking to appointment in the national bands, overall, by role and by practice. */
export async function accessView(db: Db, scope: Scope): Promise<{ headline: Figure[]; tables: DataTable[]; notes: string[] }> {
  const f = scope.filter;
  const { bands, byRole, byOrg } = await sumRollupSets(db, 'lead', f, groupingsFor(scope, { bands: ['bucket'], byRole: ['role', 'bucket'], byOrg: ['organisation_id', 'bucket'] }, ['bands']));
  const all = bands.reduce((a, r) => a + r.appointments, 0);
  const within = (buckets: string[]) => percent(bands.filter((r) => buckets.includes(r.keys.bucket)).reduce((a, r) => a + r.appointments, 0), all);
  const headline: Figure[] = [
    { key: 'appointments', label: 'Appointments', kind: 'count', value: all },
    { key: 'same-day', label: 'Same day %', kind: 'percent', value: within(['0']) },
    { key: 'within-7', label: 'Within 7 days %', kind: 'percent', value: within(['0', '1', '2-7']) },
    { key: 'within-14', label: 'Within 14 days %', kind: 'percent', value: within(['0', '1', '2-7', '8-14']) },
    { key: 'over-28', label: 'More than 28 days %', kind: 'percent', value: within(['29+']) },
  ];
  if (scope.headlineOnly) return { headline, tables: [], notes: [] };
  const names = new Map(scope.directory.organisations.map((o) => [o.id, o.kind === 'hub' ? `${o.name} (hub)` : o.name]));
  const orgGroups = [...byKey(byOrg, 'organisation_id')].filter(([id]) => scope.visibleOrganisations.has(id)).sort((a, b) => (names.get(a[0]) ?? '').localeCompare(names.get(b[0]) ?? ''));
  return {
    headline,
    tables: [
      { id: 'bands', title: 'Time from booking to appointment', description: 'GPAD bands of whole London days from the booking to the appointment.', chart: 'bar',
        columns: [{ key: 'band', label: 'Booked ahead', kind: 'text' }, { key: 'appointments', label: 'Appointments', kind: 'count' }, { key: 'share', label: 'Share %', kind: 'percent' }],
        rows: LEAD_BUCKETS.map((b) => {
          const n = bands.find((r) => r.keys.bucket === b)?.appointments ?? 0;
          return { band: LEAD_LABELS[b], appointments: n, share: percent(n, all) };
        }) },
      { id: 'by-role', title: 'Time to appointment by role', description: 'Share of each role\'s appointments in each band.', chart: 'stacked-bar',
        columns: [{ key: 'role', label: 'Role', kind: 'text' }, { key: 'appointments', label: 'Appointments', kind: 'count' }, ...bandColumns],
        rows: [...byKey(byRole, 'role')].map(([role, rows]) => ({ role: roleLabel(role), ...bandShares(rows) })) },
      { id: 'by-organisation', title: 'Time to appointment by practice and hub', description: 'Share of each organisation\'s appointments in each band; the network first.', chart: 'stacked-bar',
        columns: [{ key: 'organisation', label: 'Organisation', kind: 'text' }, { key: 'appointments', label: 'Appointments', kind: 'count' }, ...bandColumns],
        rows: [{ organisation: f.organisationId ? 'Total' : 'Network', ...bandShares(bands) }, ...orgGroups.map(([id, rows]) => ({ organisation: names.get(id) ?? 'Unknown', ...bandShares(rows) }))] },
    ],
    notes: [],
  };
}
