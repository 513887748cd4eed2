import type { Db, Executor } from '../../db/database.ts';
import { randomSecret, sha256 } from '../../platform/secrets.ts';
import { UUID } from '../../platform/formats.ts';
import { verifyAgainstNobody, verifyPassword } from './passwords.ts';
import { LoginFailed, LoginLocked, NotYourOrganisation } from './errors.ts';
import * as q from './queries.ts';
import { permissionsFor } from '../../platform/permissions.ts';

/** The session cookie's name (the server's auth hook looks for it). */
export const SESSION_COOKIE = 'commons_session';
import { forgetActor, sessionKey } from './actor-cache.ts';

export const SESSION_HOURS = 10; // one working day; a new login the next morning

/** The session cookie, the same however the person signed in. */
export function sessionCookieOptions(secure: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, maxAge: SESSION_HOURS * 3600 };
}
const LOCK_AFTER_FAILURES = 5;
const LOCK_MINUTES = 15;

/**
 * The cookie value is "<network id>.<secret>", so a session is found by primary key. Anything else
 * (a stray cookie from another app, a truncated value) is no session at all, never an error: a
 * broken cookie must not lock a browser out of the sign-in page.
 */
export function parseSessionCookie(value: string | undefined): { networkId: string; tokenHash: string } | null {
  if (!value || value.length > 200) return null;
  const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,})$/.exec(value);
  if (!m || !UUID.test(m[1])) return null;
  return { networkId: m[1], tokenHash: sha256(m[2]) };
}

export async function logIn(db: Db, p: { email: string; password: string; now: Date }) {
  const email = p.email.trim().toLowerCase();
  const candidates = await db.selectFrom('staff').selectAll().where('email', '=', email).where('active', '=', true).execute();
  const staff = candidates[0];
  const since = new Date(p.now.getTime() - LOCK_MINUTES * 60_000);
  if (!staff) {
    await verifyAgainstNobody(p.password); // the same work either way: no timing hint that the email exists
    throw new LoginFailed();
  }
  // Counted and recorded under a lock on the account, before the password is checked: of any number
  // of guesses sent at once, at most LOCK_AFTER_FAILURES are ever checked.
  const attemptId = await db.transaction().execute(async (trx) => {
    await q.lockStaff(trx, { networkId: staff.network_id, staffId: staff.id });
    const { n } = await q.countRecentFailedLogins(trx, { networkId: staff.network_id, email, since });
    if (n >= LOCK_AFTER_FAILURES) return null;
    return q.insertFailedLoginAttempt(trx, { networkId: staff.network_id, email });
  });
  if (!attemptId) throw new LoginLocked(LOCK_MINUTES);
  const ok = await verifyPassword(staff.password_hash, p.password);
  if (!ok) throw new LoginFailed();
  await q.markLoginSucceeded(db, { networkId: staff.network_id, id: attemptId });
  const session = await startSession(db, { networkId: staff.network_id, staffId: staff.id }, p.now);
  if (!session) throw new LoginFailed();
  return session;
}

/**
 * Opens a session for a person already authenticated (by password or by an identity provider), or
 * null when they hold no role anywhere. The cookie value is "<network id>.<secret>"; only the
 * secret's hash is stored.
 */
export async function startSession(db: Executor, p: { networkId: string; staffId: string }, now: Date) {
  const roles = await q.findStaffRoles(db, p);
  if (roles.length === 0) return null;
  const secret = randomSecret();
  // Start the day at their own practice; hub and PCN roles are a switch away.
  const activeOrganisationId = (roles.find((r) => r.organisation_kind === 'practice') ?? roles[0]).organisation_id;
  const csrfToken = randomSecret(18);
  await q.insertSession(db, {
    network_id: p.networkId,
    token_hash: sha256(secret),
    staff_id: p.staffId,
    active_organisation_id: activeOrganisationId,
    csrf_token: csrfToken,
    expires_at: new Date(now.getTime() + SESSION_HOURS * 3600_000),
  });
  return { cookie: `${p.networkId}.${secret}`, networkId: p.networkId, staffId: p.staffId, activeOrganisationId, csrfToken };
}

export async function logOut(db: Db, cookie: string | undefined, now: Date) {
  const parsed = parseSessionCookie(cookie);
  if (!parsed) return;
  await q.updateSession(db, { ...parsed, revokedAt: now });
  await forgetActor(db, sessionKey(parsed.networkId, parsed.tokenHash));
}

export async function switchOrganisation(db: Db, p: { cookie: string | undefined; networkId: string; staffId: string; organisationId: string }) {
  const parsed = parseSessionCookie(p.cookie);
  const roles = await q.findStaffRoles(db, { networkId: p.networkId, staffId: p.staffId });
  if (!parsed || !roles.some((r) => r.organisation_id === p.organisationId)) throw new NotYourOrganisation();
  await q.updateSession(db, { ...parsed, activeOrganisationId: p.organisationId });
  await forgetActor(db, sessionKey(parsed.networkId, parsed.tokenHash));
}

/** What the web app needs after login: who I am, where I work, what I may do at the organisation I work for now. */
export async function describeSession(db: Db, p: { networkId: string; staffId: string; activeOrganisationId: string; csrfToken: string }) {
  const roles = await q.findStaffRoles(db, { networkId: p.networkId, staffId: p.staffId });
  const staff = await db.selectFrom('staff').select(['display_name', 'email']).where('network_id', '=', p.networkId).where('id', '=', p.staffId).executeTakeFirstOrThrow();
  const byOrg = new Map<string, { id: string; name: string; kind: string; odsCode: string | null; roles: string[] }>();
  for (const r of roles) {
    const org = byOrg.get(r.organisation_id) ?? { id: r.organisation_id, name: r.organisation_name, kind: r.organisation_kind, odsCode: r.ods_code, roles: [] };
    org.roles.push(r.role);
    byOrg.set(r.organisation_id, org);
  }
  return {
    staffId: p.staffId,
    networkId: p.networkId,
    displayName: staff.display_name,
    email: staff.email,
    activeOrganisationId: p.activeOrganisationId,
    organisations: [...byOrg.values()],
    permissions: [...permissionsFor(byOrg.get(p.activeOrganisationId)?.roles ?? [])],
    csrfToken: p.csrfToken,
  };
}
