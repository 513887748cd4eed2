import type { Db, Executor } from '../../db/database.ts';
import type { AppointmentRow, AppointmentStatus } from './tables.ts';
import type { Actor } from '../../platform/actor.ts';
import { getPatientForActor } from '../patients/index.ts';
import { recordAudit } from '../identity/index.ts';
import { newId } from '../../platform/ids.ts';
import { runIdempotently } from '../../platform/idempotency.ts';
import { bookInTransaction } from './book.ts';
import { AppointmentNotFound, InvalidTransition } from './errors.ts';
import * as q from './queries/appointments.ts';
import { releaseSlot } from './queries/slots.ts';
import type { CancelRequest, RescheduleRequest, StatusRequest } from './schema.ts';
import { refuseStatusChange } from './status.ts';
import { startCursor, toAppointmentView } from './view.ts';
import { pageOf } from '../../platform/pagination.ts';

/** A patient's appointments for reception, newest first; reading them is audited. */
export async function listPatientAppointments(db: Db, actor: Actor, p: { patientId: string; limit?: number; cursor?: string }) {
  await getPatientForActor(db, actor, p.patientId, 'appointment history', '/querystring/patientId');
  const limit = p.limit ?? 20;
  const before = p.cursor ? startCursor.decode(p.cursor) : undefined;
  const rows = await q.findPatientAppointments(db, { networkId: actor.networkId, patientId: p.patientId, before, limit: limit + 1 });
  return pageOf(rows, limit, (r) => startCursor.encode([r.start_at, r.id]), (r) => toAppointmentView(r));
}

/** One appointment with its status history; the patient relationship is checked and the read audited. */
export async function getAppointment(db: Executor, actor: Actor, id: string) {
  const appt = await q.findAppointment(db, { networkId: actor.networkId, id });
  if (!appt) throw new AppointmentNotFound();
  await getPatientForActor(db, actor, appt.patient_id, 'view appointment');
  return toAppointmentView(appt, await q.findHistory(db, { networkId: actor.networkId, appointmentId: id }));
}

/** Loads and locks an appointment and checks the actor may act for its patient. */
async function lockAppointment(trx: Executor, actor: Actor, id: string, purpose: string) {
  const appt = await q.findAppointmentForUpdate(trx, { networkId: actor.networkId, id });
  if (!appt) throw new AppointmentNotFound();
  const patient = await getPatientForActor(trx, actor, appt.patient_id, purpose);
  return { appt, patient };
}

async function recordStatus(trx: Executor, actor: Actor, appt: AppointmentRow, to: AppointmentStatus, now: Date, reason: string | null) {
  await q.insertStatusHistory(trx, { network_id: actor.networkId, id: newId(), appointment_id: appt.id, from_status: appt.status, to_status: to, at: now, by_staff_id: actor.staffId, by_token_id: actor.tokenId, reason });
}

/** Cancels a booked appointment and returns its slot to the pool (blocked instead, if leave now covers it). */
export async function cancelInTransaction(trx: Executor, actor: Actor, appt: AppointmentRow, body: CancelRequest, now: Date) {
  if (appt.status !== 'booked') throw new InvalidTransition(appt.status, 'cancelled', `Only a booked appointment can be cancelled; this one is "${appt.status}".`, '/params/id');
  await q.updateAppointment(trx, { networkId: actor.networkId, id: appt.id, set: { status: 'cancelled', cancelled_at: now, cancelled_by: body.by, cancel_reason: body.reason } });
  await recordStatus(trx, actor, appt, 'cancelled', now, body.reason);
  await releaseSlot(trx, { networkId: actor.networkId, id: appt.slot_id });
  await recordAudit(trx, actor, { patientId: appt.patient_id, action: 'cancel', entity: 'appointment', entityId: appt.id, purpose: `cancelled by ${body.by}` });
}

export async function cancelAppointment(db: Db, actor: Actor, id: string, body: CancelRequest, now: Date) {
  return db.transaction().execute(async (trx) => {
    const { appt } = await lockAppointment(trx, actor, id, 'cancel appointment');
    await cancelInTransaction(trx, actor, appt, body, now);
    return getAppointment(trx, actor, id);
  });
}

/** Moves a booking to another slot in one transaction: the new one is booked and the old one cancelled, or neither. */
export function rescheduleAppointment(db: Db, actor: Actor, id: string, body: RescheduleRequest, p: { now: Date; idempotencyKey?: string }) {
  return runIdempotently(db, actor, { operation: `booking.reschedule:${id}`, key: p.idempotencyKey, request: body, statusCode: 201 }, async (trx) => {
    const { appt, patient } = await lockAppointment(trx, actor, id, 'reschedule appointment');
    await cancelInTransaction(trx, actor, appt, { by: body.by ?? 'patient', reason: body.reason ?? 'rescheduled' }, p.now);
    return bookInTransaction(trx, actor, {
      slotId: body.slotId, patientId: appt.patient_id, reason: appt.reason ?? undefined, sourceConsultationId: appt.source_consultation_id ?? undefined, rebookedFromId: appt.id,
    }, p.now, patient);
  });
}

/** Records arrival, the consultation starting, attendance or a DNA. */
export async function changeAppointmentStatus(db: Db, actor: Actor, id: string, body: StatusRequest, now: Date) {
  return db.transaction().execute(async (trx) => {
    const { appt } = await lockAppointment(trx, actor, id, 'record appointment status');
    const refusal = refuseStatusChange(appt.status, body.status, { now, startAt: new Date(appt.start_at) });
    if (refusal) throw new InvalidTransition(appt.status, body.status, refusal);
    await q.updateAppointment(trx, { networkId: actor.networkId, id, set: { status: body.status } });
    await recordStatus(trx, actor, appt, body.status, now, appt.status === 'dna' ? 'DNA recorded by mistake' : null);
    await recordAudit(trx, actor, { patientId: appt.patient_id, action: 'status', entity: 'appointment', entityId: id, purpose: `${appt.status} → ${body.status}` });
    return getAppointment(trx, actor, id);
  });
}
