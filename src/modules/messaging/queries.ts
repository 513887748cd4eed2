import type { Executor } from '../../db/database.ts';
import type { MessageTable } from './tables.ts';
import type { Insertable } from 'kysely';

export function insertMessage(db: Executor, row: Insertable<MessageTable>) {
  return db.insertInto('message').values(row).execute();
}

/** Queued messages, oldest first; SKIP LOCKED lets several app servers send without sending one twice. */
export function findQueuedMessagesForUpdate(db: Executor, p: { limit: number }) {
  return db.selectFrom('message').selectAll().where('status', '=', 'queued').orderBy('created_at').limit(p.limit).forUpdate().skipLocked().execute();
}

export function updateMessageSent(db: Executor, p: { networkId: string; id: string; at: Date }) {
  return db.updateTable('message').set({ status: 'sent', sent_at: p.at, error: null }).where('network_id', '=', p.networkId).where('id', '=', p.id).execute();
}

export function updateMessageFailed(db: Executor, p: { networkId: string; id: string; error: string }) {
  return db.updateTable('message').set({ status: 'failed', error: p.error }).where('network_id', '=', p.networkId).where('id', '=', p.id).execute();
}

export function findMessagesFor(db: Executor, p: { networkId: string; relatedEntity: string; relatedId: string }) {
  return db.selectFrom('message').selectAll().where('network_id', '=', p.networkId).where('related_entity', '=', p.relatedEntity).where('related_id', '=', p.relatedId).orderBy('created_at').execute();
}

/** Messages waiting to be sent, across every network: the outbox backlog a metrics scrape reports. */
export async function countQueuedMessages(db: Executor): Promise<number> {
  const row = await db.selectFrom('message').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'queued').executeTakeFirstOrThrow();
  return Number(row.n);
}
