import { DateTime } from 'luxon';
import { sql } from 'kysely';
import type { Db, Executor } from '../../db/database.ts';
import { LONDON } from '../../platform/calendar.ts';
import { appointmentFactsSql, slotFactsSql } from '../booking/index.ts';
import { countRegisteredPatients, patientFactsSql } from '../patients/index.ts';
import { forgetRollupChanges, readRollupChanges } from './changes.ts';
import { refreshFftDays } from './fft-rollup.ts';
import { dayAfter, HOUR_LEVELS_NOT_KEPT, LEVEL_BITS, londonStart, spanEnd, spanGroupingSets, SPAN_LEVELS, spanLevelsForSize, spanStart, spanStartSql, type LevelColumn } from './spans.ts';

// The daily rollup (0013_analytics.sql): slots and appointments summed per London day and filter
// columns, once per breakdown. Rebuilt for a range of days in one transaction (delete, insert … select),
// so a view never sees half a refresh.

/** The breakdown each appointment is counted under, besides 'total' (sources: docs/analytics.md). */
const SOURCE = sql`case when f.from_consultation then 'online-consultation' when f.channel = 'nhs111' then 'nhs111'
  when f.channel = 'hub' then 'hub-referral' when f.channel = 'network' then 'practice-referral' when f.channel = 'online' then 'patient-online'
  else 'phone-reception' end`;
// GPAD TIME_BETWEEN_BOOK_AND_APPT bands (standards.md §1.2), as whole London days booked ahead.
const LEAD = sql`case when f.lead_days <= 0 then '0' when f.lead_days = 1 then '1' when f.lead_days <= 7 then '2-7' when f.lead_days <= 14 then '8-14'
  when f.lead_days <= 21 then '15-21' when f.lead_days <= 28 then '22-28' else '29+' end`;
const AGE = sql`case when f.age is null then 'unknown' when f.age < 16 then '0-15' when f.age < 30 then '16-29' when f.age < 45 then '30-44'
  when f.age < 65 then '45-64' when f.age < 75 then '65-74' else '75+' end`;

/**
 * Rebuilds the rollup of one network for London days from..to (inclusive), a calendar month per
 * transaction (so an embedded database keeps answering other requests between months), and records
 * the refresh. Refreshes of one network take turns (an advisory lock), so the job and a person's
 * "Refresh now" never interleave. The span rollup keeps the levels `spanLevels`, or else those for the
 * network's size (spanLevelsForSize); when they differ from the levels recorded, the network's span rows
 * are emptied first, so no span holds levels of both.
 */
export async function refreshRollup(db: Db, p: { networkId: string; fromDay: string; toDay: string; now: Date; spanLevels?: readonly number[] }): Promise<{ rows: number }> {
  // The marks (changes.ts) read before these days are rebuilt, and covered by them, are done with afterwards.
  const changes = await readRollupChanges(db, p.networkId);
  const spanLevels = [...(p.spanLevels ?? spanLevelsForSize(await countRegisteredPatients(db, { networkId: p.networkId })))].sort((a, b) => a - b);
  const last = await findLastRefresh(db, p.networkId);
  let days = { fromDay: p.fromDay, toDay: p.toDay };
  if (!last || spanLevelsOfRefresh(last).join() !== spanLevels.join()) {
    // No level recorded while the spans are rebuilt at others: the views read the daily rollup meanwhile.
    if (last) await db.updateTable('analytics_refresh').set({ span_levels: [] }).where('network_id', '=', p.networkId).execute();
    await db.deleteFrom('analytics_rollup_span').where('network_id', '=', p.networkId).execute();
    // Every day the daily rollup holds is rebuilt, so no span outside the range asked for is left missing.
    const held = await db.selectFrom('analytics_rollup').where('network_id', '=', p.networkId)
      .select((eb) => [eb.fn.min('day').as('first'), eb.fn.max('day').as('last')]).executeTakeFirst();
    if (held?.first && String(held.first) < days.fromDay) days = { ...days, fromDay: String(held.first) };
    if (held?.last && String(held.last) > days.toDay) days = { ...days, toDay: String(held.last) };
  }
  const rows = await rebuildDays(db, { ...p, ...days, spanLevels });
  await recordRefresh(db, { ...p, spanLevels });
  await forgetRollupChanges(db, p.networkId, changes, days);
  return { rows };
}

/** The span levels a refresh recorded: null, a rollup built before migration 0033, had every level. */
export function spanLevelsOfRefresh(refresh: { span_levels: number[] | null }): readonly number[] {
  return refresh.span_levels ? [...refresh.span_levels].sort((a, b) => a - b) : [...SPAN_LEVELS].sort((a, b) => a - b);
}

async function rebuildDays(db: Db, p: { networkId: string; fromDay: string; toDay: string; spanLevels: readonly number[] }): Promise<number> {
  let rows = 0;
  for (let start = DateTime.fromISO(p.fromDay); start.toISODate()! <= p.toDay; start = start.plus({ months: 1 }).startOf('month')) {
    const end = DateTime.min(start.endOf('month'), DateTime.fromISO(p.toDay)).toISODate()!;
    rows += await db.transaction().execute((trx) => refreshDays(trx, { networkId: p.networkId, fromDay: start.toISODate()!, toDay: end, spanLevels: p.spanLevels }));
  }
  return rows;
}

async function recordRefresh(db: Db, p: { networkId: string; fromDay: string; toDay: string; now: Date; spanLevels: readonly number[] }) {
  const span_levels = [...p.spanLevels];
  await db.insertInto('analytics_refresh').values({ network_id: p.networkId, refreshed_at: p.now, from_day: p.fromDay, to_day: p.toDay, span_levels })
    .onConflict((oc) => oc.column('network_id').doUpdateSet({ refreshed_at: p.now, from_day: p.fromDay, to_day: p.toDay, span_levels })).execute();
}

/** Runs of consecutive days, as first and last day each (days sorted, distinct). */
function runsOf(days: string[]): { fromDay: string; toDay: string }[] {
  const runs: { fromDay: string; toDay: string }[] = [];
  for (const d of days) {
    const last = runs.at(-1);
    if (last && dayAfter(last.toDay) === d) last.toDay = d;
    else runs.push({ fromDay: d, toDay: d });
  }
  return runs;
}

/**
 * Rebuilds only what changed since the last refresh: the days marked as changed (changes.ts: a slot or
 * appointment written, whatever its date; every appointment day of a patient whose date of birth or
 * postcode changed; every day the rollup holds after a deprivation import), and every day from the last
 * refresh's London day to today (Friends and Family Test answers are stamped when given, so those are
 * the days with new ones). Forgets the marks after their days are rebuilt (a mark written meanwhile
 * stays for the next refresh). The refresh record spans the days rebuilt and ends today or later, so
 * the views read today's answers live.
 */
export async function refreshChangedDays(db: Db, p: { networkId: string; since: Date; now: Date }): Promise<{ rows: number; days: number }> {
  const changes = await readRollupChanges(db, p.networkId);
  const marked = changes.days;
  // The levels the last full refresh chose: a changed day's spans are rebuilt at those.
  const last = await findLastRefresh(db, p.networkId);
  const spanLevels = last ? spanLevelsOfRefresh(last) : SPAN_LEVELS;
  const today = DateTime.fromJSDate(p.now, { zone: LONDON }).toISODate()!;
  const recent: string[] = [];
  for (let d = DateTime.fromJSDate(p.since, { zone: LONDON }).toISODate()!; d <= today; d = dayAfter(d)) recent.push(d);
  const days = [...new Set([...marked, ...recent])].sort();
  let rows = 0;
  for (const run of runsOf(days)) rows += await rebuildDays(db, { networkId: p.networkId, ...run, spanLevels });
  await recordRefresh(db, { networkId: p.networkId, fromDay: days[0], toDay: days.at(-1)! > today ? days.at(-1)! : today, now: p.now, spanLevels });
  await forgetRollupChanges(db, p.networkId, changes);
  return { rows, days: days.length };
}

async function refreshDays(trx: Executor, p: { networkId: string; fromDay: string; toDay: string; spanLevels: readonly number[] }): Promise<number> {
  const from = londonStart(p.fromDay);
  const to = londonStart(DateTime.fromISO(p.toDay).plus({ days: 1 }).toISODate()!);
  const range = { networkId: p.networkId, from, to };
  {
    await sql`select pg_advisory_xact_lock(hashtext(${`analytics-rollup:${p.networkId}`}))`.execute(trx);
    await trx.deleteFrom('analytics_rollup').where('network_id', '=', p.networkId).where('day', '>=', p.fromDay).where('day', '<=', p.toDay).execute();
    // One pass over the facts: every breakdown is a grouping set of the same grouping (a slot has no
    // source, lead time, age or decile: its rows in those sets are the null bucket, left out).
    const result = await sql`
      insert into analytics_rollup (network_id, dimension, day, organisation_id, site_id, role, mode, national_category, bucket,
        slots, slot_minutes, slots_booked, appointments, attended, dna, cancelled, appointment_minutes)
      select f.network_id,
        case grouping(f.hour, f.source, f.lead, f.age, f.decile) when 31 then 'total' when 15 then 'hour' when 23 then 'source' when 27 then 'lead' when 29 then 'age' else 'imd' end,
        f.day, f.organisation_id, f.site_id, f.role, f.mode, f.national_category, coalesce(f.hour::text, f.source, f.lead, f.age, f.decile::text, ''),
        sum(f.slots)::int, sum(f.slot_minutes)::int, sum(f.slots_booked)::int, sum(f.appointments)::int, sum(f.attended)::int,
        sum(f.dna)::int, sum(f.cancelled)::int, sum(f.appointment_minutes)::int
      from (
        select s.network_id, s.local_start::date as day, extract(hour from s.local_start)::int as hour,
          s.organisation_id, s.site_id, s.role, s.mode, s.national_category,
          1 as slots, s.minutes as slot_minutes, case when s.booked then 1 else 0 end as slots_booked,
          0 as appointments, 0 as attended, 0 as dna, 0 as cancelled, 0 as appointment_minutes,
          null::text as source, null::text as lead, null::text as age, null::int as decile
        from (select *, start_at at time zone 'Europe/London' as local_start from (${slotFactsSql(range)}) s0) s
        union all
        select f.network_id, f.day, f.hour, f.organisation_id, f.site_id, f.role, f.mode, f.national_category,
          0, 0, 0, f.appointments, f.attended, f.dna, f.cancelled, f.appointment_minutes, ${SOURCE}, ${LEAD}, ${AGE}, f.decile
        from (
          select a.network_id, a.local_start::date as day, extract(hour from a.local_start)::int as hour,
            a.organisation_id, a.site_id, a.role, a.mode, a.national_category,
            case when a.status <> 'cancelled' then 1 else 0 end as appointments, case when a.status = 'attended' then 1 else 0 end as attended,
            case when a.status = 'dna' then 1 else 0 end as dna, case when a.status = 'cancelled' then 1 else 0 end as cancelled,
            case when a.status <> 'cancelled' then a.minutes else 0 end as appointment_minutes,
            a.channel, a.from_consultation,
            a.local_start::date - (a.booked_at at time zone 'Europe/London')::date as lead_days,
            extract(year from age(a.local_start::date, p.date_of_birth::date))::int as age,
            coalesce(i.imd_decile, 0)::int as decile
          from (select *, start_at at time zone 'Europe/London' as local_start from (${appointmentFactsSql(range)}) a0) a
          left join (${patientFactsSql({ networkId: p.networkId })}) p on p.id = a.patient_id
          left join postcode_lsoa pl on pl.postcode = p.postcode_key
          left join imd_lsoa i on i.lsoa_code = pl.lsoa_code
        ) f
      ) f
      group by f.network_id, f.day, f.organisation_id, f.site_id, f.role, f.mode, f.national_category,
        grouping sets ((), (f.hour), (f.source), (f.lead), (f.age), (f.decile))
      having grouping(f.hour, f.source, f.lead, f.age, f.decile) in (31, 15) or coalesce(f.source, f.lead, f.age, f.decile::text) is not null`.execute(trx);
    await refreshSpans(trx, p);
    await refreshFftDays(trx, p);
    return Number(result.numAffectedRows ?? 0);
  }
}

/**
 * Rebuilds the span rollup (spans.ts) of every span that has a day in fromDay..toDay from the daily
 * rollup, in one pass: each level is one grouping set. A span reaching outside the days refreshed is
 * summed whole from the daily rows already there, so a span's rows are always the sum of its days'.
 */
async function refreshSpans(trx: Executor, p: { networkId: string; fromDay: string; toDay: string; spanLevels: readonly number[] }) {
  const first = spanStart(p.fromDay);
  const last = spanEnd(p.toDay);
  await trx.deleteFrom('analytics_rollup_span').where('network_id', '=', p.networkId).where('span_start', '>=', first).where('span_start', '<=', last).execute();
  const sets = spanGroupingSets(p.spanLevels);
  if (sets.length === 0) return;
  // GROUPING() takes only columns some set groups by, so a column no level keeps is '' outright and the
  // level is the sum of the bits of the columns kept in the row's set.
  const grouped = (Object.keys(LEVEL_BITS) as LevelColumn[]).filter((c) => sets.some((set) => set.includes(c)));
  const kept = (c: LevelColumn) => (grouped.includes(c) ? sql`coalesce(${sql.ref(c)}, '')` : sql`''`);
  const level = grouped.length ? sql`(${sql.join(grouped.map((c) => sql`${sql.lit(LEVEL_BITS[c])} * (1 - grouping(${sql.ref(c)}))`), sql` + `)})` : sql`0`;
  await sql`
    insert into analytics_rollup_span (network_id, dimension, level, span_start, weekday, site_id, organisation_id, role, mode, national_category, bucket,
      slots, slot_minutes, slots_booked, appointments, attended, dna, cancelled, appointment_minutes)
    select network_id, dimension, ${level}, span_start, weekday,
      ${kept('site_id')}, ${kept('organisation_id')}, ${kept('role')}, ${kept('mode')}, ${kept('national_category')}, bucket,
      sum(slots), sum(slot_minutes), sum(slots_booked), sum(appointments), sum(attended), sum(dna), sum(cancelled), sum(appointment_minutes)
    from (
      select network_id, dimension, ${spanStartSql(sql`day`)} as span_start, case when dimension = 'hour' then extract(isodow from day)::int else 0 end as weekday,
        site_id::text as site_id, organisation_id::text as organisation_id, role, mode, national_category, bucket,
        slots, slot_minutes, slots_booked, appointments, attended, dna, cancelled, appointment_minutes
      from analytics_rollup where network_id = ${p.networkId} and day >= ${first}::date and day <= ${last}::date
    ) d
    group by network_id, dimension, span_start, weekday, bucket,
      grouping sets (${sql.join(sets.map((set) => sql`(${sql.join(set.map((c) => sql.ref(c)), sql`, `)})`))})
    having dimension <> 'hour' or ${level} not in (${sql.join(HOUR_LEVELS_NOT_KEPT.map((l) => sql.lit(l)))})`.execute(trx);
}

/** When this network's rollup was last refreshed, or null if never. */
export async function findLastRefresh(db: Executor, networkId: string) {
  return (await db.selectFrom('analytics_refresh').selectAll().where('network_id', '=', networkId).executeTakeFirst()) ?? null;
}
