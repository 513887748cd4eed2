import type { Executor } from '../../db/database.ts';

// Every statement of staff administration: accounts, their roles, lock-outs and password links.

export function findStaffAccount(db: Executor, p: { networkId: string; staffId: string }) {
  return db.selectFrom('staff').select(['id', 'email', 'display_name', 'active', 'password_hash', 'unlocked_at'])
    .where('network_id', '=', p.networkId).where('id', '=', p.staffId).executeTakeFirst();
}

export function findRolesOf(db: Executor, p: { networkId: string; staffIds: string[] }) {
  if (p.staffIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('staff_role').select(['staff_id', 'organisation_id', 'role'])
    .where('network_id', '=', p.networkId).where('staff_id', 'in', p.staffIds).orderBy('organisation_id').orderBy('role').execute();
}

/**
 * One page of accounts by name, with what an administrator needs to see: whether the person has set
 * a password yet, and how many failed sign-ins count towards a lock-out now.
 */
export function findStaffPage(db: Executor, p: { networkId: string; ids?: string[]; organisationId?: string; q?: string; after?: [string, string]; limit: number; lockWindowStart: Date }) {
  let q = db.selectFrom('staff')
    .select(['staff.id', 'staff.email', 'staff.display_name', 'staff.active', 'staff.created_at'])
    .select((eb) => eb.case().when('staff.password_hash', 'is', null).then(false).else(true).end().as('has_password'))
    .select((eb) => eb.selectFrom('login_attempt').select((e) => e.fn.countAll<number>().as('n'))
      .whereRef('login_attempt.network_id', '=', 'staff.network_id').whereRef('login_attempt.email', '=', 'staff.email')
      .where('login_attempt.succeeded', '=', false).where('login_attempt.at', '>', p.lockWindowStart)
      .where((e) => e.or([e('staff.unlocked_at', 'is', null), e('login_attempt.at', '>', e.ref('staff.unlocked_at'))]))
      .as('recent_failures'))
    .where('staff.network_id', '=', p.networkId);
  if (p.ids) q = q.where('staff.id', 'in', p.ids);
  if (p.organisationId) {
    const org = p.organisationId;
    q = q.where((eb) => eb.exists(eb.selectFrom('staff_role').select('staff_role.role')
      .whereRef('staff_role.network_id', '=', 'staff.network_id').whereRef('staff_role.staff_id', '=', 'staff.id').where('staff_role.organisation_id', '=', org)));
  }
  if (p.q) {
    const like = `%${p.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    q = q.where((eb) => eb.or([eb('staff.display_name', 'ilike', like), eb('staff.email', 'ilike', like)]));
  }
  if (p.after) {
    const [name, id] = p.after;
    q = q.where((eb) => eb(eb.refTuple('staff.display_name', 'staff.id'), '>', eb.tuple(name, id)));
  }
  return q.orderBy('staff.display_name').orderBy('staff.id').limit(p.limit + 1).execute();
}

export function insertRole(db: Executor, row: { network_id: string; staff_id: string; organisation_id: string; role: string }) {
  return db.insertInto('staff_role').values(row).onConflict((oc) => oc.doNothing()).execute();
}

export function deleteRole(db: Executor, p: { networkId: string; staffId: string; organisationId: string; role: string }) {
  return db.deleteFrom('staff_role').where('network_id', '=', p.networkId).where('staff_id', '=', p.staffId)
    .where('organisation_id', '=', p.organisationId).where('role', '=', p.role).executeTakeFirst();
}

export function updateStaffAccount(db: Executor, p: { networkId: string; staffId: string; active?: boolean; unlockedAt?: Date; passwordHash?: string }) {
  return db.updateTable('staff').set({
    ...(p.active !== undefined ? { active: p.active } : {}),
    ...(p.unlockedAt ? { unlocked_at: p.unlockedAt } : {}),
    ...(p.passwordHash ? { password_hash: p.passwordHash } : {}),
  }).where('network_id', '=', p.networkId).where('id', '=', p.staffId).execute();
}

/** Signs a person out everywhere: on deactivation and when their password is reset. */
export function revokeSessionsOf(db: Executor, p: { networkId: string; staffId: string; at: Date }) {
  return db.updateTable('staff_session').set({ revoked_at: p.at })
    .where('network_id', '=', p.networkId).where('staff_id', '=', p.staffId).where('revoked_at', 'is', null).execute();
}

/** The sessions a person has open: their cached actors must be forgotten when their account changes. */
export async function findSessionHashesOf(db: Executor, p: { networkId: string; staffId: string }) {
  const rows = await db.selectFrom('staff_session').select('token_hash').where('network_id', '=', p.networkId).where('staff_id', '=', p.staffId).execute();
  return rows.map((r) => r.token_hash);
}

export function insertPasswordLink(db: Executor, row: { network_id: string; token_hash: string; staff_id: string; purpose: 'invitation' | 'reset'; created_by_staff_id: string | null; expires_at: Date }) {
  return db.insertInto('staff_password_link').values(row).execute();
}

/** A new link replaces any earlier one still unused: only the newest link a person was given works. */
export function retirePasswordLinks(db: Executor, p: { networkId: string; staffId: string; at: Date }) {
  return db.updateTable('staff_password_link').set({ used_at: p.at })
    .where('network_id', '=', p.networkId).where('staff_id', '=', p.staffId).where('used_at', 'is', null).execute();
}

export function findPasswordLink(db: Executor, p: { networkId: string; tokenHash: string }) {
  return db.selectFrom('staff_password_link')
    .innerJoin('staff', (j) => j.onRef('staff.network_id', '=', 'staff_password_link.network_id').onRef('staff.id', '=', 'staff_password_link.staff_id'))
    .select(['staff_password_link.staff_id', 'staff_password_link.purpose', 'staff_password_link.expires_at', 'staff_password_link.used_at', 'staff.email', 'staff.display_name', 'staff.active'])
    .where('staff_password_link.network_id', '=', p.networkId).where('staff_password_link.token_hash', '=', p.tokenHash)
    .executeTakeFirst();
}

/** Marks the link used, once: of two simultaneous uses exactly one sees a row updated. */
export function useUpPasswordLink(db: Executor, p: { networkId: string; tokenHash: string; at: Date }) {
  return db.updateTable('staff_password_link').set({ used_at: p.at })
    .where('network_id', '=', p.networkId).where('token_hash', '=', p.tokenHash).where('used_at', 'is', null).where('expires_at', '>', p.at)
    .executeTakeFirst();
}
