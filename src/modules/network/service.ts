import type { Db, Executor } from '../../db/database.ts';
import type { OpeningHours } from './tables.ts';
import type { Actor } from '../../platform/actor.ts';
import { createStaffAccount } from '../identity/index.ts';
import { ROLE_LABELS, STAFF_ROLES } from '../../platform/permissions.ts';
import { Invalid } from '../../platform/problems.ts';
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

export async function createStaff(db: Db, actor: Actor, body: { displayName: string; email: string; password: string; roles: { organisationId: string; role: string }[] }) {
  const orgs = new Set((await q.findOrganisations(db, { networkId: actor.networkId })).map((o) => o.id));
  body.roles.forEach((r, i) => {
    if (!orgs.has(r.organisationId)) throw new Invalid('network/unknown-organisation', 'No organisation with that id in this network.', `/body/roles/${i}/organisationId`);
  });
  return createStaffAccount(db, actor.networkId, body);
}

/** The weekly opening hours of every site of the network (practice sites and hubs), as recorded. */
export async function networkOpeningHours(db: Executor, networkId: string): Promise<OpeningHours[]> {
  const rows = await q.findSiteOpeningHours(db, { networkId });
  return rows.map((r) => (r.opening_hours ?? {}) as OpeningHours);
}
