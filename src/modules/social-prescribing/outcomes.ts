import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { appointmentsAround } from '../booking/index.ts';
import { recordAuditMany } from '../identity/index.ts';
import * as q from './queries.ts';
import { patientsById } from './referrals.ts';
import type { OutcomesQuery, OutcomesView } from './schema.ts';
import type { WellbeingRow } from './tables.ts';
import { mean } from './wellbeing.ts';

const DAY = 86_400_000;
type Ons4 = { lifeSatisfaction: number; worthwhile: number; happy: number; anxious: number };
const ons4Of = (w: WellbeingRow): Ons4 => ({ lifeSatisfaction: w.life_satisfaction!, worthwhile: w.worthwhile!, happy: w.happy!, anxious: w.anxious! });
const KEYS = ['lifeSatisfaction', 'worthwhile', 'happy', 'anxious'] as const;

function count<T>(xs: T[], key: (x: T) => string | null) {
  const out: Record<string, number> = {};
  for (const x of xs) { const k = key(x); if (k) out[k] = (out[k] ?? 0) + 1; }
  return out;
}

/**
 * Outcomes of the referrals made in a period (NHS England's common outcomes framework: on the person
 * and on the health system). Per person: ONS4 at first contact against the latest at discharge (or
 * review when not discharged yet: "before" is the earliest score, "after" the latest later one), the
 * change, and GP appointments in the 6 months before and after referral. The cohort: mean ONS4 before,
 * after and change over people with both, and GP appointments over people whose 6 months after are over.
 */
export async function socialPrescribingOutcomes(db: Db, actor: Actor, query: OutcomesQuery, now: Date, requestId?: string): Promise<OutcomesView> {
  const to = query.to ?? now.toISOString().slice(0, 10);
  const from = query.from ?? new Date(now.getTime() - 365 * DAY).toISOString().slice(0, 10);
  const rows = await q.findOutcomeRows(db, { networkId: actor.networkId, from: new Date(`${from}T00:00:00Z`), to: new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY) });
  const byReferral = new Map<string, WellbeingRow[]>();
  for (const w of rows.wellbeing) byReferral.set(w.referral_id, [...(byReferral.get(w.referral_id) ?? []), w]);
  const [patients, gp] = await Promise.all([
    patientsById(db, actor.networkId, rows.referrals.map((r) => r.patient_id)),
    appointmentsAround(db, { networkId: actor.networkId, role: 'gp', months: 6, people: rows.referrals.map((r) => ({ key: r.id, patientId: r.patient_id, at: new Date(r.referred_at) })) }),
  ]);
  const sixMonthsAgo = new Date(now); sixMonthsAgo.setUTCMonth(sixMonthsAgo.getUTCMonth() - 6);

  const people = rows.referrals.map((r) => {
    const scores = byReferral.get(r.id) ?? [];
    const ons = scores.filter((w) => w.measure === 'ons4');
    const sw = scores.filter((w) => w.measure === 'swemwbs');
    const first = ons.find((w) => w.timepoint === 'first-contact') ?? ons[0] ?? null;
    const later = [...ons].reverse().find((w) => w !== first && w.timepoint !== 'first-contact') ?? null;
    const swFirst = sw[0] ?? null;
    const swLast = sw.length > 1 ? sw[sw.length - 1] : null;
    const before = first ? ons4Of(first) : null;
    const after = later ? ons4Of(later) : null;
    const g = gp.get(r.id) ?? { before: 0, after: 0 };
    const p = patients.get(r.patient_id);
    return {
      referralId: r.id, patientId: r.patient_id, name: p ? `${p.given_name} ${p.family_name}` : 'Unknown', status: r.status, referredAt: new Date(r.referred_at).toISOString(),
      ons4Before: before, ons4After: after,
      ons4Change: before && after ? Object.fromEntries(KEYS.map((k) => [k, after[k] - before[k]])) as Ons4 : null,
      swemwbsBefore: swFirst ? Number(swFirst.swemwbs_metric) : null, swemwbsAfter: swLast ? Number(swLast.swemwbs_metric) : null,
      gpAppointmentsBefore: g.before, gpAppointmentsAfter: g.after, afterWindowComplete: new Date(r.referred_at) <= sixMonthsAgo,
    };
  });

  const paired = people.filter((p) => p.ons4Before && p.ons4After);
  const meanOf = (pick: (p: (typeof people)[number]) => Ons4 | null) => Object.fromEntries(KEYS.map((k) => [k, mean(paired.map((p) => pick(p)![k]))])) as Record<(typeof KEYS)[number], number | null>;
  const lowShare = (pick: (p: (typeof people)[number]) => Ons4 | null) => paired.length ? Math.round((paired.filter((p) => pick(p)!.lifeSatisfaction <= 4).length / paired.length) * 1000) / 1000 : null;
  const swPaired = people.filter((p) => p.swemwbsBefore !== null && p.swemwbsAfter !== null);
  const complete = people.filter((p) => p.afterWindowComplete);
  const gpBefore = complete.reduce((a, p) => a + p.gpAppointmentsBefore, 0);
  const gpAfter = complete.reduce((a, p) => a + p.gpAppointmentsAfter, 0);
  const swBefore = mean(swPaired.map((p) => p.swemwbsBefore!));
  const swAfter = mean(swPaired.map((p) => p.swemwbsAfter!));

  await recordAuditMany(db, actor, rows.referrals.map((r) => r.patient_id), { action: 'read', entity: 'sp_referral', purpose: 'social prescribing outcomes', requestId });
  return {
    from, to, referrals: rows.referrals.length,
    bySource: count(rows.referrals, (r) => r.source), byStatus: count(rows.referrals, (r) => r.status),
    byReason: count(rows.referrals.flatMap((r) => r.reasons), (x) => x), byDischargeReason: count(rows.referrals, (r) => r.discharge_reason),
    contacts: rows.contacts.length, minutes: rows.contacts.reduce((a, c) => a + c.minutes, 0),
    onwardReferrals: rows.onward.length, onwardTakenUp: rows.onward.filter((o) => o.taken_up === true).length,
    goals: rows.goals.length, goalsAchieved: rows.goals.filter((g) => g.status === 'achieved').length,
    ons4: {
      pairs: paired.length, before: meanOf((p) => p.ons4Before), after: meanOf((p) => p.ons4After), change: meanOf((p) => p.ons4Change),
      lowLifeSatisfactionBefore: lowShare((p) => p.ons4Before), lowLifeSatisfactionAfter: lowShare((p) => p.ons4After),
    },
    swemwbs: { pairs: swPaired.length, before: swBefore, after: swAfter, change: swBefore !== null && swAfter !== null ? Math.round((swAfter - swBefore) * 100) / 100 : null },
    gpAppointments: { people: complete.length, before: gpBefore, after: gpAfter, changeShare: gpBefore ? Math.round(((gpAfter - gpBefore) / gpBefore) * 1000) / 1000 : null },
    people,
  };
}
