import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import { NotFound } from '../../platform/problems.ts';
import { AgeRangeReversed, ClosesBeforeOpens, ContactNeeded, MorePlacesThanCapacity, NotYourOffer, UnknownProvider, WeekOfMonthNeeded } from './errors.ts';
import { findOfferOwner, findOrganisation, updateVerified, upsertOffer } from './offer-writes.ts';
import type { DirectoryOffer, OfferBody } from './schema.ts';
import { findOffersByIds, ownOrganisationIds } from './search.ts';

/**
 * The rules an offer keeps beyond its schema, each a problem naming the field: a way to contact it,
 * ages the right way round, sessions that end after they start, no more places left than in all.
 * `at` prefixes the pointers (an import names the record: /services/3).
 */
export function checkOffer(body: OfferBody, at = '/body'): void {
  const c = body.contact;
  if (!c.phone && !c.email && !c.website) throw new ContactNeeded(`${at}/contact`);
  const e = body.eligibility;
  if (e?.minAge != null && e.maxAge != null && e.minAge > e.maxAge) throw new AgeRangeReversed(`${at}/eligibility/minAge`);
  body.schedules.forEach((s, i) => {
    if (s.closesAt <= s.opensAt) throw new ClosesBeforeOpens(`${at}/schedules/${i}/closesAt`);
    if ((s.freq === 'monthly') !== (s.weekOfMonth != null)) throw new WeekOfMonthNeeded(`${at}/schedules/${i}/weekOfMonth`);
  });
  if (body.capacity != null && body.placesAvailable != null && body.placesAvailable > body.capacity) throw new MorePlacesThanCapacity();
}

/** Managers may write any offer; champions and partners only their own organisation's. */
async function mayWriteFor(db: Db, actor: Actor, organisationId: string): Promise<void> {
  const own = await ownOrganisationIds(db, actor);
  if (own && !own.includes(organisationId)) throw new NotYourOffer();
}

export async function createOffer(db: Db, actor: Actor, body: OfferBody, now: Date): Promise<DirectoryOffer> {
  checkOffer(body);
  await mayWriteFor(db, actor, body.organisationId);
  if (!(await findOrganisation(db, { networkId: actor.networkId, id: body.organisationId }))) throw new UnknownProvider();
  const id = newId();
  await db.transaction().execute((trx) => upsertOffer(trx, { networkId: actor.networkId, id, body, verifiedAt: now, now }));
  return (await findOffersByIds(db, actor.networkId, [id], now))[0];
}

/** Replaces an offer; saving it counts as checking it is still right, so it is verified now. */
export async function updateOffer(db: Db, actor: Actor, id: string, body: OfferBody, now: Date): Promise<DirectoryOffer> {
  checkOffer(body);
  const existing = await findOfferOwner(db, { networkId: actor.networkId, id });
  if (!existing) throw new NotFound('directory-offer');
  await mayWriteFor(db, actor, existing.organisation_id);
  if (body.organisationId !== existing.organisation_id) {
    await mayWriteFor(db, actor, body.organisationId);
    if (!(await findOrganisation(db, { networkId: actor.networkId, id: body.organisationId }))) throw new UnknownProvider();
  }
  await db.transaction().execute((trx) => upsertOffer(trx, { networkId: actor.networkId, id, body, verifiedAt: now, now, locationId: existing.location_id }));
  return (await findOffersByIds(db, actor.networkId, [id], now))[0];
}

/** "Still correct": someone checked the offer with its provider today. */
export async function verifyOffer(db: Db, actor: Actor, id: string, now: Date): Promise<DirectoryOffer> {
  const existing = await findOfferOwner(db, { networkId: actor.networkId, id });
  if (!existing) throw new NotFound('directory-offer');
  await mayWriteFor(db, actor, existing.organisation_id);
  await updateVerified(db, { networkId: actor.networkId, id, at: now });
  return (await findOffersByIds(db, actor.networkId, [id], now))[0];
}

/** Throws unless the actor may change this offer; returns its organisation. */
export async function offerOwnedBy(db: Db, actor: Actor, id: string): Promise<string> {
  const existing = await findOfferOwner(db, { networkId: actor.networkId, id });
  if (!existing) throw new NotFound('directory-offer');
  await mayWriteFor(db, actor, existing.organisation_id);
  return existing.organisation_id;
}
