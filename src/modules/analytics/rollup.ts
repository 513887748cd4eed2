import { DateTime } from 'luxon';
import { sql } from 'kysely';
import type { Db, Executor } from '../../db/database.ts';
import { LONDON } from '../../platform/calendar.ts';
import { countRegisteredPatients } from '../patients/index.ts';
import { findCellsOfPatients, forgetRollupChanges, readRollupChanges } from './changes.ts';
import { refreshFftDays } from './fft-rollup.ts';
import { rebuildDailyRows, rebuildSpanRows, type RebuildScope } from './rollup-rows.ts';
import { dayAfter, SPAN_LEVELS, spanLevelsForSize } from './spans.ts';

// The daily rollup (0013_analytics.sql): slots and appointments summed per London day and filter
// columns, once per breakdown. Rebuilt for a range of days in one transaction (delete, insert … select),
// so a view never sees half a refresh.

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

async function rebuildDays(db: Db, p: RebuildScope): Promise<number> {
  let rows = 0;
  for (let start = DateTime.fromISO(p.fromDay); start.toISODate()! <= p.toDay; start = start.plus({ months: 1 }).startOf('month')) {
    const end = DateTime.min(start.endOf('month'), DateTime.fromISO(p.toDay)).toISODate()!;
    rows += await db.transaction().execute((trx) => refreshDays(trx, { ...p, fromDay: start.toISODate()!, toDay: end }));
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
 * Rebuilds only what changed since the last refresh (changes.ts), each as little as it moves:
 *  - every breakdown of the days marked by booking (a slot or appointment written, whatever its date)
 *    and of every day from the last refresh's London day to today (Friends and Family Test answers are
 *    stamped when given, so those are the days with new ones);
 *  - the 'age' and 'imd' rows of the cells (day, organisation, site, role, mode, category) that a patient
 *    whose date of birth or postcode changed has an appointment in, and the span rows summing them:
 *    the other breakdowns do not depend on the patient, and every other cell holds none of their
 *    appointments;
 *  - the 'imd' rows of every day the rollup holds after a deprivation import, and their spans.
 * Forgets the marks after their rows are rebuilt (a mark written meanwhile stays for the next refresh).
 * The refresh record spans the days rebuilt and ends today or later, so the views read today's answers live.
 */
export async function refreshChangedDays(db: Db, p: { networkId: string; since: Date; now: Date }): Promise<{ rows: number; days: number }> {
  const changes = await readRollupChanges(db, p.networkId);
  // The levels the last full refresh chose: a changed day's spans are rebuilt at those.
  const last = await findLastRefresh(db, p.networkId);
  const spanLevels = last ? spanLevelsOfRefresh(last) : SPAN_LEVELS;
  const today = DateTime.fromJSDate(p.now, { zone: LONDON }).toISODate()!;
  const recent: string[] = [];
  for (let d = DateTime.fromJSDate(p.since, { zone: LONDON }).toISODate()!; d <= today; d = dayAfter(d)) recent.push(d);
  const whole = [...new Set([...changes.days, ...recent])].sort();
  let rows = 0;
  for (const run of runsOf(whole)) rows += await rebuildDays(db, { networkId: p.networkId, ...run, spanLevels });
  const wholeDays = new Set(whole);
  const cells = (await findCellsOfPatients(db, p.networkId, changes)).filter((c) => !wholeDays.has(c.day));
  for (const run of runsOf([...new Set(cells.map((c) => c.day))].sort())) {
    const inRun = cells.filter((c) => c.day >= run.fromDay && c.day <= run.toDay);
    rows += await db.transaction().execute((trx) => refreshDays(trx, { networkId: p.networkId, ...run, spanLevels, dimensions: ['age', 'imd'], cells: inRun }));
  }
  if (changes.heldDays.length) {
    rows += await rebuildDays(db, { networkId: p.networkId, fromDay: changes.heldDays[0], toDay: changes.heldDays.at(-1)!, spanLevels, dimensions: ['imd'] });
  }
  const touched = [...whole, ...cells.map((c) => c.day), ...changes.heldDays].sort();
  await recordRefresh(db, { networkId: p.networkId, fromDay: touched[0], toDay: touched.at(-1)! > today ? touched.at(-1)! : today, now: p.now, spanLevels });
  await forgetRollupChanges(db, p.networkId, changes);
  return { rows, days: new Set(touched).size };
}

/** Rebuilds what a scope covers in one transaction: daily rows, their spans, and (a rebuild of every breakdown) the days' Friends and Family Test rows. */
async function refreshDays(trx: Executor, p: RebuildScope): Promise<number> {
  await sql`select pg_advisory_xact_lock(hashtext(${`analytics-rollup:${p.networkId}`}))`.execute(trx);
  const rows = await rebuildDailyRows(trx, p);
  await rebuildSpanRows(trx, p);
  if (!p.dimensions) await refreshFftDays(trx, p);
  return rows;
}

/** When this network's rollup was last refreshed, or null if never. */
export async function findLastRefresh(db: Executor, networkId: string) {
  return (await db.selectFrom('analytics_refresh').selectAll().where('network_id', '=', networkId).executeTakeFirst()) ?? null;
}
