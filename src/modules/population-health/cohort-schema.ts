import { Type, type Static } from 'typebox';
import { Page, pageQuery } from '../../platform/pagination.ts';
import { Closed, Uuid } from '../../platform/schemas.ts';
import { Category, RegisterId } from './schema.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const CohortFilter = Closed({
  registers: Type.Optional(Type.Array(RegisterId, { maxItems: 12, uniqueItems: true, description: 'on every one of these registers' })),
  anyRegister: Type.Optional(Type.Boolean({ description: 'on at least one register of those given, not all' })),
  ageMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 130 })),
  ageMax: Type.Optional(Type.Integer({ minimum: 0, maximum: 130 })),
  sex: Type.Optional(Type.Union([Type.Literal('female'), Type.Literal('male')])),
  frailty: Type.Optional(Type.Array(Category, { maxItems: 4, uniqueItems: true, description: 'eFI categories (people 65 and over)' })),
  imdDeciles: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 10 }), { maxItems: 10, uniqueItems: true, description: 'IMD 2019 deciles of the home postcode (1 = most deprived)' })),
  practiceIds: Type.Optional(Type.Array(Uuid(), { maxItems: 100, uniqueItems: true })),
  noReviewWithinMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 120, description: 'no review (medication, asthma, COPD, care plan, frailty) recorded in this many months' })),
  dueForReview: Type.Optional(Type.Boolean({ description: 'due for review on at least one register' })),
  multimorbidityMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 12, description: 'at least this many registers' })),
  dnasAtLeast: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, description: 'at least this many did-not-attends (any appointment in the network) in the last dnaWithinMonths months' })),
  dnaWithinMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, description: 'the window dnasAtLeast counts over (12 months when not given)' })),
  openSocialPrescribing: Type.Optional(Type.Boolean({ description: 'true: has a social-prescribing episode not yet discharged; false: has none' })),
}, { description: 'Every condition given must hold (and); an empty filter is everyone' });
export type CohortFilter = Static<typeof CohortFilter>;

export const CountBody = Closed({ filter: CohortFilter });
const Count = Type.Object({ key: Type.String(), label: Type.String(), count: Type.Integer() });
export const CohortCount = Type.Object({
  total: Type.Integer(),
  byPractice: Type.Array(Count), byFrailty: Type.Array(Count), byDecile: Type.Array(Count), bySex: Type.Array(Count), byAgeBand: Type.Array(Count),
});
export type CohortCount = Static<typeof CohortCount>;

export const CohortBody = Closed({ name: Type.String({ minLength: 1, maxLength: 120 }), filter: CohortFilter });
export const CohortView = Type.Object({
  id: Type.String(), name: Type.String(), filter: CohortFilter, count: Type.Integer(), createdAt: Type.String({ format: 'date-time' }), createdBy: Nullable(Type.String()),
});
export type CohortView = Static<typeof CohortView>;
export const CohortPage = Page(CohortView);
export const CohortParams = Closed({ cohortId: Uuid('the cohort') });
export const ListQuery = Closed({ ...pageQuery({ defaultLimit: 50, maxLimit: 200 }) });

export const MemberView = Type.Object({
  patientId: Type.String(), nhsNumber: Type.String(), name: Type.String(), dateOfBirth: Type.String(), age: Type.Integer(), sex: Type.String(),
  practiceId: Type.String(), practiceName: Type.String(), registers: Type.Array(Type.String()), frailty: Nullable(Category), imdDecile: Nullable(Type.Integer()),
  lastReviewOn: Nullable(Type.String()), dueReviews: Type.Array(Type.String()),
});
export const MemberPage = Page(MemberView);

export const Purpose = Type.Union([Type.Literal('ltc-clinic'), Type.Literal('medication-review'), Type.Literal('frailty-review'), Type.Literal('health-check')]);
export const OutreachBody = Closed({
  name: Type.String({ minLength: 1, maxLength: 120 }),
  purpose: Purpose,
  role: Type.Optional(Type.String({ minLength: 1, maxLength: 60, description: 'who sees them: a clinical staff role; by default the purpose\'s (long-term conditions clinic and health check: nurse; structured medication review: pharmacist; frailty review: GP). The invitation offers that role\'s slots released for online booking' })),
  invite: Type.Optional(Type.Boolean({ default: false, description: 'send each person an invitation now, by their preferred channel' })),
});
export type OutreachBody = Static<typeof OutreachBody>;
export const OutreachStatus = Type.Union([Type.Literal('to-contact'), Type.Literal('invited'), Type.Literal('contacted'), Type.Literal('booked'), Type.Literal('attended'), Type.Literal('did-not-attend'), Type.Literal('declined'), Type.Literal('no-response')]);
export const OutreachView = Type.Object({
  id: Type.String(), cohortId: Type.String(), name: Type.String(), purpose: Purpose, role: Type.String(), createdAt: Type.String({ format: 'date-time' }),
  total: Type.Integer(), byStatus: Type.Record(Type.String(), Type.Integer()),
});
export type OutreachView = Static<typeof OutreachView>;
export const OutreachPage = Page(OutreachView);
export const OutreachParams = Closed({ outreachId: Uuid('the outreach list') });
export const EntryParams = Closed({ outreachId: Uuid('the outreach list'), entryId: Uuid('the entry') });
export const EntryBody = Closed({ status: OutreachStatus });
export const EntryView = Type.Object({
  id: Type.String(), patientId: Type.String(), nhsNumber: Type.String(), name: Type.String(), dateOfBirth: Type.String(), practiceId: Type.String(), practiceName: Type.String(),
  status: OutreachStatus, invited: Type.Boolean(), appointmentId: Nullable(Type.String({ description: 'booked through the invitation\'s link' })), updatedAt: Type.String({ format: 'date-time' }),
});
export const EntryPage = Page(EntryView);
