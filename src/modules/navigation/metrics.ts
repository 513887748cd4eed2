import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import * as q from './queries.ts';
import type { MetricsQuery, MetricsView } from './schema.ts';

const DAY = 86_400_000;

/**
 * Contacts by need and decision, and the share navigated away from a GP appointment: every contact
 * that ended anywhere but a booked GP appointment (another role, pharmacy, an online request, a
 * community offer, a link worker, 111/A&E/dentist/optician), over all contacts recorded.
 */
export async function navigationMetrics(db: Db, actor: Actor, query: MetricsQuery, now: Date): Promise<MetricsView> {
  const to = query.to ?? now.toISOString().slice(0, 10);
  const from = query.from ?? new Date(now.getTime() - 27 * DAY).toISOString().slice(0, 10);
  const rows = await q.findForMetrics(db, { networkId: actor.networkId, from: new Date(`${from}T00:00:00Z`), to: new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY) });
  const byNeed: Record<string, number> = {};
  const byDecision: Record<string, number> = {};
  const byNeedKind: Record<string, number> = {};
  const pairs = new Map<string, number>();
  for (const r of rows) {
    byNeed[r.need] = (byNeed[r.need] ?? 0) + 1;
    byDecision[r.decision] = (byDecision[r.decision] ?? 0) + 1;
    byNeedKind[r.need_kind] = (byNeedKind[r.need_kind] ?? 0) + 1;
    const k = `${r.need}|${r.decision}`;
    pairs.set(k, (pairs.get(k) ?? 0) + 1);
  }
  const bookedWithGp = rows.filter((r) => r.decision === 'booked' && r.booked_role === 'gp').length;
  const timed = rows.map((r) => r.seconds_to_record).filter((s): s is number => s !== null).sort((a, b) => a - b);
  const median = timed.length ? (timed.length % 2 ? timed[(timed.length - 1) / 2] : (timed[timed.length / 2 - 1] + timed[timed.length / 2]) / 2) : null;
  return {
    from, to, total: rows.length, byNeed, byDecision, byNeedKind,
    byNeedAndDecision: [...pairs].map(([k, count]) => ({ need: k.split('|')[0], decision: k.split('|')[1], count })).sort((a, b) => b.count - a.count),
    bookedWithGp, navigatedAwayFromGp: rows.length - bookedWithGp,
    navigatedAwayShare: rows.length ? Math.round(((rows.length - bookedWithGp) / rows.length) * 1000) / 1000 : null,
    medianSecondsToRecord: median, recordedWithin30sShare: timed.length ? Math.round((timed.filter((s) => s <= 30).length / timed.length) * 1000) / 1000 : null,
  };
}
