import type { Executor } from '../../db/database.ts';
import { staffNames } from '../identity/index.ts';
import { networkReference, type OrganisationRef, type ServiceRef, type SiteRef } from '../network/index.ts';
import type { AppointmentRow } from './tables.ts';

// The names a slot or an appointment is shown with (organisation, site, service, practitioner) change a
// few times a year; joining four tables for them on every search and booking cost more than the search.
// Booking's queries select its own columns only and take the names from the owners' copies in memory
// (network's networkReference, identity's staffNames: platform/reference-cache.ts).

export interface NetworkNames {
  organisation: Map<string, OrganisationRef>;
  site: Map<string, SiteRef>;
  service: Map<string, ServiceRef>;
  staff: Map<string, string>;
}

export interface NameIds { organisations?: readonly (string | null)[]; sites?: readonly (string | null)[]; services?: readonly (string | null)[]; staff?: readonly (string | null)[] }

/** A network's names, holding every id asked for. */
export async function networkNames(db: Executor, networkId: string, ids: NameIds = {}): Promise<NetworkNames> {
  const [reference, staff] = await Promise.all([
    networkReference(db, networkId, ids),
    staffNames(db, { networkId, ids: ids.staff ?? [] }),
  ]);
  return { organisation: reference.organisations, site: reference.sites, service: reference.services, staff };
}

export interface AppointmentNames {
  organisation_name: string;
  booker_organisation_name: string;
  site_name: string;
  service_name: string;
  staff_name: string;
}
export type AppointmentWithNames = AppointmentRow & AppointmentNames;

/** Appointments with the names they are shown with. */
export async function nameAppointments(db: Executor, networkId: string, rows: AppointmentRow[]): Promise<AppointmentWithNames[]> {
  if (rows.length === 0) return [];
  const names = await networkNames(db, networkId, {
    organisations: rows.flatMap((a) => [a.provider_organisation_id, a.booker_organisation_id]), sites: rows.map((a) => a.site_id),
    services: rows.map((a) => a.service_id), staff: rows.map((a) => a.staff_id),
  });
  return rows.map((a) => ({
    ...a,
    organisation_name: names.organisation.get(a.provider_organisation_id)?.name ?? '', booker_organisation_name: names.organisation.get(a.booker_organisation_id)?.name ?? '',
    site_name: names.site.get(a.site_id)?.name ?? '', service_name: names.service.get(a.service_id)?.name ?? '', staff_name: names.staff.get(a.staff_id) ?? '',
  }));
}
