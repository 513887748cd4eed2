import { Type, type Static, type TLiteral, type TUnion } from 'typebox';
import { Closed, IsoDate, IsoDateTime, Uuid } from '../../platform/schemas.ts';
import { Page, pageQuery } from '../../platform/pagination.ts';
import { DECISIONS, NEED_IDS, REDIRECTS } from './needs.ts';
import { REFERRAL_REASONS } from '../social-prescribing/index.ts';

function lit<const T extends readonly [string, ...string[]]>(values: T): TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }> {
  return Type.Union(values.map((v) => Type.Literal(v))) as never;
}
const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableUuid = Type.Union([Uuid(), Type.Null()]);
const ROLES = ['gp', 'nurse', 'anp', 'pharmacist', 'physiotherapist', 'paramedic', 'physician-associate', 'mental-health-practitioner', 'link-worker', 'care-coordinator', 'health-wellbeing-coach'] as const;

export const RecordContactRequest = Closed({
  patientId: Type.Optional(Uuid('the patient, when identified; leave out for a caller not yet identified')),
  callerLabel: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'how to recognise an unidentified caller ("woman asking about her father")' })),
  channel: lit(['phone', 'desk', 'online'] as const),
  reason: Type.String({ minLength: 1, maxLength: 2000, description: 'why they called, in the caller\'s own words (plain text)' }),
  need: lit(NEED_IDS),
  decision: lit(DECISIONS),
  bookedRole: Type.Optional(lit(ROLES)),
  appointmentId: Type.Optional(Uuid('booked: the appointment made through the booking flow')),
  consultationId: Type.Optional(Uuid('online-consultation: the request taken on their behalf')),
  offerId: Type.Optional(Uuid('signposted: the directory offer')),
  offerName: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'signposted: an offer named (when not chosen from the directory)' })),
  redirectTo: Type.Optional(lit(REDIRECTS)),
  referral: Type.Optional(Closed({
    reasons: Type.Optional(Type.Array(lit(REFERRAL_REASONS), { minItems: 1, maxItems: 12, uniqueItems: true, description: 'default: the need\'s usual reasons' })),
    consent: Type.Boolean({ description: 'the caller agreed to be referred to a link worker' }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  }, { description: 'social-prescribing: the referral this contact creates' })),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  secondsToRecord: Type.Optional(Type.Integer({ minimum: 0, maximum: 86400, description: 'how long the form was open (the web app measures it)' })),
});
export type RecordContactRequest = Static<typeof RecordContactRequest>;

const StaffRef = Type.Object({ staffId: Uuid(), name: Type.String() });
export const ContactView = Type.Object({
  id: Uuid(), patientId: NullableUuid, patientName: NullableString, callerLabel: NullableString, channel: Type.String(), reason: Type.String(),
  need: Type.String(), needLabel: Type.String(), needKind: lit(['clinical', 'non-clinical'] as const), decision: lit(DECISIONS),
  bookedRole: NullableString, appointmentId: NullableUuid, consultationId: NullableUuid, offerId: NullableUuid, offerName: NullableString,
  redirectTo: NullableString, socialPrescribingReferralId: NullableUuid, note: NullableString, recordedBy: StaffRef, organisationId: Uuid(),
  recordedAt: IsoDateTime(), secondsToRecord: Type.Union([Type.Integer(), Type.Null()]),
  offerTextedAt: Type.Union([IsoDateTime(), Type.Null()], { description: 'when the offer\'s details were last texted to the patient' }),
});
export type ContactView = Static<typeof ContactView>;

export const OfferTextRequest = Closed({
  consent: Type.Boolean({ description: 'the patient agreed to get a text (must be true)' }),
  offerId: Type.Optional(Uuid('the directory offer to text; the contact\'s own offer when absent')),
});
export type OfferTextRequest = Static<typeof OfferTextRequest>;

export const DirectoryTextRequest = Closed({
  patientId: Uuid('the patient to text'),
  offerId: Uuid('the directory offer'),
  consent: Type.Boolean({ description: 'the patient agreed to get a text (must be true)' }),
  channel: Type.Optional(lit(['phone', 'desk'] as const)),
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, description: 'why they asked, in their words; a standard line when absent' })),
});
export type DirectoryTextRequest = Static<typeof DirectoryTextRequest>;
export const ContactPage = Page(ContactView);
export const ContactsQuery = Closed({
  patientId: Type.Optional(Uuid('one patient\'s contacts')),
  mine: Type.Optional(Type.Boolean({ description: 'only contacts I recorded' })),
  ...pageQuery({ defaultLimit: 50, maxLimit: 200 }),
});
export type ContactsQuery = Static<typeof ContactsQuery>;

export const NeedView = Type.Object({
  id: Type.String(), label: Type.String(), kind: lit(['clinical', 'non-clinical'] as const), decisions: Type.Array(lit(DECISIONS)), roles: Type.Array(Type.String()),
  redirects: Type.Array(Type.String()), offerCategories: Type.Array(Type.String()), referralReasons: Type.Array(Type.String()),
});
export const NeedsView = Type.Object({ needs: Type.Array(NeedView) });
export const SuggestionsQuery = Closed({ need: lit(NEED_IDS), q: Type.Optional(Type.String({ maxLength: 100, description: 'words to search the directory with' })) });
export type SuggestionsQuery = Static<typeof SuggestionsQuery>;
export const OfferSuggestion = Type.Object({ id: Uuid(), name: Type.String(), categories: Type.Array(Type.String()), summary: Type.String() });
export const SuggestionsView = Type.Object({ need: NeedView, offers: Type.Array(OfferSuggestion, { description: 'directory offers for the need\'s categories (and the words given)' }) });

export const MetricsQuery = Closed({ from: Type.Optional(IsoDate('first day, inclusive; default 28 days ago')), to: Type.Optional(IsoDate('last day, inclusive; default today')) });
export type MetricsQuery = Static<typeof MetricsQuery>;
const Counts = Type.Record(Type.String(), Type.Integer());
export const MetricsView = Type.Object({
  from: Type.String(), to: Type.String(), total: Type.Integer(),
  byNeed: Counts, byDecision: Counts, byNeedKind: Counts,
  byNeedAndDecision: Type.Array(Type.Object({ need: Type.String(), decision: Type.String(), count: Type.Integer() })),
  bookedWithGp: Type.Integer(),
  navigatedAwayFromGp: Type.Integer({ description: 'contacts that ended anywhere but a GP appointment' }),
  navigatedAwayShare: Type.Union([Type.Number(), Type.Null()], { description: 'navigatedAwayFromGp / total (0–1); null with no contacts' }),
  medianSecondsToRecord: Type.Union([Type.Number(), Type.Null()]),
  recordedWithin30sShare: Type.Union([Type.Number(), Type.Null()], { description: 'of contacts whose time was measured' }),
});
export type MetricsView = Static<typeof MetricsView>;
export const ContactIdParams = Closed({ id: Uuid() });
