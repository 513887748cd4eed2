import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import { NotFound } from '../../platform/problems.ts';
import { staffNames } from '../identity/index.ts';
import { UnknownStaff } from './errors.ts';
import type { OrganisationBody, OrganisationView } from './schema.ts';
import { ownOrganisationIds } from './search.ts';

// The organisations that run offers, and the staff accounts (champions, partners) who run them.

async function views(db: Db, networkId: string, ids: readonly string[] | null): Promise<OrganisationView[]> {
  let q = db.selectFrom('directory_organisation as g').selectAll('g')
    .select(sql<number>`(select count(*)::integer from directory_offer o where o.network_id = g.network_id and o.organisation_id = g.id)`.as('offers'))
    .where('g.network_id', '=', networkId);
  if (ids) q = ids.length ? q.where('g.id', 'in', [...ids]) : q.where(sql<boolean>`false`);
  const rows = await q.orderBy('g.name').orderBy('g.id').execute();
  const members = rows.length
    ? await db.selectFrom('directory_member').select(['organisation_id', 'staff_id']).where('network_id', '=', networkId).where('organisation_id', 'in', rows.map((r) => r.id)).execute()
    : [];
  const names = await staffNames(db, { networkId, ids: members.map((m) => m.staff_id) });
  return rows.map((r) => ({
    id: r.id, name: r.name, kind: r.kind, description: r.description, website: r.website, email: r.email, phone: r.phone, offers: r.offers,
    members: members.filter((m) => m.organisation_id === r.id).map((m) => ({ staffId: m.staff_id, name: names.get(m.staff_id) ?? 'unknown' })),
  }));
}

/** Every organisation for managers and readers; a champion's or partner's own for them. */
export async function listOrganisations(db: Db, actor: Actor): Promise<OrganisationView[]> {
  return views(db, actor.networkId, await ownOrganisationIds(db, actor));
}

export async function createOrganisation(db: Db, actor: Actor, body: OrganisationBody, now: Date): Promise<OrganisationView> {
  const id = newId();
  await db.insertInto('directory_organisation').values({
    network_id: actor.networkId, id, name: body.name.trim(), kind: body.kind, description: body.description ?? null, website: body.website ?? null,
    email: body.email ?? null, phone: body.phone ?? null, created_at: now, updated_at: now,
  }).execute();
  return (await views(db, actor.networkId, [id]))[0];
}

export async function updateOrganisation(db: Db, actor: Actor, id: string, body: OrganisationBody, now: Date): Promise<OrganisationView> {
  const res = await db.updateTable('directory_organisation').set({
    name: body.name.trim(), kind: body.kind, description: body.description ?? null, website: body.website ?? null, email: body.email ?? null, phone: body.phone ?? null, updated_at: now,
  }).where('network_id', '=', actor.networkId).where('id', '=', id).executeTakeFirst();
  if (!res.numUpdatedRows) throw new NotFound('directory-organisation');
  return (await views(db, actor.networkId, [id]))[0];
}

export async function addMember(db: Db, actor: Actor, id: string, staffId: string): Promise<OrganisationView> {
  const [org] = await views(db, actor.networkId, [id]);
  if (!org) throw new NotFound('directory-organisation');
  if (!(await staffNames(db, { networkId: actor.networkId, ids: [staffId] })).has(staffId)) throw new UnknownStaff();
  await db.insertInto('directory_member').values({ network_id: actor.networkId, organisation_id: id, staff_id: staffId })
    .onConflict((oc) => oc.columns(['network_id', 'organisation_id', 'staff_id']).doNothing()).execute();
  return (await views(db, actor.networkId, [id]))[0];
}

export async function removeMember(db: Db, actor: Actor, id: string, staffId: string): Promise<OrganisationView> {
  const [org] = await views(db, actor.networkId, [id]);
  if (!org) throw new NotFound('directory-organisation');
  await db.deleteFrom('directory_member').where('network_id', '=', actor.networkId).where('organisation_id', '=', id).where('staff_id', '=', staffId).execute();
  return (await views(db, actor.networkId, [id]))[0];
}
