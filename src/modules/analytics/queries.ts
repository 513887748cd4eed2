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

/** Sums of the rollup's measures for one dimension, grouped by the keys given (none: one row of totals). */
export async function sumRollup(db: Executor, dimension: RollupDimension, f: RollupFilter, groupBy: GroupKey[] = []): Promise<RollupSum[]> {
  const where = [
    sql`network_id = ${f.networkId}`, sql`dimension = ${dimension}`, sql`day >= ${f.fromDay}::date`, sql`day <= ${f.toDay}::date`,
    ...(f.organisationId ? [sql`organisation_id = ${f.organisationId}`] : []),
    ...(f.siteId ? [sql`site_id = ${f.siteId}`] : []),
    ...(f.role ? [sql`role = ${f.role}`] : []),
    ...(f.mode ? [sql`mode = ${f.mode}`] : []),
    ...(f.nationalCategory ? [sql`national_category = ${f.nationalCategory}`] : []),
  ];
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
