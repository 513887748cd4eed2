import type { Executor } from '../../db/database.ts';
import { newId } from '../../platform/ids.ts';
import { normalisePostcode } from '../../platform/postcode.ts';
import type { OfferBody } from './schema.ts';
import { WEEKDAYS } from './schema.ts';

// The statements that write offers, their place and their times (one offer, one transaction).

export function findOrganisation(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('directory_organisation').selectAll().where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

export function findOfferOwner(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('directory_offer').select(['organisation_id', 'location_id']).where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

/** Writes an offer with its place and times: inserts it, or replaces every field of an existing one. */
export async function upsertOffer(db: Executor, p: { networkId: string; id: string; body: OfferBody; verifiedAt: Date; now: Date; locationId?: string | null }) {
  const { networkId, id, body } = p;
  let locationId: string | null = null;
  if (body.location) {
    locationId = p.locationId ?? newId();
    const location = {
      name: body.location.name ?? null, address: body.location.address ?? null, postcode: body.location.postcode ? normalisePostcode(body.location.postcode) : null,
      latitude: body.location.latitude ?? null, longitude: body.location.longitude ?? null,
    };
    await db.insertInto('directory_location').values({ network_id: networkId, id: locationId, ...location })
      .onConflict((oc) => oc.columns(['network_id', 'id']).doUpdateSet(location)).execute();
  }
  const values = {
    organisation_id: body.organisationId, location_id: locationId, name: body.name.trim(), description: body.description?.trim() ?? '', categories: [...body.categories],
    how_to_access: body.howToAccess, referral_details: body.referralDetails ?? null, capacity: body.capacity ?? null, places_available: body.placesAvailable ?? null,
    min_age: body.eligibility?.minAge ?? null, max_age: body.eligibility?.maxAge ?? null, conditions: body.eligibility?.conditions ?? [], cost: body.cost ?? null,
    contact_name: body.contact.name ?? null, contact_phone: body.contact.phone ?? null, contact_email: body.contact.email ?? null, website: body.contact.website ?? null,
    active: body.active ?? true, last_verified_at: p.verifiedAt, updated_at: p.now,
  };
  await db.insertInto('directory_offer').values({ network_id: networkId, id, ...values, created_at: p.now })
    .onConflict((oc) => oc.columns(['network_id', 'id']).doUpdateSet(values)).execute();
  // An offer that lost its place leaves the old location row behind only if another offer uses it.
  if (p.locationId && !locationId) await deleteLocationIfUnused(db, { networkId, id: p.locationId });
  await db.deleteFrom('directory_schedule').where('network_id', '=', networkId).where('offer_id', '=', id).execute();
  if (body.schedules.length) {
    await db.insertInto('directory_schedule').values(body.schedules.map((s) => ({
      network_id: networkId, id: newId(), offer_id: id, freq: s.freq, every_n: s.every ?? 1, weekday: WEEKDAYS.indexOf(s.weekday) + 1,
      week_of_month: s.freq === 'monthly' ? (s.weekOfMonth ?? null) : null, opens_at: s.opensAt, closes_at: s.closesAt, description: s.description ?? null,
    }))).execute();
  }
}

async function deleteLocationIfUnused(db: Executor, p: { networkId: string; id: string }) {
  const used = await db.selectFrom('directory_offer').select('id').where('network_id', '=', p.networkId).where('location_id', '=', p.id).limit(1).executeTakeFirst();
  if (!used) await db.deleteFrom('directory_location').where('network_id', '=', p.networkId).where('id', '=', p.id).execute();
}

export function updateVerified(db: Executor, p: { networkId: string; id: string; at: Date }) {
  return db.updateTable('directory_offer').set({ last_verified_at: p.at, updated_at: p.at }).where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}
