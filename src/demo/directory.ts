import { DateTime } from 'luxon';
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { insertPostcodes } from '../modules/directory/index.ts';
import { LONDON } from '../platform/calendar.ts';
import { bulkInsert, type CellValue } from './bulk-insert.ts';
import { DEMO_OFFERS, DEMO_PROVIDERS, type DemoProviderKey } from './directory-offers.ts';
import { dramaLandline, makeAddress, makePostcode, type DemoOrganisation } from './organisations.ts';
import type { IdSource, Random } from './random.ts';

// The demo network's community directory: 66 offers in every category from made-up voluntary groups,
// council and NHS services and four practices' health champions, spread over the practices'
// postcode districts; some not verified for months (stale), some full; a walking group run by the
// demo health champion (health-champion@example.com) with three months of sessions and attendance;
// and coordinates for every postcode the demo uses, so distances work out of the box.

const DAYS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const NTH: Record<string, number> = { '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: -1 };
const FIRST_NAMES = ['Maureen', 'Bob', 'Pat', 'Jean', 'Derek', 'Sandra', 'Tariq', 'Aisha', 'Hannah', 'Graham', 'Brenda', 'Kevin', 'Shirley', 'Raj', 'Elaine', 'Colin', 'Margaret', 'Joyce', 'Bilal', 'Lorraine'];
const CODES = ['blue-kite', 'fox7', 'sunflower', 'robin', 'owl2', 'bramble'];

/** "LS7 3AB" → a point: each district has a centre spread round the town, each postcode a little way from it. */
export function demoCoordinates(postcode: string): { latitude: number; longitude: number } {
  const [outward, inward] = postcode.split(' ');
  const district = Number(outward.replace(/^\D+/, '')) || 1;
  const angle = district * 2.39996; // the golden angle: districts spread evenly round the centre
  const km = 1.2 * Math.sqrt(district);
  let h = 2166136261;
  for (const ch of inward ?? '') h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  const jitterAngle = ((h >>> 0) % 3600) / 3600 * 2 * Math.PI;
  const jitterKm = (((h >>> 12) % 1000) / 1000) * 0.9;
  const north = km * Math.sin(angle) + jitterKm * Math.sin(jitterAngle);
  const east = km * Math.cos(angle) + jitterKm * Math.cos(jitterAngle);
  return { latitude: Math.round((53.7 + north / 111.2) * 1e6) / 1e6, longitude: Math.round((-1.6 + east / (111.2 * Math.cos((53.7 * Math.PI) / 180))) * 1e6) / 1e6 };
}

function parseTimes(times: string | null): { freq: 'weekly' | 'monthly'; every_n: number; weekday: number; week_of_month: number | null; opens_at: string; closes_at: string }[] {
  if (!times) return [];
  const parts = times.split(' ');
  const [opens, closes] = parts[parts.length - 1].split('-');
  const days = parts[parts.length - 2].split(',').map((d) => DAYS[d]);
  const lead = parts.length === 3 ? parts[0] : null;
  if (lead && lead in NTH) return days.map((weekday) => ({ freq: 'monthly', every_n: 1, weekday, week_of_month: NTH[lead], opens_at: opens, closes_at: closes }));
  const every = lead?.startsWith('every') ? Number(lead.slice(5)) : 1;
  return days.map((weekday) => ({ freq: 'weekly', every_n: every, weekday, week_of_month: null, opens_at: opens, closes_at: closes }));
}

export interface DemoDirectoryOptions {
  networkId: string;
  rng: Random;
  ids: IdSource;
  today: Date;
  practices: readonly DemoOrganisation[];
  /** Staff ids of the featured health champion and community partner, when the demo has them. */
  championStaffId: string | null;
  partnerStaffId: string | null;
}

export async function createDemoDirectory(database: Database, o: DemoDirectoryOptions): Promise<Record<string, number>> {
  const { networkId, rng, ids } = o;
  const today = DateTime.fromJSDate(o.today, { zone: LONDON }).startOf('day');
  const providerIds = new Map<DemoProviderKey, string>();
  const organisations: CellValue[][] = [];
  for (const [key, p] of Object.entries(DEMO_PROVIDERS)) {
    const id = ids.next();
    providerIds.set(key as DemoProviderKey, id);
    organisations.push([networkId, id, p.name, p.kind, p.description, `https://example.org/${key}`, null, dramaLandline(rng)]);
  }
  o.practices.slice(0, 4).forEach((pr, i) => {
    const id = ids.next();
    providerIds.set(`champions${i}` as DemoProviderKey, id);
    organisations.push([networkId, id, `${pr.name} health champions`, 'health-champions', `Volunteers from ${pr.name} who run free groups for patients and neighbours.`, null, null, pr.phone]);
  });
  await bulkInsert(database, 'directory_organisation', ['network_id', 'id', 'name', 'kind', 'description', 'website', 'email', 'phone'], organisations);
  const members: CellValue[][] = [];
  if (o.championStaffId) members.push([networkId, providerIds.get('champions0')!, o.championStaffId]);
  if (o.partnerStaffId) members.push([networkId, providerIds.get('agewell')!, o.partnerStaffId]);
  await bulkInsert(database, 'directory_member', ['network_id', 'organisation_id', 'staff_id'], members);

  const districts = [...new Set(o.practices.flatMap((p) => p.districts))];
  const locations: CellValue[][] = [];
  const offers: CellValue[][] = [];
  const schedules: CellValue[][] = [];
  const offerPostcodes: string[] = [];
  const groupOffers: { id: string; weekday: number; opens: string; closes: string; champion: boolean }[] = [];
  DEMO_OFFERS.forEach((t, i) => {
    const id = ids.next();
    // A small network (tests) has fewer practices than champion groups: their groups go to the first practices.
    const providerKey = (t.provider.startsWith('champions') ? `champions${Number(t.provider.slice(-1)) % Math.min(4, o.practices.length)}` : t.provider) as DemoProviderKey;
    const champion = providerKey.startsWith('champions');
    const practice = champion ? o.practices[Number(providerKey.slice(-1))] : null;
    let locationId: string | null = null;
    if (t.place !== false) {
      locationId = ids.next();
      const postcode = makePostcode(rng, practice ? practice.districts[0] : districts[i % districts.length]);
      offerPostcodes.push(postcode);
      const venue = champion ? `${practice!.name}` : rng.pick(['Community Centre', 'Library', 'Methodist Church Hall', 'Leisure Centre', 'Neighbourhood Hub', 'Town Hall']);
      locations.push([networkId, locationId, champion ? venue : `${venue.startsWith('Town') ? 'Calderbridge' : rng.pick(['Moorside', 'Canal Street', 'Beckfoot', 'Holme', 'Weavers', 'St Aidan\'s'])} ${venue}`, makeAddress(rng), postcode]);
    }
    // About one offer in eight has not been checked for more than six months (flagged stale).
    const stale = i % 8 === 5;
    const verified = today.minus({ days: stale ? rng.int(200, 420) : rng.int(3, 150) }).plus({ hours: 11 }).toJSDate();
    const capacity = t.capacity ?? null;
    const places = capacity === null ? null : i % 5 === 0 ? 0 : rng.int(1, capacity);
    const access = t.access ?? 'self-refer';
    offers.push([
      networkId, id, providerIds.get(providerKey)!, locationId, t.name, t.description, t.categories, access,
      access === 'self-refer' ? null : 'Ask your GP practice, link worker or care navigator to refer you.',
      capacity, places, t.ages?.[0] ?? null, t.ages?.[1] ?? null, t.conditions ?? [], t.cost ?? null,
      champion ? 'Practice reception' : null, rng.chance(0.9) ? dramaLandline(rng) : null, `hello.${i + 1}@example.org`,
      `https://example.org/offers/${i + 1}`, true, verified,
    ]);
    for (const s of parseTimes(t.times)) {
      schedules.push([networkId, ids.next(), id, s.freq, s.every_n, s.weekday, s.week_of_month, s.opens_at, s.closes_at, null]);
      if (s.freq === 'weekly' && s.every_n === 1 && (champion || providerKey === 'agewell') && t.place !== false) groupOffers.push({ id, weekday: s.weekday, opens: s.opens_at, closes: s.closes_at, champion });
    }
  });
  await bulkInsert(database, 'directory_location', ['network_id', 'id', 'name', 'address', 'postcode'], locations);
  await bulkInsert(database, 'directory_offer', ['network_id', 'id', 'organisation_id', 'location_id', 'name', 'description', 'categories', 'how_to_access', 'referral_details',
    'capacity', 'places_available', 'min_age', 'max_age', 'conditions', 'cost', 'contact_name', 'contact_phone', 'contact_email', 'website', 'active', 'last_verified_at'], offers);
  await bulkInsert(database, 'directory_schedule', ['network_id', 'id', 'offer_id', 'freq', 'every_n', 'weekday', 'week_of_month', 'opens_at', 'closes_at', 'description'], schedules);

  // Twelve weeks of sessions of the champions' and Age Well's weekly groups, with who came.
  const sessions: CellValue[][] = [];
  const attendance: CellValue[][] = [];
  const regulars = (n: number) => [...FIRST_NAMES].sort(() => rng.next() - 0.5).slice(0, n);
  for (const g of groupOffers) {
    const group = regulars(rng.int(6, 14));
    for (let week = 1; week <= 12; week++) {
      const day = today.minus({ weeks: week }).set({ weekday: g.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7 });
      if (day >= today || rng.chance(0.08)) continue;
      const sessionId = ids.next();
      const hours = ((Number(g.closes.slice(0, 2)) * 60 + Number(g.closes.slice(3))) - (Number(g.opens.slice(0, 2)) * 60 + Number(g.opens.slice(3)))) / 60;
      sessions.push([networkId, sessionId, g.id, day.toISODate()!, Math.round(hours * rng.int(1, 3) * 10) / 10]);
      const came = new Set(group.filter(() => rng.chance(0.7)));
      if (rng.chance(0.3)) came.add(rng.pick(CODES));
      for (const name of came) attendance.push([networkId, sessionId, name.toLowerCase(), name]);
    }
  }
  await bulkInsert(database, 'directory_session', ['network_id', 'id', 'offer_id', 'held_on', 'volunteer_hours'], sessions);
  await bulkInsert(database, 'directory_attendance', ['network_id', 'session_id', 'attendee_key', 'attendee'], attendance);

  // Coordinates for every postcode of the demo: patients, practices, sites, offers.
  const { rows } = await sql<{ postcode: string }>`
    select postcode from patient where network_id = ${networkId} and postcode is not null
    union select postcode from organisation where network_id = ${networkId} and postcode is not null
    union select postcode from site where network_id = ${networkId} and postcode is not null`.execute(database.db);
  const postcodes = [...new Set([...rows.map((r) => r.postcode), ...offerPostcodes])];
  await insertPostcodes(database.db, postcodes.map((p) => ({ postcode: p, ...demoCoordinates(p) })));
  return { directoryOffers: offers.length, directoryOrganisations: organisations.length, directorySessions: sessions.length, directoryAttendances: attendance.length, postcodes: postcodes.length };
}
