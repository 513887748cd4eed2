import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { afterKey } from '../../platform/pagination.ts';
import type { Category } from './categories.ts';

// Every SQL statement the directory runs to read offers. Writes live in offer-writes.ts, sessions and
// attendance in attendance-queries.ts, postcodes in postcodes.ts.

/** The columns of an offer with its provider and place, as every read returns them. */
function offersWithProvider(db: Executor) {
  return db
    .selectFrom('directory_offer as o')
    .innerJoin('directory_organisation as g', (j) => j.onRef('g.network_id', '=', 'o.network_id').onRef('g.id', '=', 'o.organisation_id'))
    .leftJoin('directory_location as l', (j) => j.onRef('l.network_id', '=', 'o.network_id').onRef('l.id', '=', 'o.location_id'))
    .leftJoin('directory_postcode as pc', 'pc.postcode', 'l.postcode')
    .selectAll('o')
    .select([
      'g.name as provider_name', 'g.kind as provider_kind',
      'l.name as location_name', 'l.address as location_address', 'l.postcode as location_postcode',
      sql<number | null>`coalesce(l.latitude, pc.latitude)`.as('latitude'),
      sql<number | null>`coalesce(l.longitude, pc.longitude)`.as('longitude'),
    ]);
}
export type OfferRow = Awaited<ReturnType<ReturnType<typeof offersWithProvider>['execute']>>[number] & { distance_m?: number | null };

export function findOfferRowsByIds(db: Executor, p: { networkId: string; ids: readonly string[] }) {
  if (p.ids.length === 0) return Promise.resolve([] as OfferRow[]);
  return offersWithProvider(db).where('o.network_id', '=', p.networkId).where('o.id', 'in', [...p.ids]).execute();
}

export function findSchedulesFor(db: Executor, p: { networkId: string; offerIds: readonly string[] }) {
  if (p.offerIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('directory_schedule').selectAll().where('network_id', '=', p.networkId).where('offer_id', 'in', [...p.offerIds])
    .orderBy('weekday').orderBy('opens_at').orderBy('id').execute();
}

export interface OfferFilter {
  networkId: string;
  words: readonly { word: string; categories: readonly Category[] }[];
  categories?: readonly Category[];
  day?: number;
  from?: string;
  until?: string;
  availableOnly?: boolean;
  age?: number;
  organisationIds?: readonly string[];
  includeInactive?: boolean;
  verifiedSince?: Date;
  /** A point to measure from (the patient's postcode), or the postcode district to keep to when the postcode is unknown. */
  origin?: { latitude: number; longitude: number; district: string; maxMetres?: number } | { district: string };
  limit: number;
}

/** Metres from a point, by the haversine formula on a sphere of the Earth's mean radius (6,371 km). */
function metresFrom(lat: number, lng: number) {
  const olat = sql`coalesce(l.latitude, pc.latitude)`;
  const olng = sql`coalesce(l.longitude, pc.longitude)`;
  // least() skips nulls in PostgreSQL, so a place without coordinates is caught before it.
  return sql<number | null>`case when ${olat} is null or ${olng} is null then null else round(6371000 * 2 * asin(least(1, sqrt(power(sin(radians(${olat} - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${olat})) * power(sin(radians(${olng} - ${lng}) / 2), 2)))))::integer end`;
}

const likePattern = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const textArray = (values: readonly string[]) => sql`array[${sql.join(values.map((v) => sql`${v}`))}]::text[]`;
/** Sorted after every measured distance: offers by phone or online, and those matched only by postcode district. */
export const UNMEASURED = 2_000_000_000;

/**
 * One page of offers matching a search. With a measured origin the page is ordered by distance (then
 * id); otherwise by name (then id). The cursor key is the last row's sort key.
 */
export async function findOfferRows(db: Executor, f: OfferFilter, after: { distance: number; id: string } | { name: string; id: string } | null): Promise<OfferRow[]> {
  const measured = f.origin && 'latitude' in f.origin ? f.origin : null;
  const distance = measured ? metresFrom(measured.latitude, measured.longitude) : sql<null>`null::integer`;
  const sortDistance = sql<number>`coalesce(${distance}, ${UNMEASURED})`;
  // Only a search from a postcode has distances (null where unmeasured); other lists leave the field out.
  let q = offersWithProvider(db).$if(!!f.origin, (qb) => qb.select(distance.as('distance_m'))).where('o.network_id', '=', f.networkId);
  if (!f.includeInactive) q = q.where('o.active', '=', true);
  if (f.organisationIds) q = f.organisationIds.length ? q.where('o.organisation_id', 'in', [...f.organisationIds]) : q.where(sql<SqlBool>`false`);
  if (f.categories?.length) q = q.where(sql<SqlBool>`o.categories && ${textArray(f.categories)}`);
  for (const w of f.words) {
    const pattern = likePattern(w.word);
    q = q.where((eb) => eb.or([
      eb('o.name', 'ilike', pattern), eb('o.description', 'ilike', pattern), eb('g.name', 'ilike', pattern),
      ...(w.categories.length ? [sql<SqlBool>`o.categories && ${textArray(w.categories)}`] : []),
    ]));
  }
  if (f.day !== undefined || f.from || f.until) {
    q = q.where((eb) => eb.exists(eb.selectFrom('directory_schedule as s').select(sql`1`.as('one'))
      .whereRef('s.network_id', '=', 'o.network_id').whereRef('s.offer_id', '=', 'o.id')
      .$if(f.day !== undefined, (s) => s.where('s.weekday', '=', f.day!))
      .$if(!!f.from, (s) => s.where('s.closes_at', '>', f.from!))
      .$if(!!f.until, (s) => s.where('s.opens_at', '<', f.until!))));
  }
  if (f.availableOnly) q = q.where((eb) => eb.or([eb('o.places_available', 'is', null), eb('o.places_available', '>', 0)]));
  if (f.age !== undefined) {
    q = q.where((eb) => eb.and([
      eb.or([eb('o.min_age', 'is', null), eb('o.min_age', '<=', f.age!)]),
      eb.or([eb('o.max_age', 'is', null), eb('o.max_age', '>=', f.age!)]),
    ]));
  }
  if (f.verifiedSince) q = q.where('o.last_verified_at', '>=', f.verifiedSince);
  if (f.origin) {
    // Offers with no place (by phone, online) serve everyone; a place without coordinates counts when it
    // is in the same postcode district; a measured place counts within maxMetres.
    const sameDistrict = sql<SqlBool>`split_part(l.postcode, ' ', 1) = ${f.origin.district}`;
    const noPlace = sql<SqlBool>`o.location_id is null`;
    if (!measured) q = q.where((eb) => eb.or([noPlace, sameDistrict]));
    else q = q.where((eb) => eb.or([
      noPlace,
      measured.maxMetres !== undefined ? sql<SqlBool>`${distance} <= ${Math.round(measured.maxMetres)}` : sql<SqlBool>`${distance} is not null`,
      sql<SqlBool>`(${distance} is null and ${sameDistrict})`,
    ]));
  }
  const name = sql<string>`lower(o.name)`;
  if (measured) {
    if (after && 'distance' in after) q = q.where((eb) => afterKey(eb, [sortDistance, sql`o.id`], [after.distance, after.id]));
    q = q.orderBy(sortDistance).orderBy('o.id');
  } else {
    if (after && 'name' in after) q = q.where((eb) => afterKey(eb, [name, sql`o.id`], [after.name, after.id]));
    q = q.orderBy(name).orderBy('o.id');
  }
  return q.limit(f.limit + 1).execute();
}

export function findPostcode(db: Executor, postcode: string) {
  return db.selectFrom('directory_postcode').select(['latitude', 'longitude']).where('postcode', '=', postcode).executeTakeFirst();
}

/** The directory organisations a staff member belongs to (health champions, community partners). */
export async function findMemberOrganisationIds(db: Executor, p: { networkId: string; staffId: string }): Promise<string[]> {
  const rows = await db.selectFrom('directory_member').select('organisation_id').where('network_id', '=', p.networkId).where('staff_id', '=', p.staffId).execute();
  return rows.map((r) => r.organisation_id);
}
