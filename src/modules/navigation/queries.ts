import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { NavContactTable } from './tables.ts';

export async function insertContact(db: Executor, row: Insertable<NavContactTable>) {
  await db.insertInto('nav_contact').values(row).execute();
}

export function findContact(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('nav_contact').selectAll().where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

/** Newest first. */
export function findContacts(db: Executor, f: { networkId: string; patientId?: string; staffId?: string; after?: readonly [Date, string]; limit: number }) {
  let q = db.selectFrom('nav_contact').selectAll().where('network_id', '=', f.networkId);
  if (f.patientId) q = q.where('patient_id', '=', f.patientId);
  if (f.staffId) q = q.where('recorded_by_staff_id', '=', f.staffId);
  if (f.after) {
    const after = f.after;
    q = q.where((eb) => eb(eb.refTuple('recorded_at', 'id'), '<', eb.tuple(after[0], after[1])));
  }
  return q.orderBy('recorded_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}

export function findForMetrics(db: Executor, p: { networkId: string; from: Date; to: Date }) {
  return db.selectFrom('nav_contact').select(['need', 'need_kind', 'decision', 'booked_role', 'seconds_to_record'])
    .where('network_id', '=', p.networkId).where('recorded_at', '>=', p.from).where('recorded_at', '<', p.to).execute();
}

/** Notes the text on the contact; the offer is filled in only where the contact named none (a recorded signposting is never rewritten). */
export async function noteOfferTexted(db: Executor, p: { networkId: string; id: string; at: Date; messageId: string; offer?: { id: string; name: string } }) {
  await db.updateTable('nav_contact').set({ offer_texted_at: p.at, offer_text_message_id: p.messageId, ...(p.offer ? { offer_id: p.offer.id, offer_name: p.offer.name } : {}) })
    .where('network_id', '=', p.networkId).where('id', '=', p.id).execute();
}
