import { Type, type Static } from 'typebox';
import { Closed, IsoDate, Uuid } from '../../platform/schemas.ts';
import { OBSERVATION_KIND_IDS } from './observation-kinds.ts';
import { REGISTER_IDS } from './registers.ts';

export const Category = Type.Union([Type.Literal('fit'), Type.Literal('mild'), Type.Literal('moderate'), Type.Literal('severe')]);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const PracticeRegisterRow = Type.Object({
  practiceId: Type.String(), practiceName: Type.String(), listSize: Type.Integer(), count: Type.Integer(), prevalence: Type.Number({ description: 'per cent of the list' }),
});
export const RegisterRow = Type.Object({
  id: Type.String(), name: Type.String(), indicator: Type.String(), rule: Type.String(),
  count: Type.Integer(), prevalence: Type.Number({ description: 'per cent of the network\'s registered list' }), dueForReview: Type.Integer(),
  practices: Type.Array(PracticeRegisterRow),
});
export const RegistersView = Type.Object({
  computedAt: Nullable(Type.String({ format: 'date-time' })), listSize: Type.Integer(), registers: Type.Array(RegisterRow),
  multimorbidity: Type.Object({ none: Type.Integer(), one: Type.Integer(), two: Type.Integer(), threeOrMore: Type.Integer() }),
});
export type RegistersView = Static<typeof RegistersView>;

export const RegisterDefinitionView = Type.Object({
  id: Type.String(), name: Type.String(), indicator: Type.String(), cluster: Type.String(), codes: Type.Array(Type.String()), rule: Type.String(),
  minAge: Nullable(Type.Integer()), diagnosedOnOrAfter: Nullable(Type.String()), requiresMedication: Nullable(Type.String()), alsoByMedication: Nullable(Type.String()),
  review: Nullable(Type.Object({ observations: Type.Array(Type.String()), withinMonths: Type.Integer(), what: Type.String() })),
});
export const DefinitionsView = Type.Object({
  registers: Type.Array(RegisterDefinitionView),
  frailtyDeficits: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), codes: Type.Array(Type.String()) })),
});

const distribution = { population65: Type.Integer(), fit: Type.Integer(), mild: Type.Integer(), moderate: Type.Integer(), severe: Type.Integer() };
export const FrailtyView = Type.Object({
  network: Type.Object(distribution),
  practices: Type.Array(Type.Object({ practiceId: Type.String(), practiceName: Type.String(), ...distribution })),
  byAgeBand: Type.Array(Type.Object({ ageBand: Type.String(), ...distribution })),
});
export type FrailtyView = Static<typeof FrailtyView>;

export const PatientParams = Closed({ patientId: Uuid('the patient') });

export const ConditionBody = Closed({
  code: Type.String({ pattern: '^[0-9]{6,18}$', description: 'SNOMED CT concept id' }),
  display: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
  onset: IsoDate('date of diagnosis'),
  resolved: Type.Optional(Nullable(IsoDate('date resolved'))),
});
export type ConditionBody = Static<typeof ConditionBody>;

export const ObservationBody = Closed({
  kind: Type.Union([...OBSERVATION_KIND_IDS.map((k) => Type.Literal(k)), Type.Literal('blood-pressure')], { description: 'what was observed; blood-pressure records systolic (value) and diastolic together' }),
  value: Type.Optional(Type.Number({ description: 'the reading (systolic for blood-pressure)' })),
  diastolic: Type.Optional(Type.Number({ description: 'blood-pressure only' })),
  code: Type.Optional(Type.String({ pattern: '^[0-9]{6,18}$', description: 'the coded answer (smoking status)' })),
  observedOn: IsoDate(),
});
export type ObservationBody = Static<typeof ObservationBody>;

export const MedicationBody = Closed({
  name: Type.String({ minLength: 1, maxLength: 300 }),
  code: Type.Optional(Type.String({ pattern: '^[0-9]{6,18}$', description: 'dm+d code' })),
  startedOn: IsoDate(),
  endedOn: Type.Optional(Nullable(IsoDate())),
  repeat: Type.Optional(Type.Boolean({ default: false })),
});
export type MedicationBody = Static<typeof MedicationBody>;

export const AllergyBody = Closed({
  display: Type.String({ minLength: 1, maxLength: 300, description: 'what the person is allergic to or cannot tolerate, in words' }),
  code: Type.Optional(Type.String({ pattern: '^[0-9]{6,18}$', description: 'SNOMED CT concept id (the substance or the allergy)' })),
  reaction: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
  recordedOn: IsoDate('when it was recorded'),
  active: Type.Optional(Type.Boolean({ default: true, description: 'false when refuted or resolved' })),
});
export type AllergyBody = Static<typeof AllergyBody>;

export const AllergyView = Type.Object({ id: Type.String(), display: Type.String(), code: Nullable(Type.String()), reaction: Nullable(Type.String()), recordedOn: Type.String(), active: Type.Boolean(), source: Type.String() });
export const ConditionView = Type.Object({ id: Type.String(), code: Type.String(), display: Nullable(Type.String()), onset: Type.String(), resolved: Nullable(Type.String()), source: Type.String() });
export const ObservationView = Type.Object({ id: Type.String(), kind: Type.String(), code: Type.String(), name: Type.String(), value: Nullable(Type.Number()), unit: Nullable(Type.String()), observedOn: Type.String(), source: Type.String() });
export const MedicationView = Type.Object({ id: Type.String(), name: Type.String(), code: Nullable(Type.String()), startedOn: Type.String(), endedOn: Nullable(Type.String()), repeat: Type.Boolean(), source: Type.String() });

export const PatientSummaryView = Type.Object({
  patientId: Type.String(),
  age: Type.Integer(),
  registers: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), dueForReview: Type.Boolean() })),
  multimorbidity: Type.Integer(),
  frailty: Nullable(Type.Object({ score: Type.Number(), category: Category, deficits: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })) })),
  imdDecile: Nullable(Type.Integer()),
  lastReviewOn: Nullable(Type.String()),
  computedAt: Nullable(Type.String({ format: 'date-time' })),
  conditions: Type.Array(ConditionView),
  observations: Type.Array(ObservationView),
  medications: Type.Array(MedicationView),
  allergies: Type.Array(AllergyView, { description: 'active first, then newest first' }),
});
export type PatientSummaryView = Static<typeof PatientSummaryView>;

export const RegisterId = Type.Union(REGISTER_IDS.map((id) => Type.Literal(id)));
