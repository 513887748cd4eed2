import { pageQuery } from '../../platform/pagination.ts';
import { Type, type Static } from 'typebox';
import { Closed, IsoDate, IsoDateTime, Uuid } from '../../platform/schemas.ts';
import { NATIONAL_CATEGORIES } from './gpad.ts';

// Wire shapes for rota templates, slot generation, leave/closures (blocks) and quotas.

export const Channel = Type.Union([Type.Literal('own-practice'), Type.Literal('network'), Type.Literal('hub'), Type.Literal('nhs111'), Type.Literal('online')]);
export const Mode = Type.Union([Type.Literal('face-to-face'), Type.Literal('telephone'), Type.Literal('video'), Type.Literal('home-visit')]);
export const NationalCategory = Type.Union(NATIONAL_CATEGORIES.map((c) => Type.Literal(c)), { description: 'GPAD national appointment category' });
const Time = (description: string) => Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: `${description}, HH:MM Europe/London` });
const Nullable = <T extends ReturnType<typeof Type.String>>(s: T) => Type.Union([s, Type.Null()]);

const templateFields = {
  name: Type.String({ minLength: 1, maxLength: 100, description: 'what reception calls the session, e.g. "Monday morning surgery"' }),
  siteId: Uuid(),
  serviceId: Uuid(),
  weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' }),
  startTime: Time('session start'),
  endTime: Time('session end'),
  slotMinutes: Type.Integer({ minimum: 5, maximum: 240 }),
  mode: Mode,
  nationalCategory: NationalCategory,
  channels: Type.Array(Channel, { minItems: 1, uniqueItems: true, description: 'who may book the slots' }),
  networkShare: Type.Integer({ minimum: 0, maximum: 100, description: '% of each session also released to the network' }),
  // Null first: Ajv's type coercion would otherwise turn null into 0 for the integer branch.
  embargoHours: Type.Union([Type.Null(), Type.Integer({ minimum: 0, maximum: 8760 })], { description: 'slots open for booking this many hours before they start; null = bookable as soon as generated' }),
  validFrom: IsoDate(),
  validTo: Type.Union([Type.Null(), IsoDate()]),
};
const { mode, nationalCategory, networkShare, embargoHours, validFrom, validTo, ...requiredFields } = templateFields;

export const CreateRotaTemplateRequest = Closed({
  staffId: Uuid('the clinician who holds the session'),
  organisationId: Uuid('the organisation whose session it is (practice, hub or the PCN)'),
  role: Type.Optional(Type.String({ minLength: 2, maxLength: 40, description: "defaults to the service's role" })),
  ...requiredFields,
  mode: Type.Optional(mode), nationalCategory: Type.Optional(nationalCategory), networkShare: Type.Optional(networkShare),
  embargoHours: Type.Optional(embargoHours), validFrom: Type.Optional(validFrom), validTo: Type.Optional(validTo),
});
export type CreateRotaTemplateRequest = Static<typeof CreateRotaTemplateRequest>;

export const UpdateRotaTemplateRequest = Type.Partial(Type.Object(templateFields), { additionalProperties: false, description: 'fields to change; slots already generated keep their times' });
export type UpdateRotaTemplateRequest = Static<typeof UpdateRotaTemplateRequest>;

export const RotaTemplateView = Type.Object({
  id: Uuid(), staffId: Uuid(), staffName: Type.String(), organisationId: Uuid(), role: Type.String(), name: Type.String(), siteId: Uuid(), serviceId: Uuid(),
  weekday: Type.Integer(), startTime: Type.String(), endTime: Type.String(), slotMinutes: Type.Integer(), mode: Type.String(), nationalCategory: Type.String(),
  channels: Type.Array(Type.String()), networkShare: Type.Integer(), embargoHours: Type.Union([Type.Integer(), Type.Null()]),
  validFrom: Type.String(), validTo: Type.Union([Type.String(), Type.Null()]), active: Type.Boolean(),
});
export type RotaTemplateView = Static<typeof RotaTemplateView>;

export const RotaTemplateQuery = Closed({ organisationId: Type.Optional(Uuid()), staffId: Type.Optional(Uuid()), includeInactive: Type.Optional(Type.Boolean({ default: false })), ...pageQuery({ defaultLimit: 100, maxLimit: 500 }) });
export const IdParams = Closed({ id: Uuid() });

export const GenerateSlotsRequest = Closed({
  from: Type.Optional(IsoDate('first London day to generate; defaults to today')),
  weeks: Type.Integer({ minimum: 1, maximum: 12 }),
});
export const GenerateSlotsResult = Type.Object({
  from: Type.String(), to: Type.String(), templates: Type.Integer(), created: Type.Integer(), alreadyPresent: Type.Integer(), skippedBlocked: Type.Integer(),
});
export type GenerateSlotsResult = Static<typeof GenerateSlotsResult>;

export const CreateBlockRequest = Closed({
  staffId: Type.Optional(Uuid('leave: block this person\'s slots')),
  siteId: Type.Optional(Uuid('closure: block every slot at this site')),
  startsAt: IsoDateTime(),
  endsAt: IsoDateTime(),
  reason: Type.String({ minLength: 1, maxLength: 200 }),
});
export type CreateBlockRequest = Static<typeof CreateBlockRequest>;
export const BlockView = Type.Object({
  id: Uuid(), staffId: Nullable(Uuid()), siteId: Nullable(Uuid()), startsAt: IsoDateTime(), endsAt: IsoDateTime(), reason: Type.String(), createdAt: IsoDateTime(),
});
export type BlockView = Static<typeof BlockView>;
export const AffectedAppointment = Type.Object({ appointmentId: Uuid(), slotId: Uuid(), startAt: IsoDateTime(), staffId: Uuid(), siteId: Uuid(), providerOrganisationId: Uuid() });
export const CreatedBlock = Type.Object({
  block: BlockView,
  slotsBlocked: Type.Integer(),
  bookedAppointments: Type.Array(AffectedAppointment, { description: 'already booked inside the period: rebook or cancel these; they were not changed' }),
});
export const BlockQuery = Closed({ from: Type.Optional(IsoDateTime()), to: Type.Optional(IsoDateTime()), staffId: Type.Optional(Uuid()), siteId: Type.Optional(Uuid()), ...pageQuery({ defaultLimit: 100, maxLimit: 500 }) });
export type BlockQuery = Static<typeof BlockQuery>;
export const DeletedBlock = Type.Object({ slotsFreed: Type.Integer() });

export const PutQuotaRequest = Closed({
  providerOrganisationId: Uuid('whose slots the quota protects'),
  channel: Channel,
  perDay: Type.Optional(Type.Union([Type.Null(), Type.Integer({ minimum: 0, maximum: 10000 })])),
  perRegisteredPatients: Type.Optional(Type.Union([Type.Null(), Type.Integer({ minimum: 100, maximum: 1000000 })], { description: 'one booking a day per this many registered patients (at least one a day)' })),
});
export type PutQuotaRequest = Static<typeof PutQuotaRequest>;
export const QuotaView = Type.Object({
  id: Uuid(), providerOrganisationId: Uuid(), providerName: Type.String(), channel: Type.String(),
  perDay: Type.Union([Type.Integer(), Type.Null()]), perRegisteredPatients: Type.Union([Type.Integer(), Type.Null()]),
  registeredPatients: Type.Integer(), effectivePerDay: Type.Integer({ description: 'the cap applied today' }),
});
export type QuotaView = Static<typeof QuotaView>;
