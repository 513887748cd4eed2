import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { hashPassword } from '../identity/passwords.ts';
import { ROLE_LABELS, STAFF_ROLES } from '../../platform/permissions.ts';
import { newId } from '../../platform/ids.ts';
import { DomainError, Invalid, isUniqueViolation } from '../../platform/problems.ts';
import * as q from './queries.ts';

export async function describeNetwork(db: Db, networkId: string) {
  const [network, orgs, sites, services] = await Promise.all([
    q.findNetwork(db, { networkId }), q.findOrganisations(db, { networkId }), q.findSites(db, { networkId }), q.findServices(db, { networkId }),
  ]);
  return {
    id: network.id, name: network.name, odsCode: network.ods_code, dataSharingAcrossPractices: network.data_sharing_across_practices,
    organisations: orgs.map((o) => ({ id: o.id, kind: o.kind, odsCode: o.ods_code, name: o.name, address: o.address, postcode: o.postcode, phone: o.phone, registeredPatients: Number(o.registered_patients ?? 0) })),
    sites: sites.map((s) => ({ id: s.id, organisationId: s.organisation_id, kind: s.kind, name: s.name, address: s.address, postcode: s.postcode, openingHours: s.opening_hours as Record<string, string[][]>, accessibility: s.accessibility })),
    services: services.map((s) => ({ id: s.id, code: s.code, name: s.name, role: s.role, nationalCategory: s.national_category, defaultMode: s.default_mode, description: s.description })),
    roles: STAFF_ROLES.map((id) => ({ id, label: ROLE_LABELS[id] })),
  };
}

export async function listStaff(db: Db, p: { networkId: string; organisationId?: string; role?: string }) {
  const rows = await q.findStaff(db, p);
  const byId = new Map<string, { id: string; displayName: string; email: string; active: boolean; roles: { organisationId: string; role: string }[] }>();
  for (const r of rows) {
    const s = byId.get(r.id) ?? { id: r.id, displayName: r.display_name, email: r.email, active: r.active, roles: [] };
    s.roles.push({ organisationId: r.organisation_id, role: r.role });
    byId.set(r.id, s);
  }
  return [...byId.values()];
}

export async function createStaff(db: Db, actor: Actor, body: { displayName: string; email: string; password: string; roles: { organisationId: string; role: string }[] }) {
  const orgs = new Set((await q.findOrganisations(db, { networkId: actor.networkId })).map((o) => o.id));
  body.roles.forEach((r, i) => {
    if (!orgs.has(r.organisationId)) throw new Invalid('network/unknown-organisation', 'No organisation with that id in this network.', `/body/roles/${i}/organisationId`);
  });
  const id = newId();
  const passwordHash = await hashPassword(body.password);
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('staff').values({ network_id: actor.networkId, id, email: body.email.toLowerCase(), display_name: body.displayName, password_hash: passwordHash }).execute();
      await trx.insertInto('staff_role').values(body.roles.map((r) => ({ network_id: actor.networkId, staff_id: id, organisation_id: r.organisationId, role: r.role }))).onConflict((oc) => oc.doNothing()).execute();
    });
  } catch (e) {
    if (isUniqueViolation(e, 'staff_network_id_email_key')) throw new DomainError('conflict', 'network/email-taken', 'A staff member with that email already exists.', {}, [{ pointer: '/body/email', detail: 'already in use' }]);
    throw e;
  }
  return (await listStaff(db, { networkId: actor.networkId })).find((s) => s.id === id)!;
}
