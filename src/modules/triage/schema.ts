/** Wire schemas for POST /api/v1/triage/assess. The response schema lists every field, so nothing else can leak. */
import { Type, type Static } from 'typebox';
import { ROLES, URGENCIES } from './types.ts';

// Boolean and number first: with type coercion on, a string-first union would turn false into "false".
const AnswerValue = Type.Union([Type.Boolean(), Type.Number(), Type.String({ maxLength: 500 })]);

export const AssessRequest = Type.Object(
  {
    age: Type.Integer({ minimum: 0, maximum: 130, description: 'Age in whole years; 0 for babies (give answers.ageMonths).' }),
    sex: Type.Union([Type.Literal('female'), Type.Literal('male')]),
    pregnant: Type.Optional(Type.Boolean()),
    text: Type.String({ maxLength: 5000, description: 'What the patient described, in their own words. Treated as plain text.' }),
    answers: Type.Optional(
      Type.Record(Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,39}$' }), AnswerValue, {
        maxProperties: 60,
        description: 'Follow-up answers keyed by question id (onsetDays, severity, worsening, pregnant, pregnancyWeeks, ageMonths, temperature, housebound, phq9_1…phq9_9, gad7_1…gad7_7, …).',
      }),
    ),
  },
  { additionalProperties: false },
);
export type AssessRequestBody = Static<typeof AssessRequest>;

const Advice = Type.Object({ title: Type.String(), body: Type.String(), source: Type.String() }, { additionalProperties: false });

export const AssessResponse = Type.Object(
  {
    urgency: Type.Union(URGENCIES.map((u) => Type.Literal(u))),
    role: Type.Union(ROLES.map((r) => Type.Literal(r))),
    redFlags: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), source: Type.String() }, { additionalProperties: false })),
    matchedRules: Type.Array(Type.String()),
    rationale: Type.String(),
    rulesVersion: Type.String(),
    nextStep: Type.Object({ title: Type.String(), body: Type.String() }, { additionalProperties: false }),
    advice: Type.Array(Advice),
    warnings: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export type AssessResponseBody = Static<typeof AssessResponse>;
