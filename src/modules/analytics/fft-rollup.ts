import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { friendsAndFamilyAnswersSql } from '../messaging/index.ts';
import { dayAfter, dayBefore, londonStart, spanEnd, spanStart, spanStartSql, spansInside } from './spans.ts';

// The Friends and Family Test rollup (0029_analytics_fft_rollup_and_site_spans.sql): the answers summed
// per London day and per span (spans.ts) by everything the dashboard filters or splits them by, rebuilt
// in the appointment rollup's transaction. A view reads the spans wholly inside its period, the days at
// either end, and the answers themselves from the day of the last refresh on (recorded since, or later
// that day), so the figures stay live between refreshes.

const REQUEST_CHANNELS: Record<string, string> = { online: 'online-consultation', phone: 'request-phone', desk: 'request-desk' };

/** What the rollup keeps of an answer ('' in the tables for null: not recorded). */
const KEPT = ['practice_id', 'delivered_by', 'role', 'site_id', 'follows', 'channel', 'national_category'] as const;

/**
 * Each answer given in [from, to) with what it followed (follows: appointment, request or null for older
 * answers that name neither): delivered_by (the organisation that gave the appointment or handled the
 * request), role, site_id, channel (the appointment's mode, or how the request came in), national_category,
 * its London day and rating.
 */
function answerFactsSql(p: { networkId: string; from: Date; to: Date }): RawBuilder<unknown> {
  const requestChannel = sql`case r.channel ${sql.join(Object.entries(REQUEST_CHANNELS).map(([k, v]) => sql`when ${k} then ${v}`), sql` `)} else r.channel end`;
  return sql`select r.practice_id::text as practice_id, r.delivered_by::text as delivered_by, r.role, r.site_id::text as site_id, r.follows,
      case when r.follows = 'request' then ${requestChannel} else r.channel end as channel, r.national_category,
      (r.answered_at at time zone 'Europe/London')::date as day, r.rating
    from (${friendsAndFamilyAnswersSql(p)}) r`;
}

const kept = sql.join(KEPT.map((c) => sql.ref(c)));
const keptOrEmpty = sql.join(KEPT.map((c) => sql`coalesce(${sql.ref(c)}, '')`));
const keptOrNull = sql.join(KEPT.map((c) => sql`nullif(${sql.ref(c)}, '') as ${sql.ref(c)}`));

/** Rebuilds the answers of London days fromDay..toDay, and every span with a day in them (summed whole from the day rows). */
export async function refreshFftDays(trx: Executor, p: { networkId: string; fromDay: string; toDay: string }) {
  await trx.deleteFrom('analytics_fft_day').where('network_id', '=', p.networkId).where('day', '>=', p.fromDay).where('day', '<=', p.toDay).execute();
  await sql`insert into analytics_fft_day (network_id, day, ${kept}, responses, positive, negative)
    select ${p.networkId}, day, ${keptOrEmpty}, count(*), count(*) filter (where rating in (1, 2)), count(*) filter (where rating in (4, 5))
    from (${answerFactsSql({ networkId: p.networkId, from: londonStart(p.fromDay), to: londonStart(dayAfter(p.toDay)) })}) a
    group by day, ${keptOrEmpty}`.execute(trx);
  const first = spanStart(p.fromDay);
  const last = spanEnd(p.toDay);
  await trx.deleteFrom('analytics_fft_span').where('network_id', '=', p.networkId).where('span_start', '>=', first).where('span_start', '<=', last).execute();
  await sql`insert into analytics_fft_span (network_id, span_start, ${kept}, responses, positive, negative)
    select network_id, ${spanStartSql(sql`day`)}, ${kept}, sum(responses), sum(positive), sum(negative)
    from analytics_fft_day where network_id = ${p.networkId} and day >= ${first}::date and day <= ${last}::date
    group by network_id, ${spanStartSql(sql`day`)}, ${kept}`.execute(trx);
}

/**
 * The answers of London days fromDay..toDay as rows of what they followed (null: not recorded), day
 * (a span's first day for span rows), responses, positive and negative. Days before liveFrom are read
 * from the rollup (spans wholly inside, days at the ends), days from liveFrom on from the answers
 * (liveFrom null: every day from the answers; the equivalence tests compare both).
 */
export function fftRowsSql(p: { networkId: string; fromDay: string; toDay: string; liveFrom: string | null }): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  const rolledTo = p.liveFrom === null ? null : p.liveFrom <= p.toDay ? dayBefore(p.liveFrom) : p.toDay;
  const rolled = (table: 'analytics_fft_day' | 'analytics_fft_span', column: 'day' | 'span_start', fromDay: string, toDay: string) =>
    sql`select ${keptOrNull}, ${sql.ref(column)} as day, responses, positive, negative from ${sql.table(table)}
      where network_id = ${p.networkId} and ${sql.ref(column)} >= ${fromDay}::date and ${sql.ref(column)} <= ${toDay}::date`;
  if (rolledTo !== null && p.fromDay <= rolledTo) {
    const spans = spansInside(p.fromDay, rolledTo);
    if (!spans) parts.push(rolled('analytics_fft_day', 'day', p.fromDay, rolledTo));
    else {
      parts.push(rolled('analytics_fft_span', 'span_start', spans.first, spans.last));
      if (p.fromDay < spans.first) parts.push(rolled('analytics_fft_day', 'day', p.fromDay, dayBefore(spans.first)));
      if (spans.last < rolledTo) parts.push(rolled('analytics_fft_day', 'day', dayAfter(spans.last), rolledTo));
    }
  }
  const liveFrom = rolledTo === null || rolledTo < p.fromDay ? p.fromDay : dayAfter(rolledTo);
  if (liveFrom <= p.toDay) {
    parts.push(sql`select ${kept}, day, 1 as responses, (rating in (1, 2))::int as positive, (rating in (4, 5))::int as negative
      from (${answerFactsSql({ networkId: p.networkId, from: londonStart(liveFrom), to: londonStart(dayAfter(p.toDay)) })}) a`);
  }
  return sql.join(parts, sql` union all `);
}
