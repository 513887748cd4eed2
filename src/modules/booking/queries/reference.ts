import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../../db/database.ts';

// Read-only look-ups of the network's reference data (organisations, sites, services, staff roles)
// that booking validates against. Booking never writes these tables.

export function findOrganisation(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('organisation').select(['id', 'kind', 'name']).where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

export function findSite(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('site').select(['id', 'organisation_id', 'accessibility']).where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

export function findService(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('service').select(['id', 'role', 'national_category', 'default_mode']).where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

/** The roles a staff member holds at an organisation (none when they do not work there). */
export async function findStaffRolesAt(db: Executor, p: { networkId: string; staffId: string; organisationId: string }) {
  const rows = await db.selectFrom('staff_role').select('role').where('network_id', '=', p.networkId).where('staff_id', '=', p.staffId).where('organisation_id', '=', p.organisationId).execute();
  return rows.map((r) => r.role);
}

/** Every organisation where a staff member holds a role. */
export async function findStaffOrganisations(db: Executor, p: { networkId: string; staffId: string }) {
  const rows = await db.selectFrom('staff_role').select('organisation_id').distinct().where('network_id', '=', p.networkId).where('staff_id', '=', p.staffId).execute();
  return rows.map((r) => r.organisation_id);
}

/** Sites whose accessibility includes every need (a patient's step-free access, hearing loop…). */
export async function findSitesMeeting(db: Executor, p: { networkId: string; needs: string[] }) {
  const rows = await db.selectFrom('site').select('id').where('network_id', '=', p.networkId).where(sql<SqlBool>`accessibility @> ${p.needs}::text[]`).execute();
  return rows.map((r) => r.id);
}

/** Patients registered at an organisation; for a hub or the PCN (no list of its own), the whole network's. */
export async function countRegisteredPatients(db: Executor, p: { networkId: string; organisationId: string; organisationKind: string }) {
  let q = db.selectFrom('patient').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', p.networkId);
  if (p.organisationKind === 'practice') q = q.where('practice_id', '=', p.organisationId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** The names of a network's places a booking shows, for the in-memory copy (names.ts): organisations, sites, services. */
export async function findNetworkNames(db: Executor, p: { networkId: string }) {
  const [organisations, sites, services] = await Promise.all([
    db.selectFrom('organisation').select(['id', 'name', 'kind']).where('network_id', '=', p.networkId).execute(),
    db.selectFrom('site').select(['id', 'name', 'postcode']).where('network_id', '=', p.networkId).execute(),
    db.selectFrom('service').select(['id', 'name']).where('network_id', '=', p.networkId).execute(),
  ]);
  return { organisations, sites, services };
}
