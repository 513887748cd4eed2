import { sql, type SqlBool } from 'kysely';
import type { Db, Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import { DomainError, NotFound } from '../../platform/problems.ts';
import { getPatientForActor } from '../patients/index.ts';
import { recordAudit } from '../identity/index.ts';
import { bookForPatient, NotThisPatients, type PatientRef } from './patient-self-service.ts';
import type { WaitlistPriority } from './tables.ts';

// The waitlist: patients waiting for a role (and optionally one service). A freed slot (cancelled, or
// released by "use it or lose it") is offered to one waiting patient at a time, most clinically urgent
// first and then first come, first served. The offer lasts a time limit; when it lapses or is declined
// the slot goes to the next person. One open offer per slot is a database constraint.

const PRIORITY_RANK = sql<number>`case e.priority when 'urgent' then 0 when 'soon' then 1 else 2 end`;

export class OfferGone extends DomainError {
  constructor(status: string) {
    super('gone', 'booking/offer-gone', status === 'expired' ? 'This offer has run out and the appointment has been offered to someone else.' : `This offer is no longer open (${status}).`, { status });
  }
}

export interface WaitlistInput { patientId: string; role: string; serviceId?: string; priority?: WaitlistPriority; note?: string }

export async function addToWaitlist(db: Db, actor: Actor, body: WaitlistInput, now: Date) {
  const patient = await getPatientForActor(db, actor, body.patientId, 'add to waitlist', '/body/patientId');
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('waitlist_entry').values({
      network_id: actor.networkId, id, patient_id: patient.id, practice_id: patient.practice_id, role: body.role, service_id: body.serviceId ?? null,
      priority: body.priority ?? 'routine', note: body.note ?? null, created_at: now, created_by_staff_id: actor.staffId,
    }).execute();
    await recordAudit(trx, actor, { patientId: patient.id, action: 'create', entity: 'waitlist_entry', entityId: id, purpose: 'add to waitlist' });
  });
  return (await listWaitlist(db, actor, { id }))[0];
}

export type WaitlistStatusFilter = 'open' | 'booked' | 'removed';

/**
 * Entries of the network in the order they will be offered: open ones (waiting or holding an offer)
 * by default, or those booked or taken off. Each comes with the patient's name and the offers made
 * to it; only patients this person may see are listed, each read audited.
 */
export async function listWaitlist(db: Db, actor: Actor, p: { id?: string; role?: string; status?: WaitlistStatusFilter } = {}) {
  let q = db.selectFrom('waitlist_entry as e')
    .select(['e.id', 'e.patient_id', 'e.practice_id', 'e.role', 'e.service_id', 'e.priority', 'e.note', 'e.status', 'e.created_at', 'e.appointment_id'])
    .where('e.network_id', '=', actor.networkId);
  const statuses = p.status === 'booked' ? ['booked' as const] : p.status === 'removed' ? ['removed' as const] : ['waiting' as const, 'offered' as const];
  q = p.id ? q.where('e.id', '=', p.id) : q.where('e.status', 'in', statuses);
  if (p.role) q = q.where('e.role', '=', p.role);
  const rows = await q.orderBy(PRIORITY_RANK).orderBy('e.created_at').orderBy('e.id').limit(500).execute();
  const visible = [];
  for (const r of rows) {
    try {
      const patient = await getPatientForActor(db, actor, r.patient_id, 'waitlist');
      visible.push({ r, patient });
    } catch { /* not theirs to see */ }
  }
  const offers = visible.length
    ? await db.selectFrom('waitlist_offer as o').innerJoin('slot as s', (j) => j.onRef('s.network_id', '=', 'o.network_id').onRef('s.id', '=', 'o.slot_id'))
      .select(['o.id', 'o.entry_id', 'o.slot_id', 's.start_at', 'o.offered_at', 'o.expires_at', 'o.status', 'o.responded_at', 'o.appointment_id'])
      .where('o.network_id', '=', actor.networkId).where('o.entry_id', 'in', visible.map((v) => v.r.id)).orderBy('o.offered_at').orderBy('o.id').execute()
    : [];
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  return visible.map(({ r, patient }) => ({
    id: r.id, patientId: r.patient_id, patientName: `${patient.given_name} ${patient.family_name}`, nhsNumber: patient.nhs_number, practiceId: r.practice_id, practiceName: patient.practice_name,
    role: r.role, serviceId: r.service_id, priority: r.priority, note: r.note, status: r.status, createdAt: new Date(r.created_at).toISOString(), appointmentId: r.appointment_id,
    offers: offers.filter((o) => o.entry_id === r.id).map((o) => ({
      id: o.id, slotId: o.slot_id, startAt: iso(o.start_at)!, offeredAt: iso(o.offered_at)!, expiresAt: iso(o.expires_at)!, status: o.status, respondedAt: iso(o.responded_at), appointmentId: o.appointment_id,
    })),
  }));
}

export async function removeFromWaitlist(db: Db, actor: Actor, id: string) {
  const row = await db.selectFrom('waitlist_entry').select(['patient_id', 'status']).where('network_id', '=', actor.networkId).where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFound('waitlist entry');
  await getPatientForActor(db, actor, row.patient_id, 'remove from waitlist');
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('waitlist_entry').set({ status: 'removed' }).where('network_id', '=', actor.networkId).where('id', '=', id).where('status', 'in', ['waiting', 'offered']).execute();
    await trx.updateTable('waitlist_offer').set({ status: 'withdrawn' }).where('network_id', '=', actor.networkId).where('entry_id', '=', id).where('status', '=', 'open').execute();
    await recordAudit(trx, actor, { patientId: row.patient_id, action: 'update', entity: 'waitlist_entry', entityId: id, purpose: 'remove from waitlist' });
  });
}

export interface MadeOffer { networkId: string; offerId: string; entryId: string; patientId: string; practiceId: string; slotId: string; startAt: Date; expiresAt: Date }

/**
 * Ends lapsed offers, then offers freed slots to waiting patients, each in its own transaction with
 * `onOffer` (which queues the message with the link), so an offer exists only if its message does.
 */
export async function offerFreedSlots(db: Db, p: { now: Date; offerMinutes: (networkId: string) => Promise<number>; onOffer: (trx: Executor, offer: MadeOffer) => Promise<void>; limit?: number }) {
  const expired = await db.updateTable('waitlist_offer').set({ status: 'expired', responded_at: p.now })
    .where('status', '=', 'open').where('expires_at', '<=', p.now).returning(['network_id', 'entry_id']).execute();
  for (const e of expired) {
    await db.updateTable('waitlist_entry').set({ status: 'waiting' }).where('network_id', '=', e.network_id).where('id', '=', e.entry_id).where('status', '=', 'offered').execute();
  }
  const waiting = await db.selectFrom('waitlist_entry as e').select(['e.network_id', 'e.id'])
    .where('e.status', '=', 'waiting').orderBy('e.network_id').orderBy(PRIORITY_RANK).orderBy('e.created_at').orderBy('e.id').limit(p.limit ?? 500).execute();
  let offered = 0;
  for (const w of waiting) {
    const minutes = await p.offerMinutes(w.network_id);
    const made = await db.transaction().execute(async (trx) => {
      const entry = await trx.selectFrom('waitlist_entry').selectAll().where('network_id', '=', w.network_id).where('id', '=', w.id).where('status', '=', 'waiting').forUpdate().skipLocked().executeTakeFirst();
      if (!entry) return false;
      const slot = await findFreedSlotFor(trx, entry, p.now);
      if (!slot) return false;
      const offerId = newId();
      const expiresAt = new Date(Math.min(p.now.getTime() + minutes * 60_000, slot.start_at.getTime() - 30 * 60_000));
      await trx.insertInto('waitlist_offer').values({ network_id: entry.network_id, id: offerId, entry_id: entry.id, patient_id: entry.patient_id, slot_id: slot.id, offered_at: p.now, expires_at: expiresAt }).execute();
      await trx.updateTable('waitlist_entry').set({ status: 'offered' }).where('network_id', '=', entry.network_id).where('id', '=', entry.id).execute();
      await p.onOffer(trx, { networkId: entry.network_id, offerId, entryId: entry.id, patientId: entry.patient_id, practiceId: entry.practice_id, slotId: slot.id, startAt: slot.start_at, expiresAt });
      return true;
    });
    if (made) offered++;
  }
  return { expired: expired.length, offered };
}

/**
 * The earliest freed slot for an entry: free, open, at least an hour away and within four weeks; freed by
 * a cancellation or a release; of the entry's role (and service); the patient's own practice's, or
 * released to the network or hubs; not on offer to anyone else and never offered to this entry before.
 */
function findFreedSlotFor(trx: Executor, e: { network_id: string; id: string; role: string; service_id: string | null; practice_id: string }, now: Date) {
  let q = trx.selectFrom('slot').select(['slot.id', 'slot.start_at'])
    .where('slot.network_id', '=', e.network_id).where(sql<SqlBool>`slot.status = 'free'`).where('slot.role', '=', e.role)
    .where('slot.start_at', '>', new Date(now.getTime() + 3_600_000)).where('slot.start_at', '<', new Date(now.getTime() + 28 * 86_400_000)).where('slot.opens_at', '<=', now)
    .where((eb) => eb.or([eb('slot.organisation_id', '=', e.practice_id), sql<SqlBool>`slot.channels && array['network', 'hub']::text[]`]))
    .where((eb) => eb.or([
      eb.exists(eb.selectFrom('appointment as a').select(sql`1`.as('x')).whereRef('a.network_id', '=', 'slot.network_id').whereRef('a.slot_id', '=', 'slot.id').where('a.status', '=', 'cancelled')),
      eb.exists(eb.selectFrom('slot_release as r').select(sql`1`.as('x')).whereRef('r.network_id', '=', 'slot.network_id').whereRef('r.slot_id', '=', 'slot.id')),
    ]))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('waitlist_offer as o').select(sql`1`.as('x')).whereRef('o.network_id', '=', 'slot.network_id').whereRef('o.slot_id', '=', 'slot.id')
      .where((x) => x.or([x('o.status', '=', 'open'), x('o.entry_id', '=', e.id)])))));
  if (e.service_id) q = q.where('slot.service_id', '=', e.service_id);
  return q.orderBy('slot.start_at').orderBy('slot.id').limit(1).forUpdate().skipLocked().executeTakeFirst();
}

/** An offer as the patient's page shows it. */
export async function findOffer(db: Executor, p: { networkId: string; offerId: string }) {
  return db.selectFrom('waitlist_offer').selectAll().where('network_id', '=', p.networkId).where('id', '=', p.offerId).executeTakeFirst();
}

/** The patient takes the offered slot, inside the caller's transaction; 410 if it lapsed or went. */
export async function acceptOffer(trx: Executor, p: PatientRef & { offerId: string; now: Date }) {
  const offer = await trx.selectFrom('waitlist_offer').selectAll().where('network_id', '=', p.networkId).where('id', '=', p.offerId).forUpdate().executeTakeFirst();
  if (!offer) throw new NotFound('offer');
  if (offer.patient_id !== p.patientId) throw new NotThisPatients();
  if (offer.status !== 'open' || offer.expires_at <= p.now) throw new OfferGone(offer.status === 'open' ? 'expired' : offer.status);
  const appt = await bookForPatient(trx, { ...p, slotId: offer.slot_id, offered: true, reason: 'Offered from the waitlist' });
  await trx.updateTable('waitlist_offer').set({ status: 'accepted', responded_at: p.now, appointment_id: appt.id }).where('network_id', '=', p.networkId).where('id', '=', offer.id).execute();
  await trx.updateTable('waitlist_entry').set({ status: 'booked', appointment_id: appt.id }).where('network_id', '=', p.networkId).where('id', '=', offer.entry_id).execute();
  return appt;
}

/** The patient says no: they stay on the waitlist, and the slot goes to the next person at the next run. */
export async function declineOffer(trx: Executor, p: PatientRef & { offerId: string; now: Date }) {
  const offer = await trx.selectFrom('waitlist_offer').selectAll().where('network_id', '=', p.networkId).where('id', '=', p.offerId).forUpdate().executeTakeFirst();
  if (!offer) throw new NotFound('offer');
  if (offer.patient_id !== p.patientId) throw new NotThisPatients();
  if (offer.status !== 'open') throw new OfferGone(offer.status);
  await trx.updateTable('waitlist_offer').set({ status: 'declined', responded_at: p.now }).where('network_id', '=', p.networkId).where('id', '=', offer.id).execute();
  await trx.updateTable('waitlist_entry').set({ status: 'waiting' }).where('network_id', '=', p.networkId).where('id', '=', offer.entry_id).where('status', '=', 'offered').execute();
}
