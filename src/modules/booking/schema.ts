import { Type, type Static } from 'typebox';
import { Closed, IsoDate, IsoDateTime, Uuid } from '../../platform/schemas.ts';
import { BOOKING_LEAD_BANDS, type BookingLeadBand } from './gpad.ts';
import { Channel, Mode, NationalCategory } from './rota-schema.ts';

// Wire shapes for slot search, booking, the appointment record, the day list and capacity.

const Ref = Type.Object({ id: Uuid(), name: Type.String() });
const NullableString = Type.Union([Type.String(), Type.Null()]);
export const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'send the same key when retrying; the first result comes back' })) });

export const SlotSearchQuery = Closed({
  role: Type.Optional(Type.String({ minLength: 2, maxLength: 40 })),
  serviceId: Type.Optional(Uuid()),
  mode: Type.Optional(Mode),
  siteId: Type.Optional(Uuid()),
  organisationId: Type.Optional(Uuid()),
  from: Type.Optional(IsoDateTime('earliest start; defaults to now')),
  to: Type.Optional(IsoDateTime('latest start (exclusive)')),
  patientId: Type.Optional(Uuid('only sites meeting this patient\'s accessibility needs; their preferred site first')),
  preferredSiteFirst: Type.Optional(Type.Boolean({ default: true })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});
export type SlotSearchQuery = Static<typeof SlotSearchQuery>;

export const SlotView = Type.Object({
  id: Uuid(), startAt: IsoDateTime(), endAt: IsoDateTime(), durationMinutes: Type.Integer(), mode: Type.String(), role: Type.String(),
  service: Ref, site: Type.Object({ id: Uuid(), name: Type.String(), postcode: NullableString }),
  organisation: Type.Object({ id: Uuid(), name: Type.String(), kind: Type.String() }), practitioner: Ref,
  nationalCategory: Type.String(), channel: Channel,
});
export type SlotView = Static<typeof SlotView>;

export const BookRequest = Closed({
  slotId: Uuid(),
  patientId: Uuid(),
  reason: Type.Optional(Type.String({ maxLength: 500, description: 'why the patient needs to be seen, in plain words (not clinical detail)' })),
  nationalCategory: Type.Optional(NationalCategory),
  sourceConsultationId: Type.Optional(Uuid()),
});
export type BookRequest = Static<typeof BookRequest>;

export const HistoryEntry = Type.Object({ from: NullableString, to: Type.String(), at: IsoDateTime(), byStaffId: Type.Union([Uuid(), Type.Null()]), byTokenId: Type.Union([Uuid(), Type.Null()]), reason: NullableString });

export const AppointmentView = Type.Object({
  id: Uuid(), slotId: Uuid(), patientId: Uuid(), status: Type.String(), startAt: IsoDateTime(), endAt: IsoDateTime(), durationMinutes: Type.Integer(),
  mode: Type.String(), role: Type.String(), nationalCategory: Type.String(), reason: NullableString,
  organisation: Ref, site: Ref, service: Ref, practitioner: Ref,
  channel: Type.String({ description: 'how it was booked: own-practice, network, hub, nhs111, online' }),
  bookerOrganisation: Ref, patientPracticeId: Uuid(), bookedByStaffId: Type.Union([Uuid(), Type.Null()]), bookedByTokenId: Type.Union([Uuid(), Type.Null()]),
  bookedAt: IsoDateTime(), daysBookedAhead: Type.Integer(), timeBetweenBookAndAppt: Type.Unsafe<BookingLeadBand>({ type: 'string', enum: [...BOOKING_LEAD_BANDS], description: 'GPAD TIME_BETWEEN_BOOK_AND_APPT band, spelled as published' }),
  cancelledAt: Type.Union([IsoDateTime(), Type.Null()]), cancelledBy: NullableString, cancelReason: NullableString,
  rebookedFromId: Type.Union([Uuid(), Type.Null()]), sourceConsultationId: Type.Union([Uuid(), Type.Null()]),
  history: Type.Optional(Type.Array(HistoryEntry)),
});
export type AppointmentView = Static<typeof AppointmentView>;

export const AppointmentListQuery = Closed({ patientId: Uuid(), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })), cursor: Type.Optional(Type.String({ maxLength: 200 })) });
export const CancelRequest = Closed({ by: Type.Union([Type.Literal('patient'), Type.Literal('practice')]), reason: Type.String({ minLength: 1, maxLength: 500 }) });
export type CancelRequest = Static<typeof CancelRequest>;
export const RescheduleRequest = Closed({
  slotId: Uuid('the new slot'),
  reason: Type.Optional(Type.String({ maxLength: 500, description: 'why it moved' })),
  by: Type.Optional(Type.Union([Type.Literal('patient'), Type.Literal('practice')], { default: 'patient' })),
});
export type RescheduleRequest = Static<typeof RescheduleRequest>;
export const StatusRequest = Closed({ status: Type.Union([Type.Literal('booked'), Type.Literal('arrived'), Type.Literal('in-progress'), Type.Literal('attended'), Type.Literal('dna')], { description: '"booked" only undoes a DNA recorded by mistake, the same day' }) });
export type StatusRequest = Static<typeof StatusRequest>;

export const DayListQuery = Closed({ date: IsoDate(), siteId: Type.Optional(Uuid()), staffId: Type.Optional(Uuid()) });
export type DayListQuery = Static<typeof DayListQuery>;
export const DayListEntry = Type.Object({
  slotId: Uuid(), startAt: IsoDateTime(), endAt: IsoDateTime(), slotStatus: Type.String(), mode: Type.String(), role: Type.String(),
  site: Ref, practitioner: Ref, service: Ref,
  appointment: Type.Union([Type.Null(), Type.Object({
    id: Uuid(), status: Type.String(), mode: Type.String(), reason: NullableString, channel: Type.String(),
    patientLabel: Type.String({ description: 'the name, or "Patient of <practice>" when you have no relationship with them' }),
    patient: Type.Union([Type.Null(), Type.Object({ id: Uuid(), name: Type.String(), nhsNumber: Type.String(), age: Type.Integer(), dateOfBirth: Type.String() })]),
  })]),
});
export type DayListEntry = Static<typeof DayListEntry>;

export const CapacityQuery = Closed({ from: IsoDateTime(), to: IsoDateTime(), organisationId: Type.Optional(Uuid()) });
export type CapacityQuery = Static<typeof CapacityQuery>;
export const CapacityRow = Type.Object({
  organisation: Type.Object({ id: Uuid(), name: Type.String(), kind: Type.String() }), role: Type.String(),
  total: Type.Integer(), free: Type.Integer(), booked: Type.Integer(), blocked: Type.Integer(), attended: Type.Integer(), dna: Type.Integer(),
  released: Type.Object({ network: Type.Integer(), hub: Type.Integer(), nhs111: Type.Integer(), online: Type.Integer() }),
});
export type CapacityRow = Static<typeof CapacityRow>;
