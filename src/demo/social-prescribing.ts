// The demo network's care navigation and social prescribing: a year of referrals to the PCN's link
// workers across every status, with contacts, "what matters to me" notes, goals, onward referrals to
// community offers, ONS4 (and for some SWEMWBS) at first contact and discharge, a few safeguarding
// concerns, and eight weeks of reception's navigation contacts.
//
// Who is referred: adults with at least two GP appointments in the 6 months before their referral
// date (link workers are asked to see frequent attenders). The appointment history itself is not
// changed by the referral, so any fall in GP appointments afterwards in the demo is that selection
// (regression to the mean), not an effect of social prescribing; ONS4 change is synthetic, sized
// like published social prescribing evaluations (about +1.5 to +2 points on the positive items).
import type { CellValue } from './bulk-insert.ts';
import type { Db } from '../db/database.ts';
import type { DemoStaff } from './workforce.ts';
import type { Population } from './population.ts';
import type { IdSource, Random } from './random.ts';
import { swemwbsScore, SOCIAL_PRESCRIBING_CODES } from '../modules/social-prescribing/index.ts';
import { NEEDS } from '../modules/navigation/index.ts';

const DAY = 86_400_000;

export const SP_COLUMNS = {
  sp_referral: ['network_id', 'id', 'patient_id', 'source', 'referred_by_staff_id', 'referred_by_organisation_id', 'navigation_contact_id', 'reasons', 'reason_note', 'consent', 'referral_code', 'declined_code', 'status', 'link_worker_staff_id', 'allocated_at', 'referred_at', 'first_contact_at', 'discharged_at', 'discharge_reason', 'discharge_note'],
  sp_referral_event: ['network_id', 'id', 'referral_id', 'type', 'at', 'by_staff_id', 'from_status', 'to_status', 'note', 'detail'],
  sp_contact: ['network_id', 'id', 'referral_id', 'at', 'kind', 'minutes', 'what_matters', 'note', 'by_staff_id', 'recorded_at'],
  sp_goal: ['network_id', 'id', 'referral_id', 'description', 'owner', 'target_date', 'progress', 'status', 'progress_note', 'created_at', 'created_by_staff_id', 'updated_at'],
  sp_onward_referral: ['network_id', 'id', 'referral_id', 'offer_id', 'offer_name', 'offer_category', 'referred_at', 'by_staff_id', 'taken_up', 'taken_up_recorded_at', 'note'],
  sp_wellbeing: ['network_id', 'id', 'referral_id', 'measure', 'timepoint', 'at', 'life_satisfaction', 'worthwhile', 'happy', 'anxious', 'swemwbs_items', 'swemwbs_raw', 'swemwbs_metric', 'by_staff_id'],
  sp_safeguarding_concern: ['network_id', 'id', 'referral_id', 'concern', 'raised_by_staff_id', 'raised_at', 'lead_staff_id', 'acknowledged_at'],
  sp_setting: ['network_id', 'safeguarding_lead_staff_id', 'updated_at', 'updated_by_staff_id'],
  sp_notification: ['network_id', 'id', 'recipient_staff_id', 'kind', 'referral_id', 'message', 'created_at', 'read_at'],
  nav_contact: ['network_id', 'id', 'patient_id', 'caller_label', 'channel', 'reason', 'need', 'need_kind', 'decision', 'booked_role', 'appointment_id', 'consultation_id', 'offer_id', 'offer_name', 'redirect_to', 'sp_referral_id', 'note', 'organisation_id', 'recorded_by_staff_id', 'recorded_at', 'seconds_to_record'],
} as const;
export type SpTable = keyof typeof SP_COLUMNS;

/** A community offer to refer on to: from the directory when it has offers, else these names. */
export interface DemoOffer { id: string | null; name: string; category: string }
export const FALLBACK_OFFERS: DemoOffer[] = [
  { id: null, name: 'Riverside walking group', category: 'physical-activity' },
  { id: null, name: 'Age UK befriending', category: 'loneliness' },
  { id: null, name: 'Citizens Advice drop-in', category: 'debt-benefits' },
  { id: null, name: 'Men\'s shed', category: 'loneliness' },
  { id: null, name: 'Community garden', category: 'loneliness' },
  { id: null, name: 'Carers\' centre', category: 'carers' },
  { id: null, name: 'Talking therapies self-referral', category: 'mental-wellbeing' },
  { id: null, name: 'Cruse bereavement support', category: 'bereavement' },
  { id: null, name: 'Cook and eat sessions', category: 'food' },
  { id: null, name: 'Library digital help', category: 'learning' },
];

const REASON_MIX: [string[], number][] = [
  [['loneliness-isolation'], 26], [['low-mood-anxiety'], 14], [['money-debt-benefits'], 12], [['loneliness-isolation', 'bereavement'], 6], [['housing'], 6],
  [['carer-support'], 7], [['physical-activity', 'weight-healthy-eating'], 9], [['long-term-condition-support'], 8], [['low-mood-anxiety', 'money-debt-benefits'], 6],
  [['digital-inclusion'], 3], [['relationships-family'], 3],
];
const WHAT_MATTERS = [
  'Getting out of the house and seeing people again', 'Sorting out the debt letters so I can sleep', 'Being able to walk to the shops', 'Having a break from caring for Mum',
  'Feeling useful again', 'Keeping my flat warm this winter', 'Getting back into gardening', 'Talking to someone about my wife', 'Learning to use video calls to see the grandchildren',
  'Losing some weight before my knee operation', 'Finding work that fits around my health',
];
const GOALS = [
  'Go to the walking group once a week', 'Phone the befriending service', 'Apply for Attendance Allowance with Citizens Advice', 'Book a carer\'s assessment',
  'Join the community garden on Saturdays', 'Try two cook and eat sessions', 'Set up video calls with family', 'Go to the men\'s shed open morning', 'Walk to the park and back three times a week',
];
const CONCERNS = ['Says her son takes her pension and she has no money for food', 'Lives in a flat with no heating and a leaking roof; seemed confused', 'Mentioned a neighbour who shouts at her and takes her shopping'];

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));
function normal(rng: Random, mean: number, sd: number) {
  const u = Math.max(rng.next(), 1e-9);
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

/**
 * Loads the planned rows with ordinary inserts (a few thousand rows: no need for COPY), in an order
 * the foreign keys accept.
 */
export async function loadSocialPrescribing(db: Db, rows: Record<SpTable, unknown[][]>, onRows?: (table: string, n: number) => void) {
  for (const table of Object.keys(SP_COLUMNS) as SpTable[]) {
    const columns = SP_COLUMNS[table];
    for (let i = 0; i < rows[table].length; i += 500) {
      const batch = rows[table].slice(i, i + 500).map((r) => Object.fromEntries(columns.map((c, k) => [c, r[k]])));
      await db.insertInto(table as never).values(batch as never).execute();
    }
    onRows?.(table, rows[table].length);
  }
}

/** GP appointments (not cancelled) per patient, to find frequent attenders: patient id to start times. */
export type GpAppointmentStarts = Map<string, number[]>;

/** Adds appointment rows (APPOINTMENT_COLUMNS) to the GP appointments per patient. */
export function addGpAppointments(gpStarts: GpAppointmentStarts, appointments: readonly (readonly CellValue[])[]): GpAppointmentStarts {
  for (const a of appointments) {
    if (a[11] !== 'gp' || a[4] === 'cancelled') continue;
    const id = a[3] as string;
    const t = new Date(a[5] as Date | string).getTime();
    (gpStarts.get(id) ?? gpStarts.set(id, []).get(id)!).push(t);
  }
  return gpStarts;
}

export function planSocialPrescribing(rng: Random, ids: IdSource, p: {
  networkId: string; now: Date; staff: DemoStaff[]; population: Population; gpStarts: GpAppointmentStarts; offers: DemoOffer[]; referrals?: number;
}) {
  const rows: Record<SpTable, unknown[][]> = Object.fromEntries(Object.keys(SP_COLUMNS).map((k) => [k, []])) as never;
  const n = p.networkId;
  const withRole = (roles: string[]) => p.staff.filter((s) => s.roles.some((r) => roles.includes(r.role)));
  const linkWorkers = withRole(['link-worker', 'care-coordinator', 'health-wellbeing-coach']);
  const front = withRole(['receptionist', 'care-navigator']);
  const referrers = withRole(['gp', 'nurse', 'anp', 'pharmacist', 'mental-health-practitioner', 'receptionist', 'care-navigator']);
  const lead = withRole(['care-coordinator'])[0] ?? linkWorkers[0];
  if (linkWorkers.length === 0 || front.length === 0) return rows;
  const orgOf = (s: DemoStaff) => s.roles[0].organisation_id;
  const offers = p.offers.length ? p.offers : FALLBACK_OFFERS;
  rows.sp_setting.push([n, lead.id, new Date(p.now.getTime() - 365 * DAY), null]);

  const gpStarts = p.gpStarts;
  const patientIndex = new Map(p.population.ids.map((id, i) => [id, i]));
  const candidates = [...gpStarts.keys()].filter((id) => (p.population.age[patientIndex.get(id) ?? -1] ?? 0) >= 18);
  const target = p.referrals ?? 120;
  const used = new Set<string>();
  let attempts = 0;
  while (rows.sp_referral.length < target && attempts++ < target * 50 && candidates.length) {
    const patientId = rng.pick(candidates);
    if (used.has(patientId)) continue;
    const daysAgo = Math.floor(Math.pow(rng.next(), 0.9) * 360) + 1;
    const referredAt = new Date(p.now.getTime() - daysAgo * DAY - rng.int(8, 17) * 3_600_000);
    const before = (gpStarts.get(patientId) ?? []).filter((t) => t < referredAt.getTime() && t >= referredAt.getTime() - 182 * DAY).length;
    if (before < 2) continue;
    used.add(patientId);
    const patientRow = p.population.rows[patientIndex.get(patientId)!];
    planReferral(rng, ids, rows, { n, patientId, givenName: patientRow[4] as string, referredAt, daysAgo, now: p.now, linkWorkers, referrers, front, lead, orgOf, offers });
  }
  planNavigation(rng, ids, rows, { n, now: p.now, front, orgOf, population: p.population, offers });
  return rows;
}

type Ctx = {
  n: string; patientId: string; givenName: string; referredAt: Date; daysAgo: number; now: Date; linkWorkers: DemoStaff[]; referrers: DemoStaff[]; front: DemoStaff[];
  lead: DemoStaff; orgOf: (s: DemoStaff) => string; offers: DemoOffer[];
};

function planReferral(rng: Random, ids: IdSource, rows: Record<SpTable, unknown[][]>, c: Ctx) {
  const { n } = c;
  const id = ids.next();
  const source = rng.weighted([['staff', 45], ['navigation', 20], ['consultation', 20], ['self', 15]] as const);
  const referrer = source === 'self' ? null : source === 'navigation' ? rng.pick(c.front) : rng.pick(c.referrers);
  const reasons = rng.weighted(REASON_MIX.map(([r, w]) => [r, w] as const));
  const at = (days: number) => new Date(Math.min(c.referredAt.getTime() + days * DAY, c.now.getTime() - 3_600_000));
  // Where the episode has got to, by how long ago the referral was made.
  const d = c.daysAgo;
  const status = d < 10 ? rng.weighted([['new', 7], ['contacted', 3]] as const)
    : d < 60 ? rng.weighted([['contacted', 3], ['active', 6], ['on-hold', 1]] as const)
    : d < 180 ? rng.weighted([['active', 4], ['on-hold', 1], ['discharged', 5]] as const)
    : rng.weighted([['active', 1], ['discharged', 9]] as const);
  const lw = status === 'new' && rng.chance(0.7) ? null : rng.pick(c.linkWorkers);
  const dischargeReason = status === 'discharged' ? rng.weighted([['goals-met', 62], ['declined', 9], ['did-not-engage', 14], ['moved-away', 5], ['referred-elsewhere', 8], ['other', 2]] as const) : null;
  const episodeDays = status === 'discharged' ? Math.min(d - 1, rng.int(40, 150)) : d;
  const firstContactDay = Math.min(rng.int(2, 10), Math.max(1, d - 1));
  const contacted = status !== 'new' && dischargeReason !== 'declined';
  const navContactId = source === 'navigation' ? ids.next() : null;
  const dischargedAt = status === 'discharged' ? at(episodeDays) : null;
  const note = source === 'self' ? 'Self-referral from the practice website' : `Referred for ${reasons.join(' and ').replace(/-/g, ' ')}`;
  rows.sp_referral.push([n, id, c.patientId, source, referrer?.id ?? null, referrer ? c.orgOf(referrer) : null, navContactId, reasons, note, true, SOCIAL_PRESCRIBING_CODES.referral,
    dischargeReason === 'declined' ? SOCIAL_PRESCRIBING_CODES.declined : null, status, lw?.id ?? null, lw ? at(1) : null, c.referredAt,
    contacted ? at(firstContactDay) : null, dischargedAt, dischargeReason, dischargeReason === 'goals-met' ? 'Plan completed; knows how to get back in touch' : null]);
  rows.sp_referral_event.push([n, ids.next(), id, 'referred', c.referredAt, referrer?.id ?? null, null, 'new', null, JSON.stringify({ source, reasons })]);
  rows.sp_notification.push([n, ids.next(), null, 'new-referral', id, `New referral (${reasons.join(', ')})`, c.referredAt, lw ? at(1) : null]);
  if (navContactId && referrer) {
    const need = NEEDS.find((x) => x.referralReasons.includes(reasons[0])) ?? NEEDS.find((x) => x.id === 'loneliness')!;
    rows.nav_contact.push([n, navContactId, c.patientId, null, 'phone', `Rang about ${reasons[0].replace(/-/g, ' ')}; asked if anyone could help`, need.id, need.kind, 'social-prescribing',
      null, null, null, null, null, null, id, null, c.orgOf(referrer), referrer.id, c.referredAt, rng.int(18, 55)]);
  }
  if (lw) rows.sp_referral_event.push([n, ids.next(), id, 'allocated', at(1), lw.id, null, null, null, JSON.stringify({ to: lw.id })]);
  if (!contacted || !lw) {
    if (status === 'discharged') rows.sp_referral_event.push([n, ids.next(), id, 'discharged', dischargedAt, lw?.id ?? null, 'new', 'discharged', null, JSON.stringify({ reason: dischargeReason })]);
    return;
  }

  // Contacts: a first conversation about what matters, then calls, visits and groups.
  const contacts = status === 'contacted' ? 1 : Math.max(2, Math.min(10, Math.round(episodeDays / 14) + rng.int(0, 2)));
  const span = Math.max(1, (status === 'discharged' ? episodeDays : d) - firstContactDay - 1);
  for (let i = 0; i < contacts; i++) {
    const when = at(firstContactDay + (i === 0 ? 0 : Math.round((span * i) / contacts)));
    const kind = i === 0 ? rng.weighted([['face-to-face', 5], ['home-visit', 3], ['phone', 2]] as const) : rng.weighted([['phone', 5], ['face-to-face', 3], ['group', 1], ['home-visit', 1]] as const);
    const minutes = kind === 'phone' ? rng.int(10, 30) : kind === 'home-visit' ? rng.int(45, 90) : rng.int(30, 60);
    rows.sp_contact.push([n, ids.next(), id, when, kind, minutes, i === 0 ? rng.pick(WHAT_MATTERS) : null, i === 0 ? 'First conversation; agreed a plan together' : null, lw.id, when]);
  }
  rows.sp_referral_event.push([n, ids.next(), id, 'status', at(firstContactDay), lw.id, 'new', 'contacted', 'first contact', '{}']);
  if (status !== 'contacted') rows.sp_referral_event.push([n, ids.next(), id, 'status', at(firstContactDay + 7), lw.id, 'contacted', status === 'discharged' ? 'active' : status, null, '{}']);

  // Wellbeing at first contact (low, as people referred usually are), and at discharge.
  const base = { life: clamp(normal(rng, 4.3, 1.8), 0, 10), worth: clamp(normal(rng, 4.9, 1.9), 0, 10), happy: clamp(normal(rng, 4.4, 2.0), 0, 10), anx: clamp(normal(rng, 6.0, 2.2), 0, 10) };
  const first = at(firstContactDay);
  rows.sp_wellbeing.push([n, ids.next(), id, 'ons4', 'first-contact', first, base.life, base.worth, base.happy, base.anx, null, null, null, lw.id]);
  const swemwbs = rng.chance(0.4);
  const swItems = () => Array.from({ length: 7 }, () => clamp(normal(rng, 2.7, 0.8), 1, 5));
  if (swemwbs) { const items = swItems(); const s = swemwbsScore(items); rows.sp_wellbeing.push([n, ids.next(), id, 'swemwbs', 'first-contact', first, null, null, null, null, items, s.raw, s.metric, lw.id]); }
  const engaged = dischargeReason === 'goals-met' || dischargeReason === 'referred-elsewhere' || dischargeReason === 'other';
  if (status === 'discharged' && (engaged || rng.chance(0.3))) {
    const gain = engaged ? 1 : 0.3;
    rows.sp_wellbeing.push([n, ids.next(), id, 'ons4', 'discharge', dischargedAt, clamp(base.life + normal(rng, 1.9 * gain, 1.3), 0, 10), clamp(base.worth + normal(rng, 1.6 * gain, 1.3), 0, 10),
      clamp(base.happy + normal(rng, 1.7 * gain, 1.5), 0, 10), clamp(base.anx - normal(rng, 1.5 * gain, 1.6), 0, 10), null, null, null, lw.id]);
    if (swemwbs) { const items = swItems().map((x) => clamp(x + (engaged ? rng.int(0, 1) : 0), 1, 5)); const s = swemwbsScore(items); rows.sp_wellbeing.push([n, ids.next(), id, 'swemwbs', 'discharge', dischargedAt, null, null, null, null, items, s.raw, s.metric, lw.id]); }
  }

  // The support plan and onward referrals.
  const goals = rng.int(1, 3);
  for (let g = 0; g < goals; g++) {
    const progress = status === 'discharged' ? (engaged ? rng.pick([75, 100, 100, 100]) : rng.pick([0, 25, 50])) : status === 'active' ? rng.pick([0, 25, 50, 75]) : rng.pick([0, 25]);
    const created = at(firstContactDay + 1);
    rows.sp_goal.push([n, ids.next(), id, rng.pick(GOALS), g === 0 ? c.givenName : rng.pick([c.givenName, 'Link worker', 'Family']), new Date(created.getTime() + 60 * DAY).toISOString().slice(0, 10),
      progress, progress === 100 ? 'achieved' : status === 'discharged' && !engaged ? 'stopped' : 'active', null, created, lw.id, status === 'discharged' ? dischargedAt : created]);
  }
  const onward = status === 'contacted' ? 0 : rng.int(1, 2);
  for (let o = 0; o < onward; o++) {
    const offer = rng.pick(c.offers);
    const when = at(firstContactDay + 7 + o * 10);
    const known = status === 'discharged' || rng.chance(0.6);
    rows.sp_onward_referral.push([n, ids.next(), id, offer.id, offer.name, offer.category, when, lw.id, known ? rng.chance(engaged ? 0.75 : 0.35) : null, known ? at(firstContactDay + 21 + o * 10) : null, null]);
    rows.sp_referral_event.push([n, ids.next(), id, 'onward-referral', when, lw.id, null, null, null, JSON.stringify({ offerName: offer.name })]);
  }
  if (rows.sp_safeguarding_concern.length < CONCERNS.length && rng.chance(0.04)) {
    const when = at(firstContactDay);
    rows.sp_safeguarding_concern.push([n, ids.next(), id, CONCERNS[rows.sp_safeguarding_concern.length], lw.id, when, c.lead.id, rows.sp_safeguarding_concern.length ? at(firstContactDay + 1) : null]);
    rows.sp_notification.push([n, ids.next(), c.lead.id, 'safeguarding', id, `Safeguarding concern raised by ${lw.display_name}`, when, null]);
  }
  if (status === 'discharged') rows.sp_referral_event.push([n, ids.next(), id, 'discharged', dischargedAt, lw.id, 'active', 'discharged', null, JSON.stringify({ reason: dischargeReason })]);
}

/** Eight weeks of reception's navigation contacts: needs in proportion, decisions from the needs table. */
function planNavigation(rng: Random, ids: IdSource, rows: Record<SpTable, unknown[][]>, p: { n: string; now: Date; front: DemoStaff[]; orgOf: (s: DemoStaff) => string; population: Population; offers: DemoOffer[] }) {
  const mix: [string, number][] = [['new-symptom', 30], ['minor-illness', 14], ['medication', 10], ['long-term-condition', 8], ['musculoskeletal', 7], ['mental-health', 6], ['test-results', 8],
    ['dental', 3], ['eyes', 2], ['urgent-now', 2], ['loneliness', 3], ['money', 2], ['housing', 1], ['carer', 1], ['activity-weight', 1], ['admin', 6], ['other', 2]];
  const REASONS: Record<string, string> = {
    'new-symptom': 'Cough for two weeks, wants to see someone', 'minor-illness': 'Sore throat and earache since Monday', medication: 'Question about new tablets making him dizzy',
    'long-term-condition': 'Due an asthma review', musculoskeletal: 'Bad back after lifting', 'mental-health': 'Feeling low, not sleeping', 'test-results': 'Ringing for blood test results',
    dental: 'Toothache, has no dentist', eyes: 'Red sore eye', 'urgent-now': 'Husband has chest pain now', loneliness: 'Lonely since moving to be near daughter', money: 'Cannot afford heating',
    housing: 'Damp in the flat making cough worse', carer: 'Struggling caring for her mum', 'activity-weight': 'Wants help to lose weight', admin: 'Needs a fit note', other: 'Wants to change practice details',
  };
  const total = rng.int(380, 460);
  for (let i = 0; i < total; i++) {
    const needId = rng.weighted(mix.map(([id, w]) => [id, w] as const));
    const need = NEEDS.find((x) => x.id === needId)!;
    const decision = rng.weighted(need.decisions.filter((d) => d !== 'social-prescribing').map((d, k) => [d, need.decisions.length - k] as const)) ?? 'booked';
    const who = rng.pick(p.front);
    const when = new Date(p.now.getTime() - rng.int(0, 55) * DAY - rng.int(0, 9) * 3_600_000 - rng.int(0, 59) * 60_000);
    const identified = rng.chance(0.85);
    const patientIdx = rng.int(0, p.population.ids.length - 1);
    const offer = decision === 'signposted' ? rng.pick(p.offers.filter((o) => need.offerCategories.includes(o.category)).concat(p.offers.slice(0, 1))) : null;
    rows.nav_contact.push([p.n, ids.next(), identified ? p.population.ids[patientIdx] : null, identified ? null : 'Caller not identified', rng.chance(0.8) ? 'phone' : 'desk', REASONS[need.id], need.id, need.kind, decision,
      decision === 'booked' ? (need.roles[0] ?? 'gp') : null, null, null, offer?.id ?? null, offer?.name ?? null, decision === 'redirected' ? (need.redirects[0] ?? '111') : null, null, null,
      p.orgOf(who), who.id, when, Math.max(8, Math.round(normal(rng, 26, 9)))]);
  }
}
