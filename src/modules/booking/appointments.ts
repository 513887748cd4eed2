import type { Db, Executor } from '../../db/database.ts';
import type { AppointmentRow, AppointmentStatus } from './tables.ts';
import type { Actor } from '../../platform/actor.ts';
import { getPatientForActor } from '../patients/index.ts';
import { recordAudit } from '../identity/index.ts';
import { newId } from '../../platform/ids.ts';
import { runIdempotently } from '../../platform/idempotency.ts';
import { bookedView, bookInTransaction, takenOnClash } from './book.ts';
import { rescheduleInOneStatement } from './queries/reschedule-statement.ts';
import { AppointmentNotFound, InvalidTransition } from './errors.ts';
import * as q from './queries/appointments.ts';
import { releaseSlot } from './queries/slots.ts';
import type { CancelRequest, RescheduleRequest, StatusRequest } from './schema.ts';
import { refuseStatusChange, statusesBefore } from './status.ts';
import { changeInOneStatement, transitionPurpose, type AppointmentChange, type ChangedRow } from './queries/change-statement.ts';
import { nameAppointments } from './names.ts';
import { londonDayOf } from '../../platform/calendar.ts';
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

/** The answer to a change made in one statement: its row, names from memory, and its history with the new entry. */
async function changedView(db: Executor, actor: Actor, row: ChangedRow, c: AppointmentChange) {
  const { earlier_history: earlier, from_status: from, ...appt } = row;
  const [named] = await nameAppointments(db, actor.networkId, [appt]);
  const added = { network_id: actor.networkId, id: c.historyId, appointment_id: appt.id, from_status: from, to_status: c.to, at: c.now, by_staff_id: actor.staffId, by_token_id: actor.tokenId, reason: c.historyReason };
  return toAppointmentView(named, [...earlier.map((h) => ({ ...h, network_id: actor.networkId, appointment_id: appt.id, at: new Date(h.at) })), added]);
}

const cancellation = (id: string, body: CancelRequest, now: Date): AppointmentChange => ({
  id, now, to: 'cancelled', from: ['booked'], cancel: body, historyId: newId(), historyReason: body.reason,
  audit: { action: 'cancel', purpose: `cancelled by ${body.by}` },
});

/** Cancels in one statement; only a refusal (or a patient reached through another relationship) goes step by step. */
export async function cancelAppointment(db: Db, actor: Actor, id: string, body: CancelRequest, now: Date) {
  const change = cancellation(id, body, now);
  const row = await changeInOneStatement(db, actor, change);
  if (row) return changedView(db, actor, row, change);
  return db.transaction().execute(async (trx) => {
    const { appt } = await lockAppointment(trx, actor, id, 'cancel appointment');
    await cancelInTransaction(trx, actor, appt, body, now);
    return getAppointment(trx, actor, id);
  });
}

/** The old way of moving a booking, in the caller's transaction: what one statement leaves, and to say why a move is refused. */
async function rescheduleStepByStep(trx: Executor, actor: Actor, id: string, body: RescheduleRequest, now: Date) {
  const { appt, patient } = await lockAppointment(trx, actor, id, 'reschedule appointment');
  await cancelInTransaction(trx, actor, appt, { by: body.by ?? 'patient', reason: body.reason ?? 'rescheduled' }, now);
  return bookInTransaction(trx, actor, {
    slotId: body.slotId, patientId: appt.patient_id, reason: appt.reason ?? undefined, sourceConsultationId: appt.source_consultation_id ?? undefined, rebookedFromId: appt.id,
  }, now, patient);
}

/** Moves the booking in one statement (queries/reschedule-statement.ts); null when it changed nothing. */
async function rescheduleAtOnce(db: Executor, actor: Actor, id: string, body: RescheduleRequest, now: Date) {
  const row = await takenOnClash(body.slotId, rescheduleInOneStatement(db, actor, {
    id, slotId: body.slotId, now, by: body.by ?? 'patient', reason: body.reason ?? 'rescheduled', appointmentId: newId(), cancelHistoryId: newId(),
  }));
  return row && bookedView(db, actor, row);
}

/**
 * Moves a booking to another slot: the new one is booked and the old one cancelled, or neither. One
 * statement on its own (atomic, no transaction) when it can; a refusal, or a move the statement leaves,
 * goes step by step in a transaction that rolls back whole. With an Idempotency-Key, inside its transaction.
 */
export async function rescheduleAppointment(db: Db, actor: Actor, id: string, body: RescheduleRequest, p: { now: Date; idempotencyKey?: string }) {
  const run = { operation: `booking.reschedule:${id}`, key: p.idempotencyKey, request: body, statusCode: 201 };
  if (!p.idempotencyKey) {
    const moved = await rescheduleAtOnce(db, actor, id, body, p.now);
    if (moved) return { statusCode: 201, body: moved, replayed: false };
    return runIdempotently(db, actor, run, (trx) => rescheduleStepByStep(trx, actor, id, body, p.now));
  }
  return runIdempotently(db, actor, run, async (trx) => (await rescheduleAtOnce(trx, actor, id, body, p.now)) ?? rescheduleStepByStep(trx, actor, id, body, p.now));
}

/** Records arrival, the consultation starting, attendance or a DNA: in one statement, step by step only to say why not. */
export async function changeAppointmentStatus(db: Db, actor: Actor, id: string, body: StatusRequest, now: Date) {
  const to = body.status;
  const change: AppointmentChange = {
    id, now, to, from: statusesBefore(to), historyId: newId(), historyReason: to === 'booked' ? 'DNA recorded by mistake' : null,
    // The time rules of refuseStatusChange: a DNA once the time has come; undoing one only on its London day.
    startedBy: to === 'dna' ? now : undefined, startsWithin: to === 'booked' ? londonDayOf(now) : undefined,
    audit: { action: 'status', purpose: transitionPurpose(to) },
  };
  const row = await changeInOneStatement(db, actor, change);
  if (row) return changedView(db, actor, row, change);
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
