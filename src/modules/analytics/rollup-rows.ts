import { DateTime } from 'luxon';
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { appointmentFactsSql, slotFactsSql } from '../booking/index.ts';
import { patientFactsSql } from '../patients/index.ts';
import { HOUR_LEVELS_NOT_KEPT, LEVEL_BITS, londonStart, spanEnd, spanGroupingSets, spanStart, spanStartSql, type LevelColumn } from './spans.ts';
import type { RollupDimension } from './tables.ts';

// The statements that rebuild rows of both rollups for a range of days: every breakdown (a full rebuild
// of those days), or only some breakdowns (a deprivation import moves the 'imd' rows alone), or only
// the cells some appointments count in (a patient's date of birth or postcode moves the 'age' and 'imd'
// rows of their appointments' cells, and nothing else).

export const ALL_DIMENSIONS: readonly RollupDimension[] = ['total', 'hour', 'source', 'lead', 'age', 'imd'];

/**
 * One cell of the daily rollup, whatever its bucket: a London day and the filter columns. Rebuilding a
 * cell recounts every appointment in it, so it stays the sum of its facts whoever else is in it.
 */
export interface RollupCell {
  day: string;
  organisation_id: string;
  site_id: string;
  role: string;
  mode: string;
  national_category: string;
}

/** What a rebuild of a range of days covers: the breakdowns (all unless given) and, if given, only these cells of them. */
export interface RebuildScope {
  networkId: string;
  fromDay: string;
  toDay: string;
  spanLevels: readonly number[];
  dimensions?: readonly RollupDimension[];
  cells?: readonly RollupCell[];
}

/** The breakdown each appointment is counted under, besides 'total' (sources: docs/analytics.md). */
const SOURCE = sql`case when f.from_consultation then 'online-consultation' when f.channel = 'nhs111' then 'nhs111'
  when f.channel = 'hub' then 'hub-referral' when f.channel = 'network' then 'practice-referral' when f.channel = 'online' then 'patient-online'
  else 'phone-reception' end`;
// GPAD TIME_BETWEEN_BOOK_AND_APPT bands (standards.md §1.2), as whole London days booked ahead.
const LEAD = sql`case when f.lead_days <= 0 then '0' when f.lead_days = 1 then '1' when f.lead_days <= 7 then '2-7' when f.lead_days <= 14 then '8-14'
  when f.lead_days <= 21 then '15-21' when f.lead_days <= 28 then '22-28' else '29+' end`;
const AGE = sql`case when f.age is null then 'unknown' when f.age < 16 then '0-15' when f.age < 30 then '16-29' when f.age < 45 then '30-44'
  when f.age < 65 then '45-64' when f.age < 75 then '65-74' else '75+' end`;

/** The column of the facts each breakdown groups by (none for 'total'). */
const BUCKET_COLUMN: Record<RollupDimension, string | null> = { total: null, hour: 'hour', source: 'source', lead: 'lead', age: 'age', imd: 'decile' };

/** The cells as a row source (c), passed as one JSON parameter. */
const cellsSql = (cells: readonly RollupCell[]) => sql`jsonb_to_recordset(${JSON.stringify(cells)}::jsonb)
  as c(day date, organisation_id text, site_id text, role text, mode text, national_category text)`;

const sameCell = (r: string) => sql.raw(`${r}.day = c.day and ${r}.organisation_id::text = c.organisation_id and ${r}.site_id::text = c.site_id
  and ${r}.role = c.role and ${r}.mode = c.mode and ${r}.national_category = c.national_category`);

/** A span row (s) that sums a cell (c): its span, weekday ('hour' rows) and every column its level keeps. */
const spanHoldsCell = (s: string) => sql.raw(`${s}.span_start = greatest(date_trunc('week', c.day), date_trunc('month', c.day))::date
  and (${s}.weekday = 0 or ${s}.weekday = extract(isodow from c.day)) and (${s}.level & 16 = 0 or ${s}.site_id = c.site_id)
  and (${s}.level & 8 = 0 or ${s}.organisation_id = c.organisation_id) and (${s}.level & 4 = 0 or ${s}.role = c.role)
  and (${s}.level & 2 = 0 or ${s}.mode = c.mode) and (${s}.level & 1 = 0 or ${s}.national_category = c.national_category)`);

/** Deletes and rebuilds the daily rollup's rows in scope; returns the rows written. */
export async function rebuildDailyRows(trx: Executor, p: RebuildScope): Promise<number> {
  const dimensions = p.dimensions ?? ALL_DIMENSIONS;
  const from = londonStart(p.fromDay);
  const to = londonStart(DateTime.fromISO(p.toDay).plus({ days: 1 }).toISODate()!);
  const range = { networkId: p.networkId, from, to };
  // A cell's slots are not recounted: only the breakdowns slots are not counted under take cells.
  if (p.cells && (dimensions.includes('total') || dimensions.includes('hour'))) throw new Error('only the appointment-only breakdowns are rebuilt by cell');
  if (p.cells) {
    if (p.cells.length === 0) return 0;
    await sql`delete from analytics_rollup r using ${cellsSql(p.cells)}
      where r.network_id = ${p.networkId} and r.dimension in (${sql.join(dimensions)}) and r.day >= ${p.fromDay}::date and r.day <= ${p.toDay}::date and ${sameCell('r')}`.execute(trx);
  } else {
    await trx.deleteFrom('analytics_rollup').where('network_id', '=', p.networkId).where('dimension', 'in', dimensions)
      .where('day', '>=', p.fromDay).where('day', '<=', p.toDay).execute();
  }
  // One pass over the facts: every breakdown is a grouping set of the same grouping. A slot has no
  // source, lead time, age or decile: it counts under 'total' and 'hour' only (its rows in the other
  // sets are the null bucket, left out), so a rebuild of neither reads no slot.
  const columns = dimensions.map((d) => BUCKET_COLUMN[d]).filter((c): c is string => c !== null);
  const ref = (c: string) => sql.ref(`f.${c}`);
  // grouping(columns): a bit per column, the first the highest, set when the row's set does not group by it.
  const all = (1 << columns.length) - 1;
  const maskOf = (d: RollupDimension) => (BUCKET_COLUMN[d] === null ? all : all & ~(1 << (columns.length - 1 - columns.indexOf(BUCKET_COLUMN[d]!))));
  const grouping = columns.length ? sql`grouping(${sql.join(columns.map(ref))})` : sql`${sql.lit(0)}`;
  const dimension = sql`case ${grouping} ${sql.join(dimensions.map((d) => sql`when ${sql.lit(maskOf(d))} then ${sql.lit(d)}`), sql` `)} end`;
  const bucket = columns.length ? sql`coalesce(${sql.join(columns.map((c) => sql`${ref(c)}::text`))}, '')` : sql`''`;
  const withSlots = dimensions.includes('total') || dimensions.includes('hour');
  const slotDimensions = dimensions.filter((d) => d === 'total' || d === 'hour');
  const keep = sql`${grouping} in (${sql.join(slotDimensions.length ? slotDimensions.map((d) => sql.lit(maskOf(d))) : [sql.lit(-1)])})
    ${columns.length ? sql`or coalesce(${sql.join(columns.filter((c) => c !== 'hour').map((c) => sql`${ref(c)}::text`).concat([sql`null`]))}) is not null` : sql``}`;
  const inCells = p.cells ? sql`join ${cellsSql(p.cells)} on ${sameCell('a')}` : sql``;
  const slots = sql`select s.network_id, s.local_start::date as day, extract(hour from s.local_start)::int as hour,
      s.organisation_id, s.site_id, s.role, s.mode, s.national_category,
      1 as slots, s.minutes as slot_minutes, case when s.booked then 1 else 0 end as slots_booked,
      0 as appointments, 0 as attended, 0 as dna, 0 as cancelled, 0 as appointment_minutes,
      null::text as source, null::text as lead, null::text as age, null::int as decile
    from (select *, start_at at time zone 'Europe/London' as local_start from (${slotFactsSql(range)}) s0) s
    union all`;
  const result = await sql`
    insert into analytics_rollup (network_id, dimension, day, organisation_id, site_id, role, mode, national_category, bucket,
      slots, slot_minutes, slots_booked, appointments, attended, dna, cancelled, appointment_minutes)
    select f.network_id, ${dimension}, f.day, f.organisation_id, f.site_id, f.role, f.mode, f.national_category, ${bucket},
      sum(f.slots)::int, sum(f.slot_minutes)::int, sum(f.slots_booked)::int, sum(f.appointments)::int, sum(f.attended)::int,
      sum(f.dna)::int, sum(f.cancelled)::int, sum(f.appointment_minutes)::int
    from (
      ${withSlots ? slots : sql``}
      select f.network_id, f.day, f.hour, f.organisation_id, f.site_id, f.role, f.mode, f.national_category,
        0 as slots, 0 as slot_minutes, 0 as slots_booked, f.appointments, f.attended, f.dna, f.cancelled, f.appointment_minutes,
        ${SOURCE} as source, ${LEAD} as lead, ${AGE} as age, f.decile
      from (
        select a.network_id, a.day, extract(hour from a.local_start)::int as hour,
          a.organisation_id, a.site_id, a.role, a.mode, a.national_category,
          case when a.status <> 'cancelled' then 1 else 0 end as appointments, case when a.status = 'attended' then 1 else 0 end as attended,
          case when a.status = 'dna' then 1 else 0 end as dna, case when a.status = 'cancelled' then 1 else 0 end as cancelled,
          case when a.status <> 'cancelled' then a.minutes else 0 end as appointment_minutes,
          a.channel, a.from_consultation,
          a.day - (a.booked_at at time zone 'Europe/London')::date as lead_days,
          extract(year from age(a.day, p.date_of_birth::date))::int as age,
          coalesce(i.imd_decile, 0)::int as decile
        from (select *, (local_start)::date as day from (select *, start_at at time zone 'Europe/London' as local_start from (${appointmentFactsSql(range)}) a0) a1) a
        ${inCells}
        left join (${patientFactsSql({ networkId: p.networkId })}) p on p.id = a.patient_id
        left join postcode_lsoa pl on pl.postcode = p.postcode_key
        left join imd_lsoa i on i.lsoa_code = pl.lsoa_code
      ) f
    ) f
    group by f.network_id, f.day, f.organisation_id, f.site_id, f.role, f.mode, f.national_category,
      grouping sets (${sql.join(dimensions.map((d) => (BUCKET_COLUMN[d] ? sql`(${ref(BUCKET_COLUMN[d]!)})` : sql`()`)))})
    having ${keep}`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Rebuilds the span rollup (spans.ts) of every span that has a day in fromDay..toDay from the daily
 * rollup, in one pass: each level is one grouping set. A span reaching outside the days refreshed is
 * summed whole from the daily rows already there, so a span's rows are always the sum of its days'.
 * Only the breakdowns in scope; with cells, only the span rows that sum one of them.
 */
export async function rebuildSpanRows(trx: Executor, p: RebuildScope) {
  const dimensions = p.dimensions ?? ALL_DIMENSIONS;
  const first = spanStart(p.fromDay);
  const last = spanEnd(p.toDay);
  if (p.cells?.length === 0) return;
  const inScope = (s: string) => sql`${sql.ref(`${s}.network_id`)} = ${p.networkId} and ${sql.ref(`${s}.dimension`)} in (${sql.join(dimensions)})
    and ${sql.ref(`${s}.span_start`)} >= ${first}::date and ${sql.ref(`${s}.span_start`)} <= ${last}::date`;
  const holdsACell = (s: string) => (p.cells ? sql`and exists (select 1 from ${cellsSql(p.cells)} where ${spanHoldsCell(s)})` : sql``);
  await sql`delete from analytics_rollup_span s where ${inScope('s')} ${holdsACell('s')}`.execute(trx);
  const sets = spanGroupingSets(p.spanLevels);
  if (sets.length === 0) return;
  // GROUPING() takes only columns some set groups by, so a column no level keeps is '' outright and the
  // level is the sum of the bits of the columns kept in the row's set.
  const grouped = (Object.keys(LEVEL_BITS) as LevelColumn[]).filter((c) => sets.some((set) => set.includes(c)));
  const kept = (c: LevelColumn) => (grouped.includes(c) ? sql`coalesce(${sql.ref(c)}, '')` : sql`''`);
  const level: RawBuilder<unknown> = grouped.length ? sql`(${sql.join(grouped.map((c) => sql`${sql.lit(LEVEL_BITS[c])} * (1 - grouping(${sql.ref(c)}))`), sql` + `)})` : sql`0`;
  await sql`
    insert into analytics_rollup_span (network_id, dimension, level, span_start, weekday, site_id, organisation_id, role, mode, national_category, bucket,
      slots, slot_minutes, slots_booked, appointments, attended, dna, cancelled, appointment_minutes)
    select * from (
      select network_id, dimension, ${level} as level, span_start, weekday,
        ${kept('site_id')} as site_id, ${kept('organisation_id')} as organisation_id, ${kept('role')} as role, ${kept('mode')} as mode,
        ${kept('national_category')} as national_category, bucket,
        sum(slots), sum(slot_minutes), sum(slots_booked), sum(appointments), sum(attended), sum(dna), sum(cancelled), sum(appointment_minutes)
      from (
        select network_id, dimension, ${spanStartSql(sql`day`)} as span_start, case when dimension = 'hour' then extract(isodow from day)::int else 0 end as weekday,
          site_id::text as site_id, organisation_id::text as organisation_id, role, mode, national_category, bucket,
          slots, slot_minutes, slots_booked, appointments, attended, dna, cancelled, appointment_minutes
        from analytics_rollup where network_id = ${p.networkId} and dimension in (${sql.join(dimensions)}) and day >= ${first}::date and day <= ${last}::date
      ) d
      group by network_id, dimension, span_start, weekday, bucket,
        grouping sets (${sql.join(sets.map((set) => sql`(${sql.join(set.map((c) => sql.ref(c)), sql`, `)})`))})
      having dimension <> 'hour' or ${level} not in (${sql.join(HOUR_LEVELS_NOT_KEPT.map((l) => sql.lit(l)))})
    ) g where true ${holdsACell('g')}`.execute(trx);
}
