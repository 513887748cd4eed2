import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { RollupDimension } from './tables.ts';
import { dayAfter, dayBefore, spanLevelFor, spansInside } from './spans.ts';

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
  /**
   * The levels this network's span rollup holds (its last refresh's, ensureRollup); unset: none is
   * assumed, and every grouping reads the daily rollup (right whatever was built, only slower).
   */
  spanLevels?: readonly number[];
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

/** The same keys over the span rollup: its week and month are its first day's; only its 'hour' rows keep a weekday. */
const SPAN_GROUP_SQL: Record<GroupKey, RawBuilder<unknown>> = {
  ...GROUP_SQL,
  week: sql`to_char(date_trunc('week', span_start), 'YYYY-MM-DD')`,
  month: sql`to_char(span_start, 'YYYY-MM')`,
  weekday: sql`weekday::int`,
  organisation_id: sql`organisation_id`,
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

/** The filters on organisation, role, mode and category, which both rollups carry as columns. */
function sliceFilters(f: RollupFilter) {
  return [
    ...(f.organisationId ? [sql`organisation_id = ${f.organisationId}`] : []),
    ...(f.role ? [sql`role = ${f.role}`] : []),
    ...(f.mode ? [sql`mode = ${f.mode}`] : []),
    ...(f.nationalCategory ? [sql`national_category = ${f.nationalCategory}`] : []),
  ];
}

/** The filter of a range of one dimension's rows, as SQL conditions. */
function whereOf(dimension: RollupDimension, f: RollupFilter) {
  return [
    sql`network_id = ${f.networkId}`, sql`dimension = ${dimension}`, sql`day >= ${f.fromDay}::date`, sql`day <= ${f.toDay}::date`,
    ...(f.siteId ? [sql`site_id = ${f.siteId}`] : []),
    ...sliceFilters(f),
  ];
}

/** The filter of one level of the span rollup for the spans starting fromDay..toDay (toDay the last one's last day). */
function spanWhereOf(dimension: RollupDimension, f: RollupFilter, level: number) {
  return [
    sql`network_id = ${f.networkId}`, sql`dimension = ${dimension}`, sql`level = ${level}`, sql`span_start >= ${f.fromDay}::date`, sql`span_start <= ${f.toDay}::date`,
    ...(f.siteId ? [sql`site_id = ${f.siteId}`] : []),
    ...sliceFilters(f),
  ];
}

const toSum = (r: SumRow, keys: [GroupKey, string][]): RollupSum => ({
  keys: Object.fromEntries(keys.map(([k, column]) => [k, String(r[column])])) as Record<GroupKey, string>,
  slots: Number(r.slots), slotMinutes: Number(r.slot_minutes), slotsBooked: Number(r.slots_booked), appointments: Number(r.appointments),
  attended: Number(r.attended), dna: Number(r.dna), cancelled: Number(r.cancelled), appointmentMinutes: Number(r.appointment_minutes),
});

const MEASURES = sql`slots, slot_minutes, slots_booked, appointments, attended, dna, cancelled, appointment_minutes`;

/** The rows one grouping of a dimension reads: from the span rollup at a level (spans wholly inside the period, the daily rollup for the days at either end), or the daily rollup alone. */
function rowsOf(dimension: RollupDimension, f: RollupFilter, keys: GroupKey[], column: (k: GroupKey) => string, level: number | null): RawBuilder<unknown> {
  const daily = (fromDay: string, toDay: string) => sql`select ${sql.join([...keys.map((k) => sql`${GROUP_SQL[k]} as ${sql.ref(column(k))}`), MEASURES])}
    from analytics_rollup where ${sql.join(whereOf(dimension, { ...f, fromDay, toDay }), sql` and `)}`;
  const spans = level === null ? null : spansInside(f.fromDay, f.toDay);
  if (level === null || !spans) return daily(f.fromDay, f.toDay);
  const parts = [sql`select ${sql.join([...keys.map((k) => sql`${SPAN_GROUP_SQL[k]} as ${sql.ref(column(k))}`), MEASURES])}
    from analytics_rollup_span where ${sql.join(spanWhereOf(dimension, { ...f, fromDay: spans.first, toDay: spans.last }, level), sql` and `)}`];
  if (f.fromDay < spans.first) parts.push(daily(f.fromDay, dayBefore(spans.first)));
  if (spans.last < f.toDay) parts.push(daily(dayAfter(spans.last), f.toDay));
  return sql.join(parts, sql` union all `);
}

/** One query of several groupings over the same rows (GROUPING SETS), each grouping's rows ordered by its keys. */
async function sumSets<N extends string>(db: Executor, dimension: RollupDimension, f: RollupFilter, sets: Record<N, GroupKey[]>, level: number | null): Promise<Record<N, RollupSum[]>> {
  const names = Object.keys(sets) as N[];
  const keys = [...new Set(names.flatMap((n) => sets[n]))];
  const column = (k: GroupKey) => `g${keys.indexOf(k)}`;
  // grouping(all keys): a bit per key, the first key the highest, set when the key is not in the grouping.
  const mask = (set: GroupKey[]) => keys.reduce((m, k, i) => (set.includes(k) ? m : m | (1 << (keys.length - 1 - i))), 0);
  const longest = Math.max(...names.map((n) => sets[n].length));
  // Each grouping's own keys, in its order, as the sort keys after the grouping (weekday, an int 1-7, sorts the same as text).
  const order = Array.from({ length: longest }, (_, j) => sql`case grouping_set ${sql.join(names.filter((n) => sets[n][j]).map((n) => sql`when ${mask(sets[n])} then ${sql.ref(column(sets[n][j]))}::text`), sql` `)} end`);
  const cols = keys.map((k) => sql.ref(column(k)));
  const { rows } = await sql<SumRow>`select * from (
    select ${keys.length ? sql`grouping(${sql.join(cols)})::int` : sql`0`} as grouping_set, ${sql.join([...cols, sql`coalesce(sum(slots), 0)::int as slots`])}, coalesce(sum(slot_minutes), 0)::int as slot_minutes,
      coalesce(sum(slots_booked), 0)::int as slots_booked, coalesce(sum(appointments), 0)::int as appointments,
      coalesce(sum(attended), 0)::int as attended, coalesce(sum(dna), 0)::int as dna, coalesce(sum(cancelled), 0)::int as cancelled,
      coalesce(sum(appointment_minutes), 0)::bigint as appointment_minutes
    from (${rowsOf(dimension, f, keys, column, level)}) x
    ${keys.length ? sql`group by grouping sets (${sql.join(names.map((n) => sql`(${sql.join(sets[n].map((k) => sql.ref(column(k))), sql`, `)})`))})` : sql``}
    ) sums order by ${sql.join([sql`grouping_set`, ...order])}`.execute(db);
  const zero: SumRow = { slots: 0, slot_minutes: 0, slots_booked: 0, appointments: 0, attended: 0, dna: 0, cancelled: 0, appointment_minutes: 0 };
  return Object.fromEntries(names.map((n) => {
    const found = rows.filter((r) => Number(r.grouping_set) === mask(sets[n])).map((r) => toSum(r, sets[n].map((k) => [k, column(k)])));
    // The total (no keys) is one row even over no rows, as an aggregate without GROUP BY gives.
    return [n, found.length === 0 && sets[n].length === 0 ? [toSum(zero, [])] : found];
  })) as Record<N, RollupSum[]>;
}

/**
 * Several groupings of one dimension's rows: the same sums, rows and order as one sumRollup per
 * grouping. Groupings that need the same level of the span rollup share one query (GROUPING SETS); each
 * grouping's rows come ordered by its keys. `spans: false` reads the daily rollup alone (the
 * equivalence tests compare both).
 */
export async function sumRollupSets<N extends string>(db: Executor, dimension: RollupDimension, f: RollupFilter, sets: Record<N, GroupKey[]>, o: { spans?: boolean } = {}): Promise<Record<N, RollupSum[]>> {
  const byLevel = new Map<number | null, N[]>();
  for (const n of Object.keys(sets) as N[]) {
    const level = o.spans === false || !f.spanLevels ? null : spanLevelFor(dimension, f, sets[n], f.spanLevels);
    byLevel.set(level, [...(byLevel.get(level) ?? []), n]);
  }
  const parts = await Promise.all([...byLevel].map(([level, names]) => sumSets(db, dimension, f, Object.fromEntries(names.map((n) => [n, sets[n]])) as Record<N, GroupKey[]>, level)));
  return Object.assign({}, ...parts) as Record<N, RollupSum[]>;
}

/** A view's groupings: all of them, or only those its headline needs when that is all the scope wants (the evaluation report). */
export function groupingsFor<N extends string>(scope: { headlineOnly?: boolean }, sets: Record<N, GroupKey[]>, headline: readonly NoInfer<N>[]): Record<N, GroupKey[]> {
  return scope.headlineOnly ? (Object.fromEntries(headline.map((n) => [n, sets[n]])) as Record<N, GroupKey[]>) : sets;
}

/** A read only a view's tables need: none when the scope wants the headline alone. */
export function forTables<T>(scope: { headlineOnly?: boolean }, read: () => Promise<T[]>): Promise<T[]> {
  return scope.headlineOnly ? Promise.resolve([]) : read();
}

/** Sums of the rollup's measures for one dimension, grouped by the keys given (none: one row of totals). */
export async function sumRollup(db: Executor, dimension: RollupDimension, f: RollupFilter, groupBy: GroupKey[] = [], o: { spans?: boolean } = {}): Promise<RollupSum[]> {
  return (await sumRollupSets(db, dimension, f, { rows: groupBy }, o)).rows;
}
