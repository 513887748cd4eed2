import type { Db, Executor } from '../../db/database.ts';
import { newId } from '../../platform/ids.ts';
import { DomainError, isUniqueViolation } from '../../platform/problems.ts';
import { hashPassword } from './passwords.ts';

export interface StaffMember {
  id: string;
  displayName: string;
  email: string;
  active: boolean;
  roles: { organisationId: string; role: string }[];
}

function findStaff(db: Executor, p: { networkId: string; organisationId?: string; role?: string; staffId?: string }) {
  let q = db
    .selectFrom('staff')
    .innerJoin('staff_role', (j) => j.onRef('staff_role.network_id', '=', 'staff.network_id').onRef('staff_role.staff_id', '=', 'staff.id'))
    .select(['staff.id', 'staff.display_name', 'staff.email', 'staff.active', 'staff_role.organisation_id', 'staff_role.role'])
    .where('staff.network_id', '=', p.networkId);
  if (p.organisationId) q = q.where('staff_role.organisation_id', '=', p.organisationId);
  if (p.role) q = q.where('staff_role.role', '=', p.role);
  if (p.staffId) q = q.where('staff.id', '=', p.staffId);
  return q.orderBy('staff.display_name').execute();
}

/** Staff of a network with the roles they hold at each organisation (filtered by organisation or role). */
export async function listStaff(db: Executor, p: { networkId: string; organisationId?: string; role?: string; staffId?: string }): Promise<StaffMember[]> {
  const byId = new Map<string, StaffMember>();
  for (const r of await findStaff(db, p)) {
    const s = byId.get(r.id) ?? { id: r.id, displayName: r.display_name, email: r.email, active: r.active, roles: [] };
    s.roles.push({ organisationId: r.organisation_id, role: r.role });
    byId.set(r.id, s);
  }
  return [...byId.values()];
}

/** Creates a staff account with its roles; the caller has checked the organisations are the network's. */
export async function createStaffAccount(db: Db, networkId: string, body: { displayName: string; email: string; password: string; roles: { organisationId: string; role: string }[] }): Promise<StaffMember> {
  const id = newId();
  const passwordHash = await hashPassword(body.password);
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('staff').values({ network_id: networkId, id, email: body.email.toLowerCase(), display_name: body.displayName, password_hash: passwordHash }).execute();
      await trx.insertInto('staff_role').values(body.roles.map((r) => ({ network_id: networkId, staff_id: id, organisation_id: r.organisationId, role: r.role }))).onConflict((oc) => oc.doNothing()).execute();
    });
  } catch (e) {
    if (isUniqueViolation(e, 'staff_network_id_email_key')) throw new DomainError('conflict', 'network/email-taken', 'A staff member with that email already exists.', {}, [{ pointer: '/body/email', detail: 'already in use' }]);
    throw e;
  }
  return (await listStaff(db, { networkId, staffId: id }))[0]!;
}

/** Display names of staff by id (for showing who did something). */
export async function staffNames(db: Executor, p: { networkId: string; ids: readonly (string | null)[] }): Promise<Map<string, string>> {
  const ids = [...new Set(p.ids.filter((i): i is string => !!i))];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('staff').select(['id', 'display_name']).where('network_id', '=', p.networkId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
