import { DateTime } from 'luxon';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { LONDON } from '../../platform/calendar.ts';
import * as q from './queries.ts';
import type { LiveRate, MetricsQuery, MetricsView } from './schema.ts';

const round1 = (n: number | null) => (n === null || n === undefined ? null : Math.round(Number(n) * 10) / 10);

/** Online-consultation throughput for a period (London days, inclusive): demand by type, urgency, role and outcome, and response times. */
export async function consultationMetrics(db: Db, actor: Actor, query: MetricsQuery, now: Date): Promise<MetricsView> {
  const today = DateTime.fromJSDate(now, { zone: LONDON }).startOf('day');
  const fromDay = query.from ? DateTime.fromISO(query.from, { zone: LONDON }) : today.minus({ days: 27 });
  const toDay = query.to ? DateTime.fromISO(query.to, { zone: LONDON }) : today;
  const from = fromDay.startOf('day').toJSDate();
  const to = toDay.plus({ days: 1 }).startOf('day').toJSDate();
  const p = { networkId: actor.networkId, from, to };
  const [byType, byUrgency, byRole, byOutcome, byChannel, t, rates] = await Promise.all([
    q.countBy(db, { ...p, column: 'type' }), q.countBy(db, { ...p, column: 'urgency' }), q.countBy(db, { ...p, column: 'assigned_role' }),
    q.countBy(db, { ...p, column: 'outcome' }), q.countBy(db, { ...p, column: 'channel' }), q.findTimings(db, { ...p, now }), q.findLiveRates(db, p),
  ]);
  const closed = Number(t.closed);
  return {
    from: fromDay.toISODate()!, to: toDay.toISODate()!, total: Number(t.total), emergenciesRedirected: t.emergencies,
    byType, byUrgency, byRole, byOutcome, byChannel, closed,
    medianMinutesToFirstAction: round1(t.median_first), medianMinutesToClose: round1(t.median_close),
    closedWithoutAppointmentShare: closed ? Math.round((Number(t.closed_without_appointment) / closed) * 1000) / 1000 : null,
    overdueNow: Number(t.overdue),
    liveRates: rates.map(withShares).sort((a, b) => b.rulesVersion.localeCompare(a.rulesVersion, 'en', { numeric: true })),
  };
}

const share = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 1000 : null);

/** Each count as a share of the judged requests: the engine's live under- and over-triage against clinicians. */
function withShares(r: Awaited<ReturnType<typeof q.findLiveRates>>[number]): LiveRate {
  return {
    ...r, judgedShare: share(r.judged, r.requests), urgencyAgreement: share(r.urgencyAgreed, r.judged),
    underTriageRate: share(r.underTriage, r.judged), overTriageRate: share(r.overTriage, r.judged), roleAgreement: share(r.roleAgreed, r.judged),
  };
}
