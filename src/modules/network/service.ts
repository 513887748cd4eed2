import type { Db, Executor } from '../../db/database.ts';
import type { OpeningHours } from './tables.ts';
import { ROLE_LABELS, STAFF_ROLES } from '../../platform/permissions.ts';
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

/** The weekly opening hours of every site of the network (practice sites and hubs), as recorded. */
export async function networkOpeningHours(db: Executor, networkId: string): Promise<OpeningHours[]> {
  const rows = await q.findSiteOpeningHours(db, { networkId });
  return rows.map((r) => (r.opening_hours ?? {}) as OpeningHours);
}
