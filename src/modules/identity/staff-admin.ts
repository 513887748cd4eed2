import type { Db, Executor } from '../../db/database.ts';
import { Invalid, NotFound } from '../../platform/problems.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordAdminAction } from './admin-audit.ts';
import { actsAcrossNetwork, assertMayGrant, assertMayManageAccount, NotOnYourself, OutsideYourScope } from './grants.ts';
import { issuePasswordLink } from './password-links.ts';
import { addStaffAccount } from './staff-accounts.ts';
import * as q from './staff-admin-queries.ts';
import { forgetActor, sessionKey } from './actor-cache.ts';

/**
 * Every server keeps signed-in actors for a few seconds (actor-cache.ts): after a change to someone's
 * account or roles, their open sessions are forgotten everywhere so the change applies at once.
 */
export async function forgetSessionsOf(db: Executor, networkId: string, staffId: string) {
  for (const hash of await q.findSessionHashesOf(db, { networkId, staffId })) await forgetActor(db, sessionKey(networkId, hash));
}

// Staff administration: invite, roles at each organisation, deactivate, unlock and password links.
// Every change checks identity/grants.ts and writes an audit row in its own transaction.

const LOCK_WINDOW_MINUTES = 15; // as sessions.ts: failures older than this no longer lock

export interface RoleGrant { organisationId: string; role: string }

function isForeignKeyViolation(e: unknown): boolean {
  return (e as { code?: string })?.code === '23503';
}

export type StaffAdminView = Awaited<ReturnType<typeof describeStaff>>;

async function describeStaff(db: Executor, networkId: string, staffIds: string[], now: Date) {
  return (await listStaffAccounts(db, null, { networkId, ids: staffIds, now })).items;
}

/** Staff by name, a page at a time, each with roles and status (invited, active, deactivated, locked). */
export async function listStaffAccounts(db: Executor, actor: Actor | null, p: { networkId: string; organisationId?: string; q?: string; cursor?: string; limit?: number; ids?: string[]; now: Date }) {
  // A practice manager sees the staff of the organisation they work for; network managers see everyone.
  const organisationId = actor && !actsAcrossNetwork(actor) ? actor.organisationId : p.organisationId;
  const limit = p.limit ?? 100;
  const after = p.cursor ? decodeCursor(p.cursor) : undefined;
  const lockWindowStart = new Date(p.now.getTime() - LOCK_WINDOW_MINUTES * 60_000);
  const rows = await q.findStaffPage(db, { networkId: p.networkId, ids: p.ids, organisationId, q: p.q, after, limit: p.ids ? p.ids.length : limit, lockWindowStart });
  const page = p.ids ? rows : rows.slice(0, limit);
  const roles = await q.findRolesOf(db, { networkId: p.networkId, staffIds: page.map((r) => r.id) });
  const items = page.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    email: r.email,
    status: !r.active ? 'deactivated' as const : r.has_password ? 'active' as const : 'invited' as const,
    locked: r.active && Number(r.recent_failures ?? 0) >= 5,
    roles: roles.filter((x) => x.staff_id === r.id).map((x) => ({ organisationId: x.organisation_id, role: x.role })),
  }));
  const last = page[page.length - 1];
  return { items, nextCursor: !p.ids && rows.length > limit ? encodeCursor([last.display_name, last.id]) : null };
}

function encodeCursor(key: [string, string]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && key.every((k) => typeof k === 'string')) return key as [string, string];
  } catch { /* fall through */ }
  throw new Invalid('identity/bad-cursor', 'This cursor is not one this list gave out: start again from the first page.', '/querystring/cursor');
}

/** A new account without a password, and the invitation link (shown once) that lets them choose one. */
export async function inviteStaff(db: Db, actor: Actor, body: { displayName: string; email: string; roles: RoleGrant[] }, now: Date) {
  body.roles.forEach((r, i) => assertMayGrant(actor, r, { organisationId: `/body/roles/${i}/organisationId`, role: `/body/roles/${i}/role` }));
  const result = await db.transaction().execute(async (trx) => {
    let staffId: string;
    try {
      staffId = await addStaffAccount(trx, { networkId: actor.networkId, email: body.email, displayName: body.displayName, passwordHash: null, roles: body.roles });
    } catch (e) {
      if (isForeignKeyViolation(e)) throw new Invalid('identity/unknown-organisation', 'One of the organisations is not in this network.', '/body/roles');
      throw e;
    }
    const invitation = await issuePasswordLink(trx, { networkId: actor.networkId, staffId, purpose: 'invitation', createdBy: actor.staffId, now });
    await recordAdminAction(trx, actor, { action: 'invite', entity: 'staff', entityId: staffId, detail: { email: body.email.toLowerCase(), roles: body.roles } });
    return { staffId, invitation };
  });
  const [staff] = await describeStaff(db, actor.networkId, [result.staffId], now);
  return { staff, invitation: result.invitation };
}

async function loadTarget(db: Executor, actor: Actor, staffId: string) {
  const account = await q.findStaffAccount(db, { networkId: actor.networkId, staffId });
  if (!account) throw new NotFound('staff', '/params/id');
  const roles = (await q.findRolesOf(db, { networkId: actor.networkId, staffIds: [staffId] })).map((r) => ({ organisationId: r.organisation_id, role: r.role }));
  return { account, roles };
}

export async function grantRole(db: Db, actor: Actor, staffId: string, grant: RoleGrant, now: Date) {
  if (staffId === actor.staffId) throw new NotOnYourself();
  assertMayGrant(actor, grant, { organisationId: '/body/organisationId', role: '/body/role' });
  await loadTarget(db, actor, staffId);
  await db.transaction().execute(async (trx) => {
    try {
      await q.insertRole(trx, { network_id: actor.networkId, staff_id: staffId, organisation_id: grant.organisationId, role: grant.role });
    } catch (e) {
      if (isForeignKeyViolation(e)) throw new Invalid('identity/unknown-organisation', 'No organisation with that id in this network.', '/body/organisationId');
      throw e;
    }
    await recordAdminAction(trx, actor, { action: 'grant-role', entity: 'staff', entityId: staffId, detail: { ...grant } });
  });
  await forgetSessionsOf(db, actor.networkId, staffId);
  return (await describeStaff(db, actor.networkId, [staffId], now))[0];
}

export async function removeRole(db: Db, actor: Actor, staffId: string, grant: RoleGrant, now: Date) {
  if (staffId === actor.staffId) throw new NotOnYourself();
  assertMayGrant(actor, grant, { organisationId: '/params/organisationId', role: '/params/role' });
  await loadTarget(db, actor, staffId);
  await db.transaction().execute(async (trx) => {
    const res = await q.deleteRole(trx, { networkId: actor.networkId, staffId, ...grant });
    if (Number(res.numDeletedRows) === 0) throw new NotFound('staff-role', '/params/role');
    await recordAdminAction(trx, actor, { action: 'remove-role', entity: 'staff', entityId: staffId, detail: { ...grant } });
  });
  await forgetSessionsOf(db, actor.networkId, staffId);
  return (await describeStaff(db, actor.networkId, [staffId], now))[0];
}

/** Deactivated people cannot sign in and are signed out at once; nothing they did is deleted. */
export async function setStaffActive(db: Db, actor: Actor, staffId: string, active: boolean, now: Date) {
  const target = await loadTarget(db, actor, staffId);
  assertMayManageAccount(actor, { staffId, roles: target.roles });
  await db.transaction().execute(async (trx) => {
    await q.updateStaffAccount(trx, { networkId: actor.networkId, staffId, active });
    if (!active) await q.revokeSessionsOf(trx, { networkId: actor.networkId, staffId, at: now });
    await recordAdminAction(trx, actor, { action: active ? 'reactivate' : 'deactivate', entity: 'staff', entityId: staffId });
  });
  await forgetSessionsOf(db, actor.networkId, staffId);
  return (await describeStaff(db, actor.networkId, [staffId], now))[0];
}

/** Lifts a lock-out after too many failed sign-ins: earlier failures stop counting. */
export async function unlockStaff(db: Db, actor: Actor, staffId: string, now: Date) {
  const target = await loadTarget(db, actor, staffId);
  if (!actsAcrossNetwork(actor) && !target.roles.some((r) => r.organisationId === actor.organisationId)) throw new OutsideYourScope('/params/id');
  await db.transaction().execute(async (trx) => {
    await q.updateStaffAccount(trx, { networkId: actor.networkId, staffId, unlockedAt: now });
    await recordAdminAction(trx, actor, { action: 'unlock', entity: 'staff', entityId: staffId });
  });
  return (await describeStaff(db, actor.networkId, [staffId], now))[0];
}

/**
 * A new link for the person to choose a password: a fresh invitation if they never set one, else a
 * reset. The old password keeps working until the link is used, so a link sent by mistake locks
 * nobody out; deactivate the account when it may be in the wrong hands.
 */
export async function issueStaffPasswordLink(db: Db, actor: Actor, staffId: string, now: Date) {
  const target = await loadTarget(db, actor, staffId);
  assertMayManageAccount(actor, { staffId, roles: target.roles });
  if (!target.account.active) throw new Invalid('identity/account-deactivated', 'This account is deactivated: reactivate it first.', '/params/id');
  const purpose = target.account.password_hash ? 'reset' as const : 'invitation' as const;
  return db.transaction().execute(async (trx) => {
    const link = await issuePasswordLink(trx, { networkId: actor.networkId, staffId, purpose, createdBy: actor.staffId, now });
    await recordAdminAction(trx, actor, { action: purpose === 'reset' ? 'reset-password' : 'reinvite', entity: 'staff', entityId: staffId });
    return link;
  });
}
