import type { Executor } from '../../db/database.ts';
import { findAppointmentStatuses, type AppointmentStatus } from '../booking/index.ts';
import { ROLE_LABELS, type StaffRole } from '../identity/index.ts';
import { networkReference } from '../network/index.ts';
import type { OutreachPurpose, OutreachStatus } from './tables.ts';

// Outreach invitations that book. Each invitation carries the patient's link (messaging's one link
// scheme, purpose 'outreach', naming the outreach entry); the page offers slots released for online
// booking of the services that fit the list (its role, and the purpose's national appointment category
// when the network has such a service), books through booking's index, and marks the person booked
// here. Whether they then came is read back from booking: the entry keeps the appointment id.

/** How long an invitation's link lasts: long enough for a clinic a month away to open its slots. */
export const INVITATION_DAYS = 30;

export const PURPOSE_LABEL: Record<OutreachPurpose, string> = {
  'ltc-clinic': 'long-term conditions review', 'medication-review': 'structured medication review', 'frailty-review': 'frailty review', 'health-check': 'health check',
};

/** Who sees people for each purpose unless the list says otherwise, and the GPAD category of the appointment (standards.md §1.3). */
const PURPOSE_DEFAULTS: Record<OutreachPurpose, { role: StaffRole; nationalCategory: string | null }> = {
  'ltc-clinic': { role: 'nurse', nationalCategory: 'Planned Clinics' },
  'medication-review': { role: 'pharmacist', nationalCategory: 'Structured Medication Review' },
  'frailty-review': { role: 'gp', nationalCategory: null },
  'health-check': { role: 'nurse', nationalCategory: 'Planned Clinics' },
};

export const defaultRoleFor = (purpose: OutreachPurpose): StaffRole => PURPOSE_DEFAULTS[purpose].role;

/** The services an invitation may book: the list's role, narrowed to the purpose's category when any service has it. */
export async function outreachServiceIds(db: Executor, networkId: string, role: string, purpose: OutreachPurpose): Promise<string[]> {
  const ofRole = [...(await networkReference(db, networkId)).services.values()].filter((s) => s.role === role);
  const category = PURPOSE_DEFAULTS[purpose].nationalCategory;
  const fitting = ofRole.filter((s) => s.nationalCategory === category);
  return (fitting.length > 0 ? fitting : ofRole).map((s) => s.id);
}

export interface OutreachInvitation {
  what: string;
  role: string;
  status: OutreachStatus;
  bookedAppointmentId: string | null;
}

async function entryOfPatient(db: Executor, p: { networkId: string; entryId: string; patientId: string }) {
  return db.selectFrom('phm_outreach_entry as e').innerJoin('phm_outreach_list as l', (j) => j.onRef('l.network_id', '=', 'e.network_id').onRef('l.id', '=', 'e.outreach_id'))
    .select(['e.id', 'e.status', 'e.appointment_id', 'l.purpose', 'l.role'])
    .where('e.network_id', '=', p.networkId).where('e.id', '=', p.entryId).where('e.patient_id', '=', p.patientId).executeTakeFirst();
}

/** What an outreach link's page says: what the invitation is for, with whom, and the appointment booked through it (null: not this patient's). */
export async function outreachInvitation(db: Executor, p: { networkId: string; entryId: string; patientId: string }): Promise<OutreachInvitation | null> {
  const e = await entryOfPatient(db, p);
  if (!e) return null;
  const status = e.appointment_id ? (await findAppointmentStatuses(db, { networkId: p.networkId, ids: [e.appointment_id] })).get(e.appointment_id) : undefined;
  return {
    what: PURPOSE_LABEL[e.purpose], role: (ROLE_LABELS[e.role as StaffRole] ?? e.role).toLowerCase(), status: e.status,
    bookedAppointmentId: status && status !== 'cancelled' ? e.appointment_id : null,
  };
}

/** Marks the person on the list booked, in the transaction that booked the appointment through their invitation. */
export async function markOutreachBooked(trx: Executor, p: { networkId: string; entryId: string; patientId: string; appointmentId: string; now: Date }) {
  await trx.updateTable('phm_outreach_entry').set({ status: 'booked', appointment_id: p.appointmentId, updated_at: p.now, updated_by_staff_id: null })
    .where('network_id', '=', p.networkId).where('id', '=', p.entryId).where('patient_id', '=', p.patientId).execute();
}

const FOLLOWS: Partial<Record<AppointmentStatus, OutreachStatus>> = { attended: 'attended', dna: 'did-not-attend', cancelled: 'invited' };

/**
 * Brings the list's booked people up to date with their appointments: attended, did not attend, or
 * cancelled (back to invited, free to book again through the same link). Runs before the list is read,
 * so the counts and the entries agree with the appointment book without booking knowing about outreach.
 */
export async function followOutreachAppointments(db: Executor, networkId: string, outreachId: string, now: Date) {
  const rows = await db.selectFrom('phm_outreach_entry').select(['id', 'status', 'appointment_id']).where('network_id', '=', networkId).where('outreach_id', '=', outreachId)
    .where('appointment_id', 'is not', null).where('status', 'in', ['booked', 'attended', 'did-not-attend']).execute();
  const statuses = await findAppointmentStatuses(db, { networkId, ids: rows.map((r) => r.appointment_id!) });
  for (const r of rows) {
    const appointment = statuses.get(r.appointment_id!);
    const next = (appointment && FOLLOWS[appointment]) ?? 'booked';
    if (next === r.status) continue;
    await db.updateTable('phm_outreach_entry').set({ status: next, updated_at: now, updated_by_staff_id: null, ...(next === 'invited' ? { appointment_id: null } : {}) })
      .where('network_id', '=', networkId).where('id', '=', r.id).execute();
  }
}
