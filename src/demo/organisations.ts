import type { OpeningHours } from '../modules/network/index.ts';
import type { OrganisationKind } from '../platform/actor.ts';
import type { IdSource, Random } from './random.ts';
import { STREETS, TOWN } from './names.ts';

export interface DemoOrganisation {
  id: string;
  kind: OrganisationKind;
  ods_code: string;
  name: string;
  address: string;
  postcode: string;
  phone: string;
  /** Practices only: how many patients are registered. */
  listSize: number;
  /** Practices only: postcode districts the practice draws its patients from. */
  districts: number[];
}

export interface DemoSite {
  id: string;
  organisation_id: string;
  kind: 'practice-site' | 'hub';
  name: string;
  address: string;
  postcode: string;
  opening_hours: OpeningHours;
  accessibility: string[];
}

const PCN_PRACTICE_NAMES = [
  'Moorside Surgery', 'Canal Street Medical Centre', 'Riverside Health Centre', 'Weavers Lane Practice', 'Holme Valley Family Doctors',
  'St Aidan\'s Medical Practice', 'Beckfoot Surgery',
];
const PLACES = [
  'Moorside', 'Canal Street', 'Riverside', 'Weavers Lane', 'Holme Valley', 'St Aidan\'s', 'Beckfoot', 'Kirkstall Road', 'Harehills', 'Chapeltown',
  'Armley', 'Bramley', 'Roundhay', 'Headingley', 'Hunslet', 'Beeston', 'Morley Bank', 'Farsley', 'Calverley', 'Pudsey Green', 'Horsforth',
  'Seacroft', 'Gipton', 'Burmantofts', 'Halton Moor', 'Crossgates', 'Garforth', 'Rothwell', 'Wortley', 'Holbeck', 'Meanwood', 'Moortown',
  'Alwoodley', 'Adel', 'Otley Road', 'Yeadon', 'Guiseley', 'Rawdon', 'Kippax', 'Swillington', 'Methley', 'Oulton', 'Woodlesford', 'Cookridge',
];
const PRACTICE_KINDS = ['Surgery', 'Medical Centre', 'Health Centre', 'Medical Practice', 'Family Practice'];

const WEEKDAY_HOURS: [string, string][] = [['08:00', '18:30']];
const PRACTICE_HOURS: OpeningHours = { mon: WEEKDAY_HOURS, tue: WEEKDAY_HOURS, wed: WEEKDAY_HOURS, thu: WEEKDAY_HOURS, fri: WEEKDAY_HOURS, sat: [], sun: [] };
const HUB_HOURS: OpeningHours = {
  mon: [['18:30', '20:00']], tue: [['18:30', '20:00']], wed: [['18:30', '20:00']], thu: [['18:30', '20:00']], fri: [['18:30', '20:00']],
  sat: [['09:00', '13:00']], sun: [],
};

export interface OrganisationPlan {
  pcn: DemoOrganisation;
  nhs111: DemoOrganisation;
  practices: DemoOrganisation[];
  hubs: DemoOrganisation[];
  sites: DemoSite[];
  /** The main site of each practice and hub, by organisation id. */
  siteOf: Map<string, DemoSite>;
}

/** Made-up postcodes in the LS format; inward codes never use the letters C I K M O V. */
export function makePostcode(rng: Random, district: number): string {
  const letters = 'ABDEFGHJLNPQRSTUWXYZ';
  return `LS${district} ${rng.int(1, 9)}${letters[rng.int(0, letters.length - 1)]}${letters[rng.int(0, letters.length - 1)]}`;
}

export function makeAddress(rng: Random): string {
  return `${rng.int(1, 180)} ${rng.pick(STREETS)}, ${TOWN}`;
}

/** A landline in Ofcom's drama range for Leeds (0113 496 0000–0999). */
export function dramaLandline(rng: Random): string {
  return `0113 496 0${String(rng.int(0, 999)).padStart(3, '0')}`;
}

/** A mobile in Ofcom's drama range (07700 900000–900999): never a real person's number. */
export function dramaMobile(rng: Random): string {
  return `07700 900${String(rng.int(0, 999)).padStart(3, '0')}`;
}

function splitList(rng: Random, total: number, n: number): number[] {
  const weights = Array.from({ length: n }, (_, i) => (n <= 8 ? [9.2, 8.1, 7.6, 7.0, 6.6, 6.0, 5.5, 5.0][i] : 4 + rng.next() * 8));
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.round((w / sum) * total));
  sizes[0] += total - sizes.reduce((a, b) => a + b, 0);
  return sizes;
}

export function planOrganisations(rng: Random, ids: IdSource, p: { practices: number; hubs: number; patients: number }): OrganisationPlan {
  const org = (kind: OrganisationKind, ods: string, name: string, listSize = 0, districts: number[] = []): DemoOrganisation => ({
    id: ids.next(), kind, ods_code: ods, name, address: makeAddress(rng), postcode: makePostcode(rng, districts[0] ?? 1), phone: dramaLandline(rng), listSize, districts,
  });
  const pcn = org('pcn', 'U99001', p.practices > 10 ? `${TOWN} City Primary Care Network` : `${TOWN} Riverside PCN`, 0, [1]);
  const nhs111 = org('nhs111', 'Z99111', 'NHS 111 Yorkshire (demo)', 0, [2]);
  const sizes = splitList(rng, p.patients, p.practices);
  const practices = sizes.map((size, i) => {
    const name = p.practices === PCN_PRACTICE_NAMES.length ? PCN_PRACTICE_NAMES[i] : `${PLACES[i % PLACES.length]} ${PRACTICE_KINDS[Math.floor(i / PLACES.length) % PRACTICE_KINDS.length]}`;
    const district = 1 + (i * 3) % 29;
    return org('practice', `Z${String(90001 + i)}`, name, size, [district, 1 + ((i * 3 + 1) % 29), 1 + ((i * 3 + 2) % 29)]);
  });
  const hubs = Array.from({ length: p.hubs }, (_, i) => {
    const host = practices[Math.floor((i * practices.length) / p.hubs)];
    return org('hub', `Z98${String(i + 1).padStart(3, '0')}`, `${TOWN} Extended Access Hub ${p.hubs > 2 ? i + 1 : i === 0 ? 'North' : 'South'}`, 0, host.districts);
  });

  const sites: DemoSite[] = [];
  const siteOf = new Map<string, DemoSite>();
  for (const pr of practices) {
    const accessibility = ['step-free', 'hearing-loop', 'parking', 'accessible-toilet'].filter(() => rng.chance(0.7));
    const site: DemoSite = { id: ids.next(), organisation_id: pr.id, kind: 'practice-site', name: pr.name, address: pr.address, postcode: pr.postcode, opening_hours: PRACTICE_HOURS, accessibility };
    sites.push(site);
    siteOf.set(pr.id, site);
    if (pr.listSize > 8500 && p.practices <= 10) {
      // A big practice has a branch surgery, open mornings only.
      const mornings: [string, string][] = [['08:30', '12:30']];
      sites.push({ id: ids.next(), organisation_id: pr.id, kind: 'practice-site', name: `${pr.name} (branch)`, address: makeAddress(rng), postcode: makePostcode(rng, pr.districts[1]), opening_hours: { mon: mornings, tue: mornings, wed: mornings, thu: mornings, fri: mornings, sat: [], sun: [] }, accessibility: ['parking'] });
    }
  }
  hubs.forEach((hub, i) => {
    const host = practices[Math.floor((i * practices.length) / p.hubs)];
    const site: DemoSite = { id: ids.next(), organisation_id: hub.id, kind: 'hub', name: `${hub.name} at ${host.name}`, address: host.address, postcode: host.postcode, opening_hours: HUB_HOURS, accessibility: ['step-free', 'hearing-loop', 'parking', 'accessible-toilet'] };
    sites.push(site);
    siteOf.set(hub.id, site);
  });
  return { pcn, nhs111, practices, hubs, sites, siteOf };
}
