import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../platform/ids.ts';
import { randomSecret } from '../../platform/secrets.ts';
import { DomainError, Forbidden } from '../../platform/problems.ts';
import type { LinkPurpose, PatientLinkRow } from './tables.ts';

// A link in a message is the key to one patient's small page: no account, no password. The token names
// only the network, the link row and the expiry, signed with HMAC-SHA256; it carries no personal data.
// What the link allows (which appointment, request or offer; which services it may rebook) is in the
// patient_link row, so a token cannot be edited to reach someone else's appointment.

export class LinkForged extends Forbidden {
  constructor() {
    super('messaging/link-invalid', 'This link is not valid. Check you copied the whole link from your message, or contact your GP practice.');
  }
}

export class LinkExpired extends DomainError {
  constructor(expiredAt: Date) {
    super('gone', 'messaging/link-expired', 'This link has expired. Contact your GP practice if you need to change your appointment or reply.', { expiredAt: expiredAt.toISOString() });
  }
}

/** The signing key: derived from COMMONS_SECRET when set, else one kept in the database (shared by every server). */
export async function linkSecret(db: Executor): Promise<string> {
  if (process.env.COMMONS_SECRET) return createHmac('sha256', process.env.COMMONS_SECRET).update('patient-link').digest('base64url');
  const found = await db.selectFrom('messaging_secret').select('secret').where('name', '=', 'patient-link').executeTakeFirst();
  if (found) return found.secret;
  await db.insertInto('messaging_secret').values({ name: 'patient-link', secret: randomSecret() }).onConflict((oc) => oc.column('name').doNothing()).execute();
  return (await db.selectFrom('messaging_secret').select('secret').where('name', '=', 'patient-link').executeTakeFirstOrThrow()).secret;
}

// 128 bits of HMAC-SHA256 are plenty for a link that expires, and keep the token short enough for a text
// message and for a URL path segment: 48 characters of payload (two UUIDs and the expiry) + 22 of signature.
const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest().subarray(0, 16);
const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidText = (b: Buffer) => b.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

export function signLink(secret: string, c: { networkId: string; linkId: string; expiresAt: Date }): string {
  const bytes = Buffer.alloc(36);
  uuidBytes(c.networkId).copy(bytes, 0);
  uuidBytes(c.linkId).copy(bytes, 16);
  bytes.writeUInt32BE(Math.floor(c.expiresAt.getTime() / 1000), 32);
  const payload = bytes.toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The claims of a genuine token (expired or not: the caller decides, to say "expired" rather than "forged"). */
export function readLink(secret: string, token: string): { networkId: string; linkId: string; expiresAt: Date } {
  const [payload, sig, extra] = token.split('.');
  if (!payload || !sig || extra !== undefined) throw new LinkForged();
  const given = Buffer.from(sig, 'base64url');
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new LinkForged();
  const bytes = Buffer.from(payload, 'base64url');
  if (bytes.length !== 36) throw new LinkForged();
  return { networkId: uuidText(bytes.subarray(0, 16)), linkId: uuidText(bytes.subarray(16, 32)), expiresAt: new Date(bytes.readUInt32BE(32) * 1000) };
}

export interface LinkSpec {
  purpose: LinkPurpose;
  appointmentId?: string;
  consultationId?: string;
  offerId?: string;
  /** The record of another module the link is about (outreach: the outreach entry). */
  subjectId?: string;
  /** Services whose online slots the patient may rebook into. */
  serviceIds?: string[];
  expiresAt: Date;
}

/** Creates a link row for a patient and returns its signed token (in the caller's transaction). */
export async function createLink(db: Executor, p: { networkId: string; patientId: string; now: Date } & LinkSpec): Promise<{ id: string; token: string }> {
  const id = newId();
  await db.insertInto('patient_link').values({
    network_id: p.networkId, id, patient_id: p.patientId, purpose: p.purpose, appointment_id: p.appointmentId ?? null, consultation_id: p.consultationId ?? null,
    offer_id: p.offerId ?? null, subject_id: p.subjectId ?? null, service_ids: p.serviceIds ?? [], created_at: p.now, expires_at: p.expiresAt,
  }).execute();
  return { id, token: signLink(await linkSecret(db), { networkId: p.networkId, linkId: id, expiresAt: p.expiresAt }) };
}

/** Opens a token: 403 when forged or unknown, 410 when expired. */
export async function openLink(db: Executor, token: string, now: Date): Promise<PatientLinkRow> {
  const claims = readLink(await linkSecret(db), token);
  const row = await db.selectFrom('patient_link').selectAll().where('network_id', '=', claims.networkId).where('id', '=', claims.linkId).executeTakeFirst();
  if (!row) throw new LinkForged();
  if (row.expires_at <= now || claims.expiresAt <= now) throw new LinkExpired(row.expires_at < claims.expiresAt ? row.expires_at : claims.expiresAt);
  return row;
}

/** Where patients open links: COMMONS_PUBLIC_URL (this server as patients reach it). */
export function publicUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.COMMONS_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

export const linkUrl = (token: string) => `${publicUrl()}/p/${token}`;
