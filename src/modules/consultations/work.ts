import { findOrganisationRef } from '../network/index.ts';
import { DateTime } from 'luxon';
import type { Db, Executor } from '../../db/database.ts';
import type { ConsultationRow, ConsultationStatus } from './tables.ts';
import type { Actor } from '../../platform/actor.ts';
import { getPatientForActor, patientGate, type PatientWithPractice } from '../patients/index.ts';
import { bookInTransaction, searchSlots } from '../booking/index.ts';
import { LONDON } from '../../platform/calendar.ts';
import { contactFor, queueMessage } from '../messaging/index.ts';
import { recordAudit, recordAuditMany } from '../identity/index.ts';
import { createReferralInTransaction } from '../social-prescribing/index.ts';
import { newId } from '../../platform/ids.ts';
import { Forbidden, NotFound } from '../../platform/problems.ts';
import { ActionFieldNeeded, AlreadyClaimed, ConsultationClosed, NoSlotAvailable, NotAPracticeOfNetwork, NotYourClaim } from './errors.ts';
import * as q from './queries.ts';
import { cursorFor, pageOf } from '../../platform/pagination.ts';
import type { ActionRequest, ConsultationView, Outcome, QueueQuery } from './schema.ts';
import { toConsultationView, toQueueItem } from './view.ts';
import { assertInScope, queueScopeOf } from './admin-scope.ts';

/** A claim older than this may be taken over: someone went home without releasing it. */
export const CLAIM_MINUTES = 30;
const OPEN: ConsultationStatus[] = ['new', 'in-progress', 'awaiting-patient'];

/** The queue's order (findQueue): the key its cursor carries. */
const queueCursor = cursorFor('queue', ['int', 'int', 'instant', 'uuid']);

/** The one network-wide queue, most pressing first; each row read is audited. */
export async function listQueue(db: Db, actor: Actor, query: QueueQuery, now: Date, requestId?: string) {
  const limit = query.limit ?? 50;
  // Reception and admin staff see only their practice's admin-team requests, whatever they filter by.
  const scope = queueScopeOf(actor);
  const practiceId = scope.kind === 'admin' ? scope.practiceId : query.practiceId;
  const role = scope.kind === 'admin' ? 'admin' : query.role;
  if (scope.kind === 'admin' && ((query.role && query.role !== 'admin') || (query.practiceId && query.practiceId !== scope.practiceId))) return { items: [], nextCursor: null };
  const rows = await q.findQueue(db, {
    networkId: actor.networkId, now, practiceId, urgency: query.urgency, type: query.type, role,
    statuses: !query.status || query.status === 'open' ? OPEN : [query.status],
    submittedBefore: query.olderThanHours !== undefined ? new Date(now.getTime() - query.olderThanHours * 3_600_000) : undefined,
    after: query.cursor ? queueCursor.decode(query.cursor) : undefined, limit: limit + 1,
    // Open requests are network-wide work for a triaging clinician (consultationRelationship); closed
    // ones only for those who may see the patient for another reason.
    gate: await patientGate(db, actor),
  });
  const page = pageOf(rows, limit, (r) => queueCursor.encode([Number(r.queue_bucket), Number(r.queue_urgency), r.due_at, r.id]), (r) => r);
  await recordAuditMany(db, actor, page.items.map((r) => r.patient_id), { action: 'read', entity: 'consultation', purpose: 'online consultation queue', requestId });
  return { items: page.items.map((r) => toQueueItem(r, now)), nextCursor: page.nextCursor };
}

async function viewOf(db: Executor, actor: Actor, id: string, now: Date, patient?: PatientWithPractice): Promise<ConsultationView> {
  const row = await q.findConsultation(db, { networkId: actor.networkId, id });
  if (!row) throw new NotFound('consultation');
  assertInScope(actor, row);
  const p = patient ?? await getPatientForActor(db, actor, row.patient_id, 'review online consultation');
  const [events, judgement] = await Promise.all([
    q.findEvents(db, { networkId: actor.networkId, consultationId: id }), q.findLatestJudgement(db, { networkId: actor.networkId, consultationId: id }),
  ]);
  return toConsultationView(row, p, events, judgement, now);
}

/** One request with the patient summary and its full history; the read is audited. */
export async function getConsultation(db: Db, actor: Actor, id: string, now: Date, requestId?: string): Promise<ConsultationView> {
  const view = await viewOf(db, actor, id, now);
  await recordAudit(db, actor, { patientId: view.patient.id, action: 'read', entity: 'consultation', entityId: id, purpose: 'review online consultation', requestId });
  return view;
}

function staffOf(actor: Actor): string {
  if (!actor.staffId) throw new Forbidden('consultations/staff-only', 'Only a signed-in member of staff can work the queue.');
  return actor.staffId;
}

function event(actor: Actor, row: Pick<ConsultationRow, 'network_id' | 'id'>, e: { type: string; at: Date; from: string | null; to: string | null; note?: string | null; detail?: Record<string, unknown> }) {
  return {
    network_id: row.network_id, id: newId(), consultation_id: row.id, type: e.type, at: e.at, by_staff_id: actor.staffId, by_token_id: actor.tokenId,
    from_status: e.from, to_status: e.to, note: e.note ?? null, detail: JSON.stringify(e.detail ?? {}),
  };
}

/** Takes a request to work on it. Exactly one clinician can hold it; see queries.updateClaim. */
export async function claimConsultation(db: Db, actor: Actor, id: string, now: Date) {
  const staffId = staffOf(actor);
  await db.transaction().execute(async (trx) => {
    const before = await q.findConsultationForUpdate(trx, { networkId: actor.networkId, id });
    if (!before) throw new NotFound('consultation');
    assertInScope(actor, before);
    const claimed = await q.updateClaim(trx, { networkId: actor.networkId, id, staffId, now, staleBefore: new Date(now.getTime() - CLAIM_MINUTES * 60_000) });
    if (!claimed) {
      if (before.status === 'closed') throw new ConsultationClosed(before.reference);
      const holder = await q.findConsultation(trx, { networkId: actor.networkId, id });
      throw new AlreadyClaimed({ staffId: before.claimed_by_staff_id!, name: holder?.claimer_name ?? 'Someone', at: before.claimed_at! });
    }
    const takeover = before.claimed_by_staff_id && before.claimed_by_staff_id !== staffId ? { takenOverFrom: before.claimed_by_staff_id } : {};
    await q.insertEvent(trx, event(actor, before, { type: 'claimed', at: now, from: before.status, to: claimed.status, detail: takeover }));
    await recordAudit(trx, actor, { patientId: before.patient_id, action: 'update', entity: 'consultation', entityId: id, purpose: 'claim online consultation' });
  });
  return getConsultation(db, actor, id, now);
}

async function lockForAction(trx: Executor, actor: Actor, id: string) {
  const row = await q.findConsultationForUpdate(trx, { networkId: actor.networkId, id });
  if (!row) throw new NotFound('consultation');
  assertInScope(actor, row);
  if (row.status === 'closed') throw new ConsultationClosed(row.reference);
  if (row.claimed_by_staff_id !== actor.staffId) {
    const holder = row.claimed_by_staff_id ? await q.findConsultation(trx, { networkId: actor.networkId, id }) : null;
    throw new NotYourClaim(holder?.claimer_name ?? null);
  }
  return row;
}

/** Gives a request back to the queue. */
export async function releaseConsultation(db: Db, actor: Actor, id: string, now: Date) {
  staffOf(actor);
  await db.transaction().execute(async (trx) => {
    const row = await lockForAction(trx, actor, id);
    const to: ConsultationStatus = row.status === 'in-progress' && !row.first_action_at ? 'new' : row.status;
    await q.updateConsultation(trx, { networkId: actor.networkId, id, set: { claimed_by_staff_id: null, claimed_at: null, status: to } });
    await q.insertEvent(trx, event(actor, row, { type: 'released', at: now, from: row.status, to }));
    await recordAudit(trx, actor, { patientId: row.patient_id, action: 'update', entity: 'consultation', entityId: id, purpose: 'release online consultation' });
  });
  return getConsultation(db, actor, id, now);
}

const CLOSING: Partial<Record<ActionRequest['type'], Outcome>> = {
  'admin-done': 'admin-done', book: 'appointment-booked', signpost: 'signposted', 'refer-social-prescribing': 'referred-social-prescribing',
};

function defaultMessage(type: ActionRequest['type'], reference: string): string | null {
  if (type === 'admin-done') return `Your request ${reference} has been done. If you have any questions, contact your GP practice.`;
  if (type === 'close') return `We have finished dealing with your request ${reference}. If you are still unwell or worried, contact your GP practice or call 111. In an emergency, call 999.`;
  return null;
}

function appointmentMessage(reference: string, a: { startAt: string; site: { name: string }; mode: string }): string {
  const when = DateTime.fromISO(a.startAt, { zone: LONDON }).toFormat("cccc d MMMM 'at' h:mma").replace(/AM|PM/, (m) => m.toLowerCase());
  const how = a.mode === 'telephone' ? 'a phone appointment' : a.mode === 'video' ? 'a video appointment' : `an appointment at ${a.site.name}`;
  return `About your request ${reference}: we have booked you ${how} on ${when}. If you cannot make it, please tell us so someone else can have it.`;
}

function requireFields(body: ActionRequest, assignedRole: string) {
  if (body.type === 'reply' && !body.message) throw new ActionFieldNeeded('message', 'reply');
  if (body.type === 'close' && !body.outcome) throw new ActionFieldNeeded('outcome', 'close');
  if (body.type === 'reassign' && !body.role && !body.practiceId) throw new ActionFieldNeeded('role', 'reassign');
  if (body.type === 'book' && !body.slotId && (body.role ?? assignedRole) === 'admin') throw new ActionFieldNeeded('role', 'book');
  if (body.type === 'refer-social-prescribing' && body.consent !== true) throw new ActionFieldNeeded('consent', 'refer-social-prescribing (the patient agreed to be referred)');
}

/**
 * Acts on a request the caller holds: reply, admin done, book, reassign, close, signpost, refer to
 * social prescribing. Each action is one transaction that writes a consultation_event and an audit row,
 * and queues any message to the patient in the same transaction.
 */
export async function actOnConsultation(db: Db, actor: Actor, id: string, body: ActionRequest, now: Date) {
  staffOf(actor);
  const current = await q.findConsultation(db, { networkId: actor.networkId, id });
  if (!current) throw new NotFound('consultation');
  requireFields(body, current.assigned_role);
  if (body.type === 'reassign' && body.practiceId) {
    const org = await findOrganisationRef(db, { networkId: actor.networkId, id: body.practiceId });
    if (org?.kind !== 'practice') throw new NotAPracticeOfNetwork();
  }
  // The earliest suitable slot is found before the transaction (search reads outside it), then booked atomically.
  let slotId = body.slotId;
  if (body.type === 'book' && !slotId && current.claimed_by_staff_id === actor.staffId && current.status !== 'closed') {
    const role = body.role ?? current.assigned_role;
    const found = await searchSlots(db, actor, { role, patientId: current.patient_id, limit: 1 }, now);
    if (found.items.length === 0) throw new NoSlotAvailable(role);
    slotId = found.items[0].id;
  }

  await db.transaction().execute(async (trx) => {
    const row = await lockForAction(trx, actor, id);
    const patient = await getPatientForActor(trx, actor, row.patient_id, `online consultation: ${body.type}`);
    const message = body.message ?? defaultMessage(body.type, row.reference);
    const set: Parameters<typeof q.updateConsultation>[1]['set'] = { first_action_at: row.first_action_at ?? now };
    const detail: Record<string, unknown> = {};
    let to: ConsultationStatus = row.status === 'new' ? 'in-progress' : row.status;
    let outcome: Outcome | undefined = body.type === 'close' ? body.outcome : CLOSING[body.type];

    if (body.type === 'reply') to = 'awaiting-patient';
    if (body.type === 'book') {
      const appt = await bookInTransaction(trx, actor, { slotId: slotId!, patientId: row.patient_id, reason: `Online consultation ${row.reference}`, sourceConsultationId: row.id }, now, patient);
      set.appointment_id = appt.id;
      Object.assign(detail, { appointmentId: appt.id, slotId: appt.slotId, startAt: appt.startAt, role: appt.role, organisation: appt.organisation.name });
      await queueMessage(trx, { networkId: row.network_id, patientId: row.patient_id, template: 'consultation-appointment', ...contactFor(patient), body: appointmentMessage(row.reference, appt), relatedEntity: 'consultation', relatedId: row.id, at: now });
    }
    if (body.type === 'refer-social-prescribing') {
      // The referral is the social-prescribing module's: it lands on the link workers' board and badge.
      const referral = await createReferralInTransaction(trx, {
        networkId: row.network_id, patientId: row.patient_id, source: 'consultation', actor, reasons: body.referralReasons ?? ['other'],
        note: body.note ?? `Online consultation ${row.reference}`, consent: true, consultationId: row.id, now,
      });
      detail.referralId = referral.id;
    }
    if (body.type === 'reassign') {
      set.assigned_role = body.role ?? row.assigned_role;
      set.assigned_practice_id = body.practiceId ?? row.assigned_practice_id;
      set.claimed_by_staff_id = null;
      set.claimed_at = null;
      to = 'new';
      Object.assign(detail, { fromRole: row.assigned_role, toRole: set.assigned_role, fromPracticeId: row.assigned_practice_id, toPracticeId: set.assigned_practice_id });
    }
    if (message && body.type !== 'book' && body.type !== 'reassign') {
      const messageId = await queueMessage(trx, { networkId: row.network_id, patientId: row.patient_id, template: `consultation-${body.type}`, ...contactFor(patient), body: message, relatedEntity: 'consultation', relatedId: row.id, at: now });
      detail.messageId = messageId;
    }
    if (outcome) {
      to = 'closed';
      Object.assign(set, { outcome, outcome_note: body.note ?? null, closed_at: now });
      detail.outcome = outcome;
    }
    set.status = to;
    await q.updateConsultation(trx, { networkId: actor.networkId, id, set });
    await q.insertEvent(trx, event(actor, row, { type: body.type, at: now, from: row.status, to, note: body.note ?? null, detail }));
    await recordAudit(trx, actor, { patientId: row.patient_id, action: body.type === 'book' ? 'book' : 'update', entity: 'consultation', entityId: id, purpose: `online consultation: ${body.type}` });
  });
  return getConsultation(db, actor, id, now);
}
