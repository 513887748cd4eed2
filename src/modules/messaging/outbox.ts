import type { Executor } from '../../db/database.ts';
import { newId } from '../../platform/ids.ts';
import { insertMessage } from './queries.ts';
import { createLink, linkUrl, type LinkSpec } from './links.ts';

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
  /**
   * The patient's link: a signed, expiring key to their page (confirm or cancel, reply, answer the
   * Friends and Family Test). Given explicitly, or made for a message about a request (a reply link).
   */
  link?: Omit<LinkSpec, 'expiresAt'> & { expiresAt?: Date };
  /** A GOV.UK Notify template id for this message; otherwise the provider's template for the channel. */
  notifyTemplateId?: string;
}

const LINK_DAYS = 14;
const LINK_WORDS: Record<LinkSpec['purpose'], string> = {
  appointment: 'To confirm, cancel or change it',
  consultation: 'To reply',
  offer: 'To accept or say no',
  fft: 'To tell us',
  outreach: 'To choose a time',
  monitoring: 'To send your readings',
};

/**
 * Puts a message in the outbox, in the caller's transaction: it is sent only if the change that
 * caused it commits, and it is never lost once that change is acknowledged. Messages about a request
 * carry a reply link unless told otherwise; any link is appended to the text.
 */
export async function queueMessage(db: Executor, m: OutgoingMessage): Promise<string> {
  const id = newId();
  const now = m.at ?? new Date();
  const spec = m.link ?? (m.relatedEntity === 'consultation' && m.relatedId ? { purpose: 'consultation' as const, consultationId: m.relatedId, subjectId: m.relatedId } : undefined);
  let body = m.body;
  let url: string | null = null;
  if (spec) {
    const link = await createLink(db, { networkId: m.networkId, patientId: m.patientId, now, ...spec, expiresAt: spec.expiresAt ?? new Date(now.getTime() + LINK_DAYS * 86_400_000) });
    url = linkUrl(link.token);
    body = `${body}\n\n${LINK_WORDS[spec.purpose]}: ${url}`;
  }
  await insertMessage(db, {
    network_id: m.networkId, id, patient_id: m.patientId, channel: m.channel, template: m.template, recipient: m.recipient, body,
    related_entity: m.relatedEntity ?? null, related_id: m.relatedId ?? null, created_at: now,
    notify_template_id: m.notifyTemplateId ?? null, personalisation: JSON.stringify({ body, link: url ?? '' }),
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
