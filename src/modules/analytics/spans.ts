import { DateTime } from 'luxon';
import { sql, type RawBuilder } from 'kysely';
import { LONDON } from '../../platform/calendar.ts';
import type { RollupDimension } from './tables.ts';

// The span rollup (0028_analytics_rollup_spans.sql): the daily rollup summed per span, the days of one
// ISO week inside one calendar month (so a span has one week and one month, and a week split by a
// month's end is two spans), and per level, which of organisation, role, mode and national category a
// row keeps (a site with its organisation, at the levels with bit 16). Days are London calendar days as ISO strings throughout.

/** Level bits: the columns a level keeps ('' in the others). */
export const LEVEL_BITS = { site_id: 16, organisation_id: 8, role: 4, mode: 2, national_category: 1 } as const;
export type LevelColumn = keyof typeof LEVEL_BITS;

/**
 * The levels kept, fewest columns first: every one or two of the four (the dashboard's filters and
 * breakdowns one or two at a time: a practice, a role, a practice's roles); role, mode and category
 * together (7); and all four for the rest; then a site (with its organisation: a site is one
 * organisation's, so no more rows), alone, with role or with mode: the groupings one site's views ask
 * for. A site with two more filters reads the daily rollup. Level 7 (migration
 * 0037_analytics_span_level_7.sql): two or three of role, mode and category without a practice read
 * level 15 before, every organisation's rows (city, 1 December 2026: attendance for role, mode and
 * category 757 ms, the report 774 ms, access for mode and category 706 ms, at load 8-12).
 */
export const SPAN_LEVELS = [0, 8, 4, 2, 1, 12, 10, 9, 6, 5, 3, 7, 15, 24, 28, 26] as const;

/**
 * The levels the 'hour' breakdown does not keep. Its rows keep the ISO weekday, so each of its span rows
 * is one day's, and a level that keeps the organisation with its role or category has about as many rows
 * as the daily rollup it would stand in for (pcn demo: 15, 28, 12 and 9 held 100%, 92%, 92% and 85% of
 * the 34,191 daily 'hour' rows; a clinician's session has one site, mode and category): reading it saves
 * no rows, and storing it cost 126,482 of the span rollup's 571,246 rows (about 40 MB). Those filters
 * read the daily rollup (migration 0032_analytics_hour_span_levels.sql).
 */
export const HOUR_LEVELS_NOT_KEPT = [15, 28, 12, 9] as const;

/**
 * The levels a network of fewer than SMALL_NETWORK_PATIENTS registered patients keeps: none or one of
 * organisation, role, mode and category (the dashboard's filters one at a time). Every level kept costs
 * rows: on the pcn demo (50,000 patients, 1 December 2026) the fifteen levels held 448,327 rows (151 MB
 * with their key, 2.5 times the daily rollup), these five 68,390. Views read the daily rollup for two
 * filters or more. Keeping levels 0 and 8 alone was tried: a role, mode or category filter then read the
 * daily rollup and the attendance view took 0.8-1.4 s at pcn scale (docs/analytics.md).
 */
export const SMALL_NETWORK_SPAN_LEVELS = [0, 8, 4, 2, 1] as const;
/** Registered patients from which a network keeps every span level (a PCN is 30,000–100,000; the city demo 600,000). */
export const SMALL_NETWORK_PATIENTS = 200_000;

/** The span levels a network of this many registered patients keeps (migration 0033_analytics_span_levels_per_network.sql). */
export function spanLevelsForSize(patients: number): readonly number[] {
  return patients < SMALL_NETWORK_PATIENTS ? SMALL_NETWORK_SPAN_LEVELS : SPAN_LEVELS;
}

/** The levels one dimension's span rows are kept at, fewest columns first, of the network's levels (`kept`). */
export function spanLevelsOf(dimension: RollupDimension, kept: readonly number[] = SPAN_LEVELS): readonly number[] {
  const levels = SPAN_LEVELS.filter((l) => kept.includes(l));
  return dimension === 'hour' ? levels.filter((l) => !(HOUR_LEVELS_NOT_KEPT as readonly number[]).includes(l)) : levels;
}

/** The grouping sets that build the levels kept, in SPAN_LEVELS' order (rollup.ts). */
export function spanGroupingSets(kept: readonly number[]): LevelColumn[][] {
  return SPAN_LEVELS.filter((l) => kept.includes(l)).map((level) => (Object.keys(LEVEL_BITS) as LevelColumn[]).filter((c) => level & LEVEL_BITS[c]));
}

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
const iso = (d: DateTime) => d.toISODate()!;
export const dayBefore = (d: string) => iso(day(d).minus({ days: 1 }));
/** London midnight at the start of a day, as an instant. */
export const londonStart = (day: string) => DateTime.fromISO(day, { zone: LONDON }).startOf('day').toJSDate();
export const dayAfter = (d: string) => iso(day(d).plus({ days: 1 }));

/** The first day of the span a day is in: the later of its week's Monday and its month's first day. */
export function spanStart(d: string): string {
  const x = day(d);
  return iso(DateTime.max(x.startOf('week'), x.startOf('month')));
}

/** The last day of the span a day is in: the earlier of its week's Sunday and its month's last day. */
export function spanEnd(d: string): string {
  const x = day(d);
  return iso(DateTime.min(x.endOf('week'), x.endOf('month')).startOf('day'));
}

/** The spans wholly inside fromDay..toDay, as the first one's first day and the last one's last day; null if none. */
export function spansInside(fromDay: string, toDay: string): { first: string; last: string } | null {
  const first = spanStart(fromDay) === fromDay ? fromDay : dayAfter(spanEnd(fromDay));
  const last = spanEnd(toDay) === toDay ? toDay : dayBefore(spanStart(toDay));
  return first <= last ? { first, last } : null;
}

/** The same span start in SQL, for a date column. */
export const spanStartSql = (column: RawBuilder<unknown>) => sql`greatest(date_trunc('week', ${column}), date_trunc('month', ${column}))::date`;

/**
 * The level a grouping of a dimension reads: the fewest columns that hold its filters and keys; null
 * when the span rollup cannot answer it (no level kept holds them; a weekday outside the 'hour' breakdown).
 * `kept`: the levels the network's span rollup holds (every level unless given).
 */
export function spanLevelFor(dimension: RollupDimension, f: { siteId?: string; organisationId?: string; role?: string; mode?: string; nationalCategory?: string }, keys: readonly string[], kept: readonly number[] = SPAN_LEVELS): number | null {
  if (keys.includes('weekday') && dimension !== 'hour') return null;
  const need = (f.siteId ? 16 : 0) | (f.organisationId || keys.includes('organisation_id') ? 8 : 0) | (f.role || keys.includes('role') ? 4 : 0)
    | (f.mode || keys.includes('mode') ? 2 : 0) | (f.nationalCategory || keys.includes('national_category') ? 1 : 0);
  return spanLevelsOf(dimension, kept).find((l) => (l & need) === need) ?? null;
}
