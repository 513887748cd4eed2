import type { Db, Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import { Forbidden, NotFound } from '../../platform/problems.ts';
import { runIdempotently } from '../../platform/idempotency.ts';
import { cursorFor, pageOf } from '../../platform/pagination.ts';
import { findPatientById, getPatientForActor } from '../patients/index.ts';
import { recordAudit, recordAuditMany, staffNames } from '../identity/index.ts';
import { createReferralInTransaction } from '../social-prescribing/index.ts';
import * as q from './queries.ts';
import { needOf, NEEDS } from './needs.ts';
import type { NavContactRow } from './tables.ts';
import type { ContactsQuery, ContactView, RecordContactRequest } from './schema.ts';
import { DecisionFieldNeeded } from './errors.ts';
import { findOfferName } from './offers.ts';

function requireDecisionFields(b: RecordContactRequest) {
  if (b.decision === 'booked' && !b.bookedRole) throw new DecisionFieldNeeded('bookedRole', 'booked', 'the role the appointment is with');
  if (b.decision === 'redirected' && !b.redirectTo) throw new DecisionFieldNeeded('redirectTo', 'redirected', 'where the caller was sent (111, A&E, dentist, optician…)');
  if (b.decision === 'signposted' && !b.offerId && !b.offerName) throw new DecisionFieldNeeded('offerId', 'signposted', 'the offer: one from the directory, or its name');
  if (b.decision === 'social-prescribing') {
    if (!b.patientId) throw new DecisionFieldNeeded('patientId', 'social-prescribing', 'the patient (find them first): a referral is for a registered patient');
    if (!b.referral) throw new DecisionFieldNeeded('referral', 'social-prescribing', 'the referral: the caller\'s consent');
  }
}

/**
 * Records a navigation contact: why they called, the need, and where they were sent. A referral to
 * social prescribing is created in the same transaction (through social-prescribing's index.ts), so
 * the contact and the referral exist together or not at all. Retry-safe with an Idempotency-Key.
 */
export async function recordContact(db: Db, actor: Actor, body: RecordContactRequest, p: { now: Date; idempotencyKey?: string }) {
  if (!actor.staffId) throw new Forbidden('navigation/staff-only', 'Only a member of staff records navigation contacts.');
  requireDecisionFields(body);
  const need = needOf(body.need)!;
  if (body.patientId) await getPatientForActor(db, actor, body.patientId, 'care navigation', '/body/patientId');
  const offerName = body.offerId && !body.offerName ? await findOfferName(db, actor.networkId, body.offerId) : body.offerName ?? null;
  if (body.decision === 'signposted' && !offerName) throw new DecisionFieldNeeded('offerId', 'signposted', 'an offer of the directory (no offer has that id), or its name');
  const result = await runIdempotently(db, actor, { operation: 'navigation/contact', key: p.idempotencyKey, request: body, statusCode: 201 }, async (trx) => {
    const id = newId();
    let referralId: string | null = null;
    if (body.decision === 'social-prescribing') {
      const referral = await createReferralInTransaction(trx, {
        networkId: actor.networkId, patientId: body.patientId!, source: 'navigation', actor, reasons: body.referral!.reasons ?? (need.referralReasons.length ? need.referralReasons : ['other']),
        note: body.referral!.note ?? body.reason, consent: body.referral!.consent, navigationContactId: id, now: p.now,
      });
      referralId = referral.id;
    }
    await q.insertContact(trx, {
      network_id: actor.networkId, id, patient_id: body.patientId ?? null, caller_label: body.callerLabel ?? null, channel: body.channel, reason: body.reason,
      need: need.id, need_kind: need.kind, decision: body.decision, booked_role: body.decision === 'booked' ? body.bookedRole! : null,
      appointment_id: body.appointmentId ?? null, consultation_id: body.consultationId ?? null, offer_id: body.offerId ?? null, offer_name: offerName,
      redirect_to: body.redirectTo ?? null, sp_referral_id: referralId, note: body.note ?? null, organisation_id: actor.organisationId,
      recorded_by_staff_id: actor.staffId!, recorded_at: p.now, seconds_to_record: body.secondsToRecord ?? null,
    });
    if (body.patientId) await recordAudit(trx, actor, { patientId: body.patientId, action: 'create', entity: 'nav_contact', entityId: id, purpose: `care navigation: ${body.decision}` });
    return { id };
  });
  const row = (await q.findContact(db, { networkId: actor.networkId, id: result.body.id }))!;
  return { statusCode: result.statusCode, body: (await views(db, actor.networkId, [row]))[0] };
}

async function views(db: Executor, networkId: string, rows: NavContactRow[]): Promise<ContactView[]> {
  const names = await staffNames(db, { networkId, ids: rows.map((r) => r.recorded_by_staff_id) });
  const patientIds = [...new Set(rows.map((r) => r.patient_id).filter((x): x is string => !!x))];
  const patients = new Map((await Promise.all(patientIds.map((id) => findPatientById(db, { networkId, id })))).filter((p) => !!p).map((p) => [p!.id, p!]));
  return rows.map((r) => {
    const p = r.patient_id ? patients.get(r.patient_id) : undefined;
    return {
      id: r.id, patientId: r.patient_id, patientName: p ? `${p.given_name} ${p.family_name}` : null, callerLabel: r.caller_label, channel: r.channel, reason: r.reason,
      need: r.need, needLabel: needOf(r.need)?.label ?? r.need, needKind: r.need_kind, decision: r.decision, bookedRole: r.booked_role, appointmentId: r.appointment_id,
      consultationId: r.consultation_id, offerId: r.offer_id, offerName: r.offer_name, redirectTo: r.redirect_to, socialPrescribingReferralId: r.sp_referral_id, note: r.note,
      recordedBy: { staffId: r.recorded_by_staff_id, name: names.get(r.recorded_by_staff_id) ?? 'Former member of staff' }, organisationId: r.organisation_id,
      recordedAt: new Date(r.recorded_at).toISOString(), secondsToRecord: r.seconds_to_record,
      offerTextedAt: r.offer_texted_at ? new Date(r.offer_texted_at).toISOString() : null,
    };
  });
}

const contactsCursor = cursorFor('navigation-contacts', ['instant', 'uuid']);

/**
 * Contacts, newest first: one patient's (anyone who may see the patient, through the gate), my own,
 * or the network's (care navigators and managers, who review navigation). Patients shown are audited.
 */
export async function listContacts(db: Db, actor: Actor, query: ContactsQuery, requestId?: string) {
  const reviews = actor.permissions.has('navigation:review');
  if (query.patientId) await getPatientForActor(db, actor, query.patientId, 'care navigation history', '/querystring/patientId');
  const mine = query.mine || (!reviews && !query.patientId);
  const limit = query.limit ?? 50;
  const rows = await q.findContacts(db, { networkId: actor.networkId, patientId: query.patientId, staffId: mine ? actor.staffId ?? undefined : undefined, after: query.cursor ? contactsCursor.decode(query.cursor) : undefined, limit: limit + 1 });
  const page = pageOf(rows, limit, (r) => contactsCursor.encode([new Date(r.recorded_at), r.id]), (r) => r);
  await recordAuditMany(db, actor, page.items.flatMap((r) => (r.patient_id ? [r.patient_id] : [])), { action: 'read', entity: 'nav_contact', purpose: 'care navigation contacts', requestId });
  return { items: await views(db, actor.networkId, page.items), nextCursor: page.nextCursor };
}

export async function getContact(db: Db, actor: Actor, id: string, requestId?: string) {
  const row = await q.findContact(db, { networkId: actor.networkId, id });
  if (!row) throw new NotFound('navigation-contact');
  if (row.patient_id) {
    await getPatientForActor(db, actor, row.patient_id, 'care navigation contact');
    await recordAudit(db, actor, { patientId: row.patient_id, action: 'read', entity: 'nav_contact', entityId: id, purpose: 'care navigation contact', requestId });
  } else if (row.recorded_by_staff_id !== actor.staffId && !actor.permissions.has('navigation:review')) {
    throw new NotFound('navigation-contact');
  }
  return (await views(db, actor.networkId, [row]))[0];
}

export function needsTable() {
  return { needs: NEEDS.map((n) => ({ ...n })) };
}
