import type { Db, Executor } from '../../db/database.ts';
import { DomainError } from '../../platform/problems.ts';
import { hashPassword } from './passwords.ts';
import { randomSecret, sha256 } from '../../platform/secrets.ts';
import * as q from './staff-admin-queries.ts';
import { recordAdminAction } from './admin-audit.ts';
import { forgetActor, sessionKey } from './actor-cache.ts';

// Invitations and password resets are one thing: a link, shown once to the administrator who made it,
// that lets one person choose a password. The link carries "<network id>.<secret>" after a # so the
// secret never reaches a server log; only its SHA-256 is stored.

export const LINK_HOURS = { invitation: 7 * 24, reset: 24 } as const;
export type LinkPurpose = keyof typeof LINK_HOURS;

export class LinkNotUsable extends DomainError {
  constructor(why: 'unknown' | 'expired' | 'used') {
    const detail = {
      unknown: 'This link is not one Commons knows. Check it was copied whole, or ask for a new one.',
      expired: 'This link has expired. Ask your practice manager or administrator for a new one.',
      used: 'This link has already been used (or a newer one replaced it). Sign in, or ask for a new link.',
    }[why];
    super(why === 'unknown' ? 'not-found' : 'unprocessable', `identity/link-${why}`, detail, {}, [{ pointer: '/body/token', detail: why }]);
  }
}

/** Where the web app lets the person choose their password. */
export function passwordLinkPath(token: string): string {
  return `/set-password#${token}`;
}

export async function issuePasswordLink(db: Executor, p: { networkId: string; staffId: string; purpose: LinkPurpose; createdBy: string | null; now: Date }) {
  const secret = randomSecret();
  const expiresAt = new Date(p.now.getTime() + LINK_HOURS[p.purpose] * 3600_000);
  await q.retirePasswordLinks(db, { networkId: p.networkId, staffId: p.staffId, at: p.now });
  await q.insertPasswordLink(db, { network_id: p.networkId, token_hash: sha256(secret), staff_id: p.staffId, purpose: p.purpose, created_by_staff_id: p.createdBy, expires_at: expiresAt });
  const token = `${p.networkId}.${secret}`;
  return { purpose: p.purpose, token, path: passwordLinkPath(token), expiresAt: expiresAt.toISOString() };
}

function parseLinkToken(token: string): { networkId: string; tokenHash: string } {
  const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,})$/.exec(token);
  if (!m) throw new LinkNotUsable('unknown');
  return { networkId: m[1], tokenHash: sha256(m[2]) };
}

async function usableLink(db: Executor, token: string, now: Date) {
  const key = parseLinkToken(token);
  const link = await q.findPasswordLink(db, key);
  if (!link || !link.active) throw new LinkNotUsable('unknown');
  if (link.used_at) throw new LinkNotUsable('used');
  if (link.expires_at <= now) throw new LinkNotUsable('expired');
  return { key, link };
}

/** What the set-password page shows before the person chooses: whose account, and until when. */
export async function describePasswordLink(db: Db, p: { token: string; now: Date }) {
  const { link } = await usableLink(db, p.token, p.now);
  return { purpose: link.purpose, displayName: link.display_name, email: link.email, expiresAt: link.expires_at.toISOString() };
}

/**
 * Sets the password and uses the link up, in one transaction. A reset also signs the person out
 * everywhere and lifts a lock-out: whoever knew the old password no longer has a way in.
 */
export async function acceptPasswordLink(db: Db, p: { token: string; password: string; now: Date }) {
  const { key, link } = await usableLink(db, p.token, p.now);
  const passwordHash = await hashPassword(p.password);
  await db.transaction().execute(async (trx) => {
    const used = await q.useUpPasswordLink(trx, { ...key, at: p.now });
    if (Number(used.numUpdatedRows) === 0) throw new LinkNotUsable('used');
    await q.updateStaffAccount(trx, { networkId: key.networkId, staffId: link.staff_id, passwordHash, unlockedAt: p.now });
    await q.revokeSessionsOf(trx, { networkId: key.networkId, staffId: link.staff_id, at: p.now });
    await recordAdminAction(trx, { kind: 'password-link', networkId: key.networkId, staffId: link.staff_id }, { action: 'set-password', entity: 'staff', entityId: link.staff_id, detail: { purpose: link.purpose } });
  });
  // Signed out everywhere at once, not when the actor cache next expires.
  for (const hash of await q.findSessionHashesOf(db, { networkId: key.networkId, staffId: link.staff_id })) await forgetActor(db, sessionKey(key.networkId, hash));
  return { email: link.email };
}
