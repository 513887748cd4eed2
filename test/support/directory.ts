import type { Db } from '../../src/db/database.ts';
import { newId } from '../../src/platform/ids.ts';

/** A directory organisation (provider) with fresh ids; members are staff ids who run its offers. */
export async function makeProvider(db: Db, networkId: string, p: { name?: string; kind?: 'voluntary' | 'council' | 'nhs' | 'health-champions'; members?: string[] } = {}) {
  const id = newId();
  await db.insertInto('directory_organisation').values({ network_id: networkId, id, name: p.name ?? `Provider ${id.slice(-4)}`, kind: p.kind ?? 'voluntary' }).execute();
  if (p.members?.length) await db.insertInto('directory_member').values(p.members.map((staff_id) => ({ network_id: networkId, organisation_id: id, staff_id }))).execute();
  return { id };
}

export interface OfferSpec {
  organisationId: string;
  name?: string;
  description?: string;
  categories?: string[];
  postcode?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  weekly?: { weekday: number; opensAt: string; closesAt: string }[];
  placesAvailable?: number | null;
  minAge?: number | null;
  maxAge?: number | null;
  lastVerifiedAt?: Date;
  active?: boolean;
}

/** An offer straight into the tables (the API's own tests create them through the routes). */
export async function makeOffer(db: Db, networkId: string, s: OfferSpec) {
  const id = newId();
  let locationId: string | null = null;
  if (s.postcode !== null) {
    locationId = newId();
    await db.insertInto('directory_location').values({ network_id: networkId, id: locationId, name: 'Community centre', postcode: s.postcode ?? 'LS6 1AA', latitude: s.latitude ?? null, longitude: s.longitude ?? null }).execute();
  }
  await db.insertInto('directory_offer').values({
    network_id: networkId, id, organisation_id: s.organisationId, location_id: locationId, name: s.name ?? `Offer ${id.slice(-4)}`, description: s.description ?? '',
    categories: s.categories ?? ['loneliness'], how_to_access: 'self-refer', places_available: s.placesAvailable ?? null, min_age: s.minAge ?? null, max_age: s.maxAge ?? null,
    contact_phone: '0113 496 0000', active: s.active ?? true, last_verified_at: s.lastVerifiedAt ?? new Date(),
  }).execute();
  for (const w of s.weekly ?? []) {
    await db.insertInto('directory_schedule').values({ network_id: networkId, id: newId(), offer_id: id, freq: 'weekly', weekday: w.weekday, opens_at: w.opensAt, closes_at: w.closesAt }).execute();
  }
  return { id };
}
