import { Type, type Static } from 'typebox';
import { isValidPostcode, normalisePostcode } from '../../platform/postcode.ts';
import { CATEGORIES, CATEGORY_LABELS, TAXONOMY_VOCABULARY, type Category } from './categories.ts';
import type { DirectoryOffer, OfferBody, Schedule, Weekday } from './schema.ts';
import { HOW_TO_ACCESS, PROVIDER_KINDS, WEEKDAYS } from './schema.ts';
import type { HowToAccess, ProviderKind } from './tables.ts';

// Open Referral UK (the UK profile of HSDS 3.0) as Commons reads and writes it: one service record with
// its organization, schedules, service_at_locations (location with addresses), contacts (with phones)
// and attributes (taxonomy terms). Field names follow the published UK profile
// (github.com/OpenReferralUK/uk-profile, schema/*.json and examples/service_full.json). What HSDS has
// no field for is carried as attributes of our own vocabularies, as HSDS intends:
//   commons-directory (category codes), commons-access (how to access), commons-provider-kind,
//   commons-capacity (codes "capacity" and "places-available", with the number as the value).
// Fields we do not use are allowed and ignored, so a feed from another directory imports as it is.

const VOCAB = { access: 'commons-access', kind: 'commons-provider-kind', capacity: 'commons-capacity' } as const;
const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const Open = <T extends Parameters<typeof Type.Object>[0]>(props: T) => Type.Object(props, { additionalProperties: true });
const Text = (maxLength: number) => Type.String({ maxLength });
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$' });

const TaxonomyTerm = Open({ code: Type.Optional(Text(100)), name: Type.Optional(Text(200)), vocabulary: Type.Optional(Text(100)) });

/** The JSON schema an imported service record must meet (written from the UK profile's service, schedule, location, address, contact, phone and attribute schemas). */
export const OrukService = Open({
  id: Type.String({ pattern: UUID_PATTERN }),
  name: Type.String({ minLength: 1, maxLength: 160 }),
  description: Type.Optional(Text(4000)),
  url: Type.Optional(Type.String({ pattern: '^https?://\\S+$', maxLength: 500 })),
  email: Type.Optional(Type.String({ pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', maxLength: 200 })),
  status: Type.Union([Type.Literal('active'), Type.Literal('inactive'), Type.Literal('defunct'), Type.Literal('temporarily closed')]),
  minimum_age: Type.Optional(Type.Integer({ minimum: 0, maximum: 130 })),
  maximum_age: Type.Optional(Type.Integer({ minimum: 0, maximum: 130 })),
  eligibility_description: Type.Optional(Text(2000)),
  assured_date: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  organization: Open({
    id: Type.String({ pattern: UUID_PATTERN }),
    name: Type.String({ minLength: 1, maxLength: 160 }),
    description: Type.Optional(Text(2000)),
    website: Type.Optional(Type.String({ pattern: '^https?://\\S+$', maxLength: 500 })),
    email: Type.Optional(Type.String({ pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', maxLength: 200 })),
  }),
  contacts: Type.Optional(Type.Array(Open({
    name: Type.Optional(Text(160)),
    email: Type.Optional(Type.String({ pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', maxLength: 200 })),
    phones: Type.Optional(Type.Array(Open({ number: Type.String({ pattern: '^[0-9 +()-]{6,20}$' }) }), { maxItems: 10 })),
  }), { maxItems: 10 })),
  schedules: Type.Optional(Type.Array(Open({
    freq: Type.Union([Type.Literal('WEEKLY'), Type.Literal('MONTHLY')]),
    interval: Type.Optional(Type.Integer({ minimum: 1, maximum: 12 })),
    byday: Type.String({ pattern: '^(-1|[1-4])?(MO|TU|WE|TH|FR|SA|SU)(,(-1|[1-4])?(MO|TU|WE|TH|FR|SA|SU))*$' }),
    opens_at: Time,
    closes_at: Time,
    description: Type.Optional(Text(200)),
  }), { maxItems: 14 })),
  service_at_locations: Type.Optional(Type.Array(Open({
    location: Open({
      name: Type.Optional(Text(160)),
      latitude: Type.Optional(Type.Number({ minimum: 49, maximum: 61 })),
      longitude: Type.Optional(Type.Number({ minimum: -9, maximum: 3 })),
      addresses: Type.Optional(Type.Array(Open({
        address_1: Type.Optional(Text(200)), city: Type.Optional(Text(100)), postal_code: Type.Optional(Text(10)),
      }), { maxItems: 5 })),
    }),
  }), { maxItems: 1, description: 'Commons holds one place per offer' })),
  cost_options: Type.Optional(Type.Array(Open({ option: Type.Optional(Text(200)), amount: Type.Optional(Type.Number({ minimum: 0 })), amount_description: Type.Optional(Text(200)) }), { maxItems: 5 })),
  attributes: Type.Optional(Type.Array(Open({ taxonomy_term: TaxonomyTerm, value: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Number()])) }), { maxItems: 50 })),
});
export type OrukService = Static<typeof OrukService>;

/** An ORUK page of services, as HSDA's /services answers (also what an import file may be). */
export const OrukPage = Open({ contents: Type.Array(Type.Unknown()) });

const BYDAY: Record<string, Weekday> = { MO: 'mon', TU: 'tue', WE: 'wed', TH: 'thu', FR: 'fri', SA: 'sat', SU: 'sun' };
const DAY_CODE = Object.fromEntries(Object.entries(BYDAY).map(([k, v]) => [v, k])) as Record<Weekday, string>;

export interface MappedService {
  body: OfferBody;
  organisation: { id: string; name: string; kind: ProviderKind; description: string | null; website: string | null; email: string | null };
  verifiedOn: string | null;
  /** Problems only the mapping can see, as pointers within the record. */
  problems: { pointer: string; detail: string }[];
}

function termsOf(s: OrukService, vocabulary: string) {
  return (s.attributes ?? []).map((a, i) => ({ ...a, index: i })).filter((a) => a.taxonomy_term.vocabulary === vocabulary);
}

/** One ORUK service as the offer Commons stores. */
export function fromOruk(s: OrukService): MappedService {
  const problems: MappedService['problems'] = [];
  const categories: Category[] = [];
  for (const a of termsOf(s, TAXONOMY_VOCABULARY)) {
    const code = a.taxonomy_term.code ?? CATEGORIES.find((c) => CATEGORY_LABELS[c].toLowerCase() === a.taxonomy_term.name?.toLowerCase());
    if (code && (CATEGORIES as readonly string[]).includes(code)) { if (!categories.includes(code as Category)) categories.push(code as Category); }
    else problems.push({ pointer: `/attributes/${a.index}/taxonomy_term/code`, detail: `unknown category "${a.taxonomy_term.code ?? a.taxonomy_term.name ?? ''}": use one of ${CATEGORIES.join(', ')}` });
  }
  if (!categories.length && !problems.length) problems.push({ pointer: '/attributes', detail: `give at least one category: a taxonomy_term of vocabulary "${TAXONOMY_VOCABULARY}"` });
  const access = termsOf(s, VOCAB.access)[0];
  if (access && !(HOW_TO_ACCESS as readonly string[]).includes(access.taxonomy_term.code ?? '')) problems.push({ pointer: `/attributes/${access.index}/taxonomy_term/code`, detail: `use one of ${HOW_TO_ACCESS.join(', ')}` });
  const kind = termsOf(s, VOCAB.kind)[0];
  if (kind && !(PROVIDER_KINDS as readonly string[]).includes(kind.taxonomy_term.code ?? '')) problems.push({ pointer: `/attributes/${kind.index}/taxonomy_term/code`, detail: `use one of ${PROVIDER_KINDS.join(', ')}` });
  const numberOf = (code: string) => {
    const a = termsOf(s, VOCAB.capacity).find((t) => t.taxonomy_term.code === code);
    if (!a) return null;
    const n = Number(a.value);
    if (!Number.isInteger(n) || n < 0) { problems.push({ pointer: `/attributes/${a.index}/value`, detail: 'must be a whole number, 0 or more' }); return null; }
    return n;
  };
  const schedules: Schedule[] = [];
  (s.schedules ?? []).forEach((sc) => {
    for (const part of sc.byday.split(',')) {
      const m = /^(-1|[1-4])?([A-Z]{2})$/.exec(part)!;
      schedules.push({
        freq: sc.freq === 'MONTHLY' ? 'monthly' : 'weekly', every: sc.interval ?? 1, weekday: BYDAY[m[2]],
        weekOfMonth: sc.freq === 'MONTHLY' ? (m[1] ? Number(m[1]) : null) : null,
        opensAt: sc.opens_at.slice(0, 5), closesAt: sc.closes_at.slice(0, 5), description: sc.description ?? null,
      });
    }
  });
  const loc = s.service_at_locations?.[0]?.location;
  const address = loc?.addresses?.[0];
  const postcode = address?.postal_code?.trim() || null;
  if (postcode && !isValidPostcode(postcode)) problems.push({ pointer: '/service_at_locations/0/location/addresses/0/postal_code', detail: 'must be a valid UK postcode' });
  const contact = s.contacts?.[0];
  const body: OfferBody = {
    organisationId: s.organization.id,
    name: s.name,
    description: s.description ?? '',
    categories: categories.length ? categories : ['loneliness'],
    location: loc ? {
      name: loc.name ?? null, address: [address?.address_1, address?.city].filter(Boolean).join(', ') || null,
      postcode: postcode && isValidPostcode(postcode) ? normalisePostcode(postcode) : null, latitude: loc.latitude ?? null, longitude: loc.longitude ?? null,
    } : null,
    schedules,
    howToAccess: (access?.taxonomy_term.code as HowToAccess | undefined) ?? 'self-refer',
    capacity: numberOf('capacity'),
    placesAvailable: numberOf('places-available'),
    eligibility: {
      minAge: s.minimum_age ?? null, maxAge: s.maximum_age ?? null,
      conditions: s.eligibility_description ? s.eligibility_description.split(';').map((c) => c.trim()).filter(Boolean).slice(0, 20) : [],
    },
    cost: s.cost_options?.[0]?.option ?? null,
    contact: { name: contact?.name ?? null, phone: contact?.phones?.[0]?.number ?? null, email: contact?.email ?? s.email ?? null, website: s.url ?? null },
    active: s.status === 'active',
  };
  return {
    body, problems, verifiedOn: s.assured_date ?? null,
    organisation: {
      id: s.organization.id, name: s.organization.name, kind: (kind?.taxonomy_term.code as ProviderKind | undefined) ?? 'voluntary',
      description: s.organization.description ?? null, website: s.organization.website ?? null, email: s.organization.email ?? null,
    },
  };
}

const term = (vocabulary: string, code: string, name: string, value?: number) => ({ taxonomy_term: { code, name, vocabulary }, ...(value !== undefined ? { value } : {}) });

/** An offer as an ORUK service record (the export; importing it gives the same offer back). */
export function toOruk(o: DirectoryOffer, organisation: { description: string | null; website: string | null; email: string | null }): OrukService {
  const days = new Map<string, { sc: DirectoryOffer['schedules'][number]; codes: string[] }>();
  for (const sc of o.schedules) {
    const key = [sc.freq, sc.every, sc.opensAt, sc.closesAt, sc.description ?? ''].join('|');
    const code = `${sc.freq === 'monthly' ? String(sc.weekOfMonth) : ''}${DAY_CODE[sc.weekday]}`;
    const entry = days.get(key) ?? { sc, codes: [] };
    entry.codes.push(code);
    days.set(key, entry);
  }
  return {
    id: o.id,
    name: o.name,
    description: o.description,
    ...(o.contact.website ? { url: o.contact.website } : {}),
    status: o.active ? 'active' : 'inactive',
    ...(o.eligibility.minAge !== null ? { minimum_age: o.eligibility.minAge } : {}),
    ...(o.eligibility.maxAge !== null ? { maximum_age: o.eligibility.maxAge } : {}),
    ...(o.eligibility.conditions.length ? { eligibility_description: o.eligibility.conditions.join('; ') } : {}),
    assured_date: o.lastVerifiedAt.slice(0, 10),
    organization: {
      id: o.organisationId, name: o.providerName,
      ...(organisation.description ? { description: organisation.description } : {}),
      ...(organisation.website ? { website: organisation.website } : {}),
      ...(organisation.email ? { email: organisation.email } : {}),
    },
    contacts: o.contact.name || o.contact.phone || o.contact.email ? [{
      ...(o.contact.name ? { name: o.contact.name } : {}), ...(o.contact.email ? { email: o.contact.email } : {}),
      ...(o.contact.phone ? { phones: [{ number: o.contact.phone }] } : {}),
    }] : [],
    schedules: [...days.values()].map(({ sc, codes }) => ({
      freq: sc.freq === 'monthly' ? 'MONTHLY' : 'WEEKLY', interval: sc.every, byday: codes.join(','), opens_at: `${sc.opensAt}:00`, closes_at: `${sc.closesAt}:00`,
      ...(sc.description ? { description: sc.description } : {}),
    })),
    service_at_locations: o.location ? [{
      location: {
        ...(o.location.name ? { name: o.location.name } : {}),
        ...(o.location.latitude !== null ? { latitude: o.location.latitude } : {}), ...(o.location.longitude !== null ? { longitude: o.location.longitude } : {}),
        addresses: [{ ...(o.location.address ? { address_1: o.location.address } : {}), ...(o.location.postcode ? { postal_code: o.location.postcode } : {}) }],
      },
    }] : [],
    ...(o.cost ? { cost_options: [{ option: o.cost }] } : {}),
    attributes: [
      ...o.categories.map((c) => term(TAXONOMY_VOCABULARY, c, CATEGORY_LABELS[c])),
      term(VOCAB.access, o.howToAccess, o.howToAccess),
      term(VOCAB.kind, o.providerKind, o.providerKind),
      ...(o.capacity !== null ? [term(VOCAB.capacity, 'capacity', 'Capacity', o.capacity)] : []),
      ...(o.placesAvailable !== null ? [term(VOCAB.capacity, 'places-available', 'Places available', o.placesAvailable)] : []),
    ],
  };
}
