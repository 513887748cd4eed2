import { Type, type Static, type TLiteral, type TUnion } from 'typebox';
import { Closed, IsoDate, IsoDateTime, Uuid } from '../../platform/schemas.ts';
import { Page, pageQuery } from '../../platform/pagination.ts';

function lit<const T extends readonly [string, ...string[]]>(values: T): TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }> {
  return Type.Union(values.map((v) => Type.Literal(v))) as never;
}
const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableInt = Type.Union([Type.Integer(), Type.Null()]);
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

export const STATUSES = ['new', 'contacted', 'active', 'on-hold', 'discharged'] as const;
/** Statuses a link worker moves a referral between; discharge has its own action (it needs a reason). */
export const WORKING_STATUSES = ['new', 'contacted', 'active', 'on-hold'] as const;
export const SOURCES = ['staff', 'consultation', 'navigation', 'self'] as const;
/** Why someone is referred: the needs a link worker most often meets (PRSB minimum dataset, "needs and concerns"). */
export const REASONS = [
  'loneliness-isolation', 'low-mood-anxiety', 'money-debt-benefits', 'housing', 'employment-education', 'carer-support',
  'physical-activity', 'weight-healthy-eating', 'long-term-condition-support', 'bereavement', 'relationships-family',
  'substance-alcohol', 'digital-inclusion', 'other',
] as const;
export const CONTACT_KINDS = ['face-to-face', 'phone', 'home-visit', 'group', 'video'] as const;
export const DISCHARGE_REASONS = ['goals-met', 'declined', 'did-not-engage', 'moved-away', 'referred-elsewhere', 'died', 'other'] as const;
export const TIMEPOINTS = ['first-contact', 'review', 'discharge'] as const;
/** SNOMED CT (NHS England's recommended codes, standards.md §3.2). */
export const SNOMED = { referral: '871731000000106', declined: '871711000000103' } as const;

const Reasons = Type.Array(lit(REASONS), { minItems: 1, maxItems: 12, uniqueItems: true, description: 'why the person is referred (one or more)' });
const Note = (max = 2000, description?: string) => Type.String({ maxLength: max, ...(description ? { description } : {}) });
const Consent = Type.Boolean({ description: 'the person agreed to be referred; a referral without consent is refused (400 naming /body/consent)' });
const SafeguardingField = Type.Optional(Type.String({ minLength: 1, maxLength: 5000, description: 'a safeguarding concern: sent at once to the network\'s safeguarding lead and flagged on the referral' }));

export const CreateReferralRequest = Closed({
  patientId: Uuid(),
  reasons: Reasons,
  note: Type.Optional(Note(2000, 'what the referrer wants the link worker to know (plain text)')),
  consent: Consent,
  safeguardingConcern: SafeguardingField,
});
export type CreateReferralRequest = Static<typeof CreateReferralRequest>;

export const SelfReferralRequest = Closed({
  givenName: Type.String({ minLength: 1, maxLength: 100 }),
  familyName: Type.String({ minLength: 1, maxLength: 100 }),
  dateOfBirth: IsoDate(),
  nhsNumber: Type.Optional(Type.String({ format: 'nhs-number', description: '10 digits, spaces allowed' })),
  postcode: Type.Optional(Type.String({ format: 'uk-postcode' })),
  practiceOdsCode: Type.Optional(Type.String({ format: 'ods-code' })),
  reasons: Reasons,
  note: Type.Optional(Note(2000, 'anything else the person wants to tell the link worker')),
  consent: Consent,
});
export type SelfReferralRequest = Static<typeof SelfReferralRequest>;
export const SelfReferralResponse = Type.Object({ accepted: Type.Boolean(), message: Type.String() });

export const ReferralIdParams = Closed({ id: Uuid() });
export const GoalParams = Closed({ id: Uuid(), goalId: Uuid() });
export const OnwardParams = Closed({ id: Uuid(), onwardId: Uuid() });

export const CaseloadQuery = Closed({
  status: Type.Optional(lit([...STATUSES, 'open'] as const)),
  linkWorker: Type.Optional(Type.Union([Type.Literal('me'), Type.Literal('unallocated'), Uuid()], { description: '"me", "unallocated", or a link worker\'s staff id' })),
  patientId: Type.Optional(Uuid('one person\'s referrals')),
  ...pageQuery({ defaultLimit: 100, maxLimit: 500 }),
});
export type CaseloadQuery = Static<typeof CaseloadQuery>;

const StaffRef = Type.Union([Type.Object({ staffId: Uuid(), name: Type.String() }), Type.Null()]);
const PatientBrief = Type.Object({ id: Uuid(), name: Type.String(), age: Type.Integer(), nhsNumber: Type.String(), practiceName: Type.String() });

export const CaseloadItem = Type.Object({
  id: Uuid(), status: lit(STATUSES), source: lit(SOURCES), reasons: Type.Array(Type.String()), referredAt: IsoDateTime(),
  linkWorker: StaffRef, patient: PatientBrief, safeguarding: Type.Boolean({ description: 'a safeguarding concern is recorded on this referral' }),
  contacts: Type.Integer(), minutes: Type.Integer(), lastContactAt: Type.Union([IsoDateTime(), Type.Null()]),
  dischargedAt: Type.Union([IsoDateTime(), Type.Null()]), dischargeReason: NullableString,
});
export type CaseloadItem = Static<typeof CaseloadItem>;
export const CaseloadPage = Page(CaseloadItem);

const Ons4View = Type.Object({ lifeSatisfaction: Type.Integer(), worthwhile: Type.Integer(), happy: Type.Integer(), anxious: Type.Integer() });
export const WellbeingView = Type.Object({
  id: Uuid(), measure: lit(['ons4', 'swemwbs'] as const), timepoint: lit(TIMEPOINTS), at: IsoDateTime(),
  ons4: Type.Union([Ons4View, Type.Null()]),
  swemwbs: Type.Union([Type.Object({ items: Type.Array(Type.Integer()), raw: Type.Integer(), metric: Type.Number() }), Type.Null()]),
  by: StaffRef,
});
export const ContactView = Type.Object({
  id: Uuid(), at: IsoDateTime(), kind: lit(CONTACT_KINDS), minutes: Type.Integer(), whatMatters: NullableString, note: NullableString, by: StaffRef,
});
export const GoalView = Type.Object({
  id: Uuid(), description: Type.String(), owner: Type.String(), targetDate: NullableString, progress: Type.Integer(),
  status: lit(['active', 'achieved', 'stopped'] as const), progressNote: NullableString, createdAt: IsoDateTime(), updatedAt: IsoDateTime(),
});
export const OnwardView = Type.Object({
  id: Uuid(), offerId: Type.Union([Uuid(), Type.Null()]), offerName: Type.String(), offerCategory: NullableString, referredAt: IsoDateTime(),
  takenUp: Type.Union([Type.Boolean(), Type.Null()], { description: 'null until the link worker knows' }), note: NullableString, by: StaffRef,
});
export const SafeguardingView = Type.Object({ id: Uuid(), concern: Type.String(), raisedAt: IsoDateTime(), raisedBy: StaffRef, lead: StaffRef, acknowledgedAt: Type.Union([IsoDateTime(), Type.Null()]) });
export const EventView = Type.Object({
  id: Uuid(), type: Type.String(), at: IsoDateTime(), by: StaffRef, fromStatus: NullableString, toStatus: NullableString, note: NullableString,
});

export const ReferralView = Type.Intersect([CaseloadItem, Type.Object({
  reasonNote: NullableString, consent: Type.Boolean(), referralCode: Type.String({ description: 'SNOMED CT: 871731000000106 referral to social prescribing service' }),
  declinedCode: Type.Union([Type.String(), Type.Null()], { description: 'SNOMED CT 871711000000103 social prescribing declined, when the person declined' }),
  referredBy: StaffRef, consultationId: Type.Union([Uuid(), Type.Null()]), navigationContactId: Type.Union([Uuid(), Type.Null()]),
  allocatedAt: Type.Union([IsoDateTime(), Type.Null()]), firstContactAt: Type.Union([IsoDateTime(), Type.Null()]), dischargeNote: NullableString,
  patientContact: Type.Object({ phone: NullableString, email: NullableString, postcode: NullableString }),
  contacts: Type.Integer(),
  conversations: Type.Array(ContactView), goals: Type.Array(GoalView), onwardReferrals: Type.Array(OnwardView),
  wellbeing: Type.Array(WellbeingView), safeguardingConcerns: Type.Array(SafeguardingView), history: Type.Array(EventView),
})]);
export type ReferralView = Static<typeof ReferralView>;

export const AllocateRequest = Closed({ staffId: Type.Optional(Uuid('the link worker; yourself when absent')) });
export const StatusRequest = Closed({ status: lit(WORKING_STATUSES), note: Type.Optional(Note()) });
export type StatusRequest = Static<typeof StatusRequest>;
export const ContactRequest = Closed({
  kind: lit(CONTACT_KINDS),
  minutes: Type.Integer({ minimum: 1, maximum: 600, description: 'minutes spent with or for the person' }),
  at: Type.Optional(IsoDateTime('when it happened; now when absent')),
  whatMatters: Type.Optional(Note(5000, '"what matters to me": the person\'s own words about what matters to them')),
  note: Type.Optional(Note(5000)),
});
export type ContactRequest = Static<typeof ContactRequest>;
export const GoalRequest = Closed({
  description: Type.String({ minLength: 1, maxLength: 500 }),
  owner: Type.String({ minLength: 1, maxLength: 100, description: 'who will do it: the person, the link worker, a family member' }),
  targetDate: Type.Optional(IsoDate()),
});
export type GoalRequest = Static<typeof GoalRequest>;
export const GoalUpdateRequest = Closed({
  progress: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, description: 'per cent of the way there' })),
  status: Type.Optional(lit(['active', 'achieved', 'stopped'] as const)),
  progressNote: Type.Optional(Note()),
  targetDate: Type.Optional(IsoDate()),
});
export type GoalUpdateRequest = Static<typeof GoalUpdateRequest>;
export const OnwardRequest = Closed({
  offerId: Type.Optional(Uuid('a directory offer')),
  offerName: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'an offer not (yet) in the directory, by name' })),
  note: Type.Optional(Note()),
});
export type OnwardRequest = Static<typeof OnwardRequest>;
export const OnwardUpdateRequest = Closed({ takenUp: Type.Boolean({ description: 'whether the person took the offer up' }), note: Type.Optional(Note()) });
export type OnwardUpdateRequest = Static<typeof OnwardUpdateRequest>;
const Score = (description: string) => Type.Integer({ minimum: 0, maximum: 10, description });
export const WellbeingRequest = Closed({
  measure: lit(['ons4', 'swemwbs'] as const),
  timepoint: lit(TIMEPOINTS),
  at: Type.Optional(IsoDateTime()),
  lifeSatisfaction: Type.Optional(Score('ONS4: satisfied with life nowadays, 0–10')),
  worthwhile: Type.Optional(Score('ONS4: things you do are worthwhile, 0–10')),
  happy: Type.Optional(Score('ONS4: happy yesterday, 0–10')),
  anxious: Type.Optional(Score('ONS4: anxious yesterday, 0–10 (higher is worse)')),
  swemwbsItems: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 5 }), { minItems: 7, maxItems: 7, description: 'SWEMWBS: the seven items in order, each 1–5' })),
});
export type WellbeingRequest = Static<typeof WellbeingRequest>;
export const DischargeRequest = Closed({ reason: lit(DISCHARGE_REASONS), note: Type.Optional(Note()) });
export type DischargeRequest = Static<typeof DischargeRequest>;
export const SafeguardingRequest = Closed({ concern: Type.String({ minLength: 1, maxLength: 5000 }) });

export const SettingsView = Type.Object({ safeguardingLead: StaffRef });
export const SettingsRequest = Closed({ safeguardingLeadStaffId: Type.Union([Uuid(), Type.Null()]) });

export const NotificationView = Type.Object({
  id: Uuid(), kind: lit(['new-referral', 'safeguarding'] as const), referralId: Uuid(), message: Type.String(), createdAt: IsoDateTime(), read: Type.Boolean(),
});
export const InboxView = Type.Object({
  unallocated: Type.Integer({ description: 'new referrals not yet allocated to a link worker (the badge)' }),
  myOpen: Type.Integer({ description: 'open referrals allocated to me' }),
  unreadSafeguarding: Type.Integer({ description: 'safeguarding concerns sent to me and not yet acknowledged' }),
  notifications: Type.Array(NotificationView),
});

export const OutcomesQuery = Closed({
  from: Type.Optional(IsoDate('referred on or after; default a year ago')),
  to: Type.Optional(IsoDate('referred on or before; default today')),
});
export type OutcomesQuery = Static<typeof OutcomesQuery>;
const Ons4Means = Type.Object({ lifeSatisfaction: NullableNumber, worthwhile: NullableNumber, happy: NullableNumber, anxious: NullableNumber });
export const OutcomePerson = Type.Object({
  referralId: Uuid(), patientId: Uuid(), name: Type.String(), status: lit(STATUSES), referredAt: IsoDateTime(),
  ons4Before: Type.Union([Ons4View, Type.Null()]), ons4After: Type.Union([Ons4View, Type.Null()]), ons4Change: Type.Union([Ons4View, Type.Null()]),
  swemwbsBefore: NullableNumber, swemwbsAfter: NullableNumber,
  gpAppointmentsBefore: Type.Integer({ description: 'GP appointments (not cancelled) in the 6 months before referral' }),
  gpAppointmentsAfter: Type.Integer({ description: 'GP appointments (not cancelled) in the 6 months after referral (so far, when the 6 months are not over)' }),
  afterWindowComplete: Type.Boolean({ description: 'the 6 months after referral are over' }),
});
export const OutcomesView = Type.Object({
  from: Type.String(), to: Type.String(),
  referrals: Type.Integer(), bySource: Type.Record(Type.String(), Type.Integer()), byStatus: Type.Record(Type.String(), Type.Integer()),
  byReason: Type.Record(Type.String(), Type.Integer()), byDischargeReason: Type.Record(Type.String(), Type.Integer()),
  contacts: Type.Integer(), minutes: Type.Integer(), onwardReferrals: Type.Integer(), onwardTakenUp: Type.Integer(),
  goals: Type.Integer(), goalsAchieved: Type.Integer(),
  ons4: Type.Object({
    pairs: Type.Integer({ description: 'people with ONS4 at first contact and at discharge' }),
    before: Ons4Means, after: Ons4Means, change: Ons4Means,
    lowLifeSatisfactionBefore: NullableNumber, lowLifeSatisfactionAfter: NullableNumber,
  }),
  swemwbs: Type.Object({ pairs: Type.Integer(), before: NullableNumber, after: NullableNumber, change: NullableNumber }),
  gpAppointments: Type.Object({
    people: Type.Integer({ description: 'people referred at least 6 months ago (complete after-window)' }),
    before: Type.Integer(), after: Type.Integer(), changeShare: NullableNumber,
  }),
  people: Type.Array(OutcomePerson),
});
export type OutcomesView = Static<typeof OutcomesView>;
export { NullableInt };
