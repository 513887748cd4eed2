import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { RollupDimension } from './tables.ts';

// Every read of the rollup: sums over one dimension's rows for a range of days, filtered, grouped.

export interface RollupFilter {
  networkId: string;
  fromDay: string;
  toDay: string;
  organisationId?: string;
  siteId?: string;
  role?: string;
  mode?: string;
  nationalCategory?: string;
}

export type GroupKey = 'week' | 'month' | 'weekday' | 'organisation_id' | 'role' | 'mode' | 'national_category' | 'bucket';

const GROUP_SQL: Record<GroupKey, RawBuilder<unknown>> = {
  week: sql`to_char(date_trunc('week', day), 'YYYY-MM-DD')`,
  month: sql`to_char(day, 'YYYY-MM')`,
  weekday: sql`extract(isodow from day)::int`,
  organisation_id: sql`organisation_id::text`,
  role: sql`role`,
  mode: sql`mode`,
  national_category: sql`national_category`,
  bucket: sql`bucket`,
};

export interface RollupSum {
  keys: Record<GroupKey, string>;
  slots: number;
  slotMinutes: number;
  slotsBooked: number;
  appointments: number;
  attended: number;
  dna: number;
  cancelled: number;
  appointmentMinutes: number;
}

interface SumRow {
  [key: string]: string | number;
}

/** The filter of a range of one dimension's rows, as SQL conditions. */
function whereOf(dimension: RollupDimension, f: RollupFilter) {
  return [
    sql`network_id = ${f.networkId}`, sql`dimension = ${dimension}`, sql`day >= ${f.fromDay}::date`, sql`day <= ${f.toDay}::date`,
    ...(f.organisationId ? [sql`organisation_id = ${f.organisationId}`] : []),
    ...(f.siteId ? [sql`site_id = ${f.siteId}`] : []),
    ...(f.role ? [sql`role = ${f.role}`] : []),
    ...(f.mode ? [sql`mode = ${f.mode}`] : []),
    ...(f.nationalCategory ? [sql`national_category = ${f.nationalCategory}`] : []),
  ];
}

const toSum = (r: SumRow, keys: [GroupKey, string][]): RollupSum => ({
  keys: Object.fromEntries(keys.map(([k, column]) => [k, String(r[column])])) as Record<GroupKey, string>,
  slots: Number(r.slots), slotMinutes: Number(r.slot_minutes), slotsBooked: Number(r.slots_booked), appointments: Number(r.appointments),
  attended: Number(r.attended), dna: Number(r.dna), cancelled: Number(r.cancelled), appointmentMinutes: Number(r.appointment_minutes),
});

/**
 * Several groupings of one dimension's rows in one scan (GROUPING SETS): the same sums, rows and order
 * as one sumRollup per grouping, which read the same rows once per grouping. Each grouping's rows come
 * ordered by its keys, as sumRollup orders them.
 */
export async function sumRollupSets<N extends string>(db: Executor, dimension: RollupDimension, f: RollupFilter, sets: Record<N, GroupKey[]>): Promise<Record<N, RollupSum[]>> {
  const names = Object.keys(sets) as N[];
  const keys = [...new Set(names.flatMap((n) => sets[n]))];
  if (keys.length === 0) throw new Error('sumRollupSets: group by at least one key in some grouping');
  const column = (k: GroupKey) => `g${keys.indexOf(k)}`;
  // grouping(all keys): a bit per key, the first key the highest, set when the key is not in the grouping.
  const mask = (set: GroupKey[]) => keys.reduce((m, k, i) => (set.includes(k) ? m : m | (1 << (keys.length - 1 - i))), 0);
  const longest = Math.max(...names.map((n) => sets[n].length));
  // Each grouping's own keys, in its order, as the sort keys after the grouping (weekday, an int 1-7, sorts the same as text).
  const order = Array.from({ length: longest }, (_, j) => sql`case grouping_set ${sql.join(names.filter((n) => sets[n][j]).map((n) => sql`when ${mask(sets[n])} then ${sql.ref(column(sets[n][j]))}::text`), sql` `)} end`);
  const cols = keys.map((k) => sql.ref(column(k)));
  const { rows } = await sql<SumRow>`select * from (
    select grouping(${sql.join(cols)})::int as grouping_set, ${sql.join([...cols, sql`coalesce(sum(slots), 0)::int as slots`])}, coalesce(sum(slot_minutes), 0)::int as slot_minutes,
      coalesce(sum(slots_booked), 0)::int as slots_booked, coalesce(sum(appointments), 0)::int as appointments,
      coalesce(sum(attended), 0)::int as attended, coalesce(sum(dna), 0)::int as dna, coalesce(sum(cancelled), 0)::int as cancelled,
      coalesce(sum(appointment_minutes), 0)::bigint as appointment_minutes
    from (select ${sql.join([...keys.map((k) => sql`${GROUP_SQL[k]} as ${sql.ref(column(k))}`), sql`slots`])}, slot_minutes, slots_booked, appointments, attended, dna, cancelled, appointment_minutes
      from analytics_rollup where ${sql.join(whereOf(dimension, f), sql` and `)}) x
    group by grouping sets (${sql.join(names.map((n) => sql`(${sql.join(sets[n].map((k) => sql.ref(column(k))), sql`, `)})`))})
    ) sums order by ${sql.join([sql`grouping_set`, ...order])}`.execute(db);
  const zero: SumRow = { slots: 0, slot_minutes: 0, slots_booked: 0, appointments: 0, attended: 0, dna: 0, cancelled: 0, appointment_minutes: 0 };
  return Object.fromEntries(names.map((n) => {
    const found = rows.filter((r) => Number(r.grouping_set) === mask(sets[n])).map((r) => toSum(r, sets[n].map((k) => [k, column(k)])));
    // The total (no keys) is one row even over no rows, as an aggregate without GROUP BY gives.
    return [n, found.length === 0 && sets[n].length === 0 ? [toSum(zero, [])] : found];
  })) as Record<N, RollupSum[]>;
}

/** Sums of the rollup's measures for one dimension, grouped by the keys given (none: one row of totals). */
export async function sumRollup(db: Executor, dimension: RollupDimension, f: RollupFilter, groupBy: GroupKey[] = []): Promise<RollupSum[]> {
  const where = whereOf(dimension, f);
  const keys = groupBy.map((k, i) => sql`${GROUP_SQL[k]} as ${sql.ref(`k${i}`)}`);
  const { rows } = await sql<SumRow>`
    select ${sql.join([...keys, sql`coalesce(sum(slots), 0)::int as slots`])}, coalesce(sum(slot_minutes), 0)::int as slot_minutes,
      coalesce(sum(slots_booked), 0)::int as slots_booked, coalesce(sum(appointments), 0)::int as appointments,
      coalesce(sum(attended), 0)::int as attended, coalesce(sum(dna), 0)::int as dna, coalesce(sum(cancelled), 0)::int as cancelled,
      coalesce(sum(appointment_minutes), 0)::bigint as appointment_minutes
    from analytics_rollup
    where ${sql.join(where, sql` and `)}
    ${groupBy.length ? sql`group by ${sql.join(groupBy.map((_, i) => sql.raw(String(i + 1))))} order by ${sql.join(groupBy.map((_, i) => sql.raw(String(i + 1))))}` : sql``}`.execute(db);
  return rows.map((r) => ({
    keys: Object.fromEntries(groupBy.map((k, i) => [k, String(r[`k${i}`])])) as Record<GroupKey, string>,
    slots: Number(r.slots), slotMinutes: Number(r.slot_minutes), slotsBooked: Number(r.slots_booked), appointments: Number(r.appointments),
    attended: Number(r.attended), dna: Number(r.dna), cancelled: Number(r.cancelled), appointmentMinutes: Number(r.appointment_minutes),
  }));
}
