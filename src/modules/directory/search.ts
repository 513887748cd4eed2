import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { cursorFor, pageOf } from '../../platform/pagination.ts';
import { normalisePostcode } from '../../platform/postcode.ts';
import { Forbidden, NotFound } from '../../platform/problems.ts';
import { categoriesForWord, type Category } from './categories.ts';
import { findMemberOrganisationIds, findOfferRows, findOfferRowsByIds, findPostcode, findSchedulesFor, UNMEASURED, type OfferFilter, type OfferRow } from './queries.ts';
import { WEEKDAYS, type DirectoryOffer, type SearchQuery } from './schema.ts';
import { staleBefore, toOfferView } from './view.ts';

const byDistance = cursorFor('directory-offers-by-distance', ['int', 'uuid'] as const);
const byName = cursorFor('directory-offers-by-name', ['text', 'uuid'] as const);
const METRES_PER_MILE = 1609.344;
/** Words that say nothing about the need ("help with", "near me"). */
const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'for', 'of', 'to', 'in', 'on', 'at', 'with', 'near', 'me', 'my', 'help', 'support', 'someone', 'who', 'is', 'are', 'i', 'am']);

/** The words of a free-text need, each with the categories it points to. */
export function needWords(text: string | undefined): { word: string; categories: Category[] }[] {
  if (!text) return [];
  const words = text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length >= 2 && !STOP_WORDS.has(w));
  return [...new Set(words)].slice(0, 8).map((word) => ({ word, categories: categoriesForWord(word) }));
}

async function withSchedules(db: Executor, networkId: string, rows: readonly OfferRow[], now: Date): Promise<DirectoryOffer[]> {
  const schedules = await findSchedulesFor(db, { networkId, offerIds: rows.map((r) => r.id) });
  return rows.map((r) => toOfferView(r, schedules.filter((s) => s.offer_id === r.id), now));
}

/** Offers by id, in the order asked for; ids of other networks or unknown ids are left out. */
export async function findOffersByIds(db: Executor, networkId: string, ids: readonly string[], now: Date = new Date()): Promise<DirectoryOffer[]> {
  const rows = await findOfferRowsByIds(db, { networkId, ids });
  const views = await withSchedules(db, networkId, rows, now);
  return ids.map((id) => views.find((v) => v.id === id)).filter((v): v is DirectoryOffer => v !== undefined);
}

export interface SearchOptions {
  now?: Date;
  /** Only the offers of these directory organisations (a health champion's own). */
  organisationIds?: readonly string[];
}

/**
 * Searches the directory: a need or free text, categories, distance from a postcode (from the postcode
 * table; when the postcode is not in it, offers in the same postcode district), day and time, places
 * left, age. Ordered by distance when a postcode is given, else by name; keyset-paged.
 */
export async function searchOffers(db: Executor, networkId: string, query: SearchQuery, options: SearchOptions = {}): Promise<{ items: DirectoryOffer[]; nextCursor: string | null }> {
  const now = options.now ?? new Date();
  const limit = query.limit ?? 20;
  const filter: OfferFilter = {
    networkId, limit,
    words: needWords([query.need, query.text].filter(Boolean).join(' ')),
    categories: query.categories,
    day: query.day ? WEEKDAYS.indexOf(query.day) + 1 : undefined,
    from: query.from, until: query.until,
    availableOnly: query.availableOnly, age: query.age, includeInactive: query.includeInactive,
    verifiedSince: query.freshOnly ? staleBefore(now) : undefined,
    organisationIds: options.organisationIds ?? (query.organisationId ? [query.organisationId] : undefined),
  };
  if (options.organisationIds && query.organisationId) filter.organisationIds = options.organisationIds.filter((id) => id === query.organisationId);
  if (query.postcode) {
    const postcode = normalisePostcode(query.postcode);
    const district = postcode.split(' ')[0];
    const point = await findPostcode(db, postcode);
    filter.origin = point ? { ...point, district, ...(query.maxMiles ? { maxMetres: query.maxMiles * METRES_PER_MILE } : {}) } : { district };
  }
  const measured = filter.origin !== undefined && 'latitude' in filter.origin;
  let after: Parameters<typeof findOfferRows>[2] = null;
  if (query.cursor) {
    if (measured) { const [distance, id] = byDistance.decode(query.cursor); after = { distance, id }; }
    else { const [name, id] = byName.decode(query.cursor); after = { name, id }; }
  }
  const rows = await findOfferRows(db, filter, after);
  const shown = rows.slice(0, limit);
  const views = await withSchedules(db, networkId, shown, now);
  return pageOf(rows, limit,
    (r) => (measured ? byDistance.encode([r.distance_m ?? UNMEASURED, r.id]) : byName.encode([r.name.toLowerCase(), r.id])),
    (r) => views.find((v) => v.id === r.id)!);
}

/**
 * Which offers an actor may see and change: every offer (null) with directory:read or directory:manage;
 * otherwise only those of the directory organisations they belong to.
 */
export async function ownOrganisationIds(db: Executor, actor: Actor): Promise<string[] | null> {
  if (actor.permissions.has('directory:read') || actor.permissions.has('directory:manage')) return null;
  if (!actor.staffId) return [];
  return findMemberOrganisationIds(db, { networkId: actor.networkId, staffId: actor.staffId });
}

export async function searchOffersAs(db: Executor, actor: Actor, query: SearchQuery, now: Date) {
  const own = await ownOrganisationIds(db, actor);
  return searchOffers(db, actor.networkId, query, { now, ...(own ? { organisationIds: own } : {}) });
}

export async function getOffer(db: Executor, actor: Actor, id: string, now: Date): Promise<DirectoryOffer> {
  const [offer] = await findOffersByIds(db, actor.networkId, [id], now);
  if (!offer) throw new NotFound('directory-offer');
  const own = await ownOrganisationIds(db, actor);
  if (own && !own.includes(offer.organisationId)) throw new Forbidden('directory/not-your-offer', 'You can see and change only the offers of the group you run.');
  return offer;
}
