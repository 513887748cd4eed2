import { DateTime } from 'luxon';
import type { AppointmentMode, BookingChannel } from '../modules/booking/index.ts';
import { type BlockedPeriod, type TemplateForExpansion } from '../modules/booking/index.ts';
import { LONDON } from '../platform/calendar.ts';
import type { StaffRole } from '../platform/permissions.ts';
import type { OrganisationPlan } from './organisations.ts';
import type { IdSource, Random } from './random.ts';
import type { DemoService, DemoStaff } from './workforce.ts';

export interface DemoTemplate extends TemplateForExpansion {
  id: string;
  staff_id: string;
  organisation_id: string;
  site_id: string;
  service_id: string;
  role: StaffRole;
  name: string;
  mode: AppointmentMode;
  national_category: string;
  /** How bookings into this session usually arrive, for lead times in the history. */
  kind: 'same-day' | 'routine' | 'planned' | 'hub';
}

export interface DemoLeave {
  id: string;
  staff_id: string;
  starts_at: Date;
  ends_at: Date;
  reason: string;
}

interface Session {
  start: string;
  end: string;
  minutes: number;
  mode: AppointmentMode;
  category: string;
  kind: DemoTemplate['kind'];
  share?: number;
  embargo?: number;
  online?: boolean;
}

const AM = { start: '08:30', end: '11:30' };
const AM_LONG = { start: '08:30', end: '12:00' };
const PM = { start: '15:00', end: '17:30' };
const PM_EARLY = { start: '14:00', end: '17:00' };
const SERVICE_OF: Partial<Record<StaffRole, string>> = {
  gp: 'gp', nurse: 'practice-nurse', anp: 'anp-same-day', 'physician-associate': 'physician-associate', physiotherapist: 'fcp', pharmacist: 'smr',
  'link-worker': 'social-prescribing', 'mental-health-practitioner': 'mental-health', paramedic: 'paramedic-home-visit',
  'health-wellbeing-coach': 'hwb-coaching', 'care-coordinator': 'care-coordination',
};

/** The two sessions of working day k (0–3) for a role. `n` is the person's index in their team. */
function sessionsFor(role: StaffRole, k: number, n: number, rng: Random): Session[] {
  const share = () => rng.pick([20, 25, 30]);
  switch (role) {
    case 'gp':
    case 'clinical-director':
      return [
        k % 2 === 0
          ? { ...AM, minutes: 10, mode: 'telephone', category: 'Clinical Triage', kind: 'same-day', embargo: 24 }
          : { ...AM, minutes: 10, mode: 'face-to-face', category: 'General Consultation Acute', kind: 'same-day', embargo: 24, share: share() },
        k === 2
          ? { ...PM, minutes: 10, mode: 'video', category: 'General Consultation Routine', kind: 'routine', share: share() }
          : k === 0 && n % 2 === 1
            ? { ...PM, minutes: 10, mode: 'telephone', category: 'General Consultation Routine', kind: 'routine' }
            : { ...PM, minutes: 10, mode: 'face-to-face', category: 'General Consultation Routine', kind: 'routine', share: share() },
      ];
    case 'nurse':
      return [
        { ...AM_LONG, minutes: 15, mode: 'face-to-face', category: 'Planned Clinics', kind: 'planned', online: n === 0 && k === 1 },
        { ...PM_EARLY, minutes: 15, mode: 'face-to-face', category: 'Planned Clinical Procedure', kind: 'planned', online: k === 3 },
      ];
    case 'anp':
      return [
        { ...AM, minutes: 10, mode: 'face-to-face', category: 'General Consultation Acute', kind: 'same-day', embargo: 24 },
        { ...PM_EARLY, minutes: 10, mode: k % 2 ? 'telephone' : 'face-to-face', category: 'General Consultation Acute', kind: 'same-day', embargo: 24 },
      ];
    case 'physician-associate':
      return [
        { ...AM, minutes: 10, mode: 'face-to-face', category: 'General Consultation Routine', kind: 'routine' },
        { ...PM_EARLY, minutes: 10, mode: k === 1 ? 'telephone' : 'face-to-face', category: 'General Consultation Routine', kind: 'routine' },
      ];
    case 'pharmacist':
      return [
        { ...AM_LONG, minutes: 15, mode: 'telephone', category: 'Structured Medication Review', kind: 'planned' },
        { ...PM_EARLY, minutes: 15, mode: k % 2 ? 'video' : 'face-to-face', category: 'Structured Medication Review', kind: 'planned' },
      ];
    case 'physiotherapist':
      return [
        { ...AM_LONG, minutes: 15, mode: 'face-to-face', category: 'General Consultation Routine', kind: 'routine' },
        { ...PM_EARLY, minutes: 15, mode: k === 3 ? 'telephone' : 'face-to-face', category: 'General Consultation Routine', kind: 'routine' },
      ];
    case 'paramedic':
      return [
        { start: '09:00', end: '12:00', minutes: 30, mode: 'home-visit', category: 'Home Visit', kind: 'same-day', embargo: 24 },
        { start: '13:00', end: '16:00', minutes: 30, mode: 'home-visit', category: 'Home Visit', kind: 'same-day', embargo: 24 },
      ];
    case 'mental-health-practitioner':
      return [
        { ...AM_LONG, minutes: 15, mode: 'face-to-face', category: 'General Consultation Routine', kind: 'routine' },
        { ...PM_EARLY, minutes: 15, mode: k % 2 ? 'video' : 'telephone', category: 'General Consultation Routine', kind: 'routine' },
      ];
    case 'link-worker':
      return [
        { ...AM_LONG, minutes: 15, mode: 'face-to-face', category: 'Social Prescribing Service', kind: 'planned' },
        { ...PM_EARLY, minutes: 15, mode: 'telephone', category: 'Social Prescribing Service', kind: 'planned' },
      ];
    case 'care-coordinator':
      return [
        { ...AM_LONG, minutes: 15, mode: 'telephone', category: 'Care Home Needs Assessment & Personalised Care and Support Planning', kind: 'planned' },
        { ...PM_EARLY, minutes: 15, mode: k === 0 ? 'face-to-face' : 'telephone', category: 'Care Home Needs Assessment & Personalised Care and Support Planning', kind: 'planned' },
      ];
    case 'health-wellbeing-coach':
      return [
        { ...AM_LONG, minutes: 15, mode: 'face-to-face', category: 'Care Related Encounter but does not fit into any other category', kind: 'planned' },
        { ...PM_EARLY, minutes: 15, mode: 'video', category: 'Care Related Encounter but does not fit into any other category', kind: 'planned' },
      ];
    default:
      return [];
  }
}

const WEEKDAY_LABEL = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * Weekly rota templates for every clinician: four working days of two sessions each, at their own
 * practice or, for PCN-employed staff, at a different practice each day; plus hub evenings
 * (18:30–20:00 weekdays) and Saturday mornings (09:00–13:00) worked by practice GPs.
 */
export function planRota(rng: Random, ids: IdSource, p: { orgs: OrganisationPlan; staff: DemoStaff[]; services: Map<string, DemoService>; validFrom: string }): DemoTemplate[] {
  const { orgs, staff, services } = p;
  const templates: DemoTemplate[] = [];
  const practiceIndex = new Map(orgs.practices.map((pr, i) => [pr.id, i]));
  const branchOf = new Map(orgs.sites.filter((s) => s.name.endsWith('(branch)')).map((s) => [s.organisation_id, s]));
  const counters = new Map<string, number>();
  const hubGps = new Map<string, DemoStaff[]>(orgs.hubs.map((h) => [h.id, []]));

  function add(s: DemoStaff, role: StaffRole, orgId: string, siteId: string, weekday: number, session: Session, serviceCode: string, channels: BookingChannel[]) {
    const service = services.get(serviceCode)!;
    templates.push({
      id: ids.next(), staff_id: s.id, organisation_id: orgId, site_id: siteId, service_id: service.id, role,
      name: `${service.name}: ${session.category.toLowerCase()} (${session.mode}), ${WEEKDAY_LABEL[weekday]} ${session.start}`,
      weekday, start_time: session.start, end_time: session.end, slot_minutes: session.minutes, mode: session.mode, national_category: session.category,
      channels: session.online ? [...channels, 'online'] : channels, network_share: session.share ?? 0, embargo_hours: session.embargo ?? null,
      valid_from: p.validFrom, valid_to: null, kind: session.kind,
    });
  }

  for (const s of staff) {
    for (const r of s.roles) if (r.role === 'gp' && hubGps.has(r.organisation_id)) hubGps.get(r.organisation_id)!.push(s);
    const clinical = s.roles.find((r) => SERVICE_OF[r.role] && (practiceIndex.has(r.organisation_id)));
    if (!clinical) continue;
    const role = clinical.role;
    const home = s.coversPractices.length ? s.coversPractices : [clinical.organisation_id];
    const teamKey = `${role}:${home[0]}`;
    const n = counters.get(teamKey) ?? 0;
    counters.set(teamKey, n + 1);
    const offDay = (n + (practiceIndex.get(home[0]) ?? 0) + (role === 'gp' ? 0 : 2)) % 5;
    let k = 0;
    for (let d = 0; d < 5; d++) {
      if (d === offDay) continue;
      const practiceId = home[(d + n) % home.length];
      const site = orgs.siteOf.get(practiceId)!;
      sessionsFor(role, k, n, rng).forEach((session, half) => {
        const branch = branchOf.get(practiceId);
        const siteId = branch && role === 'nurse' && half === 0 && d === 2 ? branch.id : site.id;
        add(s, role, practiceId, siteId, d + 1, session, SERVICE_OF[role]!, ['own-practice']);
      });
      k++;
    }
  }

  // Hubs: one GP each weekday evening, two on Saturday morning, bookable by every channel.
  const hubChannels: BookingChannel[] = ['own-practice', 'network', 'hub', 'nhs111'];
  for (const hub of orgs.hubs) {
    const gps = hubGps.get(hub.id)!;
    if (gps.length === 0) continue;
    const site = orgs.siteOf.get(hub.id)!;
    for (let d = 1; d <= 5; d++) {
      add(gps[(d - 1) % gps.length], 'gp', hub.id, site.id, d, { start: '18:30', end: '20:00', minutes: 10, mode: d === 3 ? 'telephone' : 'face-to-face', category: 'General Consultation Routine', kind: 'hub' }, 'extended-access-gp', hubChannels);
    }
    add(gps[5 % gps.length], 'gp', hub.id, site.id, 6, { start: '09:00', end: '13:00', minutes: 10, mode: 'face-to-face', category: 'General Consultation Routine', kind: 'hub' }, 'extended-access-gp', hubChannels);
    if (gps.length > 1) add(gps[6 % gps.length], 'gp', hub.id, site.id, 6, { start: '09:00', end: '13:00', minutes: 10, mode: 'face-to-face', category: 'General Consultation Acute', kind: 'hub' }, 'extended-access-gp', hubChannels);
  }
  return templates;
}

/**
 * Annual leave and study days for clinicians between two London dates: about six weeks a year,
 * as whole weeks (Monday to Friday) and the odd single day.
 */
export function planLeave(rng: Random, ids: IdSource, p: { staffIds: string[]; from: string; to: string }): DemoLeave[] {
  const leave: DemoLeave[] = [];
  const first = DateTime.fromISO(p.from, { zone: LONDON }).startOf('week');
  const last = DateTime.fromISO(p.to, { zone: LONDON });
  for (const staffId of p.staffIds) {
    for (let week = first; week <= last; week = week.plus({ weeks: 1 })) {
      if (rng.chance(0.085)) {
        leave.push({ id: ids.next(), staff_id: staffId, starts_at: week.toJSDate(), ends_at: week.plus({ days: 5 }).toJSDate(), reason: 'Annual leave' });
      } else if (rng.chance(0.03)) {
        const day = week.plus({ days: rng.int(0, 4) });
        leave.push({ id: ids.next(), staff_id: staffId, starts_at: day.toJSDate(), ends_at: day.plus({ days: 1 }).toJSDate(), reason: 'Study leave' });
      }
    }
  }
  return leave;
}

export function leaveByStaff(leave: DemoLeave[]): Map<string, BlockedPeriod[]> {
  const out = new Map<string, BlockedPeriod[]>();
  for (const l of leave) {
    const list = out.get(l.staff_id) ?? [];
    list.push({ startsAt: l.starts_at, endsAt: l.ends_at });
    out.set(l.staff_id, list);
  }
  return out;
}
