import type { Db, Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { getPatientForActor, type PatientWithPractice } from '../patients/index.ts';
import { recordAudit } from '../identity/index.ts';
import { newId } from '../../platform/ids.ts';
import { runIdempotently } from '../../platform/idempotency.ts';
import { bookingChannelFor } from './channels.ts';
import { ChannelNotAllowed, Embargoed, SlotInPast, SlotNotFound, SlotTaken, SlotUnavailable } from './errors.ts';
import { enforceQuota } from './quota.ts';
import { findAppointment, insertAppointment } from './queries/appointments.ts';
import { bookInOneStatement, type BookedRow } from './queries/book-statement.ts';
import { networkNames, type AppointmentWithNames } from './names.ts';
import { isUniqueViolation } from '../../platform/problems.ts';
import { claimSlot, findSlot } from './queries/slots.ts';
import type { BookRequest } from './schema.ts';
import { toAppointmentView } from './view.ts';

export interface BookingInput extends BookRequest {
  rebookedFromId?: string;
}

/**
 * Books in one statement (queries/book-statement.ts) and builds the answer from its row and the names
 * held in memory; null when the statement claimed nothing.
 */
async function bookAtOnce(db: Executor, actor: Actor, input: BookingInput, now: Date) {
  const appointmentId = newId();
  const row = await takenOnClash(input.slotId, bookInOneStatement(db, actor, {
    appointmentId, slotId: input.slotId, patientId: input.patientId, now, nationalCategory: input.nationalCategory ?? null,
    reason: input.reason ?? null, rebookedFromId: input.rebookedFromId ?? null, sourceConsultationId: input.sourceConsultationId ?? null,
    purpose: input.rebookedFromId ? 'reschedule appointment' : 'book appointment',
  }));
  return row && bookedView(db, actor, row);
}

/** A second active appointment for the slot (the unique index) means someone booked it a moment before. */
export async function takenOnClash<T>(slotId: string, statement: Promise<T>): Promise<T> {
  try {
    return await statement;
  } catch (e) {
    if (isUniqueViolation(e, 'appointment_one_active_per_slot')) throw new SlotTaken(slotId);
    throw e;
  }
}

/** The answer to a booking made in one statement: its row and the names held in memory, no second read. */
export async function bookedView(db: Executor, actor: Actor, row: BookedRow) {
  const names = await networkNames(db, actor.networkId, {
    organisations: [row.provider_organisation_id, actor.organisationId], sites: [row.site_id], services: [row.service_id], staff: [row.staff_id],
  });
  const booked: AppointmentWithNames = {
    ...row, network_id: actor.networkId, status: 'booked', booker_organisation_id: actor.organisationId, booked_by_staff_id: actor.staffId,
    booked_by_token_id: actor.tokenId, cancelled_at: null, cancelled_by: null, cancel_reason: null,
    organisation_name: names.organisation.get(row.provider_organisation_id)?.name ?? '', booker_organisation_name: names.organisation.get(actor.organisationId)?.name ?? '',
    site_name: names.site.get(row.site_id)?.name ?? '', service_name: names.service.get(row.service_id)?.name ?? '', staff_name: names.staff.get(row.staff_id) ?? '',
  };
  return toAppointmentView(booked);
}

/** Books a slot for a patient inside the caller's transaction (or as one statement on its own). */
export async function bookInTransaction(trx: Executor, actor: Actor, input: BookingInput, now: Date, checkedPatient?: PatientWithPractice) {
  return (await bookAtOnce(trx, actor, input, now)) ?? bookStepByStep(trx, actor, input, now, checkedPatient);
}

/**
 * The booking read by read, inside the caller's transaction: for what one statement leaves (a provider
 * with a quota on the channel, a patient reached only through a relationship) and to give the reason
 * a booking is refused (past, channel, embargo, blocked, taken, quota). The atomic claim and the
 * one-active-appointment-per-slot index are what make double booking impossible either way.
 */
async function bookStepByStep(trx: Executor, actor: Actor, input: BookingInput, now: Date, checkedPatient?: PatientWithPractice) {
  const patient = checkedPatient ?? await getPatientForActor(trx, actor, input.patientId, 'book appointment', '/body/patientId');
  const slot = await findSlot(trx, { networkId: actor.networkId, id: input.slotId });
  if (!slot) throw new SlotNotFound(input.slotId);
  if (slot.start_at <= now) throw new SlotInPast(slot.id, slot.start_at);
  const channel = bookingChannelFor(actor, slot.organisation_id);
  if (!slot.channels.includes(channel)) throw new ChannelNotAllowed(slot.id, channel);
  if (slot.opens_at > now) throw new Embargoed(slot.id, slot.opens_at);
  if (slot.status === 'blocked') throw new SlotUnavailable(slot.id);
  if (slot.status === 'booked') throw new SlotTaken(slot.id);
  await enforceQuota(trx, { networkId: actor.networkId, providerId: slot.organisation_id, channel, slotId: slot.id, startAt: slot.start_at });
  const claimed = await claimSlot(trx, { networkId: actor.networkId, id: slot.id });
  if (!claimed) {
    // Someone else changed it between our read and our claim: say what it became.
    const now2 = await findSlot(trx, { networkId: actor.networkId, id: slot.id });
    throw now2?.status === 'blocked' ? new SlotUnavailable(slot.id) : new SlotTaken(slot.id);
  }
  const id = newId();
  await insertAppointment(trx, {
    network_id: actor.networkId, id, slot_id: slot.id, patient_id: patient.id, status: 'booked', start_at: slot.start_at, end_at: slot.end_at,
    provider_organisation_id: slot.organisation_id, site_id: slot.site_id, staff_id: slot.staff_id, service_id: slot.service_id, role: slot.role, mode: slot.mode,
    national_category: input.nationalCategory ?? slot.national_category, channel, booker_organisation_id: actor.organisationId,
    booked_by_staff_id: actor.staffId, booked_by_token_id: actor.tokenId, patient_practice_id: patient.practice_id, reason: input.reason ?? null,
    booked_at: now, rebooked_from_id: input.rebookedFromId ?? null, source_consultation_id: input.sourceConsultationId ?? null,
  });
  await recordAudit(trx, actor, { patientId: patient.id, action: 'book', entity: 'appointment', entityId: id, purpose: input.rebookedFromId ? 'reschedule appointment' : 'book appointment' });
  return toAppointmentView((await findAppointment(trx, { networkId: actor.networkId, id }))!);
}

/** Books once per Idempotency-Key: a retry gets the first appointment back, never a second one. */
export async function bookAppointment(db: Db, actor: Actor, body: BookRequest, p: { now: Date; idempotencyKey?: string }) {
  if (!p.idempotencyKey) {
    // One statement is atomic on its own: no transaction, one round trip. Only a refusal goes on.
    const booked = await bookAtOnce(db, actor, body, p.now);
    if (booked) return { statusCode: 201, body: booked, replayed: false };
    return runIdempotently(db, actor, { operation: 'booking.book', key: undefined, request: body, statusCode: 201 }, (trx) => bookStepByStep(trx, actor, body, p.now));
  }
  return runIdempotently(db, actor, { operation: 'booking.book', key: p.idempotencyKey, request: body, statusCode: 201 }, (trx) => bookInTransaction(trx, actor, body, p.now));
}
