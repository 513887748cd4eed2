import type { Executor } from '../../db/database.ts';
import { cursorFor, pageOf } from '../../platform/pagination.ts';
import { referenceCache } from '../../platform/reference-cache.ts';

export interface StaffMember {
  id: string;
  displayName: string;
  email: string;
  active: boolean;
  roles: { organisationId: string; role: string }[];
}

type StaffFilters = { networkId: string; organisationId?: string; role?: string; staffId?: string };

/** Staff in name order (display name, id): the key the staff list's cursor carries. */
const staffCursor = cursorFor('staff', ['text', 'uuid']);

async function findStaff(db: Executor, p: StaffFilters & { after?: readonly [string, string]; limit?: number }) {
  let people = db.selectFrom('staff').select(['staff.id', 'staff.display_name', 'staff.email', 'staff.active']).where('staff.network_id', '=', p.networkId);
  if (p.staffId) people = people.where('staff.id', '=', p.staffId);
  if (p.organisationId || p.role) {
    people = people.where((eb) => {
      let roles = eb.selectFrom('staff_role').select('staff_role.staff_id').whereRef('staff_role.network_id', '=', 'staff.network_id').whereRef('staff_role.staff_id', '=', 'staff.id');
      if (p.organisationId) roles = roles.where('staff_role.organisation_id', '=', p.organisationId);
      if (p.role) roles = roles.where('staff_role.role', '=', p.role);
      return eb.exists(roles);
    });
  }
  if (p.after) {
    const after = p.after;
    people = people.where((eb) => eb(eb.refTuple('staff.display_name', 'staff.id'), '>', eb.tuple(after[0], after[1])));
  }
  if (p.limit) people = people.limit(p.limit);
  const staff = await people.orderBy('staff.display_name').orderBy('staff.id').execute();
  if (staff.length === 0) return [];
  let roles = db.selectFrom('staff_role').select(['staff_id', 'organisation_id', 'role']).where('network_id', '=', p.networkId).where('staff_id', 'in', staff.map((s) => s.id));
  if (p.organisationId) roles = roles.where('organisation_id', '=', p.organisationId);
  if (p.role) roles = roles.where('role', '=', p.role);
  const byStaff = new Map<string, { organisationId: string; role: string }[]>();
  for (const r of await roles.execute()) byStaff.set(r.staff_id, [...(byStaff.get(r.staff_id) ?? []), { organisationId: r.organisation_id, role: r.role }]);
  return staff.map((s) => ({ ...s, roles: byStaff.get(s.id) ?? [] }));
}

const toStaffMember = (r: Awaited<ReturnType<typeof findStaff>>[number]): StaffMember => ({ id: r.id, displayName: r.display_name, email: r.email, active: r.active, roles: r.roles });

/** Staff of a network with the roles they hold at each organisation (filtered by organisation or role), a page at a time. */
export async function listStaff(db: Executor, p: StaffFilters & { limit?: number; cursor?: string }): Promise<{ items: StaffMember[]; nextCursor: string | null }> {
  const limit = p.limit ?? 100;
  const rows = await findStaff(db, { ...p, after: p.cursor ? staffCursor.decode(p.cursor) : undefined, limit: limit + 1 });
  return pageOf(rows, limit, (r) => staffCursor.encode([r.display_name, r.id]), toStaffMember);
}

/** Every staff member's display name, per network, held in memory (platform/reference-cache.ts). */
const names = referenceCache<Map<string, string>>(async (db, networkId) => {
  const rows = await db.selectFrom('staff').select(['id', 'display_name']).where('network_id', '=', networkId).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
});

/** Display names of staff by id (for showing who did something); an id of nobody in the network is left out. */
export async function staffNames(db: Executor, p: { networkId: string; ids: readonly (string | null)[] }): Promise<Map<string, string>> {
  const ids = [...new Set(p.ids.filter((i): i is string => !!i))];
  if (ids.length === 0) return new Map();
  const held = await names.get(db, p.networkId, (m) => ids.every((id) => m.has(id)));
  return new Map(ids.filter((id) => held.has(id)).map((id) => [id, held.get(id)!]));
}

/** Drops this process's copy of a network's staff names, after identity has committed a change to them. */
export function forgetStaffNames(networkId: string) {
  names.forget(networkId);
}

/**
 * The ids of a network's active staff, as a sub-query another module may put in its own statement
 * (`staff_id in (…)`), so the staff table is named only here and the query stays one round trip.
 */
export function activeStaffIds(db: Executor, networkId: string) {
  return db.selectFrom('staff').select('staff.id').where('staff.network_id', '=', networkId).where('staff.active', '=', true);
}

/** The roles a staff member holds at an organisation (none when they do not work there). */
export async function staffRolesAt(db: Executor, p: { networkId: string; staffId: string; organisationId: string }): Promise<string[]> {
  const rows = await db.selectFrom('staff_role').select('role').where('network_id', '=', p.networkId).where('staff_id', '=', p.staffId).where('organisation_id', '=', p.organisationId).execute();
  return rows.map((r) => r.role);
}

/** Every organisation where a staff member holds a role. */
export async function staffOrganisations(db: Executor, p: { networkId: string; staffId: string }): Promise<string[]> {
  const rows = await db.selectFrom('staff_role').select('organisation_id').distinct().where('network_id', '=', p.networkId).where('staff_id', '=', p.staffId).execute();
  return rows.map((r) => r.organisation_id);
}
