import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { Forbidden } from '../../platform/problems.ts';
import { newId } from '../../platform/ids.ts';
import { recordAudit } from '../identity/index.ts';
import { cancelInTransaction } from './appointments.ts';
import { AppointmentNotFound, SlotInPast, SlotNotFound, SlotTaken, SlotUnavailable, ChannelNotAllowed } from './errors.ts';
import { findAppointment, findAppointmentForUpdate, insertAppointment, insertStatusHistory } from './queries/appointments.ts';
import { claimSlot, findSlot } from './queries/slots.ts';
import { networkNames } from './names.ts';
import { toAppointmentView, toSlotView } from './view.ts';
import type { AppointmentView, SlotView } from './schema.ts';
import type { AppointmentStatus } from './tables.ts';

// What a patient does through the link in a message (the messaging module's patient pages): see their
// appointment, cancel it, book a slot released for online booking, or take a slot offered from the
// waitlist. The caller has already checked the link; these functions check the appointment is the
// link's patient's, and audit as the patient (no staff member, no token).

export interface PatientRef { networkId: string; patientId: string; practiceId: string }

/** The patient acting through a link: audited as the patient, at their own practice. */
export function patientLinkActor(p: PatientRef): Actor {
  return {
    kind: 'system', networkId: p.networkId, staffId: null, tokenId: null, displayName: 'patient (link in a message)',
    organisationId: p.practiceId, organisationKind: 'practice', roles: ['patient'], permissions: new Set(),
  };
}

export class NotThisPatients extends Forbidden {
  constructor() {
    super('booking/not-this-patients', 'This link is for another person\'s appointment.');
  }
}

/** One appointment of this patient, with names; 403 if it is someone else's. */
export async function appointmentOfPatient(db: Executor, p: PatientRef & { appointmentId: string }): Promise<AppointmentView> {
  const a = await findAppointment(db, { networkId: p.networkId, id: p.appointmentId });
  if (!a) throw new AppointmentNotFound();
  if (a.patient_id !== p.patientId) throw new NotThisPatients();
  return toAppointmentView(a);
}

/** The patient cancels their own appointment; the slot goes back to the book at once (still blocked if leave covers it). */
export async function cancelByPatient(trx: Executor, p: PatientRef & { appointmentId: string; reason: string; now: Date }) {
  const appt = await findAppointmentForUpdate(trx, { networkId: p.networkId, id: p.appointmentId });
  if (!appt) throw new AppointmentNotFound();
  if (appt.patient_id !== p.patientId) throw new NotThisPatients();
  await cancelInTransaction(trx, patientLinkActor(p), appt, { by: 'patient', reason: p.reason }, p.now);
  return { slotId: appt.slot_id };
}

/** Free slots released for online booking (channel 'online'), open now, of the given services, earliest first. */
export async function findOnlineSlots(db: Executor, p: { networkId: string; serviceIds: string[]; now: Date; limit: number }): Promise<SlotView[]> {
  if (p.serviceIds.length === 0) return [];
  const rows = await db.selectFrom('slot')
    .select(['slot.id', 'slot.start_at', 'slot.end_at', 'slot.mode', 'slot.role', 'slot.national_category', 'slot.organisation_id', 'slot.site_id', 'slot.service_id', 'slot.staff_id'])
    .where('slot.network_id', '=', p.networkId).where(sql<SqlBool>`slot.status = 'free'`).where(sql<SqlBool>`slot.channels @> array['online']::text[]`)
    .where('slot.start_at', '>', p.now).where('slot.opens_at', '<=', p.now)
    .where('slot.service_id', '=', (eb) => eb.fn.any(eb.val(p.serviceIds)))
    .orderBy('slot.start_at').orderBy('slot.id').limit(p.limit).execute();
  const names = await networkNames(db, p.networkId, { organisations: rows.map((r) => r.organisation_id), sites: rows.map((r) => r.site_id), services: rows.map((r) => r.service_id), staff: rows.map((r) => r.staff_id) });
  return rows.map((r) => toSlotView(r, 'online', names));
}

/**
 * Books a slot for the patient through the online channel, inside the caller's transaction. Without an
 * offer, the slot must be released for online booking and of one of `serviceIds`; with a waitlist offer
 * (`offered`), the offer is the permission. The atomic claim keeps double booking impossible.
 */
export async function bookForPatient(trx: Executor, p: PatientRef & { slotId: string; now: Date; serviceIds?: string[]; offered?: boolean; reason: string; rebookedFromId?: string }): Promise<AppointmentView> {
  const slot = await findSlot(trx, { networkId: p.networkId, id: p.slotId });
  if (!slot) throw new SlotNotFound(p.slotId);
  if (slot.start_at <= p.now) throw new SlotInPast(slot.id, slot.start_at);
  if (!p.offered && (!slot.channels.includes('online') || !(p.serviceIds ?? []).includes(slot.service_id) || slot.opens_at > p.now)) throw new ChannelNotAllowed(slot.id, 'online');
  if (slot.status === 'blocked') throw new SlotUnavailable(slot.id);
  if (!(await claimSlot(trx, { networkId: p.networkId, id: slot.id }))) throw new SlotTaken(slot.id);
  const id = newId();
  await insertAppointment(trx, {
    network_id: p.networkId, id, slot_id: slot.id, patient_id: p.patientId, status: 'booked', start_at: slot.start_at, end_at: slot.end_at,
    provider_organisation_id: slot.organisation_id, site_id: slot.site_id, staff_id: slot.staff_id, service_id: slot.service_id, role: slot.role, mode: slot.mode,
    national_category: slot.national_category, channel: 'online', booker_organisation_id: p.practiceId, booked_by_staff_id: null, booked_by_token_id: null,
    patient_practice_id: p.practiceId, reason: p.reason, booked_at: p.now, rebooked_from_id: p.rebookedFromId ?? null, source_consultation_id: null,
  });
  await insertStatusHistory(trx, { network_id: p.networkId, id: newId(), appointment_id: id, from_status: null, to_status: 'booked', at: p.now, by_staff_id: null, by_token_id: null, reason: p.offered ? 'waitlist offer accepted' : 'booked by the patient online' });
  await recordAudit(trx, patientLinkActor(p), { patientId: p.patientId, action: 'book', entity: 'appointment', entityId: id, purpose: p.offered ? 'patient accepted a waitlist offer' : 'patient booked online' });
  return toAppointmentView((await findAppointment(trx, { networkId: p.networkId, id }))!);
}

/** Booked appointments starting in [from, to): what the reminder job reminds. */
export function findBookedAppointmentsStarting(db: Executor, p: { from: Date; to: Date; limit: number }) {
  return db.selectFrom('appointment')
    .select(['network_id', 'id', 'patient_id', 'patient_practice_id', 'start_at', 'booked_at', 'service_id', 'site_id', 'mode', 'provider_organisation_id'])
    .where('status', '=', 'booked').where('start_at', '>=', p.from).where('start_at', '<', p.to)
    .orderBy('start_at').limit(p.limit).execute();
}

/** Appointments booked since a time, still booked and in the future: what gets a booking confirmation. */
export function findAppointmentsBookedSince(db: Executor, p: { since: Date; now: Date; limit: number }) {
  return db.selectFrom('appointment')
    .select(['network_id', 'id', 'patient_id', 'patient_practice_id', 'start_at', 'booked_at', 'service_id', 'site_id', 'mode', 'provider_organisation_id'])
    .where('status', '=', 'booked').where('booked_at', '>=', p.since).where('start_at', '>', p.now)
    .orderBy('booked_at').limit(p.limit).execute();
}

/** One slot as a patient's page shows it (an offered slot), or null. */
export async function describeSlot(db: Executor, p: { networkId: string; slotId: string }): Promise<SlotView | null> {
  const s = await findSlot(db, { networkId: p.networkId, id: p.slotId });
  if (!s) return null;
  const names = await networkNames(db, p.networkId, { organisations: [s.organisation_id], sites: [s.site_id], services: [s.service_id], staff: [s.staff_id] });
  return toSlotView(s, 'online', names);
}

/** Appointments attended that ended in [from, to): who is asked the Friends and Family Test. */
export function findAttendedBetween(db: Executor, p: { from: Date; to: Date; limit: number }) {
  return db.selectFrom('appointment')
    .select(['network_id', 'id', 'patient_id', 'patient_practice_id', 'start_at', 'end_at', 'provider_organisation_id'])
    .where('status', '=', 'attended').where('end_at', '>=', p.from).where('end_at', '<', p.to)
    .orderBy('end_at').limit(p.limit).execute();
}

/** The status of each of these appointments (ids not found are left out): how other modules follow what became of a booking they caused. */
export async function findAppointmentStatuses(db: Executor, p: { networkId: string; ids: string[] }): Promise<Map<string, AppointmentStatus>> {
  if (p.ids.length === 0) return new Map();
  const rows = await db.selectFrom('appointment').select(['id', 'status']).where('network_id', '=', p.networkId).where('id', 'in', p.ids).execute();
  return new Map(rows.map((r) => [r.id, r.status]));
}
