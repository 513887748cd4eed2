import { Type, type Static } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** A count of people, or "<5" when it is 1–4 (small-number disclosure control). */
export const Count = Type.Union([Type.Integer(), Type.Literal('<5')], { description: 'people; 1 to 4 shown as "<5"' });
/** A percentage, null when a count behind it is suppressed or there is no one to divide by. */
const Rate = Nullable(Type.Number({ description: 'per cent; null when suppressed or undefined' }));

const RegisterCell = Type.Object({
  id: Type.String(), count: Count, prevalence: Rate,
  reviewable: Count, notOverdue: Count, reviewRate: Rate,
});
const Group = Type.Object({
  key: Type.String(), label: Type.String(), population: Count,
  registers: Type.Array(RegisterCell),
  review: Type.Object({ reviewable: Count, notOverdue: Count, rate: Rate }, { description: 'every register with a review, added up (a person on two registers counts twice)' }),
  outreach: Type.Object({ listed: Count, contacted: Count, booked: Count, attended: Count, attendedRate: Rate }),
});
const Dimension = Type.Object({
  id: Type.Union([Type.Literal('deprivation'), Type.Literal('age'), Type.Literal('sex'), Type.Literal('ethnicity')]),
  name: Type.String(), recorded: Type.Boolean({ description: 'false when Commons holds no such data (ethnicity today)' }), groups: Type.Array(Group),
});
const Gap = Type.Object({
  measure: Type.String(), registerId: Nullable(Type.String()),
  mostDeprived: Rate, leastDeprived: Rate, gap: Rate, text: Type.String({ description: 'the gap in one plain sentence' }),
});

export const InequalitiesView = Type.Object({
  computedAt: Nullable(Type.String({ format: 'date-time' })),
  registers: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), hasReview: Type.Boolean() })),
  dimensions: Type.Array(Dimension),
  gaps: Type.Array(Gap, { description: 'most deprived fifth (deciles 1–2) against least deprived (9–10), in percentage points' }),
});
export type InequalitiesView = Static<typeof InequalitiesView>;
export type Count = Static<typeof Count>;
