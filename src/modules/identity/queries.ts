import type { Executor } from '../../db/database.ts';
import { byCodePoint } from '../../platform/reference-cache.ts';
import { findOrganisationRef, networkReference } from '../network/index.ts';

export function findStaffByEmail(db: Executor, p: { networkId: string; email: string }) {
  return db.selectFrom('staff').selectAll().where('network_id', '=', p.networkId).where('email', '=', p.email.toLowerCase()).executeTakeFirst();
}

/** A person's roles with their organisations' names, kinds and ODS codes (the network's, from memory), by organisation name. */
export async function findStaffRoles(db: Executor, p: { networkId: string; staffId: string }) {
  const rows = await db.selectFrom('staff_role').select(['staff_role.organisation_id', 'staff_role.role'])
    .where('staff_role.network_id', '=', p.networkId).where('staff_role.staff_id', '=', p.staffId).execute();
  const { organisations } = await networkReference(db, p.networkId, { organisations: rows.map((r) => r.organisation_id) });
  return rows.flatMap((r) => {
    const o = organisations.get(r.organisation_id);
    return o ? [{ ...r, organisation_name: o.name, organisation_kind: o.kind, ods_code: o.odsCode }] : [];
  }).sort((x, y) => byCodePoint(x.organisation_name, y.organisation_name));
}

/** The roles a person holds at one organisation: what every request of theirs is authorised by. */
export async function findRolesAt(db: Executor, p: { networkId: string; staffId: string; organisationId: string }): Promise<string[]> {
  const rows = await db.selectFrom('staff_role').select('role')
    .where('network_id', '=', p.networkId).where('staff_id', '=', p.staffId).where('organisation_id', '=', p.organisationId).execute();
  return rows.map((r) => r.role);
}

export function countRecentFailedLogins(db: Executor, p: { networkId: string; email: string; since: Date }) {
  return db
    .selectFrom('login_attempt')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('network_id', '=', p.networkId)
    .where('email', '=', p.email)
    .where('succeeded', '=', false)
    .where('at', '>', p.since)
    // An administrator's unlock (staff.unlocked_at) forgives the failures before it.
    .where((eb) => eb.not(eb.exists(eb.selectFrom('staff').select('staff.id')
      .whereRef('staff.network_id', '=', 'login_attempt.network_id').whereRef('staff.email', '=', 'login_attempt.email')
      .where('staff.unlocked_at', '>=', eb.ref('login_attempt.at')))))
    .executeTakeFirstOrThrow();
}

/** Records an attempt as failed until its password is checked; returns its id. */
export async function insertFailedLoginAttempt(db: Executor, p: { networkId: string; email: string }): Promise<string> {
  const row = await db.insertInto('login_attempt').values({ network_id: p.networkId, email: p.email, succeeded: false }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export function markLoginSucceeded(db: Executor, p: { networkId: string; id: string }) {
  return db.updateTable('login_attempt').set({ succeeded: true }).where('network_id', '=', p.networkId).where('id', '=', p.id).execute();
}

/** Holds one account's row until the transaction ends, so its sign-in attempts are counted one at a time. */
export function lockStaff(db: Executor, p: { networkId: string; staffId: string }) {
  return db.selectFrom('staff').select('id').where('network_id', '=', p.networkId).where('id', '=', p.staffId).forUpdate().executeTakeFirst();
}

export function insertSession(db: Executor, row: { network_id: string; token_hash: string; staff_id: string; active_organisation_id: string; csrf_token: string; expires_at: Date }) {
  return db.insertInto('staff_session').values(row).execute();
}

/** The kind of the organisation a session or token acts for (the network's, from memory); none when it is gone. */
async function withOrganisationKind<T extends object>(db: Executor, networkId: string, organisationId: string, row: T | undefined) {
  if (!row) return undefined;
  const organisation = await findOrganisationRef(db, { networkId, id: organisationId });
  return organisation && { ...row, organisation_kind: organisation.kind };
}

export async function findLiveSession(db: Executor, p: { networkId: string; tokenHash: string; now: Date }) {
  const row = await db
    .selectFrom('staff_session')
    .innerJoin('staff', (j) => j.onRef('staff.network_id', '=', 'staff_session.network_id').onRef('staff.id', '=', 'staff_session.staff_id'))
    .select(['staff_session.staff_id', 'staff_session.active_organisation_id', 'staff_session.csrf_token', 'staff_session.expires_at', 'staff.display_name', 'staff.active'])
    .where('staff_session.network_id', '=', p.networkId)
    .where('staff_session.token_hash', '=', p.tokenHash)
    .where('staff_session.revoked_at', 'is', null)
    .where('staff_session.expires_at', '>', p.now)
    .executeTakeFirst();
  return withOrganisationKind(db, p.networkId, row?.active_organisation_id ?? '', row);
}

export function updateSession(db: Executor, p: { networkId: string; tokenHash: string; activeOrganisationId?: string; expiresAt?: Date; revokedAt?: Date }) {
  return db
    .updateTable('staff_session')
    .set({
      ...(p.activeOrganisationId ? { active_organisation_id: p.activeOrganisationId } : {}),
      ...(p.expiresAt ? { expires_at: p.expiresAt } : {}),
      ...(p.revokedAt ? { revoked_at: p.revokedAt } : {}),
    })
    .where('network_id', '=', p.networkId)
    .where('token_hash', '=', p.tokenHash)
    .execute();
}

export async function findLiveToken(db: Executor, p: { networkId: string; tokenHash: string }) {
  const row = await db
    .selectFrom('api_token')
    .select(['api_token.id', 'api_token.name', 'api_token.organisation_id', 'api_token.scopes', 'api_token.integration'])
    .where('api_token.network_id', '=', p.networkId)
    .where('api_token.token_hash', '=', p.tokenHash)
    .where('api_token.revoked_at', 'is', null)
    .executeTakeFirst();
  return withOrganisationKind(db, p.networkId, row?.organisation_id ?? '', row);
}

export function insertApiToken(db: Executor, row: { network_id: string; id: string; organisation_id: string; name: string; token_hash: string; scopes: string[]; created_by_staff_id: string | null; integration: boolean }) {
  return db.insertInto('api_token').values(row).execute();
}

export function listApiTokens(db: Executor, p: { networkId: string }) {
  return db.selectFrom('api_token').select(['id', 'organisation_id', 'name', 'scopes', 'created_at', 'revoked_at', 'last_used_at', 'created_by_staff_id', 'integration']).where('network_id', '=', p.networkId).orderBy('created_at', 'desc').execute();
}

export function revokeApiToken(db: Executor, p: { networkId: string; id: string; at: Date }) {
  return db.updateTable('api_token').set({ revoked_at: p.at }).where('network_id', '=', p.networkId).where('id', '=', p.id).where('revoked_at', 'is', null).executeTakeFirst();
}
