import { Page, pageQuery } from '../../platform/pagination.ts';
import { Type, type Static, type TLiteral, type TUnion } from 'typebox';
import { Closed, IsoDate, IsoDateTime, Uuid } from '../../platform/schemas.ts';
import { ROLES as TRIAGE_ROLES } from '../triage/index.ts';
import { REFERRAL_REASONS } from '../social-prescribing/index.ts';

/** A union of string literals from a const list, typed as a tuple so the route's types stay exact. */
function lit<const T extends readonly [string, ...string[]]>(values: T): TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }> {
  return Type.Union(values.map((v) => Type.Literal(v))) as never;
}
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableInt = Type.Union([Type.Integer(), Type.Null()]);

export const CONSULTATION_TYPES = ['medical', 'admin', 'advice'] as const;
export const ADMIN_KINDS = ['fit-note', 'repeat-prescription', 'test-results', 'letter-form', 'referral-update', 'registration-details'] as const;
export const STATUSES = ['new', 'in-progress', 'awaiting-patient', 'closed'] as const;
export const URGENCIES = ['emergency', 'urgent', 'routine', 'self-care'] as const;
/** Who a request can be assigned to: the bookable clinical roles, plus the practice admin team. */
export const ASSIGNABLE_ROLES = [
  'gp', 'nurse', 'anp', 'pharmacist', 'physiotherapist', 'paramedic', 'physician-associate', 'mental-health-practitioner',
  'link-worker', 'care-coordinator', 'health-wellbeing-coach', 'admin',
] as const;
export const ACTION_TYPES = ['reply', 'admin-done', 'book', 'reassign', 'close', 'signpost', 'refer-social-prescribing'] as const;
export const OUTCOMES = [
  'advice-given', 'admin-done', 'appointment-booked', 'prescription-issued', 'signposted', 'referred-social-prescribing',
  'referred-elsewhere', 'self-care-advice', 'no-action-needed', 'duplicate', 'patient-uncontactable',
] as const;
export type ConsultationTypeName = (typeof CONSULTATION_TYPES)[number];
export type ActionType = (typeof ACTION_TYPES)[number];
export type Outcome = (typeof OUTCOMES)[number];

// Free text is plain text: stored and returned verbatim as a string, never rendered as HTML.
const Description = Type.String({ minLength: 1, maxLength: 5000, description: 'the problem or request in the person\'s own words (plain text, at most 5000 characters)' });
// The server's Ajv coerces types, and inside anyOf the first branch that can coerce a value wins: a union
// starting with string would turn `false` into "false", and a boolean branch would turn 1 into true.
// So booleans are matched by enum (never coerced), then numbers, then strings.
const AnswerValue = Type.Unsafe<string | number | boolean>({ anyOf: [{ enum: [true, false] }, { type: 'number' }, { type: 'string', maxLength: 500 }] });
const Answers = Type.Record(
  Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,39}$' }),
  AnswerValue,
  { maxProperties: 60, description: 'follow-up answers keyed by question id (from the triage preview), including phq9_1…phq9_9 and gad7_1…gad7_7' },
);
const Token = Type.String({ minLength: 10, maxLength: 400, description: 'the identity token from POST /requests/identify' });
const Name = Type.String({ minLength: 1, maxLength: 100 });

export const IdentifyRequest = Closed({
  givenName: Type.Optional(Name),
  familyName: Name,
  dateOfBirth: IsoDate(),
  nhsNumber: Type.Optional(Type.String({ format: 'nhs-number', description: '10 digits, spaces allowed' })),
  postcode: Type.Optional(Type.String({ format: 'uk-postcode' })),
  practiceOdsCode: Type.Optional(Type.String({ format: 'ods-code', description: 'the practice the patient started from (/request/<ODS code>)' })),
});
export type IdentifyRequest = Static<typeof IdentifyRequest>;
export const IdentifyResponse = Type.Object({ token: Type.String(), expiresAt: IsoDateTime(), practiceName: Type.String() });

export const PreviewRequest = Closed({
  token: Type.Optional(Token),
  age: Type.Optional(Type.Integer({ minimum: 0, maximum: 130 })),
  sex: Type.Optional(lit(['female', 'male', 'other', 'unknown'] as const)),
  pregnant: Type.Optional(Type.Boolean()),
  type: Type.Optional(lit(CONSULTATION_TYPES)),
  description: Type.String({ maxLength: 5000 }),
  answers: Type.Optional(Answers),
});
export type PreviewRequest = Static<typeof PreviewRequest>;

const Advice = Type.Object({ title: Type.String(), body: Type.String(), source: Type.String() });
const NextStep = Type.Object({ title: Type.String(), body: Type.String() });
const Call111 = Type.Union([NextStep, Type.Null()], {
  description: 'urgent, and no clinician of the network will see it today (evening, weekend, bank holiday, by the sites\' opening hours): tell the person to call NHS 111 now; null otherwise',
});
export const FollowUpQuestionView = Type.Object({
  id: Type.String(), text: Type.String(), kind: lit(['yesno', 'choice', 'number', 'text'] as const), hint: Type.String(),
  options: Type.Optional(Type.Array(Type.Object({ value: Type.Union([Type.String(), Type.Number()]), label: Type.String() }))),
  min: Type.Optional(Type.Number()), max: Type.Optional(Type.Number()),
  askIf: Type.Optional(Type.Object({ id: Type.String(), equals: Type.Union([Type.String(), Type.Number(), Type.Boolean()]) })),
});
export const PreviewResponse = Type.Object({
  urgency: lit(URGENCIES),
  accepted: Type.Boolean({ description: 'false for an emergency: the form stops and the person is sent to 999 or A&E' }),
  nextStep: NextStep,
  why: Type.Array(Type.String(), { description: 'the red flags found, in plain words' }),
  advice: Type.Array(Advice),
  followUpQuestions: Type.Array(FollowUpQuestionView),
  expectedResponse: Type.String({ description: 'when the person will hear back if they send the request now' }),
  call111: Call111,
});

const submissionFields = {
  type: lit(CONSULTATION_TYPES),
  adminKind: Type.Optional(lit(ADMIN_KINDS)),
  description: Description,
  answers: Type.Optional(Answers),
  pregnant: Type.Optional(Type.Boolean()),
};
export const SubmitRequest = Closed({
  token: Token,
  submittedBy: lit(['patient', 'proxy'] as const),
  proxyName: Type.Optional(Name),
  proxyRelationship: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  adviceOnly: Type.Optional(Type.Boolean({ description: 'the person only wanted the self-help advice: recorded and closed, not queued' })),
  ...submissionFields,
});
export type SubmitRequest = Static<typeof SubmitRequest>;

export const OnBehalfRequest = Closed({
  patientId: Uuid(),
  channel: lit(['phone', 'desk'] as const),
  proxyName: Type.Optional(Name),
  proxyRelationship: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  ...submissionFields,
});
export type OnBehalfRequest = Static<typeof OnBehalfRequest>;

export const SubmitResponse = Type.Object({
  id: Uuid(), reference: Type.String(), status: lit(STATUSES), urgency: lit(URGENCIES), dueAt: IsoDateTime(),
  expectedResponse: Type.String(), safetyNetting: Type.String(), call111: Call111, advice: Type.Array(Advice),
});
export type SubmitResponse = Static<typeof SubmitResponse>;

export const QueueQuery = Closed({
  practiceId: Type.Optional(Uuid('the practice the request is assigned to')),
  urgency: Type.Optional(lit(URGENCIES)),
  type: Type.Optional(lit(CONSULTATION_TYPES)),
  role: Type.Optional(lit(ASSIGNABLE_ROLES)),
  status: Type.Optional(lit([...STATUSES, 'open'] as const)),
  olderThanHours: Type.Optional(Type.Integer({ minimum: 0, maximum: 24 * 90 })),
  ...pageQuery({ defaultLimit: 50, maxLimit: 200 }),
});
export type QueueQuery = Static<typeof QueueQuery>;

const StaffRef = Type.Object({ staffId: Uuid(), name: Type.String() });
const PatientBrief = Type.Object({ id: Uuid(), name: Type.String(), age: Type.Integer(), nhsNumber: Type.String(), practiceName: Type.String() });
export const QueueItem = Type.Object({
  id: Uuid(), reference: Type.String(), type: Type.String(), adminKind: NullableString, urgency: lit(URGENCIES), assignedRole: Type.String(),
  assignedPracticeId: Uuid(), assignedPracticeName: Type.String(), status: lit(STATUSES), channel: Type.String(), submittedBy: Type.String(),
  submittedAt: IsoDateTime(), dueAt: IsoDateTime(), overdue: Type.Boolean(), minutesLeft: Type.Integer({ description: 'negative when overdue' }),
  claimedBy: Type.Union([StaffRef, Type.Null()]), claimedAt: Nullable(IsoDateTime()),
  patient: PatientBrief, summary: Type.String({ description: 'the start of the description, plain text' }), redFlags: Type.Array(Type.String()),
  phq9Score: NullableInt, gad7Score: NullableInt,
});
export type QueueItem = Static<typeof QueueItem>;
export const QueuePage = Page(QueueItem);

export const ConsultationIdParams = Closed({ id: Uuid() });

export const EventView = Type.Object({
  id: Uuid(), type: Type.String(), at: IsoDateTime(), by: Type.Union([StaffRef, Type.Null()]), byPatient: Type.Boolean(),
  fromStatus: NullableString, toStatus: NullableString, note: NullableString, detail: Type.Record(Type.String(), Type.Unknown()),
});
/** The urgencies and first-contact roles a clinician judges with: the engine's own words, so the two compare directly. */
export const JUDGED_ROLES = TRIAGE_ROLES;
export const JudgementRequest = Closed({
  urgency: lit(URGENCIES),
  role: lit(JUDGED_ROLES),
  note: Type.Optional(Type.String({ maxLength: 2000, description: 'why, for the record (plain text)' })),
});
export type JudgementRequest = Static<typeof JudgementRequest>;
const Verdict = lit(['agrees', 'under-triage', 'over-triage'] as const);
export const JudgementView = Type.Object({
  urgency: lit(URGENCIES), role: Type.String(), note: NullableString, by: StaffRef, at: IsoDateTime(),
  engineUrgency: lit(URGENCIES), engineRole: Type.String(), rulesVersion: Type.String(),
  urgencyVerdict: Type.Union([Verdict], { description: 'under-triage: the engine was less urgent than the clinician; over-triage: more urgent' }),
  roleAgrees: Type.Boolean(),
});
export type JudgementView = Static<typeof JudgementView>;

export const ConsultationView = Type.Intersect([QueueItem, Type.Object({
  description: Type.String(),
  answers: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
  answerLabels: Type.Record(Type.String(), Type.String(), { description: 'question text for each answer key the engine knows' }),
  proxyName: NullableString, proxyRelationship: NullableString,
  phq9: Type.Union([Type.Object({ total: Type.Integer(), band: Type.String(), item9: NullableInt, complete: Type.Boolean() }), Type.Null()]),
  gad7: Type.Union([Type.Object({ total: Type.Integer(), band: Type.String(), complete: Type.Boolean() }), Type.Null()]),
  triage: Type.Object({
    urgency: Type.String(), role: Type.String(), redFlags: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), source: Type.String() })),
    matchedRules: Type.Array(Type.String()), rationale: Type.String(), rulesVersion: Type.String(), warnings: Type.Array(Type.String()),
  }),
  patientSummary: Type.Object({
    id: Uuid(), nhsNumber: Type.String(), givenName: Type.String(), familyName: Type.String(), dateOfBirth: Type.String(), age: Type.Integer(), sex: Type.String(),
    practiceName: Type.String(), phone: NullableString, email: NullableString, communicationPreferences: Type.Array(Type.String()),
    reasonableAdjustments: NullableString, interpreterLanguage: NullableString,
  }),
  outcome: NullableString, outcomeNote: NullableString, appointmentId: Nullable(Uuid()),
  firstActionAt: Nullable(IsoDateTime()), closedAt: Nullable(IsoDateTime()),
  judgement: Type.Union([JudgementView, Type.Null()], { description: 'the latest clinician judgement of urgency and role, beside the engine\'s verdict; null until someone records one' }),
  history: Type.Array(EventView),
})]);
export type ConsultationView = Static<typeof ConsultationView>;

export const ActionRequest = Closed({
  type: lit(ACTION_TYPES),
  message: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, description: 'sent to the patient (reply, admin-done, close); plain text' })),
  slotId: Type.Optional(Uuid('book: this slot; without it, the earliest suitable slot for the role')),
  role: Type.Optional(lit(ASSIGNABLE_ROLES)),
  practiceId: Type.Optional(Uuid('reassign: the practice to assign it to')),
  outcome: Type.Optional(lit(OUTCOMES)),
  note: Type.Optional(Type.String({ maxLength: 2000, description: 'for the record, not sent to the patient' })),
  consent: Type.Optional(Type.Boolean({ description: 'refer-social-prescribing: the patient agreed to be referred (required, true)' })),
  referralReasons: Type.Optional(Type.Array(lit(REFERRAL_REASONS), { minItems: 1, maxItems: 12, uniqueItems: true, description: 'refer-social-prescribing: why (default "other")' })),
});
export type ActionRequest = Static<typeof ActionRequest>;

export const MetricsQuery = Closed({ from: Type.Optional(IsoDate('first day, inclusive; default 28 days ago')), to: Type.Optional(IsoDate('last day, inclusive; default today')) });
export type MetricsQuery = Static<typeof MetricsQuery>;
const Counts = Type.Record(Type.String(), Type.Integer());
const Share = Type.Union([Type.Number(), Type.Null()], { description: 'a share (0–1) of the judged requests; null when none was judged' });
export const LiveRate = Type.Object({
  rulesVersion: Type.String(), requests: Type.Integer({ description: 'requests sent in the period whose triage used these rules' }),
  judged: Type.Integer({ description: 'of those, how many a clinician judged (their latest judgement counts)' }),
  urgencyAgreed: Type.Integer(), underTriage: Type.Integer(), overTriage: Type.Integer(), roleAgreed: Type.Integer(),
  judgedShare: Share, urgencyAgreement: Share, underTriageRate: Share, overTriageRate: Share, roleAgreement: Share,
});
export type LiveRate = Static<typeof LiveRate>;
export const MetricsView = Type.Object({
  from: Type.String(), to: Type.String(), total: Type.Integer(), emergenciesRedirected: Type.Integer(),
  byType: Counts, byUrgency: Counts, byRole: Counts, byOutcome: Counts, byChannel: Counts,
  closed: Type.Integer(), medianMinutesToFirstAction: Type.Union([Type.Number(), Type.Null()]), medianMinutesToClose: Type.Union([Type.Number(), Type.Null()]),
  closedWithoutAppointmentShare: Type.Union([Type.Number(), Type.Null()], { description: 'closed requests with no appointment booked, as a share (0–1) of all closed' }),
  overdueNow: Type.Integer(),
  liveRates: Type.Array(LiveRate, { description: 'the engine against clinicians\' judgements, per rules version, for requests sent in the period; newest version first' }),
});
export type MetricsView = Static<typeof MetricsView>;
