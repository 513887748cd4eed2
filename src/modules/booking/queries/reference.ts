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

/**
 * The list a quota is measured against. A practice: its own registered patients. A hub: its share of
 * the network's list, the network's patients divided equally between the network's hubs (Commons holds
 * no hub catchments, and every hub serves the whole network), so two hubs together get the network's
 * quota, not twice it. The PCN or another provider without a list of its own: the whole network's.
 */
export async function countRegisteredPatients(db: Executor, p: { networkId: string; organisationId: string; organisationKind: string }) {
  let q = db.selectFrom('patient').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', p.networkId);
  if (p.organisationKind === 'practice') q = q.where('practice_id', '=', p.organisationId);
  const n = Number((await q.executeTakeFirstOrThrow()).n);
  if (p.organisationKind !== 'hub') return n;
  const hubs = await db.selectFrom('organisation').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', p.networkId).where('kind', '=', 'hub').executeTakeFirstOrThrow();
  return Math.floor(n / Math.max(1, Number(hubs.n)));
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

/** Slots of the network's hubs grouped into sessions (organisation, site, clinician, London day) with what became of them. */
export function findHubSessionFill(db: Executor, p: { networkId: string; from: Date; to: Date }) {
  const day = sql<string>`to_char(slot.start_at at time zone 'Europe/London', 'YYYY-MM-DD')`;
  return db.selectFrom('slot')
    .innerJoin('organisation as o', (j) => j.onRef('o.network_id', '=', 'slot.network_id').onRef('o.id', '=', 'slot.organisation_id'))
    .leftJoin('appointment as a', (j) => j.onRef('a.network_id', '=', 'slot.network_id').onRef('a.slot_id', '=', 'slot.id').on('a.status', '<>', 'cancelled'))
    .leftJoin('slot_release as r', (j) => j.onRef('r.network_id', '=', 'slot.network_id').onRef('r.slot_id', '=', 'slot.id'))
    .select(['slot.organisation_id', 'o.name as organisation_name', 'slot.site_id', 'slot.staff_id', day.as('day')])
    .select((eb) => [
      eb.fn.min('slot.start_at').as('first_start'),
      eb.fn.countAll<number>().as('slots'),
      sql<number>`count(*) filter (where slot.status = 'blocked')`.as('blocked'),
      sql<number>`count(a.id)`.as('booked'),
      sql<number>`count(*) filter (where a.status = 'attended')`.as('attended'),
      sql<number>`count(*) filter (where a.status = 'dna')`.as('dna'),
      sql<number>`count(r.slot_id)`.as('released'),
      sql<number>`count(*) filter (where r.slot_id is not null and a.id is not null)`.as('released_booked'),
    ])
    .where('slot.network_id', '=', p.networkId).where('o.kind', '=', 'hub').where('slot.start_at', '>=', p.from).where('slot.start_at', '<', p.to)
    .groupBy(['slot.organisation_id', 'o.name', 'slot.site_id', 'slot.staff_id', day])
    .orderBy(day).orderBy('o.name').orderBy('slot.staff_id')
    .execute();
}
