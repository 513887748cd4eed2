import { DateTime } from 'luxon';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { LONDON } from '../../platform/calendar.ts';
import { NotFound } from '../../platform/problems.ts';
import { accessView } from './access.ts';
import { attendanceView } from './attendance.ts';
import { demandView } from './demand.ts';
import { periodOf, scopeOf, type Scope } from './filters.ts';
import { roleMixView } from './role-mix.ts';
import { findLastRefresh, refreshRollup, spanLevelsOfRefresh } from './rollup.ts';
import { satisfactionView } from './satisfaction.ts';
import { dayAfter } from './spans.ts';
import type { AnalyticsQuery, DataTable, Figure, ViewName, ViewResponse } from './schema.ts';

type ViewBuilder = (db: Db, scope: Scope) => Promise<{ headline: Figure[]; tables: DataTable[]; notes: string[] }>;
export const VIEW_BUILDERS: Record<ViewName, ViewBuilder> = { demand: demandView, attendance: attendanceView, 'role-mix': roleMixView, access: accessView, satisfaction: satisfactionView };

/** Days the rollup covers when it is built from nothing or by the job: 13 months back (a year and its trend) to 8 weeks ahead. */
export function defaultRefreshRange(now: Date, monthsBack = 13) {
  const today = DateTime.fromJSDate(now, { zone: LONDON });
  return { fromDay: today.minus({ months: monthsBack }).startOf('month').toISODate()!, toDay: today.plus({ weeks: 8 }).toISODate()! };
}

/**
 * The rollup's last refresh; a network never refreshed is refreshed now (its first dashboard view waits
 * for it, unless the job got there first). fftLiveFrom: the London day of that refresh (or the day after
 * the last day it rebuilt, if earlier), from which Friends and Family Test answers are read as recorded:
 * an answer is stamped when it is given, so every answer since the refresh is on that day or later.
 * spanLevels: the levels of the span rollup that refresh built, which the views may read.
 */
export async function ensureRollup(db: Db, networkId: string, now: Date): Promise<{ refreshedAt: Date; fftLiveFrom: string; spanLevels: readonly number[] }> {
  const last = await findLastRefresh(db, networkId);
  const live = (at: Date, toDay: string) => {
    const day = DateTime.fromJSDate(at, { zone: LONDON }).toISODate()!;
    return day <= toDay ? day : dayAfter(toDay);
  };
  if (last) return { refreshedAt: last.refreshed_at, fftLiveFrom: live(last.refreshed_at, String(last.to_day)), spanLevels: spanLevelsOfRefresh(last) };
  const range = defaultRefreshRange(now);
  await refreshRollup(db, { networkId, ...range, now });
  const built = await findLastRefresh(db, networkId);
  return { refreshedAt: now, fftLiveFrom: live(now, range.toDay), spanLevels: built ? spanLevelsOfRefresh(built) : [] };
}

/** One dashboard view for a period and filters, as headline figures and tables. */
export async function getView(db: Db, actor: Actor, view: ViewName, q: AnalyticsQuery, now: Date): Promise<ViewResponse> {
  const period = periodOf(q, now);
  const scope = await scopeOf(db, actor, q, period);
  const { refreshedAt, fftLiveFrom, spanLevels } = await ensureRollup(db, actor.networkId, now);
  const built = await VIEW_BUILDERS[view](db, { ...scope, filter: { ...scope.filter, spanLevels }, fftLiveFrom });
  return {
    view, from: period.fromDay, to: period.toDay, refreshedAt: refreshedAt.toISOString(),
    scope: { organisationId: q.organisationId ?? null, label: scope.label }, ...built,
  };
}

/** One table of a view (for the CSV export); 404 naming the table when the view has none by that id. */
export async function getViewTable(db: Db, actor: Actor, view: ViewName, table: string, q: AnalyticsQuery, now: Date): Promise<{ response: ViewResponse; table: DataTable }> {
  const response = await getView(db, actor, view, q, now);
  const found = response.tables.find((t) => t.id === table);
  if (!found) throw new NotFound('analytics-table', '/querystring/table', { tables: response.tables.map((t) => t.id) });
  return { response, table: found };
}
