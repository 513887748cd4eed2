import type { PatientWithPractice } from '../patients/index.ts';
import { ageOn } from '../patients/index.ts';
import type { CaseloadRow, findPlan } from './queries.ts';
import type { ReferralRow } from './tables.ts';
import type { CaseloadItem, ReferralView } from './schema.ts';

type Names = Map<string, string>;
const ref = (names: Names, id: string | null) => (id ? { staffId: id, name: names.get(id) ?? 'Former member of staff' } : null);
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function patientBrief(p: PatientWithPractice, today: Date) {
  return { id: p.id, name: `${p.given_name} ${p.family_name}`, age: ageOn(p.date_of_birth, today), nhsNumber: p.nhs_number, practiceName: p.practice_name };
}

export function toCaseloadItem(r: CaseloadRow, patient: PatientWithPractice, names: Names, today: Date): CaseloadItem {
  return {
    id: r.id, status: r.status, source: r.source, reasons: r.reasons, referredAt: iso(r.referred_at)!, linkWorker: ref(names, r.link_worker_staff_id),
    patient: patientBrief(patient, today), safeguarding: Boolean(r.safeguarding), contacts: Number(r.contact_count ?? 0), minutes: Number(r.minutes ?? 0),
    lastContactAt: iso(r.last_contact_at as Date | null), dischargedAt: iso(r.discharged_at), dischargeReason: r.discharge_reason,
  };
}

export function toReferralView(r: ReferralRow, plan: Awaited<ReturnType<typeof findPlan>>, patient: PatientWithPractice, names: Names, today: Date): ReferralView {
  const minutes = plan.contacts.reduce((a, c) => a + c.minutes, 0);
  return {
    id: r.id, status: r.status, source: r.source, reasons: r.reasons, referredAt: iso(r.referred_at)!, linkWorker: ref(names, r.link_worker_staff_id),
    patient: patientBrief(patient, today), safeguarding: plan.concerns.length > 0, contacts: plan.contacts.length, minutes,
    lastContactAt: plan.contacts.length ? iso(plan.contacts[plan.contacts.length - 1].at) : null,
    dischargedAt: iso(r.discharged_at), dischargeReason: r.discharge_reason, dischargeNote: r.discharge_note,
    reasonNote: r.reason_note, consent: r.consent, referralCode: r.referral_code, declinedCode: r.declined_code,
    referredBy: ref(names, r.referred_by_staff_id), consultationId: r.consultation_id, navigationContactId: r.navigation_contact_id,
    allocatedAt: iso(r.allocated_at), firstContactAt: iso(r.first_contact_at),
    patientContact: { phone: patient.phone, email: patient.email, postcode: patient.postcode },
    conversations: plan.contacts.map((c) => ({ id: c.id, at: iso(c.at)!, kind: c.kind, minutes: c.minutes, whatMatters: c.what_matters, note: c.note, by: ref(names, c.by_staff_id) })),
    goals: plan.goals.map((g) => ({
      id: g.id, description: g.description, owner: g.owner, targetDate: g.target_date, progress: g.progress, status: g.status, progressNote: g.progress_note,
      createdAt: iso(g.created_at)!, updatedAt: iso(g.updated_at)!,
    })),
    onwardReferrals: plan.onward.map((o) => ({ id: o.id, offerId: o.offer_id, offerName: o.offer_name, offerCategory: o.offer_category, referredAt: iso(o.referred_at)!, takenUp: o.taken_up, note: o.note, by: ref(names, o.by_staff_id) })),
    wellbeing: plan.wellbeing.map((w) => ({
      id: w.id, measure: w.measure, timepoint: w.timepoint, at: iso(w.at)!, by: ref(names, w.by_staff_id),
      ons4: w.measure === 'ons4' ? { lifeSatisfaction: w.life_satisfaction!, worthwhile: w.worthwhile!, happy: w.happy!, anxious: w.anxious! } : null,
      swemwbs: w.measure === 'swemwbs' ? { items: w.swemwbs_items!, raw: w.swemwbs_raw!, metric: Number(w.swemwbs_metric) } : null,
    })),
    safeguardingConcerns: plan.concerns.map((c) => ({ id: c.id, concern: c.concern, raisedAt: iso(c.raised_at)!, raisedBy: ref(names, c.raised_by_staff_id), lead: ref(names, c.lead_staff_id), acknowledgedAt: iso(c.acknowledged_at) })),
    history: plan.events.map((e) => ({ id: e.id, type: e.type, at: iso(e.at)!, by: ref(names, e.by_staff_id), fromStatus: e.from_status, toStatus: e.to_status, note: e.note })),
  };
}

/** Every staff id a plan names, to look their names up once. */
export function staffIdsOf(r: ReferralRow, plan: Awaited<ReturnType<typeof findPlan>>): (string | null)[] {
  return [r.link_worker_staff_id, r.referred_by_staff_id, ...plan.contacts.map((c) => c.by_staff_id), ...plan.onward.map((o) => o.by_staff_id),
    ...plan.wellbeing.map((w) => w.by_staff_id), ...plan.concerns.flatMap((c) => [c.raised_by_staff_id, c.lead_staff_id]), ...plan.events.map((e) => e.by_staff_id)];
}
