import { Type, type Static } from 'typebox';
import { Closed, IsoDate, Uuid } from '../../../platform/schemas.ts';
import { RegisterId } from '../schema.ts';
import { THRESHOLD_IDS } from './thresholds.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const MonitoredKind = Type.Union([
  Type.Literal('blood-pressure'), Type.Literal('pulse'), Type.Literal('spo2'), Type.Literal('weight'), Type.Literal('peak-flow'), Type.Literal('blood-glucose'),
], { description: 'what was measured at home' });

export const AskBody = Closed({
  registerId: RegisterId,
  kinds: Type.Optional(Type.Array(MonitoredKind, { minItems: 1, maxItems: 6, uniqueItems: true, description: 'what to measure; by default the register\'s usual readings' })),
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 90, default: 14, description: 'how long the link stays open' })),
});
export type AskBody = Static<typeof AskBody>;
export const AskView = Type.Object({ id: Type.String(), registerId: Type.String(), kinds: Type.Array(Type.String()), createdAt: Type.String({ format: 'date-time' }), expiresAt: Type.String({ format: 'date-time' }) });

export const ThresholdParams = Closed({ patientId: Uuid('the patient'), thresholdId: Type.Union(THRESHOLD_IDS.map((id) => Type.Literal(id))) });
export const OverrideBody = Closed({
  limit: Type.Number({ minimum: 0, maximum: 1000, description: 'the patient\'s own limit (systolic for blood pressure)' }),
  diastolic: Type.Optional(Type.Number({ minimum: 0, maximum: 300, description: 'blood pressure only' })),
  reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S', description: 'why this patient differs, e.g. "aged 80 or over: NG136 target 145/85"' }),
});
export type OverrideBody = Static<typeof OverrideBody>;

export const ThresholdView = Type.Object({
  id: Type.String(), name: Type.String(), kind: Type.String(), registers: Type.Array(Type.String()), rule: Type.String({ description: 'the rule in words, with the figure in force' }),
  limit: Nullable(Type.Number()), diastolic: Nullable(Type.Number()), urgency: Type.String(), role: Type.String(), source: Type.String(),
  override: Nullable(Type.Object({ reason: Type.String(), setBy: Nullable(Type.String()), setAt: Type.String({ format: 'date-time' }) })),
});

export const HomeReadingBody = Closed({
  kind: MonitoredKind,
  value: Type.Number({ description: 'the reading (systolic for blood pressure)' }),
  diastolic: Type.Optional(Type.Number({ description: 'blood pressure only' })),
  takenOn: IsoDate('the day it was taken'),
});
export const ReadingsBody = Closed({ readings: Type.Array(HomeReadingBody, { minItems: 1, maxItems: 30 }) });
export const ReadingsResult = Type.Object({
  saved: Type.Integer(),
  alerts: Type.Array(Type.Object({ thresholdId: Type.String(), urgency: Type.String(), advice: Type.String(), reference: Nullable(Type.String()) })),
});

export const MonitoringView = Type.Object({
  patientId: Type.String(),
  thresholds: Type.Array(ThresholdView),
  readings: Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), name: Type.String(), value: Type.Number(), unit: Nullable(Type.String()), observedOn: Type.String(), source: Type.String() })),
  alerts: Type.Array(Type.Object({ id: Type.String(), thresholdId: Type.String(), urgency: Type.String(), detail: Type.String(), reference: Type.String(), raisedAt: Type.String({ format: 'date-time' }) })),
  requests: Type.Array(AskView),
});
export type MonitoringView = Static<typeof MonitoringView>;
