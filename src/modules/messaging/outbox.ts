import type { Executor } from '../../db/database.ts';
import { newId } from '../../platform/ids.ts';
import { insertMessage } from './queries.ts';

export type MessageChannel = 'sms' | 'email' | 'letter';

export interface OutgoingMessage {
  networkId: string;
  patientId: string;
  /** What kind of message this is, e.g. 'consultation-acknowledgement'; providers pick wording by it. */
  template: string;
  channel: MessageChannel;
  recipient: string | null;
  body: string;
  relatedEntity?: string;
  relatedId?: string;
  at?: Date;
}

/**
 * Puts a message in the outbox, in the caller's transaction: it is sent only if the change that
 * caused it commits, and it is never lost once that change is acknowledged.
 */
export async function queueMessage(db: Executor, m: OutgoingMessage): Promise<string> {
  const id = newId();
  await insertMessage(db, {
    network_id: m.networkId, id, patient_id: m.patientId, channel: m.channel, template: m.template, recipient: m.recipient, body: m.body,
    related_entity: m.relatedEntity ?? null, related_id: m.relatedId ?? null, ...(m.at ? { created_at: m.at } : {}),
  });
  return id;
}

/** How to reach a patient: their first stated preference that we hold details for, else a letter. */
export function contactFor(p: { communication_preferences: string[]; phone: string | null; email: string | null; address: string | null; postcode: string | null }): { channel: MessageChannel; recipient: string | null } {
  for (const pref of p.communication_preferences) {
    if (pref === 'sms' && p.phone) return { channel: 'sms', recipient: p.phone };
    if (pref === 'email' && p.email) return { channel: 'email', recipient: p.email };
  }
  if (p.phone) return { channel: 'sms', recipient: p.phone };
  if (p.email) return { channel: 'email', recipient: p.email };
  return { channel: 'letter', recipient: [p.address, p.postcode].filter(Boolean).join(', ') || null };
}
