import type { Insertable } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import type { BookingChannel, BookingQuotaTable, SlotBlockTable } from '../tables.ts';

export async function insertBlock(db: Executor, row: Insertable<SlotBlockTable>) {
  return db.insertInto('slot_block').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findBlock(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('slot_block').selectAll().where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

export async function deleteBlock(db: Executor, p: { networkId: string; id: string }) {
  await db.deleteFrom('slot_block').where('network_id', '=', p.networkId).where('id', '=', p.id).execute();
}

/** Blocks overlapping a period (all of them when no period is given). */
export function findBlocks(db: Executor, p: { networkId: string; from?: Date; to?: Date; staffId?: string; siteId?: string; after?: readonly [Date, string]; limit?: number }) {
  let q = db.selectFrom('slot_block').selectAll().where('network_id', '=', p.networkId);
  if (p.from) q = q.where('ends_at', '>', p.from);
  if (p.to) q = q.where('starts_at', '<', p.to);
  if (p.staffId) q = q.where('staff_id', '=', p.staffId);
  if (p.siteId) q = q.where('site_id', '=', p.siteId);
  if (p.after) {
    const after = p.after;
    q = q.where((eb) => eb(eb.refTuple('starts_at', 'id'), '>', eb.tuple(after[0], after[1])));
  }
  if (p.limit) q = q.limit(p.limit);
  return q.orderBy('starts_at').orderBy('id').execute();
}

/** Quota definitions by channel (names and kinds of their providers come from memory: quota.ts). */
export function findQuotas(db: Executor, p: { networkId: string; channels?: BookingChannel[]; providerId?: string }) {
  let q = db.selectFrom('booking_quota as q').selectAll('q').where('q.network_id', '=', p.networkId);
  if (p.channels) q = q.where('q.channel', 'in', p.channels);
  if (p.providerId) q = q.where('q.provider_organisation_id', '=', p.providerId);
  return q.orderBy('q.channel').execute();
}

export async function upsertQuota(db: Executor, row: Insertable<BookingQuotaTable>) {
  await db.insertInto('booking_quota').values(row)
    .onConflict((oc) => oc.columns(['network_id', 'provider_organisation_id', 'channel']).doUpdateSet({ per_day: row.per_day, per_registered_patients: row.per_registered_patients }))
    .execute();
}
