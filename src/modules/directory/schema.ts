import { Type, type Static, type TSchema } from 'typebox';
import { Closed, IsoDate, IsoDateTime, Uuid } from '../../platform/schemas.ts';
import { pageQuery, Page } from '../../platform/pagination.ts';
import { CATEGORIES, type Category } from './categories.ts';
import type { HowToAccess, ProviderKind } from './tables.ts';

// Wire shapes of the community directory. Offers are read by many roles and written by managers,
// health champions and community partners; nothing here is patient data.

/** A list of allowed words as one JSON-schema enum, so a wrong value is one clear error naming the field. */
const oneOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
// Null first: with the server's type coercion, a union tried in order would turn null into 0 or "".
const Nullable = <T extends TSchema>(s: T, options: { description?: string } = {}) => Type.Union([Type.Null(), s], options);

export const PROVIDER_KINDS: readonly ProviderKind[] = ['voluntary', 'council', 'nhs', 'health-champions'];
export const HOW_TO_ACCESS: readonly HowToAccess[] = ['self-refer', 'referral-needed', 'self-refer-or-referral'];
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const CategorySchema = oneOf<Category>(CATEGORIES, 'a directory category');
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'local time in Europe/London, HH:MM' });
const Postcode = Type.String({ format: 'uk-postcode', maxLength: 10 });
const Phone = Type.String({ pattern: '^[0-9 +()-]{6,20}$', description: 'a UK phone number' });
const Email = Type.String({ format: 'email', maxLength: 200 });
const Url = Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 500, description: 'a web address starting http:// or https://' });

export const Schedule = Closed({
  freq: oneOf(['weekly', 'monthly'] as const),
  every: Type.Optional(Type.Integer({ minimum: 1, maximum: 12, default: 1, description: 'weekly: every n weeks (2 = fortnightly)' })),
  weekday: oneOf(WEEKDAYS),
  weekOfMonth: Type.Optional(Nullable(Type.Integer({ minimum: -1, maximum: 4, not: { const: 0 } }), { description: 'monthly: 1-4 for the first to fourth, -1 for the last weekday of the month' })),
  opensAt: Time,
  closesAt: Time,
  description: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
});
export type Schedule = Static<typeof Schedule>;

export const Location = Closed({
  name: Type.Optional(Nullable(Type.String({ maxLength: 160 }))),
  address: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  postcode: Nullable(Postcode),
  latitude: Type.Optional(Nullable(Type.Number({ minimum: 49, maximum: 61 }))),
  longitude: Type.Optional(Nullable(Type.Number({ minimum: -9, maximum: 3 }))),
});
export type Location = Static<typeof Location>;

export const Contact = Closed({
  name: Type.Optional(Nullable(Type.String({ maxLength: 160 }))),
  phone: Type.Optional(Nullable(Phone)),
  email: Type.Optional(Nullable(Email)),
  website: Type.Optional(Nullable(Url)),
}, { description: 'at least one of phone, email or website' });
export type Contact = Static<typeof Contact>;

export const Eligibility = Closed({
  minAge: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 130 }))),
  maxAge: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 130 }))),
  conditions: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 120 }), { maxItems: 20, description: 'who it is for, in words: "carers", "people living with dementia"' })),
});

/** An offer as every reader sees it. */
export const DirectoryOfferView = Type.Object({
  id: Uuid(),
  networkId: Uuid(),
  organisationId: Uuid(),
  providerName: Type.String(),
  providerKind: oneOf(PROVIDER_KINDS),
  name: Type.String(),
  description: Type.String(),
  categories: Type.Array(CategorySchema),
  location: Type.Union([Type.Object({ name: Type.Union([Type.String(), Type.Null()]), address: Type.Union([Type.String(), Type.Null()]), postcode: Type.Union([Type.String(), Type.Null()]), latitude: Type.Union([Type.Number(), Type.Null()]), longitude: Type.Union([Type.Number(), Type.Null()]) }), Type.Null()]),
  postcode: Type.Union([Type.String(), Type.Null()]),
  schedules: Type.Array(Type.Object({ freq: Type.String(), every: Type.Integer(), weekday: oneOf(WEEKDAYS), weekOfMonth: Type.Union([Type.Integer(), Type.Null()]), opensAt: Time, closesAt: Time, description: Type.Union([Type.String(), Type.Null()]) })),
  times: Type.String({ description: 'the schedules in words: "Tuesdays 10:00–12:00"' }),
  howToAccess: oneOf(HOW_TO_ACCESS),
  referralDetails: Type.Union([Type.String(), Type.Null()]),
  capacity: Type.Union([Type.Integer(), Type.Null()]),
  placesAvailable: Type.Union([Type.Integer(), Type.Null()]),
  eligibility: Type.Object({ minAge: Type.Union([Type.Integer(), Type.Null()]), maxAge: Type.Union([Type.Integer(), Type.Null()]), conditions: Type.Array(Type.String()) }),
  cost: Type.Union([Type.String(), Type.Null()]),
  contact: Type.Object({ name: Type.Union([Type.String(), Type.Null()]), phone: Type.Union([Type.String(), Type.Null()]), email: Type.Union([Type.String(), Type.Null()]), website: Type.Union([Type.String(), Type.Null()]) }),
  active: Type.Boolean(),
  lastVerifiedAt: IsoDateTime(),
  stale: Type.Boolean({ description: 'not verified for more than 6 months' }),
  distanceMiles: Type.Optional(Type.Union([Type.Number(), Type.Null()], { description: 'from the postcode searched for; null when only the postcode district matched, or the offer has no place (by phone or online)' })),
});
export type DirectoryOffer = Static<typeof DirectoryOfferView>;

export const SearchQuery = Closed({
  text: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'a need or free text: "lonely", "walking group", "debt"' })),
  need: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'the same as text' })),
  categories: Type.Optional(Type.Array(CategorySchema, { maxItems: 13, description: 'any of these categories' })),
  postcode: Type.Optional(Postcode),
  maxMiles: Type.Optional(Type.Number({ minimum: 0.1, maximum: 100, description: 'only with postcode' })),
  day: Type.Optional(oneOf(WEEKDAYS, 'runs on this weekday')),
  from: Type.Optional(Time),
  until: Type.Optional(Time),
  availableOnly: Type.Optional(Type.Boolean({ description: 'leave out offers with no places left' })),
  age: Type.Optional(Type.Integer({ minimum: 0, maximum: 130, description: 'only offers this age may use' })),
  organisationId: Type.Optional(Uuid()),
  includeInactive: Type.Optional(Type.Boolean({ description: 'managers: also offers no longer running' })),
  freshOnly: Type.Optional(Type.Boolean({ description: 'leave out offers not verified for more than 6 months' })),
  ...pageQuery({ defaultLimit: 20, maxLimit: 100 }),
});
export type SearchQuery = Static<typeof SearchQuery>;
export const OfferPage = Page(DirectoryOfferView);

export const OfferIdParams = Closed({ id: Uuid() });
export { IsoDate };

/** What a manager, champion or partner sends to create or replace an offer. */
export const OfferBody = Closed({
  organisationId: Uuid('the directory organisation that runs it'),
  name: Type.String({ minLength: 2, maxLength: 160 }),
  description: Type.Optional(Type.String({ maxLength: 4000 })),
  categories: Type.Array(CategorySchema, { minItems: 1, maxItems: 13, uniqueItems: true }),
  location: Nullable(Location, { description: 'null for an offer by phone or online' }),
  schedules: Type.Array(Schedule, { maxItems: 14 }),
  howToAccess: oneOf(HOW_TO_ACCESS),
  referralDetails: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  capacity: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100000 }))),
  placesAvailable: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100000 }))),
  eligibility: Type.Optional(Eligibility),
  cost: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  contact: Contact,
  active: Type.Optional(Type.Boolean({ default: true })),
});
export type OfferBody = Static<typeof OfferBody>;

export const OrganisationView = Type.Object({
  id: Uuid(), name: Type.String(), kind: oneOf(PROVIDER_KINDS), description: Type.Union([Type.String(), Type.Null()]),
  website: Type.Union([Type.String(), Type.Null()]), email: Type.Union([Type.String(), Type.Null()]), phone: Type.Union([Type.String(), Type.Null()]),
  offers: Type.Integer(), members: Type.Array(Type.Object({ staffId: Uuid(), name: Type.String() })),
});
export type OrganisationView = Static<typeof OrganisationView>;
export const OrganisationBody = Closed({
  name: Type.String({ minLength: 2, maxLength: 160 }),
  kind: oneOf(PROVIDER_KINDS),
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  website: Type.Optional(Nullable(Url)),
  email: Type.Optional(Nullable(Email)),
  phone: Type.Optional(Nullable(Phone)),
});
export type OrganisationBody = Static<typeof OrganisationBody>;
export const MemberBody = Closed({ staffId: Uuid('a health champion or community partner who runs this organisation\'s offers') });
export const MemberParams = Closed({ id: Uuid(), staffId: Uuid() });

const Attendee = Type.String({ minLength: 1, maxLength: 40, pattern: "^[\\p{L}\\p{N}][\\p{L}\\p{N} .'-]*$", description: 'a first name or a code the person chose' });
export const SessionBody = Closed({
  heldOn: IsoDate('the day of the session'),
  volunteerHours: Type.Optional(Type.Number({ minimum: 0, maximum: 200, description: 'volunteer hours it took, all volunteers together' })),
  attendees: Type.Array(Attendee, { maxItems: 200 }),
});
export type SessionBody = Static<typeof SessionBody>;
export const SessionView = Type.Object({ id: Uuid(), offerId: Uuid(), heldOn: IsoDate(), volunteerHours: Type.Number(), attendees: Type.Array(Type.String()), attendance: Type.Integer() });
export type SessionView = Static<typeof SessionView>;
export const SessionsQuery = Closed({ ...pageQuery({ defaultLimit: 20, maxLimit: 100 }) });
export const SessionPage = Page(SessionView);

export const OfferSummaryView = Type.Object({
  offerId: Uuid(), sessions: Type.Integer(), attendances: Type.Integer(), volunteerHours: Type.Number(),
  lastSessionOn: Type.Union([IsoDate(), Type.Null()]),
  referred: Type.Union([Type.Integer(), Type.Null()], { description: 'people referred to this offer by link workers, all told (from social prescribing); null until that module reports' }),
  referredThisMonth: Type.Union([Type.Integer(), Type.Null()], { description: 'of those, people referred since the first of this month (London time)' }),
});
export type OfferSummaryView = Static<typeof OfferSummaryView>;

export const ActivityQuery = Closed({ from: Type.Optional(IsoDate('first day; default 90 days ago')), to: Type.Optional(IsoDate('last day; default today')) });
export const ActivityView = Type.Object({
  from: IsoDate(), to: IsoDate(),
  totals: Type.Object({ groups: Type.Integer(), sessions: Type.Integer(), volunteerHours: Type.Number(), attendances: Type.Integer(), volunteers: Type.Integer() }),
  organisations: Type.Array(Type.Object({
    id: Uuid(), name: Type.String(), kind: oneOf(PROVIDER_KINDS), groups: Type.Integer(), volunteers: Type.Integer(),
    sessions: Type.Integer(), volunteerHours: Type.Number(), attendances: Type.Integer(),
  })),
});
export type ActivityView = Static<typeof ActivityView>;
